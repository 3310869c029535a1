internal import Foundation
internal import GRDB
public import LinimasaCore

extension SQLiteStore {
    // MARK: Runs

    public func beginIngest(paths: [String], wait: Bool) async throws -> Int64 {
        try await lease.acquire(store: path, wait: wait)
        do {
            let started = SQLiteStore.timestamp()
            let listed = ColumnCoding.join(paths)
            return try await writing("cannot start an ingest run in") { db in
                try db.execute(
                    sql: "INSERT INTO ingest_runs(started_at, paths) VALUES (?, ?)",
                    arguments: [started, listed]
                )
                return db.lastInsertedRowID
            }
        } catch {
            lease.release()
            throw error
        }
    }

    public func finishIngest(run: Int64, summary: IngestSummary) async throws {
        defer { lease.release() }
        let finished = SQLiteStore.timestamp()
        try await writing("cannot finish ingest run \(run) in") { db in
            try db.execute(
                sql: """
                    UPDATE ingest_runs SET finished_at = ?, new = ?, updated = ?, duplicates = ?, failed = ?, skipped = ?, seconds = ?
                    WHERE number = ?
                    """,
                arguments: [
                    finished, summary.new, summary.updated, summary.duplicates, summary.failed, summary.skipped,
                    summary.seconds, run,
                ]
            )
        }
    }

    public func alreadyIngested(_ items: [(source: String, articleID: String)]) async throws -> [Bool] {
        guard !items.isEmpty else { return [] }
        let pairs = items.map { [$0.source, $0.articleID] }
        return try await reading("cannot read the ingest log of") { db in
            let stored = try db.cachedStatement(sql: "SELECT 1 FROM articles WHERE id = ? AND source = ?")
            let logged = try db.cachedStatement(
                sql: "SELECT 1 FROM ingest_log WHERE source = ? AND article_id = ? AND status = 'duplicate' LIMIT 1"
            )
            return try pairs.map { pair in
                if try Int.fetchOne(stored, arguments: [pair[1], pair[0]]) != nil { return true }
                return try Int.fetchOne(logged, arguments: [pair[0], pair[1]]) != nil
            }
        }
    }

    public func ingestLog(run: Int64) async throws -> [IngestLogEntry] {
        try await reading("cannot read the ingest log of") { db in
            try Row.fetchAll(
                db,
                sql: "SELECT source, status, article_id, reason FROM ingest_log WHERE run = ? ORDER BY number",
                arguments: [run]
            ).map { row in
                IngestLogEntry(
                    run: run,
                    source: row[0],
                    status: IngestStatus(rawValue: row[1]) ?? .failed,
                    articleID: row[2],
                    reason: row[3]
                )
            }
        }
    }

    // MARK: Articles

    public func save(_ records: [IngestRecord], run: Int64) async throws -> [IngestLogEntry] {
        guard !records.isEmpty else { return [] }
        let now = SQLiteStore.timestamp()
        return try await writing("cannot save \(records.count) articles to") { db in
            var entries: [IngestLogEntry] = []
            entries.reserveCapacity(records.count)
            for record in records {
                let entry = try SQLiteStore.save(record, run: run, at: now, in: db)
                try db.cachedStatement(
                    sql: "INSERT INTO ingest_log(run, source, status, article_id, reason) VALUES (?, ?, ?, ?, ?)"
                ).execute(arguments: [run, entry.source, entry.status.rawValue, entry.articleID, entry.reason])
                entries.append(entry)
            }
            return entries
        }
    }

