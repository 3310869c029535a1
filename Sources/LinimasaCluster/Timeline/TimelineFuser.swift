public import LinimasaCore

/// Fuses event mentions from many articles into one chronology with its sources.
///
/// Two mentions become one entry when:
/// - their types are equal or kindred (``TimelineConfiguration/kindredTypes``: a visit and
///   its talks);
/// - their actors overlap: one entity in common, or two countries in common when actors are
///   counted by their country (`Kim dan Putin` and `Korea Utara dan Rusia`); mentions with no
///   actors need the same place;
/// - their dates are compatible: the day intervals overlap (`2023-09` holds `2023-09-13`), or
///   two single days lie at most ``TimelineConfiguration/conflictWindowDays`` apart (then a date
///   conflict is listed). A mention dated only by its article stands for the week before
///   publication (``TimelineConfiguration/reportedLookbackDays``);
/// - a mention dated only by its article joins an entry of its own story, when stories are
///   known: that week holds other events of the same people (a summit, then a state visit),
///   and only the story says which one the article reports. Mentions with a stated date join
///   across stories.
///
/// Mentions are taken most precise date first, so a vague one (`awal tahun ini`) joins the
/// most precise entry it fits. Negated mentions, and conditional or hypothetical ones, are
/// left out by default.
public struct TimelineFuser: Sendable {
    public let configuration: TimelineConfiguration

    /// Makes a fuser.
    public init(configuration: TimelineConfiguration = .init()) {
        self.configuration = configuration
    }

    /// One mention prepared for matching.
    struct Item {
        var mention: Int
        var family: String
        var interval: DayInterval?
        var stated: Bool
        var ids: Set<String>
        var countries: Set<String>
        var place: String?
        var story: String?
        /// The index keys it is found by and finds groups by: its type family with each actor
        /// and country, or with its place when it has no actors.
        var keys: [String]
    }

    /// A growing entry. A class, so that checking a candidate does not copy its sets.
    final class Group {
        let family: String
        var interval: DayInterval?
        var ids: Set<String>
        var countries: Set<String>
        var places: Set<String>
        var stories: Set<String>
        var members: [Int]
        /// The index keys it is registered under, with every bucket of its interval.
        var keys: Set<String>

        init(_ item: Item) {
            family = item.family
            interval = item.interval
            ids = item.ids
            countries = item.countries
            places = item.place.map { [$0] } ?? []
            stories = item.story.map { [$0] } ?? []
            members = [item.mention]
            keys = Set(item.keys)
            if ids.isEmpty { keys.insert(family + "|@") }
        }

        func add(_ item: Item) {
            members.append(item.mention)
            ids.formUnion(item.ids)
            countries.formUnion(item.countries)
            if let place = item.place { places.insert(place) }
            if let story = item.story { stories.insert(story) }
            if interval == nil { interval = item.interval }
        }
    }

    /// The timeline of `mentions`, in date order (undated entries last).
    ///
    /// - Complexity: O(*n* log *n*) for *n* mentions, with candidates found through an index by
    ///   type, actor and month.
    public func fuse(_ mentions: [EventMention]) -> [TimelineEntry] {
        TimelineFuser.sorted(groups(of: mentions).map { entry(from: $0.members.map { mentions[$0] }) })
    }

