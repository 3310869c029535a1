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
            var sql = """
                SELECT \(SQLiteStore.eventColumns),
                    a.id, a.source, a.outlet, a.published_date, a.title, a.story_id, a.duplicate_of,
                    CAST(substr(CAST(a.body AS BLOB), e.sentence_start + 1, e.sentence_end - e.sentence_start) AS TEXT)
                FROM events e JOIN articles a ON a.number = e.article WHERE 1 = 1
                """
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
            var mentions: [EventMention] = []
            for row in try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments)) {
                let base = 15
                mentions.append(
                    EventMention(
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
                )
            }
            return mentions
        }
    }

    /// `?, ?, …` for `count` arguments.
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
