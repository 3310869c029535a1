import Foundation
import Linimasa
import LinimasaCluster
import LinimasaCore
import LinimasaStorage
import LinimasaTestSupport
import Testing

/// The timeline read from a store, whether from the entries it keeps fused or fused at query
/// time from what it narrows its reading to (the entity's events, the years of a range), must
/// be that of fusing every stored mention and filtering after.
@Suite(.serialized) struct StoredTimelineTests {
    /// The samples, ingested once into a temporary store.
    static let shared = SharedStore()

    actor SharedStore {
        private var task: Task<any ArticleStore, any Error>?

        func get() async throws -> any ArticleStore {
            if let task { return try await task.value }
            let task = Task<any ArticleStore, any Error> {
                let (store, analyzer, _) = try StoredTimelineTests.emptyStore()
                let samples = Corpus.samples.appendingPathComponent("articles").path
                _ = try await Ingester(analyzer: analyzer, store: store).run(paths: [samples])
                return store
            }
            self.task = task
            return try await task.value
        }
    }

    /// A new store in a new temporary folder, and an analyser.
    static func emptyStore() throws -> (store: any ArticleStore, analyzer: Analyzer, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linimasa-timeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let analyzer = try Analyzer()
        let store = try StoreFactory.open(folder.appendingPathComponent("t.db").path, create: true, pack: analyzer.pack)
        return (store, analyzer, folder)
    }

    /// The entries only one side has, marked `-` (only in `a`) and `+` (only in `b`); empty
    /// when both list the same entries.
    static func difference(_ a: [TimelineEntry], _ b: [TimelineEntry]) -> [String] {
        var count: [String: Int] = [:]
        for key in keys(a) { count[key, default: 0] += 1 }
        for key in keys(b) { count[key, default: 0] -= 1 }
        return count.filter { $0.value != 0 }.map { ($0.value > 0 ? "- " : "+ ") + $0.key }.sorted()
    }

    /// Entries as comparable text: type, date, actors and the articles behind them.
    static func keys(_ entries: [TimelineEntry]) -> [String] {
        entries.map { entry in
            let articles = Set(entry.sources.map(\.article)).sorted().joined(separator: ",")
            return "\(entry.type) \(entry.date ?? "-") [\(entry.actors.map(\.id).sorted().joined(separator: ","))] \(articles)"
        }.sorted()
    }

    @Test(arguments: ["Prabowo Subianto", "Kim Jong Un", "Emmanuel Macron", "Anwar Ibrahim"])
    func entityTimelineEqualsFilteringTheWholeTimeline(name: String) async throws {
        let store = try await Self.shared.get()
        let ids = try await store.entityIDs(named: name)
        try #require(!ids.isEmpty)
        let whole = TimelineFuser().fuse(try await store.eventMentions(EventMentionQuery()))
        let expected = TimelineQuery(entity: name, entityIDs: ids).apply(to: whole)
        let narrowed = try await StoredStories.timeline(in: store, query: TimelineQuery(entity: name)).entries
        #expect(!narrowed.isEmpty)
        #expect(Self.keys(narrowed) == Self.keys(expected))
    }

    @Test func rangeTimelineEqualsFilteringTheWholeTimeline() async throws {
        let store = try await Self.shared.get()
        let whole = TimelineFuser().fuse(try await store.eventMentions(EventMentionQuery()))
        let from = CalendarDate(year: 2025, month: 5, day: 1)
        let to = CalendarDate(year: 2025, month: 6, day: 30)
        let expected = TimelineQuery(from: from, to: to).apply(to: whole)
        let narrowed = try await StoredStories.timeline(in: store, query: TimelineQuery(from: from, to: to)).entries
        #expect(!narrowed.isEmpty)
        #expect(Self.keys(narrowed) == Self.keys(expected))
    }

    @Test func unknownEntityHasNoEntries() async throws {
        let store = try await Self.shared.get()
        #expect(try await StoredStories.timeline(in: store, query: TimelineQuery(entity: "Tak Ada Siapa Pun")).entries.isEmpty)
    }

