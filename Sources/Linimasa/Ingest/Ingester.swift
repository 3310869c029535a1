internal import Foundation
internal import LinimasaCluster
public import LinimasaCore
internal import LinimasaText

#if PostgreSQL
public import LinimasaPostgres
#endif

/// Reads, analyses and stores articles: analysis in parallel, one writer.
///
/// The work (files in groups, JSON Lines in runs of lines) goes to
/// ``IngestConfiguration/workers`` tasks at once; their results are written in
/// input order by the one task that owns the store's writer lease, in
/// transactions of ``IngestConfiguration/batchSize`` articles, each with its
/// ingest-log rows. So a crash or `kill -9` loses only the batch being
/// written, and a re-run skips what is committed: a source whose article is
/// stored from it (or logged as a duplicate) is read again but not analysed.
public struct Ingester: Sendable {
    public let analyzer: Analyzer
    public let store: any ArticleStore
    public let configuration: IngestConfiguration

    public init(analyzer: Analyzer, store: any ArticleStore, configuration: IngestConfiguration = .init()) {
        self.analyzer = analyzer
        self.store = store
        self.configuration = configuration
    }

    /// What one analysis task hands to the writer.
    struct TaskResult: Sendable {
        var records: [IngestRecord]
        var skipped: Int
        /// The shared-queue rows the work came from, with the sources each held.
        var rows: [QueueRow] = []
    }

    /// Ingests every file of `paths` (folders recursively, `-` for standard input).
    ///
    /// Per-source failures are logged and counted, never thrown.
    ///
    /// - Parameter progress: Called on the writer task after each analysis task is
    ///   accounted for, and once at the end.
    /// - Returns: What was stored, per status, with the first failures.
    /// - Throws: ``LinimasaError`` `.storage` when the store cannot be written (a
    ///   full disk, another ingest holding the lease); what was committed stays.
    public func run(
        paths: [String],
        progress: @escaping @Sendable (IngestProgress) -> Void = { _ in }
    ) async throws
        -> IngestSummary
    {
        let clock = ContinuousClock()
        let start = clock.now
        let run = try await store.beginIngest(paths: paths, wait: configuration.wait)
        return try await recording(run: run, since: start, clock: clock, IngestSummary(), \.self) { summary in
            summary = try await ingest(paths: paths, run: run, start: start, clock: clock, progress: progress)
        }
    }

    /// Runs `body` as ingest run `run`, brings the store's kept timeline up to date, and records
    /// the run's summary (at `summary` in the result) with its seconds when it ends, also when it
    /// fails; then the lease is free again. A run that fails leaves its articles pending for the
    /// next run's timeline refresh (queries fuse at query time meanwhile).
    func recording<Result>(
        run: Int64,
        since start: ContinuousClock.Instant,
        clock: ContinuousClock,
        _ initial: Result,
        _ summary: WritableKeyPath<Result, IngestSummary>,
        _ body: (inout Result) async throws -> Void
    ) async throws -> Result {
        var result = initial
        do {
            try await body(&result)
            _ = try await store.refreshTimeline(using: TimelineFuser())
        } catch {
            result[keyPath: summary].seconds = Self.seconds(clock.now - start)
            try? await store.finishIngest(run: run, summary: result[keyPath: summary])
            throw error
        }
        result[keyPath: summary].seconds = Self.seconds(clock.now - start)
        try await store.finishIngest(run: run, summary: result[keyPath: summary])
        return result
    }

    /// The parallel read–analyse loop and the ordered, batched writer, over the inputs of `paths`.
    func ingest(
        paths: [String],
        run: Int64,
        start: ContinuousClock.Instant,
        clock: ContinuousClock,
        progress: @escaping @Sendable (IngestProgress) -> Void
    ) async throws -> IngestSummary {
        let sources = IngestSources(
            paths: paths,
            configuration: configuration,
            maxBytes: analyzer.configuration.reader.maxBytes
        )
        return try await ingest(
            from: sources,
            start: start,
            clock: clock,
            progress: progress
        ) { records, _ in
            try await store.save(records, run: run)
        }
    }

