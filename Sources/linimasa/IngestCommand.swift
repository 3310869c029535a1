import ArgumentParser
import Foundation
import Linimasa
import LinimasaCore
import LinimasaText
import Synchronization

#if PostgreSQL
import LinimasaPostgres
#endif

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Analyse articles and keep them, with every annotation, in the store.",
        discussion: """
            Reads plain text, HTML and JSON Lines files, folders (recursively) and standard input (-), \
            analyses them on all cores and writes them in transactions of --batch-size articles. \
            An article whose text is already stored is not added again; the same source with a new \
            text replaces the old version. Interrupted runs can be re-run: what was committed is skipped. \
            The exit status is 1 if any input failed (see the summary and the ingest log).

            With --db postgres://…, the inputs go through the database's shared queue, with their \
            bytes, so that several processes on any machines split the work: `ingest --db URL PATH…` \
            queues the inputs and works the queue until it is empty; `ingest --db URL --from-queue` on \
            other machines helps; `ingest --db URL --enqueue-only PATH…` only queues. A worker that \
            dies leaves its claimed inputs to the others once --lease seconds have passed.
            """
    )

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "PATH"))
    var paths: [String] = []

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Publication date (YYYY-MM-DD) for articles that state none.", valueName: "DATE"))
    var published: String?

    @Option(help: "Read every input as this format instead of guessing: text, html or jsonl.")
    var format: String?

    @Option(help: "Articles per transaction.")
    var batchSize = 200

    @Option(name: .customLong("jobs"), help: "Analysis tasks at once (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Wait for another ingest into the same store to finish instead of refusing.")
    var wait = false

    @Flag(help: "Only work the shared queue of a postgres:// --db (no PATH): claim inputs until none is left.")
    var fromQueue = false

    @Flag(help: "Only add the inputs to the shared queue of a postgres:// --db; --from-queue workers ingest them.")
    var enqueueOnly = false

    @Option(help: "The name this worker records its runs and claims under (default: host:pid).")
    var workerName: String?

    @Option(help: "Seconds a worker holds inputs it claimed before another worker may take them over.")
    var lease: Double = 300

    @Flag(help: "No progress output, only the summary.")
    var quiet = false

    @Flag(help: "Print the summary as one JSON object.")
    var json = false

    @OptionGroup var options: CommonOptions

    func validate() throws {
        if let format, InputFormat(rawValue: format) == nil {
            throw ValidationError("--format takes text, html or jsonl, not '\(format)'")
        }
        _ = try parseDay(published, flag: "--published")
        guard batchSize > 0 else { throw ValidationError("--batch-size must be positive, not \(batchSize)") }
        if let jobs, jobs <= 0 { throw ValidationError("--jobs must be positive, not \(jobs)") }
        let queueFlags = fromQueue || enqueueOnly || workerName != nil
        if queueFlags, !StoreFactory.isServerURL(store.database) {
            throw ValidationError(
                "--from-queue, --enqueue-only and --worker-name use the shared queue of a postgres:// --db; an SQLite store has one writer"
            )
        }
        if fromQueue, enqueueOnly { throw ValidationError("--from-queue and --enqueue-only exclude each other") }
        if fromQueue, !paths.isEmpty {
            throw ValidationError("--from-queue takes no PATH: it ingests what is queued (queue inputs with --enqueue-only)")
        }
        if enqueueOnly, paths.isEmpty { throw ValidationError("--enqueue-only needs the PATHs to queue") }
        guard lease > 0 else { throw ValidationError("--lease must be positive, not \(lease)") }
        if let workerName, workerName.isEmpty { throw ValidationError("--worker-name needs a name") }
    }

    func run() throws {
        try reportingErrors {
            let analyzer = try Analyzer(
                configuration: options.analyzerConfiguration(published: try parseDay(published, flag: "--published"))
            )
            let opened = try store.open(create: true, pack: analyzer.pack)
            var configuration = IngestConfiguration()
            configuration.batchSize = batchSize
            if let jobs { configuration.workers = jobs }
            configuration.wait = wait
            configuration.format = format.flatMap(InputFormat.init(rawValue:))
            if let workerName { configuration.workerName = workerName }
            configuration.lease = lease
            let ingester = Ingester(analyzer: analyzer, store: opened, configuration: configuration)
            let reporter = ProgressReporter(enabled: !quiet, terminal: isTerminal(2))
            let inputs = paths.isEmpty ? ["-"] : paths
            #if PostgreSQL
            if StoreFactory.isServerURL(store.database) {
                let enqueue = fromQueue ? [] : inputs
                let work = !enqueueOnly
                let result = try runBlocking {
                    try await ingester.runQueue(enqueue: enqueue, work: work) { reporter.report($0) }
                }
                reporter.finish()
                if json {
                    print(try jsonLine(QueueRunOutput(result)))
                } else {
                    print(Self.render(result, database: store.displayName))
                }
                if result.summary.failed > 0 { throw ExitCode(1) }
                return
            }
            #endif
            let summary = try runBlocking { try await ingester.run(paths: inputs) { reporter.report($0) } }
            reporter.finish()
            if json {
                print(try jsonLine(summary))
            } else {
                print(Self.render(summary, database: store.displayName))
            }
            if summary.failed > 0 { throw ExitCode(1) }
        }
    }

    /// The end-of-run summary.
    static func render(_ summary: IngestSummary, database: String) -> String {
        let rate = summary.seconds > 0 ? Double(summary.processed) / summary.seconds : 0
        var lines = [
            "ingest into \(database): \(summary.new) new, \(summary.updated) updated, \(summary.duplicates) duplicates, "
                + "\(summary.failed) failed, \(summary.skipped) already stored; "
                + String(format: "%.1f s, %.0f articles/s", summary.seconds, rate)
        ]
        if !summary.failures.isEmpty {
            lines.append("failed:")
            for failure in summary.failures { lines.append("  \(failure.source): \(oneLine(failure.reason))") }
            if summary.failed > summary.failures.count {
                lines.append("  … and \(summary.failed - summary.failures.count) more (see the ingest_log table)")
            }
        }
        return lines.joined(separator: "\n")
    }
}

