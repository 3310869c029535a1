#if PostgreSQL
internal import Foundation
public import LinimasaCore
internal import LinimasaStorage
internal import Logging
internal import PostgresNIO

extension PostgresStore {
    // MARK: Articles

    public func article(id: String) async throws -> AnalyzedArticle? {
        try await documents("cannot read article \(id) from", "SELECT document FROM articles WHERE id = \(id)").first
    }

    public func articles(from: CalendarDate?, to: CalendarDate?, limit: Int) async throws -> [AnalyzedArticle] {
        try await documents(
            "cannot read articles from",
            """
            SELECT document FROM articles WHERE published_date IS NOT NULL
                AND (\(from?.iso)::text IS NULL OR published_date >= \(from?.iso))
                AND (\(to?.iso)::text IS NULL OR published_date <= \(to?.iso))
            ORDER BY published_date, published_minute NULLS FIRST, number LIMIT \(max(0, limit))
            """
        )
    }

    public func articles(inStory storyID: String) async throws -> [AnalyzedArticle] {
        try await documents(
            "cannot read story \(storyID) from",
            """
            SELECT document FROM articles WHERE story_id = \(storyID)
            ORDER BY published_date NULLS LAST, published_minute NULLS FIRST, number
            """
        )
    }

    /// The articles whose `document` the query's rows carry.
    func documents(_ doing: String, _ query: PostgresQuery) async throws -> [AnalyzedArticle] {
        let logger = self.logger
        return try await reading(doing) { connection in
            let decoder = JSONDecoder()
            var out: [AnalyzedArticle] = []
            for try await text in try await connection.query(query, logger: logger).decode(String.self) {
                out.append(try decoder.decode(AnalyzedArticle.self, from: Data(text.utf8)))
            }
            return out
        }
    }

    public func statistics() async throws -> StoreStatistics {
        let logger = self.logger
        return try await reading("cannot count what is in") { connection in
            let rows = try await connection.query(
                """
                SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM entities),
                    (SELECT coalesce(sum(mention_count), 0)::bigint FROM articles), (SELECT count(*) FROM quotes),
                    (SELECT coalesce(sum(event_count), 0)::bigint FROM articles), (SELECT count(*) FROM stories),
                    (SELECT count(*) FROM ingest_runs)
                """,
                logger: logger
            )
            for try await (a, e, m, q, v, s, r) in rows.decode((Int, Int, Int, Int, Int, Int, Int).self) {
                return StoreStatistics(articles: a, entities: e, mentions: m, quotes: q, events: v, stories: s, runs: r)
            }
            return StoreStatistics(articles: 0, entities: 0, mentions: 0, quotes: 0, events: 0, stories: 0, runs: 0)
        }
    }

    public func story(id: String) async throws -> StoryRecord? {
        let logger = self.logger
        return try await reading("cannot read story \(id) from") { connection in
            let rows = try await connection.query(
                "SELECT headline, first_date, last_date, summary FROM stories WHERE id = \(id)",
                logger: logger
            )
            for try await (headline, first, last, summary) in rows.decode((String, String?, String?, String?).self) {
                return StoryRecord(
                    id: id,
                    headline: headline,
                    firstDate: first.flatMap { CalendarDate(iso: $0) },
                    lastDate: last.flatMap { CalendarDate(iso: $0) },
                    summaryJSON: summary
                )
            }
            return nil
        }
    }

    public func stories(
        from: CalendarDate?,
        to: CalendarDate?,
        entity: String?,
        limit: Int
    ) async throws
        -> [StoryRecord]
    {
        let logger = self.logger
        return try await reading("cannot list stories in") { connection in
            var ids: [String]?
            if let entity {
                ids = try await PostgresStore.entityIDs(named: entity, on: connection, logger: logger)
                if ids?.isEmpty == true { return [] }
            }
            let rows = try await connection.query(
                """
                SELECT id, headline, first_date, last_date, summary FROM stories s
                WHERE (\(from?.iso)::text IS NULL OR coalesce(s.last_date, s.first_date) >= \(from?.iso))
                    AND (\(to?.iso)::text IS NULL OR s.first_date <= \(to?.iso))
                    AND (\(ids)::text[] IS NULL OR EXISTS (
                        SELECT 1 FROM articles a JOIN article_entities ae ON ae.article = a.number
                        WHERE a.story_id = s.id AND ae.entity_id = ANY(\(ids))))
                ORDER BY s.first_date IS NULL, s.first_date DESC, s.id COLLATE "C" LIMIT \(max(0, limit))
                """,
                logger: logger
            )
            var out: [StoryRecord] = []
            for try await (id, headline, first, last, summary) in rows.decode(
                (String, String, String?, String?, String?).self
            ) {
                out.append(
                    StoryRecord(
                        id: id,
                        headline: headline,
                        firstDate: first.flatMap { CalendarDate(iso: $0) },
                        lastDate: last.flatMap { CalendarDate(iso: $0) },
                        summaryJSON: summary
                    )
                )
            }
            return out
        }
    }

