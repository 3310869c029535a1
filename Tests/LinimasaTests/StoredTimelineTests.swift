import Foundation
import Linimasa
import LinimasaCluster
import LinimasaCore
import LinimasaTestSupport
import Testing

/// The timeline read from a store narrows what it reads (the entity's events, the years of a
/// range); the entries must be those of fusing every stored mention and filtering after.
@Suite(.serialized) struct StoredTimelineTests {
    /// The samples, ingested once into a temporary store.
    static let shared = SharedStore()

    actor SharedStore {
        private var task: Task<any ArticleStore, any Error>?

        func get() async throws -> any ArticleStore {
            if let task { return try await task.value }
            let task = Task<any ArticleStore, any Error> {
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linimasa-timeline-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let analyzer = try Analyzer()
                let store = try StoreFactory.open(folder.appendingPathComponent("t.db").path, create: true, pack: analyzer.pack)
                let samples = Corpus.samples.appendingPathComponent("articles").path
                _ = try await Ingester(analyzer: analyzer, store: store).run(paths: [samples])
                return store
            }
            self.task = task
            return try await task.value
        }
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
        let narrowed = try await StoredStories.timeline(in: store, query: TimelineQuery(entity: name))
        #expect(!narrowed.isEmpty)
        #expect(Self.keys(narrowed) == Self.keys(expected))
    }

    @Test func rangeTimelineEqualsFilteringTheWholeTimeline() async throws {
        let store = try await Self.shared.get()
        let whole = TimelineFuser().fuse(try await store.eventMentions(EventMentionQuery()))
        let from = CalendarDate(year: 2025, month: 5, day: 1)
        let to = CalendarDate(year: 2025, month: 6, day: 30)
        let expected = TimelineQuery(from: from, to: to).apply(to: whole)
        let narrowed = try await StoredStories.timeline(in: store, query: TimelineQuery(from: from, to: to))
        #expect(!narrowed.isEmpty)
        #expect(Self.keys(narrowed) == Self.keys(expected))
    }

    @Test func unknownEntityHasNoEntries() async throws {
        let store = try await Self.shared.get()
        #expect(try await StoredStories.timeline(in: store, query: TimelineQuery(entity: "Tak Ada Siapa Pun")).isEmpty)
    }
}
