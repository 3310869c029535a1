public import LinimasaCore

/// Groups analysed articles into stories (one news event each) and threads, as they arrive.
///
/// Each ``add(_:)`` first looks for a copy (exact hash, then MinHash with
/// locality-sensitive hashing); a copy joins the story of the article it copies.
/// Otherwise the article is scored against the stories that share one of its
/// heaviest stems or entities and whose dates, widened by
/// ``StoryConfiguration/joinWindowDays``, hold its publication day; it joins the
/// best one that reaches ``StoryConfiguration/joinThreshold`` or starts a story.
///
/// Stories are not final: after each add the stories around the article are looked at again
/// (``StoryConfiguration/mergeThreshold``, ``StoryConfiguration/moveMargin``). Two stories
/// whose centres now score as one story merge into the older one (its id kept, the other id
/// resolving to it), and a member that fits the article's story better than the rest of its
/// own moves over; their threads are updated. ``StoryPlacement/movedArticles`` and
/// ``StoryPlacement/mergedStoryIDs`` report what changed, so an article that arrived before the
/// one linking it to its event still ends up in the right story, in whatever order articles come.
/// Ids depend only on the order of arrival.
///
/// Memory is bounded by the window: stories idle for
/// ``StoryConfiguration/retentionDays`` behind the newest publication day are
/// evicted with their articles' signatures, and handed back by
/// ``takeEvictedStories()`` so a store can keep them. The vocabulary (stems,
/// entities, their document frequencies) is kept for the whole run.
public struct StoryClusterer: Sendable {
    /// The thresholds, weights and windows in use.
    public let configuration: StoryConfiguration
    let pack: any LanguagePack
    let hasher: MinHasher
    /// Day names to ISO weekdays, from the pack's `weekdays` table.
    let weekdayNames: [String: Int]
    var vocabulary: TermVocabulary
    var duplicateIndex: DuplicateIndex
    var stories: [Int: StoryState] = [:]
    var threads: [Int: ThreadState] = [:]
    var termPostings: [Int32: [Int]] = [:]
    var entityPostings: [Int32: [Int]] = [:]
    var threadPostings: [Int32: [Int]] = [:]
    var threadAliases: [String: String] = [:]
    /// Merged-away story id to the id it merged into, for stories in the window.
    var storyAliases: [String: String] = [:]
    /// Thread id to thread serial, for threads in memory.
    var threadSerials: [String: Int] = [:]
    /// Article id to the serial of its story, for articles in the window.
    var articleStories: [String: Int] = [:]
    /// Story id to story serial, for stories in the window.
    var storySerials: [String: Int] = [:]
    var nextSerial = 0
    var newestDay: Int?
    var lastSweep = (day: Int.min, serial: 0)
    var evicted: [Story] = []

    /// An article's heaviest stems under which its story is indexed for candidate lookup.
    static let termKeysPerArticle = 10
    /// An article's heaviest entities under which its story is indexed.
    static let entityKeysPerArticle = 8

    /// Makes an empty clusterer.
    ///
    /// - Throws: ``LinimasaError/Code/invalidData`` when one of the pack's `cluster-*` tables is malformed.
    public init(pack: any LanguagePack, configuration: StoryConfiguration = .init()) throws {
        let words = try ClusterWords(pack: pack)
        self.configuration = configuration
        self.pack = pack
        self.weekdayNames = words.weekdays
        self.hasher = MinHasher(count: configuration.minHashCount, shingleLength: configuration.shingleLength)
        self.vocabulary = TermVocabulary(pack: pack, stopWords: words.stopWords)
        self.duplicateIndex = DuplicateIndex(bands: configuration.hashBands, threshold: configuration.nearDuplicateThreshold)
    }

    /// Adds one analysed article and says where it went.
    ///
    /// Adding an article whose id is already in the window changes nothing and
    /// returns its current story. The publication date counts when its source is
    /// not ``PublishedDate/Source/story`` (an inferred date never widens a story).
    ///
    /// Earlier articles that change story as a result (merged stories, moved members) are in
    /// ``StoryPlacement/movedArticles`` and ``StoryPlacement/mergedStoryIDs``.
    ///
    /// - Complexity: O(*t* + *c* · (*k* + *s* + *m* · *l*)) for *t* tokens, *c* candidate stories in
    ///   the date window, *k* distinct stems, centres of *s* entries and *m* members looked at with
    ///   lead vectors of *l* entries.
    public mutating func add(_ analyzed: AnalyzedArticle) -> StoryPlacement {
        add(analyzed, forcedStoryID: nil, forcedThreadID: nil, forcedDuplicate: nil)
    }