    /// Entries in timeline order: by the first day of their date, longer spans first, then by
    /// type and id; undated entries last.
    static func sorted(_ entries: [TimelineEntry]) -> [TimelineEntry] {
        entries.sorted { a, b in
            let da = a.date.flatMap { DayInterval(iso: $0) }
            let db = b.date.flatMap { DayInterval(iso: $0) }
            switch (da, db) {
            case (let x?, let y?):
                if x.lower != y.lower { return x.lower < y.lower }
                if x.length != y.length { return x.length > y.length }
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): break
            }
            return (a.type, a.id) < (b.type, b.id)
        }
    }

    /// The mentions of `mentions` that fuse, grouped: most precise stated dates first, then
    /// reported-only ones, then undated ones, each joining the most precise group it fits.
    func groups(of mentions: [EventMention]) -> [Group] {
        var items: [Item] = []
        items.reserveCapacity(mentions.count)
        for (index, mention) in mentions.enumerated() where keeps(mention.event) {
            items.append(prepare(mention, index))
        }
        // Ties go by article and position, so that the same mentions fuse the same way in
        // whatever order they come (a store reads them in its own order). Indexes are sorted,
        // not the items, which are costly to move.
        let ranks = items.map { item in
            let mention = mentions[item.mention]
            return SortKey(
                rank: item.interval == nil ? 2 : item.stated ? 0 : 1,
                length: item.interval?.length ?? 0,
                lower: item.interval?.lower ?? 0,
                article: mention.article,
                trigger: mention.event.trigger.start,
                type: mention.event.type
            )
        }
        let order = items.indices.sorted { ranks[$0] < ranks[$1] }
        var groups: [Group] = []
        var index: [IndexKey: [Int]] = [:]
        for position in order {
            let item = items[position]
            var best: Int?
            var bestLength = Int.max
            for bucket in buckets(item.interval) {
                for key in item.keys {
                    for candidate in index[IndexKey(key: key, bucket: bucket)] ?? [] {
                        let length = groups[candidate].interval?.length ?? Int.max
                        if let current = best, length > bestLength || (length == bestLength && candidate >= current) {
                            continue
                        }
                        guard fits(item, groups[candidate]) else { continue }
                        best = candidate
                        bestLength = length
                    }
                }
            }
            if let chosen = best {
                let group = groups[chosen]
                group.add(item)
                let added = item.keys.filter { group.keys.insert($0).inserted }
                register(chosen, keys: added, interval: group.interval, in: &index)
            } else {
                let group = Group(item)
                groups.append(group)
                register(groups.count - 1, keys: group.keys, interval: group.interval, in: &index)
            }
        }
        return groups
    }

    /// Whether a mention's event belongs in a timeline under the configuration.
    func keeps(_ event: Event) -> Bool {
        if event.negated, !configuration.includeNegated { return false }
        switch event.modality {
        case .asserted: return true
        case .future: return configuration.includeFuture
        case .conditional, .hypothetical: return configuration.includeUnasserted
        }
    }

    func prepare(_ mention: EventMention, _ index: Int) -> Item {
        let event = mention.event
        let family = family(of: event.type)
        var interval = event.date.flatMap { DayInterval(iso: $0) }
        let stated = event.time != nil && interval != nil
        if !stated, let day = interval, day.length == 1 {
            interval = DayInterval(lower: day.lower - configuration.reportedLookbackDays, upper: day.upper)
        }
        var ids: Set<String> = []
        var countries: Set<String> = []
        for actor in event.actors {
            ids.insert(actor.id)
            if let country = actor.affiliation { countries.insert(country) }
        }
        let place = event.place?.id
        let keys =
            ids.isEmpty
            ? [family + "|@" + (place ?? "")]
            : ids.map { family + "|" + $0 } + countries.map { family + "|c:" + $0 }
        return Item(
            mention: index,
            family: family,
            interval: interval,
            stated: stated,
            ids: ids,
            countries: countries,
            place: place,
            story: mention.storyID,
            keys: keys
        )
    }

    /// Month-sized buckets (32 days) an interval touches, widened by the conflict window.
    func buckets(_ interval: DayInterval?) -> [Int] {
        guard let interval else { return [Int.min] }
        let low = (interval.lower - configuration.conflictWindowDays) >> 5
        let high = (interval.upper + configuration.conflictWindowDays) >> 5
        return Array(low...high)
    }

    /// The order in which mentions are placed: stated dates before reported-only ones before
    /// none, shorter intervals first, then by day, article, trigger and type.
    struct SortKey: Comparable {
        var rank: Int
        var length: Int
        var lower: Int
        var article: String
        var trigger: Int
        var type: String

        static func < (a: SortKey, b: SortKey) -> Bool {
            (a.rank, a.length, a.lower, a.article, a.trigger, a.type) < (b.rank, b.length, b.lower, b.article, b.trigger, b.type)
        }
    }

    /// A key of the candidate index: a type family with an actor, country or place, and a month bucket.
    struct IndexKey: Hashable {
        var key: String
        var bucket: Int
    }

    func register(_ group: Int, keys: some Sequence<String>, interval: DayInterval?, in index: inout [IndexKey: [Int]]) {
        let spots = buckets(interval)
        for key in keys {
            for bucket in spots { index[IndexKey(key: key, bucket: bucket), default: []].append(group) }
        }
    }

    func fits(_ item: Item, _ group: Group) -> Bool {
        guard item.family == group.family else { return false }
        if !item.stated, let story = item.story, !group.stories.isEmpty, !group.stories.contains(story) { return false }
        if item.ids.isEmpty || group.ids.isEmpty {
            guard item.ids.isEmpty, group.ids.isEmpty, let place = item.place, group.places.contains(place) else {
                return false
            }
        } else if item.ids.isDisjoint(with: group.ids), item.countries.intersection(group.countries).count < 2 {
            return false
        }
        switch (item.interval, group.interval) {
        case (let a?, let b?):
            if a.overlaps(b) { return true }
            return item.stated && a.length == 1 && b.length == 1 && a.gap(to: b) <= configuration.conflictWindowDays
        case (nil, nil): return true
        default: return false
        }
    }
}
