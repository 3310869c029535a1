import Benchmark
import Foundation
import LinimasaExtract
import LinimasaIndonesian
import LinimasaText

/// Reader + cleaning + sentence splitting over 10,000 generated plain-text articles.
/// Throughput in MB/s is the corpus size (printed once) divided by the wall-clock time of one iteration.
let benchmarks: @Sendable () -> Void = {
    // LINIMASA_BENCH_ARTICLES sets a smaller corpus, e.g. for a profiler run.
    let count = ProcessInfo.processInfo.environment["LINIMASA_BENCH_ARTICLES"].flatMap { Int($0) } ?? 10_000
    let corpus = GeneratedCorpus.make(count: count)
    let bytes = corpus.reduce(0) { $0 + $1.count }
    print("ReaderBenchmarks corpus: \(corpus.count) articles, \(bytes) bytes (\(Double(bytes) / 1_048_576) MiB)")
    let pack = try! IndonesianPack()  // bundled data; a failure is a packaging bug
    let reader = try! ArticleReader(pack: pack, dates: try! TimeTagger(pack: pack))

    Benchmark(
        "read+clean+split 10k articles",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident], maxDuration: .seconds(30), maxIterations: 7)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            var sentences = 0
            for (k, article) in corpus.enumerated() {
                for outcome in reader.read(bytes: article, source: "\(k).txt", format: .text) {
                    if case .success(let read) = outcome.result { sentences += read.sentences.count }
                }
            }
            blackHole(sentences)
        }
    }
}
