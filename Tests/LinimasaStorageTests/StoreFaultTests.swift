import Foundation
import LinimasaCore
import LinimasaStorage
import Testing

/// Opening odd files, newer schemas, a full disk and a second writer.
struct StoreFaultTests {
    /// A new store at `path` holding one full article.
    static func storeWithOneArticle(at path: String) async throws -> SQLiteStore {
        let store = try SQLiteStore(path: path, pack: StoreFixtures.pack)
        try await StoreFixtures.save([StoreFixtures.fullArticle()], in: store)
        return store
    }

    @Test func migratorCreatesTheSchemaOnceAndReopens() async throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.db").path
        do {
            let store = try await Self.storeWithOneArticle(at: path)
            #expect(try store.integerForTesting("PRAGMA application_id") == 0x4C4E_4D53)
            #expect(try store.integerForTesting("SELECT count(*) FROM grdb_migrations") == 2)
        }
        let reopened = try SQLiteStore(path: path, pack: StoreFixtures.pack)
        #expect(try await reopened.statistics().articles == 1)
        #expect(try reopened.integrityCheck() == "ok")
        #expect(try reopened.integerForTesting("SELECT count(*) FROM grdb_migrations") == 2)
    }

    /// A store written before the kept timeline existed gets its tables on opening, with every
    /// stored article pending, so the first refresh fuses them all.
    @Test func storeFromBeforeTheKeptTimelineHasEveryArticlePending() async throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.db").path
        do {
            let store = try await Self.storeWithOneArticle(at: path)
            for trigger in ["insert", "assign", "delete"] { try store.executeForTesting("DROP TRIGGER timeline_article_\(trigger)") }
            for table in ["members", "keys", "entry_json", "entries", "pending", "stale", "version"] { try store.executeForTesting("DROP TABLE timeline_\(table)") }
            try store.executeForTesting("DELETE FROM grdb_migrations WHERE identifier = 'v2-timeline'")
        }
        let reopened = try SQLiteStore(path: path, pack: StoreFixtures.pack)
        #expect(try await reopened.timelinePending() == 1)
        #expect(try reopened.integrityCheck() == "ok")
    }

    @Test func missingStoreIsNotCreatedForReading() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("none.db").path
        var configuration = SQLiteStore.Configuration()
        configuration.create = false
        let error = #expect(throws: LinimasaError.self) {
            try SQLiteStore(path: path, pack: StoreFixtures.pack, configuration: configuration)
        }
        #expect(error?.message == "no store at '\(path)'; run `linimasa ingest --db \(path) PATH…` first")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func notAnSQLiteFileIsRefusedUntouched() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("notes.db").path
        let content = Data("Catatan rapat redaksi, bukan basis data.\n".utf8)
        try content.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: LinimasaError.self) { try SQLiteStore(path: path, pack: StoreFixtures.pack) }
        #expect(error?.code == .storage)
        #expect(
            error?.message
                == "'\(path)' is not a linimasa store (not an SQLite file); pass another --db or move it away"
        )
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
    }

    @Test func damagedSQLiteFileGivesOneLine() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("broken.db").path
        var bytes = Array("SQLite format 3\0".utf8)
        bytes += [UInt8](repeating: 0xAB, count: 4096)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: LinimasaError.self) { try SQLiteStore(path: path, pack: StoreFixtures.pack) }
        #expect(error?.code == .storage)
        #expect(error?.message.hasPrefix("'\(path)' is ") == true, "\(error?.message ?? "")")
        #expect(error?.description.contains("\n") == false)
    }

    @Test func foreignDatabaseIsRefused() throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("other.db").path
        do {
            let store = try SQLiteStore(path: path, pack: StoreFixtures.pack)
            // Make it look like another program's database: its own id, no linimasa history.
            try store.executeForTesting("PRAGMA application_id = 1234")
        }
        let error = #expect(throws: LinimasaError.self) { try SQLiteStore(path: path, pack: StoreFixtures.pack) }
        #expect(
            error?.message
                == "'\(path)' is an SQLite database of another program, not a linimasa store; pass another --db"
        )
    }

    @Test func newerSchemaIsRefusedAndKept() async throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("future.db").path
        do {
            let store = try SQLiteStore(path: path, pack: StoreFixtures.pack)
            try await StoreFixtures.save([StoreFixtures.fullArticle()], in: store)
            try store.executeForTesting("INSERT INTO grdb_migrations(identifier) VALUES ('v99-from-the-future')")
        }
        let error = #expect(throws: LinimasaError.self) { try SQLiteStore(path: path, pack: StoreFixtures.pack) }
        #expect(
            error?.message
                == "'\(path)' was written by a newer linimasa (unknown schema migrations); upgrade linimasa to use it"
        )
    }

    @Test func fullDiskLosesNothingCommitted() async throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("full.db").path
        let store = try SQLiteStore(path: path, pack: StoreFixtures.pack)
        let kept = StoreFixtures.fullArticle()
        try await StoreFixtures.save([kept], in: store)
        // Cap the file at its current size: the next big write fails with SQLITE_FULL.
        let pages = try #require(try store.integerForTesting("PRAGMA page_count"))
        try store.executeForTesting("PRAGMA max_page_count = \(pages)")
        let big = (0..<300).map { n in
            StoreFixtures.plainArticle(
                source: "big\(n).txt",
                title: "Laporan \(n)",
                body: String(
                    repeating: "Laporan panjang nomor \(n) tentang anggaran daerah dan pembangunan jalan desa. ",
                    count: 40
                )
            )
        }
        let run = try await store.beginIngest(paths: ["big"], wait: false)
        let error = await #expect(throws: LinimasaError.self) {
            try await store.save(big.map { IngestRecord(source: $0.article.source, result: .success($0)) }, run: run)
        }
        try await store.finishIngest(run: run, summary: IngestSummary())
        #expect(error?.code == .storage)
        #expect(
            error?.message
                == "cannot save 300 articles to '\(path)': the disk is full; free some space and run again (everything committed before is kept)"
        )
        #expect(try await store.article(id: kept.article.id) == kept)
        #expect(try await store.statistics().articles == 1)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func secondIngestIsRefusedWhileTheFirstWrites() async throws {
        let folder = try StoreFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("busy.db").path
        let first = try SQLiteStore(path: path, pack: StoreFixtures.pack)
        let second = try SQLiteStore(path: path, pack: StoreFixtures.pack)
        let run = try await first.beginIngest(paths: ["a"], wait: false)
        let error = await #expect(throws: LinimasaError.self) {
            try await second.beginIngest(paths: ["b"], wait: false)
        }
        #expect(
            error?.message
                == "another ingest is writing to '\(path)' (process \(ProcessInfo.processInfo.processIdentifier)); wait for it to finish, or pass --wait to queue behind it"
        )
        // A waiting ingest gets its turn once the first finishes.
        let waiting = Task { try await second.beginIngest(paths: ["b"], wait: true) }
        try await Task.sleep(for: .milliseconds(250))
        try await first.finishIngest(run: run, summary: IngestSummary())
        let next = try await waiting.value
        #expect(next == run + 1)
        try await second.finishIngest(run: next, summary: IngestSummary())
        // Reading is never blocked.
        #expect(try await first.statistics().runs == 2)
    }
}
