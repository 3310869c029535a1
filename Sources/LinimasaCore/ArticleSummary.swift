/// A stored article without its text and annotations: what a list of articles shows.
public struct ArticleSummary: Sendable, Codable, Hashable {
    /// The article's id (``Article/id``).
    public var id: String
    /// Where it came from: a path or URL.
    public var source: String
    public var title: String?
    public var outlet: String?
    public var published: PublishedDate?
    /// The story and thread it belongs to, once clustered.
    public var storyID: String?
    public var threadID: String?
    /// The article it is a copy of, if any.
    public var duplicateOf: String?

    public init(
        id: String,
        source: String,
        title: String? = nil,
        outlet: String? = nil,
        published: PublishedDate? = nil,
        storyID: String? = nil,
        threadID: String? = nil,
        duplicateOf: String? = nil
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.outlet = outlet
        self.published = published
        self.storyID = storyID
        self.threadID = threadID
        self.duplicateOf = duplicateOf
    }
}

/// Which stored articles to list, latest first, a page at a time.
public struct ArticleListQuery: Sendable, Hashable {
    /// Only articles published on or after this day.
    public var from: CalendarDate?
    /// Only articles published on or before this day.
    public var to: CalendarDate?
    /// Only articles of this outlet, compared case-insensitively.
    public var outlet: String?
    /// Only articles of this story.
    public var story: String?
    /// Only articles naming this entity: an id, canonical name or alias seen.
    public var entity: String?
    /// At most this many. The default is 50.
    public var limit: Int
    /// Skip this many first. The default is 0.
    public var offset: Int

    public init(
        from: CalendarDate? = nil,
        to: CalendarDate? = nil,
        outlet: String? = nil,
        story: String? = nil,
        entity: String? = nil,
        limit: Int = 50,
        offset: Int = 0
    ) {
        self.from = from
        self.to = to
        self.outlet = outlet
        self.story = story
        self.entity = entity
        self.limit = limit
        self.offset = offset
    }
}

/// An outlet and how many stored articles it has.
public struct OutletCount: Sendable, Codable, Hashable {
    public var outlet: String
    public var articles: Int

    public init(outlet: String, articles: Int) {
        self.outlet = outlet
        self.articles = articles
    }
}
