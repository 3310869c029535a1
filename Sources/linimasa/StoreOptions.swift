import ArgumentParser
import Foundation
import Linimasa
import LinimasaCore
import Synchronization

/// The `--db` option of every command that reads or writes the store.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The store: an SQLite file, or postgres://user:password@host:port/database.",
            valueName: "PATH|URL"
        )
    )
    var database: String = "./linimasa.db"

    /// The store as it may be shown: a server URL without its password.
    var displayName: String {
        guard StoreFactory.isServerURL(database), let at = database.lastIndex(of: "@"),
            let scheme = database.range(of: "://"), let colon = database[scheme.upperBound..<at].firstIndex(of: ":")
        else { return database }
        return String(database[..<colon]) + ":***" + String(database[at...])
    }

    func validate() throws {
        guard !database.isEmpty else { throw ValidationError("--db needs a path") }
    }

    /// Opens the store; read-only commands pass `create: false` so a wrong path is an error.
    func open(create: Bool, pack: (any LanguagePack)? = nil) throws -> any ArticleStore {
        try StoreFactory.open(database, create: create, pack: pack)
    }

    /// Whether the store file exists; a PostgreSQL URL is assumed to (opening tells).
    var exists: Bool { StoreFactory.isServerURL(database) || FileManager.default.fileExists(atPath: database) }
}

/// Runs async work from a synchronous command and waits for it.
///
/// The root command is synchronous, so store commands bridge here: the work runs
/// on the cooperative pool while the main thread waits.
func runBlocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    let outcome = Mutex<Result<T, any Error>?>(nil)
    let done = DispatchSemaphore(value: 0)
    Task {
        let result: Result<T, any Error>
        do { result = .success(try await body()) } catch { result = .failure(error) }
        outcome.withLock { $0 = result }
        done.signal()
    }
    done.wait()
    // The task stored a result before signalling.
    return try outcome.withLock { $0! }.get()
}

/// Runs a store command: a `LinimasaError` is printed as one `Error: …` line and exits 1.
func reportingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as LinimasaError {
        printError("Error: " + oneLine(error.description))
        throw ExitCode(1)
    }
}

/// `text` with line breaks turned into spaces.
func oneLine(_ text: String) -> String {
    text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
}

/// Parses a `YYYY-MM-DD` flag value, or explains what is expected.
func parseDay(_ text: String?, flag: String) throws -> CalendarDate? {
    guard let text else { return nil }
    guard text.utf8.count == 10, let date = CalendarDate(iso: text) else {
        throw ValidationError("\(flag) takes a date as YYYY-MM-DD, not '\(text)'")
    }
    return date
}

/// Whether standard output (1) or standard error (2) is a terminal.
func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

/// One JSON object on one line.
func jsonLine(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}
