internal import LinimasaCore

/// Title, outlet, publication date and authors of a page, from its metadata tags.
///
/// Sources, first found wins:
/// - title: `og:title`, JSON-LD `headline`, `twitter:title`, `<title>`, the first `h1`;
///   a ` - Outlet` / ` | Outlet` suffix is cut when it names the outlet or a domain.
/// - outlet: `og:site_name`, JSON-LD `publisher.name`, `application-name`; a name in capitals
///   (`KOMPAS.com`) takes the spelling of the `<title>` suffix or publisher when they differ only in case.
/// - published: `article:published_time`, JSON-LD `datePublished`, other date `<meta>`s,
///   `<time datetime>`, then text a class marked as a date, each read by the date parser.
/// - authors: JSON-LD `author` (a person, or an array), `<meta name="author">`,
///   `article:author` (unless a URL), then text a class marked as a byline.
struct HTMLMetadata {
    var title: String?
    var outlet: String?
    var published: PublishedDate?
    var authors: [String] = []

    /// The article object of the page's JSON-LD, if any.
    struct LinkedData {
        var headline: String?
        var datePublished: String?
        var authors: [String] = []
        var publisher: String?
    }

    static let dateKeys = [
        "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
        "publish-date", "publish_date", "dc.date.issued", "dc.date", "date", "parsely-pub-date", "sailthru.date",
        "content_publisheddate", "dtk:publishdate",
    ]

    init(page: HTMLPage, text: HTMLMainText, dates: any DateLineParsing) {
        func meta(_ key: String) -> String? {
            page.metas.first { $0.key == key && !$0.value.isEmpty }?.value
        }
        let linked = page.jsonLD.lazy.compactMap(HTMLMetadata.linkedData).first

        outlet = meta("og:site_name") ?? linked?.publisher ?? meta("application-name")
        if let name = outlet, HTMLMetadata.isShouted(name) {
            // `KOMPAS.com` in og:site_name, `Kompas.com` in the <title>: the page's ordinary spelling wins.
            let spellings = [page.documentTitle.flatMap(HTMLMetadata.lastSeparated)?.1, linked?.publisher]
            let key = HTMLMetadata.alphanumericKey(name)
            if let better = spellings.compactMap({ $0 }).first(where: {
                !HTMLMetadata.isShouted($0) && HTMLMetadata.alphanumericKey($0) == key
            }) {
                outlet = better
            }
        }

        let rawTitle = meta("og:title") ?? linked?.headline ?? meta("twitter:title")
            ?? page.documentTitle.flatMap { $0.isEmpty ? nil : $0 } ?? text.firstHeading
        title = rawTitle.map { HTMLMetadata.strippingOutlet($0, outlet: outlet, heading: text.firstHeading) }

        var candidates: [String] = []
        if let value = meta("article:published_time") { candidates.append(value) }
        if let value = linked?.datePublished { candidates.append(value) }
        for key in HTMLMetadata.dateKeys.dropFirst() { if let value = meta(key) { candidates.append(value) } }
        candidates += page.timeValues
        candidates += text.dateLines
        for candidate in candidates {
            if var date = HTMLMetadata.date(candidate, dates: dates) {
                date.source = .stated
                published = date
                break
            }
        }

        var names = linked?.authors ?? []
        if names.isEmpty, let value = meta("author") ?? meta("dc.creator") ?? meta("parsely-author") {
            names = HTMLMetadata.splitNames(value)
        }
        if names.isEmpty, let value = meta("article:author"), !HTMLMetadata.isURL(value) {
            names = HTMLMetadata.splitNames(value)
        }
        if names.isEmpty, let line = text.bylines.first, line.utf8.count <= 80 {
            names = HTMLMetadata.bylineNames(line)
        }
        for name in names {
            let cleaned = HTMLMetadata.cleanName(name, outlet: outlet)
            if let cleaned, !authors.contains(cleaned) { authors.append(cleaned) }
        }
    }

    // MARK: Dates

    /// The date `value` states: as written, else in canonical ISO form (`2024/10/21 16:42:10.000Z` →
    /// `2024-10-21T16:42:10+00:00`).
    static func date(_ value: String, dates: any DateLineParsing) -> PublishedDate? {
        let trimmed = value.trimmingSpaces()
        guard !trimmed.isEmpty, trimmed.utf8.count <= 120 else { return nil }
        if let date = dates.publishedDate(inLine: trimmed) { return date }
        if let iso = canonicalISO(trimmed), iso != trimmed { return dates.publishedDate(inLine: iso) }
        return nil
    }