    @Test func ingestLeavesTheKeptTimelineCurrent() async throws {
        let store = try await Self.shared.get()
        #expect(try await store.timelinePending() == 0)
        let whole = TimelineFuser().fuse(try await store.eventMentions(EventMentionQuery()))
        let kept = try await StoredStories.timeline(in: store, query: TimelineQuery())
        #expect(kept.total == whole.count)
        #expect(Self.difference(kept.entries, whole) == [])
        // In the same order, with the same ids, dates and sources.
        #expect(kept.entries.map(\.id) == whole.map(\.id))
        #expect(kept.entries.map(\.date) == whole.map(\.date))
        #expect(kept.entries.map { $0.sources.map(\.sentence) } == whole.map { $0.sources.map(\.sentence) })
    }

    @Test func pagesMonthsAndSourceLimitsOfTheKeptTimeline() async throws {
        let store = try await Self.shared.get()
        let all = try await StoredStories.timeline(in: store, query: TimelineQuery(datedOnly: true))
        try #require(all.total > 12)
        let page = try await StoredStories.timeline(
            in: store,
            query: TimelineQuery(datedOnly: true),
            offset: 5,
            limit: 7,
            sourceLimit: 1
        )
        #expect(page.total == all.total)
        #expect(page.entries.map(\.id) == all.entries[5..<12].map(\.id))
        #expect(page.entries.allSatisfy { $0.sources.count == 1 })
        #expect(page.entries.map(\.sourceCount) == all.entries[5..<12].map(\.sources.count))
        var counts: [String: Int] = [:]
        for entry in all.entries { if let month = entry.month { counts[month, default: 0] += 1 } }
        #expect(all.months.map(\.month) == counts.keys.sorted())
        #expect(all.months.map(\.entries) == counts.keys.sorted().map { counts[$0]! })
    }

    /// Filters on the kept timeline: outlet and story, against filtering the whole timeline.
    @Test func outletAndStoryFiltersOfTheKeptTimeline() async throws {
        let store = try await Self.shared.get()
        let whole = TimelineFuser().fuse(try await store.eventMentions(EventMentionQuery()))
        let outlet = try #require(whole.flatMap(\.sources).compactMap(\.outlet).first)
        let byOutlet = try await StoredStories.timeline(in: store, query: TimelineQuery(outlet: outlet.uppercased()))
        #expect(!byOutlet.entries.isEmpty)
        #expect(Self.keys(byOutlet.entries) == Self.keys(TimelineQuery(outlet: outlet).apply(to: whole)))
        let story = try #require(whole.flatMap(\.storyIDs).first)
        let byStory = try await StoredStories.timeline(in: store, query: TimelineQuery(story: story))
        #expect(!byStory.entries.isEmpty)
        #expect(Self.keys(byStory.entries) == Self.keys(TimelineQuery(story: story).apply(to: whole)))
    }

