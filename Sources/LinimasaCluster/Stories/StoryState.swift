/// The working state of one story in the window.
struct StoryState: Sendable {
    var serial: Int
    var id: String
    var threadSerial: Int
    /// Sum of the members' unit TF-IDF vectors.
    var centre = Centroid()
    /// Sum of the members' unit lead vectors.
    var leadCentre = Centroid()
    /// Sum of the members' unit entity vectors.
    var entityCentre = Centroid()
    /// Members naming each entity.
    var entityArticles: [Int32: Int] = [:]
    /// Members mentioning each day.
    var mentionedDays: [Int32: Int] = [:]
    /// Members published on each day (inferred dates left out).
    var publishedDays: [Int: Int] = [:]
    var firstDay: Int?
    var lastDay: Int?
    var articleIDs: [String] = []
    var articleSerials: [Int] = []
    var outlets: [String] = []
    /// Members with no publication date of their own.
    var undatedArticleIDs: [String] = []
    var duplicates: [String: DuplicateMatch] = [:]
    var titles: [ArticleFeatures.Sentence] = []
    var sentences: [ArticleFeatures.Sentence] = []
    /// Term and entity keys under which the story is indexed.
    var termKeys: Set<Int32> = []
    var entityKeys: Set<Int32> = []
    /// Arrival serial of the last member.
    var lastArrival: Int
    /// The entity vector last added to the thread profile.
    var threadContribution = SparseVector.empty

    init(serial: Int, id: String, threadSerial: Int, arrival: Int) {
        self.serial = serial
        self.id = id
        self.threadSerial = threadSerial
        self.lastArrival = arrival
    }

    /// The most common publication day, the earliest on a tie.
    var referenceDay: Int? {
        publishedDays.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// Adds a member.
    mutating func add(_ features: ArticleFeatures, serial: Int, duplicate: DuplicateMatch?, leadLimit: Int) {
        articleIDs.append(features.articleID)
        articleSerials.append(serial)
        lastArrival = serial
        if let outlet = features.outlet, !outlets.contains(outlet) { outlets.append(outlet) }
        centre.add(features.terms)
        if centre.weights.count > 4_000 { centre.prune(to: 2_000) }
        leadCentre.add(features.leadTerms)
        if leadCentre.weights.count > 1_000 { leadCentre.prune(to: 500) }
        entityCentre.add(features.entities)
        if entityCentre.weights.count > 400 { entityCentre.prune(to: 200) }
        for entity in features.entities.indexes { entityArticles[entity, default: 0] += 1 }
        for day in features.dates { mentionedDays[day, default: 0] += 1 }
        if let day = features.day {
            publishedDays[day, default: 0] += 1
            firstDay = min(firstDay ?? day, day)
            lastDay = max(lastDay ?? day, day)
        } else {
            undatedArticleIDs.append(features.articleID)
        }
        if let duplicate {
            duplicates[features.articleID] = duplicate
        } else if sentences.count < leadLimit * 8 {
            sentences.append(contentsOf: features.lead)
        }
        if let title = features.title, titles.count < 32 { titles.append(title) }
    }

    /// Whether an article published on `day` may join: within the window and the span limit.
    func admits(day: Int?, window: Int, maximumSpan: Int) -> Bool {
        guard let day, let first = firstDay, let last = lastDay else { return true }
        guard day >= first - window, day <= last + window else { return false }
        return max(last, day) - min(first, day) <= maximumSpan
    }

    /// Share of the article's mentioned days the story mentions too.
    func sharedDays(_ days: Set<Int32>) -> Double {
        guard !days.isEmpty else { return 0 }
        var shared = 0
        for day in days where mentionedDays[day] != nil { shared += 1 }
        return Double(shared) / Double(days.count)
    }
}
