internal import LinimasaCore

/// Turns the user's search text (see ``SearchQuery``) into an FTS5 match expression.
///
/// Every word and phrase is passed to FTS5 as a quoted string, so FTS5
/// operators and punctuation typed by the user can never make the expression
/// invalid; our tokenizer then splits and stems the inside. Supported:
/// words (all required), `"phrases"`, `prefix*`, `OR` between two items,
/// `-word` / `NOT word` (must not occur).
public struct SearchSyntax: Sendable {
    /// Groups of alternatives (quoted FTS5 strings joined by `OR`), all required.
    public private(set) var required: [[String]] = []
    /// Quoted FTS5 strings that must not occur.
    public private(set) var excluded: [String] = []

    /// Parses `text`, keeping only items for which `hasTerms` is true (items
    /// with no indexable word, such as a lone dash, are dropped).
    ///
    /// - Throws: ``LinimasaError`` `.invalidInput` when nothing searchable is
    ///   left, or when every item is excluded.
    public init(_ text: String, hasTerms: (String) -> Bool = { _ in true }) throws {
        var pendingOr = false
        var pendingNot = false
        for raw in SearchSyntax.lex(text) {
            switch raw {
            case .or:
                pendingOr = !required.isEmpty
                continue
            case .not:
                pendingNot = true
                continue
            case .item(let content, let isPhrase, let negated, let prefix):
                guard hasTerms(content) else {
                    pendingOr = false
                    pendingNot = false
                    continue
                }
                var expression = "\"" + content.replacing("\"", with: "\"\"") + "\""
                if prefix && !isPhrase { expression += "*" }
                if negated || pendingNot {
                    excluded.append(expression)
                } else if pendingOr {
                    required[required.count - 1].append(expression)
                } else {
                    required.append([expression])
                }
                pendingOr = false
                pendingNot = false
            }
        }
        if required.isEmpty {
            throw LinimasaError(
                .invalidInput,
                excluded.isEmpty
                    ? "nothing to search for in '\(text)'; give at least one word"
                    : "a search needs at least one word that must occur, not only excluded ones ('\(text)')"
            )
        }
    }

    /// Whether any item is a prefix (`word*`): FTS5 then merges the doclists of
    /// every indexed word with that prefix each time it evaluates the query.
    public var hasPrefix: Bool {
        (required.joined() + excluded).contains { $0.hasSuffix("*") }
    }

    /// The FTS5 expression: `(a OR b) c NOT d`.
    public var expression: String {
        let parts = required.map { group in group.count == 1 ? group[0] : "(" + group.joined(separator: " OR ") + ")" }
        var text = parts.joined(separator: " ")
        if !excluded.isEmpty {
            text = "(" + text + ")" + excluded.map { " NOT " + $0 }.joined()
        }
        return text
    }

    /// A lexical unit of the user's text.
    enum Lexeme {
        case item(String, phrase: Bool, negated: Bool, prefix: Bool)
        case or
        case not
    }

    /// Splits on white space, keeping `"…"` together (an unclosed quote runs to the end).
    static func lex(_ text: String) -> [Lexeme] {
        var out: [Lexeme] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace {
                index = text.index(after: index)
                continue
            }
            var negated = false
            var start = index
            if character == "-" {
                let next = text.index(after: index)
                if next < text.endIndex, !text[next].isWhitespace {
                    negated = true
                    start = next
                }
            }
            if text[start] == "\"" || text[start] == "“" {
                let open = text.index(after: start)
                let close = text[open...].firstIndex(where: { $0 == "\"" || $0 == "”" }) ?? text.endIndex
                let content = text[open..<close]
                if !content.isEmpty {
                    out.append(.item(String(content), phrase: true, negated: negated, prefix: false))
                }
                index = close < text.endIndex ? text.index(after: close) : close
                continue
            }
            let end = text[start...].firstIndex(where: \.isWhitespace) ?? text.endIndex
            var word = text[start..<end]
            index = end
            if !negated && word == "OR" {
                out.append(.or)
                continue
            }
            if !negated && word == "NOT" {
                out.append(.not)
                continue
            }
            if !negated && word == "AND" { continue }
            var prefix = false
            if word.hasSuffix("*") {
                word = word.dropLast()
                prefix = true
                while word.hasSuffix("*") { word = word.dropLast() }
            }
            guard !word.isEmpty else { continue }
            out.append(.item(String(word), phrase: false, negated: negated, prefix: prefix))
        }
        return out
    }
}