    /// `YYYY[-/]MM[-/]DD[( |T)HH:MM[:SS][.fff]][Z|±HH[:]MM]` rewritten as `YYYY-MM-DD[THH:MM[:SS][±HH:MM]]`; `nil` otherwise.
    static func canonicalISO(_ text: String) -> String? {
        let b = Array(text.utf8)
        func digits(_ from: Int, _ n: Int) -> Bool {
            guard from + n <= b.count else { return false }
            return b[from..<(from + n)].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        func string(_ from: Int, _ n: Int) -> String { String(decoding: b[from..<(from + n)], as: UTF8.self) }
        let dash = [UInt8(ascii: "-"), UInt8(ascii: "/")]
        guard digits(0, 4), b.count >= 10, dash.contains(b[4]), digits(5, 2), dash.contains(b[7]), digits(8, 2)
        else { return nil }
        var out = string(0, 4) + "-" + string(5, 2) + "-" + string(8, 2)
        var i = 10
        if i == b.count { return out }
        guard b[i] == UInt8(ascii: "T") || b[i] == 0x20, digits(i + 1, 2), i + 3 < b.count, b[i + 3] == UInt8(ascii: ":"),
            digits(i + 4, 2)
        else { return nil }
        out += "T" + string(i + 1, 2) + ":" + string(i + 4, 2)
        i += 6
        if i + 2 < b.count || i + 2 == b.count, i < b.count, b[i] == UInt8(ascii: ":"), digits(i + 1, 2) {
            out += ":" + string(i + 1, 2)
            i += 3
        }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        }
        if i < b.count, b[i] == 0x20 { i += 1 }
        if i == b.count { return out }
        if b[i] == UInt8(ascii: "Z"), i + 1 == b.count { return out + "+00:00" }
        guard b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"), digits(i + 1, 2) else { return nil }
        let sign = string(i, 1)
        let hours = string(i + 1, 2)
        i += 3
        if i < b.count, b[i] == UInt8(ascii: ":") { i += 1 }
        guard digits(i, 2), i + 2 == b.count else { return nil }
        return out + sign + hours + ":" + string(i, 2)
    }

    // MARK: Titles and names

    /// `title` without a final ` | Outlet`, ` - Outlet` (or `–`, `—`, `::`, `·`) part naming `outlet`,
    /// a domain, or following the page's `h1`.
    static func strippingOutlet(_ title: String, outlet: String?, heading: String?) -> String {
        var current = title
        for _ in 0..<2 {
            guard let (head, tail) = lastSeparated(current) else { break }
            let tailKey = alphanumericKey(tail)
            let outletKey = outlet.map(alphanumericKey) ?? []
            let namesOutlet =
                !outletKey.isEmpty && !tailKey.isEmpty
                && (HTMLClassHints.contains(outletKey, in: tailKey) || HTMLClassHints.contains(tailKey, in: outletKey))
            if namesOutlet || looksLikeDomain(tail) || head == heading {
                current = head
            } else {
                break
            }
        }
        return current
    }

    /// The text before and after the last title separator.
    static func lastSeparated(_ title: String) -> (String, String)? {
        let bytes = Array(title.utf8)
        var best: (start: Int, end: Int)? = nil
        for separator in separators {
            if let start = lastIndex(of: separator, in: bytes), start > (best?.start ?? -1) {
                best = (start, start + separator.count)
            }
        }
        guard let best else { return nil }
        let head = String(decoding: bytes[..<best.start], as: UTF8.self).trimmingSpaces()
        let tail = String(decoding: bytes[best.end...], as: UTF8.self).trimmingSpaces()
        guard !head.isEmpty, !tail.isEmpty, tail.utf8.count <= 40 else { return nil }
        return (head, tail)
    }

    static let separators: [[UInt8]] = [" | ", " - ", " – ", " — ", " :: ", " · "].map { Array($0.utf8) }

