public import LinimasaCore

/// One entry of a fused timeline: an event with every report of it.
public struct TimelineEntry: Sendable, Codable, Hashable {
    /// One report of the entry's event.
    public struct Source: Sendable, Codable, Hashable {
        /// The article's id.
        public var article: String
        /// Where the article came from (path or URL).
        public var source: String?
        public var outlet: String?
        public var title: String?
        /// The article's publication day.
        public var published: CalendarDate?
        /// The sentence that reports the event.
        public var sentence: String
        /// The date this report gives (ISO, as ``Event/date``).
        public var date: String?
        /// The time expression behind that date; `nil` when the date is the article's own.
        public var time: String?
        public var place: EntityReference?
        /// The article this one copies, if any.
        public var duplicateOf: String?
        /// Whether this is the earliest published report of the entry.
        public var firstReported: Bool
        /// The extractor's confidence in this mention, 0 to 1.
        public var confidence: Double

        public init(
            article: String,
            source: String? = nil,
            outlet: String? = nil,
            title: String? = nil,
            published: CalendarDate? = nil,
            sentence: String,
            date: String? = nil,
            time: String? = nil,
            place: EntityReference? = nil,
            duplicateOf: String? = nil,
            firstReported: Bool = false,
            confidence: Double = 0
        ) {
            self.article = article
            self.source = source
            self.outlet = outlet
            self.title = title
            self.published = published
            self.sentence = sentence
            self.date = date
            self.time = time
            self.place = place
            self.duplicateOf = duplicateOf
            self.firstReported = firstReported
            self.confidence = confidence
        }
    }

    /// Sources that disagree on one fact.
    public struct Conflict: Sendable, Codable, Hashable {
        /// What the sources disagree on.
        public enum Kind: String, Sendable, Codable, Hashable { case date, place }

        /// One value and the articles that give it.
        public struct Value: Sendable, Codable, Hashable {
            /// An ISO date, or a place's name.
            public var value: String
            /// Ids of the articles giving it; a page of a kept timeline may hold only the first few.
            public var articles: [String]
            /// How many articles give it, also when ``articles`` holds only the first few.
            public var articleCount: Int

            public init(value: String, articles: [String], articleCount: Int? = nil) {
                self.value = value
                self.articles = articles
                self.articleCount = articleCount ?? articles.count
            }
        }

        public var kind: Kind
        /// The values, the most supported first.
        public var values: [Value]

        public init(kind: Kind, values: [Value]) {
            self.kind = kind
            self.values = values
        }
    }

    /// Stable id: a hash of the type, the date and the first report's article and sentence.
    public var id: String
    /// The event type (`MEET`, `VISIT`, …); for an entry fused from kindred types, the most reported one.
    public var type: String
    /// Every type its mentions have, the entry's own first.
    public var types: [String]
    /// CAMEO root code of `type`; empty when CAMEO has none.
    public var cameo: String
    /// The most precise date the sources support (ISO, as ``Event/date``), or `nil`.
    public var date: String?
    /// Whether `date` comes from a time expression of some report (`true`) or only from the
    /// publication dates of the reports (`false`: "reported on").
    public var dateStated: Bool
    /// The earliest and latest day any report's date allows (ISO days).
    public var dateFrom: String?
    public var dateTo: String?
    /// Actors of every report, the most named first; a role is the one most reports give.
    public var actors: [Event.Actor]
    /// The place most reports give.
    public var place: EntityReference?
    /// Every report, earliest published first; a page of a kept timeline may hold only the
    /// first few (``sourceCount`` says how many there are).
    public var sources: [Source]
    /// How many reports the entry has, also when ``sources`` holds only the first few.
    public var sourceCount: Int
    /// Number of independent reports (copies of one original count once).
    public var independentSources: Int
    /// 0 to 1: `1 − Π(1 − cᵢ)` over independent reports, each at its best mention's confidence.
    public var confidence: Double
    /// Facts on which the reports disagree.
    public var conflicts: [Conflict]
    /// The modality most reports give.
    public var modality: Event.Modality
    /// Stories of the reports, in first-seen order; a page of a kept timeline may hold only the
    /// first few.
    public var storyIDs: [String]
    /// How many stories the reports come from, also when ``storyIDs`` holds only the first few.
    public var storyCount: Int

    public init(
        id: String,
        type: String,
        types: [String],
        cameo: String,
        date: String?,
        dateStated: Bool,
        dateFrom: String?,
        dateTo: String?,
        actors: [Event.Actor],
        place: EntityReference?,
        sources: [Source],
        sourceCount: Int? = nil,
        independentSources: Int,
        confidence: Double,
        conflicts: [Conflict],
        modality: Event.Modality,
        storyIDs: [String],
        storyCount: Int? = nil
    ) {
        self.id = id
        self.type = type
        self.types = types
        self.cameo = cameo
        self.date = date
        self.dateStated = dateStated
        self.dateFrom = dateFrom
        self.dateTo = dateTo
        self.actors = actors
        self.place = place
        self.sources = sources
        self.sourceCount = sourceCount ?? sources.count
        self.independentSources = independentSources
        self.confidence = confidence
        self.conflicts = conflicts
        self.modality = modality
        self.storyIDs = storyIDs
        self.storyCount = storyCount ?? storyIDs.count
    }
}

extension TimelineEntry {
    /// `YYYY-MM` when the entry's date starts with a month (a day, a month, a time or a range
    /// starting on a day), for counting entries per month; `nil` for a year, a week, a season
    /// or no date.
    public var month: String? {
        guard let date, date.utf8.count >= 7 else { return nil }
        let bytes = Array(date.utf8.prefix(7))
        guard bytes[4] == UInt8(ascii: "-"), bytes.enumerated().allSatisfy({ $0.offset == 4 || (0x30...0x39).contains($0.element) })
        else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension TimelineEntry {
    /// The entry with at most `limit` sources, article ids per conflict value and story ids,
    /// the first ones kept; the counts keep the whole numbers. An entry an event of wide reach
    /// fuses from hundreds of reports stays small enough to page through.
    public func trimmed(to limit: Int) -> TimelineEntry {
        let limit = max(0, limit)
        var entry = self
        if entry.sources.count > limit { entry.sources.removeSubrange(limit...) }
        if entry.storyIDs.count > limit { entry.storyIDs.removeSubrange(limit...) }
        for c in entry.conflicts.indices {
            for v in entry.conflicts[c].values.indices where entry.conflicts[c].values[v].articles.count > limit {
                entry.conflicts[c].values[v].articles.removeSubrange(limit...)
            }
        }
        return entry
    }
}

extension TimelineEntry.Source {
    /// The sources of mentions already in source order: the earliest published ones are
    /// marked as first reported.
    public static func listing(_ ordered: [EventMention]) -> [TimelineEntry.Source] {
        let first = ordered.first?.published
        return ordered.enumerated().map { n, mention in
            TimelineEntry.Source(
                article: mention.article,
                source: mention.source,
                outlet: mention.outlet,
                title: mention.title,
                published: mention.published,
                sentence: mention.sentence,
                date: mention.event.date,
                time: mention.event.time,
                place: mention.event.place,
                duplicateOf: mention.duplicateOf,
                firstReported: n == 0 || (first != nil && mention.published == first),
                confidence: mention.event.confidence
            )
        }
    }
}