    /// Decides new, updated, duplicate or failed for one record, and writes the article.
    static func save(_ record: IngestRecord, run: Int64, at now: String, in db: Database) throws -> IngestLogEntry {
        let analyzed: AnalyzedArticle
        switch record.result {
        case .failure(let error):
            return IngestLogEntry(
                run: run,
                source: record.source,
                status: .failed,
                articleID: nil,
                reason: oneLine(error.description)
            )
        case .success(let value):
            analyzed = value
        }
        let article = analyzed.article
        if let existing = try String.fetchOne(
            db.cachedStatement(sql: "SELECT source FROM articles WHERE id = ?"),
            arguments: [article.id]
        ) {
            return .duplicate(run: run, source: record.source, articleID: article.id, storedSource: existing)
        }
        var status = IngestStatus.new
        var reason: String?
        if article.source != "-",
            let old = try Row.fetchOne(
                db.cachedStatement(
                    sql: "SELECT number, id FROM articles WHERE source = ? ORDER BY number DESC LIMIT 1"
                ),
                arguments: [article.source]
            )
        {
            let oldID: String = old[1]
            try replace(number: old[0], by: article.id, run: run, in: db)
            status = .updated
            reason = "replaces \(oldID)"
        }
        try insert(analyzed, run: run, at: now, in: db)
        return IngestLogEntry(run: run, source: record.source, status: status, articleID: article.id, reason: reason)
    }

    /// Moves a stored article to the version history and deletes it with its annotations.
    static func replace(number: Int64, by newID: String, run: Int64, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO article_versions(source, article_id, title, published_date, body, replaced_by, run)
                SELECT source, id, title, published_date, body, ?, ? FROM articles WHERE number = ?
                """,
            arguments: [newID, run, number]
        )
        let seen = try Row.fetchAll(
            db,
            sql: "SELECT entity_id, text, count(*) FROM mentions WHERE article = ? GROUP BY entity_id, text",
            arguments: [number]
        )
        for row in seen {
            let entity: String = row[0]
            let alias: String = row[1]
            let count: Int = row[2]
            try db.execute(
                sql: "UPDATE entity_aliases SET mentions = mentions - ? WHERE entity_id = ? AND alias = ?",
                arguments: [count, entity, alias]
            )
        }
        try db.execute(sql: "DELETE FROM entity_aliases WHERE mentions <= 0")
        try db.execute(sql: "DELETE FROM articles WHERE number = ?", arguments: [number])
    }

    /// Inserts one article and every annotation.
    static func insert(_ analyzed: AnalyzedArticle, run: Int64, at now: String, in db: Database) throws {
        let article = analyzed.article
        let published = article.published
        try db.cachedStatement(
            sql: """
                INSERT INTO articles(id, source, title, outlet, dateline, dateline_text, authors, editors,
                    published_date, published_minute, published_offset, published_precision, published_source,
                    language, body, paragraphs, sentences, warnings, run, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            article.id, article.source, article.title, article.outlet, article.dateline, article.datelineText,
            ColumnCoding.join(article.authors), ColumnCoding.join(article.editors),
            published?.date.iso, published?.minuteOfDay, published?.utcOffsetMinutes, published?.precision.rawValue,
            published?.source.rawValue,
            article.language, article.body, ColumnCoding.pack(article.paragraphs), ColumnCoding.pack(article.sentences),
            ColumnCoding.join(analyzed.warnings), run, now,
        ])
        let number = db.lastInsertedRowID

        let boilerplate = try db.cachedStatement(
            sql: "INSERT INTO boilerplate(article, position, text, reason) VALUES (?, ?, ?, ?)"
        )
        for (position, line) in article.boilerplate.enumerated() {
            try boilerplate.execute(arguments: [number, position, line.text, line.reason.rawValue])
        }

