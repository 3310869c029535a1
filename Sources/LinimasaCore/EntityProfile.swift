/// What a store knows about one entity across all its articles.
public struct EntityProfile: Sendable, Codable, Hashable {
    /// One surface form and how often it was seen.
    public struct Alias: Sendable, Codable, Hashable {
        /// The form as written in articles (`Menlu Sugiono`, `Sugiono`).
        public var text: String
        /// How many mentions used it.
        public var mentions: Int

        public init(text: String, mentions: Int) {
            self.text = text
            self.mentions = mentions
        }
    }

    /// Mentions in one calendar month.
    public struct Month: Sendable, Codable, Hashable {
        /// `YYYY-MM`, or `undated` for articles without a publication date.
        public var month: String
        /// Articles that mention the entity.
        public var articles: Int
        /// Mentions in them.
        public var mentions: Int

        public init(month: String, articles: Int, mentions: Int) {
            self.month = month
            self.articles = articles
            self.mentions = mentions
        }
    }

    /// Another entity named in the same articles.
    public struct Neighbour: Sendable, Codable, Hashable {
        public var id: String
        public var name: String
        public var type: EntityType
        /// Articles that mention both.
        public var articles: Int

        public init(id: String, name: String, type: EntityType, articles: Int) {
            self.id = id
            self.name = name
            self.type = type
            self.articles = articles
        }
    }

    /// The entity's id (a knowledge-base link id or a document-local id).
    public var id: String
    /// The canonical name.
    public var name: String
    public var type: EntityType
    /// The Wikidata QID, if known.
    public var wikidata: String?
    /// Surface forms seen, most used first.
    public var aliases: [Alias]
    /// Articles that mention the entity.
    public var articles: Int
    /// Mentions in all articles.
    public var mentions: Int
    /// Mentions per month, oldest first; undated articles last.
    public var months: [Month]
    /// Entities named in the same articles, most shared articles first (at most 10).
    public var cooccurring: [Neighbour]
    /// The entity's latest quotes, newest first.
    public var latestQuotes: [StoredQuote]

    public init(
        id: String,
        name: String,
        type: EntityType,
        wikidata: String?,
        aliases: [Alias],
        articles: Int,
        mentions: Int,
        months: [Month],
        cooccurring: [Neighbour],
        latestQuotes: [StoredQuote]
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.wikidata = wikidata
        self.aliases = aliases
        self.articles = articles
        self.mentions = mentions
        self.months = months
        self.cooccurring = cooccurring
        self.latestQuotes = latestQuotes
    }
}