    /// The parallel read–analyse loop and the ordered, batched writer, over any feed of work.
    ///
    /// `save` commits one batch of records together with the queue rows whose
    /// records are all in it (none outside the queue). When the feed has nothing
    /// to hand out and nothing is in flight, the batch is written and the feed is
    /// asked whether to wait (another worker still holds inputs) and ask again.
    func ingest(
        from feed: some IngestFeed,
        start: ContinuousClock.Instant,
        clock: ContinuousClock,
        progress: @escaping @Sendable (IngestProgress) -> Void,
        save: @escaping ([IngestRecord], [QueueRow]) async throws -> [IngestLogEntry]
    ) async throws -> IngestSummary {
        let workers = max(1, configuration.workers)
        let batchSize = max(1, configuration.batchSize)
        var summary = IngestSummary()
        var done = 0
        var batch: [IngestRecord] = []
        var rows: [QueueRow] = []
        batch.reserveCapacity(batchSize + configuration.linesPerTask)
        var stories = configuration.assignStories ? try StoryAssigner(analyzer: analyzer, store: store) : nil

        func flush() async throws {
            guard !batch.isEmpty || !rows.isEmpty else { return }
            let placements = try await stories?.place(&batch) ?? [:]
            let entries = try await save(batch, rows)
            for entry in entries { summary.count(entry) }
            try await stories?.record(placements, saved: entries)
            batch.removeAll(keepingCapacity: true)
            rows.removeAll(keepingCapacity: true)
        }

        try await withThrowingTaskGroup(of: (Int, TaskResult).self) { group in
            var issued = 0
            var nextToWrite = 0
            var finished: [Int: TaskResult] = [:]
            // Two tasks a worker keep the cores busy while the writer commits.
            func fill() async throws {
                while issued - nextToWrite < workers * 2, let fed = try await feed.next() {
                    let index = issued
                    issued += 1
                    group.addTask { [self] in
                        var result = try await self.process(fed.work, format: fed.format ?? configuration.format)
                        let sources = result.records.count + result.skipped
                        // A group of files holds one source a file; a run of lines or a buffer all of them.
                        result.rows = fed.rows.map { QueueRow(number: $0, sources: fed.rows.count == 1 ? sources : 1) }
                        return (index, result)
                    }
                }
            }
            try await fill()
            while true {
                guard let (index, result) = try await group.next() else {
                    // Nothing in flight and nothing to hand out now.
                    try await flush()
                    guard try await feed.shouldWait() else { break }
                    try await Task.sleep(for: .milliseconds(Int64(feed.pollInterval * 1000)))
                    try await fill()
                    continue
                }
                finished[index] = result
                while let ready = finished.removeValue(forKey: nextToWrite) {
                    nextToWrite += 1
                    summary.skipped += ready.skipped
                    done += ready.skipped + ready.records.count
                    batch.append(contentsOf: ready.records)
                    rows.append(contentsOf: ready.rows)
                    if batch.count >= batchSize { try await flush() }
                }
                try await fill()
                progress(
                    IngestProgress(
                        done: done,
                        total: max(feed.total, done),
                        summary: summary,
                        elapsed: clock.now - start
                    )
                )
            }
        }
        try await flush()
        progress(IngestProgress(done: done, total: done, summary: summary, elapsed: clock.now - start))
        return summary
    }

    /// Reads one piece of work, drops what an earlier run committed, analyses the rest.
    ///
    /// - Parameter format: The format to read every input as, or `nil` to guess.
    func process(_ work: IngestWork, format: InputFormat?) async throws -> TaskResult {
        let reader = analyzer.reader
        var outcomes: [ArticleReader.Outcome]
        switch work {
        case .failure(let source, let error):
            return TaskResult(records: [IngestRecord(source: source, result: .failure(error))], skipped: 0)
        case .files(let paths):
            outcomes = reader.read(paths: paths, format: format)
        case .copies(let files):
            outcomes = FileCopies.read(files, reader: reader, format: format)
        case .buffer(let bytes, let source):
            outcomes = reader.read(bytes: bytes, source: source, format: format)
        case .lines(let bytes, let source, let firstLine):
            outcomes = reader.read(bytes: bytes, source: source, format: .jsonLines)
            outcomes = outcomes.map { Self.renumber($0, source: source, by: firstLine - 1) }
        }
        var pairs: [(source: String, articleID: String)] = []
        var positions: [Int] = []
        for (position, outcome) in outcomes.enumerated() {
            if case .success(let article) = outcome.result {
                pairs.append((outcome.source, article.id))
                positions.append(position)
            }
        }
        let known = try await store.alreadyIngested(pairs)
        var skip = Set<Int>()
        for (index, isKnown) in known.enumerated() where isKnown { skip.insert(positions[index]) }
        var records: [IngestRecord] = []
        records.reserveCapacity(outcomes.count - skip.count)
        for (position, outcome) in outcomes.enumerated() where !skip.contains(position) {
            let analysed = analyzer.analyze(outcome)
            records.append(IngestRecord(source: analysed.source, result: analysed.result))
        }
        return TaskResult(records: records, skipped: skip.count)
    }

