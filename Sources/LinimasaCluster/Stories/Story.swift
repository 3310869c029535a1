public import LinimasaCore
internal import Foundation

/// One news event as reported by one or more articles.
public struct Story: Sendable, Codable, Hashable {
    /// Stable id: the id of the story's first article.
    public var id: String
    /// The id of the thread the story belongs to.
    public var threadID: String
    /// The most central title of its articles (highest cosine with the story centre), if any has one.
    public var headline: String?
    /// Member articles, in the order they were added.
    public var articleIDs: [String]
    /// Outlets of the members, in order of first appearance.
    public var outlets: [String]
    /// The earliest publication day of a dated member.
    public var firstDate: CalendarDate?
    /// The latest publication day of a dated member.
    public var lastDate: CalendarDate?
    /// The day undated members are read against: the most common publication day, the earliest on a tie.
    public var referenceDate: CalendarDate?
    /// Entities named by the most members (outlets and agencies left out), most first.
    public var topEntities: [EntityReference]
    /// Up to three sentences: the most central lead sentences, without near repeats.
    public var summary: [String]
    /// Members that copy another article, by article id.
    public var duplicates: [String: DuplicateMatch]
    /// Ids of stories merged into this one after the fact (they resolve to ``id``); empty for most.
    public var mergedStoryIDs: [String]
    /// For the marker a store keeps under a merged-away id: the id of the story it merged into.
    /// `nil` for a live story.
    public var mergedInto: String?

    /// Makes a story value.
    public init(
        id: String,
        threadID: String,
        headline: String? = nil,
        articleIDs: [String] = [],
        outlets: [String] = [],
        firstDate: CalendarDate? = nil,
        lastDate: CalendarDate? = nil,
        referenceDate: CalendarDate? = nil,
        topEntities: [EntityReference] = [],
        summary: [String] = [],
        duplicates: [String: DuplicateMatch] = [:],
        mergedStoryIDs: [String] = [],
        mergedInto: String? = nil
    ) {
        self.id = id
        self.threadID = threadID
        self.headline = headline
        self.articleIDs = articleIDs
        self.outlets = outlets
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.referenceDate = referenceDate
        self.topEntities = topEntities
        self.summary = summary
        self.duplicates = duplicates
        self.mergedStoryIDs = mergedStoryIDs
        self.mergedInto = mergedInto
    }

    private enum CodingKeys: String, CodingKey {
        case id, threadID, headline, articleIDs, outlets, firstDate, lastDate, referenceDate, topEntities, summary
        case duplicates, mergedStoryIDs, mergedInto
    }

    /// Decodes a story; `mergedStoryIDs` and `mergedInto` may be missing (stories stored before merging existed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        threadID = try container.decode(String.self, forKey: .threadID)
        headline = try container.decodeIfPresent(String.self, forKey: .headline)
        articleIDs = try container.decode([String].self, forKey: .articleIDs)
        outlets = try container.decode([String].self, forKey: .outlets)
        firstDate = try container.decodeIfPresent(CalendarDate.self, forKey: .firstDate)
        lastDate = try container.decodeIfPresent(CalendarDate.self, forKey: .lastDate)
        referenceDate = try container.decodeIfPresent(CalendarDate.self, forKey: .referenceDate)
        topEntities = try container.decode([EntityReference].self, forKey: .topEntities)
        summary = try container.decode([String].self, forKey: .summary)
        duplicates = try container.decode([String: DuplicateMatch].self, forKey: .duplicates)
        mergedStoryIDs = try container.decodeIfPresent([String].self, forKey: .mergedStoryIDs) ?? []
        mergedInto = try container.decodeIfPresent(String.self, forKey: .mergedInto)
    }
}

/// An earlier article that changed story after the fact: its story merged into another, or it
/// fits a newer story better than the rest of its own.
public struct StoryMove: Sendable, Codable, Hashable {
    /// The article moved.
    public var articleID: String
    /// The story it was in.
    public var fromStoryID: String
    /// The story it is in now.
    public var storyID: String
    /// That story's thread.
    public var threadID: String
    /// The earlier article it copies, if any.
    public var duplicateOf: DuplicateMatch?
    /// For an article with no publication date of its own: its new story's reference date, to
    /// resolve its relative times against again. `nil` otherwise.
    public var referenceDate: CalendarDate?

