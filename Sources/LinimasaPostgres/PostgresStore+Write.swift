#if PostgreSQL
internal import Foundation
public import LinimasaCore
internal import Logging
internal import PostgresNIO

extension PostgresStore {
    // MARK: Ingest runs

    /// Records a run. Unlike SQLite, there is no exclusive writer lease: several
    /// workers may ingest at once (`wait` is ignored); each batch is one
    /// transaction, and saves touching the same article id or source wait for
    /// each other (advisory locks), so concurrent workers never store an article twice.
    public func beginIngest(paths: [String], wait: Bool) async throws -> Int64 {
        let listed = paths.joined(separator: "\u{1F}")
        let logger = self.logger
        return try await writing("cannot start an ingest run in") { connection in
            for try await number in try await connection.query(
                "INSERT INTO ingest_runs(paths) VALUES (\(listed)) RETURNING number",
                logger: logger
            ).decode(Int64.self) {
                return number
            }
            throw LinimasaError(.storage, "the server returned no run number")
        }
    }

    public func finishIngest(run: Int64, summary: IngestSummary) async throws {
        let logger = self.logger
        try await writing("cannot finish ingest run \(run) in") { connection in
            try await connection.query(
                """
                UPDATE ingest_runs SET finished_at = now(), new = \(summary.new), updated = \(summary.updated),
                    duplicates = \(summary.duplicates), failed = \(summary.failed), skipped = \(summary.skipped),
                    seconds = \(summary.seconds)
                WHERE number = \(run)
                """,
                logger: logger
            )
        }
    }

    public func alreadyIngested(_ items: [(source: String, articleID: String)]) async throws -> [Bool] {
        guard !items.isEmpty else { return [] }
        let sources = items.map(\.source)
        let ids = items.map(\.articleID)
        let logger = self.logger
        return try await reading("cannot read the ingest log of") { connection in
            var known: Set<[String]> = []
            let rows = try await connection.query(
                """
                SELECT a.source, a.id FROM articles a
                    JOIN unnest(\(sources)::text[], \(ids)::text[]) AS p(source, id) ON a.id = p.id AND a.source = p.source
                UNION
                SELECT l.source, l.article_id FROM ingest_log l
                    JOIN unnest(\(sources)::text[], \(ids)::text[]) AS p(source, id)
                    ON l.source = p.source AND l.article_id = p.id AND l.status = 'duplicate'
                """,
                logger: logger
            )
            for try await (source, id) in rows.decode((String, String).self) { known.insert([source, id]) }
            return items.map { known.contains([$0.source, $0.articleID]) }
        }
    }

    public func ingestLog(run: Int64) async throws -> [IngestLogEntry] {
        let logger = self.logger
        return try await reading("cannot read the ingest log of") { connection in
            var entries: [IngestLogEntry] = []
            let rows = try await connection.query(
                "SELECT source, status, article_id, reason FROM ingest_log WHERE run = \(run) ORDER BY number",
                logger: logger
            )
            for try await (source, status, id, reason) in rows.decode((String, String, String?, String?).self) {
                entries.append(
                    IngestLogEntry(
                        run: run,
                        source: source,
                        status: IngestStatus(rawValue: status) ?? .failed,
                        articleID: id,
                        reason: reason
                    )
                )
            }
            return entries
        }
    }

    // MARK: Saving

    public func save(_ records: [IngestRecord], run: Int64) async throws -> [IngestLogEntry] {
        try await save(records, run: run, completing: [])
    }

