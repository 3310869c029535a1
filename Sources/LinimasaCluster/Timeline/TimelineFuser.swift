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
    }

    /// A growing entry.
    struct Group {
        var family: String
        var interval: DayInterval?
        var ids: Set<String>
        var countries: Set<String>
        var places: Set<String>
        var stories: Set<String>
        var members: [Int]
    }

    /// The timeline of `mentions`, in date order (undated entries last).
    ///
    /// - Complexity: O(*n* log *n*) for *n* mentions, with candidates found through an index by
    ///   type, actor and month.
    public func fuse(_ mentions: [EventMention]) -> [TimelineEntry] {
        var items: [Item] = []
        items.reserveCapacity(mentions.count)
        for (index, mention) in mentions.enumerated() where keeps(mention.event) {
            items.append(prepare(mention, index))
        }
        // Most precise stated dates first, then reported-only ones, then undated ones.
        items.sort { a, b in
            let ka = (a.interval == nil ? 2 : a.stated ? 0 : 1, a.interval?.length ?? 0, a.interval?.lower ?? 0)
            let kb = (b.interval == nil ? 2 : b.stated ? 0 : 1, b.interval?.length ?? 0, b.interval?.lower ?? 0)
            return ka < kb
        }
        var groups: [Group] = []
        var index: [IndexKey: [Int]] = [:]
        for item in items {
            var best: Int?
            let spots = buckets(item.interval)
            for key in keys(item) {
                for bucket in spots {
                    for candidate in index[IndexKey(key: key, bucket: bucket)] ?? [] where fits(item, groups[candidate]) {
                        if let current = best {
                            let a = groups[candidate].interval?.length ?? Int.max
                            let b = groups[current].interval?.length ?? Int.max
                            if a < b || (a == b && candidate < current) { best = candidate }
                        } else {
                            best = candidate
                        }
                    }
                }
            }
            if let chosen = best {
                // Changed in place: a copy of the group would copy its sets on every join.
                let known = keys(of: groups[chosen])
                let newKeys = keys(item).filter { !known.contains($0) }
                groups[chosen].members.append(item.mention)
                groups[chosen].ids.formUnion(item.ids)
                groups[chosen].countries.formUnion(item.countries)
                if let place = item.place { groups[chosen].places.insert(place) }
                if let story = item.story { groups[chosen].stories.insert(story) }
                if groups[chosen].interval == nil { groups[chosen].interval = item.interval }
                register(chosen, keys: newKeys, interval: groups[chosen].interval, in: &index)
            } else {
                let group = Group(
                    family: item.family,
                    interval: item.interval,
                    ids: item.ids,
                    countries: item.countries,
                    places: item.place.map { [$0] } ?? [],
                    stories: item.story.map { [$0] } ?? [],
                    members: [item.mention]
                )
                groups.append(group)
                register(groups.count - 1, keys: keys(of: group), interval: group.interval, in: &index)
            }
        }
        var entries = groups.map { entry(from: $0.members.map { mentions[$0] }) }
        entries.sort { a, b in
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
        return entries
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
        let family = configuration.kindredTypes.first { $0.contains(event.type) }.map { $0.sorted().joined(separator: "+") }
            ?? event.type
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
        return Item(
            mention: index,
            family: family,
            interval: interval,
            stated: stated,
            ids: ids,
            countries: countries,
            place: event.place?.id,
            story: mention.storyID
        )
    }

    func keys(_ item: Item) -> [String] {
        if item.ids.isEmpty { return [item.family + "|@" + (item.place ?? "")] }
        return item.ids.map { item.family + "|" + $0 } + item.countries.map { item.family + "|c:" + $0 }
    }

    func keys(of group: Group) -> Set<String> {
        if group.ids.isEmpty { return Set(group.places.map { group.family + "|@" + $0 }).union([group.family + "|@"]) }
        return Set(group.ids.map { group.family + "|" + $0 } + group.countries.map { group.family + "|c:" + $0 })
    }

    /// Month-sized buckets (32 days) an interval touches, widened by the conflict window.
    func buckets(_ interval: DayInterval?) -> [Int] {
        guard let interval else { return [Int.min] }
        let low = (interval.lower - configuration.conflictWindowDays) >> 5
        let high = (interval.upper + configuration.conflictWindowDays) >> 5
        return Array(low...high)
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
