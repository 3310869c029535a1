internal import Foundation
internal import GRDB
public import LinimasaCore
internal import Synchronization

/// The embedded store: one SQLite file through GRDB, with FTS5 search.
///
/// A file store runs in WAL mode with `synchronous = FULL`, so readers never
/// wait for the writer and a committed transaction survives a crash or a power
/// cut. Waiting for another connection's lock is bounded by
/// ``Configuration/busyTimeout``. The schema is created and upgraded by
/// ``SQLiteStore/migrator`` when the store opens.
///
/// Opening refuses, with a one-line ``LinimasaError`` (`.storage`), a file that
/// is not SQLite, an SQLite database of another program, and a store written by
/// a newer linimasa; nothing in the file is changed then.
public final class SQLiteStore: ArticleStore {
    /// How to open a store.
    public struct Configuration: Sendable {
        /// Seconds to wait for a lock held by another connection before failing.
        /// The default is 10.
        public var busyTimeout: Double = 10
        /// Create the file when it does not exist. The default is `true`; read-only
        /// commands set it to `false` so that a mistyped path is an error.
        public var create = true
        /// Searches matching more articles than this rank by BM25 only the newest
        /// this many matches (by storage order), so a common word stays fast on a
        /// large store. The default is 2,000.
        public var rankWindow = 2_000

        public init() {}
    }

    /// The file's path, or `:memory:`.
    public let path: String
    let writer: any DatabaseWriter
    let tokenizer: StemmingTokenizer
    let lease: IngestLease
    /// See ``Configuration/rankWindow``.
    let rankWindow: Int
    /// Monotonic clock for run timing and log rows.
    let clock = ContinuousClock()

    /// The SQLite `application_id` of a linimasa store: `LNMS`.
    static let applicationID: Int32 = 0x4C4E_4D53

    /// Opens (creating if allowed) the store at `path`, or an in-memory store for `nil`.
    ///
    /// - Parameters:
    ///   - path: A file path, or `nil` for a private in-memory store (tests).
    ///   - pack: The language pack whose words and stems the search index uses.
    ///   - configuration: Timeouts and whether to create the file.
    /// - Throws: ``LinimasaError`` `.storage` naming the path when the file cannot
    ///   be opened, is not a linimasa store, or is newer than this linimasa.
    public init(path: String?, pack: any LanguagePack, configuration: Configuration = .init()) throws {
        let tokenizer = StemmingTokenizer(pack: pack)
        self.tokenizer = tokenizer
        self.path = path ?? ":memory:"
        self.rankWindow = max(1, configuration.rankWindow)
        var config = GRDB.Configuration()
        config.busyMode = .timeout(configuration.busyTimeout)
        config.prepareDatabase { db in
            tokenizer.register(on: db)
            RowSet.register(on: db)
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
            // 32 MiB of pages per connection (SQLite's default is 2 MiB): a timeline page reads
            // a few thousand rows spread over the file.
            try db.execute(sql: "PRAGMA cache_size = -32768")
        }
        guard let path else {
            let queue = try DatabaseQueue(configuration: config)
            self.writer = queue
            self.lease = IngestLease(lockPath: nil)
            try SQLiteStore.prepareSchema(queue, path: ":memory:")
            return
        }
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists, !configuration.create {
            throw LinimasaError(.storage, "no store at '\(path)'; run `linimasa ingest --db \(path) PATH…` first")
        }
        if exists { try SQLiteStore.checkHeader(path) }
        do {
            self.writer = try DatabasePool(path: path, configuration: config)
        } catch {
            throw SQLiteStore.error(error, "cannot open", path: path)
        }
        self.lease = IngestLease(lockPath: path + "-ingest.lock")
        try SQLiteStore.prepareSchema(writer, path: path)
    }

    /// Refuses a file that is neither empty nor an SQLite database, before SQLite touches it.
    static func checkHeader(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw LinimasaError(.storage, "cannot open '\(path)': permission denied")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { return }
        if header != Data("SQLite format 3\0".utf8) {
            throw LinimasaError(
                .storage,
                "'\(path)' is not a linimasa store (not an SQLite file); pass another --db or move it away"
            )
        }
    }

