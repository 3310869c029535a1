public import LinimasaCore

/// What a format reader found before cleaning and assembly: metadata and candidate paragraphs.
///
/// The plain-text and HTML readers both produce drafts; ``ArticleCleaner``
/// then removes boilerplate from the paragraphs and ``ArticleAssembler``
/// turns the draft into an ``Article``.
public struct ArticleDraft: Sendable {
    public var source: String
    public var title: String?
    public var outlet: String?
    public var dateline: String?
    public var datelineText: String?
    public var authors: [String] = []
    public var editors: [String] = []
    public var published: PublishedDate?
    /// Candidate paragraphs in reading order, each one line of text.
    public var paragraphs: [String]
    /// Lines removed so far.
    public var boilerplate: [BoilerplateLine] = []
    public var warnings: [String] = []
    /// Whether front matter (title, standfirst, date and byline lines) may still be at the top of `paragraphs`.
    /// True for plain text; false when a page's markup already told the title and metadata apart.
    public var mayHaveFrontMatter: Bool

    public init(source: String, paragraphs: [String], mayHaveFrontMatter: Bool) {
        self.source = source
        self.paragraphs = paragraphs
        self.mayHaveFrontMatter = mayHaveFrontMatter
    }
}
