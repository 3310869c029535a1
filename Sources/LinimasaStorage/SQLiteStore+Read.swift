internal import Foundation
internal import GRDB
public import LinimasaCore

extension SQLiteStore {
    /// The article columns ``analyzedArticle(_:in:)`` reads, in its order.
    static let articleColumns = """
        number, id, source, title, outlet, dateline, dateline_text, authors, editors,
        published_date, published_minute, published_offset, published_precision, published_source,
        language, body, paragraphs, sentences, warnings
        """

    public func article(id: String) async throws -> AnalyzedArticle? {
        try await reading("cannot read article \(id) from") { db in
            try Row.fetchOne(
                db.cachedStatement(sql: "SELECT \(SQLiteStore.articleColumns) FROM articles WHERE id = ?"),
                arguments: [id]
            ).map { try SQLiteStore.analyzedArticle($0, in: db) }
        }
    }

    public func articles(from: CalendarDate?, to: CalendarDate?, limit: Int) async throws -> [AnalyzedArticle] {
        try await reading("cannot read articles from") { db in
            var sql = "SELECT \(SQLiteStore.articleColumns) FROM articles WHERE published_date IS NOT NULL"
            var arguments: StatementArguments = []
            if let from {
                sql += " AND published_date >= ?"
                arguments += [from.iso]
            }
            if let to {
                sql += " AND published_date <= ?"
                arguments += [to.iso]
            }
            sql += " ORDER BY published_date, published_minute, number LIMIT ?"
            arguments += [max(0, limit)]
            return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map {
                try SQLiteStore.analyzedArticle($0, in: db)
            }
        }
    }

