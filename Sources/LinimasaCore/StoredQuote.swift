/// Which stored quotes to list.
public struct QuoteQuery: Sendable, Hashable {
    /// Only quotes of this speaker (an entity id, canonical name or alias seen,
    /// or the speaker's name as written). The default is `nil` (everyone).
    public var speaker: String?
    /// Only quotes in articles published on or after this day. The default is `nil`.
    public var from: CalendarDate?
    /// Only quotes in articles published on or before this day. The default is `nil`.
    public var to: CalendarDate?
    /// Include terms (`kind == .term`, a word put in quotes) as well as statements.
    /// The default is `false`.
    public var includeTerms: Bool
    /// At most this many quotes. The default is 20.
    public var limit: Int

    public init(
        speaker: String? = nil,
        from: CalendarDate? = nil,
        to: CalendarDate? = nil,
        includeTerms: Bool = false,
        limit: Int = 20
    ) {
        self.speaker = speaker
        self.from = from
        self.to = to
        self.includeTerms = includeTerms
        self.limit = limit
    }
}

/// A quote as stored, with the article it comes from.
public struct StoredQuote: Sendable, Codable, Hashable {
    public var quote: Quote
    /// The article's id.
    public var articleID: String
    public var title: String?
    public var outlet: String?
    public var published: PublishedDate?
    /// Where the article came from.
    public var source: String

    public init(
        quote: Quote,
        articleID: String,
        title: String?,
        outlet: String?,
        published: PublishedDate?,
        source: String
    ) {
        self.quote = quote
        self.articleID = articleID
        self.title = title
        self.outlet = outlet
        self.published = published
        self.source = source
    }
}
