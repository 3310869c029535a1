// Timeline query latency on a stored corpus (issue 8: under 100 ms over 100,000 articles).
//
// Make the store once (the same one Scripts/bench-serve.sh uses):
//   python3 Scripts/generate-corpus.py --articles 100000 > /tmp/linimasa-bench/corpus-100000.jsonl
//   linimasa ingest --db /tmp/linimasa-bench/store-100000.db /tmp/linimasa-bench/corpus-100000.jsonl
// Run (release): swift package --package-path Benchmarks benchmark --target TimelineBenchmarks
// LINIMASA_BENCH_STORE names another store. Each query reads one page of 100 entries with at
// most 20 sources each, as `GET /api/timeline` does by default; the figures are per query, in
// process (no HTTP, no JSON).
import Benchmark
import Foundation
import Linimasa
import LinimasaCluster
import LinimasaCore
import LinimasaIndonesian
import LinimasaStorage

let storePath = ProcessInfo.processInfo.environment["LINIMASA_BENCH_STORE"] ?? "/tmp/linimasa-bench/store-100000.db"

let people = [
    "Prabowo Subianto", "Kim Jong Un", "Vladimir Putin", "Anwar Ibrahim", "Emmanuel Macron", "Xi Jinping",
    "Joe Biden", "Lawrence Wong", "Narendra Modi", "Anthony Albanese", "Korea Utara", "Rusia",
]

/// The query mix: each person over the whole archive, each person in three years, six months
/// of everyone, and the first page of everything.
let queries: [(kind: String, query: TimelineQuery)] = {
    var mix: [(String, TimelineQuery)] = people.map { ("entity", TimelineQuery(entity: $0)) }
    for person in people {
        for year in [2020, 2022, 2024] {
            mix.append((
                "entity-year",
                TimelineQuery(
                    entity: person,
                    from: CalendarDate(year: year, month: 1, day: 1),
                    to: CalendarDate(year: year, month: 12, day: 31)
                )
            ))
        }
    }
    for (year, month) in [(2019, 3), (2020, 7), (2021, 11), (2023, 2), (2024, 6), (2025, 9)] {
        mix.append((
            "month",
            TimelineQuery(from: CalendarDate(year: year, month: month, day: 1), to: CalendarDate(year: year, month: month, day: 28))
        ))
    }
    mix.append(("everything", TimelineQuery()))
    return mix
}()

/// The `p`-quantile (0…1) of `values`, by rank.
func quantile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration.timeUnits = .milliseconds
    Benchmark(
        "timeline page (query mix)",
        configuration: .init(metrics: [.wallClock, .peakMemoryResident], warmupIterations: 0, maxDuration: .seconds(300), maxIterations: 3)
    ) { benchmark in
        guard FileManager.default.fileExists(atPath: storePath) else {
            benchmark.error("no store at \(storePath): make one first (see TimelineBenchmarks.swift)")
            return
        }
        do {
            var configuration = SQLiteStore.Configuration()
            configuration.create = false
            let store = try SQLiteStore(path: storePath, pack: try IndonesianPack(), configuration: configuration)
            if try await store.timelinePending() != 0 {
                let start = ContinuousClock.now
                let refresh = try await store.refreshTimeline(using: TimelineFuser())
                print("refreshed the kept timeline first: \(refresh?.articles ?? 0) articles in \(milliseconds(ContinuousClock.now - start)) ms")
            }
            var latencies: [Double] = []
            var perKind: [String: [Double]] = [:]
            var entries = 0
            var fused = 0
            for _ in 0..<5 {
                for (kind, query) in queries {
                    let start = ContinuousClock.now
                    let slice = try await StoredStories.timeline(in: store, query: query, limit: 100, sourceLimit: 20)
                    let elapsed = milliseconds(ContinuousClock.now - start)
                    latencies.append(elapsed)
                    perKind[kind, default: []].append(elapsed)
                    entries += slice.entries.count
                    if slice.fusedAtQueryTime { fused += 1 }
                }
            }
            let kinds = perKind.keys.sorted().map { kind in
                "\(kind) p50 " + String(format: "%.1f", quantile(perKind[kind]!, 0.5)) + " p95 "
                    + String(format: "%.1f", quantile(perKind[kind]!, 0.95)) + " ms"
            }
            print(
                "timeline: \(latencies.count) queries, p50 " + String(format: "%.1f", quantile(latencies, 0.5)) + " ms, p95 "
                    + String(format: "%.1f", quantile(latencies, 0.95)) + " ms, max " + String(format: "%.1f", latencies.max() ?? 0)
                    + " ms; \(entries) entries; \(fused) fused at query time; " + kinds.joined(separator: "; ")
            )
            blackHole(entries)
        } catch {
            benchmark.error("timeline failed: \(error)")
        }
    }
}
