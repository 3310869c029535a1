import Foundation
import Linimasa
import LinimasaCore
import LinimasaStorage
import Testing

#if PostgreSQL
import LinimasaPostgres
#endif

#if canImport(Glibc)
import Glibc
#endif

/// Ingest end to end: idempotent re-runs, updates, JSON Lines, and `kill -9` in the middle.
@Suite(.serialized)
struct IngestCrashTests {
    /// Writes `count` generated articles as `.txt` files (and returns the folder).
    static func makeFolder(count: Int, seed: Int = 0) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "linimasa-ingest-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for index in 0..<count {
            let name = folder.appendingPathComponent(String(format: "berita-%05d.txt", index))
            try Data(IngestCorpus.article(index + seed).utf8).write(to: name)
        }
        return folder
    }

    static let analyzer: Analyzer = {
        do { return try Analyzer() } catch { fatalError("cannot load the analyser: \(error)") }
    }()

    @Test func rerunSkipsWhatIsStoredAndSeesUpdates() async throws {
        let folder = try Self.makeFolder(count: 24)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = (100..<110).map { index in
            #"{"url":"https://contoh.example/\#(index)","title":"Judul \#(index)","published":"2024-05-0\#(index % 9 + 1)","text":"\#(IngestCorpus.paragraph(index))"}"#
        }
        let feed = folder.appendingPathComponent("umpan.jsonl")
        try Data((lines + ["bukan json"]).joined(separator: "\n").utf8).write(to: feed)
        let store = try SQLiteStore(path: folder.appendingPathComponent("t.db").path, pack: Self.analyzer.pack)
        var configuration = IngestConfiguration()
        configuration.batchSize = 7
        configuration.linesPerTask = 4
        let ingester = Ingester(analyzer: Self.analyzer, store: store, configuration: configuration)

        let first = try await ingester.run(paths: [folder.path])
        #expect(first.new == 34)
        #expect(first.failed == 1)
        #expect(
            first.failures == [
                .init(source: feed.path + ":11", reason: "cannot read '\(feed.path):11': not a JSON object")
            ]
        )

        let second = try await ingester.run(paths: [folder.path])
        #expect(second.new == 0)
        #expect(second.skipped == 34)
        #expect(second.failed == 1)

        // One file changes, one is copied under a new name.
        let changed = folder.appendingPathComponent("berita-00003.txt")
        try Data(IngestCorpus.article(9_999).utf8).write(to: changed)
        try FileManager.default.copyItem(
            at: folder.appendingPathComponent("berita-00004.txt"),
            to: folder.appendingPathComponent("salinan.txt")
        )
        let third = try await ingester.run(paths: [folder.path])
        #expect(third.updated == 1)
        #expect(third.duplicates == 1)
        #expect(third.new == 0)
        #expect(third.skipped == 33)
        #expect(try await store.statistics().articles == 34)
        #expect(try store.integerForTesting("SELECT count(*) FROM article_versions") == 1)
    }

    @Test func jsonLinesKeepTheirLineNumbersAcrossTasks() async throws {
        let folder = try Self.makeFolder(count: 0)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = (0..<9).map { index in #"{"title":"Baris \#(index)","text":"\#(IngestCorpus.paragraph(index))"}"# }
        let feed = folder.appendingPathComponent("baris.jsonl")
        try Data(lines.joined(separator: "\n").utf8).write(to: feed)
        let store = try SQLiteStore(path: nil, pack: Self.analyzer.pack)
        var configuration = IngestConfiguration()
        configuration.linesPerTask = 2
        let summary = try await Ingester(analyzer: Self.analyzer, store: store, configuration: configuration).run(
            paths: [feed.path])
        #expect(summary.new == 9)
        let log = try await store.ingestLog(run: 1)
        #expect(log.map(\.source) == (1...9).map { "\(feed.path):\($0)" })
        let id = try #require(log[6].articleID)
        let article = try #require(try await store.article(id: id))
        #expect(article.article.title == "Baris 6")
    }

    /// The built `linimasa` executable beside the test bundle, if it was built.
    static func binary() -> URL? {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("linimasa"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("linimasa"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
                "linimasa"
            ),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    @Test(
        .enabled(if: binary() != nil, "the linimasa executable is not built beside the tests; run `swift build` first")
    )
    func killDuringIngestLosesNothingCommitted() async throws {
        let executable = try #require(Self.binary())
        let count = 1_500
        let folder = try Self.makeFolder(count: count)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("crash.db").path

        let process = Process()
        process.executableURL = executable
        process.arguments = ["ingest", "--db", database, "--batch-size", "25", "--quiet", folder.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()

        // Wait until some batches are committed, then kill it hard.
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(120)
        var committed = 0
        while clock.now < deadline, process.isRunning {
            try await Task.sleep(for: .milliseconds(100))
            guard FileManager.default.fileExists(atPath: database),
                let probe = try? SQLiteStore(path: database, pack: Self.analyzer.pack)
            else { continue }
            committed = (try? probe.integerForTesting("SELECT count(*) FROM ingest_log")) ?? 0
            if committed >= 100 { break }
        }
        let wasRunning = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(wasRunning, "the ingest finished before it could be killed; make the corpus larger")
        #expect(process.terminationReason == .uncaughtSignal)

        let store = try SQLiteStore(path: database, pack: Self.analyzer.pack)
        #expect(try store.integrityCheck() == "ok")
        let logged = try #require(
            try store.integerForTesting("SELECT count(*) FROM ingest_log WHERE status IN ('new', 'updated')")
        )
        #expect(logged >= 100)
        #expect(logged < count)
        let missing = try store.integerForTesting(
            "SELECT count(*) FROM ingest_log l WHERE l.status IN ('new', 'updated') AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = l.article_id)"
        )
        #expect(missing == 0)
        #expect(try store.integerForTesting("SELECT count(*) FROM articles") == logged)
        #expect(
            try store.integerForTesting("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'berita'") ?? 0 > 0
        )

        // A re-run takes the lease the dead process held, skips what is committed and completes.
        let rerun = Process()
        rerun.executableURL = executable
        rerun.arguments = ["ingest", "--db", database, "--json", "--quiet", folder.path]
        let output = Pipe()
        rerun.standardOutput = output
        rerun.standardError = FileHandle.nullDevice
        try rerun.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        rerun.waitUntilExit()
        #expect(rerun.terminationStatus == 0)
        let summary = try JSONDecoder().decode(IngestSummary.self, from: data)
        #expect(summary.skipped == logged)
        #expect(summary.new == count - logged)
        #expect(try store.integerForTesting("SELECT count(*) FROM articles") == count)
        #expect(try store.integrityCheck() == "ok")
    }
}

#if PostgreSQL
/// Several ingest workers sharing one PostgreSQL database through its queue.
/// Needs `LINIMASA_TEST_POSTGRES_URL` (a role that may create databases).
@Suite(
    .serialized,
    .enabled(
        if: !(ProcessInfo.processInfo.environment["LINIMASA_TEST_POSTGRES_URL"] ?? "").isEmpty,
        "set LINIMASA_TEST_POSTGRES_URL to a PostgreSQL server to run these"
    )
)
struct PostgresQueueIngestTests {
    /// Runs `body` with the URL of a fresh database of its own, dropped afterwards.
    static func withDatabase<T>(_ body: (String, PostgresStore.Configuration) async throws -> T) async throws -> T {
        let url = try #require(ProcessInfo.processInfo.environment["LINIMASA_TEST_POSTGRES_URL"])
        var configuration = try PostgresStore.Configuration(url: url)
        let name = "linimasa_q_" + UUID().uuidString.lowercased().replacing("-", with: "")
        try await PostgresStore.administerForTesting("CREATE DATABASE \(name)", configuration: configuration)
        configuration.database = name
        var parts = try #require(URLComponents(string: url))
        parts.path = "/" + name
        let result: Result<T, any Error>
        do { result = .success(try await body(try #require(parts.string), configuration)) } catch {
            result = .failure(error)
        }
        try? await PostgresStore.administerForTesting("DROP DATABASE \(name) WITH (FORCE)", configuration: configuration)
        return try result.get()
    }

    /// An ingester on its own store (own connections, as on another machine).
    static func worker(
        _ name: String,
        _ configuration: PostgresStore.Configuration,
        lease: Double = 300
    ) -> Ingester {
        var settings = IngestConfiguration()
        settings.batchSize = 6
        settings.filesPerTask = 4
        settings.linesPerTask = 3
        settings.workerName = name
        settings.lease = lease
        settings.assignStories = false
        return Ingester(
            analyzer: IngestCrashTests.analyzer,
            store: PostgresStore(configuration: configuration, pack: IngestCrashTests.analyzer.pack),
            configuration: settings
        )
    }

    @Test func twoWorkersShareOneQueueAndStoreEveryArticleOnce() async throws {
        let folder = try IngestCrashTests.makeFolder(count: 40)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = (200..<212).map { index in
            #"{"url":"https://contoh.example/\#(index)","title":"Judul \#(index)","text":"\#(IngestCorpus.paragraph(index))"}"#
        }
        try Data(lines.joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("umpan.jsonl"))
        try await Self.withDatabase { _, configuration in
            let queued = try await Self.worker("pengantri", configuration).runQueue(enqueue: [folder.path], work: false)
            // 40 files and 12 lines in runs of 3.
            #expect(queued.queued == 44)
            #expect(queued.summary.new == 0)
            let results = try await withThrowingTaskGroup(of: QueueRunSummary.self) { group in
                for name in ["mesin-a", "mesin-b"] {
                    group.addTask { try await Self.worker(name, configuration).runQueue(enqueue: [], work: true) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(results.map(\.summary.new).reduce(0, +) == 52)
            #expect(results.map(\.summary.duplicates).reduce(0, +) == 0)
            #expect(results.allSatisfy { $0.status?.open == 0 })
            let store = PostgresStore(configuration: configuration, pack: IngestCrashTests.analyzer.pack)
            #expect(try await store.statistics().articles == 52)
            #expect(try await store.integerForTesting("SELECT count(*) FROM ingest_log WHERE status = 'new'") == 52)
            #expect(
                try await store.integerForTesting("SELECT count(DISTINCT source) FROM ingest_log WHERE status = 'new'")
                    == 52
            )
            // The per-worker report covers every source once.
            let status = try await store.queueStatus(worker: "pengantri")
            #expect(status.workers.map(\.sources).reduce(0, +) == 52)
            #expect(Set(status.workers.map(\.name)).isSubset(of: ["mesin-a", "mesin-b"]))
            // Queuing the same inputs again adds nothing.
            let again = try await Self.worker("pengantri", configuration).runQueue(enqueue: [folder.path], work: true)
            #expect(again.queued == 0)
            #expect(again.alreadyQueued == 44)
            #expect(again.summary.new == 0)
        }
    }

    @Test func inputsHeldByADeadWorkerAreTakenOverAfterTheLease() async throws {
        let folder = try IngestCrashTests.makeFolder(count: 12, seed: 500)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.withDatabase { _, configuration in
            let live = Self.worker("hidup", configuration, lease: 1)
            _ = try await live.runQueue(enqueue: [folder.path], work: false)
            // A worker claims five inputs and dies before committing them.
            let dead = PostgresStore(configuration: configuration, pack: IngestCrashTests.analyzer.pack)
            #expect(try await dead.claim(5, worker: "mati").count == 5)
            let clock = ContinuousClock()
            let start = clock.now
            let result = try await live.runQueue(enqueue: [], work: true)
            #expect(clock.now - start >= .milliseconds(900), "the live worker waited for the lease")
            #expect(result.summary.new == 12)
            #expect(result.status?.open == 0)
            #expect(try await dead.statistics().articles == 12)
        }
    }

    @Test(
        .enabled(
            if: IngestCrashTests.binary() != nil,
            "the linimasa executable is not built beside the tests; run `swift build --traits PostgreSQL` first"
        )
    )
    func killedWorkerProcessLosesNothing() async throws {
        let executable = try #require(IngestCrashTests.binary())
        let count = 400
        let folder = try IngestCrashTests.makeFolder(count: count, seed: 1_000)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.withDatabase { url, configuration in
            func launch(_ arguments: [String], output: Pipe? = nil) throws -> Process {
                let process = Process()
                process.executableURL = executable
                process.arguments = ["ingest", "--db", url, "--quiet"] + arguments
                process.standardOutput = output ?? FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                return process
            }
            let enqueue = try launch(["--enqueue-only", folder.path])
            enqueue.waitUntilExit()
            #expect(enqueue.terminationStatus == 0)

            let doomed = try launch(["--from-queue", "--worker-name", "korban", "--lease", "2", "--batch-size", "10"])
            let store = PostgresStore(configuration: configuration, pack: IngestCrashTests.analyzer.pack)
            let clock = ContinuousClock()
            let deadline = clock.now + .seconds(120)
            var committed = 0
            while clock.now < deadline, doomed.isRunning {
                try await Task.sleep(for: .milliseconds(100))
                committed = (try? await store.integerForTesting("SELECT count(*) FROM ingest_log")) ?? 0
                if committed >= 30 { break }
            }
            let wasRunning = doomed.isRunning
            kill(doomed.processIdentifier, SIGKILL)
            doomed.waitUntilExit()
            #expect(wasRunning, "the worker finished before it could be killed; make the corpus larger")
            let held = try await store.integerForTesting(
                "SELECT count(*) FROM ingest_queue WHERE done_at IS NULL AND claimed_by = 'korban'"
            )
            #expect((held ?? 0) > 0, "the killed worker held claimed inputs")

            let output = Pipe()
            let survivor = try launch(["--from-queue", "--worker-name", "penyintas", "--lease", "2", "--json"], output: output)
            let data = output.fileHandleForReading.readDataToEndOfFile()
            survivor.waitUntilExit()
            #expect(survivor.terminationStatus == 0)
            let summary = try JSONDecoder().decode(IngestSummary.self, from: data)
            #expect(summary.failed == 0)
            #expect(try await store.statistics().articles == count)
            #expect(try await store.integerForTesting("SELECT count(*) FROM ingest_log WHERE status = 'new'") == count)
            #expect(try await store.integerForTesting("SELECT count(*) FROM ingest_queue WHERE done_at IS NULL") == 0)
        }
    }
}
#endif

/// Generated Indonesian news text for ingest tests: templated sentences with varied names and numbers.
enum IngestCorpus {
    static let people = [
        "Andi Pratama", "Siti Rahayu", "Bambang Wijaya", "Rina Marlina", "Yusuf Hakim", "Dewi Anggraini",
    ]
    static let places = ["Semarang", "Padang", "Pontianak", "Manado", "Kupang", "Ambon", "Mataram"]
    static let topics = [
        "irigasi sawah", "harga pupuk", "jalan provinsi", "air bersih", "sekolah rakyat", "pasar tradisional",
    ]

    /// One paragraph, varied by `index`.
    static func paragraph(_ index: Int) -> String {
        let person = people[index % people.count]
        let place = places[index / 3 % places.count]
        let topic = topics[index / 7 % topics.count]
        return "\(person) meninjau program \(topic) di \(place) bersama \(index % 40 + 3) kepala desa. "
            + "Anggaran program itu mencapai Rp \(index % 90 + 10) miliar untuk tahun \(2020 + index % 6)."
    }

    /// A plain-text article with a title, a dateline and a quote.
    static func article(_ index: Int) -> String {
        let person = people[index % people.count]
        let place = places[index % places.count]
        let day = index % 28 + 1
        let month = index % 12 + 1
        return """
            \(person) Tinjau \(topics[index % topics.count].capitalized) di \(place) (\(index))

            \(place.uppercased()), Berita Contoh – \(paragraph(index)) Kunjungan itu berlangsung pada \(day)/\(month)/2024.

            "Kami memastikan program nomor \(index) berjalan tepat waktu," kata \(person) kepada wartawan di \(place).

            \(paragraph(index + 11))

            """
    }
}
