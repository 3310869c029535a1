/// An article with everything the extractors found in it.
public struct AnalyzedArticle: Sendable, Codable, Hashable {
    public var article: Article
    public var times: [TimeExpression]
    public var entities: [LinkedEntity]
    public var quotes: [Quote]
    public var events: [Event]
    /// Things the reader or extractors want a person to know (a recovered encoding, a weekday mismatch).
    public var warnings: [String]

    public init(
        article: Article,
        times: [TimeExpression] = [],
        entities: [LinkedEntity] = [],
        quotes: [Quote] = [],
        events: [Event] = [],
        warnings: [String] = []
    ) {
        self.article = article
        self.times = times
        self.entities = entities
        self.quotes = quotes
        self.events = events
        self.warnings = warnings
    }
}
