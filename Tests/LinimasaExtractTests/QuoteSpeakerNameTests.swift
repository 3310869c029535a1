import LinimasaCore
import LinimasaExtract
import LinimasaIndonesian
import Testing

/// Speakers named by a title, a description or a name the entity extractor does not know.
struct QuoteSpeakerNameTests {
    let pack: IndonesianPack
    let extractor: QuoteExtractor

    init() throws {
        pack = try IndonesianPack()
        extractor = try QuoteExtractor(pack: pack)
    }

    /// The only entities these sentences get: everyone else is unknown to the extractor.
    static let cast: [(name: String, type: EntityType, forms: [String])] = [
        ("Prabowo Subianto", .person, ["Prabowo"]),
        ("Xi Jinping", .person, ["Xi"]),
        ("Budi Santoso", .person, ["Budi"]),
        ("Badan Intelijen Negara", .organization, ["BIN"]),
        ("Sekretariat Kabinet", .organization, []),
        ("Reuters", .media, []),
        ("Bogor", .geopolitical, []),
        ("Medan", .geopolitical, []),
    ]

    func statements(_ body: String) -> [Quote] {
        let article = QuoteTestArticles.article(body, pack: pack)
        return extractor.extract(article, entities: QuoteTestArticles.entities(Self.cast, in: body))
            .filter { $0.kind == .statement }
    }

    @Test func titleAloneIsThePersonSpokenOf() {
        let body = """
            Prabowo meninjau pembangunan bendungan di Bogor pada Senin pagi.

            "Proyek ini harus selesai tahun depan," ujar Kepala Negara. "Warga sudah lama menunggu."
            """
        #expect(statements(body).map { $0.speaker?.name } == ["Prabowo Subianto", "Prabowo Subianto"])
    }

    @Test func nameAfterALongTitle() {
        let body = """
            "Penghitungan suara di semua kecamatan selesai tepat waktu," kata anggota KPU Kota Bogor Divisi Hukum Hendra Wibisono saat membacakan hasil rapat.

            Hendra menambahkan bahwa tidak ada keberatan dari para saksi.
            """
        let found = statements(body)
        #expect(found.map { $0.speaker?.name } == ["Hendra Wibisono", "Hendra Wibisono"])
        #expect(found.first?.speaker?.id == "name:hendra wibisono")
    }

    @Test func titlesBeforeAnUnknownNameAreDropped() {
        let body = "\"Stok pupuk cukup sampai musim tanam,\" kata Menteri Pertanian Joko Prasetyo kepada wartawan."
        #expect(statements(body).map { $0.speaker?.name } == ["Joko Prasetyo"])
    }

    @Test func unnamedOfficialSpeaksForTheOrganisation() throws {
        let body =
            "\"Kelompok itu masih merekrut anggota baru,\" kata seorang pejabat senior Badan Intelijen Negara, seperti dikutip Reuters."
        let found = statements(body)
        try #require(found.count == 1)
        #expect(found[0].speaker?.name == "Badan Intelijen Negara")
        #expect(found[0].via.map(\.name) == ["Reuters"])
    }

    @Test func spokespersonOfAnOrganisationAndLaterThatSpokesperson() {
        let body = """
            Juru bicara Badan Intelijen Negara menyatakan kelompok itu sudah dibubarkan sejak tahun lalu.

            "Tidak ada lagi kegiatan mereka di wilayah kami," kata juru bicara itu dalam sebuah pernyataan.
            """
        #expect(statements(body).map { $0.speaker?.name } == ["Badan Intelijen Negara", "Badan Intelijen Negara"])
    }

    @Test func nameBetweenCommasBeforeTheVerb() {
        let body = """
            Kepala ekonom sebuah bank swasta, Dewi Lestari, menyebut pelaku pasar menunggu keputusan bank sentral.

            "Investor masih menahan diri sampai ada kepastian," ujarnya.
            """
        #expect(statements(body).map { $0.speaker?.name } == ["Dewi Lestari", "Dewi Lestari"])
    }