    /// Makes a move value.
    public init(
        articleID: String,
        fromStoryID: String,
        storyID: String,
        threadID: String,
        duplicateOf: DuplicateMatch? = nil,
        referenceDate: CalendarDate? = nil
    ) {
        self.articleID = articleID
        self.fromStoryID = fromStoryID
        self.storyID = storyID
        self.threadID = threadID
        self.duplicateOf = duplicateOf
        self.referenceDate = referenceDate
    }

    /// The move as the store keeps it.
    public var storeAssignment: StoryAssignment {
        StoryAssignment(articleID: articleID, storyID: storyID, threadID: threadID, duplicate: duplicateOf)
    }
}

/// Where one added article went (``storeAssignment`` is the form the store keeps).
public struct StoryPlacement: Sendable, Codable, Hashable {
    /// The article added.
    public var articleID: String
    /// The story it joined or started.
    public var storyID: String
    /// The story's thread.
    public var threadID: String
    /// Whether the article started a new story.
    public var startedStory: Bool
    /// The earlier article it copies, with the similarity, if any.
    public var duplicateOf: DuplicateMatch?
    /// The score with which it joined its story (1 for a copy, 0 when it started one).
    public var score: Double
    /// For an article with no publication date of its own: the story's reference date, to
    /// resolve its relative times against (mark it ``PublishedDate/Source/story``). `nil` otherwise,
    /// or while the story has no dated article.
    public var referenceDate: CalendarDate?
    /// Earlier undated members of the story that had no reference date and now have
    /// `storyReferenceDate`: re-resolve their times too.
    public var newlyDatedArticleIDs: [String]
    /// The story's reference date after this article.
    public var storyReferenceDate: CalendarDate?
    /// Threads merged into others by this article (their stories now carry the survivor's id;
    /// ``StoryClusterer/resolvedThreadID(_:)`` follows them).
    public var mergedThreadIDs: [String]
    /// Earlier articles that changed story because of this one, with their new story.
    public var movedArticles: [StoryMove]
    /// Stories merged into others because of this one; ``StoryClusterer/resolvedStoryID(_:)``
    /// follows them. A store should drop or mark their records.
    public var mergedStoryIDs: [String]

    /// Makes an assignment value.
    public init(
        articleID: String,
        storyID: String,
        threadID: String,
        startedStory: Bool,
        duplicateOf: DuplicateMatch? = nil,
        score: Double = 0,
        referenceDate: CalendarDate? = nil,
        newlyDatedArticleIDs: [String] = [],
        storyReferenceDate: CalendarDate? = nil,
        mergedThreadIDs: [String] = [],
        movedArticles: [StoryMove] = [],
        mergedStoryIDs: [String] = []
    ) {
        self.articleID = articleID
        self.storyID = storyID
        self.threadID = threadID
        self.startedStory = startedStory
        self.duplicateOf = duplicateOf
        self.score = score
        self.referenceDate = referenceDate
        self.newlyDatedArticleIDs = newlyDatedArticleIDs
        self.storyReferenceDate = storyReferenceDate
        self.mergedThreadIDs = mergedThreadIDs
        self.movedArticles = movedArticles
        self.mergedStoryIDs = mergedStoryIDs
    }
}

extension StoryPlacement {
    /// The placement as the store keeps it.
    public var storeAssignment: StoryAssignment {
        StoryAssignment(articleID: articleID, storyID: storyID, threadID: threadID, duplicate: duplicateOf)
    }
}

extension Story {
    /// The story as the store keeps it: `summaryJSON` holds this whole value as JSON
    /// (decode it with `JSONDecoder` as ``Story``).
    public var storeRecord: StoryRecord {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) }
        return StoryRecord(id: id, headline: headline ?? "", firstDate: firstDate, lastDate: lastDate, summaryJSON: json)
    }
}

extension StoryAssignment {
    /// An assignment with the copied article and the similarity of a duplicate match.
    init(articleID: String, storyID: String, threadID: String, duplicate: DuplicateMatch?) {
        self.init(
            articleID: articleID,
            storyID: storyID,
            threadID: threadID,
            duplicateOf: duplicate?.articleID,
            duplicateSimilarity: duplicate?.similarity
        )
    }
}
