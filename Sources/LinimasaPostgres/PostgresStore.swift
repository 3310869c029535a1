#if PostgreSQL
internal import Foundation
public import LinimasaCore
internal import Logging
internal import PostgresNIO
internal import Synchronization

/// The server store: a PostgreSQL database through postgres-nio, for teams and
/// archives larger than one machine.
///
/// It keeps what ``ArticleStore`` asks for in the tables of `docs/storage.md`
/// ("PostgreSQL"), searches with PostgreSQL full-text search over a `tsvector`
/// made in Swift from the language pack's stems (the same terms as the SQLite
/// store), and lets several `linimasa ingest` workers on different machines
/// write at once: every batch is one transaction, concurrent saves of the same
/// article or source are serialised by transaction-scoped advisory locks, and
/// inputs can be shared through the `ingest_queue` table
/// (``enqueue(_:)``, ``claim(_:worker:)``), claimed with `FOR UPDATE SKIP LOCKED`.
///
/// A lost connection fails the operation in flight with a one-line
/// ``LinimasaError`` (`.storage`); its transaction is rolled back by the server,
/// and everything committed before is kept.
public final class PostgresStore: ArticleStore {
    /// How to reach the server.
    public struct Configuration: Sendable {
        /// Host name or address. The default is `127.0.0.1`.
        public var host = "127.0.0.1"
        /// TCP port. The default is 5432.
        public var port = 5432
        /// Role to log in as. The default is `postgres`.
        public var username = "postgres"
        /// Password, or `nil` for trust or peer authentication.
        public var password: String?
        /// Database name. The default is `linimasa`.
        public var database = "linimasa"
        /// Seconds to wait for a connection, and for one operation, before failing
        /// with a message. The default is 10 (a batch of 200 articles takes well under 1).
        public var timeout: Double = 10
        /// Most connections the store opens. The default is 4.
        public var maximumConnections = 4
        /// Create the schema in an empty database. The default is `true`; read-only
        /// commands set it to `false` so that a wrong database is an error.
        public var create = true
        /// Whether to encrypt the connection. The default is ``TLSMode/disable``.
        public var tls = TLSMode.disable
        /// A PEM file of certificate authorities to verify the server with
        /// (`sslrootcert=`), instead of the system's.
        public var rootCertificate: String?

        /// The default configuration: `postgres@127.0.0.1:5432/linimasa`.
        public init() {}

        /// Reads `postgres://user:password@host:port/database` (also `postgresql://`),
        /// with optional `?sslmode=disable|prefer|require|verify-ca|verify-full` and
        /// `sslrootcert=PATH` as in libpq.
        ///
        /// - Throws: ``LinimasaError`` `.invalidInput` when `url` is not such a URL
        ///   or names an unknown `sslmode`.
        public init(url: String) throws {
            guard let parts = URLComponents(string: url), let scheme = parts.scheme?.lowercased(),
                scheme == "postgres" || scheme == "postgresql"
            else {
                throw LinimasaError(.invalidInput, "'\(url)' is not a postgres://user:password@host:port/database URL")
            }
            if let host = parts.host, !host.isEmpty { self.host = host }
            if let port = parts.port { self.port = port }
            if let user = parts.user, !user.isEmpty { self.username = user.removingPercentEncoding ?? user }
            self.password = parts.password.map { $0.removingPercentEncoding ?? $0 }
            let name = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
            if !name.isEmpty { self.database = name }
            for item in parts.queryItems ?? [] {
                switch (item.name, item.value ?? "") {
                case ("sslmode", let value):
                    guard let mode = TLSMode(rawValue: value) else {
                        throw LinimasaError(
                            .invalidInput,
                            "'\(url)': sslmode takes disable, prefer, require, verify-ca or verify-full, not '\(value)'"
                        )
                    }
                    self.tls = mode
                case ("sslrootcert", let value) where !value.isEmpty:
                    self.rootCertificate = value
                default:
                    continue
                }
            }
        }

        /// `user@host:port/database`, without the password: how messages name the store.
        public var displayName: String { "\(username)@\(host):\(port)/\(database)" }
    }

    /// TLS for the connection, with libpq's `sslmode` names.
    public enum TLSMode: String, Sendable {
        /// Plain TCP.
        case disable
        /// TLS when the server offers it, without checking its certificate; plain otherwise.
        case prefer
        /// TLS or no connection; the certificate is not checked (libpq's `require`).
        case require
        /// TLS with the certificate checked against the trusted authorities, not the host name.
        case verifyCA = "verify-ca"
        /// TLS with the certificate checked against the trusted authorities and the host name.
        case verifyFull = "verify-full"
    }