    @Test func nameEndingATitleBeforeTheVerb() {
        let body = """
            Kepala Ekonom PT Sinar Abadi Gunawan Saputra mengatakan bahwa penjualan ritel naik pada bulan lalu.

            "Permintaan rumah tangga masih kuat," ucapnya.
            """
        #expect(statements(body).map { $0.speaker?.name } == ["Gunawan Saputra", "Gunawan Saputra"])
    }

    @Test func unknownNameOpeningASentenceIsTheSubjectWhenWrittenAsANameElsewhere() {
        let body = """
            Tuan rumah menang berkat gol tunggal Santoso di babak kedua.

            Santoso menilai kemenangan ini penting bagi timnya.

            "Kami akan terus berlatih keras," ujar penyerang asal Medan tersebut.
            """
        #expect(statements(body).map { $0.speaker?.name } == ["Santoso"])
    }

    @Test func commonWordOpeningASentenceIsNoName() {
        let body = """
            "Harga beras akan stabil sampai akhir tahun," kata Budi.

            Pemerintah menilai kebijakan impor itu sudah tepat.

            "Pasokan dari daerah juga lancar," imbuh dia.
            """
        #expect(statements(body).map { $0.speaker?.name } == ["Budi Santoso", "Budi Santoso"])
    }

    @Test func fragmentInThePromiseOfAPerson() {
        let found = statements("Xi berjanji menempuh langkah “paling tegas” terhadap para pelanggar.")
        #expect(found.map(\.text) == ["paling tegas"])
        #expect(found.map { $0.speaker?.name } == ["Xi Jinping"])
    }

    @Test func fragmentAfterAPromiseMadeByAnotherSubjectStaysATerm() {
        let body =
            "Xi dan Prabowo menandatangani perjanjian yang berjanji untuk saling membantu jika terjadi “serangan” terhadap salah satunya."
        let article = QuoteTestArticles.article(body, pack: pack)
        let found = extractor.extract(article, entities: QuoteTestArticles.entities(Self.cast, in: body))
        #expect(found.filter(\.direct).map(\.kind) == [.term])
        #expect(found.filter(\.direct).allSatisfy { $0.speaker == nil })
    }

    @Test func organisationAsARelay() {
        let body =
            "\"Kami siap membantu negara sahabat,\" kata Prabowo dalam pidatonya, seperti dikutip dari siaran pers Sekretariat Kabinet."
        let found = statements(body)
        #expect(found.map { $0.speaker?.name } == ["Prabowo Subianto"])
        #expect(found.map { $0.via.map(\.name) } == [["Sekretariat Kabinet"]])
    }

    @Test func descriptionEndsBeforeItsAddressee() {
        let body = "\"Stok beras aman sampai Lebaran,\" kata seorang sumber kepada Reuters."
        let found = statements(body)
        #expect(found.map { $0.speaker?.name } == ["seorang sumber"])
    }

    @Test func dayBeforeTheVerbIsNoName() {
        let body = """
            Juru bicara Kementerian Perhubungan Rudi Hartono pada Minggu mengatakan bahwa jadwal kereta kembali normal.

            "Semua perjalanan sudah berangkat tepat waktu," ujarnya.
            """
        #expect(statements(body).map { $0.speaker?.name } == ["Rudi Hartono", "Rudi Hartono"])
    }

    @Test func parenthesisEndsAName() {
        let body = """
            Direktur PT Kereta Api (Persero) Rudi Hartono menjelaskan, semua perjalanan sudah normal.
            """
        #expect(statements(body).map { $0.speaker?.name } == ["Rudi Hartono"])
    }

    @Test func sourceOfOneFactIsNotTheWholeArticlesRelay() {
        let body = """
            Menurut Reuters, kapal itu tenggelam di perairan dekat Medan.

            "Kami masih mencari tiga awak yang hilang," kata Budi.
            """
        #expect(statements(body).map { $0.via.map(\.name) } == [[]])
    }
}
