import LinimasaCore
import LinimasaIndonesian

/// Builds articles and hand-made entity lists for the quote extractor's tests.
enum QuoteTestArticles {
    /// An article whose body is `body` (paragraphs separated by a blank line), split by the Indonesian pack.
    static func article(_ body: String, pack: IndonesianPack) -> Article {
        Article(
            source: "test",
            body: body,
            paragraphs: paragraphs(of: body),
            sentences: pack.sentenceRanges(in: body)
        )
    }

    /// Paragraph spans between blank lines.
    static func paragraphs(of body: String) -> [TextRange] {
        let bytes = Array(body.utf8)
        var result: [TextRange] = []
        var start = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A, i + 1 < bytes.count, bytes[i + 1] == 0x0A {
                if i > start { result.append(TextRange(start: start, end: i)) }
                while i < bytes.count, bytes[i] == 0x0A { i += 1 }
                start = i
            } else {
                i += 1
            }
        }
        if bytes.count > start { result.append(TextRange(start: start, end: bytes.count)) }
        return result
    }

    /// Entities with a mention at every whole-word occurrence of each of their surface forms in `body`.
    ///
    /// - Parameter specs: Canonical name, type and surface forms (the name is a form too).
    static func entities(
        _ specs: [(name: String, type: EntityType, forms: [String])],
        in body: String
    ) -> [LinkedEntity] {
        let bytes = Array(body.utf8)
        return specs.map { spec in
            var mentions: [EntityMention] = []
            for form in Set(spec.forms + [spec.name]) {
                for range in occurrences(of: form, in: bytes) {
                    mentions.append(EntityMention(text: form, range: range))
                }
            }
            mentions.sort { $0.range < $1.range }
            let id = "test:" + spec.name.lowercased()
            return LinkedEntity(id: id, name: spec.name, type: spec.type, mentions: mentions)
        }
    }

    /// Whole-word occurrences of `form` in `bytes`.
    static func occurrences(of form: String, in bytes: [UInt8]) -> [TextRange] {
        let needle = Array(form.utf8)
        guard !needle.isEmpty, needle.count <= bytes.count else { return [] }
        func isWord(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D
                || (b >= 0x80 && b != 0xE2)
        }
        var result: [TextRange] = []
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], Array(bytes[i..<(i + needle.count)]) == needle {
                // The last byte of a punctuation scalar (E2 80 xx: quotation marks, dashes) is no letter.
                let before: UInt8 = i == 0 || (i >= 3 && bytes[i - 3] == 0xE2) ? 0x20 : bytes[i - 1]
                let after: UInt8 = i + needle.count == bytes.count ? 0x20 : bytes[i + needle.count]
                if !isWord(before), !isWord(after) {
                    result.append(TextRange(start: i, end: i + needle.count))
                }
            }
            i += 1
        }
        return result
    }
}
