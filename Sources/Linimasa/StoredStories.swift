internal import Foundation
public import LinimasaCluster
public import LinimasaCore

/// Stories and timelines read back from a store.
///
/// A story's stored summary (``StoryRecord/summaryJSON``) holds the whole
/// ``Story``: its articles, outlets, top entities, summary sentences and the
/// duplicates found in it.
public enum StoredStories {
    /// The full story of a stored record, when its summary decodes.
    public static func story(of record: StoryRecord) -> Story? {
        guard let json = record.summaryJSON else { return nil }
        return try? JSONDecoder().decode(Story.self, from: Data(json.utf8))
    }

    /// The story stored under `id`, following merges: a story merged into another is kept as a
    /// marker pointing to the survivor, so an old id still finds its story.
    public static func story(id: String, in store: any ArticleStore) async throws -> (record: StoryRecord, story: Story?)? {
        var current = id
        for _ in 0..<8 {
            guard let record = try await store.story(id: current) else { return nil }
            let story = story(of: record)
            guard let survivor = story?.mergedInto, survivor != current else { return (record, story) }
            current = survivor
        }
        return nil
    }

    /// Stored stories as ``ArticleStore/stories(from:to:entity:limit:)`` lists them, each with
    /// its decoded ``Story`` when the summary decodes, without the markers merged stories leave.
    public static func stories(
        in store: any ArticleStore,
        from: CalendarDate?,
        to: CalendarDate?,
        entity: String?,
        limit: Int
    ) async throws -> [(record: StoryRecord, story: Story?)] {
        // Markers have no dates, so they sort after every dated story: ask for a few more.
        let records = try await store.stories(from: from, to: to, entity: entity, limit: limit + 64)
        let decoded = records.map { (record: $0, story: story(of: $0)) }
        return Array(decoded.filter { $0.story?.mergedInto == nil }.prefix(limit))
    }

    /// A page of the timeline of stored articles: their events fused across sources, filtered
    /// by `query`.
    ///
    /// A store that keeps its timeline fused (the SQLite store, refreshed after every ingest run)
    /// answers from it by index, in milliseconds whatever its size. Otherwise, or while articles
    /// are pending (an ingest run is writing, or one stopped before its refresh), the timeline
    /// is fused now from the mentions that can matter: the entity's articles and the other
    /// articles of their stories, the story's, the outlet's, the years of the date range.
    /// Syndicated copies count once either way. An entity the store does not know gives no
    /// entries.
    ///
    /// - Parameters:
    ///   - offset: Entries to skip, in timeline order.
    ///   - limit: At most this many entries.
    ///   - sourceLimit: At most this many sources per entry, the earliest published first, and
    ///     as many article ids per conflict value and story ids (``TimelineEntry/trimmed(to:)``;
    ///     the counts keep the whole numbers).
    public static func timeline(
        in store: any ArticleStore,
        query: TimelineQuery,
        offset: Int = 0,
        limit: Int = .max,
        sourceLimit: Int = .max
    ) async throws -> TimelineSlice {
        var query = query
        var ids: [String]?
        if let entity = query.entity {
            let known = try await store.entityIDs(named: entity)
            guard !known.isEmpty else { return TimelineSlice(entries: [], total: 0, months: [], fusedAtQueryTime: false) }
            ids = known
            query.entityIDs = known
        }
        let kept = MaterializedTimelineQuery(
            version: TimelineFuser().version,
            entityIDs: ids,
            fromDay: query.from?.daysSinceEpoch,
            toDay: query.to?.daysSinceEpoch,
            story: query.story,
            outlet: query.outlet,
            datedOnly: query.datedOnly,
            offset: offset,
            limit: limit,
            sourceLimit: sourceLimit
        )
        if let page = try await store.materializedTimeline(kept) {
            return TimelineSlice(
                entries: try TimelineEntry.kept(page.items).map { $0.trimmed(to: sourceLimit) },
                total: page.total,
                months: page.months,
                fusedAtQueryTime: false
            )
        }
        let mentions = try await store.eventMentions(
            EventMentionQuery(entityIDs: ids, from: query.from, to: query.to, story: query.story, outlet: query.outlet)
        )
        let entries = query.apply(to: TimelineFuser().fuse(mentions))
        var counts: [String: Int] = [:]
        for entry in entries { if let month = entry.month { counts[month, default: 0] += 1 } }
        let page = entries.dropFirst(max(0, offset)).prefix(max(0, limit)).map { $0.trimmed(to: sourceLimit) }
        return TimelineSlice(
            entries: page,
            total: entries.count,
            months: counts.keys.sorted().map { (month: $0, entries: counts[$0]!) },  // counted above
            fusedAtQueryTime: true
        )
    }
}

/// A page of a timeline, with the size of the whole answer.
public struct TimelineSlice: Sendable {
    /// The page's entries, in timeline order.
    public var entries: [TimelineEntry]
    /// Entries in the whole answer.
    public var total: Int
    /// Entries of the whole answer per month (``TimelineEntry/month``), in month order.
    public var months: [(month: String, entries: Int)]
    /// Whether the answer was fused at query time (costly) rather than read from the entries the
    /// store keeps fused.
    public var fusedAtQueryTime: Bool

    public init(entries: [TimelineEntry], total: Int, months: [(month: String, entries: Int)], fusedAtQueryTime: Bool) {
        self.entries = entries
        self.total = total
        self.months = months
        self.fusedAtQueryTime = fusedAtQueryTime
    }
}
