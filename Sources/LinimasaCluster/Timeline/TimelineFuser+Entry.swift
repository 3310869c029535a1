internal import LinimasaCore

extension TimelineFuser {
    /// The order in which an entry lists its members as sources: earliest published first,
    /// then by article and sentence.
    static func sourceOrder(_ members: [EventMention]) -> [Int] {
        members.indices.sorted { i, j in
            let a = members[i]
            let b = members[j]
            switch (a.published, b.published) {
            case (let x?, let y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return (a.article, a.event.sentence.start) < (b.article, b.event.sentence.start)
            }
        }
    }

    /// The entry of one group of mentions.
    func entry(from members: [EventMention]) -> TimelineEntry {
        let ordered = TimelineFuser.sourceOrder(members).map { members[$0] }
        let sources = TimelineEntry.Source.listing(ordered)
        // Independent reports: copies count with their original.
        var best: [String: Double] = [:]
        for mention in members { best[mention.original] = max(best[mention.original] ?? 0, mention.event.confidence) }
        let confidence = 1 - best.values.reduce(1) { $0 * (1 - min(max($1, 0), 1)) }

        let type = mostCommon(members.map(\.event.type)) ?? members[0].event.type
        let types = [type] + orderedUnique(members.map(\.event.type)).filter { $0 != type }
        let cameo = members.first { $0.event.type == type }?.event.cameo ?? ""
        let (date, stated, conflicts) = chooseDate(members)
        var allConflicts = conflicts
        let (place, placeConflict) = choosePlace(members)
        if let placeConflict { allConflicts.append(placeConflict) }
        let intervals = members.compactMap { mention -> DayInterval? in
            guard !stated || mention.event.time != nil else { return nil }
            return mention.event.date.flatMap { DayInterval(iso: $0) }
        }
        let dateFrom = intervals.map(\.lower).min().map { CalendarDate(daysSinceEpoch: $0).iso }
        let dateTo = intervals.map(\.upper).max().map { CalendarDate(daysSinceEpoch: $0).iso }
        let first = ordered[0]
        let key = type + "|" + (date ?? "") + "|" + first.article + "|" + String(first.event.sentence.start)
        return TimelineEntry(
            id: ContentHash.hex(ContentHash.fnv1a(key.utf8)),
            type: type,
            types: types,
            cameo: cameo,
            date: date,
            dateStated: stated,
            dateFrom: dateFrom,
            dateTo: dateTo,
            actors: mergeActors(members),
            place: place,
            sources: sources,
            sourceCount: sources.count,
            independentSources: best.count,
            confidence: confidence,
            conflicts: allConflicts,
            modality: mostCommon(members.map(\.event.modality)) ?? .asserted,
            storyIDs: orderedUnique(members.compactMap(\.storyID))
        )
    }

    /// The most precise stated date (the one most independent reports give), whether it is
    /// stated, and a conflict when stated dates exclude each other.
    func chooseDate(_ members: [EventMention]) -> (String?, Bool, [TimelineEntry.Conflict]) {
        var stated: [(value: String, interval: DayInterval, mention: EventMention)] = []
        for mention in members {
            guard mention.event.time != nil, let value = mention.event.date, let interval = DayInterval(iso: value) else {
                continue
            }
            stated.append((value, interval, mention))
        }
        guard !stated.isEmpty else {
            // Only publication dates: the earliest report's.
            let reported = members.compactMap(\.event.date).min()
            return (reported, false, [])
        }
        let precise = stated.map(\.interval.length).min()!  // stated is not empty
        var support: [String: Set<String>] = [:]
        var firstSeen: [String: CalendarDate] = [:]
        for item in stated {
            support[item.value, default: []].insert(item.mention.original)
            if let published = item.mention.published {
                firstSeen[item.value] = min(firstSeen[item.value] ?? published, published)
            }
        }
        let candidates = Set(stated.filter { $0.interval.length == precise }.map(\.value))
        let chosen = candidates.sorted { a, b in
            let sa = support[a]?.count ?? 0
            let sb = support[b]?.count ?? 0
            if sa != sb { return sa > sb }
            let fa = firstSeen[a]
            let fb = firstSeen[b]
            if fa != fb, let fa, let fb { return fa < fb }
            return a < b
        }[0]
        let chosenInterval = DayInterval(iso: chosen)!  // chosen parsed above
        // A conflict: stated values that neither hold nor lie within the chosen date.
        let disagreeing = orderedUnique(stated.map(\.value)).filter { value in
            guard value != chosen, let interval = DayInterval(iso: value) else { return false }
            return !(interval.contains(chosenInterval) || chosenInterval.contains(interval))
        }
        guard !disagreeing.isEmpty else { return (chosen, true, []) }
        let values = ([chosen] + disagreeing).map { value in
            TimelineEntry.Conflict.Value(value: value, articles: support[value].map { Array($0).sorted() } ?? [])
        }
        return (chosen, true, [TimelineEntry.Conflict(kind: .date, values: values)])
    }

    /// The place most independent reports give, and a conflict when reports name different places.
    func choosePlace(_ members: [EventMention]) -> (EntityReference?, TimelineEntry.Conflict?) {
        var support: [String: Set<String>] = [:]
        var references: [String: EntityReference] = [:]
        var order: [String] = []
        for mention in members {
            guard let place = mention.event.place else { continue }
            if references[place.id] == nil {
                references[place.id] = place
                order.append(place.id)
            }
            support[place.id, default: []].insert(mention.original)
        }
        guard !order.isEmpty else { return (nil, nil) }
        let ranked = order.enumerated().sorted { a, b in
            let sa = support[a.element]?.count ?? 0
            let sb = support[b.element]?.count ?? 0
            return sa != sb ? sa > sb : a.offset < b.offset
        }.map(\.element)
        let place = references[ranked[0]]
        guard ranked.count > 1 else { return (place, nil) }
        let values = ranked.map { id in
            TimelineEntry.Conflict.Value(value: references[id]?.name ?? id, articles: Array(support[id] ?? []).sorted())
        }
        return (place, TimelineEntry.Conflict(kind: .place, values: values))
    }

    /// Actors of all mentions, the most named first, each with the role most mentions give.
    func mergeActors(_ members: [EventMention]) -> [Event.Actor] {
        var order: [String] = []
        var actor: [String: Event.Actor] = [:]
        var count: [String: Int] = [:]
        var sourceVotes: [String: Int] = [:]
        for mention in members {
            for a in mention.event.actors {
                if actor[a.id] == nil {
                    actor[a.id] = a
                    order.append(a.id)
                }
                count[a.id, default: 0] += 1
                sourceVotes[a.id, default: 0] += a.role == .source ? 1 : -1
            }
        }
        return order.enumerated().sorted { a, b in
            let ca = count[a.element] ?? 0
            let cb = count[b.element] ?? 0
            return ca != cb ? ca > cb : a.offset < b.offset
        }.map { _, id in
            var merged = actor[id]!  // every id in order has an actor
            merged.role = (sourceVotes[id] ?? 0) >= 0 ? .source : .target
            return merged
        }
    }
}

/// The most frequent value, the first seen winning ties.
fileprivate func mostCommon<T: Hashable>(_ values: [T]) -> T? {
    var count: [T: Int] = [:]
    for value in values { count[value, default: 0] += 1 }
    var best: T?
    for value in values where best == nil || count[value]! > count[best!]! { best = value }  // both counted
    return best
}

/// Values without repeats, in first-seen order.
fileprivate func orderedUnique<T: Hashable>(_ values: [T]) -> [T] {
    var seen: Set<T> = []
    return values.filter { seen.insert($0).inserted }
}