    /// The offset of the first occurrence of `needle` in `bytes`.
    static func firstIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= bytes.count else { return nil }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }

    /// The offset of the last occurrence of `needle` in `bytes`.
    static func lastIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= bytes.count else { return nil }
        for start in stride(from: bytes.count - needle.count, through: 0, by: -1) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }

    /// Lower-case ASCII letters and digits of `text`, for comparing outlet spellings (`Tempo.co`, `tempo.co`, `TEMPO`).
    static func alphanumericKey(_ text: String) -> [UInt8] {
        var key: [UInt8] = []
        for b in text.utf8 {
            let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) { key.append(lower) }
        }
        return key
    }

    /// Whether the name part of an outlet (before its first `.`) is two or more letters, all capitals: `KOMPAS.com`.
    static func isShouted(_ outlet: String) -> Bool {
        var letters = 0
        for b in outlet.utf8 {
            if b == UInt8(ascii: ".") { break }
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { letters += 1 }
        }
        return letters >= 2
    }

    static func looksLikeDomain(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard !bytes.contains(0x20), let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return false }
        let suffix = alphanumericKey(String(decoding: bytes[dot...], as: UTF8.self))
        return ["com", "co", "id", "net", "org"].contains { Array($0.utf8) == suffix }
    }

    static func isURL(_ text: String) -> Bool {
        let key = Array(text.utf8.prefix(4)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return key.starts(with: "http".utf8) || key.starts(with: "www.".utf8) || key.first == UInt8(ascii: "/")
    }

    /// Names in a credit: split at `,`, `;`, `&` and ` dan `.
    static func splitNames(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let conjunction = Array(" dan ".utf8)
        var names: [String] = []
        var start = 0
        var index = 0
        func cut(_ end: Int) {
            let name = String(decoding: bytes[start..<end], as: UTF8.self).trimmingSpaces()
            if !name.isEmpty { names.append(name) }
        }
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: "&") {
                cut(index)
                index += 1
                start = index
            } else if b == 0x20, bytes[index...].starts(with: conjunction) {
                cut(index)
                index += conjunction.count
                start = index
            } else {
                index += 1
            }
        }
        cut(bytes.count)
        return names
    }

    /// Names in a byline block: its first ` | ` part, after a `Label:` if there is one
    /// (`Penulis: Hendra Gunawan | Editor: Siti Rahmah` → `Hendra Gunawan`).
    static func bylineNames(_ line: String) -> [String] {
        var bytes = Array(line.utf8)
        if let bar = firstIndex(of: Array(" | ".utf8), in: bytes) { bytes = Array(bytes[..<bar]) }
        if let colon = bytes.firstIndex(of: UInt8(ascii: ":")) { bytes = Array(bytes[(colon + 1)...]) }
        return splitNames(String(decoding: bytes, as: UTF8.self))
    }

    /// A person's name as credited, or `nil` for an outlet, a URL or something too long to be a name.
    /// A ` - detikNews` style suffix is cut.
    static func cleanName(_ raw: String, outlet: String?) -> String? {
        var bytes = Array(HTMLPage.collapsed(decodeEntities(raw)).utf8)
        for separator in [" - ", " | "] {
            if let cut = firstIndex(of: Array(separator.utf8), in: bytes) { bytes = Array(bytes[..<cut]) }
        }
        let name = String(decoding: bytes, as: UTF8.self).trimmingSpaces()
        guard !name.isEmpty, name.utf8.count <= 60, !isURL(name), !looksLikeDomain(name),
            name.unicodeScalars.first?.properties.isAlphabetic == true
        else { return nil }
        if let outlet, alphanumericKey(outlet) == alphanumericKey(name) { return nil }
        return name
    }

    // MARK: JSON-LD

    /// The article object in one JSON-LD script: the first object (in `@graph` or an array too) whose
    /// `@type` contains `Article` or `BlogPosting`.
    static func linkedData(_ script: String) -> LinkedData? {
        guard let json = JSONValue.parse(script), let object = articleObject(json, depth: 0) else { return nil }
        var data = LinkedData()
        data.headline = object["headline"]?.string.map { HTMLPage.collapsed(decodeEntities($0)) }
        data.datePublished = object["datePublished"]?.string
        data.authors = names(in: object["author"], depth: 0)
        if let publisher = object["publisher"] {
            data.publisher = (publisher["name"]?.string ?? publisher.string).map { HTMLPage.collapsed(decodeEntities($0)) }
        }
        return data
    }

    static func articleObject(_ json: JSONValue, depth: Int) -> JSONValue? {
        guard depth < 6 else { return nil }
        switch json {
        case .object:
            var types: [String] = []
            if let type = json["@type"] {
                if let single = type.string {
                    types = [single]
                } else if case .array(let items) = type {
                    types = items.compactMap(\.string)
                }
            }
            if types.contains(where: { $0.hasSuffix("Article") || $0.hasSuffix("BlogPosting") }) { return json }
            if let graph = json["@graph"] { return articleObject(graph, depth: depth + 1) }
            return nil
        case .array(let items):
            for item in items { if let found = articleObject(item, depth: depth + 1) { return found } }
            return nil
        default:
            return nil
        }
    }

    /// Person names in an `author` value: a string, a `{name}` object (not an Organization), or an array of them.
    static func names(in value: JSONValue?, depth: Int) -> [String] {
        guard let value, depth < 3 else { return [] }
        switch value {
        case .string(let name):
            return splitNames(name)
        case .object:
            if value["@type"]?.string == "Organization" { return [] }
            return value["name"]?.string.map(splitNames) ?? []
        case .array(let items):
            return items.flatMap { names(in: $0, depth: depth + 1) }
        case .other:
            return []
        }
    }

    /// `&amp;`, `&quot;`, `&#39;` and friends decoded (JSON-LD and attribute text sometimes carries them escaped twice).
    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        next: while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&") {
                for (entity, value) in entities where bytes[index...].starts(with: entity) {
                    out.append(contentsOf: value)
                    index += entity.count
                    continue next
                }
            }
            out.append(bytes[index])
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    static let entities: [([UInt8], [UInt8])] = [
        ("&quot;", "\""), ("&#39;", "'"), ("&#039;", "'"), ("&apos;", "'"), ("&lt;", "<"), ("&gt;", ">"),
        ("&nbsp;", " "), ("&amp;", "&"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }
}
