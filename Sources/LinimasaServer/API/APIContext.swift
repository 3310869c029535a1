internal import Foundation
public import Hummingbird

/// The request context of every route.
public struct APIContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
    }

    /// Snake-case keys, sorted, slashes unescaped: the API's JSON style.
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .custom { path in SnakeKey(path.last!.stringValue) }
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}

/// A coding key in snake case, with acronyms kept whole: `storyIDs` → `story_ids`,
/// `snippetHTML` → `snippet_html` (Foundation's own strategy gives `story_i_ds`).
struct SnakeKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ camel: String) {
        let scalars = Array(camel.unicodeScalars)
        var out = String.UnicodeScalarView()
        func isUpper(_ index: Int) -> Bool {
            index < scalars.count && CharacterSet.uppercaseLetters.contains(scalars[index])
        }
        for (index, scalar) in scalars.enumerated() {
            if isUpper(index), index > 0 {
                let afterLower = !isUpper(index - 1) && scalars[index - 1] != "_"
                // The last capital of an acronym starts a word when a lower-case word follows (`HTMLBody`),
                // not when only a plural `s` ends the key (`IDs`).
                let nextIsLower = index + 1 < scalars.count && !isUpper(index + 1)
                let pluralEnd = index + 2 == scalars.count && scalars[index + 1] == "s"
                if afterLower || (isUpper(index - 1) && nextIsLower && !pluralEnd) { out.append("_") }
            }
            out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
        }
        stringValue = String(out)
    }

    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
