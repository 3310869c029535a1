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

    /// The timeline of stored articles: their events fused across sources, filtered by `query`.
    ///
    /// The store reads only the mentions that can matter (the entity's articles, the story's,
    /// the outlet's, the years of the date range); syndicated copies count once, by the
    /// duplicates the stories recorded. An entity the store does not know gives no entries.
    ///
    /// - Complexity: O(*m* log *m*) in the *m* mentions read, not in the size of the store.
    public static func timeline(
        in store: any ArticleStore,
        query: TimelineQuery,
        limit: Int = 200_000
    ) async throws -> [TimelineEntry] {
        var query = query
        var ids: [String]?
        if let entity = query.entity {
            let known = try await store.entityIDs(named: entity)
            guard !known.isEmpty else { return [] }
            ids = known
            query.entityIDs = known
        }
        let mentions = try await store.eventMentions(
            EventMentionQuery(
                entityIDs: ids,
                from: query.from,
                to: query.to,
                story: query.story,
                outlet: query.outlet,
                limit: limit
            )
        )
        return query.apply(to: TimelineFuser().fuse(mentions))
    }
}
