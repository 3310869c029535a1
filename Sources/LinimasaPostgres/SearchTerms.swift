#if PostgreSQL
internal import LinimasaCore
internal import LinimasaStorage

/// The search terms of the PostgreSQL store, made in Swift with the language pack
/// exactly as the SQLite tokenizer makes them: the pack's words, lowercased, stemmed.
///
/// Documents become a `tsvector` literal (cast with `::tsvector`, so PostgreSQL's
/// own parser never re-splits them): each word's stem at its position and, when
/// the lowercased word differs, that form at the same position, so prefix
/// queries (`pertahan*`, lowercased, not stemmed) meet the words as written.
/// Title words carry weight `A`, body words the default `D`.
final class SearchTerms: Sendable {
    /// The words and stems, the same as the SQLite tokenizer's.
    let indexWords: IndexWords
    /// The largest position a `tsvector` holds; later words share it.
    static let maximumPosition = 16_383

    init(pack: any LanguagePack) {
        self.indexWords = IndexWords(pack: pack)
    }

    /// Each word of `text`: its byte range, lowercased form and stem.
    func words(in text: String) -> [(range: TextRange, lowered: String, stem: String)] {
        var out: [(TextRange, String, String)] = []
        indexWords.forEachWord(in: text) { range, lowered, stem in out.append((range, lowered, stem)) }
        return out
    }

    /// The `tsvector` literal of a title and a body.
    func vector(title: String?, body: String) -> String {
        var literal = ""
        literal.reserveCapacity(body.utf8.count * 2)
        var position = 0
        func add(_ text: String, weight: String) {
            for word in words(in: text) {
                position = min(position + 1, SearchTerms.maximumPosition)
                literal += SearchTerms.quoted(word.stem) + ":\(position)\(weight) "
                if word.lowered != word.stem {
                    literal += SearchTerms.quoted(word.lowered) + ":\(position)\(weight) "
                }
            }
        }
        if let title { add(title, weight: "A") }
        position += 1
        add(body, weight: "")
        return literal
    }

    /// The `tsquery` text of a parsed search: `('a' | 'b') & 'c' <-> 'd' & !'e'`.
    func query(_ syntax: SearchSyntax) -> String {
        let groups = syntax.required.map { group in
            let items = group.map(item)
            return items.count == 1 ? items[0] : "(" + items.joined(separator: " | ") + ")"
        }
        var text = groups.joined(separator: " & ")
        for excluded in syntax.excluded { text += " & !" + item(excluded) }
        return text
    }

    /// One quoted FTS5 string of ``SearchSyntax`` (`"words"` or `"words"*`) as a
    /// `tsquery` phrase of its terms; a prefix applies to the last word.
    func item(_ quotedString: String) -> String {
        let (content, prefix) = SearchTerms.unquote(quotedString)
        let found = words(in: content)
        guard !found.isEmpty else { return "''" }
        var parts = found.map { SearchTerms.quoted(prefix ? $0.lowered : $0.stem) }
        if prefix { parts[parts.count - 1] += ":*" }
        return parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " <-> ") + ")"
    }

    /// What a search looks for in a text, to mark it in a snippet.
    struct Matcher {
        var stems: Set<String> = []
        var prefixes: [String] = []

        func matches(_ word: (range: TextRange, lowered: String, stem: String)) -> Bool {
            stems.contains(word.stem) || prefixes.contains { word.lowered.hasPrefix($0) }
        }
    }

    /// The words a search should mark: its required words' stems, its prefixes as written.
    func matcher(_ syntax: SearchSyntax) -> Matcher {
        var matcher = Matcher()
        for quoted in syntax.required.joined() {
            let (content, prefix) = SearchTerms.unquote(quoted)
            let found = words(in: content)
            for (index, word) in found.enumerated() {
                if prefix && index == found.count - 1 {
                    matcher.prefixes.append(word.lowered)
                } else {
                    matcher.stems.insert(prefix ? word.lowered : word.stem)
                }
            }
        }
        return matcher
    }

    /// About `size` words of `text` around its densest run of matches, matches
    /// between `marks`, `…` where the text is cut; `nil` when nothing matches.
    func snippet(_ text: String, matcher: Matcher, size: Int, marks: (open: String, close: String)) -> String? {
        let found = words(in: text)
        let hits = found.indices.filter { matcher.matches(found[$0]) }
        guard let firstHit = hits.first else { return nil }
        let size = max(1, size)
        var best = firstHit
        var bestCount = 0
        for start in hits {
            let count = hits.count { $0 >= start && $0 < start + size }
            if count > bestCount {
                best = start
                bestCount = count
            }
        }
        var first = max(0, best - size / 4)
        let last = min(found.count - 1, first + size - 1)
        first = max(0, min(first, last - size + 1))
        let utf8 = Array(text.utf8)
        var out = first > 0 ? "…" : ""
        var cursor = found[first].range.start
        for index in first...last {
            let word = found[index]
            out += String(decoding: utf8[cursor..<word.range.start], as: UTF8.self)
            let written = String(decoding: utf8[word.range.start..<word.range.end], as: UTF8.self)
            out += matcher.matches(word) ? marks.open + written + marks.close : written
            cursor = word.range.end
        }
        if last < found.count - 1 { out += "…" }
        return out
    }

    /// The inside of a quoted FTS5 string and whether it ends in `*`.
    static func unquote(_ quoted: String) -> (String, prefix: Bool) {
        var text = Substring(quoted)
        var prefix = false
        if text.hasSuffix("*") {
            prefix = true
            text = text.dropLast()
        }
        if text.hasPrefix("\"") { text = text.dropFirst() }
        if text.hasSuffix("\"") { text = text.dropLast() }
        return (String(text.replacing("\"\"", with: "\"")), prefix)
    }

    /// A lexeme quoted for `tsvector`/`tsquery` input: `'…'`, with `'` and `\` escaped.
    static func quoted(_ lexeme: String) -> String {
        guard lexeme.utf8.contains(where: { $0 == 0x27 || $0 == 0x5C }) else { return "'" + lexeme + "'" }
        return "'" + lexeme.replacing("\\", with: "\\\\").replacing("'", with: "''") + "'"
    }
}
#endif