    /// Articles arriving over several runs, each refreshing only what its mentions reach, give
    /// the timeline of fusing everything at once; a store whose refresh did not run answers by
    /// fusing at query time.
    @Test func runsRefreshTheKeptTimelineIncrementally() async throws {
        let (store, analyzer, folder) = try Self.emptyStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let samples = Corpus.samples.appendingPathComponent("articles")
        let files = try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted()
        // Newest-named first, in three runs, so later runs reach entries earlier runs made.
        let runs = stride(from: 0, to: files.count, by: 10).map { Array(files.reversed()[$0..<min($0 + 10, files.count)]) }
        for run in runs {
            _ = try await Ingester(analyzer: analyzer, store: store).run(paths: run.map { samples.appendingPathComponent($0).path })
            #expect(try await store.timelinePending() == 0)
        }
        let whole = TimelineFuser().fuse(try await store.eventMentions(EventMentionQuery()))
        let kept = try await StoredStories.timeline(in: store, query: TimelineQuery())
        #expect(Self.difference(kept.entries, whole) == [])

        // An interrupted run leaves articles pending: the answer is fused at query time, the same.
        let sqlite = try #require(store as? SQLiteStore)
        try sqlite.executeForTesting("INSERT INTO timeline_pending(article) SELECT number FROM articles LIMIT 3")
        #expect(try await store.timelinePending() == 3)
        let fused = try await StoredStories.timeline(in: store, query: TimelineQuery())
        #expect(Self.difference(fused.entries, whole) == [])
        let refresh = try #require(try await store.refreshTimeline(using: TimelineFuser()))
        #expect(refresh.articles == 3)
        #expect(try await store.timelinePending() == 0)
        let current = try await StoredStories.timeline(in: store, query: TimelineQuery())
        #expect(!current.fusedAtQueryTime)
        #expect(Self.difference(current.entries, whole) == [])

        // Entries kept by another version of the fuser are not read, and the next refresh
        // fuses everything again.
        try sqlite.executeForTesting("UPDATE timeline_version SET version = 'entry-0'")
        let stale = try await StoredStories.timeline(in: store, query: TimelineQuery())
        #expect(stale.fusedAtQueryTime)
        #expect(Self.difference(stale.entries, whole) == [])
        let rebuilt = try #require(try await store.refreshTimeline(using: TimelineFuser()))
        #expect(rebuilt.articles == (try await store.statistics().articles))
        let again = try await StoredStories.timeline(in: store, query: TimelineQuery())
        #expect(!again.fusedAtQueryTime)
        #expect(Self.difference(again.entries, whole) == [])

        // A full rebuild gives the same.
        let rebuild = try await sqlite.rebuildTimeline(using: TimelineFuser())
        #expect(rebuild.articles == rebuilt.articles)
        #expect(Self.difference(try await StoredStories.timeline(in: store, query: TimelineQuery()).entries, whole) == [])
    }

    /// A new version of a stored article replaces the old one's mentions in the kept timeline.
    @Test func updatedArticleLeavesNoTraceOfItsOldVersion() async throws {
        let (store, analyzer, folder) = try Self.emptyStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let samples = Corpus.samples.appendingPathComponent("articles")
        let text = try String(contentsOf: samples.appendingPathComponent("10-korut-rudal-cnnindonesia.txt"), encoding: .utf8)
        let copy = folder.appendingPathComponent("korut.txt")
        try text.write(to: copy, atomically: true, encoding: .utf8)
        let others = ["11-korut-rudal-tanpa-judul.txt", "12-korut-rudal-tempo.html"].map { samples.appendingPathComponent($0).path }
        let first = try await Ingester(analyzer: analyzer, store: store).run(paths: [copy.path] + others)
        #expect(first.new >= 1)
        let before = try await StoredStories.timeline(in: store, query: TimelineQuery()).entries
        let oldIDs = Set(try await store.eventMentions(EventMentionQuery()).map(\.article))

        // The same source with a figure corrected is a new version of the article.
        try #require(text.contains("1.500 kilometer"))
        try text.replacingOccurrences(of: "1.500 kilometer", with: "1.600 kilometer").write(to: copy, atomically: true, encoding: .utf8)
        let second = try await Ingester(analyzer: analyzer, store: store).run(paths: [copy.path])
        #expect(second.updated == 1)
        #expect(try await store.timelinePending() == 0)
        let whole = TimelineFuser().fuse(try await store.eventMentions(EventMentionQuery()))
        let kept = try await StoredStories.timeline(in: store, query: TimelineQuery()).entries
        #expect(Self.difference(kept, whole) == [])
        let newIDs = Set(whole.flatMap(\.sources).map(\.article))
        let gone = oldIDs.subtracting(newIDs)
        #expect(!gone.isEmpty)
        #expect(!kept.flatMap(\.sources).contains { gone.contains($0.article) })
        #expect(!before.isEmpty)
    }
}
