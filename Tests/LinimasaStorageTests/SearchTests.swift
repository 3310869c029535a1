import LinimasaCore
import LinimasaStorage
import Testing

struct SearchTests {
    /// A small store: visits, floods and a price story, from two outlets over three months.
    static func store() async throws -> SQLiteStore {
        let store = try StoreFixtures.memoryStore()
        let articles = [
            StoreFixtures.plainArticle(
                source: "kunjungan.txt",
                title: "Kunjungan Kerja ke Papua",
                body: "Rombongan menteri melakukan kunjungan kerja ke Jayapura untuk meninjau pembangunan jalan.",
                outlet: "Warta Uji",
                published: CalendarDate(year: 2024, month: 1, day: 10)
            ),
            StoreFixtures.plainArticle(
                source: "kunjungi.txt",
                title: "Warga Diminta Kunjungi Posyandu",
                body: "Dinas kesehatan meminta warga kunjungi posyandu terdekat setiap bulan.",
                outlet: "Kabar Contoh",
                published: CalendarDate(year: 2024, month: 2, day: 5)
            ),
            StoreFixtures.plainArticle(
                source: "banjir.txt",
                title: "Banjir Rendam Permukiman",
                body: "Banjir bandang merendam ratusan rumah warga di tepi sungai. Warga mengungsi ke balai desa.",
                outlet: "Warta Uji",
                published: CalendarDate(year: 2024, month: 3, day: 1)
            ),
            StoreFixtures.plainArticle(
                source: "harga.txt",
                title: "Harga Beras Naik",
                body: "Harga beras di pasar induk naik tajam menjelang musim hujan, sementara banjir belum surut.",
                outlet: "Kabar Contoh",
                published: CalendarDate(year: 2024, month: 3, day: 2)
            ),
            StoreFixtures.fullArticle(),
        ]
        try await StoreFixtures.save(articles, in: store)
        return store
    }

    @Test func stemsMatchAcrossAffixes() async throws {
        let store = try await Self.store()
        let hits = try await store.search(SearchQuery("mengunjungi", limit: 10))
        let sources = Set(hits.map(\.source))
        #expect(sources.isSuperset(of: ["kunjungan.txt", "kunjungi.txt", "tests/kunjungan.txt"]), "\(sources)")
        #expect(!sources.contains("banjir.txt"))
    }

    @Test func snippetsMarkTheWordsAsWritten() async throws {
        let store = try await Self.store()
        let hits = try await store.search(SearchQuery("mengungsi", marks: ("<", ">")))
        #expect(hits.map(\.source) == ["banjir.txt"])
        #expect(hits.first?.snippet.contains("<mengungsi>") == true, "\(hits.first?.snippet ?? "")")
    }

    @Test func titleHitsRankAboveBodyHits() async throws {
        let store = try await Self.store()
        let hits = try await store.search(SearchQuery("banjir"))
        #expect(hits.map(\.source) == ["banjir.txt", "harga.txt"])
        #expect(hits[0].score > hits[1].score)
    }

    @Test func phrasesNeedTheWordsTogether() async throws {
        let store = try await Self.store()
        #expect(try await store.search(SearchQuery(#""banjir bandang""#)).map(\.source) == ["banjir.txt"])
        #expect(try await store.search(SearchQuery(#""bandang banjir""#)).isEmpty)
    }

