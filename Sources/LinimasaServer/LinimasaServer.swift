internal import Foundation
public import Hummingbird
public import Linimasa
public import LinimasaCore
internal import HummingbirdCore
public import Logging
internal import NIOCore

/// `linimasa serve`: the JSON API and the web page over one store.
///
/// Reading routes call the store directly (it allows concurrent readers); `POST /api/articles`
/// ingests one request at a time through an ``Ingester``, so HTTP ingest takes the store's
/// writer lease like the command line does.
public struct LinimasaServer: Sendable {
    public let store: any ArticleStore
    public let analyzer: Analyzer
    public let configuration: ServerConfiguration
    /// One HTTP ingest at a time.
    let ingestGate = IngestGate()
    /// Timelines fused lately; cleared by every HTTP ingest.
    let timelineCache = TimelineCache()
    /// Timelines and searches, a few at a time (twice the cores), for clients still there.
    let workGate = WorkGate(permits: 2 * ProcessInfo.processInfo.activeProcessorCount)

    public init(store: any ArticleStore, analyzer: Analyzer, configuration: ServerConfiguration) {
        self.store = store
        self.analyzer = analyzer
        self.configuration = configuration
    }

    /// The routes: the API under `/api`, the OpenAPI document, and the page.
    public func router() -> Router<APIContext> {
        let router = Router(context: APIContext.self)
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: AccessMiddleware(configuration: configuration))
        addReadRoutes(to: router)
        addStoryRoutes(to: router)
        addIngestRoute(to: router)
        PageRoutes.add(to: router)
        return router
    }

    /// Every API route as `METHOD /path/{parameter}`, for checking the OpenAPI document.
    public func routeList() -> [String] {
        router().routes.map { route in
            let path = route.path.description.split(separator: "/", omittingEmptySubsequences: false).map { part in
                part.hasPrefix(":") ? "{" + part.dropFirst() + "}" : String(part)
            }.joined(separator: "/")
            return "\(route.method.rawValue) \(path)"
        }.sorted()
    }

    /// The server, ready to run; `onRunning` gets the port it listens on.
    public func application(
        logger: Logger? = nil,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let logger =
            logger
            ?? {
                var logger = Logger(label: "linimasa.serve")
                logger.logLevel = .info
                return logger
            }()
        return Application(
            router: router(),
            server: .http1(
                configuration: .init(idleTimeout: .seconds(configuration.idleTimeoutSeconds))
            ),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port),
                serverName: "linimasa",
                backlog: 1_024,
                availableConnectionsDelegate: MaximumAvailableConnections(configuration.maxConnections)
            ),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger
        )
    }
}

extension LinimasaServer {
    /// Serves until SIGINT or SIGTERM, then finishes the requests in flight and returns.
    ///
    /// - Parameters:
    ///   - logger: Where requests and failures are logged; the default logs at `info`.
    ///   - onRunning: Called with the port once the server listens.
    public func run(logger: Logger? = nil, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(logger: logger, onRunning: onRunning).runService()
    }
}

/// Lets one HTTP ingest run at a time; the others wait their turn.
actor IngestGate {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        if busy {
            await withCheckedContinuation { waiting.append($0) }
        }
        busy = true
        defer {
            if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
        }
        return try await body()
    }
}
