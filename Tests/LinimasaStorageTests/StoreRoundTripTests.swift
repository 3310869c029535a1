import Foundation
import LinimasaCore
import LinimasaStorage
import Testing

struct StoreRoundTripTests {
    @Test func articleComesBackWithEveryAnnotation() async throws {
        let store = try StoreFixtures.memoryStore()
        let original = StoreFixtures.fullArticle()
        let entries = try await StoreFixtures.save([original], in: store)
        #expect(entries.map(\.status) == [.new])
        let read = try #require(try await store.article(id: original.article.id))
        #expect(read.article == original.article)
        #expect(read.times == original.times)
        #expect(read.entities == original.entities)
        #expect(read.quotes == original.quotes)
        #expect(read.events == original.events)
        #expect(read.warnings == original.warnings)
        #expect(read == original)
    }

    @Test func unknownIDReadsAsNil() async throws {
        let store = try StoreFixtures.memoryStore()
        #expect(try await store.article(id: "0000000000000000") == nil)
    }

    @Test func sameBodyTwiceIsADuplicate() async throws {
        let store = try StoreFixtures.memoryStore()
        let first = StoreFixtures.fullArticle(source: "a.txt")
        let copy = StoreFixtures.fullArticle(source: "b.txt")
        let entries = try await StoreFixtures.save([first, copy, first], in: store)
        #expect(entries.map(\.status) == [.new, .duplicate, .duplicate])
        #expect(entries[1].reason == "same text as 'a.txt'")
        #expect(entries[2].reason == "already stored")
        #expect(try await store.statistics().articles == 1)
    }

