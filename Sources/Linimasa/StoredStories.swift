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
    /// Articles are read by the query's dates (or its story); syndicated copies count once,
    /// using the duplicates the stories record.
    public static func timeline(
        in store: any ArticleStore,
        query: TimelineQuery,
        limit: Int = 100_000
    ) async throws -> [TimelineEntry] {
        let articles: [AnalyzedArticle]
        var storyOf: [String: String] = [:]
        var duplicateOf: [String: String] = [:]
        if let storyID = query.story {
            articles = try await store.articles(inStory: storyID)
            for article in articles { storyOf[article.article.id] = storyID }
            if let record = try await store.story(id: storyID), let story = story(of: record) {
                for (id, match) in story.duplicates { duplicateOf[id] = match.articleID }
            }
        } else {
            articles = try await store.articles(from: nil, to: query.to, limit: limit)
            for record in try await store.stories(from: nil, to: query.to, entity: nil, limit: limit) {
                guard let story = story(of: record) else { continue }
                for id in story.articleIDs { storyOf[id] = story.id }
                for (id, match) in story.duplicates { duplicateOf[id] = match.articleID }
            }
        }
        let mentions = articles.flatMap { analyzed in
            EventMention.mentions(
                of: analyzed,
                duplicateOf: duplicateOf[analyzed.article.id],
                storyID: storyOf[analyzed.article.id]
            )
        }
        return query.apply(to: TimelineFuser().fuse(mentions))
    }
}
