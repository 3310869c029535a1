import Foundation
import Linimasa
import LinimasaCore
import LinimasaServer
import LinimasaTestSupport
import Logging

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A running `linimasa serve` on a free loopback port, over a temporary store.
struct TestServer: Sendable {
    let port: Int
    let store: any ArticleStore
    let folder: URL

    var base: String { "http://127.0.0.1:\(port)" }

    /// Starts a server; `samples` ingests the sample corpus first.
    static func start(samples: Bool, configuration: ServerConfiguration = .init()) async throws -> TestServer {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linimasa-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let analyzer = try Analyzer()
        let store = try StoreFactory.open(folder.appendingPathComponent("t.db").path, create: true, pack: analyzer.pack)
        if samples {
            _ = try await Ingester(analyzer: analyzer, store: store).run(paths: [Corpus.samples.appendingPathComponent("articles").path])
        }
        var configuration = configuration
        configuration.port = 0
        let server = LinimasaServer(store: store, analyzer: analyzer, configuration: configuration)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        var quiet = Logger(label: "linimasa.test")
        quiet.logLevel = .critical
        Task.detached { [quiet] in try await server.run(logger: quiet) { continuation.yield($0) } }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw URLError(.cannotConnectToHost) }
        return TestServer(port: port, store: store, folder: folder)
    }

    /// The samples server, started once for every test that only reads.
    static let samples = Shared()

    actor Shared {
        private var server: Task<TestServer, any Error>?

        func get() async throws -> TestServer {
            if let server { return try await server.value }
            let task = Task { try await TestServer.start(samples: true) }
            server = task
            return try await task.value
        }
    }

    /// A request's status, JSON body (if it is JSON) and raw bytes.
    struct Answer: Sendable {
        var status: Int
        var bytes: Data
        var contentType: String?
        var json: Any? { try? JSONSerialization.jsonObject(with: bytes) }
        var object: [String: Any] { json as? [String: Any] ?? [:] }
        var items: [[String: Any]] { object["items"] as? [[String: Any]] ?? [] }
        var errorMessage: String? { (object["error"] as? [String: Any])?["message"] as? String }
    }

    func get(_ path: String, headers: [String: String] = [:]) async throws -> Answer {
        try await send("GET", path, body: nil, headers: headers)
    }

    func send(_ method: String, _ path: String, body: Data?, headers: [String: String] = [:]) async throws -> Answer {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = method
        request.httpBody = body
        request.timeoutInterval = 60
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        return Answer(status: http.statusCode, bytes: data, contentType: http.value(forHTTPHeaderField: "Content-Type"))
    }
}