    /// Shifts `source:n` line numbers of a run of lines to their place in the whole input.
    ///
    /// Readable items carry `source:n` as their source; a bad line is reported
    /// under `source` with `'source:n'` in its message, and gets `source:n` too.
    static func renumber(_ outcome: ArticleReader.Outcome, source: String, by offset: Int) -> ArticleReader.Outcome {
        let prefix = source + ":"
        var shifted = outcome
        switch outcome.result {
        case .success(var article):
            guard outcome.source.hasPrefix(prefix), let line = Int(outcome.source.dropFirst(prefix.count)) else {
                return outcome
            }
            let new = prefix + String(line + offset)
            if article.source == outcome.source { article.source = new }
            shifted.source = new
            shifted.result = .success(article)
        case .failure(var error):
            guard let quoted = error.message.range(of: "'" + prefix) else { return outcome }
            let digits = error.message[quoted.upperBound...].prefix(while: \.isNumber)
            guard let line = Int(digits) else { return outcome }
            let new = prefix + String(line + offset)
            error.message.replaceSubrange(quoted.lowerBound..<digits.endIndex, with: "'" + new)
            shifted.source = new
            shifted.result = .failure(error)
        }
        return shifted
    }

    /// The counts of two parts of one run added up (failures: the first 20).
    static func combine(_ first: IngestSummary, _ second: IngestSummary) -> IngestSummary {
        var sum = first
        sum.new += second.new
        sum.updated += second.updated
        sum.duplicates += second.duplicates
        sum.failed += second.failed
        sum.skipped += second.skipped
        sum.failures = Array((first.failures + second.failures).prefix(20))
        return sum
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}

#if PostgreSQL
extension Ingester {
    /// Ingests through the shared queue of a PostgreSQL store, so that several
    /// processes, on any machines, split the work (see docs/storage.md, "Several workers").
    ///
    /// First the inputs of `paths` (if any) are read here and queued with their
    /// bytes: one row per file, per run of ``IngestConfiguration/linesPerTask``
    /// JSON Lines lines, or per standard input; an input queued before with the
    /// same bytes is not queued again. Inputs that cannot be read are logged as
    /// failed by this run. Then, if `work` is set, this process claims rows in
    /// batches (`FOR UPDATE SKIP LOCKED`), analyses them on all cores and commits
    /// each batch with its rows marked done, until no row is open; rows another
    /// worker holds are waited for, and taken over once their lease
    /// (``IngestConfiguration/lease``) runs out (that worker died).
    ///
    /// - Parameters:
    ///   - paths: Inputs to queue first; empty to only work the queue.
    ///   - work: Whether to work the queue after queuing (`false`: only queue).
    ///   - progress: As for ``run(paths:progress:)``.
    /// - Returns: This worker's counts, what was queued, and what each worker did.
    /// - Throws: ``LinimasaError`` `.invalidInput` when the store is not a
    ///   PostgreSQL store; `.storage` when it cannot be reached or written.
    public func runQueue(
        enqueue paths: [String],
        work: Bool = true,
        progress: @escaping @Sendable (IngestProgress) -> Void = { _ in }
    ) async throws -> QueueRunSummary {
        guard let queue = store as? PostgresStore else {
            throw LinimasaError(
                .invalidInput,
                "the shared ingest queue needs a PostgreSQL store (--db postgres://…), not an SQLite file"
            )
        }
        let clock = ContinuousClock()
        let start = clock.now
        let worker = configuration.workerName
        let run = try await queue.beginIngest(paths: paths, worker: worker)
        let initial = QueueRunSummary(worker: worker, summary: IngestSummary())
        return try await recording(run: run, since: start, clock: clock, initial, \.summary) { result in
            if !paths.isEmpty {
                try await enqueue(paths, into: queue, run: run, result: &result)
            }
            if work {
                let feed = try await QueueFeed(queue: queue, configuration: configuration)
                let worked = try await ingest(from: feed, start: start, clock: clock, progress: progress) {
                    records,
                    rows in
                    try await queue.save(
                        records,
                        run: run,
                        completing: rows.map { QueueCompletion(number: $0.number, sources: $0.sources) }
                    )
                }
                result.summary = Self.combine(result.summary, worked)
            }
            let rows = result.queuedRows
            let range = rows.isEmpty ? nil : rows.min()!...rows.max()!
            if work || range != nil {
                // Per worker: among the rows this run queued, or the whole queue when it queued none.
                result.status = try await queue.queueStatus(worker: worker, lease: configuration.lease, rows: range)
            }
        }
    }

