import Foundation
import LinimasaCore
import LinimasaIndonesian
import LinimasaTestSupport
import LinimasaText
import Testing

struct PlainTextReaderTests {
    static let pack = try! IndonesianPack()  // the bundled pack; a failure here is a packaging bug

    func read(_ name: String) throws -> Article {
        let url = Bundle.module.url(forResource: "Fixtures/text/\(name)", withExtension: "txt")!
        let reader = try ArticleReader(pack: Self.pack, dates: FakeDates())
        let outcomes = reader.read(paths: [url.path])
        #expect(outcomes.count == 1)
        return try outcomes[0].result.get()
    }

    func boilerplate(_ article: Article) -> [String] { article.boilerplate.map(\.text) }

    func paragraphs(_ article: Article) -> [String] { article.paragraphs.map { article.text($0) } }

    @Test func frontMatterBeforeDatelineIsMetadata() throws {
        let article = try read("front-matter-dateline")
        #expect(article.title == "Prabowo Tiba di Kuala Lumpur untuk KTT ASEAN")
        #expect(article.outlet == "Kompas.com")
        #expect(article.datelineText == "KOMPAS.COM -")
        #expect(article.dateline == nil)
        #expect(article.authors == ["Rina Kusuma"])
        #expect(article.editors == ["Dedi Saputra"])
        #expect(
            paragraphs(article) == [
                "Presiden Prabowo Subianto tiba di Kuala Lumpur, Malaysia, pada Minggu (25/5/2025) untuk menghadiri KTT ASEAN ke-46.",
                "Kedatangan Prabowo disambut Menteri Luar Negeri Malaysia di Bandara Internasional Kuala Lumpur.",
                "\"Indonesia siap bekerja sama dengan semua negara ASEAN. Kami datang dengan niat baik,\" kata Prabowo kepada wartawan.",
            ])
        #expect(
            boilerplate(article) == [
                "Prabowo Tiba di Kuala Lumpur untuk KTT ASEAN",
                "Presiden Prabowo Subianto tiba di Kuala Lumpur untuk menghadiri KTT ASEAN ke-46.",
                "Penulis: Rina Kusuma",
                "Editor: Dedi Saputra",
                "Baca juga: Jokowi Hadiri Pernikahan Kerabat di Solo",
                "(Kompas.com/Rina Kusuma)",
                "Kirim Komentar",
                "Isi komentar sepenuhnya adalah tanggung jawab pengguna dan diatur dalam UU ITE.",
            ])
        #expect(article.boilerplate.map(\.reason) == [.title, .summary, .byline, .byline, .pattern, .byline, .pageFurniture, .pageFurniture])
        // A quotation holding two sentences stays one sentence.
        #expect(article.sentences.count == 3)
    }

    @Test func captionsDateLinesAndCredits() throws {
        let article = try read("caption-byline-date")
        #expect(article.title == "Gempa Magnitudo 5,6 Guncang Cianjur")
        #expect(article.dateline == "Bandung")
        #expect(article.datelineText == "Bandung:")
        #expect(article.published?.iso == "2024-12-03T09:15")
        #expect(article.published?.source == .stated)
        #expect(article.authors == ["Siti Aminah"])
        #expect(article.outlet == "Contohberita.com")
        #expect(
            paragraphs(article) == [
                "Gempa berkekuatan magnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, pada Selasa pagi.",
                "Badan Nasional Penanggulangan Bencana (BNPB) mencatat 12 rumah rusak berat.",
            ])
        #expect(
            boilerplate(article) == [
                "Gempa Magnitudo 5,6 Guncang Cianjur",
                "Warga mengungsi di halaman masjid setelah gempa.(ANTARA/Ahmad Fauzi)",
                "Gempa Magnitudo 5,6 Guncang Cianjur",
                "Siti Aminah • 3 Desember 2024 09:15",
                "(ant/ant)",
                "Jangan lupa ikuti update berita lainnya dan follow akun",
                "Google News Contohberita.com",
                "(Siti A)",
            ])
    }

    @Test func editorCodeOpensTrailingFurniture() throws {
        let article = try read("no-title-editor-code")
        #expect(article.title == nil)
        #expect(article.outlet == "WARTA NUSANTARA")
        #expect(article.dateline == "Jakarta")
        #expect(article.datelineText == "Jakarta, WARTA NUSANTARA –")
        #expect(article.paragraphs.count == 3)
        #expect(paragraphs(article)[0].hasPrefix("Bank Indonesia (BI) menahan"))
        #expect(boilerplate(article).count == 1)
        #expect(boilerplate(article)[0].hasPrefix("(nvl/nvl) Tonton video"))
    }

    @Test func noFrontMatterNoTitle() throws {
        let article = try read("plain-source-link")
        #expect(article.title == nil)
        #expect(article.outlet == nil)
        #expect(article.published == nil)
        #expect(article.paragraphs.count == 3)
        #expect(boilerplate(article) == ["Source link"])
    }

    @Test func softWrapsJoinAndBareBacaJugaTakesTheHeadline() throws {
        let article = try read("soft-wrap-related")
        #expect(article.title == "Harga Beras Naik Jelang Ramadan")
        #expect(article.outlet == "detikcom")
        #expect(article.dateline == "Surabaya")
        #expect(
            paragraphs(article) == [
                "Harga beras medium di sejumlah pasar di Surabaya naik menjelang Ramadan, menurut pantauan pedagang pada Senin.",
                "Pedagang menyebut pasokan dari Jawa Timur berkurang karena panen yang mundur.",
                "Dinas Perdagangan berjanji menggelar operasi pasar pekan depan.",
            ])
        #expect(
            boilerplate(article) == [
                "Harga Beras Naik Jelang Ramadan",
                "ADVERTISEMENT",
                "SCROLL TO CONTINUE WITH CONTENT",
                "Baca juga:",
                "Stok Beras Bulog Aman hingga Lebaran",
                "(*)",
            ])
    }

    @Test func idIsStableUnderReflowing() throws {
        let a = Article(source: "a", body: "Satu dua.\n\nTiga  empat.")
        let b = Article(source: "b", body: "Satu dua.\n\nTiga empat. ")
        #expect(a.id == b.id)
        #expect(a.id.utf8.count == 16)
    }

    @Test func onlyBoilerplateIsAnError() throws {
        let reader = try ArticleReader(pack: Self.pack, dates: FakeDates())
        let outcomes = reader.read(bytes: Array("Baca juga: Sesuatu\nKirim Komentar\n".utf8), source: "x.txt")
        #expect(throws: LinimasaError.self) { try outcomes[0].result.get() }
        if case .failure(let error) = outcomes[0].result {
            #expect(error.code == .invalidInput)
            #expect(error.message == "no article text in 'x.txt': every line was boilerplate or markup")
        }
    }

    @Test func jsonLinesFieldsOverrideContent() throws {
        let reader = try ArticleReader(pack: Self.pack, dates: FakeDates())
        let feed = """
            {"url": "https://contoh.id/a", "title": "Judul Satu", "text": "Judul Satu\\nIsi berita pertama yang cukup panjang.", "published": "2025-03-04T08:30:00+07:00"}
            not json
            {"url": "https://contoh.id/b", "title": "Tanpa isi"}
            """
        let outcomes = reader.read(bytes: Array(feed.utf8), source: "feed.jsonl")
        #expect(outcomes.count == 3)
        let first = try outcomes[0].result.get()
        #expect(first.source == "https://contoh.id/a")
        #expect(first.title == "Judul Satu")
        #expect(first.body == "Isi berita pertama yang cukup panjang.")
        #expect(first.published?.source == .given)
        #expect(first.published?.iso == "2025-03-04T08:30+07:00")
        if case .failure(let error) = outcomes[1].result {
            #expect(error.message == "cannot read 'feed.jsonl:2': not a JSON object")
        } else {
            Issue.record("line 2 should fail")
        }
        if case .failure(let error) = outcomes[2].result {
            #expect(error.message == "cannot read 'feed.jsonl:3': no \"html\" or \"text\"")
        } else {
            Issue.record("line 3 should fail")
        }
    }

    @Test func repeatedLinesOfOneOutletAreBoilerplate() throws {
        let reader = try ArticleReader(pack: Self.pack, dates: FakeDates())
        var drafts: [ArticleDraft] = []
        for k in 1...4 {
            var draft = ArticleDraft(
                source: "\(k).txt",
                paragraphs: ["Isi berita nomor \(k) yang berbeda.", "Dapatkan berita pilihan setiap hari di kanal kami."],
                mayHaveFrontMatter: false)
            draft.outlet = "Contoh.com"
            drafts.append(draft)
        }
        let filtered = RepeatedLineFilter(minimumArticles: reader.configuration.repeatedLineMinimumArticles).apply(drafts)
        for draft in filtered {
            #expect(draft.paragraphs.count == 1)
            #expect(draft.boilerplate.map(\.reason) == [.repeated])
        }
    }
}