    @Test func changedBodyFromTheSameSourceIsAnUpdate() async throws {
        let store = try StoreFixtures.memoryStore()
        let old = StoreFixtures.fullArticle(source: "https://warta.example/berita/1")
        let new = StoreFixtures.plainArticle(
            source: "https://warta.example/berita/1",
            title: "Menteri Kunjungi Sekolah (diperbarui)",
            body: "Menteri meninjau dua sekolah dasar di Bogor, bukan satu seperti diberitakan sebelumnya."
        )
        try await StoreFixtures.save([old], in: store)
        let entries = try await StoreFixtures.save([new], in: store)
        #expect(entries.map(\.status) == [.updated])
        #expect(entries[0].reason == "replaces \(old.article.id)")
        #expect(try await store.article(id: old.article.id) == nil)
        #expect(try await store.article(id: new.article.id) == new)
        #expect(
            try store.integerForTesting("SELECT count(*) FROM article_versions WHERE article_id = '\(old.article.id)'")
                == 1
        )
        // The old version's mentions no longer count as aliases seen.
        #expect(
            try store.integerForTesting("SELECT count(*) FROM entity_aliases WHERE entity_id = 'test:ratna-kusuma'")
                == 0
        )
        let hits = try await store.search(SearchQuery("ruang kelas"))
        #expect(hits.isEmpty)
    }

    @Test func failuresAreLoggedWithTheirReason() async throws {
        let store = try StoreFixtures.memoryStore()
        let run = try await store.beginIngest(paths: ["x"], wait: false)
        let failure = LinimasaError(.invalidInput, "cannot read 'rusak.html': no text")
        let entries = try await store.save([IngestRecord(source: "rusak.html", result: .failure(failure))], run: run)
        try await store.finishIngest(run: run, summary: IngestSummary(failed: 1))
        let expected = IngestLogEntry(
            run: run,
            source: "rusak.html",
            status: .failed,
            articleID: nil,
            reason: "cannot read 'rusak.html': no text"
        )
        #expect(entries == [expected])
        #expect(try await store.ingestLog(run: run) == [expected])
    }

    @Test func alreadyIngestedKnowsSourceAndID() async throws {
        let store = try StoreFixtures.memoryStore()
        let article = StoreFixtures.fullArticle(source: "a.txt")
        let copy = StoreFixtures.fullArticle(source: "b.txt")
        try await StoreFixtures.save([article, copy], in: store)
        let id = article.article.id
        let known = try await store.alreadyIngested([
            ("a.txt", id), ("b.txt", id), ("c.txt", id), ("a.txt", "ffffffffffffffff"),
        ])
        #expect(known == [true, true, false, false])
    }

    @Test func articlesByDateRange() async throws {
        let store = try StoreFixtures.memoryStore()
        let days = [3, 1, 2, 5]
        let articles = days.map { day in
            StoreFixtures.plainArticle(
                source: "d\(day).txt",
                title: "Hari \(day)",
                body: "Berita hari ke-\(day) tentang cuaca di Bandung.",
                published: CalendarDate(year: 2024, month: 6, day: day)
            )
        }
        let undated = StoreFixtures.plainArticle(
            source: "u.txt",
            title: "Tanpa tanggal",
            body: "Berita tanpa tanggal.",
            published: nil
        )
        try await StoreFixtures.save(articles + [undated], in: store)
        let range = try await store.articles(
            from: CalendarDate(year: 2024, month: 6, day: 2),
            to: CalendarDate(year: 2024, month: 6, day: 3),
            limit: 10
        )
        #expect(range.map(\.article.title) == ["Hari 2", "Hari 3"])
        let all = try await store.articles(from: nil, to: nil, limit: 3)
        #expect(all.map(\.article.title) == ["Hari 1", "Hari 2", "Hari 3"])
    }

    @Test func storiesAndAssignments() async throws {
        let store = try StoreFixtures.memoryStore()
        let a = StoreFixtures.plainArticle(
            source: "a.txt",
            title: "Gempa di Cianjur",
            body: "Gempa mengguncang Cianjur.",
            published: CalendarDate(year: 2024, month: 1, day: 2)
        )
        let b = StoreFixtures.plainArticle(
            source: "b.txt",
            title: "Korban gempa bertambah",
            body: "Korban gempa Cianjur bertambah.",
            published: CalendarDate(year: 2024, month: 1, day: 3)
        )
        let c = StoreFixtures.plainArticle(
            source: "c.txt",
            title: "Harga cabai naik",
            body: "Harga cabai naik di pasar."
        )
        try await StoreFixtures.save([a, b, c], in: store)
        let story = StoryRecord(
            id: "s1",
            headline: "Gempa Cianjur",
            firstDate: CalendarDate(year: 2024, month: 1, day: 2),
            lastDate: CalendarDate(year: 2024, month: 1, day: 3),
            summaryJSON: #"{"articles":2}"#
        )
        try await store.saveStories([story])
        try await store.assign([
            StoryAssignment(
                articleID: b.article.id,
                storyID: "s1",
                threadID: "t1",
                duplicateOf: a.article.id,
                duplicateSimilarity: 0.5
            ),
            StoryAssignment(articleID: a.article.id, storyID: "s1", threadID: "t1"),
            StoryAssignment(articleID: "missing", storyID: "s1"),
        ])
        #expect(try await store.story(id: "s1") == story)
        #expect(try await store.story(id: "s2") == nil)
        #expect(try await store.articles(inStory: "s1").map(\.article.id) == [a.article.id, b.article.id])
        let assignment = try await store.assignment(articleID: b.article.id)
        #expect(
            assignment
                == StoryAssignment(
                    articleID: b.article.id,
                    storyID: "s1",
                    threadID: "t1",
                    duplicateOf: a.article.id,
                    duplicateSimilarity: 0.5
                )
        )
        // Assigning does not disturb the search index.
        #expect(try await store.search(SearchQuery("gempa")).count == 2)
        let hits = try await store.search(SearchQuery("cianjur"))
        #expect(Set(hits.compactMap(\.storyID)) == ["s1"])
    }

    @Test func statisticsCountEverything() async throws {
        let store = try StoreFixtures.memoryStore()
        try await StoreFixtures.save([StoreFixtures.fullArticle()], in: store)
        let statistics = try await store.statistics()
        #expect(
            statistics
                == StoreStatistics(articles: 1, entities: 3, mentions: 4, quotes: 1, events: 1, stories: 0, runs: 1)
        )
    }
}