    /// Adds an article to a known story, as stored by an earlier run, without scoring.
    ///
    /// Replay the stored articles of the window in their stored order to rebuild
    /// the clusterer; later ``add(_:)`` calls then continue the same stories and threads.
    /// A story or thread not in the window yet is made with the given id.
    public mutating func restore(
        _ analyzed: AnalyzedArticle,
        storyID: String,
        threadID: String,
        duplicateOf: DuplicateMatch? = nil
    ) -> StoryPlacement {
        add(analyzed, forcedStoryID: storyID, forcedThreadID: threadID, forcedDuplicate: duplicateOf)
    }

    /// Stories evicted from the window since the last call, in eviction order.
    public mutating func takeEvictedStories() -> [Story] {
        defer { evicted = [] }
        return evicted
    }

    /// Stories in the window, oldest first.
    public var activeStories: [Story] {
        stories.keys.sorted().compactMap { story(serial: $0) }
    }

    /// The story with `id`, or the one it merged into, if it is in the window.
    public func story(id: String) -> Story? {
        storySerials[resolvedStoryID(id)].flatMap { story(serial: $0) }
    }

    /// The id of the story of an article in the window.
    public func storyID(ofArticle articleID: String) -> String? {
        articleStories[articleID].flatMap { stories[$0]?.id }
    }

    private mutating func add(
        _ analyzed: AnalyzedArticle,
        forcedStoryID: String?,
        forcedThreadID: String?,
        forcedDuplicate: DuplicateMatch?
    ) -> StoryPlacement {
        let articleID = analyzed.article.id
        if let serial = articleStories[articleID], let story = stories[serial] {
            return assignment(articleID: articleID, story: story, started: false, duplicate: story.duplicates[articleID], score: 1)
        }
        let serial = nextSerial
        nextSerial += 1
        let features = ArticleFeatures.make(
            analyzed,
            vocabulary: &vocabulary,
            hasher: hasher,
            pack: pack,
            weekdayNames: weekdayNames,
            leadSentences: configuration.leadSentences,
            leadVectorSentences: configuration.leadVectorSentences
        )
        if let day = features.day { newestDay = max(newestDay ?? day, day) }
        sweepIfDue()

        var duplicate: DuplicateMatch?
        var target: Int?
        var score = 0.0
        var candidates: [Int] = []
        if let forcedStoryID {
            duplicate = forcedDuplicate
            target = storySerials[resolvedStoryID(forcedStoryID)]
            score = duplicate?.similarity ?? 0
        } else {
            let found = bestStory(for: features)
            candidates = found.candidates
            if let (copied, match) = duplicateIndex.match(signature: features.signature, exactHash: features.exactHash),
                let storySerial = articleStories[duplicateIndex.entries[copied]?.articleID ?? ""],
                stories[storySerial] != nil
            {
                duplicate = match
                target = storySerial
                score = match.similarity
            } else if let best = found.best {
                target = best.serial
                score = best.score
            }
        }

        let started = target == nil
        var storySerial: Int
        if let target {
            storySerial = target
        } else {
            storySerial = makeStory(id: forcedStoryID ?? articleID, threadID: forcedThreadID ?? forcedStoryID ?? articleID)
        }
        var story = stories[storySerial]!  // made or looked up just above
        let hadReference = story.referenceDay
        story.add(features, serial: serial, duplicate: duplicate, leadLimit: configuration.leadSentences)
        index(&story, features)
        stories[storySerial] = story
        articleStories[articleID] = storySerial
        duplicateIndex.insert(articleID: articleID, serial: serial, signature: features.signature, exactHash: features.exactHash)

        var changes = StoryChanges()
        if forcedStoryID == nil {
            storySerial = refine(around: storySerial, candidates: candidates, changes: &changes)
        }
        var mergedThreads = changes.mergedThreadIDs
        for touched in changes.touched.sorted() where touched != storySerial {
            mergedThreads += updateThread(ofStory: touched, link: false)
        }
        mergedThreads += updateThread(ofStory: storySerial, link: forcedStoryID == nil)
        story = stories[storySerial]!  // the story holding the article: eviction ran before the add
        var result = assignment(articleID: articleID, story: story, started: started, duplicate: duplicate, score: score)
        result.mergedThreadIDs = mergedThreads
        result.movedArticles = moves(changes, except: articleID)
        result.mergedStoryIDs = changes.mergedStoryIDs
        if hadReference == nil, story.referenceDay != nil {
            let moved = Set(result.movedArticles.map(\.articleID))
            result.newlyDatedArticleIDs = story.undatedArticleIDs.filter { $0 != articleID && !moved.contains($0) }
        }
        if features.day != nil { result.referenceDate = nil }
        return result
    }
}