    /// Saves a batch as ``save(_:run:)`` does and, in the same transaction, marks
    /// the queued inputs it came from done (see ``claim(_:worker:lease:)``), so an
    /// input is done exactly when its articles are committed.
    ///
    /// - Parameters:
    ///   - records: The articles read from the inputs; may be empty when the
    ///     inputs held nothing new (everything already stored, or empty files).
    ///   - completing: The queued inputs the records came from, with how many
    ///     sources each one held.
    /// - Returns: The log rows written, in the order of `records`.
    public func save(
        _ records: [IngestRecord],
        run: Int64,
        completing: [QueueCompletion]
    ) async throws -> [IngestLogEntry] {
        guard !records.isEmpty || !completing.isEmpty else { return [] }
        // Made outside the transaction: JSON and search vectors are the slow part.
        let prepared = try records.map { try PreparedRecord($0, terms: terms) }
        // Every key this batch touches, locked in one order so two workers cannot deadlock.
        // Entities too: two batches upserting the same entities in different orders
        // would otherwise deadlock on their rows.
        var keys: Set<String> = []
        for record in prepared {
            keys.insert("source:" + record.source)
            if let id = record.analyzed?.article.id { keys.insert("id:" + id) }
            for linked in record.analyzed?.entities ?? [] { keys.insert("entity:" + linked.id) }
        }
        let locks = keys.sorted()
        let numbers = completing.map(\.number)
        let handled = completing.map(\.sources)
        // A deadlock the locks cannot prevent (an update's old entities are known only
        // inside the transaction) is retried: the server rolled the batch back whole.
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try await save(prepared, run: run, locks: locks, numbers: numbers, handled: handled)
            } catch let error as LinimasaError where attempt < 4 && PostgresStore.isDeadlock(error) {
                try await Task.sleep(for: .milliseconds(Int64.random(in: 20...200) * Int64(attempt)))
            }
        }
    }

    /// Whether `error` is PostgreSQL's `deadlock detected` or `serialization failure`.
    static func isDeadlock(_ error: LinimasaError) -> Bool {
        guard let cause = error.cause as? CompactPostgresError else { return false }
        let state = cause.underlying.serverInfo?[.sqlState]
        return state == "40P01" || state == "40001"
    }

    /// One attempt at saving a prepared batch, in one transaction.
    func save(
        _ prepared: [PreparedRecord],
        run: Int64,
        locks: [String],
        numbers: [Int64],
        handled: [Int]
    ) async throws -> [IngestLogEntry] {
        let logger = self.logger
        return try await writing("cannot save \(prepared.count) articles to") { connection in
            if !locks.isEmpty {
                try await connection.query(
                    "SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest(\(locks)::text[]) AS k ORDER BY k",
                    logger: logger
                )
            }
            var entries: [IngestLogEntry] = []
            entries.reserveCapacity(prepared.count)
            for record in prepared {
                let entry = try await PostgresStore.save(record, run: run, on: connection, logger: logger)
                try await connection.query(
                    """
                    INSERT INTO ingest_log(run, source, status, article_id, reason)
                    VALUES (\(run), \(entry.source), \(entry.status.rawValue), \(entry.articleID), \(entry.reason))
                    """,
                    logger: logger
                )
                entries.append(entry)
            }
            if !numbers.isEmpty {
                try await connection.query(
                    """
                    UPDATE ingest_queue q SET done_at = now(), done_run = \(run), handled = d.handled
                    FROM unnest(\(numbers)::int8[], \(handled)::int8[]) AS d(number, handled)
                    WHERE q.number = d.number AND q.done_at IS NULL
                    """,
                    logger: logger
                )
            }
            return entries
        }
    }

    /// A record with its JSON and search vector made ahead of the transaction.
    struct PreparedRecord: Sendable {
        var source: String
        var analyzed: AnalyzedArticle?
        var failure: String?
        var document = ""
        var vector = ""
        var published: String?
        var quotes: [String] = []

        init(_ record: IngestRecord, terms: SearchTerms) throws {
            source = record.source
            switch record.result {
            case .failure(let error):
                failure = error.description.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
                    .joined(separator: " ")
            case .success(let value):
                analyzed = value
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                document = String(decoding: try encoder.encode(value), as: UTF8.self)
                vector = terms.vector(title: value.article.title, body: value.article.body)
                published = try value.article.published.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
                quotes = try value.quotes.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
            }
        }
    }

    /// Decides new, updated, duplicate or failed for one record, and writes the article.
    static func save(
        _ record: PreparedRecord,
        run: Int64,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws -> IngestLogEntry {
        guard let analyzed = record.analyzed else {
            return IngestLogEntry(
                run: run,
                source: record.source,
                status: .failed,
                articleID: nil,
                reason: record.failure
            )
        }
        let article = analyzed.article
        for try await existing in try await connection.query(
            "SELECT source FROM articles WHERE id = \(article.id)",
            logger: logger
        ).decode(String.self) {
            return .duplicate(run: run, source: record.source, articleID: article.id, storedSource: existing)
        }
        var status = IngestStatus.new
        var reason: String?
        if article.source != "-" {
            var old: (Int64, String)?
            for try await row in try await connection.query(
                "SELECT number, id FROM articles WHERE source = \(article.source) ORDER BY number DESC LIMIT 1",
                logger: logger
            ).decode((Int64, String).self) {
                old = row
            }
            if let old {
                try await replace(number: old.0, by: article.id, run: run, on: connection, logger: logger)
                status = .updated
                reason = "replaces \(old.1)"
            }
        }
        try await insert(record, analyzed, run: run, on: connection, logger: logger)
        return IngestLogEntry(run: run, source: record.source, status: status, articleID: article.id, reason: reason)
    }

    /// Moves a stored article to the version history and deletes it with its annotations.
    static func replace(
        number: Int64,
        by newID: String,
        run: Int64,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws {
        var document: String?
        for try await text in try await connection.query(
            """
            INSERT INTO article_versions(source, article_id, title, published_date, document, replaced_by, run)
            SELECT source, id, title, published_date, document, \(newID), \(run) FROM articles WHERE number = \(number)
            RETURNING document
            """,
            logger: logger
        ).decode(String.self) {
            document = text
        }
        if let document, let old = try? JSONDecoder().decode(AnalyzedArticle.self, from: Data(document.utf8)) {
            for linked in old.entities {
                var forms: [String: Int] = [:]
                for seen in linked.mentions { forms[seen.text, default: 0] += 1 }
                for (form, count) in forms {
                    try await connection.query(
                        """
                        UPDATE entity_aliases SET mentions = mentions - \(count)
                        WHERE entity_id = \(linked.id) AND alias = \(form)
                        """,
                        logger: logger
                    )
                }
            }
            try await connection.query("DELETE FROM entity_aliases WHERE mentions <= 0", logger: logger)
        }
        try await connection.query("DELETE FROM articles WHERE number = \(number)", logger: logger)
    }

    /// Inserts one article, its entity links and aliases, and its quotes.
    static func insert(
        _ record: PreparedRecord,
        _ analyzed: AnalyzedArticle,
        run: Int64,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws {
        let article = analyzed.article
        let mentions = analyzed.entities.reduce(0) { $0 + $1.mentions.count }
        var number: Int64 = 0
        for try await value in try await connection.query(
            """
            INSERT INTO articles(id, source, title, outlet, published_date, published_minute, published, document,
                search, mention_count, event_count, run)
            VALUES (\(article.id), \(article.source), \(article.title), \(article.outlet), \(article.published?.date.iso),
                \(article.published?.minuteOfDay), \(record.published), \(record.document), \(record.vector)::tsvector,
                \(mentions), \(analyzed.events.count), \(run))
            RETURNING number
            """,
            logger: logger
        ).decode(Int64.self) {
            number = value
        }
        for (position, linked) in analyzed.entities.enumerated() {
            try await connection.query(
                """
                INSERT INTO entities(id, name, type, wikidata)
                VALUES (\(linked.id), \(linked.name), \(linked.type.rawValue), \(linked.wikidata))
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type,
                    wikidata = coalesce(excluded.wikidata, entities.wikidata)
                WHERE entities.name IS DISTINCT FROM excluded.name OR entities.type IS DISTINCT FROM excluded.type
                    OR (excluded.wikidata IS NOT NULL AND entities.wikidata IS DISTINCT FROM excluded.wikidata)
                """,
                logger: logger
            )
            try await connection.query(
                """
                INSERT INTO article_entities(entity_id, article, position, mentions)
                VALUES (\(linked.id), \(number), \(position), \(linked.mentions.count)) ON CONFLICT DO NOTHING
                """,
                logger: logger
            )
            var forms: [String: Int] = [:]
            for seen in linked.mentions { forms[seen.text, default: 0] += 1 }
            for (form, count) in forms.sorted(by: { $0.key < $1.key }) {
                try await connection.query(
                    """
                    INSERT INTO entity_aliases(entity_id, alias, mentions) VALUES (\(linked.id), \(form), \(count))
                    ON CONFLICT (entity_id, alias) DO UPDATE SET mentions = entity_aliases.mentions + excluded.mentions
                    """,
                    logger: logger
                )
            }
        }
        for (position, quote) in analyzed.quotes.enumerated() {
            try await connection.query(
                """
                INSERT INTO quotes(article, position, kind, speaker_id, speaker_name, quote)
                VALUES (\(number), \(position), \(quote.kind.rawValue), \(quote.speaker?.id), \(quote.speaker?.name),
                    \(record.quotes[position]))
                """,
                logger: logger
            )
        }
    }

    // MARK: Stories

    public func assign(_ assignments: [StoryAssignment]) async throws {
        guard !assignments.isEmpty else { return }
        let logger = self.logger
        try await writing("cannot save story assignments to") { connection in
            for item in assignments {
                try await connection.query(
                    """
                    UPDATE articles SET story_id = \(item.storyID), thread_id = \(item.threadID),
                        duplicate_of = \(item.duplicateOf), duplicate_similarity = \(item.duplicateSimilarity)
                    WHERE id = \(item.articleID)
                    """,
                    logger: logger
                )
            }
        }
    }

    public func saveStories(_ stories: [StoryRecord]) async throws {
        guard !stories.isEmpty else { return }
        let logger = self.logger
        try await writing("cannot save \(stories.count) stories to") { connection in
            for story in stories {
                try await connection.query(
                    """
                    INSERT INTO stories(id, headline, first_date, last_date, summary)
                    VALUES (\(story.id), \(story.headline), \(story.firstDate?.iso), \(story.lastDate?.iso),
                        \(story.summaryJSON))
                    ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, first_date = excluded.first_date,
                        last_date = excluded.last_date, summary = excluded.summary, updated_at = now()
                    """,
                    logger: logger
                )
            }
        }
    }
}
#endif