    // MARK: Search

    /// Ranks every match with `ts_rank_cd` (title words weigh three times body
    /// words), best first, then newest; snippets are made in Swift for the page
    /// only, marking the words that match by stem or prefix.
    public func search(_ query: SearchQuery) async throws -> [SearchHit] {
        let terms = self.terms
        let syntax = try SearchSyntax(query.text) { !terms.words(in: $0).isEmpty }
        guard query.limit > 0 else { return [] }
        let tsquery = terms.query(syntax)
        let matcher = terms.matcher(syntax)
        let logger = self.logger
        let entityIDs: [String]?
        if let entity = query.entity {
            entityIDs = try await reading("cannot search") { connection in
                try await PostgresStore.entityIDs(named: entity, on: connection, logger: logger)
            }
            if entityIDs?.isEmpty == true { return [] }
        } else {
            entityIDs = nil
        }
        return try await reading("cannot search") { connection in
            let rows = try await connection.query(
                """
                SELECT a.id, a.source, a.title, a.outlet, a.published, a.story_id, a.document,
                    ts_rank_cd('{0.1, 0.1, 0.1, 0.3}', a.search, q.query)::float8 AS score
                FROM articles a, (SELECT \(tsquery)::tsquery AS query) q
                WHERE a.search @@ q.query
                    AND (\(query.from?.iso)::text IS NULL OR a.published_date >= \(query.from?.iso))
                    AND (\(query.to?.iso)::text IS NULL OR a.published_date <= \(query.to?.iso))
                    AND (\(query.outlet)::text IS NULL OR lower(a.outlet) = lower(\(query.outlet)))
                    AND (\(entityIDs)::text[] IS NULL OR EXISTS (
                        SELECT 1 FROM article_entities ae WHERE ae.article = a.number AND ae.entity_id = ANY(\(entityIDs))))
                ORDER BY score DESC, a.number DESC LIMIT \(query.limit) OFFSET \(max(0, query.offset))
                """,
                logger: logger
            )
            let decoder = JSONDecoder()
            let words = min(64, max(1, query.snippetWords))
            var hits: [SearchHit] = []
            for try await (id, source, title, outlet, published, story, document, score) in rows.decode(
                (String, String, String?, String?, String?, String?, String, Double).self
            ) {
                let body = (try? decoder.decode(AnalyzedArticle.self, from: Data(document.utf8)))?.article.body ?? ""
                let snippet =
                    terms.snippet(body, matcher: matcher, size: words, marks: query.marks)
                    ?? title.flatMap { terms.snippet($0, matcher: matcher, size: words, marks: query.marks) }
                    ?? ""
                hits.append(
                    SearchHit(
                        articleID: id,
                        source: source,
                        title: title,
                        outlet: outlet,
                        published: published.flatMap { try? decoder.decode(PublishedDate.self, from: Data($0.utf8)) },
                        snippet: snippet,
                        score: score,
                        storyID: story
                    )
                )
            }
            return hits
        }
    }

