import Benchmark
import LinimasaExtract
import LinimasaIndonesian
import LinimasaText

/// `HTMLReader.draft(html:)` (libxml2 parse + walk + main-text selection + metadata) over 2,000 generated pages,
/// and the whole reader (decode, HTML draft, cleaning, sentence splitting) over the same pages.
/// Throughput in MB/s is the corpus size (printed once) divided by the wall-clock time of one iteration.
let benchmarks: @Sendable () -> Void = {
    let pages = GeneratedPages.make(count: 2_000)
    let bytes = pages.reduce(0) { $0 + $1.utf8.count }
    print("HTMLBenchmarks corpus: \(pages.count) pages, \(bytes) bytes (\(Double(bytes) / 1_048_576) MiB)")
    let pack = try! IndonesianPack()  // bundled data; a failure is a packaging bug
    let dates = try! TimeTagger(pack: pack)
    let html = HTMLReader(dates: dates)
    let reader = try! ArticleReader(pack: pack, dates: dates)
    let buffers = pages.map { Array($0.utf8) }

    Benchmark(
        "HTMLReader.draft 2k pages",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident], maxDuration: .seconds(30), maxIterations: 7)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            var paragraphs = 0
            for (k, page) in pages.enumerated() {
                if let draft = try? html.draft(html: page, source: "\(k).html") { paragraphs += draft.paragraphs.count }
            }
            blackHole(paragraphs)
        }
    }

    Benchmark(
        "read+clean+split 2k HTML pages",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident], maxDuration: .seconds(30), maxIterations: 7)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            var sentences = 0
            for (k, page) in buffers.enumerated() {
                for outcome in reader.read(bytes: page, source: "\(k).html", format: .html) {
                    if case .success(let read) = outcome.result { sentences += read.sentences.count }
                }
            }
            blackHole(sentences)
        }
    }
}
