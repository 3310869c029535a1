/// A full-text search of the store, with optional filters.
///
/// `text` follows a small syntax, the same on every store: words are all
/// required (`banjir jakarta`); `"…"` is a phrase; a word ending in `*` is a
/// prefix (`kunjung*`, not stemmed); `OR` between two words or phrases allows
/// either; a word starting with `-` must not occur. Words are compared by their
/// stems, so `mengunjungi` finds `kunjungan` and `kunjungi`.
public struct SearchQuery: Sendable, Hashable {
    /// What to look for, in the syntax above.
    public var text: String
    /// Only articles published on or after this day. The default is `nil` (no limit).
    public var from: CalendarDate?
    /// Only articles published on or before this day. The default is `nil` (no limit).
    public var to: CalendarDate?
    /// Only articles of this outlet, compared case-insensitively. The default is `nil`.
    public var outlet: String?
    /// Only articles mentioning this entity: an id, canonical name or alias seen.
    /// The default is `nil`.
    public var entity: String?
    /// At most this many hits. The default is 10.
    public var limit: Int
    /// Skip this many hits first, for paging. The default is 0.
    public var offset: Int
    /// The marks put around each hit in ``SearchHit/snippet``. The default is `[` and `]`.
    public var marks: (open: String, close: String)
    /// About how many words a snippet has. The default is 16.
    public var snippetWords: Int

    public init(
        _ text: String,
        from: CalendarDate? = nil,
        to: CalendarDate? = nil,
        outlet: String? = nil,
        entity: String? = nil,
        limit: Int = 10,
        offset: Int = 0,
        marks: (open: String, close: String) = ("[", "]"),
        snippetWords: Int = 16
    ) {
        self.text = text
        self.from = from
        self.to = to
        self.outlet = outlet
        self.entity = entity
        self.limit = limit
        self.offset = offset
        self.marks = marks
        self.snippetWords = snippetWords
    }

    public static func == (lhs: SearchQuery, rhs: SearchQuery) -> Bool {
        lhs.text == rhs.text && lhs.from == rhs.from && lhs.to == rhs.to && lhs.outlet == rhs.outlet
            && lhs.entity == rhs.entity && lhs.limit == rhs.limit && lhs.offset == rhs.offset
            && lhs.marks.open == rhs.marks.open && lhs.marks.close == rhs.marks.close
            && lhs.snippetWords == rhs.snippetWords
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(from)
        hasher.combine(to)
        hasher.combine(outlet)
        hasher.combine(entity)
        hasher.combine(limit)
        hasher.combine(offset)
    }
}

/// One article found by a search.
public struct SearchHit: Sendable, Codable, Hashable {
    /// The article's id.
    public var articleID: String
    /// Where the article came from.
    public var source: String
    public var title: String?
    public var outlet: String?
    public var published: PublishedDate?
    /// A passage of the body (or the title when only it matched) with each hit
    /// between the query's marks; `…` where text was cut.
    public var snippet: String
    /// BM25 relevance, higher is better (the title counts more than the body).
    public var score: Double
    /// The story the article belongs to, if clustered.
    public var storyID: String?

    public init(
        articleID: String,
        source: String,
        title: String?,
        outlet: String?,
        published: PublishedDate?,
        snippet: String,
        score: Double,
        storyID: String?
    ) {
        self.articleID = articleID
        self.source = source
        self.title = title
        self.outlet = outlet
        self.published = published
        self.snippet = snippet
        self.score = score
        self.storyID = storyID
    }
}
