import LinimasaCore
import LinimasaExtract
import LinimasaIndonesian
import Testing

struct QuoteExtractorTests {
    let pack: IndonesianPack
    let extractor: QuoteExtractor

    init() throws {
        pack = try IndonesianPack()
        extractor = try QuoteExtractor(pack: pack)
    }

    /// People and outlets the test sentences name.
    static let cast: [(name: String, type: EntityType, forms: [String])] = [
        ("Anwar Ibrahim", .person, ["Anwar"]),
        ("Sri Mulyani", .person, ["Sri Mulyani Indrawati"]),
        ("Retno Marsudi", .person, ["Retno"]),
        ("Xi Jinping", .person, ["Xi"]),
        ("Joko Widodo", .person, ["Jokowi"]),
        ("Prabowo Subianto", .person, ["Prabowo"]),
        ("Budi Santoso", .person, ["Budi"]),
        ("Siti Aminah", .person, ["Siti"]),
        ("Xinhua", .media, []),
        ("Kyodo News", .media, []),
        ("Reuters", .media, []),
        ("Antara", .media, []),
        ("Anadolu Agency", .media, []),
        ("Bernama", .media, []),
        ("Badan Intelijen Negara", .organization, ["BIN"]),
        ("Malaysia", .geopolitical, []),
        ("Indonesia", .geopolitical, []),
        ("Bogor", .geopolitical, []),
    ]

    func quotes(_ body: String) -> [Quote] {
        let article = QuoteTestArticles.article(body, pack: pack)
        return extractor.extract(article, entities: QuoteTestArticles.entities(Self.cast, in: body))
    }

    func statements(_ body: String) -> [Quote] { quotes(body).filter { $0.kind == .statement } }

    // MARK: Direct quotes and reporting verbs

    @Test(arguments: [
        ("\"Kami siap menghadapi segala kemungkinan,\" kata Anwar.", "Anwar Ibrahim"),
        ("“Kami siap menghadapi segala kemungkinan,” ujar Sri Mulyani.", "Sri Mulyani"),
        ("“Kami siap menghadapi segala kemungkinan,” tegas Retno di Jakarta.", "Retno Marsudi"),
        ("“Kami siap menghadapi segala kemungkinan,” Prabowo menambahkan.", "Prabowo Subianto"),
        ("Anwar mengatakan, “Kami siap menghadapi segala kemungkinan.”", "Anwar Ibrahim"),
        ("Retno menegaskan bahwa Indonesia “siap menghadapi segala kemungkinan”.", "Retno Marsudi"),
        ("Kata Xi: “Kami siap menghadapi segala kemungkinan.”", "Xi Jinping"),
        ("“Kami siap menghadapi segala kemungkinan,” menurut Budi.", "Budi Santoso"),
    ])
    func speakerFromReportingClause(body: String, speaker: String) throws {
        let found = statements(body)
        try #require(found.count == 1, "\(found)")
        #expect(found[0].speaker?.name == speaker)
        #expect(found[0].direct)
        #expect(found[0].text.hasPrefix("Kami siap") || found[0].text.hasPrefix("siap"))
        #expect(body.slice(found[0].range) == found[0].text)
    }

