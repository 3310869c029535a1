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
