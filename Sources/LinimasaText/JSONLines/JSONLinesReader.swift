internal import Foundation
public import LinimasaCore

/// Reads JSON Lines as crawlers write it: one object a line with `url`, `title`,
/// `html` or `text`, and `published`.
///
/// Other keys are ignored. `content` and `body` are accepted for `text`,
/// `date`, `datePublished` and `published_at` for `published`, `link` for `url`.
public struct JSONLinesReader: Sendable {
    /// One line's content before cleaning.
    public struct Item: Sendable {
        /// `file:line`, or the item's `url`.
        public var source: String
        public var title: String?
        public var published: String?
        public var html: String?
        public var text: String?
    }

    public init() {}

    /// The items of `text`, one per non-blank line; a bad line is an error in its place.
    public func items(text: String, source: String) -> [Result<Item, LinimasaError>] {
        var results: [Result<Item, LinimasaError>] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            let place = "\(source):\(lineNumber)"
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                results.append(.failure(LinimasaError(.invalidInput, "cannot read '\(place)': not a JSON object")))
                continue
            }
            func string(_ keys: String...) -> String? {
                for key in keys { if let value = object[key] as? String, !value.isEmpty { return value } }
                return nil
            }
            let item = Item(
                source: string("url", "link") ?? place,
                title: string("title", "headline"),
                published: string("published", "datePublished", "date", "published_at"),
                html: string("html", "raw_html"),
                text: string("text", "content", "body")
            )
            guard item.html != nil || item.text != nil else {
                results.append(.failure(LinimasaError(.invalidInput, "cannot read '\(place)': no \"html\" or \"text\"")))
                continue
            }
            results.append(.success(item))
        }
        return results
    }
}