    public func articles(inStory storyID: String) async throws -> [AnalyzedArticle] {
        try await reading("cannot read story \(storyID) from") { db in
            try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT \(SQLiteStore.articleColumns) FROM articles WHERE story_id = ?
                        ORDER BY published_date IS NULL, published_date, published_minute, number
                        """
                ),
                arguments: [storyID]
            ).map { try SQLiteStore.analyzedArticle($0, in: db) }
        }
    }

    public func story(id: String) async throws -> StoryRecord? {
        try await reading("cannot read story \(id) from") { db in
            try Row.fetchOne(
                db,
                sql: "SELECT id, headline, first_date, last_date, summary FROM stories WHERE id = ?",
                arguments: [id]
            ).map { row in
                StoryRecord(
                    id: row[0],
                    headline: row[1],
                    firstDate: (row[2] as String?).flatMap { CalendarDate(iso: $0) },
                    lastDate: (row[3] as String?).flatMap { CalendarDate(iso: $0) },
                    summaryJSON: row[4]
                )
            }
        }
    }

    public func stories(from: CalendarDate?, to: CalendarDate?, entity: String?, limit: Int) async throws
        -> [StoryRecord]
    {
        try await reading("cannot list stories in") { db in
            var sql = "SELECT id, headline, first_date, last_date, summary FROM stories s WHERE 1 = 1"
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let from {
                sql += " AND coalesce(s.last_date, s.first_date) >= ?"
                arguments.append(from.iso)
            }
            if let to {
                sql += " AND s.first_date <= ?"
                arguments.append(to.iso)
            }
            if let entity {
                let ids = try SQLiteStore.entityIDs(named: entity, in: db)
                guard !ids.isEmpty else { return [] }
                sql += """
                     AND EXISTS (SELECT 1 FROM articles a JOIN article_entities ae ON ae.article = a.number
                        WHERE a.story_id = s.id AND ae.entity_id IN (\(ids.map { _ in "?" }.joined(separator: ", "))))
                    """
                arguments.append(contentsOf: ids.map { $0 as (any DatabaseValueConvertible)? })
            }
            sql += " ORDER BY s.first_date IS NULL, s.first_date DESC, s.id LIMIT ?"
            arguments.append(limit)
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                StoryRecord(
                    id: row[0],
                    headline: row[1],
                    firstDate: (row[2] as String?).flatMap { CalendarDate(iso: $0) },
                    lastDate: (row[3] as String?).flatMap { CalendarDate(iso: $0) },
                    summaryJSON: row[4]
                )
            }
        }
    }

    public func statistics() async throws -> StoreStatistics {
        try await reading("cannot count what is in") { db in
            func count(_ table: String) throws -> Int {
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
            }
            return StoreStatistics(
                articles: try count("articles"),
                entities: try count("entities"),
                mentions: try count("mentions"),
                quotes: try count("quotes"),
                events: try count("events"),
                stories: try count("stories"),
                runs: try count("ingest_runs")
            )
        }
    }

    /// The story assignment stored for an article (tests, the clusterer).
    public func assignment(articleID: String) async throws -> StoryAssignment? {
        try await reading("cannot read article \(articleID) from") { db in
            try Row.fetchOne(
                db,
                sql: "SELECT story_id, thread_id, duplicate_of, duplicate_similarity FROM articles WHERE id = ?",
                arguments: [articleID]
            ).map { row in
                StoryAssignment(
                    articleID: articleID,
                    storyID: row[0],
                    threadID: row[1],
                    duplicateOf: row[2],
                    duplicateSimilarity: row[3]
                )
            }
        }
    }

    // MARK: Decoding

    /// The publication date of columns `published_*` starting at `index`
    /// (date, minute, offset, precision, source).
    static func publishedDate(_ row: Row, at index: Int) -> PublishedDate? {
        guard let text: String = row[index], let date = CalendarDate(iso: text) else { return nil }
        return PublishedDate(
            date: date,
            minuteOfDay: row[index + 1],
            utcOffsetMinutes: row[index + 2],
            precision: (row[index + 3] as String?).flatMap(PublishedDate.Precision.init(rawValue:)),
            source: (row[index + 4] as String?).flatMap(PublishedDate.Source.init(rawValue:)) ?? .stated
        )
    }

    /// Rebuilds an analysed article from its row (``articleColumns``) and its child rows.
    static func analyzedArticle(_ row: Row, in db: Database) throws -> AnalyzedArticle {
        let number: Int64 = row[0]
        let article = Article(
            id: row[1],
            source: row[2],
            title: row[3],
            outlet: row[4],
            dateline: row[5],
            datelineText: row[6],
            authors: ColumnCoding.split(row[7]),
            editors: ColumnCoding.split(row[8]),
            published: publishedDate(row, at: 9),
            language: row[14],
            body: row[15],
            boilerplate: try Row.fetchAll(
                db.cachedStatement(sql: "SELECT text, reason FROM boilerplate WHERE article = ? ORDER BY position"),
                arguments: [number]
            ).map { BoilerplateLine($0[0], reason: BoilerplateLine.Reason(rawValue: $0[1]) ?? .pattern) },
            paragraphs: ColumnCoding.unpack(row[16]),
            sentences: ColumnCoding.unpack(row[17])
        )
        let times = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT start, "end", text, kind, value, precision, anchor, confidence, note
                    FROM times WHERE article = ? ORDER BY position
                    """
            ),
            arguments: [number]
        ).map { row in
            TimeExpression(
                text: row[2],
                range: TextRange(start: row[0], end: max(row[0] as Int, row[1] as Int)),
                kind: TimeExpression.Kind(rawValue: row[3]) ?? .date,
                value: row[4],
                precision: row[5],
                anchor: TimeExpression.Anchor(rawValue: row[6]) ?? .absolute,
                confidence: row[7],
                note: row[8]
            )
        }
        return AnalyzedArticle(
            article: article,
            times: times,
            entities: try entities(article: number, in: db),
            quotes: try quotes(article: number, in: db),
            events: try events(article: number, in: db),
            warnings: ColumnCoding.split(row[18])
        )
    }

    /// The linked entities of one article with their mentions, in article order.
    static func entities(article number: Int64, in db: Database) throws -> [LinkedEntity] {
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT e.id, e.name, e.type, e.wikidata, ae.position FROM article_entities ae
                    JOIN entities e ON e.id = ae.entity_id WHERE ae.article = ? ORDER BY ae.position
                    """
            ),
            arguments: [number]
        )
        var entities = rows.map { row in
            LinkedEntity(
                id: row[0],
                name: row[1],
                type: EntityType(rawValue: row[2]) ?? .organization,
                wikidata: row[3]
            )
        }
        let positions = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1[4] as Int, $0) })
        let mentions = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT entity_position, start, "end", text FROM mentions WHERE article = ?
                    ORDER BY entity_position, position
                    """
            ),
            arguments: [number]
        )
        while let row = try mentions.next() {
            guard let index = positions[row[0]] else { continue }
            let start: Int = row[1]
            let end: Int = row[2]
            entities[index].mentions.append(
                EntityMention(text: row[3], range: TextRange(start: start, end: max(start, end)))
            )
        }
        return entities
    }

    /// The quotes of one article, in article order.
    static func quotes(article number: Int64, in db: Database) throws -> [Quote] {
        try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT start, "end", text, direct, kind, speaker_id, speaker_name, via, note
                    FROM quotes WHERE article = ? ORDER BY position
                    """
            ),
            arguments: [number]
        ).map(quote)
    }

    /// A quote from columns start, end, text, direct, kind, speaker_id, speaker_name, via, note.
    static func quote(_ row: Row) -> Quote {
        let start: Int = row[0]
        let end: Int = row[1]
        let speakerID: String? = row[5]
        return Quote(
            text: row[2],
            range: TextRange(start: start, end: max(start, end)),
            direct: row[3],
            kind: Quote.Kind(rawValue: row[4]) ?? .statement,
            speaker: speakerID.map { EntityReference(id: $0, name: row[6] ?? "") },
            via: ColumnCoding.references(row[7]),
            note: row[8]
        )
    }

    /// The event columns ``event(_:at:)`` reads, in its order.
    static let eventColumns = """
        type, cameo, date, time, actors, place_id, place_name, sentence_start, sentence_end,
        trigger_start, trigger_end, negated, modality, reported, confidence
        """

    /// The events of one article, in article order.
    static func events(article number: Int64, in db: Database) throws -> [Event] {
        try Row.fetchAll(
            db.cachedStatement(sql: "SELECT \(eventColumns) FROM events WHERE article = ? ORDER BY position"),
            arguments: [number]
        ).map { event($0) }
    }

    /// The event in a row's ``eventColumns``, starting at column `base`.
    static func event(_ row: Row, at base: Int = 0) -> Event {
        let placeID: String? = row[base + 5]
        let sentenceStart: Int = row[base + 7]
        let sentenceEnd: Int = row[base + 8]
        let triggerStart: Int = row[base + 9]
        let triggerEnd: Int = row[base + 10]
        return Event(
            type: row[base],
            cameo: row[base + 1],
            date: row[base + 2],
            time: row[base + 3],
            actors: ColumnCoding.actors(row[base + 4]),
            place: placeID.map { EntityReference(id: $0, name: row[base + 6] ?? "") },
            sentence: TextRange(start: sentenceStart, end: max(sentenceStart, sentenceEnd)),
            trigger: TextRange(start: triggerStart, end: max(triggerStart, triggerEnd)),
            negated: row[base + 11],
            modality: Event.Modality(rawValue: row[base + 12]) ?? .asserted,
            reported: row[base + 13],
            confidence: row[base + 14]
        )
    }
}