    /// How messages name the store (`user@host:port/database`).
    public let name: String
    let client: PostgresClient
    let runner: Task<Void, Never>
    let terms: SearchTerms
    let timeout: Double
    let create: Bool
    /// The schema check, run once by the first operation.
    let schema = Mutex<Task<Void, any Error>?>(nil)
    let logger = Logger(label: "linimasa.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    /// Monotonic clock for run timing.
    let clock = ContinuousClock()

    /// Sets up a connection pool; nothing is sent to the server yet.
    ///
    /// The first operation (or ``prepare()``) connects, checks the database and
    /// creates or upgrades the schema; every operation waits for that step.
    ///
    /// - Parameters:
    ///   - configuration: Where the server is and how long to wait for it.
    ///   - pack: The language pack whose words and stems the search index uses.
    public init(configuration: Configuration, pack: any LanguagePack) {
        let client = PostgresClient(configuration: PostgresStore.clientConfiguration(configuration))
        self.client = client
        self.runner = Task { await client.run() }
        self.name = configuration.displayName
        self.terms = SearchTerms(pack: pack)
        self.timeout = max(0.1, configuration.timeout)
        self.create = configuration.create
    }

    /// Connects and checks or creates the schema now, rather than at the first operation.
    ///
    /// - Throws: ``LinimasaError`` `.storage` when the server cannot be reached or
    ///   refuses the login, the database belongs to another program, its schema
    ///   is newer than this linimasa, or it holds no store and
    ///   ``Configuration/create`` is off.
    public func prepare() async throws {
        let task = schema.withLock { task in
            if let task { return task }
            let made = Task { try await self.prepareSchema() }
            task = made
            return made
        }
        do {
            try await task.value
        } catch {
            // Let the next operation try again (the server may be back).
            schema.withLock { $0 = nil }
            throw error
        }
    }

    /// postgres-nio's configuration for ours.
    static func clientConfiguration(_ configuration: Configuration) -> PostgresClient.Configuration {
        var options = PostgresClient.Configuration(
            host: configuration.host,
            port: configuration.port,
            username: configuration.username,
            password: configuration.password,
            database: configuration.database,
            tls: tls(configuration)
        )
        options.options.connectTimeout = .milliseconds(Int64(configuration.timeout * 1000))
        options.options.maximumConnections = max(1, configuration.maximumConnections)
        return options
    }

    /// postgres-nio's TLS setting (swift-nio-ssl, which postgres-nio already uses) for ours.
    static func tls(_ configuration: Configuration) -> PostgresClient.Configuration.TLS {
        var tls = TLSConfiguration.makeClientConfiguration()
        if let root = configuration.rootCertificate { tls.trustRoots = .file(root) }
        switch configuration.tls {
        case .disable:
            return .disable
        case .prefer:
            tls.certificateVerification = .none
            return .prefer(tls)
        case .require:
            tls.certificateVerification = .none
            return .require(tls)
        case .verifyCA:
            tls.certificateVerification = .noHostnameVerification
            return .require(tls)
        case .verifyFull:
            return .require(tls)
        }
    }

    /// Runs one statement outside any transaction in the server's `postgres`
    /// database, as `configuration`'s user (tests: `CREATE DATABASE`, `DROP DATABASE`).
    package static func administerForTesting(_ sql: String, configuration: Configuration) async throws {
        var admin = configuration
        admin.database = "postgres"
        let client = PostgresClient(configuration: clientConfiguration(admin))
        let runner = Task { await client.run() }
        defer { runner.cancel() }
        try await client.query(PostgresQuery(unsafeSQL: sql))
    }

    deinit {
        runner.cancel()
    }

    // MARK: Running statements

    /// Runs `body` on one pooled connection, mapping failures to ``LinimasaError``.
    func reading<T: Sendable>(
        _ doing: String,
        _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await prepare()
        do {
            return try await bounded { try await self.client.withConnection(body) }
        } catch {
            throw describe(error, doing)
        }
    }

    /// Runs `body` in one transaction (`BEGIN` … `COMMIT`, rolled back when it
    /// throws), mapping failures to ``LinimasaError``.
    @discardableResult
    func writing<T: Sendable>(
        _ doing: String,
        _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await prepare()
        return try await transaction(doing, body)
    }

    /// ``writing(_:_:)`` without waiting for the schema (the schema step itself).
    @discardableResult
    func transaction<T: Sendable>(
        _ doing: String,
        _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        let logger = self.logger
        do {
            return try await bounded {
                try await self.client.withConnection { connection in
                    try await connection.query("BEGIN", logger: logger)
                    do {
                        let result = try await body(connection)
                        try await connection.query("COMMIT", logger: logger)
                        return result
                    } catch {
                        // A dropped connection has no transaction left to roll back.
                        if !connection.isClosed { _ = try? await connection.query("ROLLBACK", logger: logger) }
                        throw error
                    }
                }
            }
        } catch {
            throw describe(error, doing)
        }
    }

    /// Runs `body`, failing with ``OperationTimeout`` after ``Configuration/timeout``
    /// seconds (postgres-nio keeps retrying an unreachable server, and a request
    /// on a connection the server dropped may never be answered).
    ///
    /// The caller gets the first of the result and the timeout; on timeout the
    /// work is cancelled and left to finish on its own, not waited for.
    func bounded<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let seconds = timeout
        let race = Race<T>()
        defer { race.cancelTimer() }
        return try await withCheckedThrowingContinuation { continuation in
            race.start(continuation, seconds: seconds, body)
        }
    }

