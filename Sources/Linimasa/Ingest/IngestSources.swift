internal import Foundation
internal import LinimasaCore
internal import LinimasaText

/// One unit of analysis work: some files, or some lines of a JSON Lines input.
enum IngestWork: Sendable {
    /// Whole files, read together (repeated lines are found across them).
    case files([String])
    /// Lines of a JSON Lines input; `firstLine` is the 1-based number of the
    /// first one in the whole input, so sources read `path:line` as in `analyze`.
    case lines(bytes: [UInt8], source: String, firstLine: Int)
    /// Whole files sent as bytes (from the shared queue), read together like ``files(_:)``.
    case copies([FileCopy])
    /// One buffer (standard input that is not JSON Lines).
    case buffer(bytes: [UInt8], source: String)
    /// An input that cannot be read at all.
    case failure(source: String, error: LinimasaError)

}

/// A file's path as the user gave it, and its bytes as read there.
struct FileCopy: Sendable {
    var source: String
    var bytes: [UInt8]
}

/// One piece of work handed out by a feed, with where it came from.
struct FedWork: Sendable {
    var work: IngestWork
    /// The format it is to be read as, when the feed knows better than the configuration.
    var format: InputFormat?
    /// The shared-queue rows it came from, if any.
    var rows: [Int64] = []
}

/// A queue row whose work the writer has in hand, and how many sources it held.
struct QueueRow: Sendable {
    var number: Int64
    var sources: Int
}

/// Where an ingest gets its work: the inputs of the command line, or the shared queue.
protocol IngestFeed {
    /// The estimated number of sources in all (for progress), 0 when unknown.
    var total: Int { get }
    /// Seconds to sleep before asking again after ``shouldWait()`` said to.
    var pollInterval: Double { get }
    /// The next piece of work, or `nil` when there is none to hand out now.
    func next() async throws -> FedWork?
    /// Asked when ``next()`` had nothing and all work handed out is written:
    /// whether more may come (another worker still holds inputs).
    func shouldWait() async throws -> Bool
}

/// Reads files given as bytes together, as ``ArticleReader/read(paths:format:)``
/// reads a group of files (lines repeated across them are boilerplate), by writing
/// them to a private temporary folder under their own names; sources and messages
/// name the original paths.
enum FileCopies {
    static func read(_ files: [FileCopy], reader: ArticleReader, format: InputFormat?) -> [ArticleReader.Outcome] {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("linimasa-queue-\(UUID().uuidString)").path
        defer { try? manager.removeItem(atPath: folder) }
        var paths: [String] = []
        var original: [String: String] = [:]
        do {
            for (index, file) in files.enumerated() {
                let directory = folder + "/\(index)"
                try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
                var name = (file.source as NSString).lastPathComponent
                if name.isEmpty || name == "/" || name == "." || name == ".." { name = "input" }
                let path = directory + "/" + name
                guard manager.createFile(atPath: path, contents: Data(file.bytes)) else {
                    throw LinimasaError(.unreadable, "cannot write a temporary copy of '\(file.source)'")
                }
                paths.append(path)
                original[path] = file.source
            }
        } catch {
            // No room for copies: read each file alone (no boilerplate across files).
            return files.flatMap { reader.read(bytes: $0.bytes, source: $0.source, format: format) }
        }
        return reader.read(paths: paths, format: format).map { outcome in
            var outcome = outcome
            func restore(_ text: String) -> String {
                guard text.contains(folder) else { return text }
                var text = text
                for (path, source) in original where text.contains(path) { text = text.replacing(path, with: source) }
                return text
            }
            outcome.source = restore(outcome.source)
            outcome.warnings = outcome.warnings.map(restore)
            switch outcome.result {
            case .success(var article):
                article.source = restore(article.source)
                outcome.result = .success(article)
            case .failure(var error):
                error.message = restore(error.message)
                outcome.result = .failure(error)
            }
            return outcome
        }
    }
}

/// Produces the work of an ingest lazily, so a large JSON Lines file is never
/// held in memory whole: its lines are read in blocks and cut into tasks.
final class IngestSources: IngestFeed {
    let configuration: IngestConfiguration
    let maxLineBytes: Int
    private var pending: [Result<String, LinimasaError>]
    private var lineReader: LineChunker?
    /// The estimated number of sources, known after ``init``.
    private(set) var total = 0

    init(paths: [String], configuration: IngestConfiguration, maxBytes: Int) {
        self.configuration = configuration
        self.maxLineBytes = maxBytes
        self.pending = InputFiles.expand(paths).reversed()
        for item in pending {
            guard case .success(let path) = item else {
                total += 1
                continue
            }
            total += isJSONLines(path) ? LineChunker.countLines(path: path) : 1
        }
    }

    /// Whether `path` is read line by line.
    func isJSONLines(_ path: String) -> Bool {
        if let format = configuration.format { return format == .jsonLines }
        return path != "-" && InputFormat(path: path) == .jsonLines
    }

    var pollInterval: Double { 0 }

    func next() async throws -> FedWork? {
        nextWork().map { FedWork(work: $0) }
    }

    /// Local inputs are all handed out once ``next()`` says so.
    func shouldWait() async throws -> Bool { false }