    /// The ids of entities called `name`: an id, a canonical name or an alias seen,
    /// compared case-insensitively, most mentioned first.
    static func entityIDs(
        named name: String,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws
        -> [String]
    {
        var ids: [String] = []
        for try await id in try await connection.query(
            """
            SELECT id FROM (
                SELECT id, 3 AS quality FROM entities WHERE id = \(name)
                UNION ALL SELECT id, 2 FROM entities WHERE lower(name) = lower(\(name))
                UNION ALL SELECT entity_id, 1 FROM entity_aliases WHERE lower(alias) = lower(\(name))
            ) found
            GROUP BY id
            ORDER BY max(quality) DESC,
                (SELECT count(*) FROM article_entities ae WHERE ae.entity_id = found.id) DESC, id COLLATE "C"
            """,
            logger: logger
        ).decode(String.self) {
            ids.append(id)
        }
        return ids
    }

    // MARK: Entities and quotes

    public func entityProfile(named name: String, quoteLimit: Int) async throws -> EntityProfile? {
        let logger = self.logger
        return try await reading("cannot read entity '\(name)' from") { connection in
            guard let id = try await PostgresStore.entityIDs(named: name, on: connection, logger: logger).first else {
                return nil
            }
            var entity: (String, String, String?)?
            for try await row in try await connection.query(
                "SELECT name, type, wikidata FROM entities WHERE id = \(id)",
                logger: logger
            ).decode((String, String, String?).self) {
                entity = row
            }
            guard let entity else { return nil }
            var aliases: [EntityProfile.Alias] = []
            for try await (text, mentions) in try await connection.query(
                """
                SELECT alias, mentions FROM entity_aliases WHERE entity_id = \(id)
                ORDER BY mentions DESC, alias COLLATE "C" LIMIT 20
                """,
                logger: logger
            ).decode((String, Int).self) {
                aliases.append(EntityProfile.Alias(text: text, mentions: mentions))
            }
            var totals = (0, 0)
            for try await row in try await connection.query(
                """
                SELECT count(*), coalesce(sum(mentions), 0)::bigint FROM article_entities WHERE entity_id = \(id)
                """,
                logger: logger
            ).decode((Int, Int).self) {
                totals = row
            }
            var months: [EntityProfile.Month] = []
            for try await (month, articles, mentions) in try await connection.query(
                """
                SELECT month, articles, mentions FROM (
                    SELECT coalesce(substr(a.published_date, 1, 7), 'undated') AS month, count(*) AS articles,
                        sum(ae.mentions)::bigint AS mentions
                    FROM article_entities ae JOIN articles a ON a.number = ae.article
                    WHERE ae.entity_id = \(id) GROUP BY 1
                ) m ORDER BY month = 'undated', month COLLATE "C"
                """,
                logger: logger
            ).decode((String, Int, Int).self) {
                months.append(EntityProfile.Month(month: month, articles: articles, mentions: mentions))
            }
            var neighbours: [EntityProfile.Neighbour] = []
            for try await (other, otherName, type, shared) in try await connection.query(
                """
                SELECT o.entity_id, e.name, e.type, count(*) AS shared
                FROM article_entities ae
                JOIN article_entities o ON o.article = ae.article AND o.entity_id <> ae.entity_id
                JOIN entities e ON e.id = o.entity_id
                WHERE ae.entity_id = \(id) GROUP BY o.entity_id, e.name, e.type
                ORDER BY shared DESC, e.name COLLATE "C" LIMIT 10
                """,
                logger: logger
            ).decode((String, String, String, Int).self) {
                neighbours.append(
                    EntityProfile.Neighbour(
                        id: other,
                        name: otherName,
                        type: EntityType(rawValue: type) ?? .organization,
                        articles: shared
                    )
                )
            }
            let quotes = try await PostgresStore.quotes(
                QuoteQuery(limit: max(0, quoteLimit)),
                speakerIDs: [id],
                speakerName: nil,
                on: connection,
                logger: logger
            )
            return EntityProfile(
                id: id,
                name: entity.0,
                type: EntityType(rawValue: entity.1) ?? .organization,
                wikidata: entity.2,
                aliases: aliases,
                articles: totals.0,
                mentions: totals.1,
                months: months,
                cooccurring: neighbours,
                latestQuotes: quotes
            )
        }
    }

    public func quotes(_ query: QuoteQuery) async throws -> [StoredQuote] {
        let logger = self.logger
        return try await reading("cannot read quotes from") { connection in
            guard let speaker = query.speaker else {
                return try await PostgresStore.quotes(
                    query,
                    speakerIDs: nil,
                    speakerName: nil,
                    on: connection,
                    logger: logger
                )
            }
            let ids = try await PostgresStore.entityIDs(named: speaker, on: connection, logger: logger)
            return try await PostgresStore.quotes(
                query,
                speakerIDs: ids,
                speakerName: speaker,
                on: connection,
                logger: logger
            )
        }
    }

    /// Quotes by any of `speakerIDs` or, when given, by a speaker written `speakerName`;
    /// everyone's when `speakerIDs` is `nil`. Newest article first.
    static func quotes(
        _ query: QuoteQuery,
        speakerIDs: [String]?,
        speakerName: String?,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws -> [StoredQuote] {
        if let speakerIDs, speakerIDs.isEmpty, speakerName == nil { return [] }
        let everyone = speakerIDs == nil
        let ids = speakerIDs ?? []
        let rows = try await connection.query(
            """
            SELECT q.quote, a.id, a.title, a.outlet, a.published, a.source
            FROM quotes q JOIN articles a ON a.number = q.article
            WHERE (\(everyone) OR q.speaker_id = ANY(\(ids)::text[])
                    OR (\(speakerName)::text IS NOT NULL AND lower(q.speaker_name) = lower(\(speakerName))))
                AND (\(query.includeTerms) OR q.kind = 'statement')
                AND (\(query.from?.iso)::text IS NULL OR a.published_date >= \(query.from?.iso))
                AND (\(query.to?.iso)::text IS NULL OR a.published_date <= \(query.to?.iso))
            ORDER BY a.published_date DESC NULLS LAST, a.published_minute DESC NULLS LAST, q.number DESC
            LIMIT \(max(0, query.limit))
            """,
            logger: logger
        )
        let decoder = JSONDecoder()
        var out: [StoredQuote] = []
        for try await (quote, id, title, outlet, published, source) in rows.decode(
            (String, String, String?, String?, String?, String).self
        ) {
            out.append(
                StoredQuote(
                    quote: try decoder.decode(Quote.self, from: Data(quote.utf8)),
                    articleID: id,
                    title: title,
                    outlet: outlet,
                    published: published.flatMap { try? decoder.decode(PublishedDate.self, from: Data($0.utf8)) },
                    source: source
                )
            )
        }
        return out
    }
}
#endif
