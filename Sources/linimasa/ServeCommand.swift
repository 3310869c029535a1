import ArgumentParser
import Foundation
import Linimasa
import LinimasaCore
import LinimasaServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the store over HTTP: the JSON API (/api, described at /openapi.json) and the web page (/).",
        discussion: """
            Reading is open unless --private. POST /api/articles ingests text, HTML or JSON Lines and \
            needs the token (--token, or the LINIMASA_TOKEN environment variable) as \
            'Authorization: Bearer TOKEN'; without a token, ingest over HTTP is off. \
            --demo serves a temporary store with the bundled samples ingested.
            """
    )

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one).")
    var port = 8080

    @Option(help: "The token that allows ingest (default: $LINIMASA_TOKEN).")
    var token: String?

    @Flag(name: .customLong("private"), help: "Reading needs the token too.")
    var privateReads = false

    @Option(help: "The largest request body accepted, in bytes.")
    var maxBody = 8 << 20

    @Flag(help: "Serve a temporary store holding the bundled sample corpus.")
    var demo = false

    @OptionGroup var store: StoreOptions

    @OptionGroup var options: CommonOptions

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port takes 0 to 65535, not \(port)") }
        guard maxBody > 0 else { throw ValidationError("--max-body must be positive, not \(maxBody)") }
        if let token, token.count < 8 { throw ValidationError("--token must have at least 8 characters") }
        if privateReads, resolvedToken == nil {
            throw ValidationError("--private needs a token: --token or LINIMASA_TOKEN")
        }
    }

    /// The token from the option, else from the environment.
    var resolvedToken: String? {
        token ?? ProcessInfo.processInfo.environment["LINIMASA_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
    }

    func run() throws {
        try reportingErrors {
            let analyzer = try Analyzer(configuration: options.analyzerConfiguration())
            var location = store.database
            var cleanup: (() -> Void)?
            if demo {
                location = NSTemporaryDirectory() + "linimasa-serve-demo-\(ProcessInfo.processInfo.processIdentifier).db"
                cleanup = { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: location + suffix) } }
            }
            defer { cleanup?() }
            // With a token the server can ingest, so an empty store is a fine start.
            let opened = try StoreFactory.open(location, create: demo || resolvedToken != nil, pack: analyzer.pack)
            if demo {
                let samples = try Demo.bundledSamples()
                let summary = try runBlocking { try await Ingester(analyzer: analyzer, store: opened).run(paths: [samples]) }
                printError("linimasa serve --demo: ingested \(summary.new) sample articles into \(location)")
            }
            let configuration = ServerConfiguration(
                host: host,
                port: port,
                token: resolvedToken,
                privateReads: privateReads,
                maxBodyBytes: maxBody
            )
            let server = LinimasaServer(store: opened, analyzer: analyzer, configuration: configuration)
            let shown = demo ? "the demo store" : store.displayName
            let host = self.host
            try runBlocking {
                try await server.run { port in
                    printError("linimasa serving \(shown) on http://\(host):\(port)/ (API at /api, OpenAPI at /openapi.json; Ctrl-C stops)")
                }
            }
        }
    }
}