        let times = try db.cachedStatement(
            sql: """
                INSERT INTO times(article, position, start, "end", text, kind, value, precision, anchor, confidence, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        )
        for (position, time) in analyzed.times.enumerated() {
            try times.execute(arguments: [
                number, position, time.range.start, time.range.end, time.text, time.kind.rawValue, time.value,
                time.precision, time.anchor.rawValue, time.confidence, time.note,
            ])
        }

        try insertEntities(analyzed.entities, article: number, in: db)

        let quotes = try db.cachedStatement(
            sql: """
                INSERT INTO quotes(article, position, start, "end", text, direct, kind, speaker_id, speaker_name, via, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        )
        for (position, quote) in analyzed.quotes.enumerated() {
            try quotes.execute(arguments: [
                number, position, quote.range.start, quote.range.end, quote.text, quote.direct, quote.kind.rawValue,
                quote.speaker?.id, quote.speaker?.name, ColumnCoding.join(quote.via), quote.note,
            ])
        }

        let events = try db.cachedStatement(
            sql: """
                INSERT INTO events(article, position, type, cameo, date, time, actors, place_id, place_name,
                    sentence_start, sentence_end, trigger_start, trigger_end, negated, modality, reported, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        )
        for (position, event) in analyzed.events.enumerated() {
            try events.execute(arguments: [
                number, position, event.type, event.cameo, event.date, event.time, ColumnCoding.join(event.actors),
                event.place?.id, event.place?.name, event.sentence.start, event.sentence.end, event.trigger.start,
                event.trigger.end, event.negated, event.modality.rawValue, event.reported, event.confidence,
            ])
        }
    }

    /// Upserts entities and their aliases, and links them to the article with their mentions.
    static func insertEntities(_ entities: [LinkedEntity], article number: Int64, in db: Database) throws {
        guard !entities.isEmpty else { return }
        let entity = try db.cachedStatement(
            sql: """
                INSERT INTO entities(id, name, type, wikidata) VALUES (?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type,
                    wikidata = coalesce(excluded.wikidata, entities.wikidata)
                WHERE entities.name IS NOT excluded.name OR entities.type IS NOT excluded.type
                    OR (excluded.wikidata IS NOT NULL AND entities.wikidata IS NOT excluded.wikidata)
                """
        )
        let alias = try db.cachedStatement(
            sql: """
                INSERT INTO entity_aliases(entity_id, alias, mentions) VALUES (?, ?, ?)
                ON CONFLICT(entity_id, alias) DO UPDATE SET mentions = mentions + excluded.mentions
                """
        )
        let link = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO article_entities(entity_id, article, position, mentions) VALUES (?, ?, ?, ?)"
        )
        let mention = try db.cachedStatement(
            sql: """
                INSERT INTO mentions(article, entity_position, position, entity_id, start, "end", text)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """
        )
        for (entityPosition, linked) in entities.enumerated() {
            try entity.execute(arguments: [linked.id, linked.name, linked.type.rawValue, linked.wikidata])
            try link.execute(arguments: [linked.id, number, entityPosition, linked.mentions.count])
            var forms: [String: Int] = [:]
            for (position, seen) in linked.mentions.enumerated() {
                forms[seen.text, default: 0] += 1
                try mention.execute(arguments: [
                    number, entityPosition, position, linked.id, seen.range.start, seen.range.end, seen.text,
                ])
            }
            for (form, count) in forms.sorted(by: { $0.key < $1.key }) {
                try alias.execute(arguments: [linked.id, form, count])
            }
        }
    }

    // MARK: Stories

    public func assign(_ assignments: [StoryAssignment]) async throws {
        guard !assignments.isEmpty else { return }
        try await writing("cannot save story assignments to") { db in
            let update = try db.cachedStatement(
                sql:
                    "UPDATE articles SET story_id = ?, thread_id = ?, duplicate_of = ?, duplicate_similarity = ? WHERE id = ?"
            )
            for item in assignments {
                try update.execute(arguments: [
                    item.storyID, item.threadID, item.duplicateOf, item.duplicateSimilarity, item.articleID,
                ])
            }
        }
    }

    public func saveStories(_ stories: [StoryRecord]) async throws {
        guard !stories.isEmpty else { return }
        let now = SQLiteStore.timestamp()
        try await writing("cannot save \(stories.count) stories to") { db in
            let upsert = try db.cachedStatement(
                sql: """
                    INSERT INTO stories(id, headline, first_date, last_date, summary, updated_at) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET headline = excluded.headline, first_date = excluded.first_date,
                        last_date = excluded.last_date, summary = excluded.summary, updated_at = excluded.updated_at
                    """
            )
            for story in stories {
                try upsert.execute(arguments: [
                    story.id, story.headline, story.firstDate?.iso, story.lastDate?.iso, story.summaryJSON, now,
                ])
            }
        }
    }

    // MARK: Helpers

    /// Now, as ISO 8601 UTC to the second.
    static func timestamp() -> String {
        Date().ISO8601Format()
    }

    /// A message on one line: line breaks become spaces.
    static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }
}
