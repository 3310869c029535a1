internal import GRDB
public import LinimasaCore

extension SQLiteStore {
    public func entityProfile(named name: String, quoteLimit: Int) async throws -> EntityProfile? {
        try await reading("cannot read entity '\(name)' from") { db in
            guard let id = try SQLiteStore.entityIDs(named: name, in: db).first,
                let entity = try Row.fetchOne(
                    db,
                    sql: "SELECT name, type, wikidata FROM entities WHERE id = ?",
                    arguments: [id]
                )
            else { return nil }
            let aliases = try Row.fetchAll(
                db,
                sql:
                    "SELECT alias, mentions FROM entity_aliases WHERE entity_id = ? ORDER BY mentions DESC, alias LIMIT 20",
                arguments: [id]
            ).map { EntityProfile.Alias(text: $0[0], mentions: $0[1]) }
            let totals = try Row.fetchOne(
                db,
                sql: "SELECT count(*), coalesce(sum(mentions), 0) FROM article_entities WHERE entity_id = ?",
                arguments: [id]
            )
            let months = try Row.fetchAll(
                db,
                sql: """
                    SELECT coalesce(substr(a.published_date, 1, 7), 'undated') AS month, count(*), sum(ae.mentions)
                    FROM article_entities ae JOIN articles a ON a.number = ae.article
                    WHERE ae.entity_id = ? GROUP BY month ORDER BY month = 'undated', month
                    """,
                arguments: [id]
            ).map { EntityProfile.Month(month: $0[0], articles: $0[1], mentions: $0[2]) }
            let neighbours = try Row.fetchAll(
                db,
                sql: """
                    SELECT o.entity_id, e.name, e.type, count(*) AS shared
                    FROM article_entities ae
                    JOIN article_entities o ON o.article = ae.article AND o.entity_id != ae.entity_id
                    JOIN entities e ON e.id = o.entity_id
                    WHERE ae.entity_id = ? GROUP BY o.entity_id ORDER BY shared DESC, e.name LIMIT 10
                    """,
                arguments: [id]
            ).map { row in
                EntityProfile.Neighbour(
                    id: row[0],
                    name: row[1],
                    type: EntityType(rawValue: row[2]) ?? .organization,
                    articles: row[3]
                )
            }
            let quotes = try SQLiteStore.quotes(
                QuoteQuery(speaker: nil, limit: max(0, quoteLimit)),
                speakerIDs: [id],
                speakerName: nil,
                in: db
            )
            return EntityProfile(
                id: id,
                name: entity[0],
                type: EntityType(rawValue: entity[1]) ?? .organization,
                wikidata: entity[2],
                aliases: aliases,
                articles: totals?[0] ?? 0,
                mentions: totals?[1] ?? 0,
                months: months,
                cooccurring: neighbours,
                latestQuotes: quotes
            )
        }
    }

    public func quotes(_ query: QuoteQuery) async throws -> [StoredQuote] {
        try await reading("cannot read quotes from") { db in
            guard let speaker = query.speaker else {
                return try SQLiteStore.quotes(query, speakerIDs: nil, speakerName: nil, in: db)
            }
            let ids = try SQLiteStore.entityIDs(named: speaker, in: db)
            return try SQLiteStore.quotes(query, speakerIDs: ids, speakerName: speaker, in: db)
        }
    }

    /// Quotes by any of `speakerIDs` or, when given, by a speaker written `speakerName`;
    /// everyone's when `speakerIDs` is `nil`. Newest article first.
    static func quotes(
        _ query: QuoteQuery,
        speakerIDs: [String]?,
        speakerName: String?,
        in db: Database
    ) throws
        -> [StoredQuote]
    {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let speakerIDs {
            var alternatives: [String] = []
            if !speakerIDs.isEmpty {
                alternatives.append(
                    "q.speaker_id IN (" + SQLiteStore.placeholders(speakerIDs.count) + ")"
                )
                arguments += StatementArguments(speakerIDs)
            }
            if let speakerName {
                alternatives.append("q.speaker_name = ? COLLATE NOCASE")
                arguments += [speakerName]
            }
            if alternatives.isEmpty { return [] }
            conditions.append("(" + alternatives.joined(separator: " OR ") + ")")
        }
        if !query.includeTerms { conditions.append("q.kind = 'statement'") }
        if let from = query.from {
            conditions.append("a.published_date >= ?")
            arguments += [from.iso]
        }
        if let to = query.to {
            conditions.append("a.published_date <= ?")
            arguments += [to.iso]
        }
        arguments += [max(0, query.limit)]
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT q.start, q."end", q.text, q.direct, q.kind, q.speaker_id, q.speaker_name, q.via, q.note,
                        a.id, a.title, a.outlet, a.published_date, a.published_minute, a.published_offset,
                        a.published_precision, a.published_source, a.source
                    FROM quotes q JOIN articles a ON a.number = q.article \(filter)
                    ORDER BY a.published_date IS NULL, a.published_date DESC, a.published_minute DESC, q.number DESC
                    LIMIT ?
                    """
            ),
            arguments: arguments
        ).map { row in
            StoredQuote(
                quote: quote(row),
                articleID: row[9],
                title: row[10],
                outlet: row[11],
                published: publishedDate(row, at: 12),
                source: row[17]
            )
        }
    }
}
