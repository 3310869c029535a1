#if PostgreSQL
internal import LinimasaCore
internal import Logging
internal import PostgresNIO

/// One input in the shared ingest queue: a file, a run of JSON Lines lines, or
/// standard input, with its bytes, so that a worker on any machine can read it.
public struct QueuedInput: Sendable, Hashable {
    /// What the bytes are.
    public enum Kind: String, Sendable, Hashable {
        /// One whole file; ``QueuedInput/source`` is its path.
        case file
        /// Some whole lines of a JSON Lines input, starting at ``QueuedInput/firstLine``.
        case lines
        /// Standard input that is not JSON Lines: one article.
        case buffer
    }

    /// The row's number in the queue, in enqueue order; 0 before it is queued.
    public var number: Int64
    public var kind: Kind
    /// Where it came from: a path, or `-` for standard input.
    public var source: String
    /// For ``Kind/lines``, the 1-based number of the first line in the whole input; otherwise 0.
    public var firstLine: Int
    /// The format the enqueuing command was told to read (`text`, `html`, `jsonl`), or `nil` to guess.
    public var format: String?
    /// The bytes as read.
    public var content: [UInt8]

    public init(kind: Kind, source: String, firstLine: Int = 0, format: String? = nil, content: [UInt8]) {
        self.number = 0
        self.kind = kind
        self.source = source
        self.firstLine = firstLine
        self.format = format
        self.content = content
    }
}

/// A claimed input whose articles a batch commits: the row and how many sources it held.
public struct QueueCompletion: Sendable, Hashable {
    /// ``QueuedInput/number``.
    public var number: Int64
    /// Sources read from it (stored, duplicate, failed or already stored).
    public var sources: Int

    public init(number: Int64, sources: Int) {
        self.number = number
        self.sources = sources
    }
}

/// Where the shared queue stands.
public struct QueueStatus: Sendable, Hashable {
    /// Work done by one worker, by the name it ran under.
    public struct Worker: Sendable, Hashable {
        public var name: String
        /// Queued inputs it committed.
        public var inputs: Int
        /// Sources (articles, failures, already stored) those inputs held.
        public var sources: Int
    }

    /// Inputs not done yet.
    public var open: Int
    /// Of those, claimed by another worker within the lease (it is still working, or died lately).
    public var claimedByOthers: Int
    /// Per worker, for the rows asked about, most inputs first.
    public var workers: [Worker]
}

extension PostgresStore {
    // MARK: The shared queue

    /// Records a run made by a named queue worker (see ``beginIngest(paths:wait:)``).
    public func beginIngest(paths: [String], worker: String) async throws -> Int64 {
        let listed = paths.joined(separator: "\u{1F}")
        let logger = self.logger
        return try await writing("cannot start an ingest run in") { connection in
            for try await number in try await connection.query(
                "INSERT INTO ingest_runs(paths, worker) VALUES (\(listed), \(worker)) RETURNING number",
                logger: logger
            ).decode(Int64.self) {
                return number
            }
            throw LinimasaError(.storage, "the server returned no run number")
        }
    }

    /// Adds inputs to the shared `ingest_queue`, in order, in one transaction.
    ///
    /// An input already queued with the same source, first line and bytes (by
    /// SHA-256) is left as it is, done or not: queuing the same files twice
    /// does the work once, and a changed file is queued again.
    ///
    /// - Returns: The queue numbers of the inputs that were new to the queue.
    public func enqueue(_ inputs: [QueuedInput]) async throws -> [Int64] {
        guard !inputs.isEmpty else { return [] }
        let logger = self.logger
        let kinds = inputs.map(\.kind.rawValue)
        let sources = inputs.map(\.source)
        let lines = inputs.map { Int64($0.firstLine) }
        let formats = inputs.map { $0.format ?? "" }
        let contents = inputs.map { ByteBuffer(bytes: $0.content) }
        return try await writing("cannot add \(inputs.count) inputs to the queue of") { connection in
            var added: [Int64] = []
            for try await number in try await connection.query(
                """
                INSERT INTO ingest_queue(kind, source, first_line, format, content, content_hash)
                SELECT k, s, l, nullif(f, ''), c, encode(sha256(c), 'hex')
                FROM unnest(\(kinds)::text[], \(sources)::text[], \(lines)::int8[], \(formats)::text[],
                    \(contents)::bytea[]) WITH ORDINALITY AS q(k, s, l, f, c, o)
                ORDER BY o
                ON CONFLICT (source, first_line, content_hash) DO NOTHING RETURNING number
                """,
                logger: logger
            ).decode(Int64.self) {
                added.append(number)
            }
            return added.sorted()
        }
    }

