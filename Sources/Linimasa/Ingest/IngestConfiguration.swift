internal import Foundation
public import LinimasaText

/// How an ingest runs, with documented defaults.
public struct IngestConfiguration: Sendable {
    /// Articles written per transaction. The default is 200: a crash loses at
    /// most the batch being written, and a re-run redoes only that.
    public var batchSize = 200
    /// Analysis tasks running at once. The default is the number of active cores.
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    /// Files read and analysed per task. The default is 16. Lines repeated across
    /// articles of one outlet are recognised as boilerplate within a task.
    public var filesPerTask = 16
    /// JSON Lines read and analysed per task. The default is 100.
    public var linesPerTask = 100
    /// Wait for another ingest into the same store to finish instead of refusing.
    /// The default is `false`.
    public var wait = false
    /// Read every input as this format instead of guessing. The default is `nil`.
    public var format: InputFormat?
    /// Whether ingest places articles in stories and threads as it stores them. The default is `true`.
    public var assignStories = true
    /// The name a shared-queue worker claims inputs and records runs under. The
    /// default is `host:pid`, unique per process.
    public var workerName = ProcessInfo.processInfo.hostName + ":" + String(ProcessInfo.processInfo.processIdentifier)
    /// Seconds a shared-queue worker holds the inputs it claimed: inputs claimed
    /// longer ago and still not committed are handed to another worker (their
    /// worker died or stalled). The default is 300; it must exceed the time to
    /// analyse and write one batch.
    public var lease: Double = 300

    public init() {}
}