    @Test func quoteSplitByItsReportingClause() {
        let body =
            "“Harga beras akan turun bulan depan,” kata Sri Mulyani, “dan pasokan cukup hingga akhir tahun.”"
        let found = statements(body)
        #expect(
            found.map(\.text) == [
                "Harga beras akan turun bulan depan", "dan pasokan cukup hingga akhir tahun.",
            ]
        )
        #expect(found.map { $0.speaker?.name } == ["Sri Mulyani", "Sri Mulyani"])
    }

    @Test func subjectAfterAFrontedPhrase() {
        let body =
            "Dalam pertemuan dengan Joko Widodo di Bogor pada Senin (3/6), Anwar mengatakan negaranya akan \"selalu mendukung ASEAN\"."
        let found = statements(body)
        #expect(found.map { $0.speaker?.name } == ["Anwar Ibrahim"])
        #expect(found.first?.text == "selalu mendukung ASEAN")
    }

    @Test func firstOfJointSpeakers() {
        let body =
            "Presiden Joko Widodo, Perdana Menteri Anwar Ibrahim, dan Presiden Xi Jinping mengeluarkan pernyataan bersama di Bogor, dengan mengatakan bahwa serangan itu akan \"memperburuk krisis kemanusiaan di kawasan.\""
        #expect(statements(body).map { $0.speaker?.name } == ["Joko Widodo"])
    }

    @Test func fragmentsClaimedByAVerbEarlierInTheSentence() {
        let body =
            "Xi menyebut Anwar sebagai sahabatnya dan mengatakan “kemitraan strategis” kedua negara akan diperluas demi “menjaga stabilitas kawasan.”"
        let found = statements(body)
        #expect(found.map(\.text) == ["kemitraan strategis", "menjaga stabilitas kawasan."])
        #expect(found.allSatisfy { $0.speaker?.name == "Xi Jinping" })
    }

    @Test func objectPronounOnTheVerbKeepsTheSubject() {
        let body = "Xi mengirim ucapan selamat kepada Anwar, menyebutnya sebagai “kawan lama”."
        let found = quotes(body)
        #expect(found.map(\.kind) == [.statement])
        #expect(found.first?.speaker?.name == "Xi Jinping")
    }

    // MARK: Pronouns

    @Test func pronounsResolveToTheLastSpeaker() {
        let body = """
            "Kami akan membangun sepuluh bendungan baru," kata Anwar.

            "Semua akan selesai dalam lima tahun," imbuh dia.

            "Dana sudah tersedia dari anggaran negara," katanya.

            "Kontraktor lokal akan diutamakan," ia menambahkan.
            """
        let found = statements(body)
        #expect(found.count == 4)
        #expect(found.allSatisfy { $0.speaker?.name == "Anwar Ibrahim" })
    }

    @Test func pronounAfterANewSubjectGoesToThatSubject() {
        let body = """
            "Kami akan membangun sepuluh bendungan baru," kata Anwar.

            Sementara itu, Retno bertemu para duta besar di Jakarta. Dia mengatakan bahwa ia "sangat optimistis" dengan hasilnya.
            """
        #expect(statements(body).map { $0.speaker?.name } == ["Anwar Ibrahim", "Retno Marsudi"])
    }

    // MARK: Spans over sentences and paragraphs

    @Test func quoteOverSeveralSentencesAndParagraphs() throws {
        let body = """
            “Kami tidak akan mundur. Rakyat sudah memutuskan.

            “Pemerintah akan menjalankan amanat itu sampai selesai,” kata Prabowo.

            Ia lalu meninggalkan gedung parlemen.
            """
        let found = statements(body)
        try #require(found.count == 1)
        #expect(found[0].speaker?.name == "Prabowo Subianto")
        #expect(
            found[0].text
                == "Kami tidak akan mundur. Rakyat sudah memutuskan.\n\nPemerintah akan menjalankan amanat itu sampai selesai"
        )
        #expect(found[0].note == nil)
    }

    @Test func unclosedQuoteEndsAtItsParagraph() throws {
        let body = """
            "Kami tidak akan mundur dari rencana pembangunan ini, kata Budi kepada wartawan.

            Proyek itu mendapat penolakan dari sebagian warga desa yang tinggal di sekitar lokasi.

            "Kami akan terus menolak," ujar Siti.
            """
        let found = quotes(body)
        try #require(found.count == 2)
        let firstParagraphEnd = try #require(body.utf8.firstIndex(of: 0x0A)).utf16Offset(in: body)
        #expect(found[0].range.end <= firstParagraphEnd)
        #expect(found[0].note?.contains("no closing quotation mark") == true)
        #expect(found[1].text == "Kami akan terus menolak")
        #expect(found[1].speaker?.name == "Siti Aminah")
        #expect(found[1].note == nil)
    }

    @Test func straightSingleQuotesAndApostrophes() {
        let body = "Pada hari Jum'at, warga menggelar kegiatan 'bersih desa' di lapangan."
        let found = quotes(body)
        #expect(found.map(\.text) == ["bersih desa"])
        #expect(found.map(\.kind) == [.term])
    }

    // MARK: Terms

    @Test(arguments: [
        (
            "Para pengamat menggambarkan pakta itu sebagai ‘NATO versi Eropa’ yang memicu ketegangan.",
            "NATO versi Eropa"
        ),
        ("Ia berharap dapat menuntaskan persiapan ‘melawan’ kelompok itu.", "melawan"),
        (
            "Kedua negara berjanji saling membantu jika terjadi “agresi” terhadap salah satunya.",
            "agresi"
        ),
        (
            "Xi mengatakan pasukannya melanjutkan apa yang disebut “operasi militer khusus” di perbatasan.",
            "operasi militer khusus"
        ),
    ])
    func scareQuotesAreTerms(body: String, term: String) {
        let found = quotes(body).filter { $0.direct }
        #expect(found.map(\.text) == [term])
        #expect(found.allSatisfy { $0.kind == .term && $0.speaker == nil && $0.via.isEmpty })
    }

    // MARK: Source chains

    @Test func chainAfterTheSpeakerInTextOrder() {
        let body =
            "\"Kami akan memperkuat armada,\" kata Xi, menurut Xinhua, dikutip oleh Reuters, Senin (3/6/2024)."
        let found = statements(body)
        #expect(found.map { $0.via.map(\.name) } == [["Xinhua", "Reuters"]])
    }

    @Test func chainBeforeTheSpeakerNearestFirst() {
        let body =
            "Menurut laporan Kyodo News, mengutip kantor berita pemerintah Xinhua, Xi memuji hubungan itu sebagai hubungan yang “tak tergoyahkan”."
        let found = statements(body)
        #expect(found.map { $0.speaker?.name } == ["Xi Jinping"])
        #expect(found.map { $0.via.map(\.name) } == [["Xinhua", "Kyodo News"]])
    }

    @Test func chainCarriesToTheSpeakersLaterQuotes() {
        let body = """
            "Kami akan memperkuat armada," kata Xi, menurut Xinhua, dikutip oleh Reuters.

            "Latihan akan digelar bulan depan," imbuh dia.

            Anwar menyambut rencana itu. "Kami siap bekerja sama," kata Anwar.
            """
        let found = statements(body)
        #expect(
            found.map { $0.via.map(\.name) } == [["Xinhua", "Reuters"], ["Xinhua", "Reuters"], []]
        )
    }

    @Test func articleLevelSourceAppliesToAllQuotes() {
        let body = """
            Dilansir dari Antara, gempa mengguncang pesisir selatan pada Senin pagi.

            "Kami butuh tenda dan selimut," kata Siti.
            """
        #expect(statements(body).map { $0.via.map(\.name) } == [["Antara"]])
    }

    @Test func sourceForOneSpeakerDoesNotLeakToAnother() {
        let body = """
            Dilansir dari Antara, Budi mengatakan bantuan akan tiba besok pagi.

            Tidak hanya itu, dia mengatakan bahwa ia "sangat lega" melihat warga selamat.

            Sementara itu, Siti mengatakan warga masih membutuhkan "air bersih".
            """
        let found = statements(body)
        #expect(found.map { $0.speaker?.name } == ["Budi Santoso", "Budi Santoso", "Siti Aminah"])
        #expect(found.map { $0.via.map(\.name) } == [["Antara"], ["Antara"], []])
    }

    @Test func trailingRelayCoversThePrecedingQuote() {
        let body = """
            Menurut Xinhua, Xi bertemu Anwar di Beijing pada Jumat (29/11/2024).

            "Kunjungan ini membuka babak baru hubungan kedua negara," ujar Xi.

            Pernyataan itu juga disampaikan Xi kepada para menteri, mengutip Anadolu Agency.
            """
        #expect(statements(body).map { $0.via.map(\.name) } == [["Xinhua", "Anadolu Agency"]])
    }

    @Test func upstreamSourceOfAPersonIsNotARelay() {
        let body =
            "Mengutip Badan Intelijen Negara, anggota DPR Budi Santoso mengatakan kelompok itu “masih aktif merekrut anggota baru di perbatasan.”"
        let found = statements(body)
        #expect(found.map { $0.speaker?.name } == ["Budi Santoso"])
        #expect(found.map(\.via) == [[]])
    }

    @Test func relayWithoutAnEntityGetsANameReference() throws {
        let body =
            "\"Kami akan memperkuat armada,\" kata Xi, menurut rekaman yang disiarkan di TV Pemerintah, dikutip kantor berita AFP."
        let found = statements(body)
        try #require(found.count == 1)
        #expect(found[0].via.map(\.name) == ["TV Pemerintah", "AFP"])
        #expect(found[0].via.map(\.id) == ["name:tv pemerintah", "name:afp"])
    }

    // MARK: Indirect and unmarked speech

    @Test func indirectSpeech() throws {
        let body =
            "Namun, Anwar mengatakan dia tidak berniat mengubah arah kebijakan luar negeri Malaysia."
        let found = quotes(body)
        try #require(found.count == 1)
        #expect(found[0].direct == false)
        #expect(found[0].kind == .statement)
        #expect(found[0].speaker?.name == "Anwar Ibrahim")
        #expect(found[0].text == "dia tidak berniat mengubah arah kebijakan luar negeri Malaysia")
    }

    @Test func indirectSpeechWithMenurut() {
        let found = quotes("Ekonomi Indonesia akan tumbuh lima persen tahun ini, menurut Sri Mulyani.")
        #expect(found.map(\.direct) == [false])
        #expect(found.map { $0.speaker?.name } == ["Sri Mulyani"])
        #expect(found.map(\.text) == ["Ekonomi Indonesia akan tumbuh lima persen tahun ini"])
    }

    @Test func directSpeechWithoutMarks() throws {
        let body = """
            Menurut Bernama, Anwar mengatakan Malaysia tidak berniat berperang.

            Namun, jika ada pihak yang menyerang wilayah kami, kami akan membalas dengan segala cara, katanya seperti dikutip Reuters.
            """
        let found = statements(body)
        try #require(found.count == 2)
        #expect(found[1].direct)
        #expect(found[1].text.hasPrefix("Namun, jika ada pihak"))
        #expect(found[1].text.hasSuffix("dengan segala cara"))
        #expect(found[1].speaker?.name == "Anwar Ibrahim")
        #expect(found[1].via.map(\.name) == ["Bernama", "Reuters"])
        #expect(found[1].note != nil)
    }

    @Test func speakerWithoutAnEntity() throws {
        let body = "\"Stok beras aman sampai Lebaran,\" kata Hartono Wijaya di Pasar Induk."
        let found = extractor.extract(QuoteTestArticles.article(body, pack: pack), entities: [])
        try #require(found.count == 1)
        #expect(found[0].speaker == EntityReference(id: "name:hartono wijaya", name: "Hartono Wijaya"))
    }
}
