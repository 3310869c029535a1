internal import GRDB

extension SQLiteStore {
    /// The schema, as an ordered list of migrations.
    ///
    /// Policy: a migration, once released, is never edited; changes come as new
    /// migrations appended here (`v2-…`). A store whose applied migrations
    /// include one this list does not know was written by a newer linimasa and
    /// is refused rather than touched. See `docs/storage.md` for the tables.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-schema") { db in
            try db.execute(sql: "PRAGMA application_id = \(SQLiteStore.applicationID)")
            for statement in SQLiteStore.schemaV1 { try db.execute(sql: statement) }
        }
        migrator.registerMigration("v2-timeline") { db in
            for statement in SQLiteStore.schemaV2Timeline { try db.execute(sql: statement) }
        }
        return migrator
    }()

    /// The first schema. Article children point at `articles.number` (the rowid,
    /// also the FTS rowid) and go with their article (`ON DELETE CASCADE`).
    static let schemaV1: [String] = [
        """
        CREATE TABLE articles (
            number INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            title TEXT,
            outlet TEXT,
            dateline TEXT,
            dateline_text TEXT,
            authors TEXT NOT NULL,
            editors TEXT NOT NULL,
            published_date TEXT,
            published_minute INTEGER,
            published_offset INTEGER,
            published_precision TEXT,
            published_source TEXT,
            language TEXT NOT NULL,
            body TEXT NOT NULL,
            paragraphs BLOB NOT NULL,
            sentences BLOB NOT NULL,
            warnings TEXT NOT NULL,
            story_id TEXT,
            thread_id TEXT,
            duplicate_of TEXT,
            duplicate_similarity REAL,
            run INTEGER,
            ingested_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX articles_published ON articles(published_date)",
        "CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE)",
        "CREATE INDEX articles_source ON articles(source)",
        "CREATE INDEX articles_story ON articles(story_id) WHERE story_id IS NOT NULL",
        """
        CREATE TABLE boilerplate (
            article INTEGER NOT NULL REFERENCES articles(number) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            reason TEXT NOT NULL,
            PRIMARY KEY (article, position)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            wikidata TEXT
        ) WITHOUT ROWID
        """,
        "CREATE INDEX entities_name ON entities(name COLLATE NOCASE)",
        """
        CREATE TABLE entity_aliases (
            entity_id TEXT NOT NULL REFERENCES entities(id),
            alias TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            PRIMARY KEY (entity_id, alias)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX entity_aliases_alias ON entity_aliases(alias COLLATE NOCASE)",
        """
        CREATE TABLE article_entities (
            entity_id TEXT NOT NULL REFERENCES entities(id),
            article INTEGER NOT NULL REFERENCES articles(number) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            mentions INTEGER NOT NULL,
            PRIMARY KEY (entity_id, article)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX article_entities_article ON article_entities(article, position)",
        """
        CREATE TABLE mentions (
            article INTEGER NOT NULL REFERENCES articles(number) ON DELETE CASCADE,
            entity_position INTEGER NOT NULL,
            position INTEGER NOT NULL,
            entity_id TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (article, entity_position, position)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX mentions_entity ON mentions(entity_id)",
        """
        CREATE TABLE times (
            article INTEGER NOT NULL REFERENCES articles(number) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            value TEXT,
            precision TEXT,
            anchor TEXT NOT NULL,
            confidence REAL NOT NULL,
            note TEXT,
            PRIMARY KEY (article, position)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE quotes (
            number INTEGER PRIMARY KEY,
            article INTEGER NOT NULL REFERENCES articles(number) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            direct INTEGER NOT NULL,
            kind TEXT NOT NULL,
            speaker_id TEXT,
            speaker_name TEXT,
            via TEXT NOT NULL,
            note TEXT
        )
        """,
        "CREATE UNIQUE INDEX quotes_article ON quotes(article, position)",
        "CREATE INDEX quotes_speaker ON quotes(speaker_id)",
        """
        CREATE TABLE events (
            article INTEGER NOT NULL REFERENCES articles(number) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            type TEXT NOT NULL,
            cameo TEXT NOT NULL,
            date TEXT,
            time TEXT,
            actors TEXT NOT NULL,
            place_id TEXT,
            place_name TEXT,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            trigger_start INTEGER NOT NULL,
            trigger_end INTEGER NOT NULL,
            negated INTEGER NOT NULL,
            modality TEXT NOT NULL,
            reported INTEGER NOT NULL,
            confidence REAL NOT NULL,
            PRIMARY KEY (article, position)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX events_date ON events(date) WHERE date IS NOT NULL",
        """
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            headline TEXT NOT NULL,
            first_date TEXT,
            last_date TEXT,
            summary TEXT,
            updated_at TEXT NOT NULL
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE ingest_runs (
            number INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            paths TEXT NOT NULL,
            new INTEGER,
            updated INTEGER,
            duplicates INTEGER,
            failed INTEGER,
            skipped INTEGER,
            seconds REAL
        )
        """,
        """
        CREATE TABLE ingest_log (
            number INTEGER PRIMARY KEY,
            run INTEGER NOT NULL REFERENCES ingest_runs(number),
            source TEXT NOT NULL,
            status TEXT NOT NULL,
            article_id TEXT,
            reason TEXT
        )
        """,
        "CREATE INDEX ingest_log_source ON ingest_log(source)",
        "CREATE INDEX ingest_log_run ON ingest_log(run)",
        """
        CREATE TABLE article_versions (
            number INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            article_id TEXT NOT NULL,
            title TEXT,
            published_date TEXT,
            body TEXT NOT NULL,
            replaced_by TEXT NOT NULL,
            run INTEGER
        )
        """,
        "CREATE INDEX article_versions_source ON article_versions(source)",
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, body, content = 'articles', content_rowid = 'number', tokenize = '\(StemmingTokenizer.name)'
        )
        """,
        """
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, body) VALUES (new.number, new.title, new.body);
        END
        """,
        """
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.number, old.title, old.body);
        END
        """,
        """
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.number, old.title, old.body);
            INSERT INTO articles_fts(rowid, title, body) VALUES (new.number, new.title, new.body);
        END
        """,
    ]

    /// The kept timeline (`SQLiteStore+Timeline.swift`): fused entries, the keys queries and
    /// later mentions find them by, their member mentions, and the articles not placed yet.
    /// Triggers on `articles` keep the pending list, so no write path can forget it: a new
    /// article, or one given another story or original, is pending; a deleted one leaves its
    /// entries stale. An existing store starts with every article pending.
    static let schemaV2Timeline: [String] = [
        """
        CREATE TABLE timeline_entries (
            number INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            type TEXT NOT NULL,
            date_lower INTEGER,
            date_upper INTEGER,
            month TEXT,
            source_count INTEGER NOT NULL
        )
        """,
        // The entries' JSON apart, so that counting and sorting an entity's thousands of
        // entries reads small rows.
        """
        CREATE TABLE timeline_entry_json (
            entry INTEGER PRIMARY KEY REFERENCES timeline_entries(number) ON DELETE CASCADE,
            json TEXT NOT NULL
        )
        """,
        // The timeline's order, so a page of everything is read in order without sorting.
        "CREATE INDEX timeline_entries_order ON timeline_entries(date_lower IS NULL, date_lower, date_upper DESC, type, id)",
        "CREATE INDEX timeline_entries_month ON timeline_entries(month)",
        "CREATE INDEX timeline_entries_dates ON timeline_entries(date_lower, date_upper)",
        "CREATE INDEX timeline_entries_id ON timeline_entries(id)",
        """
        CREATE TABLE timeline_keys (
            key TEXT NOT NULL,
            entry INTEGER NOT NULL REFERENCES timeline_entries(number) ON DELETE CASCADE,
            PRIMARY KEY (key, entry)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX timeline_keys_entry ON timeline_keys(entry)",
        """
        CREATE TABLE timeline_members (
            article INTEGER NOT NULL,
            position INTEGER NOT NULL,
            entry INTEGER NOT NULL REFERENCES timeline_entries(number) ON DELETE CASCADE,
            rank INTEGER NOT NULL,
            PRIMARY KEY (article, position)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX timeline_members_entry ON timeline_members(entry, rank)",
        "CREATE TABLE timeline_pending (article INTEGER PRIMARY KEY)",
        "CREATE TABLE timeline_stale (entry INTEGER PRIMARY KEY)",
        "CREATE TABLE timeline_version (version TEXT NOT NULL)",
        """
        CREATE TRIGGER timeline_article_insert AFTER INSERT ON articles BEGIN
            INSERT OR IGNORE INTO timeline_pending(article) VALUES (new.number);
        END
        """,
        """
        CREATE TRIGGER timeline_article_assign AFTER UPDATE OF story_id, duplicate_of ON articles
        WHEN new.story_id IS NOT old.story_id OR new.duplicate_of IS NOT old.duplicate_of BEGIN
            INSERT OR IGNORE INTO timeline_pending(article) VALUES (new.number);
        END
        """,
        """
        CREATE TRIGGER timeline_article_delete AFTER DELETE ON articles BEGIN
            INSERT OR IGNORE INTO timeline_stale(entry) SELECT entry FROM timeline_members WHERE article = old.number;
            DELETE FROM timeline_members WHERE article = old.number;
            DELETE FROM timeline_pending WHERE article = old.number;
        END
        """,
        "INSERT INTO timeline_pending(article) SELECT number FROM articles",
    ]
}
