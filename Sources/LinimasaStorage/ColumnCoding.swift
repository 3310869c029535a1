internal import Foundation
internal import LinimasaCore

/// How small lists are packed into one column.
///
/// Ranges are little-endian 32-bit start/end pairs (8 bytes a range); string
/// lists are joined with U+001F (unit separator), records of a list with U+001E
/// (record separator): characters that never occur in cleaned article text.
enum ColumnCoding {
    static let unit: Character = "\u{1F}"
    static let record: Character = "\u{1E}"

    /// Packs ranges as 32-bit pairs.
    static func pack(_ ranges: [TextRange]) -> Data {
        var bytes = [UInt8]()
        bytes.reserveCapacity(ranges.count * 8)
        for range in ranges {
            for value in [UInt32(truncatingIfNeeded: range.start), UInt32(truncatingIfNeeded: range.end)] {
                bytes.append(UInt8(truncatingIfNeeded: value))
                bytes.append(UInt8(truncatingIfNeeded: value >> 8))
                bytes.append(UInt8(truncatingIfNeeded: value >> 16))
                bytes.append(UInt8(truncatingIfNeeded: value >> 24))
            }
        }
        return Data(bytes)
    }

    /// Unpacks ranges written by ``pack(_:)``; a trailing partial pair is ignored.
    static func unpack(_ data: Data) -> [TextRange] {
        let bytes = [UInt8](data)
        var ranges: [TextRange] = []
        ranges.reserveCapacity(bytes.count / 8)
        var index = 0
        func word(_ at: Int) -> Int {
            Int(
                UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3])
                    << 24
            )
        }
        while index + 8 <= bytes.count {
            let start = word(index)
            let end = word(index + 4)
            ranges.append(TextRange(start: start, end: max(start, end)))
            index += 8
        }
        return ranges
    }

    /// Joins strings with the unit separator; the empty list is the empty string.
    static func join(_ items: [String]) -> String {
        items.joined(separator: String(unit))
    }

    /// Splits what ``join(_:)`` wrote.
    static func split(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: unit, omittingEmptySubsequences: false).map(String.init)
    }

    /// Packs entity references (`via` chains) as `id␟name` records.
    static func join(_ references: [EntityReference]) -> String {
        references.map { $0.id + String(unit) + $0.name }.joined(separator: String(record))
    }

    /// Unpacks entity references.
    static func references(_ text: String) -> [EntityReference] {
        guard !text.isEmpty else { return [] }
        return text.split(separator: record, omittingEmptySubsequences: false).map { item in
            let fields = item.split(separator: unit, maxSplits: 1, omittingEmptySubsequences: false)
            return EntityReference(id: String(fields[0]), name: fields.count > 1 ? String(fields[1]) : "")
        }
    }

    /// Packs event actors as `id␟name␟role` records, with `␟affiliation` when known.
    static func join(_ actors: [Event.Actor]) -> String {
        actors.map { actor in
            var fields = actor.id + String(unit) + actor.name + String(unit) + actor.role.rawValue
            if let affiliation = actor.affiliation { fields += String(unit) + affiliation }
            return fields
        }.joined(separator: String(record))
    }

    /// Unpacks event actors; an unknown role reads as `source`.
    static func actors(_ text: String) -> [Event.Actor] {
        guard !text.isEmpty else { return [] }
        return text.split(separator: record, omittingEmptySubsequences: false).map { item in
            let fields = item.split(separator: unit, omittingEmptySubsequences: false).map(String.init)
            return Event.Actor(
                id: fields.first ?? "",
                name: fields.count > 1 ? fields[1] : "",
                role: fields.count > 2 ? Event.Actor.Role(rawValue: fields[2]) ?? .source : .source,
                affiliation: fields.count > 3 && !fields[3].isEmpty ? fields[3] : nil
            )
        }
    }
}
