#if PostgreSQL
internal import Foundation
public import LinimasaCore
internal import Logging
internal import PostgresNIO

extension PostgresStore {
    public func articleSummaries(_ query: ArticleListQuery) async throws -> [ArticleSummary] {
        let logger = self.logger
        return try await reading("cannot list articles in") { connection in
            var ids: [String]?
            if let entity = query.entity {
                ids = try await PostgresStore.entityIDs(named: entity, on: connection, logger: logger)
                if ids?.isEmpty == true { return [] }
            }
            let rows = try await connection.query(
                """
                SELECT a.id, a.source, a.title, a.outlet, a.published, a.story_id, a.thread_id, a.duplicate_of
                FROM articles a
                WHERE (\(query.from?.iso)::text IS NULL OR a.published_date >= \(query.from?.iso))
                    AND (\(query.to?.iso)::text IS NULL OR a.published_date <= \(query.to?.iso))
                    AND (\(query.outlet)::text IS NULL OR lower(a.outlet) = lower(\(query.outlet)))
                    AND (\(query.story)::text IS NULL OR a.story_id = \(query.story))
                    AND (\(ids)::text[] IS NULL OR EXISTS (
                        SELECT 1 FROM article_entities ae WHERE ae.article = a.number AND ae.entity_id = ANY(\(ids))))
                ORDER BY a.published_date DESC NULLS LAST, a.published_minute DESC NULLS LAST, a.number DESC
                LIMIT \(max(0, query.limit)) OFFSET \(max(0, query.offset))
                """,
                logger: logger
            )
            let decoder = JSONDecoder()
            var out: [ArticleSummary] = []
            for try await (id, source, title, outlet, published, story, thread, duplicate) in rows.decode(
                (String, String, String?, String?, String?, String?, String?, String?).self
            ) {
                out.append(
                    ArticleSummary(
                        id: id,
                        source: source,
                        title: title,
                        outlet: outlet,
                        published: published.flatMap { try? decoder.decode(PublishedDate.self, from: Data($0.utf8)) },
                        storyID: story,
                        threadID: thread,
                        duplicateOf: duplicate
                    )
                )
            }
            return out
        }
    }

    public func outlets() async throws -> [OutletCount] {
        let logger = self.logger
        return try await reading("cannot list the outlets in") { connection in
            let rows = try await connection.query(
                """
                SELECT min(outlet), count(*) AS n FROM articles WHERE outlet IS NOT NULL
                GROUP BY lower(outlet) ORDER BY n DESC, min(outlet)
                """,
                logger: logger
            )
            var out: [OutletCount] = []
            for try await (outlet, count) in rows.decode((String, Int).self) {
                out.append(OutletCount(outlet: outlet, articles: count))
            }
            return out
        }
    }

    public func entityIDs(named name: String) async throws -> [String] {
        let logger = self.logger
        return try await reading("cannot look up entity '\(name)' in") { connection in
            try await PostgresStore.entityIDs(named: name, on: connection, logger: logger)
        }
    }

    /// Reads the documents of the articles that can hold matching mentions (as the SQLite store:
    /// the entity's articles and the other articles of their stories; the story's; the
    /// outlet's), and takes their events, by the years of the date range.
    public func eventMentions(_ query: EventMentionQuery) async throws -> [EventMention] {
        let logger = self.logger
        return try await reading("cannot read the events in") { connection in
            if let ids = query.entityIDs, ids.isEmpty { return [] }
            let rows = try await connection.query(
                """
                SELECT a.document, a.story_id, a.duplicate_of FROM articles a
                WHERE a.event_count > 0
                    AND (\(query.story)::text IS NULL OR a.story_id = \(query.story))
                    AND (\(query.outlet)::text IS NULL OR lower(a.outlet) = lower(\(query.outlet)))
                    AND (\(query.entityIDs)::text[] IS NULL OR a.number IN (
                        SELECT ae.article FROM article_entities ae WHERE ae.entity_id = ANY(\(query.entityIDs))
                        UNION SELECT s.number FROM articles s WHERE s.story_id IN (
                            SELECT a2.story_id FROM articles a2 JOIN article_entities ae2 ON ae2.article = a2.number
                            WHERE a2.story_id IS NOT NULL AND ae2.entity_id = ANY(\(query.entityIDs)))))
                ORDER BY a.number DESC
                """,
                logger: logger
            )
            let decoder = JSONDecoder()
            let lowYear = query.from.map { String($0.year) }
            let highYear = query.to.map { String($0.year + 1) }
            var out: [EventMention] = []
            for try await (document, story, duplicate) in rows.decode((String, String?, String?).self) {
                let analyzed = try decoder.decode(AnalyzedArticle.self, from: Data(document.utf8))
                for mention in EventMention.mentions(of: analyzed, duplicateOf: duplicate, storyID: story) {
                    // The same year bounds as the SQLite store's index range.
                    if lowYear != nil || highYear != nil {
                        guard let date = mention.event.date else { continue }
                        if let lowYear, date < lowYear { continue }
                        if let highYear, date >= highYear { continue }
                    }
                    out.append(mention)
                }
            }
            return Array(out.prefix(max(0, query.limit)))
        }
    }
}
#endif
