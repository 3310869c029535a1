internal import LinimasaCore

/// Reads scraped plain text: every non-blank line is a candidate paragraph, front matter included.
public struct PlainTextReader: Sendable {
    public init() {}

    /// The draft of one plain-text article.
    public func draft(text: String, source: String) -> ArticleDraft {
        ArticleDraft(source: source, paragraphs: text.nonEmptyLines(), mayHaveFrontMatter: true)
    }
}