    /// The next piece of work, or `nil` when all is handed out.
    func nextWork() -> IngestWork? {
        if let chunker = lineReader {
            do {
                if let (bytes, first) = try chunker.next() {
                    return .lines(bytes: bytes, source: chunker.source, firstLine: first)
                }
            } catch let error as LinimasaError {
                lineReader = nil
                return .failure(source: chunker.source, error: error)
            } catch {
                lineReader = nil
                return .failure(
                    source: chunker.source,
                    error: LinimasaError(.unreadable, "cannot read '\(chunker.source)'", cause: error)
                )
            }
            lineReader = nil
        }
        var files: [String] = []
        while let item = pending.last {
            switch item {
            case .failure(let error):
                if !files.isEmpty { return .files(files) }
                pending.removeLast()
                return .failure(source: error.message, error: error)
            case .success(let path):
                if path == "-" || isJSONLines(path) {
                    if !files.isEmpty { return .files(files) }
                    pending.removeLast()
                    if path == "-" { return standardInput() }
                    do {
                        lineReader = try LineChunker(
                            path: path,
                            lines: configuration.linesPerTask,
                            maxBytes: maxLineBytes
                        )
                    } catch let error as LinimasaError {
                        return .failure(source: path, error: error)
                    } catch {
                        return .failure(
                            source: path,
                            error: LinimasaError(.unreadable, "cannot read '\(path)'", cause: error)
                        )
                    }
                    return nextWork()
                }
                pending.removeLast()
                files.append(path)
                if files.count >= configuration.filesPerTask { return .files(files) }
            }
        }
        return files.isEmpty ? nil : .files(files)
    }

    /// Standard input, read whole: JSON Lines are cut into tasks, anything else is one article.
    func standardInput() -> IngestWork? {
        let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        let sniffed = configuration.format ?? InputFormat(sniffing: String(decoding: bytes.prefix(4096), as: UTF8.self))
        guard sniffed == .jsonLines else { return .buffer(bytes: bytes, source: "-") }
        lineReader = LineChunker(bytes: bytes, source: "-", lines: configuration.linesPerTask, maxBytes: maxLineBytes)
        return nextWork()
    }
}

/// Cuts a JSON Lines file (or buffer) into runs of whole lines.
final class LineChunker {
    let source: String
    let linesPerChunk: Int
    let maxBytes: Int
    private let handle: FileHandle?
    private var buffer: [UInt8]
    private var offset = 0
    private var atEnd: Bool
    private var nextLine = 1

    /// Reads `path` in 1 MiB blocks.
    init(path: String, lines: Int, maxBytes: Int) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = FileManager.default.isReadableFile(atPath: path) ? "cannot open it" : "permission denied"
            throw LinimasaError(.unreadable, "cannot read '\(path)': \(reason)")
        }
        self.handle = handle
        self.source = path
        self.linesPerChunk = max(1, lines)
        self.maxBytes = maxBytes
        self.buffer = []
        self.atEnd = false
    }

    /// Cuts a buffer already in memory.
    init(bytes: [UInt8], source: String, lines: Int, maxBytes: Int) {
        self.handle = nil
        self.source = source
        self.linesPerChunk = max(1, lines)
        self.maxBytes = maxBytes
        self.buffer = bytes
        self.atEnd = true
    }

    deinit { try? handle?.close() }

    /// The next run of lines and the number of its first line, or `nil` at the end.
    ///
    /// A run ends after `linesPerChunk` lines or once it holds a quarter of
    /// `maxBytes`, so it stays under the reader's size limit.
    func next() throws -> (bytes: [UInt8], firstLine: Int)? {
        var lines = 0
        var end = offset
        let budget = max(1, maxBytes / 4)
        while lines < linesPerChunk {
            if let newline = buffer[end...].firstIndex(of: 0x0A) {
                end = newline + 1
                lines += 1
                if end - offset >= budget { break }
                continue
            }
            if atEnd {
                if end < buffer.count {
                    end = buffer.count
                    lines += 1
                }
                break
            }
            try refill()
        }
        guard end > offset else { return nil }
        let chunk = Array(buffer[offset..<end])
        let first = nextLine
        nextLine += lines
        offset = end
        if offset > 1 << 20 {
            buffer.removeFirst(offset)
            offset = 0
        }
        return (chunk, first)
    }

    /// Appends the next block of the file to the buffer.
    private func refill() throws {
        guard let handle else {
            atEnd = true
            return
        }
        let block = try handle.read(upToCount: 1 << 20) ?? Data()
        if block.isEmpty { atEnd = true } else { buffer.append(contentsOf: block) }
    }

    /// Lines in a file (newlines, plus a last line without one), read in blocks; 1 if unreadable.
    static func countLines(path: String) -> Int {
        guard let handle = FileHandle(forReadingAtPath: path) else { return 1 }
        defer { try? handle.close() }
        var count = 0
        var last: UInt8 = 0x0A
        while let block = try? handle.read(upToCount: 1 << 20), !block.isEmpty {
            block.withUnsafeBytes { raw in
                for byte in raw where byte == 0x0A { count += 1 }
            }
            last = block.last ?? last
        }
        return count + (last == 0x0A ? 0 : 1)
    }
}