    /// Wraps a postgres-nio failure in a ``LinimasaError`` that says what to do.
    func describe(_ error: any Error, _ doing: String) -> LinimasaError {
        if let error = error as? LinimasaError { return error }
        let kept = "everything committed before is kept; run again when the server is back"
        if let timeout = error as? OperationTimeout {
            return LinimasaError(
                .storage,
                "\(doing) PostgreSQL at \(name): no answer within \(timeout.seconds) s; is the server running? (\(kept))",
                cause: timeout
            )
        }
        guard let psql = error as? PSQLError else {
            // The pool gives up on a server it cannot reach with its own error type.
            if String(describing: type(of: error)).contains("ConnectionPoolError") {
                return LinimasaError(
                    .storage,
                    "\(doing) PostgreSQL at \(name): cannot connect; is the server running and the address right? (\(kept))",
                    cause: error
                )
            }
            return LinimasaError(.storage, "\(doing) PostgreSQL at \(name)", cause: error)
        }
        let cause = CompactPostgresError(psql)
        switch psql.code {
        case .server:
            let state = psql.serverInfo?[.sqlState] ?? ""
            if state == "57P01" || state == "57P02" || state == "57P03" {
                return LinimasaError(
                    .storage,
                    "\(doing) PostgreSQL at \(name): the server closed the connection (\(kept))",
                    cause: cause
                )
            }
            if state == "28P01" || state == "28000" {
                return LinimasaError(
                    .storage,
                    "cannot log in to PostgreSQL at \(name): wrong user or password in --db",
                    cause: cause
                )
            }
            if state == "3D000" {
                return LinimasaError(
                    .storage,
                    "no database '\(psql.serverInfo?[.message] ?? name)' at \(name); create it (createdb) first",
                    cause: cause
                )
            }
            if state == "53100" {
                return LinimasaError(
                    .storage,
                    "\(doing) PostgreSQL at \(name): the server's disk is full (\(kept))",
                    cause: cause
                )
            }
            return LinimasaError(.storage, "\(doing) PostgreSQL at \(name)", cause: cause)
        case .connectionError, .serverClosedConnection, .uncleanShutdown, .clientClosedConnection, .poolClosed:
            return LinimasaError(
                .storage,
                "\(doing) PostgreSQL at \(name): lost the connection to the server (\(kept))",
                cause: cause
            )
        default:
            return LinimasaError(.storage, "\(doing) PostgreSQL at \(name)", cause: cause)
        }
    }

    // MARK: Checks for tests and tools

    /// Runs raw SQL in a transaction (tests: fault injection).
    package func executeForTesting(_ sql: String) async throws {
        let logger = self.logger
        try await writing("cannot run a test statement on") { connection in
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
        }
    }

    /// The first column of the first row of `sql`, as an integer (tests).
    package func integerForTesting(_ sql: String) async throws -> Int? {
        let logger = self.logger
        return try await reading("cannot read from") { connection in
            for try await value in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
                .decode(Int?.self)
            {
                return value
            }
            return nil
        }
    }
}

/// The result of some work or a timeout, whichever comes first, delivered once.
final class Race<T: Sendable>: Sendable {
    private let waiting = Mutex<CheckedContinuation<T, any Error>?>(nil)
    private let timer = Mutex<Task<Void, Never>?>(nil)

    /// Starts `body` and a timer of `seconds`; the first to end resumes `continuation`.
    func start(
        _ continuation: CheckedContinuation<T, any Error>,
        seconds: Double,
        _ body: @escaping @Sendable () async throws -> T
    ) {
        waiting.withLock { $0 = continuation }
        let work = Task {
            do { self.finish(.success(try await body())) } catch { self.finish(.failure(error)) }
        }
        let clock = Task {
            try? await Task.sleep(for: .milliseconds(Int64(seconds * 1000)))
            guard !Task.isCancelled else { return }
            work.cancel()
            self.finish(.failure(OperationTimeout(seconds: seconds)))
        }
        timer.withLock { $0 = clock }
    }

    /// Resumes the waiting caller, unless it was already resumed.
    func finish(_ result: Result<T, any Error>) {
        let continuation = waiting.withLock { waiting in
            defer { waiting = nil }
            return waiting
        }
        continuation?.resume(with: result)
    }

    /// Stops the timer once the caller has its answer.
    func cancelTimer() {
        timer.withLock { $0?.cancel() }
    }
}

/// An operation that took longer than ``PostgresStore/Configuration/timeout``.
struct OperationTimeout: Error, CustomStringConvertible {
    let seconds: Double
    var description: String { "timed out after \(seconds) s" }
}

/// A `PSQLError` that describes itself on one line by its SQLSTATE and message
/// (its own description hides them); the original is kept in `underlying`.
struct CompactPostgresError: Error, CustomStringConvertible {
    let underlying: PSQLError

    init(_ error: PSQLError) { self.underlying = error }

    var description: String {
        if let message = underlying.serverInfo?[.message] {
            return "PostgreSQL \(underlying.serverInfo?[.sqlState] ?? "error"): \(message)"
        }
        if let cause = underlying.underlying { return "\(underlying.code): \(cause)" }
        return "\(underlying.code)"
    }
}
#endif
