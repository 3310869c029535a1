// Storage: ingest throughput (analysis + SQLite + FTS5 indexing), search latency, peak memory.
//
// Run (release): swift package --package-path Benchmarks --scratch-path Benchmarks/.build-store benchmark --target StorageBenchmarks
// The 100,000-article corpus is generated once into $TMPDIR/linimasa-storage-bench/ (about 300 MB of JSON Lines);
// "ingest 100k" rebuilds store.db there, and the search benchmark reuses it. Figures are also written
// to results.txt in that folder: articles/s, search p50/p95/p99 over a fixed query mix (and p50/p95 per query,
// with three harder queries apart), and peak RSS.
import Benchmark
import Foundation
import Linimasa
import LinimasaCore
import LinimasaIndonesian
import LinimasaStorage

let articleCount = Int(ProcessInfo.processInfo.environment["LINIMASA_BENCH_ARTICLES"] ?? "") ?? 100_000
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linimasa-storage-bench").path
let corpusPath = folder + "/corpus-\(articleCount).jsonl"
let storePath = folder + "/store-\(articleCount).db"
let readyMarker = storePath + ".ready"

/// The queries of the latency mix: common and rare words, stems, phrases, prefixes, filters.
let queries: [SearchQuery] = [
    SearchQuery("banjir"),
    SearchQuery("mengunjungi"),
    SearchQuery("kunjungan kerja"),
    SearchQuery("\"suku bunga acuan\""),
    SearchQuery("hilirisasi nikel"),
    SearchQuery("pangan OR beras"),
    SearchQuery("pertahan*"),
    SearchQuery("inflasi -harga"),
    SearchQuery("pemerintah"),
    SearchQuery(
        "warga",
        from: CalendarDate(year: 2024, month: 3, day: 1),
        to: CalendarDate(year: 2024, month: 3, day: 31)
    ),
    SearchQuery("subsidi pupuk", outlet: "ANTARA"),
    SearchQuery("anggaran", entity: "Bank Indonesia"),
    SearchQuery("Sitompul"),
    SearchQuery("Merauke pelabuhan"),
]

/// Harder cases, reported apart so the main mix stays comparable with earlier runs:
/// a wide date range, two filters, and a prefix of a very common stem on page 3.
let extraQueries: [SearchQuery] = [
    SearchQuery(
        "pelabuhan",
        from: CalendarDate(year: 2023, month: 1, day: 1),
        to: CalendarDate(year: 2024, month: 6, day: 30)
    ),
    SearchQuery("harga", outlet: "KOMPAS.com", entity: "BPS"),
    SearchQuery("kunjung*", offset: 20),
]

func appendResult(_ line: String) {
    let path = folder + "/results.txt"
    if !FileManager.default.fileExists(atPath: path) { FileManager.default.createFile(atPath: path, contents: nil) }
    if let handle = FileHandle(forWritingAtPath: path) {
        handle.seekToEndOfFile()
        handle.write(Data((line + "\n").utf8))
        try? handle.close()
    }
    print(line)
}

/// Peak resident set size of this process, from /proc/self/status (VmHWM), in MiB.
func peakResidentMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let digits = line.filter(\.isNumber)
        return (Double(digits) ?? 0) / 1024
    }
    return 0
}

/// Ingests the corpus into a fresh store; returns the summary.
func ingestCorpus() async throws -> IngestSummary {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try StorageCorpus.write(count: articleCount, to: corpusPath)
    for suffix in ["", "-wal", "-shm", ".ready"] { try? FileManager.default.removeItem(atPath: storePath + suffix) }
    let analyzer = try Analyzer()
    let store = try SQLiteStore(path: storePath, pack: analyzer.pack)
    let summary = try await Ingester(analyzer: analyzer, store: store).run(paths: [corpusPath])
    FileManager.default.createFile(atPath: readyMarker, contents: nil)
    return summary
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration.timeUnits = .milliseconds

    Benchmark(
        "ingest \(articleCount / 1000)k articles",
        configuration: .init(
            metrics: [.wallClock, .peakMemoryResident],
            timeUnits: .seconds,
            warmupIterations: 0,
            maxDuration: .seconds(3600),
            maxIterations: 1
        )
    ) { benchmark in
        let start = ContinuousClock.now
        let summary: IngestSummary
        do { summary = try await ingestCorpus() } catch {
            benchmark.error("ingest failed: \(error)")
            return
        }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        appendResult(
            "ingest: \(summary.new) new, \(summary.failed) failed in \(String(format: "%.1f", seconds)) s = "
                + String(format: "%.0f", Double(summary.processed) / seconds) + " articles/s; peak RSS "
                + String(format: "%.0f", peakResidentMiB()) + " MiB"
        )
    }

    Benchmark(
        "search latency (query mix)",
        configuration: .init(
            metrics: [.wallClock, .peakMemoryResident],
            warmupIterations: 0,
            maxDuration: .seconds(120),
            maxIterations: 3
        )
    ) { benchmark in
        do { try await searchMix(benchmark) } catch { benchmark.error("search failed: \(error)") }
    }
}

/// The `p`-quantile (0…1) of `values`, by rank.
func quantile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}

/// A query's label in the results: its text and its filters.
func label(_ query: SearchQuery) -> String {
    let filter = [
        query.from.map { _ in "dates" }, query.outlet.map { _ in "outlet" }, query.entity.map { _ in "entity" },
        query.offset > 0 ? "offset \(query.offset)" : nil,
    ]
    .compactMap { $0 }.joined(separator: "+")
    return "\(query.text)\(filter.isEmpty ? "" : " [\(filter)]")"
}

/// Runs the query mix ten times and reports p50/p95/p99 overall and p50/p95 per query.
func searchMix(_ benchmark: Benchmark) async throws {
    if !FileManager.default.fileExists(atPath: readyMarker) { _ = try await ingestCorpus() }
    let store = try SQLiteStore(path: storePath, pack: try IndonesianPack())
    let all = queries + extraQueries
    var perQuery = [[Double]](repeating: [], count: all.count)
    var hits = 0
    let clock = ContinuousClock()
    for _ in 0..<10 {
        for (index, query) in all.enumerated() {
            let start = clock.now
            hits += try await store.search(query).count
            let elapsed = clock.now - start
            perQuery[index].append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
        }
    }
    let latencies = perQuery.prefix(queries.count).flatMap { $0 }
    func figures(_ range: Range<Int>) -> String {
        range.map { index in
            label(all[index]) + " "
                + String(format: "%.1f/%.1f", quantile(perQuery[index], 0.5), quantile(perQuery[index], 0.95))
        }.joined(separator: ", ")
    }
    appendResult(
        "search: \(latencies.count) queries, p50 \(String(format: "%.2f", quantile(latencies, 0.5))) ms, p95 "
            + String(format: "%.2f", quantile(latencies, 0.95)) + " ms, p99 "
            + String(format: "%.2f", quantile(latencies, 0.99)) + " ms, max "
            + String(format: "%.2f", latencies.max() ?? 0) + " ms; \(hits) hits; p50/p95 ms: "
            + figures(0..<queries.count) + "; extra p50/p95 ms: " + figures(queries.count..<all.count)
            + "; peak RSS " + String(format: "%.0f", peakResidentMiB()) + " MiB"
    )
    blackHole(hits)
}
