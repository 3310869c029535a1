import LinimasaCore

/// The working state of one story in the window.
///
/// Every member keeps its vectors (``Member``), so a member can be taken out again
/// (moved to a better story) and two stories can be joined by adding one's members to the other.
struct StoryState: Sendable {
    /// What a story keeps of one member: enough to add it to, or take it out of, a story.
    struct Member: Sendable {
        /// Its features, without the title, lead sentences and signature (the story keeps
        /// summary candidates itself, and duplicates are found before an article joins).
        var features: ArticleFeatures
        /// Arrival serial of the article.
        var serial: Int
        var duplicate: DuplicateMatch?

        init(_ features: ArticleFeatures, serial: Int, duplicate: DuplicateMatch?) {
            var kept = features
            kept.title = nil
            kept.lead = []
            kept.signature = []
            self.features = kept
            self.serial = serial
            self.duplicate = duplicate
        }

        var articleID: String { features.articleID }
    }

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
    /// Members, in order of arrival.
    var members: [Member] = []
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
    /// Ids of stories merged into this one (they resolve to ``id``).
    var mergedIDs: [String] = []
    /// Members with no publication day of their own.
    var undatedCount = 0

    init(serial: Int, id: String, threadSerial: Int, arrival: Int) {
        self.serial = serial
        self.id = id
        self.threadSerial = threadSerial
        self.lastArrival = arrival
    }

    var articleIDs: [String] { members.map(\.articleID) }
    var articleSerials: [Int] { members.map(\.serial) }
    /// Outlets of the members, in order of first appearance.
    var outlets: [String] {
        var seen: [String] = []
        for member in members { if let outlet = member.features.outlet, !seen.contains(outlet) { seen.append(outlet) } }
        return seen
    }
    /// Members with no publication date of their own.
    var undatedArticleIDs: [String] { members.filter { $0.features.day == nil }.map(\.articleID) }

    /// The most common publication day, the earliest on a tie.
    var referenceDay: Int? {
        publishedDays.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// Adds a member.
    mutating func add(_ features: ArticleFeatures, serial: Int, duplicate: DuplicateMatch?, leadLimit: Int) {
        let member = Member(features, serial: serial, duplicate: duplicate)
        add(member, title: features.title, lead: duplicate == nil ? features.lead : [], leadLimit: leadLimit)
    }

    /// Adds a member with its title and lead sentences (summary candidates).
    mutating func add(_ member: Member, title: ArticleFeatures.Sentence?, lead: [ArticleFeatures.Sentence], leadLimit: Int) {
        let position = members.firstIndex { $0.serial > member.serial } ?? members.endIndex
        members.insert(member, at: position)
        lastArrival = max(lastArrival, member.serial)
        centre.add(member.features.terms)
        if centre.weights.count > 4_000 { centre.prune(to: 2_000) }
        leadCentre.add(member.features.leadTerms)
        if leadCentre.weights.count > 1_000 { leadCentre.prune(to: 500) }
        entityCentre.add(member.features.entities)
        if entityCentre.weights.count > 400 { entityCentre.prune(to: 200) }
        for entity in member.features.entities.indexes { entityArticles[entity, default: 0] += 1 }
        for day in member.features.dates { mentionedDays[day, default: 0] += 1 }
        if let day = member.features.day {
            publishedDays[day, default: 0] += 1
            firstDay = min(firstDay ?? day, day)
            lastDay = max(lastDay ?? day, day)
        } else {
            undatedCount += 1
        }
        if let duplicate = member.duplicate { duplicates[member.articleID] = duplicate }
        if sentences.count < leadLimit * 8 { sentences.append(contentsOf: lead) }
        if let title, titles.count < 32 { titles.append(title) }
    }

    /// Takes a member out, with its title and summary candidates; `nil` when it is not a member.
    mutating func remove(articleID: String) -> (member: Member, title: ArticleFeatures.Sentence?, lead: [ArticleFeatures.Sentence])? {
        guard let position = members.firstIndex(where: { $0.articleID == articleID }) else { return nil }
        let member = members.remove(at: position)
        centre.add(member.features.terms, scale: -1)
        leadCentre.add(member.features.leadTerms, scale: -1)
        entityCentre.add(member.features.entities, scale: -1)
        for entity in member.features.entities.indexes { Self.decrement(&entityArticles, entity) }
        for day in member.features.dates { Self.decrement(&mentionedDays, day) }
        if let day = member.features.day {
            Self.decrement(&publishedDays, day)
            firstDay = publishedDays.keys.min()
            lastDay = publishedDays.keys.max()
        } else {
            undatedCount -= 1
        }
        duplicates[articleID] = nil
        let title = titles.first { $0.articleID == articleID }
        titles.removeAll { $0.articleID == articleID }
        let lead = sentences.filter { $0.articleID == articleID }
        sentences.removeAll { $0.articleID == articleID }
        return (member, title, lead)
    }

    private static func decrement<Key: Hashable>(_ counts: inout [Key: Int], _ key: Key) {
        guard let count = counts[key] else { return }
        counts[key] = count > 1 ? count - 1 : nil
    }

    /// Whether an article published on `day` may join: within the window and the span limit.
    func admits(day: Int?, window: Int, maximumSpan: Int) -> Bool {
        guard let day, let first = firstDay, let last = lastDay else { return true }
        guard day >= first - window, day <= last + window else { return false }
        return max(last, day) - min(first, day) <= maximumSpan
    }

    /// Whether the dated members of `other` may join: the two spans within `window` days of each
    /// other and together at most `maximumSpan` long.
    func admits(_ other: StoryState, window: Int, maximumSpan: Int) -> Bool {
        guard let first = firstDay, let last = lastDay, let otherFirst = other.firstDay, let otherLast = other.lastDay
        else { return true }
        guard otherFirst <= last + window, otherLast >= first - window else { return false }
        return max(last, otherLast) - min(first, otherFirst) <= maximumSpan
    }

    /// Share of the article's mentioned days the story mentions too.
    ///
    /// The day names of an undated article (`weekdays`) count as the last such day on or before
    /// the story's reference day, shared when the story mentions or was published on it.
    /// - Parameter member: Whether the article is a member (its own mentions are then left out).
    func sharedDays(_ days: Set<Int32>, weekdays: [Int] = [], member: Bool = false) -> Double {
        let total = days.count + weekdays.count
        guard total > 0 else { return 0 }
        let least = member ? 2 : 1
        var shared = 0
        for day in days where (mentionedDays[day] ?? 0) >= least { shared += 1 }
        if !weekdays.isEmpty, let reference = referenceDay {
            let referenceWeekday = CalendarDate(daysSinceEpoch: reference).weekday
            for weekday in weekdays {
                let day = reference - (referenceWeekday - weekday + 7) % 7
                if mentionedDays[Int32(truncatingIfNeeded: day)] != nil || publishedDays[day] != nil { shared += 1 }
            }
        }
        return Double(shared) / Double(total)
    }
}