#if PostgreSQL
extension IngestCommand {
    /// The end-of-run summary of a queue worker: its own counts, then the queue.
    static func render(_ result: QueueRunSummary, database: String) -> String {
        var lines = [render(result.summary, database: database + " as worker " + result.worker)]
        if result.queued + result.alreadyQueued > 0 {
            lines.append("queued: \(result.queued) inputs, \(result.alreadyQueued) already queued with the same content")
        }
        if let status = result.status {
            var line = "queue: \(status.open) inputs open"
            if status.claimedByOthers > 0 { line += " (\(status.claimedByOthers) held by other workers)" }
            lines.append(line)
            if !status.workers.isEmpty {
                let scope = result.queued > 0 ? "of the inputs queued by this run" : "over the whole queue"
                lines.append("done by worker, \(scope):")
                for worker in status.workers {
                    lines.append("  \(worker.name): \(worker.inputs) inputs, \(worker.sources) sources")
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// `--json` output of a queue run: the summary's fields, then the queue's.
struct QueueRunOutput: Encodable {
    let result: QueueRunSummary

    init(_ result: QueueRunSummary) { self.result = result }

    enum Keys: String, CodingKey {
        case worker, queued, alreadyQueued, open, workers
    }

    struct Worker: Encodable {
        let name: String
        let inputs: Int
        let sources: Int
    }

    func encode(to encoder: any Encoder) throws {
        try result.summary.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(result.worker, forKey: .worker)
        try container.encode(result.queued, forKey: .queued)
        try container.encode(result.alreadyQueued, forKey: .alreadyQueued)
        try container.encodeIfPresent(result.status?.open, forKey: .open)
        try container.encode(
            (result.status?.workers ?? []).map { Worker(name: $0.name, inputs: $0.inputs, sources: $0.sources) },
            forKey: .workers
        )
    }
}
#endif

/// Draws ingest progress on standard error: a bar redrawn in place on a
/// terminal (at most 10 times a second), a plain line every 5 seconds otherwise.
final class ProgressReporter: Sendable {
    let enabled: Bool
    let terminal: Bool
    /// When the last line was drawn, in seconds since the start; whether a bar is on screen.
    private let state = Mutex<(last: Double, drawn: Bool)>((-1e9, false))

    init(enabled: Bool, terminal: Bool) {
        self.enabled = enabled
        self.terminal = terminal
    }

    func report(_ progress: IngestProgress) {
        guard enabled else { return }
        let now = progress.seconds
        let interval = terminal ? 0.1 : 5
        let due = state.withLock { state -> Bool in
            guard now - state.last >= interval else { return false }
            state.last = now
            state.drawn = terminal
            return true
        }
        guard due else { return }
        let eta = progress.secondsLeft.map { "ETA " + Self.clock($0) } ?? "ETA ?"
        let counts = "\(progress.done)/\(progress.total)"
        let rate = String(format: "%.0f articles/s", progress.perSecond)
        if terminal {
            let width = 30
            let fraction = progress.total > 0 ? min(1, Double(progress.done) / Double(progress.total)) : 0
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            FileHandle.standardError.write(Data("\r\u{1B}[2K\(bar) \(counts)  \(rate)  \(eta)".utf8))
        } else {
            printError(
                "ingest: \(counts) sources, \(progress.summary.new) new, \(progress.summary.failed) failed, \(rate), \(eta)"
            )
        }
    }

    /// Ends the bar's line, if one is on screen.
    func finish() {
        let drawn = state.withLock { $0.drawn }
        if enabled, terminal, drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }

    /// `1:05:09` or `4:07`.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        let mm = h > 0 && m < 10 ? "0\(m)" : "\(m)"
        let ss = s < 10 ? "0\(s)" : "\(s)"
        return h > 0 ? "\(h):\(mm):\(ss)" : "\(mm):\(ss)"
    }
}