    @Test func prefixOrAndNot() async throws {
        let store = try await Self.store()
        #expect(Set(try await store.search(SearchQuery("posyan*")).map(\.source)) == ["kunjungi.txt"])
        #expect(
            Set(try await store.search(SearchQuery("beras OR jalan")).map(\.source)) == ["harga.txt", "kunjungan.txt"]
        )
        #expect(try await store.search(SearchQuery("banjir -beras")).map(\.source) == ["banjir.txt"])
        #expect(try await store.search(SearchQuery("banjir NOT beras")).map(\.source) == ["banjir.txt"])
    }

    @Test func filtersByDateOutletAndEntity() async throws {
        let store = try await Self.store()
        let march = try await store.search(
            SearchQuery(
                "warga",
                from: CalendarDate(year: 2024, month: 3, day: 1),
                to: CalendarDate(year: 2024, month: 3, day: 31)
            )
        )
        #expect(march.map(\.source) == ["banjir.txt"])
        let outlet = try await store.search(SearchQuery("warga", outlet: "kabar contoh"))
        #expect(outlet.map(\.source) == ["kunjungi.txt"])
        let entity = try await store.search(SearchQuery("kunjungan", entity: "Ratna"))
        #expect(entity.map(\.source) == ["tests/kunjungan.txt"])
        #expect(try await store.search(SearchQuery("kunjungan", entity: "Nobody Known")).isEmpty)
    }

    @Test func prefixesMatchWordsAsWritten() async throws {
        let store = try StoreFixtures.memoryStore()
        let article = StoreFixtures.plainArticle(
            source: "h.txt",
            title: "Anggaran",
            body: "Anggaran pertahanan negara naik tahun depan."
        )
        try await StoreFixtures.save([article], in: store)
        // `pertahanan` is indexed under its stem and, colocated, as written.
        #expect(try await store.search(SearchQuery("pertahan*")).map(\.source) == ["h.txt"])
        #expect(try await store.search(SearchQuery("bertahan")).map(\.source) == ["h.txt"])
        #expect(try await store.search(SearchQuery(#""pertahanan negara""#)).map(\.source) == ["h.txt"])
    }

    @Test func commonWordsAreRankedWithinTheNewestWindow() async throws {
        var configuration = SQLiteStore.Configuration()
        configuration.rankWindow = 3
        let store = try SQLiteStore(path: nil, pack: StoreFixtures.pack, configuration: configuration)
        // The oldest article mentions the word most, but falls outside the window of the 3 newest matches.
        var articles = [
            StoreFixtures.plainArticle(
                source: "0.txt",
                title: "Gempa gempa gempa",
                body: "Gempa, gempa, dan gempa lagi."
            )
        ]
        for n in 1...4 {
            articles.append(
                StoreFixtures.plainArticle(
                    source: "\(n).txt",
                    title: "Laporan \(n)",
                    body: "Laporan harian nomor \(n) menyebut gempa kecil."
                )
            )
        }
        try await StoreFixtures.save(articles, in: store)
        let hits = try await store.search(SearchQuery("gempa", limit: 10))
        #expect(Set(hits.map(\.source)) == ["2.txt", "3.txt", "4.txt"])
        let unlimited = try StoreFixtures.memoryStore()
        try await StoreFixtures.save(articles, in: unlimited)
        #expect(try await unlimited.search(SearchQuery("gempa", limit: 10)).first?.source == "0.txt")
    }

    @Test func largeFiltersAreCheckedPerMatchWithinTheWindow() async throws {
        var configuration = SQLiteStore.Configuration()
        configuration.rankWindow = 1
        let store = try SQLiteStore(path: nil, pack: StoreFixtures.pack, configuration: configuration)
        let articles = (0..<24).map { n in
            StoreFixtures.plainArticle(
                source: "\(n).txt",
                title: "Sungai \(n)",
                body: "Air sungai nomor \(n) meluap.",
                outlet: n % 4 == 3 ? "Lain" : "Kabar Contoh",
                published: CalendarDate(year: 2024, month: 7, day: n + 1)
            )
        }
        try await StoreFixtures.save(articles, in: store)
        // 18 articles of the outlet: more than 10 × the window, so the newest match alone is ranked.
        #expect(try await store.search(SearchQuery("sungai", outlet: "kabar contoh")).map(\.source) == ["22.txt"])
        #expect(
            try await store.search(SearchQuery("sungai", from: CalendarDate(year: 2024, month: 7, day: 1))).map(
                \.source
            ) == ["23.txt"]
        )
        // 6 articles: a small set, every survivor is ranked.
        #expect(
            Set(try await store.search(SearchQuery("sungai", outlet: "Lain")).map(\.source)) == [
                "3.txt", "7.txt", "11.txt", "15.txt", "19.txt", "23.txt",
            ]
        )
    }

    @Test func limitAndOffsetPage() async throws {
        let store = try await Self.store()
        let all = try await store.search(SearchQuery("kunjungan", limit: 10))
        let second = try await store.search(SearchQuery("kunjungan", limit: 1, offset: 1))
        #expect(all.count == 3)
        #expect(second.map(\.articleID) == [all[1].articleID])
    }

    @Test(arguments: [
        #"banjir ("#, #"banjir:"#, #""banjir"#, "banjir AND", "(banjir)", "banjir*^", "'banjir'",
    ])
    func userSyntaxNeverBreaksTheQuery(text: String) async throws {
        let store = try await Self.store()
        let hits = try await store.search(SearchQuery(text))
        #expect(hits.contains { $0.source == "banjir.txt" }, "query \(text)")
    }

    @Test(arguments: [
        ("", "nothing to search for in ''; give at least one word"),
        ("— ...", "nothing to search for in '— ...'; give at least one word"),
        ("-banjir", "a search needs at least one word that must occur, not only excluded ones ('-banjir')"),
    ])
    func emptySearchesAreRefused(text: String, message: String) async throws {
        let store = try await Self.store()
        let error = await #expect(throws: LinimasaError.self) { try await store.search(SearchQuery(text)) }
        #expect(error?.code == .invalidInput)
        #expect(error?.message == message)
    }

    @Test func syntaxBuildsQuotedExpressions() throws {
        #expect(
            try SearchSyntax(#"banjir "air bah" kunjung* OR jalan -beras"#).expression
                == #"("banjir" "air bah" ("kunjung"* OR "jalan")) NOT "beras""#
        )
        #expect(try SearchSyntax(#"say "hi"""#).expression == #""say" "hi""#)
        #expect(try SearchSyntax(#"a"b"#).expression == #""a""b""#)
    }
}
