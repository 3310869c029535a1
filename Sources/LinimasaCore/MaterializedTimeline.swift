/// How a store keeps its timeline fused between queries.
///
/// After an ingest run the store takes the articles that are new or changed (a new story, a
/// new original), finds the stored entries their event mentions can join through
/// ``joinKeys(of:)``, and fuses those mentions with the members of those entries again through
/// ``entries(fusing:)``. The store only keeps the result; the fuser (`LinimasaCluster`'s
/// `TimelineFuser`) decides what joins what.
public protocol TimelineMaterializer: Sendable {
    /// What its entries depend on (the entry format and the fusion settings): a store whose kept
    /// entries were made under another version fuses everything again at its next refresh, and
    /// does not answer from them meanwhile.
    var version: String { get }

    /// The family of an event type: mentions of different families never fuse, so a store may
    /// fuse one family at a time (a visit and its talks are one family by default).
    func family(of type: String) -> String

    /// The keys under which a mention can join an entry: its type family with each actor,
    /// country or place, and each month bucket its date can reach. A mention can only join an
    /// entry that has one of its keys among ``MaterializedEntry/joinKeys``.
    func joinKeys(of mention: EventMention) -> [String]

    /// The entries fused from `mentions`.
    func entries(fusing mentions: [EventMention]) throws -> [MaterializedEntry]
}

/// A fused timeline entry as a store keeps it: what queries filter and sort on, which mentions
/// it holds, and the entry itself without its sources (the store reads those from the members).
public struct MaterializedEntry: Sendable, Hashable {
    /// The entry's stable id.
    public var id: String
    /// The event type, the last sort key after the date.
    public var type: String
    /// The days of the entry's date (days since 1970-01-01, both ends included); `nil` when undated.
    public var dateLower: Int?
    public var dateUpper: Int?
    /// `YYYY-MM` when the date lies within one month (a day, or the month itself), for counting
    /// entries per month.
    public var month: String?
    /// Entity ids of the actors and the place: what an entity filter matches.
    public var entityIDs: [String]
    /// Outlets of the reports (as the articles give them): what an outlet filter matches.
    public var outlets: [String]
    /// Stories of the reports: what a story filter matches.
    public var storyIDs: [String]
    /// The keys under which later mentions can join (see ``TimelineMaterializer/joinKeys(of:)``).
    public var joinKeys: [String]
    /// The fused mentions, as indexes into the array given to ``TimelineMaterializer/entries(fusing:)``,
    /// in the order the entry lists its sources.
    public var members: [Int]
    /// The entry, encoded as its fuser defines, without its sources.
    public var json: String

    public init(
        id: String,
        type: String,
        dateLower: Int?,
        dateUpper: Int?,
        month: String?,
        entityIDs: [String],
        outlets: [String],
        storyIDs: [String],
        joinKeys: [String],
        members: [Int],
        json: String
    ) {
        self.id = id
        self.type = type
        self.dateLower = dateLower
        self.dateUpper = dateUpper
        self.month = month
        self.entityIDs = entityIDs
        self.outlets = outlets
        self.storyIDs = storyIDs
        self.joinKeys = joinKeys
        self.members = members
        self.json = json
    }
}

/// Which kept timeline entries to read, and how many of each entry's sources.
public struct MaterializedTimelineQuery: Sendable, Hashable {
    /// The ``TimelineMaterializer/version`` the caller reads entries as; a store that kept its
    /// entries under another one does not answer.
    public var version: String
    /// Entries with one of these ids among their actors or as their place; `nil` for any.
    public var entityIDs: [String]?
    /// Entries whose date ends on this day or later (days since 1970-01-01).
    public var fromDay: Int?
    /// Entries whose date starts on this day or earlier.
    public var toDay: Int?
    /// Entries with a report from this story.
    public var story: String?
    /// Entries with a report from this outlet, compared case-insensitively.
    public var outlet: String?
    /// Leave out undated entries (they are always left out when a day bound is set).
    public var datedOnly: Bool
    /// The page: entries in timeline order (date, longer spans first, type, id).
    public var offset: Int
    public var limit: Int
    /// At most this many sources per entry, the earliest published first.
    public var sourceLimit: Int

    public init(
        version: String,
        entityIDs: [String]? = nil,
        fromDay: Int? = nil,
        toDay: Int? = nil,
        story: String? = nil,
        outlet: String? = nil,
        datedOnly: Bool = false,
        offset: Int = 0,
        limit: Int = .max,
        sourceLimit: Int = .max
    ) {
        self.version = version
        self.entityIDs = entityIDs
        self.fromDay = fromDay
        self.toDay = toDay
        self.story = story
        self.outlet = outlet
        self.datedOnly = datedOnly
        self.offset = offset
        self.limit = limit
        self.sourceLimit = sourceLimit
    }
}

/// A page of kept timeline entries.
public struct MaterializedTimelinePage: Sendable {
    /// One entry: as its fuser encoded it, with the mentions of its first sources.
    public struct Item: Sendable {
        public var json: String
        public var sources: [EventMention]
        /// How many sources the entry has in all.
        public var sourceCount: Int

        public init(json: String, sources: [EventMention], sourceCount: Int) {
            self.json = json
            self.sources = sources
            self.sourceCount = sourceCount
        }
    }

    public var items: [Item]
    /// Entries matching the query, over all pages.
    public var total: Int
    /// Matching entries per month (``MaterializedEntry/month``), in month order.
    public var months: [(month: String, entries: Int)]

    public init(items: [Item], total: Int, months: [(month: String, entries: Int)]) {
        self.items = items
        self.total = total
        self.months = months
    }
}

/// What one refresh of a kept timeline did.
public struct TimelineRefresh: Sendable, Hashable {
    /// Articles whose mentions were placed (new, or with a new story or original).
    public var articles: Int
    /// Mentions fused, the members of the entries they could join included.
    public var mentions: Int
    /// Entries replaced and entries written.
    public var removed: Int
    public var written: Int

    public init(articles: Int = 0, mentions: Int = 0, removed: Int = 0, written: Int = 0) {
        self.articles = articles
        self.mentions = mentions
        self.removed = removed
        self.written = written
    }
}
