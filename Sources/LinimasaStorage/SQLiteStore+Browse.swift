internal import GRDB
public import LinimasaCore

extension SQLiteStore {
    public func articleSummaries(_ query: ArticleListQuery) async throws -> [ArticleSummary] {
        try await reading("cannot list articles in") { db in
            var sql = """
                SELECT a.id, a.source, a.title, a.outlet,
                    a.published_date, a.published_minute, a.published_offset, a.published_precision, a.published_source,
                    a.story_id, a.thread_id, a.duplicate_of
                FROM articles a WHERE 1 = 1
                """
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let from = query.from {
                sql += " AND a.published_date >= ?"
                arguments.append(from.iso)
            }
            if let to = query.to {
                sql += " AND a.published_date <= ?"
                arguments.append(to.iso)
            }
            if let outlet = query.outlet {
                sql += " AND a.outlet = ? COLLATE NOCASE"
                arguments.append(outlet)
            }
            if let story = query.story {
                sql += " AND a.story_id = ?"
                arguments.append(story)
            }
            if let entity = query.entity {
                let ids = try SQLiteStore.entityIDs(named: entity, in: db)
                guard !ids.isEmpty else { return [] }
                sql += " AND a.number IN (SELECT article FROM article_entities WHERE entity_id IN (\(Self.placeholders(ids.count))))"
                arguments += ids.map { $0 }
            }
            sql += " ORDER BY a.published_date IS NULL, a.published_date DESC, a.published_minute DESC, a.number DESC"
            sql += " LIMIT ? OFFSET ?"
            arguments += [max(0, query.limit), max(0, query.offset)]
            return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments)).map { row in
                ArticleSummary(
                    id: row[0],
                    source: row[1],
                    title: row[2],
                    outlet: row[3],
                    published: SQLiteStore.publishedDate(row, at: 4),
                    storyID: row[9],
                    threadID: row[10],
                    duplicateOf: row[11]
                )
            }
        }
    }

    public func outlets() async throws -> [OutletCount] {
        try await reading("cannot list the outlets in") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL
                    GROUP BY outlet COLLATE NOCASE ORDER BY n DESC, outlet
                    """
            ).map { OutletCount(outlet: $0[0], articles: $0[1]) }
        }
    }

    public func entityIDs(named name: String) async throws -> [String] {
        try await reading("cannot look up entity '\(name)' in") { db in try SQLiteStore.entityIDs(named: name, in: db) }
    }

    /// Reads mentions by indexes: the entity's articles (`article_entities`) and the other
    /// articles of their stories, the story's articles, and event dates by year
    /// (`events_date`); the exact date check is the caller's.
    ///
    /// An entity's entries are fused from every event its stories report, so that they are the
    /// entries of the whole timeline: a report of the same meeting that does not name the
    /// entity still joins its entry.
    public func eventMentions(_ query: EventMentionQuery) async throws -> [EventMention] {
        try await reading("cannot read the events in") { db in
            var sql = "SELECT \(SQLiteStore.mentionColumns) FROM events e JOIN articles a ON a.number = e.article WHERE 1 = 1"
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let ids = query.entityIDs {
                guard !ids.isEmpty else { return [] }
                let marks = Self.placeholders(ids.count)
                sql += """
                     AND e.article IN (
                        SELECT article FROM article_entities WHERE entity_id IN (\(marks))
                        UNION SELECT s.number FROM articles s WHERE s.story_id IN (
                            SELECT a2.story_id FROM articles a2 WHERE a2.story_id IS NOT NULL AND a2.number IN (
                                SELECT article FROM article_entities WHERE entity_id IN (\(marks)))))
                    """
                arguments += ids.map { $0 } + ids.map { $0 }
            }
            if let story = query.story {
                sql += " AND a.story_id = ?"
                arguments.append(story)
            }
            if let outlet = query.outlet {
                sql += " AND a.outlet = ? COLLATE NOCASE"
                arguments.append(outlet)
            }
            // TIMEX values sort by their year first: a range's years bound every value that can overlap it.
            if let from = query.from {
                sql += " AND e.date >= ?"
                arguments.append(String(from.year))
            }
            if let to = query.to {
                sql += " AND e.date < ?"
                arguments.append(String(to.year + 1))
            }
            sql += " ORDER BY e.article DESC, e.position LIMIT ?"
            arguments.append(max(0, query.limit))
            return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments)).map {
                SQLiteStore.mention($0)
            }
        }
    }

    /// The columns of an event mention, for a statement over `events e JOIN articles a`: the
    /// event (``eventColumns``), what fusion needs of the article, the sentence's text, and the
    /// event's key (article number, position). With `sentences: false` the text of the sentence,
    /// the title and the source are left out (fusion does not read them); with `actors: false`
    /// the actors are (a timeline entry's sources do not show them).
    static func mentionColumns(sentences: Bool, actors: Bool = true) -> String {
        let text = sentences
            ? "CAST(substr(CAST(a.body AS BLOB), e.sentence_start + 1, e.sentence_end - e.sentence_start) AS TEXT)"
            : "NULL"
        return """
            e.type, e.cameo, e.date, e.time, \(actors ? "e.actors" : "''"), e.place_id, e.place_name,
            e.sentence_start, e.sentence_end, e.trigger_start, e.trigger_end, e.negated, e.modality, e.reported, e.confidence,
            a.id, \(sentences ? "a.source" : "NULL"), a.outlet, a.published_date, \(sentences ? "a.title" : "NULL"),
            a.story_id, a.duplicate_of, \(text), e.article, e.position
            """
    }

    static let mentionColumns = mentionColumns(sentences: true)

    /// The mention in a row of ``mentionColumns(sentences:)``.
    static func mention(_ row: Row) -> EventMention {
        let base = 15
        return EventMention(
            event: SQLiteStore.event(row),
            article: row[base],
            source: row[base + 1],
            outlet: row[base + 2],
            published: (row[base + 3] as String?).flatMap { CalendarDate(iso: $0) },
            title: row[base + 4],
            sentence: row[base + 7] ?? "",
            duplicateOf: row[base + 6],
            storyID: row[base + 5]
        )
    }

    /// The key of the event in a row of ``mentionColumns(sentences:)``.
    static func mentionKey(_ row: Row) -> EventKey {
        EventKey(article: row[23], position: row[24])
    }

    /// `?, ?, …` for `count` arguments.
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
