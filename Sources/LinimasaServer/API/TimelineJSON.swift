internal import Foundation
internal import LinimasaCluster
internal import LinimasaCore

/// `GET /api/timeline`'s body written straight to UTF-8 bytes.
///
/// A page of 100 entries with 20 sources each is about 1 MB of JSON; `JSONEncoder` with the
/// API's key strategy spends over half of such a request encoding it. This writer gives the
/// same JSON (the same keys, sorted, nil optionals left out; `TimelineJSONTests` compares the
/// two parsed) in a few milliseconds.
struct TimelineJSON {
    private(set) var bytes: [UInt8] = []

    static func page(_ page: TimelinePage) -> [UInt8] {
        var writer = TimelineJSON()
        writer.bytes.reserveCapacity(64 * 1024 + 8 * 1024 * page.items.count)
        writer.object {
            $0.key("items") { $0.array(page.items) { $0.entry($1) } }
            $0.key("limit") { $0.number(page.limit) }
            $0.key("months") {
                $0.array(page.months) { writer, month in
                    writer.object {
                        $0.key("entries") { $0.number(month.entries) }
                        $0.key("month") { $0.string(month.month) }
                    }
                }
            }
            $0.key("more") { $0.bool(page.more) }
            $0.key("offset") { $0.number(page.offset) }
            $0.key("total") { $0.number(page.total) }
        }
        return writer.bytes
    }

    mutating func entry(_ entry: TimelineEntry) {
        object {
            $0.key("actors") { $0.array(entry.actors) { $0.actor($1) } }
            $0.key("cameo") { $0.string(entry.cameo) }
            $0.key("confidence") { $0.number(entry.confidence) }
            $0.key("conflicts") {
                $0.array(entry.conflicts) { writer, conflict in
                    writer.object {
                        $0.key("kind") { $0.string(conflict.kind.rawValue) }
                        $0.key("values") {
                            $0.array(conflict.values) { writer, value in
                                writer.object {
                                    $0.key("article_count") { $0.number(value.articleCount) }
                                    $0.key("articles") { $0.array(value.articles) { $0.string($1) } }
                                    $0.key("value") { $0.string(value.value) }
                                }
                            }
                        }
                    }
                }
            }
            $0.optional("date", entry.date) { $0.string($1) }
            $0.optional("date_from", entry.dateFrom) { $0.string($1) }
            $0.key("date_stated") { $0.bool(entry.dateStated) }
            $0.optional("date_to", entry.dateTo) { $0.string($1) }
            $0.key("id") { $0.string(entry.id) }
            $0.key("independent_sources") { $0.number(entry.independentSources) }
            $0.key("modality") { $0.string(entry.modality.rawValue) }
            $0.optional("place", entry.place) { $0.reference($1) }
            $0.key("source_count") { $0.number(entry.sourceCount) }
            $0.key("sources") { $0.array(entry.sources) { $0.source($1) } }
            $0.key("story_count") { $0.number(entry.storyCount) }
            $0.key("story_ids") { $0.array(entry.storyIDs) { $0.string($1) } }
            $0.key("type") { $0.string(entry.type) }
            $0.key("types") { $0.array(entry.types) { $0.string($1) } }
        }
    }

    mutating func source(_ source: TimelineEntry.Source) {
        object {
            $0.key("article") { $0.string(source.article) }
            $0.key("confidence") { $0.number(source.confidence) }
            $0.optional("date", source.date) { $0.string($1) }
            $0.optional("duplicate_of", source.duplicateOf) { $0.string($1) }
            $0.key("first_reported") { $0.bool(source.firstReported) }
            $0.optional("outlet", source.outlet) { $0.string($1) }
            $0.optional("place", source.place) { $0.reference($1) }
            $0.optional("published", source.published) { $0.string($1.iso) }
            $0.key("sentence") { $0.string(source.sentence) }
            $0.optional("source", source.source) { $0.string($1) }
            $0.optional("time", source.time) { $0.string($1) }
            $0.optional("title", source.title) { $0.string($1) }
        }
    }

    mutating func actor(_ actor: Event.Actor) {
        object {
            $0.optional("affiliation", actor.affiliation) { $0.string($1) }
            $0.key("id") { $0.string(actor.id) }
            $0.key("name") { $0.string(actor.name) }
            $0.key("role") { $0.string(actor.role.rawValue) }
        }
    }

    mutating func reference(_ reference: EntityReference) {
        object {
            $0.key("id") { $0.string(reference.id) }
            $0.key("name") { $0.string(reference.name) }
        }
    }

    // MARK: JSON pieces

    /// For each object being written, whether its next member is its first (no comma before).
    private var firstMember: [Bool] = []

    mutating func object(_ members: (inout TimelineJSON) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        firstMember.append(true)
        members(&self)
        firstMember.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    /// A member of the object being written.
    mutating func key(_ name: String, _ value: (inout TimelineJSON) -> Void) {
        if firstMember[firstMember.count - 1] {
            firstMember[firstMember.count - 1] = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
        string(name)
        bytes.append(UInt8(ascii: ":"))
        value(&self)
    }

    /// A member left out when `value` is `nil`, as `JSONEncoder` does.
    mutating func optional<T>(_ name: String, _ value: T?, _ write: (inout TimelineJSON, T) -> Void) {
        guard let value else { return }
        key(name) { write(&$0, value) }
    }

    mutating func array<T>(_ items: [T], _ item: (inout TimelineJSON, T) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (n, element) in items.enumerated() {
            if n > 0 { bytes.append(UInt8(ascii: ",")) }
            item(&self, element)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func number(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    mutating func number(_ value: Double) {
        bytes.append(contentsOf: (value.isFinite ? String(value) : "0").utf8)
    }

    mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }

    /// A JSON string: quotes, backslashes and control characters escaped, the rest (slashes and
    /// every non-ASCII character) as it is.
    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
