import Benchmark
import LinimasaCluster
import LinimasaCore
import LinimasaIndonesian

/// Clustering generated analysed articles (see `GeneratedNews`): 10,000 and 100,000 articles,
/// 80 stories a day, made on demand so peak memory is the clusterer's window. Merging and
/// moving members after the fact are on (the default configuration).
/// Articles/s is the count divided by one iteration's wall-clock time; the "generate only"
/// benchmark measures the generator alone, to subtract.
let benchmarks: @Sendable () -> Void = {
    let pack = try! IndonesianPack()  // bundled data; a failure is a packaging bug
    for count in [10_000, 100_000] {
        let news = GeneratedNews(count: count)
        Benchmark(
            "generate only \(count)",
            configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(120), maxIterations: 1)
        ) { benchmark in
            var bytes = 0
            for index in 0..<count { bytes &+= news.article(at: index).article.body.utf8.count }
            blackHole(bytes)
        }
        Benchmark(
            "cluster \(count) articles",
            configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(300), maxIterations: 1)
        ) { benchmark in
            var clusterer = try! StoryClusterer(pack: pack)  // bundled tables
            var stories = 0
            var evicted = 0
            var merged = 0
            var moved = 0
            for index in 0..<count {
                let placement = clusterer.add(news.article(at: index))
                if placement.startedStory { stories += 1 }
                merged += placement.mergedStoryIDs.count
                moved += placement.movedArticles.count
                if index % 1_000 == 999 { evicted += clusterer.takeEvictedStories().count }
            }
            print("cluster \(count): \(stories) stories started, \(merged) merged later, \(moved) articles moved, \(evicted) evicted, \(clusterer.activeStories.count) in the window")
            blackHole(stories)
        }
    }
}
