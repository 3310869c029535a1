/// What the story clusterer does, with documented defaults.
///
/// Dates are days of publication; an article without one is placed by its
/// words and entities alone.
public struct StoryConfiguration: Sendable, Hashable {
    /// Estimated Jaccard similarity of word shingles from which a body counts as a
    /// near-duplicate of an earlier one. The default is 0.5.
    public var nearDuplicateThreshold = 0.5
    /// Words per shingle. The default is 4.
    public var shingleLength = 4
    /// MinHash functions per signature. The default is 128.
    public var minHashCount = 128
    /// Locality-sensitive hashing bands (`minHashCount / bands` rows each). The default is 32.
    public var hashBands = 32

    /// Score from which an article joins a story. The score is
    /// `textWeight · cosine(body) + leadWeight · cosine(lead) + entityWeight · cosine(entities)
    /// + dateWeight · shared days`, each part 0 to 1. The default is 0.3.
    public var joinThreshold = 0.3
    /// Weight of the cosine of the stemmed TF-IDF body vector with the story centre. The default is 0.35.
    public var textWeight = 0.35
    /// Weight of the cosine of the lead vector (title and first sentences) with the story's lead centre.
    /// The default is 0.25.
    public var leadWeight = 0.25
    /// The lead cosine an article needs to join a story, whatever its score: two events can share
    /// a protagonist, places and vocabulary, but their headlines and first sentences name
    /// different things. The default is 0.18.
    public var leadMinimum = 0.18
    /// The lead cosine needed instead of ``leadMinimum`` when every day the article names (or, for
    /// an undated article, every day name read against the story's reference day) is a day the
    /// story names too: a shared date is evidence of one event that a lead written from another
    /// angle (a birthday message and a weapons speech given together) does not outweigh.
    /// The default is 0.09.
    public var leadMinimumWithSharedDays = 0.09
    /// Sentences after the title that make the lead vector. The default is 2.
    public var leadVectorSentences = 2
    /// Weight of the cosine of the linked-entity vector (outlets and agencies left out). The default is 0.3.
    public var entityWeight = 0.3
    /// Weight of the share of the article's mentioned days that the story also mentions. The default is 0.1.
    public var dateWeight = 0.1
    /// A dated article may join a story whose dates, widened by this many days on each side,
    /// hold its publication day. The default is 3.
    public var joinWindowDays = 3
    /// The most days from a story's first to its last article. The default is 14.
    public var maximumStoryDays = 14

    /// Score of one story's centres against another's (the join score, with centres for the
    /// article's vectors) from which the two merge into the older one. Checked after every add
    /// against the stories that share an index key with the article. The default is 0.3.
    public var mergeThreshold = 0.3
    /// How much better than its fit with the rest of its own story a member must score against
    /// the story just added to before it moves there. The default is 0.02.
    public var moveMargin = 0.02
    /// Members per neighbouring story (the latest) looked at for a move after each add. The default is 16.
    public var refineMembersPerStory = 16

    /// A story is evicted (handed back by ``StoryClusterer/takeEvictedStories()``) when its last
    /// day is more than this many days before the newest day seen and at least
    /// ``retentionArticles`` articles arrived after its last one. The default is 30.
    public var retentionDays = 30
    /// Articles that must arrive after a story's last one before it may be evicted, so late
    /// arrivals (a feed read after a folder) still find their story. The default is 5,000.
    public var retentionArticles = 5_000
    /// A story with no dated article is evicted after this many later articles. The default is 20,000.
    public var undatedRetention = 20_000

    /// Entity-profile cosine from which a story joins a thread when the two are close in time.
    /// Profiles weight each entity by its mentions times the square root of its IDF. The default is 0.38.
    public var threadThreshold = 0.38
    /// Added to ``threadThreshold`` per year between the story and the thread's nearest story,
    /// so a thread over months needs its core actors, not one shared name. The default is 0.1.
    public var threadPenaltyPerYear = 0.1
    /// A thread with no story in the window whose last day is more than this many days before
    /// the newest day is forgotten. The default is 400.
    public var threadRetentionDays = 400

    /// Sentences in a story summary. The default is 3.
    public var summarySentences = 3
    /// Leading sentences of each article kept as summary candidates. The default is 5.
    public var leadSentences = 5
    /// Entities listed per story. The default is 5.
    public var topEntityCount = 5

    /// Makes the default configuration.
    public init() {}
}
