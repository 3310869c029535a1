/// A named word table read from a data file a linguist can edit.
///
/// The format is tab-separated text, one entry a line: a key, then any
/// number of fields. Lines that are empty or start with `#` are skipped.
/// Keys are matched case-insensitively (they are stored lowercased), and a
/// key may hold several words (`kemarin lusa`). What the fields mean is up
/// to the table; each data file says so in its header comment.
public struct Lexicon: Sendable {
    /// The table's name, for error messages (`months`, `boilerplate`).
    public let name: String
    /// Lowercased key to fields, in file order for each key.
    public private(set) var entries: [String: [String]]
    /// Keys in file order.
    public private(set) var orderedKeys: [String]
    /// The largest number of space-separated words in any key.
    public private(set) var maxWords: Int

    /// Parses a table.
    ///
    /// - Throws: ``LinimasaError/Code/invalidData`` naming the table and line when a line has an empty key.
    public init(name: String, tsv: String) throws {
        self.name = name
        self.entries = [:]
        self.orderedKeys = []
        self.maxWords = 0
        var lineNumber = 0
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line[...]
            if trimmed.isEmpty || trimmed.first == "#" { continue }
            let fields = trimmed.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let key = fields[0].trimmingSpaces().lowercased()
            guard !key.isEmpty else {
                throw LinimasaError(.invalidData, "lexicon '\(name)' line \(lineNumber): empty key")
            }
            add(key: key, fields: Array(fields.dropFirst()).map { $0.trimmingSpaces() })
        }
    }

    /// Makes a table from pairs, for tests and generated tables.
    public init(name: String, entries: [(String, [String])]) {
        self.name = name
        self.entries = [:]
        self.orderedKeys = []
        self.maxWords = 0
        for (key, fields) in entries { add(key: key.lowercased(), fields: fields) }
    }

    private mutating func add(key: String, fields: [String]) {
        if entries[key] == nil { orderedKeys.append(key) }
        entries[key] = fields
        let words = key.utf8.reduce(1) { $1 == UInt8(ascii: " ") ? $0 + 1 : $0 }
        maxWords = max(maxWords, words)
    }

    /// The fields of `key`, matched case-insensitively.
    public subscript(key: String) -> [String]? { entries[key] ?? entries[key.lowercased()] }

    /// Whether `key` is in the table, case-insensitively.
    public func contains(_ key: String) -> Bool { self[key] != nil }

    /// The first field of `key`, if it has one.
    public func value(_ key: String) -> String? { self[key]?.first }

    /// The number of keys.
    public var count: Int { orderedKeys.count }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and line breaks.
    public func trimmingSpaces() -> String {
        let bytes = Array(utf8)
        var lower = 0
        var upper = bytes.count
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}