    /// Claims up to `limit` queued inputs for `worker`, oldest first: ones never
    /// claimed, or claimed more than `lease` seconds ago and still not done
    /// (their worker died or stalled; the lease is handed on).
    ///
    /// Rows are taken with `SELECT … FOR UPDATE SKIP LOCKED`, so workers claiming
    /// at the same moment get disjoint inputs without waiting for each other. An
    /// input is done when ``save(_:run:completing:)`` commits its articles; until
    /// then its claim stands, for `lease` seconds.
    public func claim(_ limit: Int, worker: String, lease: Double = 300) async throws -> [QueuedInput] {
        guard limit > 0 else { return [] }
        let logger = self.logger
        let seconds = max(0, lease)
        return try await writing("cannot claim inputs from the queue of") { connection in
            var claimed: [QueuedInput] = []
            let rows = try await connection.query(
                """
                WITH next AS (
                    SELECT number FROM ingest_queue
                    WHERE done_at IS NULL AND content IS NOT NULL
                        AND (claimed_at IS NULL OR claimed_at < now() - make_interval(secs => \(seconds)))
                    ORDER BY number LIMIT \(limit) FOR UPDATE SKIP LOCKED
                )
                UPDATE ingest_queue q SET claimed_by = \(worker), claimed_at = now()
                FROM next WHERE q.number = next.number
                RETURNING q.number, q.kind, q.source, q.first_line, q.format, q.content
                """,
                logger: logger
            )
            for try await (number, kind, source, line, format, content) in rows.decode(
                (Int64, String, String, Int64, String?, ByteBuffer).self
            ) {
                var input = QueuedInput(
                    kind: QueuedInput.Kind(rawValue: kind) ?? .file,
                    source: source,
                    firstLine: Int(line),
                    format: format,
                    content: Array(buffer: content)
                )
                input.number = number
                claimed.append(input)
            }
            return claimed.sorted { $0.number < $1.number }
        }
    }

    /// How many inputs are open, how many of those other workers hold, and per
    /// worker what was done among the rows numbered `rows` (all rows when `nil`).
    public func queueStatus(
        worker: String,
        lease: Double = 300,
        rows: ClosedRange<Int64>? = nil
    ) async throws -> QueueStatus {
        let logger = self.logger
        let seconds = max(0, lease)
        let first = rows?.lowerBound ?? Int64.min
        let last = rows?.upperBound ?? Int64.max
        return try await reading("cannot read the queue of") { connection in
            var status = QueueStatus(open: 0, claimedByOthers: 0, workers: [])
            for try await (open, others) in try await connection.query(
                """
                SELECT count(*), count(*) FILTER (
                    WHERE claimed_by IS DISTINCT FROM \(worker) AND claimed_at >= now() - make_interval(secs => \(seconds)))
                FROM ingest_queue WHERE done_at IS NULL AND content IS NOT NULL
                """,
                logger: logger
            ).decode((Int, Int).self) {
                status.open = open
                status.claimedByOthers = others
            }
            for try await (name, inputs, sources) in try await connection.query(
                """
                SELECT coalesce(r.worker, q.claimed_by, '?'), count(*), coalesce(sum(q.handled), 0)::int8
                FROM ingest_queue q LEFT JOIN ingest_runs r ON r.number = q.done_run
                WHERE q.done_at IS NOT NULL AND q.content IS NOT NULL AND q.number BETWEEN \(first) AND \(last)
                GROUP BY 1 ORDER BY 2 DESC, 1
                """,
                logger: logger
            ).decode((String, Int, Int).self) {
                status.workers.append(.init(name: name, inputs: inputs, sources: sources))
            }
            return status
        }
    }
}
#endif
