internal import Foundation
public import LinimasaCore
internal import LinimasaText

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
        var summary = IngestSummary()
        do {
            summary = try await ingest(paths: paths, run: run, start: start, clock: clock, progress: progress)
        } catch {
            summary.seconds = Self.seconds(clock.now - start)
            try? await store.finishIngest(run: run, summary: summary)
            throw error
        }
        summary.seconds = Self.seconds(clock.now - start)
        try await store.finishIngest(run: run, summary: summary)
        return summary
    }

    /// The parallel read–analyse loop and the ordered, batched writer.
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
        let total = sources.total
        let workers = max(1, configuration.workers)
        let batchSize = max(1, configuration.batchSize)
        var summary = IngestSummary()
        var done = 0
        var batch: [IngestRecord] = []
        batch.reserveCapacity(batchSize + configuration.linesPerTask)
        var stories = configuration.assignStories ? try StoryAssigner(analyzer: analyzer, store: store) : nil

        func flush() async throws {
            guard !batch.isEmpty else { return }
            let placements = try await stories?.place(&batch) ?? [:]
            let entries = try await store.save(batch, run: run)
            for entry in entries { summary.count(entry) }
            try await stories?.record(placements, saved: entries)
            batch.removeAll(keepingCapacity: true)
        }

        try await withThrowingTaskGroup(of: (Int, TaskResult).self) { group in
            var issued = 0
            var nextToWrite = 0
            var finished: [Int: TaskResult] = [:]
            func issue() -> Bool {
                guard let work = sources.next() else { return false }
                let index = issued
                issued += 1
                group.addTask { [self] in (index, try await self.process(work)) }
                return true
            }
            // Two tasks a worker keep the cores busy while the writer commits.
            while issued < workers * 2, issue() {}
            while let (index, result) = try await group.next() {
                finished[index] = result
                while let ready = finished.removeValue(forKey: nextToWrite) {
                    nextToWrite += 1
                    summary.skipped += ready.skipped
                    done += ready.skipped + ready.records.count
                    batch.append(contentsOf: ready.records)
                    if batch.count >= batchSize { try await flush() }
                    _ = issue()
                }
                progress(
                    IngestProgress(done: done, total: max(total, done), summary: summary, elapsed: clock.now - start)
                )
            }
        }
        try await flush()
        progress(IngestProgress(done: done, total: done, summary: summary, elapsed: clock.now - start))
        return summary
    }

    /// Reads one piece of work, drops what an earlier run committed, analyses the rest.
    func process(_ work: IngestWork) async throws -> TaskResult {
        let reader = analyzer.reader
        var outcomes: [ArticleReader.Outcome]
        switch work {
        case .failure(let source, let error):
            return TaskResult(records: [IngestRecord(source: source, result: .failure(error))], skipped: 0)
        case .files(let paths):
            outcomes = reader.read(paths: paths, format: configuration.format)
        case .buffer(let bytes, let source):
            outcomes = reader.read(bytes: bytes, source: source, format: configuration.format)
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

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
