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
///
/// Stories merge and members move after the fact (``StoryPlacement/movedArticles``,
/// ``StoryPlacement/mergedStoryIDs``): a moved article of the batch is saved with its new
/// story; one stored earlier gets its new assignment written with the batch's; a merged-away
/// story's record is overwritten by a marker (no articles or dates, ``Story/mergedInto`` set;
/// the survivor's ``Story/mergedStoryIDs`` lists it) so its id still leads somewhere.
struct StoryAssigner {
    var clusterer: StoryClusterer
    let analyzer: Analyzer
    let store: any ArticleStore
    /// Days either side of a batch's dates whose stored articles are replayed.
    let replayDays: Int
    /// The day range already replayed.
    var replayed: ClosedRange<Int>?
    /// New assignments of stored articles that moved to another story, not yet written.
    var pendingMoves: [String: StoryAssignment] = [:]
    /// Stories merged away (id to the id it merged into), whose records are not yet marked.
    var pendingMerges: [String: String] = [:]
    /// Stories whose members changed by a move or merge, to save again.
    var pendingTouched = Set<String>()

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
            note(placement, batch: &placements)
        }
        return placements
    }

    /// Records what a placement changed in earlier articles: moves of batch articles update
    /// their placement, moves of stored ones wait for ``record(_:saved:)``.
    mutating func note(_ placement: StoryPlacement, batch placements: inout [String: StoryPlacement]) {
        for move in placement.movedArticles {
            pendingTouched.insert(move.fromStoryID)
            pendingTouched.insert(move.storyID)
            if var earlier = placements[move.articleID] {
                earlier.storyID = move.storyID
                earlier.threadID = move.threadID
                placements[move.articleID] = earlier
            } else {
                pendingMoves[move.articleID] = move.storeAssignment
            }
        }
        for gone in placement.mergedStoryIDs { pendingMerges[gone] = clusterer.resolvedStoryID(gone) }
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
        assignments += pendingMoves.keys.sorted().compactMap { pendingMoves[$0] }
        touched.formUnion(pendingTouched)
        guard !assignments.isEmpty || !pendingMerges.isEmpty else { return }
        // Merges after a placement or move was made: write the ids they resolve to now.
        for index in assignments.indices {
            assignments[index].storyID = assignments[index].storyID.map { clusterer.resolvedStoryID($0) }
            assignments[index].threadID = assignments[index].threadID.map { clusterer.resolvedThreadID($0) }
        }
        if !assignments.isEmpty { try await store.assign(assignments) }
        let gone = Set(pendingMerges.keys)
        var records = touched.subtracting(gone).sorted().compactMap { clusterer.story(id: $0)?.storeRecord }
        records += pendingMerges.keys.sorted().map { id in
            let survivor = clusterer.resolvedStoryID(id)
            return Story(id: id, threadID: clusterer.story(id: survivor)?.threadID ?? survivor, mergedInto: survivor).storeRecord
        }
        records += clusterer.takeEvictedStories().map(\.storeRecord)
        try await store.saveStories(records)
        pendingMoves = [:]
        pendingMerges = [:]
        pendingTouched = []
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
            var assignments: [String: StoryAssignment] = [:]
            for analyzed in stored {
                let placement = clusterer.add(analyzed)
                assignments[placement.articleID] = placement.storeAssignment
                for move in placement.movedArticles { assignments[move.articleID] = move.storeAssignment }
                for move in placement.movedArticles {
                    pendingMoves[move.articleID] = nil
                    pendingTouched.formUnion([move.fromStoryID, move.storyID])
                }
                for gone in placement.mergedStoryIDs { pendingMerges[gone] = clusterer.resolvedStoryID(gone) }
            }
            if !assignments.isEmpty { try await store.assign(assignments.keys.sorted().compactMap { assignments[$0] }) }
        }
    }
}
