import Foundation
import Linimasa
import LinimasaCore
import LinimasaStorage
import Testing

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
