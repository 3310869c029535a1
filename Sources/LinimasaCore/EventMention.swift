/// One event as one article reports it: the input of timeline fusion.
public struct EventMention: Sendable, Codable, Hashable {
    /// The event as extracted.
    public var event: Event
    /// The article's id (``Article/id``).
    public var article: String
    /// Where the article came from (a path or URL), for people reading the timeline.
    public var source: String?
    /// The outlet, as the article names itself.
    public var outlet: String?
    /// The article's publication day, if known.
    public var published: CalendarDate?
    /// The article's headline.
    public var title: String?
    /// The text of the event's sentence.
    public var sentence: String
    /// The id of the article this one is a syndicated or near-duplicate copy of; copies of
    /// one original count as one source.
    public var duplicateOf: String?
    /// The story the article belongs to, if clustered.
    public var storyID: String?

    public init(
        event: Event,
        article: String,
        source: String? = nil,
        outlet: String? = nil,
        published: CalendarDate? = nil,
        title: String? = nil,
        sentence: String,
        duplicateOf: String? = nil,
        storyID: String? = nil
    ) {
        self.event = event
        self.article = article
        self.source = source
        self.outlet = outlet
        self.published = published
        self.title = title
        self.sentence = sentence
        self.duplicateOf = duplicateOf
        self.storyID = storyID
    }

    /// The mentions of every event of an analysed article.
    ///
    /// - Parameters:
    ///   - analyzed: The article and its events.
    ///   - duplicateOf: The id of the article it copies, if any.
    ///   - storyID: Its story, if known.
    /// - Returns: One mention per event, in body order.
    public static func mentions(
        of analyzed: AnalyzedArticle,
        duplicateOf: String? = nil,
        storyID: String? = nil
    ) -> [EventMention] {
        let article = analyzed.article
        return analyzed.events.map { event in
            EventMention(
                event: event,
                article: article.id,
                source: article.source,
                outlet: article.outlet,
                published: article.published?.date,
                title: article.title,
                sentence: article.text(event.sentence),
                duplicateOf: duplicateOf,
                storyID: storyID
            )
        }
    }

    /// The article whose independent report this is: the original of a copy, else itself.
    public var original: String { duplicateOf ?? article }
}

/// Which stored event mentions to read for a timeline.
///
/// The store narrows by what it can index (the entity among the actors or as the place,
/// the event's dates, the story); fusion and ``TimelineQuery``-style filtering happen after.
public struct EventMentionQuery: Sendable, Hashable {
    /// Entity ids (as in ``Event/Actor/id``): the mentions of the articles naming one of them
    /// and of the other articles of their stories, from which the entity's entries are fused.
    /// `nil` reads every mention.
    public var entityIDs: [String]?
    /// Mentions whose date may reach this day or later; undated mentions are kept.
    public var from: CalendarDate?
    /// Mentions whose date may start on this day or earlier; undated mentions are kept.
    public var to: CalendarDate?
    /// Only mentions from articles of this story.
    public var story: String?
    /// Only mentions from articles of this outlet, compared case-insensitively.
    public var outlet: String?
    /// At most this many mentions, the latest articles first when there are more.
    public var limit: Int

    public init(
        entityIDs: [String]? = nil,
        from: CalendarDate? = nil,
        to: CalendarDate? = nil,
        story: String? = nil,
        outlet: String? = nil,
        limit: Int = 200_000
    ) {
        self.entityIDs = entityIDs
        self.from = from
        self.to = to
        self.story = story
        self.outlet = outlet
        self.limit = limit
    }
}