    /// Checks what the file holds, then creates or upgrades the schema.
    static func prepareSchema(_ writer: any DatabaseWriter, path: String) throws {
        do {
            let state = try writer.read { db -> (foreign: Bool, newer: Bool) in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try String.fetchAll(
                    db,
                    sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                )
                if applicationID != 0 && applicationID != SQLiteStore.applicationID { return (true, false) }
                // GRDB creates its migrations table before the first migration sets the application
                // id, so a store being created by another process may briefly have the table and no id:
                // that is not a foreign file. A foreign GRDB file shows up as migrations we don't know.
                if !tables.isEmpty && !tables.contains("grdb_migrations") { return (true, false) }
                if tables.contains("grdb_migrations") { return (false, try SQLiteStore.migrator.hasBeenSuperseded(db)) }
                return (false, false)
            }
            if state.foreign {
                throw LinimasaError(
                    .storage,
                    "'\(path)' is an SQLite database of another program, not a linimasa store; pass another --db"
                )
            }
            if state.newer {
                throw LinimasaError(
                    .storage,
                    "'\(path)' was written by a newer linimasa (unknown schema migrations); upgrade linimasa to use it"
                )
            }
            try SQLiteStore.migrator.migrate(writer)
        } catch let error as LinimasaError {
            throw error
        } catch {
            throw SQLiteStore.error(error, "cannot open", path: path)
        }
    }

    /// Wraps a GRDB or SQLite failure in a ``LinimasaError`` that says what to do.
    static func error(_ error: any Error, _ doing: String, path: String) -> LinimasaError {
        if let error = error as? LinimasaError { return error }
        guard let database = error as? DatabaseError else {
            return LinimasaError(.storage, "\(doing) '\(path)'", cause: error)
        }
        let cause = CompactDatabaseError(database)
        switch database.resultCode {
        case .SQLITE_FULL:
            return LinimasaError(
                .storage,
                "\(doing) '\(path)': the disk is full; free some space and run again (everything committed before is kept)",
                cause: cause
            )
        case .SQLITE_NOTADB:
            return LinimasaError(
                .storage,
                "'\(path)' is not a linimasa store (not an SQLite file); pass another --db or move it away",
                cause: cause
            )
        case .SQLITE_CORRUPT:
            return LinimasaError(
                .storage,
                "'\(path)' is damaged; restore it from a backup or re-ingest into a new --db",
                cause: cause
            )
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return LinimasaError(
                .storage,
                "\(doing) '\(path)': another process holds it locked; try again when it is done",
                cause: cause
            )
        case .SQLITE_READONLY:
            return LinimasaError(.storage, "\(doing) '\(path)': the file or its folder is read-only", cause: cause)
        case .SQLITE_CANTOPEN:
            return LinimasaError(.storage, "\(doing) '\(path)': the file or its folder cannot be opened", cause: cause)
        case .SQLITE_IOERR:
            return LinimasaError(.storage, "\(doing) '\(path)': input/output error; check the disk", cause: cause)
        default:
            return LinimasaError(.storage, "\(doing) '\(path)'", cause: cause)
        }
    }

    /// Runs a read, mapping failures to ``LinimasaError``.
    func reading<T: Sendable>(_ doing: String, _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await writer.read(body)
        } catch {
            throw SQLiteStore.error(error, doing, path: path)
        }
    }

    /// Runs an immediate write transaction (the write lock is taken at `BEGIN`,
    /// waiting up to the busy timeout), mapping failures to ``LinimasaError``.
    func writing<T: Sendable>(_ doing: String, _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!  // set by the transaction body, which committed
            }
        } catch {
            throw SQLiteStore.error(error, doing, path: path)
        }
    }

    // MARK: Checks for tests and tools

    /// `PRAGMA integrity_check`'s answer: `ok` for a sound file.
    package func integrityCheck() throws -> String {
        try writer.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }

    /// Runs raw SQL on the writer connection (tests: fault injection, schema tampering).
    package func executeForTesting(_ sql: String) throws {
        try writer.writeWithoutTransaction { db in try db.execute(sql: sql) }
    }

    /// The first column of the first row of `sql`, as an integer (tests).
    package func integerForTesting(_ sql: String) throws -> Int? {
        try writer.read { db in try Int.fetchOne(db, sql: sql) }
    }

    /// The terms the search index makes of `text` (tests, diagnostics).
    package func indexTerms(_ text: String) -> [String] {
        tokenizer.terms(in: text).map(\.term)
    }
}

/// A `DatabaseError` that describes itself by its code and SQLite message, on one
/// line (GRDB's own description repeats the statement, which spans lines); the
/// original is kept whole in `underlying`.
struct CompactDatabaseError: Error, CustomStringConvertible {
    let underlying: DatabaseError
    let code: Int32
    let message: String

    init(_ error: DatabaseError) {
        self.underlying = error
        self.code = error.extendedResultCode.rawValue
        self.message = error.message ?? "SQLite error \(error.resultCode.rawValue)"
    }

    var description: String { "SQLite error \(code): \(message)" }
}
