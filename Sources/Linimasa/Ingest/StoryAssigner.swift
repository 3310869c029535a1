public import LinimasaCluster
public import LinimasaCore

/// Assigns stored articles to stories as an ingest writes them.
///
/// Owned by the ingest's writer task, so it sees articles in input order. Before
/// each batch it replays the stored articles dated within the story window of
/// the batch's dates (once per day range), so stories continue across runs;
/// replaying an article already in the window changes nothing. An undated
/// article placed in a dated story is analysed again with the story's date
/// (marked `story`) before it is saved, so its relative times resolve.
struct StoryAssigner {
    var clusterer: StoryClusterer
    let analyzer: Analyzer
    let store: any ArticleStore
    /// Days either side of a batch's dates whose stored articles are replayed.
    let replayDays: Int
    /// The day range already replayed.
    var replayed: ClosedRange<Int>?

    init(analyzer: Analyzer, store: any ArticleStore, replayDays: Int = 14) throws {
        self.clusterer = try StoryClusterer(pack: analyzer.pack)
        self.analyzer = analyzer
        self.store = store
        self.replayDays = replayDays
    }

    /// Places the batch's articles in stories, re-dating undated ones; returns the placements by article id.
    mutating func place(_ batch: inout [IngestRecord]) async throws -> [String: StoryPlacement] {
        try await replay(around: batch)
        var placements: [String: StoryPlacement] = [:]
        for index in batch.indices {
            guard case .success(var analyzed) = batch[index].result else { continue }
            let placement = clusterer.add(analyzed)
            if analyzed.article.published == nil, let date = placement.referenceDate {
                var article = analyzed.article
                article.published = PublishedDate(date: date, source: .story)
                let warnings = analyzed.warnings
                analyzed = analyzer.analyze(article)
                analyzed.warnings = warnings
                batch[index].result = .success(analyzed)
            }
            placements[analyzed.article.id] = placement
        }
        return placements
    }

    /// Stores the assignments of the articles the store kept, and the stories they touched.
    mutating func record(_ placements: [String: StoryPlacement], saved entries: [IngestLogEntry]) async throws {
        var assignments: [StoryAssignment] = []
        var touched = Set<String>()
        for entry in entries where entry.status == .new || entry.status == .updated {
            guard let id = entry.articleID, let placement = placements[id] else { continue }
            assignments.append(placement.storeAssignment)
            touched.insert(placement.storyID)
        }
        guard !assignments.isEmpty else { return }
        try await store.assign(assignments)
        var records = touched.sorted().compactMap { clusterer.story(id: $0)?.storeRecord }
        records += clusterer.takeEvictedStories().map(\.storeRecord)
        try await store.saveStories(records)
    }

    /// Replays stored articles dated near the batch's dates that have not been replayed yet.
    mutating func replay(around batch: [IngestRecord]) async throws {
        let days = batch.compactMap { record -> Int? in
            guard case .success(let analyzed) = record.result else { return nil }
            return analyzed.article.published?.date.daysSinceEpoch
        }
        guard let low = days.min(), let high = days.max() else { return }
        let wanted = (low - replayDays)...(high + replayDays)
        var missing: [ClosedRange<Int>] = []
        if let done = replayed {
            if wanted.lowerBound < done.lowerBound { missing.append(wanted.lowerBound...(done.lowerBound - 1)) }
            if wanted.upperBound > done.upperBound { missing.append((done.upperBound + 1)...wanted.upperBound) }
            replayed = min(done.lowerBound, wanted.lowerBound)...max(done.upperBound, wanted.upperBound)
        } else {
            missing = [wanted]
            replayed = wanted
        }
        for range in missing {
            let stored = try await store.articles(
                from: CalendarDate(daysSinceEpoch: range.lowerBound),
                to: CalendarDate(daysSinceEpoch: range.upperBound),
                limit: 20_000
            )
            var assignments: [StoryAssignment] = []
            for analyzed in stored { assignments.append(clusterer.add(analyzed).storeAssignment) }
            if !assignments.isEmpty { try await store.assign(assignments) }
        }
    }
}
