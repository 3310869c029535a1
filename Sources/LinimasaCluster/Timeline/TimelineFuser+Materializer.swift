internal import Foundation
public import LinimasaCore

/// The fuser as a store's ``TimelineMaterializer``: a store keeps the entries fused here and
/// reads them back with ``TimelineEntry/kept(_:)``.
extension TimelineFuser: TimelineMaterializer {
    /// The entry format (raise it when ``TimelineEntry`` changes) and the configuration.
    public var version: String {
        let kindred = configuration.kindredTypes.map { $0.sorted().joined(separator: "+") }.sorted().joined(separator: ",")
        return "entry-2 kindred=\(kindred) window=\(configuration.conflictWindowDays) lookback=\(configuration.reportedLookbackDays)"
            + " negated=\(configuration.includeNegated) unasserted=\(configuration.includeUnasserted) future=\(configuration.includeFuture)"
    }

    public func family(of type: String) -> String {
        configuration.kindredTypes.first { $0.contains(type) }.map { $0.sorted().joined(separator: "+") } ?? type
    }

    public func joinKeys(of mention: EventMention) -> [String] {
        guard keeps(mention.event) else { return [] }
        let item = prepare(mention, 0)
        return buckets(item.interval).flatMap { bucket in item.keys.map { TimelineFuser.joinKey($0, bucket) } }
    }

    public func entries(fusing mentions: [EventMention]) throws -> [MaterializedEntry] {
        let encoder = JSONEncoder()
        return try groups(of: mentions).map { group in
            let members = group.members.map { mentions[$0] }
            let order = TimelineFuser.sourceOrder(members)
            var entry = entry(from: members)
            let interval = entry.date.flatMap { DayInterval(iso: $0) }
            var entityIDs = entry.actors.map(\.id)
            if let place = entry.place { entityIDs.append(place.id) }
            let spots = buckets(group.interval)
            // Kept without sources (the store reads them from the members), and with at most
            // `keptListLimit` article ids per conflict value and story ids: a page decodes
            // the entry whole, and an event of wide reach has hundreds of each.
            entry.sources = []
            entry = entry.trimmed(to: TimelineFuser.keptListLimit)
            return MaterializedEntry(
                id: entry.id,
                type: entry.type,
                dateLower: interval?.lower,
                dateUpper: interval?.upper,
                month: entry.month,
                entityIDs: entityIDs,
                outlets: Array(Set(members.compactMap(\.outlet))).sorted(),
                storyIDs: entry.storyIDs,
                joinKeys: group.keys.flatMap { key in spots.map { TimelineFuser.joinKey(key, $0) } },
                members: order.map { group.members[$0] },
                json: String(decoding: try encoder.encode(entry), as: UTF8.self)
            )
        }
    }

    /// The most article ids per conflict value, and story ids, a kept entry holds.
    static let keptListLimit = 100

    /// An index key with its month bucket, as a store keeps it.
    static func joinKey(_ key: String, _ bucket: Int) -> String {
        bucket == Int.min ? key + "#-" : key + "#" + String(bucket)
    }
}

extension TimelineEntry {
    /// The entries a store kept (``MaterializedEntry/json``), each with the sources it read for it.
    public static func kept(_ items: [MaterializedTimelinePage.Item]) throws -> [TimelineEntry] {
        let decoder = JSONDecoder()
        return try items.map { item in
            var entry = try decoder.decode(TimelineEntry.self, from: Data(item.json.utf8))
            entry.sources = TimelineEntry.Source.listing(item.sources)
            entry.sourceCount = item.sourceCount
            return entry
        }
    }
}
