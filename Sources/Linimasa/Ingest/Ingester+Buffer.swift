internal import Foundation
public import LinimasaCore
public import LinimasaText

extension Ingester {
    /// Ingests one buffer, such as the body of an HTTP request: one article as text or HTML,
    /// or JSON Lines (sources `source:line`), as a run of its own.
    ///
    /// Waits for the writer lease whatever ``IngestConfiguration/wait`` says, so requests
    /// queue behind a running ingest instead of failing.
    ///
    /// - Parameters:
    ///   - bytes: The input.
    ///   - source: Its name in the store and the log (a URL, or a name the caller makes).
    ///   - format: How to read it, or `nil` to guess from the bytes.
    /// - Returns: The run's summary and its log rows, one per source, in input order.
    public func run(bytes: [UInt8], source: String, format: InputFormat?) async throws
        -> (summary: IngestSummary, log: [IngestLogEntry])
    {
        let clock = ContinuousClock()
        let start = clock.now
        let run = try await store.beginIngest(paths: [source], wait: true)
        let summary = try await recording(run: run, since: start, clock: clock, IngestSummary(), \.self) { summary in
            let sniffed = format ?? InputFormat(sniffing: String(decoding: bytes.prefix(4096), as: UTF8.self))
            let feed = BufferFeed(bytes: bytes, source: source, format: sniffed)
            summary = try await ingest(from: feed, start: start, clock: clock, progress: { _ in }) { [store] records, _ in
                try await store.save(records, run: run)
            }
        }
        return (summary, try await store.ingestLog(run: run))
    }
}

/// A feed of one buffer: JSON Lines in runs of lines, anything else whole.
final class BufferFeed: IngestFeed, @unchecked Sendable {
    let total: Int
    let pollInterval = 0.0
    /// The work still to hand out; only the ingest's writer task calls ``next()``.
    private var work: [FedWork]

    init(bytes: [UInt8], source: String, format: InputFormat) {
        guard format == .jsonLines else {
            work = [FedWork(work: .buffer(bytes: bytes, source: source), format: format)]
            total = 1
            return
        }
        work = [FedWork(work: .lines(bytes: bytes, source: source, firstLine: 1), format: .jsonLines)]
        total = bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } + (bytes.last == UInt8(ascii: "\n") ? 0 : 1)
    }

    func next() async throws -> FedWork? { work.popLast() }

    func shouldWait() async throws -> Bool { false }
}
