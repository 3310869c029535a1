/// A story as stored: a group of articles about one development.
public struct StoryRecord: Sendable, Codable, Hashable {
    /// The story's id, chosen by the clusterer.
    public var id: String
    public var headline: String
    /// The first and last publication days of its articles.
    public var firstDate: CalendarDate?
    public var lastDate: CalendarDate?
    /// The clusterer's summary as JSON (timeline, sources…), kept as given.
    public var summaryJSON: String?

    public init(
        id: String,
        headline: String,
        firstDate: CalendarDate?,
        lastDate: CalendarDate?,
        summaryJSON: String? = nil
    ) {
        self.id = id
        self.headline = headline
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.summaryJSON = summaryJSON
    }
}

/// Where the clusterer put one stored article.
///
/// A `nil` field clears the stored value.
public struct StoryAssignment: Sendable, Codable, Hashable {
    public var articleID: String
    public var storyID: String?
    public var threadID: String?
    /// The id of the article this one copies, if it is a near-duplicate.
    public var duplicateOf: String?
    /// How similar it is to `duplicateOf`, 0...1.
    public var duplicateSimilarity: Double?

    public init(
        articleID: String,
        storyID: String?,
        threadID: String? = nil,
        duplicateOf: String? = nil,
        duplicateSimilarity: Double? = nil
    ) {
        self.articleID = articleID
        self.storyID = storyID
        self.threadID = threadID
        self.duplicateOf = duplicateOf
        self.duplicateSimilarity = duplicateSimilarity
    }
}

/// How much a store holds.
public struct StoreStatistics: Sendable, Codable, Hashable {
    public var articles: Int
    public var entities: Int
    public var mentions: Int
    public var quotes: Int
    public var events: Int
    public var stories: Int
    /// Ingest runs recorded.
    public var runs: Int

    public init(articles: Int, entities: Int, mentions: Int, quotes: Int, events: Int, stories: Int, runs: Int) {
        self.articles = articles
        self.entities = entities
        self.mentions = mentions
        self.quotes = quotes
        self.events = events
        self.stories = stories
        self.runs = runs
    }
}
