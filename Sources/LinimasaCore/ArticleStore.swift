/// A place where analysed articles are kept and read back: the embedded SQLite
/// store (`LinimasaStorage`) or a server database.
///
/// Every method is one unit of work: a write either commits whole or leaves the
/// store as it was, so a crash loses at most the batch being written. Methods
/// throw ``LinimasaError`` with code ``LinimasaError/Code/storage`` when the store
/// fails (a full disk, a corrupt file), naming the store and keeping the cause.
///
/// Writing is done by one writer at a time: ``beginIngest(paths:wait:)`` takes
/// the store's writer lease, ``finishIngest(run:summary:)`` gives it back.
/// Reading may happen at any time, also while an ingest writes.
public protocol ArticleStore: Sendable {
    // MARK: Ingest

    /// Starts an ingest run: takes the exclusive writer lease and records the run.
    ///
    /// - Parameters:
    ///   - paths: What the user asked to ingest, recorded with the run.
    ///   - wait: Whether to wait for another writer to finish (`true`) or to
    ///     refuse at once (`false`).
    /// - Returns: The run's number, which log rows carry.
    /// - Throws: ``LinimasaError`` `.storage` if another ingest holds the lease
    ///   and `wait` is `false`, or the store cannot be written.
    func beginIngest(paths: [String], wait: Bool) async throws -> Int64

    /// Ends an ingest run: records its summary and releases the writer lease.
    func finishIngest(run: Int64, summary: IngestSummary) async throws

    /// For each (source, article id) pair, whether an earlier run committed
    /// exactly it: the article is stored from that source, or that source was
    /// logged as a duplicate of it. A re-run skips these without analysing them;
    /// a source with a new body is not among them (it becomes an update).
    func alreadyIngested(_ items: [(source: String, articleID: String)]) async throws -> [Bool]

    /// Saves a batch in one transaction and logs one row per record.
    ///
    /// A record whose article id is already stored is a duplicate and adds
    /// nothing but its log row; one whose source is stored under another id is
    /// an update that replaces the stored version (kept in the version
    /// history). Failed records are logged with their reason.
    ///
    /// - Returns: The log rows written, in the order of `records`.
    func save(_ records: [IngestRecord], run: Int64) async throws -> [IngestLogEntry]

    /// The log rows of one run, in input order.
    func ingestLog(run: Int64) async throws -> [IngestLogEntry]

    // MARK: Articles

    /// The stored article with `id`, with every annotation, or `nil`.
    func article(id: String) async throws -> AnalyzedArticle?

    /// Stored articles published in `from...to` (either end open when `nil`),
    /// oldest first, at most `limit`.
    func articles(from: CalendarDate?, to: CalendarDate?, limit: Int) async throws -> [AnalyzedArticle]

    /// The articles assigned to story `storyID`, oldest first.
    func articles(inStory storyID: String) async throws -> [AnalyzedArticle]

    /// How many articles, entities, quotes, events and stories are stored.
    func statistics() async throws -> StoreStatistics

    /// Stored articles without their text, latest first, filtered and paged by `query`.
    func articleSummaries(_ query: ArticleListQuery) async throws -> [ArticleSummary]

    /// Every outlet with stored articles, the most articles first.
    func outlets() async throws -> [OutletCount]

    /// Entity ids the store knows for `name`: an id, canonical name or alias seen,
    /// compared case-insensitively. Empty when it knows none.
    func entityIDs(named name: String) async throws -> [String]

    /// Event mentions of stored articles, with what fusion needs of their articles
    /// (outlet, publication day, story, the original of a copy), in no particular order.
    func eventMentions(_ query: EventMentionQuery) async throws -> [EventMention]

    /// Brings the store's kept timeline up to date with the articles stored or reassigned
    /// since the last refresh, in one transaction. `nil` when the store keeps no timeline:
    /// timelines are then fused when asked for.
    func refreshTimeline(using materializer: any TimelineMaterializer) async throws -> TimelineRefresh?

    /// How many stored articles the kept timeline does not reflect yet (an ingest run that
    /// stopped before its refresh leaves some); `nil` when the store keeps no timeline.
    func timelinePending() async throws -> Int?

    /// A page of the kept timeline; `nil` when the store keeps none, keeps it under another
    /// ``TimelineMaterializer/version``, or has articles it does not reflect yet (read in the
    /// same transaction as the page).
    func materializedTimeline(_ query: MaterializedTimelineQuery) async throws -> MaterializedTimelinePage?

    // MARK: Stories

    /// Sets the story, thread and duplicate assignments of stored articles.
    ///
    /// Ids that are not stored are ignored. Runs in one transaction.
    func assign(_ assignments: [StoryAssignment]) async throws

    /// Inserts or replaces stories by id, in one transaction.
    func saveStories(_ stories: [StoryRecord]) async throws

    /// The story with `id`, or `nil`.
    func story(id: String) async throws -> StoryRecord?

    /// Stories overlapping the date range (either end may be open) whose articles name `entity`
    /// (a name or alias; `nil` for any), latest first, at most `limit`.
    func stories(from: CalendarDate?, to: CalendarDate?, entity: String?, limit: Int) async throws -> [StoryRecord]

    // MARK: Reading back

    /// Full-text search ranked by BM25, best first.
    func search(_ query: SearchQuery) async throws -> [SearchHit]

    /// What the store knows about the entity named `name` (an id, canonical
    /// name or alias seen, compared case-insensitively), or `nil`.
    func entityProfile(named name: String, quoteLimit: Int) async throws -> EntityProfile?

    /// Quotes, newest article first.
    func quotes(_ query: QuoteQuery) async throws -> [StoredQuote]
}

extension ArticleStore {
    /// A store that keeps no timeline: timelines are fused when asked for.
    public func refreshTimeline(using materializer: any TimelineMaterializer) async throws -> TimelineRefresh? { nil }
    public func timelinePending() async throws -> Int? { nil }
    public func materializedTimeline(_ query: MaterializedTimelineQuery) async throws -> MaterializedTimelinePage? { nil }
}
