internal import Foundation
public import LinimasaCore

/// The language pack's boilerplate patterns, ready to match lines.
///
/// Built from the `boilerplate` table (see its header for the format) and
/// `byline-labels`. Matching is case-insensitive on the start of a line.
public struct BoilerplateRules: Sendable {
    /// How a pattern matches a line.
    enum Kind: String, Sendable {
        case prefix, line, tail, label
    }

    struct Rule: Sendable {
        var key: String
        var kind: Kind
        var reason: BoilerplateLine.Reason
        var takesNextLine: Bool
        let keyBytes: [UInt8]
        let firstByte: UInt8

        init(key: String, kind: Kind, reason: BoilerplateLine.Reason, takesNextLine: Bool) {
            self.key = key
            self.kind = kind
            self.reason = reason
            self.takesNextLine = takesNextLine
            self.keyBytes = Array(key.utf8)
            self.firstByte = keyBytes.first ?? 0
        }
    }

    /// The verdict on one line.
    public enum Match: Sendable, Equatable {
        /// The whole line is boilerplate.
        case whole(BoilerplateLine.Reason, takesNextLine: Bool)
        /// The line is boilerplate from this byte offset on; the text before stays.
        case tail(at: Int, BoilerplateLine.Reason)
        /// A byline: its label's role and the names it gives.
        case byline(role: String, names: [String])
    }

    let rules: [Rule]
    /// Indices into `rules` by the folded first byte of their key, tail rules in every bucket, in `rules` order.
    let buckets: [[Int]]
    let bylineRoles: [String: String]
    let datelineBlockers: Set<String>

    /// Reads the rules from `pack`'s `boilerplate`, `byline-labels` and `dateline-blockers` tables.
    public init(pack: any LanguagePack) throws {
        let table = try pack.lexicon("boilerplate")
        var rules: [Rule] = []
        for key in table.orderedKeys {
            let fields = table[key] ?? []
            guard fields.count >= 2, let kind = Kind(rawValue: fields[0]),
                let reason = BoilerplateLine.Reason(rawValue: fields[1])
            else {
                throw LinimasaError(.invalidData, "boilerplate table: entry '\(key)' needs a kind and a reason")
            }
            rules.append(Rule(key: key, kind: kind, reason: reason, takesNextLine: fields.count > 2 && fields[2] == "next"))
        }
        // Longer keys first, so "baca juga" beats "baca".
        let sorted = rules.sorted { $0.key.utf8.count > $1.key.utf8.count }
        self.rules = sorted
        var buckets = [[Int]](repeating: [], count: 256)
        for (index, rule) in sorted.enumerated() {
            if rule.kind == .tail {
                for byte in 0..<256 { buckets[byte].append(index) }
            } else {
                buckets[Int(rule.firstByte)].append(index)
            }
        }
        self.buckets = buckets
        let roles = try pack.lexicon("byline-labels")
        self.bylineRoles = Dictionary(uniqueKeysWithValues: roles.orderedKeys.map { ($0, roles.value($0) ?? "author") })
        self.datelineBlockers = Set(try pack.lexicon("dateline-blockers").orderedKeys)
    }

    /// What the rules say about `line` (already trimmed), or `nil` if it looks like article text.
    ///
    /// - Complexity: O(*r* + *n*) for *r* rules sharing the line's first byte and a line of *n* bytes.
    public func match(_ line: String) -> Match? {
        let bytes = Array(line.utf8)
        guard let first = bytes.first else { return nil }
        for index in buckets[Int(BoilerplateRules.fold(first))] {
            let rule = rules[index]
            switch rule.kind {
            case .prefix:
                if BoilerplateRules.hasPrefix(bytes, rule.keyBytes) {
                    let rest = String(decoding: bytes[rule.keyBytes.count...], as: UTF8.self).trimmingCharacters(in: ":")
                    let leadsIn = rest.isEmpty || bytes.last == UInt8(ascii: ":")
                    return .whole(rule.reason, takesNextLine: rule.takesNextLine && leadsIn)
                }
            case .line:
                if BoilerplateRules.hasPrefix(bytes, rule.keyBytes),
                    String(decoding: bytes[rule.keyBytes.count...], as: UTF8.self).trimmingCharacters(in: ".:!?…").isEmpty
                {
                    return .whole(rule.reason, takesNextLine: false)
                }
            case .tail:
                if let offset = BoilerplateRules.firstIndex(of: rule.keyBytes, in: bytes) {
                    return offset == 0 ? .whole(rule.reason, takesNextLine: rule.takesNextLine) : .tail(at: offset, rule.reason)
                }
            case .label:
                if BoilerplateRules.hasPrefix(bytes, rule.keyBytes) {
                    let label = rule.key.trimmingCharacters(in: ":")
                    let names = String(decoding: bytes[rule.keyBytes.count...], as: UTF8.self)
                    return .byline(role: bylineRoles[label] ?? "author", names: BoilerplateRules.splitNames(names))
                }
            }
        }
        return nil
    }

    /// Whether the tail rule that matches `line` takes the headline lines after it (`Artikel berikutnya…`).
    func tailTakesNextLine(_ line: String) -> Bool {
        let bytes = Array(line.utf8)
        return rules.contains { $0.kind == .tail && $0.takesNextLine && BoilerplateRules.firstIndex(of: $0.keyBytes, in: bytes) != nil }
    }

    @inline(__always)
    static func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// Whether `bytes` starts with `key` (lowercase), ignoring ASCII case.
    static func hasPrefix(_ bytes: [UInt8], _ key: [UInt8]) -> Bool {
        guard bytes.count >= key.count else { return false }
        for i in 0..<key.count where fold(bytes[i]) != key[i] { return false }
        return true
    }

    /// The offset of the first occurrence of `key` (lowercase) in `bytes`, ignoring ASCII case.
    static func firstIndex(of key: [UInt8], in bytes: [UInt8]) -> Int? {
        guard !key.isEmpty, bytes.count >= key.count else { return nil }
        outer: for start in 0...(bytes.count - key.count) {
            for i in 0..<key.count where fold(bytes[start + i]) != key[i] { continue outer }
            return start
        }
        return nil
    }

    /// Whether a word before a colon may not be a dateline city (`Catatan:`).
    public func blocksDateline(_ word: String) -> Bool { datelineBlockers.contains(word.lowercased()) }

    /// Names in a byline value: split on commas, `dan`, `&`, `/` and `;`.
    static func splitNames(_ value: String) -> [String] {
        var names: [String] = []
        for piece in value.parts(separatedBy: " dan ").flatMap({ $0.parts(separatedBy: " & ") }) {
            for part in piece.utf8.split(whereSeparator: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ";") }) {
                let name = String(decoding: part, as: UTF8.self).trimmingSpaces().trimmingCharacters(in: ":-–|")
                if !name.isEmpty { names.append(name) }
            }
        }
        return names
    }
}

extension String {
    /// The string without any of `characters` at either end.
    func trimmingCharacters(in characters: String) -> String {
        let set = Set(characters.unicodeScalars)
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, set.contains(first) || first == " " { scalars = scalars.dropFirst() }
        while let last = scalars.last, set.contains(last) || last == " " { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
