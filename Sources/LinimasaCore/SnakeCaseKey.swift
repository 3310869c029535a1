/// A coding key in snake case with acronyms kept whole: `storyIDs` → `story_ids`,
/// `snippetHTML` → `snippet_html`, `HTMLBody` → `html_body`. JSON written for people and other
/// programs uses it (`JSONEncoder.keyEncodingStrategy = .custom { SnakeCaseKey($0.last!.stringValue) }`);
/// Foundation's own `.convertToSnakeCase` gives `story_i_ds`.
public struct SnakeCaseKey: CodingKey, Sendable {
    public var stringValue: String
    public var intValue: Int? { nil }

    /// The snake-case form of a camel-case key (ASCII letters, as Swift property names are).
    public init(_ camel: String) {
        let bytes = Array(camel.utf8)
        func isUpper(_ index: Int) -> Bool { index < bytes.count && bytes[index] >= 65 && bytes[index] <= 90 }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 4)
        for (index, byte) in bytes.enumerated() {
            if isUpper(index), index > 0 {
                let afterLower = !isUpper(index - 1) && bytes[index - 1] != UInt8(ascii: "_")
                // The last capital of an acronym starts a word when a lower-case word follows
                // (`HTMLBody`), not when only a plural `s` ends the key (`IDs`).
                let nextIsLower = index + 1 < bytes.count && !isUpper(index + 1)
                let pluralEnd = index + 2 == bytes.count && bytes[index + 1] == UInt8(ascii: "s")
                if afterLower || (isUpper(index - 1) && nextIsLower && !pluralEnd) { out.append(UInt8(ascii: "_")) }
            }
            out.append(isUpper(index) ? byte + 32 : byte)
        }
        stringValue = String(decoding: out, as: UTF8.self)
    }

    /// The camel-case property name of a snake-case key, for decoding what was written with
    /// this key: words after the first are capitalised, and the acronyms Swift names spell in
    /// capitals (`id`, `ids`, `html`, `url`, `json`) are written so (`story_ids` → `storyIDs`).
    public static func camelCase(_ snake: String) -> String {
        let words = snake.split(separator: "_")
        guard let first = words.first else { return snake }
        let acronyms = ["id": "ID", "ids": "IDs", "html": "HTML", "url": "URL", "json": "JSON"]
        return String(first) + words.dropFirst().map { word in acronyms[String(word)] ?? word.prefix(1).uppercased() + word.dropFirst() }.joined()
    }

    public init?(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { nil }
}