    /// Reads the inputs of `paths` and queues them with their bytes, in transactions
    /// of about 8 MiB; logs the unreadable ones as failed.
    func enqueue(
        _ paths: [String],
        into queue: PostgresStore,
        run: Int64,
        result: inout QueueRunSummary
    ) async throws {
        let limit = analyzer.configuration.reader.maxBytes
        let sources = IngestSources(paths: paths, configuration: configuration, maxBytes: limit)
        let format = configuration.format?.rawValue
        var pending: [QueuedInput] = []
        var bytes = 0
        var failures: [IngestRecord] = []
        var added: [Int64] = []

        func send() async throws {
            if !pending.isEmpty {
                let numbers = try await queue.enqueue(pending)
                added += numbers
                result.queued += numbers.count
                result.alreadyQueued += pending.count - numbers.count
            }
            if !failures.isEmpty {
                for entry in try await queue.save(failures, run: run) { result.summary.count(entry) }
            }
            pending.removeAll(keepingCapacity: true)
            failures.removeAll(keepingCapacity: true)
            bytes = 0
        }

        while let work = sources.nextWork() {
            switch work {
            case .files(let paths):
                for path in paths {
                    do {
                        let content = try InputFiles.bytes(of: path, limit: limit)
                        pending.append(QueuedInput(kind: .file, source: path, format: format, content: content))
                        bytes += content.count
                    } catch let error as LinimasaError {
                        failures.append(IngestRecord(source: path, result: .failure(error)))
                    }
                }
            case .copies(let files):
                for file in files {
                    pending.append(QueuedInput(kind: .file, source: file.source, format: format, content: file.bytes))
                    bytes += file.bytes.count
                }
            case .lines(let content, let source, let firstLine):
                pending.append(
                    QueuedInput(kind: .lines, source: source, firstLine: firstLine, format: "jsonl", content: content)
                )
                bytes += content.count
            case .buffer(let content, let source):
                pending.append(QueuedInput(kind: .buffer, source: source, format: format, content: content))
                bytes += content.count
            case .failure(let source, let error):
                failures.append(IngestRecord(source: source, result: .failure(error)))
            }
            if bytes >= 8 << 20 || pending.count >= 500 || failures.count >= 100 { try await send() }
        }
        try await send()
        result.queuedRows = added
    }
}

/// Hands out the shared queue's rows: claims a few at a time, groups files as
/// the local inputs are grouped, and says to wait while other workers hold rows.
final class QueueFeed: IngestFeed {
    let queue: PostgresStore
    let configuration: IngestConfiguration
    private var claimed: [QueuedInput] = []
    private(set) var total: Int

    init(queue: PostgresStore, configuration: IngestConfiguration) async throws {
        self.queue = queue
        self.configuration = configuration
        // Progress counts sources; the queue knows rows. A row is a file or a run of lines.
        let status = try await queue.queueStatus(worker: configuration.workerName, lease: configuration.lease, rows: 0...0)
        self.total = status.open
    }

    var pollInterval: Double { min(2, max(0.1, configuration.lease / 4)) }

    func next() async throws -> FedWork? {
        if claimed.isEmpty {
            claimed = try await queue.claim(
                max(1, configuration.filesPerTask),
                worker: configuration.workerName,
                lease: configuration.lease
            )
            claimed.reverse()
        }
        guard let first = claimed.popLast() else { return nil }
        let format = first.format.flatMap(InputFormat.init(rawValue:))
        switch first.kind {
        case .lines:
            return FedWork(
                work: .lines(bytes: first.content, source: first.source, firstLine: first.firstLine),
                format: .jsonLines,
                rows: [first.number]
            )
        case .buffer:
            return FedWork(
                work: .buffer(bytes: first.content, source: first.source),
                format: format,
                rows: [first.number]
            )
        case .file:
            // Files queued together are read together, as a local ingest groups them.
            var files = [FileCopy(source: first.source, bytes: first.content)]
            var rows = [first.number]
            while files.count < configuration.filesPerTask, let next = claimed.last, next.kind == .file,
                next.format == first.format
            {
                claimed.removeLast()
                files.append(FileCopy(source: next.source, bytes: next.content))
                rows.append(next.number)
            }
            return FedWork(work: .copies(files), format: format, rows: rows)
        }
    }

    func shouldWait() async throws -> Bool {
        let status = try await queue.queueStatus(worker: configuration.workerName, lease: configuration.lease, rows: 0...0)
        return status.open > 0
    }
}

/// What a queue run did: this worker's counts, what it queued, and the queue's state after it.
public struct QueueRunSummary: Sendable {
    /// The name this process worked under (``IngestConfiguration/workerName``).
    public var worker: String
    /// This worker's counts: what it stored, plus the inputs it could not queue (failed).
    public var summary: IngestSummary
    /// Inputs this run added to the queue.
    public var queued = 0
    /// Inputs it found queued already with the same bytes (not added again).
    public var alreadyQueued = 0
    /// The queue numbers of the inputs it added.
    public var queuedRows: [Int64] = []
    /// After the run: open rows, and per worker what was done among the rows this
    /// run queued (the whole queue when it queued none).
    public var status: QueueStatus?

    public init(worker: String, summary: IngestSummary) {
        self.worker = worker
        self.summary = summary
    }
}
#endif
