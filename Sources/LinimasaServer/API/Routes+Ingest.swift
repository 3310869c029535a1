internal import Foundation
internal import HTTPTypes
internal import Hummingbird
internal import Linimasa
internal import LinimasaCore
internal import LinimasaText
internal import Logging

extension LinimasaServer {
    /// `POST /api/articles`: ingests the body (text, HTML or JSON Lines) behind the token.
    func addIngestRoute(to router: Router<APIContext>) {
        let server = self
        router.post("/api/articles") { request, context in
            let query = QueryParameters(request)
            let format = try Self.format(of: request, query)
            let published = try query.day("published")
            let limit = server.configuration.maxBodyBytes
            if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
                throw HTTPError(.contentTooLarge, message: "the body has \(declared) bytes; this server accepts at most \(limit)")
            }
            let buffer: ByteBuffer
            do {
                buffer = try await request.body.collect(upTo: limit)
            } catch let error as HTTPError where error.status == .contentTooLarge {
                throw HTTPError(.contentTooLarge, message: "the body is larger than the \(limit) bytes this server accepts")
            }
            let bytes = Array(buffer.readableBytesView)
            guard !bytes.isEmpty else { throw HTTPError(.badRequest, message: "the body is empty; send an article as text, HTML or JSON Lines") }
            let source = query.text("source") ?? "http:" + ContentHash.hex(ContentHash.fnv1a(bytes))
            let analyzer = published.map { server.analyzer.givingPublished($0) } ?? server.analyzer
            let ingester = Ingester(analyzer: analyzer, store: server.store)
            let (summary, log) = try await server.ingestGate.run {
                try await ingester.run(bytes: bytes, source: source, format: format)
            }
            await server.timelineCache.clear()
            context.logger.info("POST /api/articles \(source): \(summary.new) new, \(summary.updated) updated, \(summary.duplicates) duplicates, \(summary.failed) failed")
            return JSONResponse(IngestResult(summary: summary, log: log))
        }
    }

    /// The format the query or the Content-Type names, or `nil` to guess.
    static func format(of request: Request, _ query: QueryParameters) throws -> InputFormat? {
        if let name = query.text("format") {
            guard let format = InputFormat(rawValue: name) else {
                throw HTTPError(.badRequest, message: "'format' takes text, html or jsonl, not '\(name)'")
            }
            return format
        }
        let type = request.headers[.contentType]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        switch type {
        case "text/html", "application/xhtml+xml": return .html
        case "application/x-ndjson", "application/jsonl", "application/jsonlines", "application/x-jsonlines": return .jsonLines
        case "text/plain": return .text
        default: return nil
        }
    }
}

/// What `POST /api/articles` answers: the counts and one row per source.
struct IngestResult: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        var source: String
        var status: String
        var articleID: String?
        var reason: String?
    }
    var new: Int
    var updated: Int
    var duplicates: Int
    var failed: Int
    var skipped: Int
    var seconds: Double
    var articles: [Item]

    init(summary: IngestSummary, log: [IngestLogEntry]) {
        new = summary.new
        updated = summary.updated
        duplicates = summary.duplicates
        failed = summary.failed
        skipped = summary.skipped
        seconds = (summary.seconds * 1000).rounded() / 1000
        articles = log.map { Item(source: $0.source, status: $0.status.rawValue, articleID: $0.articleID, reason: $0.reason) }
    }
}
