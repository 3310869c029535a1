/// One input to store: an analysed article, or why its source failed.
public struct IngestRecord: Sendable {
    /// Where it came from (a path, `path:line`, a URL, `-`).
    public var source: String
    public var result: Result<AnalyzedArticle, LinimasaError>

    public init(source: String, result: Result<AnalyzedArticle, LinimasaError>) {
        self.source = source
        self.result = result
    }
}

/// What became of one ingested source.
public enum IngestStatus: String, Sendable, Codable, Hashable, CaseIterable {
    /// Stored for the first time.
    case new
    /// Replaced an earlier version from the same source (a different body).
    case updated
    /// Its normalised body was already stored; nothing added.
    case duplicate
    /// Could not be read or analysed; see the reason.
    case failed
}

/// One row of the ingest log.
public struct IngestLogEntry: Sendable, Codable, Hashable {
    /// The run that wrote it.
    public var run: Int64
    public var source: String
    public var status: IngestStatus
    /// The stored article (for `duplicate`, the one already there); `nil` when failed.
    public var articleID: String?
    /// Why it failed, or what it duplicates or replaces.
    public var reason: String?

    public init(run: Int64, source: String, status: IngestStatus, articleID: String?, reason: String?) {
        self.run = run
        self.source = source
        self.status = status
        self.articleID = articleID
        self.reason = reason
    }
}

extension IngestLogEntry {
    /// The log row of a record whose text is already stored, from `storedSource`.
    public static func duplicate(run: Int64, source: String, articleID: String, storedSource: String) -> IngestLogEntry {
        IngestLogEntry(
            run: run,
            source: source,
            status: .duplicate,
            articleID: articleID,
            reason: storedSource == source ? "already stored" : "same text as '\(storedSource)'"
        )
    }
}

/// The outcome of an ingest run.
public struct IngestSummary: Sendable, Codable, Hashable {
    /// One failed source and why.
    public struct Failure: Sendable, Codable, Hashable {
        public var source: String
        public var reason: String

        public init(source: String, reason: String) {
            self.source = source
            self.reason = reason
        }
    }

    public var new: Int
    public var updated: Int
    public var duplicates: Int
    public var failed: Int
    /// Sources an earlier run already committed, not read again.
    public var skipped: Int
    /// The first failures (at most 20), in input order.
    public var failures: [Failure]
    /// Wall-clock seconds.
    public var seconds: Double

    public init(
        new: Int = 0,
        updated: Int = 0,
        duplicates: Int = 0,
        failed: Int = 0,
        skipped: Int = 0,
        failures: [Failure] = [],
        seconds: Double = 0
    ) {
        self.new = new
        self.updated = updated
        self.duplicates = duplicates
        self.failed = failed
        self.skipped = skipped
        self.failures = failures
        self.seconds = seconds
    }

    /// Sources processed in this run (skipped ones excluded).
    public var processed: Int { new + updated + duplicates + failed }

    /// Counts one log row in.
    public mutating func count(_ entry: IngestLogEntry) {
        switch entry.status {
        case .new: new += 1
        case .updated: updated += 1
        case .duplicate: duplicates += 1
        case .failed:
            failed += 1
            if failures.count < 20 { failures.append(Failure(source: entry.source, reason: entry.reason ?? "unknown")) }
        }
    }
}
