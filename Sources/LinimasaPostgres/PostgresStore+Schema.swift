#if PostgreSQL
internal import LinimasaCore
internal import PostgresNIO

extension PostgresStore {
    /// The schema, as an ordered list of migrations: (version, name, statements).
    ///
    /// Policy as for SQLite: a released migration is never edited; changes come
    /// as new migrations appended here. Applied migrations are rows of
    /// `schema_version`; a database with a version this list does not know was
    /// written by a newer linimasa and is refused rather than touched.
    static let migrations: [(version: Int, name: String, statements: [String])] = [
        (1, "v1-schema", schemaV1),
        (2, "v2-queue-content", schemaV2),
    ]

    /// Advisory lock key that serialises migrations between workers opening at once (`LNMS`).
    static let migrationLock: Int64 = 0x4C4E_4D53

    /// The first schema. An article's text and annotations are kept whole as the
    /// JSON of ``AnalyzedArticle`` (`document`); what queries filter, join or rank
    /// on has its own columns and tables.
    static let schemaV1: [String] = [
        """
        CREATE TABLE articles (
            number bigserial PRIMARY KEY,
            id text NOT NULL UNIQUE,
            source text NOT NULL,
            title text,
            outlet text,
            published_date text,
            published_minute integer,
            published text,
            document text NOT NULL,
            search tsvector NOT NULL,
            mention_count integer NOT NULL,
            event_count integer NOT NULL,
            story_id text,
            thread_id text,
            duplicate_of text,
            duplicate_similarity double precision,
            run bigint,
            ingested_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE INDEX articles_published ON articles(published_date)",
        "CREATE INDEX articles_outlet ON articles(lower(outlet))",
        "CREATE INDEX articles_source ON articles(source)",
        "CREATE INDEX articles_story ON articles(story_id) WHERE story_id IS NOT NULL",
        "CREATE INDEX articles_search ON articles USING gin(search)",
        """
        CREATE TABLE entities (
            id text PRIMARY KEY,
            name text NOT NULL,
            type text NOT NULL,
            wikidata text
        )
        """,
        "CREATE INDEX entities_name ON entities(lower(name))",
        """
        CREATE TABLE entity_aliases (
            entity_id text NOT NULL REFERENCES entities(id),
            alias text NOT NULL,
            mentions integer NOT NULL,
            PRIMARY KEY (entity_id, alias)
        )
        """,
        "CREATE INDEX entity_aliases_alias ON entity_aliases(lower(alias))",
        """
        CREATE TABLE article_entities (
            entity_id text NOT NULL REFERENCES entities(id),
            article bigint NOT NULL REFERENCES articles(number) ON DELETE CASCADE,
            position integer NOT NULL,
            mentions integer NOT NULL,
            PRIMARY KEY (entity_id, article)
        )
        """,
        "CREATE INDEX article_entities_article ON article_entities(article, position)",
        """
        CREATE TABLE quotes (
            number bigserial PRIMARY KEY,
            article bigint NOT NULL REFERENCES articles(number) ON DELETE CASCADE,
            position integer NOT NULL,
            kind text NOT NULL,
            speaker_id text,
            speaker_name text,
            quote text NOT NULL,
            UNIQUE (article, position)
        )
        """,
        "CREATE INDEX quotes_speaker ON quotes(speaker_id)",
        """
        CREATE TABLE stories (
            id text PRIMARY KEY,
            headline text NOT NULL,
            first_date text,
            last_date text,
            summary text,
            updated_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        """
        CREATE TABLE ingest_runs (
            number bigserial PRIMARY KEY,
            started_at timestamptz NOT NULL DEFAULT now(),
            finished_at timestamptz,
            paths text NOT NULL,
            new integer,
            updated integer,
            duplicates integer,
            failed integer,
            skipped integer,
            seconds double precision
        )
        """,
        """
        CREATE TABLE ingest_log (
            number bigserial PRIMARY KEY,
            run bigint NOT NULL REFERENCES ingest_runs(number),
            source text NOT NULL,
            status text NOT NULL,
            article_id text,
            reason text
        )
        """,
        "CREATE INDEX ingest_log_source ON ingest_log(source)",
        "CREATE INDEX ingest_log_run ON ingest_log(run)",
        """
        CREATE TABLE article_versions (
            number bigserial PRIMARY KEY,
            source text NOT NULL,
            article_id text NOT NULL,
            title text,
            published_date text,
            document text NOT NULL,
            replaced_by text NOT NULL,
            run bigint
        )
        """,
        "CREATE INDEX article_versions_source ON article_versions(source)",
        """
        CREATE TABLE ingest_queue (
            number bigserial PRIMARY KEY,
            source text NOT NULL UNIQUE,
            enqueued_at timestamptz NOT NULL DEFAULT now(),
            claimed_by text,
            claimed_at timestamptz,
            done_at timestamptz
        )
        """,
        "CREATE INDEX ingest_queue_open ON ingest_queue(number) WHERE done_at IS NULL",
    ]

    /// The queue carries the inputs themselves, so that a worker on another machine
    /// can read files only the enqueuing machine sees: one row per file, per run
    /// of JSON Lines lines, or per standard input, keyed by source, first line and
    /// the SHA-256 of the bytes (an unchanged input is queued once; a changed one
    /// again). A done row records the run that committed it and how many sources
    /// it held; runs record their worker's name. Rows of the first schema (a
    /// path only, `content` NULL) are never claimed.
    static let schemaV2: [String] = [
        "ALTER TABLE ingest_queue DROP CONSTRAINT ingest_queue_source_key",
        """
        ALTER TABLE ingest_queue
            ADD COLUMN kind text NOT NULL DEFAULT 'path',
            ADD COLUMN first_line bigint NOT NULL DEFAULT 0,
            ADD COLUMN format text,
            ADD COLUMN content bytea,
            ADD COLUMN content_hash text,
            ADD COLUMN done_run bigint,
            ADD COLUMN handled bigint
        """,
        "CREATE UNIQUE INDEX ingest_queue_input ON ingest_queue(source, first_line, content_hash)",
        "ALTER TABLE ingest_runs ADD COLUMN worker text",
    ]

    /// Checks what the database holds, then applies the migrations it lacks, in
    /// one transaction under an advisory lock (workers opening at once wait).
    func prepareSchema() async throws {
        let logger = self.logger
        let name = self.name
        let known = PostgresStore.migrations.map(\.version)
        let create = self.create
        try await transaction("cannot open") { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(PostgresStore.migrationLock))", logger: logger)
            var tables: Set<String> = []
            for try await table in try await connection.query(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()",
                logger: logger
            ).decode(String.self) {
                tables.insert(table)
            }
            if !tables.contains("schema_version") {
                if tables.contains("articles") || tables.contains("entities") {
                    throw LinimasaError(
                        .storage,
                        "the database \(name) holds tables of another program, not a linimasa store; pass another --db"
                    )
                }
                if !create {
                    throw LinimasaError(
                        .storage,
                        "no linimasa store in the database \(name); run `linimasa ingest --db postgres://… PATH…` first"
                    )
                }
                try await connection.query(
                    """
                    CREATE TABLE schema_version (
                        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now()
                    )
                    """,
                    logger: logger
                )
            }
            var applied: Set<Int> = []
            for try await version in try await connection.query("SELECT version FROM schema_version", logger: logger)
                .decode(Int.self)
            {
                applied.insert(version)
            }
            if !applied.isSubset(of: known) {
                throw LinimasaError(
                    .storage,
                    "the database \(name) was written by a newer linimasa (unknown schema migrations); upgrade linimasa to use it"
                )
            }
            for migration in PostgresStore.migrations where !applied.contains(migration.version) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO schema_version(version, name) VALUES (\(migration.version), \(migration.name))",
                    logger: logger
                )
            }
        }
    }
}
#endif
