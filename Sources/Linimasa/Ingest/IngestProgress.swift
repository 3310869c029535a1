public import LinimasaCore

/// Where a running ingest is, reported after every analysis task.
public struct IngestProgress: Sendable {
    /// Sources finished (stored, duplicate, failed or skipped), with those not yet committed.
    public var done: Int
    /// Sources expected in all: files, plus lines of JSON Lines files. An estimate.
    public var total: Int
    /// Counts committed so far.
    public var summary: IngestSummary
    /// Time since the ingest started.
    public var elapsed: Duration

    public init(done: Int, total: Int, summary: IngestSummary, elapsed: Duration) {
        self.done = done
        self.total = total
        self.summary = summary
        self.elapsed = elapsed
    }

    /// Seconds since the start, as a `Double`.
    public var seconds: Double {
        let parts = elapsed.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// Sources finished per second so far.
    public var perSecond: Double {
        seconds > 0 ? Double(done) / seconds : 0
    }

    /// Seconds left at the current rate, or `nil` before the rate is known.
    public var secondsLeft: Double? {
        guard perSecond > 0, total >= done else { return nil }
        return Double(total - done) / perSecond
    }
}
