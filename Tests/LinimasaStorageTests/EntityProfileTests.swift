import LinimasaCore
import LinimasaStorage
import Testing

struct EntityProfileTests {
    /// Two articles naming the minister, in two months, one also naming the mayor.
    static func store() async throws -> (SQLiteStore, AnalyzedArticle) {
        let store = try StoreFixtures.memoryStore()
        let march = StoreFixtures.fullArticle()
        var april = StoreFixtures.fullArticle(
            source: "tests/april.txt",
            title: "Menteri Resmikan Perpustakaan",
            published: CalendarDate(year: 2024, month: 4, day: 9),
            body:
                "Ratna Kusuma meresmikan perpustakaan sekolah di Depok. Menurut Ratna Kusuma, buku baru segera datang."
        )
        let body = april.article.body
        let first = StoreFixtures.range(of: "Ratna Kusuma", in: body)
        let second = StoreFixtures.range(of: "Ratna Kusuma", in: body, from: first.end)
        april.entities = [
            LinkedEntity(
                id: "test:ratna-kusuma",
                name: "Ratna Kusuma",
                type: .person,
                mentions: [
                    EntityMention(text: "Ratna Kusuma", range: first),
                    EntityMention(text: "Ratna Kusuma", range: second),
                ]
            )
        ]
        let said = StoreFixtures.range(of: "buku baru segera datang", in: body)
        april.quotes = [
            Quote(
                text: "buku baru segera datang",
                range: said,
                direct: false,
                speaker: EntityReference(id: "test:ratna-kusuma", name: "Ratna Kusuma")
            ),
            Quote(
                text: "perpustakaan",
                range: StoreFixtures.range(of: "perpustakaan", in: body),
                direct: true,
                kind: .term
            ),
        ]
        try await StoreFixtures.save([march, april], in: store)
        return (store, april)
    }

    @Test(arguments: ["test:ratna-kusuma", "Ratna Kusuma", "ratna kusuma", "Ratna"])
    func profileByIDNameOrAlias(name: String) async throws {
        let (store, _) = try await Self.store()
        let profile = try #require(try await store.entityProfile(named: name, quoteLimit: 5))
        #expect(profile.id == "test:ratna-kusuma")
        #expect(profile.name == "Ratna Kusuma")
        #expect(profile.type == .person)
        #expect(profile.articles == 2)
        #expect(profile.mentions == 4)
        #expect(profile.aliases == [.init(text: "Ratna Kusuma", mentions: 3), .init(text: "Ratna", mentions: 1)])
        #expect(
            profile.months == [
                .init(month: "2024-03", articles: 1, mentions: 2), .init(month: "2024-04", articles: 1, mentions: 2),
            ]
        )
        #expect(profile.cooccurring.map(\.name) == ["Arif Santoso", "Bogor"])
        #expect(
            profile.latestQuotes.map(\.quote.text) == [
                "buku baru segera datang", "Kami akan memperbaiki ruang kelas yang rusak tahun ini,",
            ]
        )
    }

    @Test func unknownEntityHasNoProfile() async throws {
        let (store, _) = try await Self.store()
        #expect(try await store.entityProfile(named: "Tidak Ada", quoteLimit: 5) == nil)
    }

    @Test func quotesBySpeakerNewestFirst() async throws {
        let (store, april) = try await Self.store()
        let quotes = try await store.quotes(QuoteQuery(speaker: "Ratna Kusuma"))
        #expect(quotes.map(\.articleID) == [april.article.id, StoreFixtures.fullArticle().article.id])
        #expect(quotes[1].quote.via == [EntityReference(id: "test:warta", name: "Warta Uji")])
        #expect(quotes[1].outlet == "Warta Uji")
    }

    @Test func quotesFiltersAndTerms() async throws {
        let (store, _) = try await Self.store()
        #expect(try await store.quotes(QuoteQuery()).count == 2)
        #expect(try await store.quotes(QuoteQuery(includeTerms: true)).count == 3)
        #expect(
            try await store.quotes(QuoteQuery(from: CalendarDate(year: 2024, month: 4, day: 1))).map(\.quote.text) == [
                "buku baru segera datang"
            ]
        )
        #expect(try await store.quotes(QuoteQuery(speaker: "Arif Santoso")).isEmpty)
        #expect(try await store.quotes(QuoteQuery(limit: 1)).count == 1)
    }
}
