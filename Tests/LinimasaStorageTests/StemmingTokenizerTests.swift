import LinimasaCore
import LinimasaStorage
import Testing

struct StemmingTokenizerTests {
    @Test func indexTermsAreLowercasedStems() throws {
        let store = try StoreFixtures.memoryStore()
        let terms = store.indexTerms("Mengunjungi KUNJUNGAN dikunjungi")
        #expect(Set(terms).count == 1, "\(terms)")
        #expect(terms.count == 3)
    }

    @Test func nonASCIIWordsAreLowercasedToo() throws {
        let store = try StoreFixtures.memoryStore()
        #expect(store.indexTerms("ÉCOLE école") == store.indexTerms("école école"))
    }

    @Test func affixedFormsFindEachOther() async throws {
        let store = try StoreFixtures.memoryStore()
        let article = StoreFixtures.plainArticle(
            source: "p.txt",
            title: "Pembangunan",
            body: "Pemerintah membangun jembatan baru di Kalimantan."
        )
        try await StoreFixtures.save([article], in: store)
        for query in ["pembangunan", "dibangun", "bangunan", "membangun"] {
            #expect(try await store.search(SearchQuery(query)).count == 1, "query \(query)")
        }
    }
}
