import LinimasaCore
import LinimasaExtract
import Testing

struct EntityRecognitionTests {
    typealias T = EntityTestSupport

    /// Every mention's range holds exactly its text.
    func expectExactRanges(_ entities: [LinkedEntity], in body: String) {
        for entity in entities {
            for mention in entity.mentions {
                #expect(body.slice(mention.range) == mention.text, "\(entity.name)")
            }
        }
    }

    @Test func aTitleMarksAnUnknownPerson() throws {
        let body = "Menteri Pertanian Andi Saputra meninjau sawah di Wamena, Selasa (12/3/2024)."
        let entities = T.entities(body)
        let person = try #require(T.entity(mentioning: "Andi Saputra", in: entities))
        #expect(person.type == .person)
        #expect(person.id == "name:andi-saputra")
        #expect(person.wikidata == nil)
        #expect(T.entity(mentioning: "Wamena", in: entities)?.type == .geopolitical)
        #expect(entities.count == 2)
        expectExactRanges(entities, in: body)
    }

    @Test func aTitleAfterACommaMarksAPerson() {
        let body = "Rina Wulandari, peneliti di sebuah lembaga kajian, menilai kebijakan itu terlambat."
        #expect(T.entity(mentioning: "Rina Wulandari", in: T.entities(body))?.type == .person)
    }

    @Test(arguments: [
        (
            "Juru bicara Kementerian Perdagangan Jepang menolak berkomentar.", "Kementerian Perdagangan Jepang",
            EntityType.organization
        ),
        ("Ia kuliah di Universitas Harvard sebelum pulang.", "Universitas Harvard", .organization),
        ("Dana itu disalurkan lewat Bank Pembangunan Asia tahun lalu.", "Bank Pembangunan Asia", .organization),
        ("Laporan itu dikutip kantor berita Lusa dari Lisbon.", "Lusa", .media),
        ("Kapal itu berlayar melewati Selat Sunda pagi tadi.", "Selat Sunda", .location),
        ("Para menteri hadir dalam KTT ASEAN di Labuan Bajo.", "KTT ASEAN", .event),
        ("Kota itu hancur dalam Perang Dunia II dan dibangun kembali.", "Perang Dunia II", .event),
        ("Warga mengungsi dari Kherson ke Mykolaiv sejak pekan lalu.", "Mykolaiv", .geopolitical),
    ])
    func headWordsAndPrepositionsGiveTypes(body: String, surface: String, type: EntityType) {
        let entities = T.entities(body)
        #expect(T.entity(mentioning: surface, in: entities)?.type == type, "\(surface)")
        expectExactRanges(entities, in: body)
    }

    @Test func anOrganisationKeepsTheCountryInsideIt() {
        let entities = T.entities("Juru bicara Kementerian Perdagangan Jepang menolak berkomentar.")
        #expect(T.entity(mentioning: "Jepang", in: entities)?.wikidata == "Q17")
    }

    @Test func aSummitOfAKnownBodyIsAnEventAndTheBody() {
        let entities = T.entities("Para menteri hadir dalam KTT ASEAN di Labuan Bajo.")
        #expect(T.entity(mentioning: "ASEAN", in: entities)?.type == .organization)
        #expect(T.entity(mentioning: "KTT ASEAN", in: entities)?.name == "KTT ASEAN")
    }

    @Test func televisionOfACountryIsNamedByItsDemonym() {
        let entities = T.entities("Rekaman itu disiarkan TV Korea Utara pada malam hari.")
        #expect(T.entity(mentioning: "TV Korea Utara", in: entities)?.name == "North Korean television")
    }

    @Test func sentenceInitialWordsMonthsAndDaysAreNotEntities() {
        let body = """
            Namun warga menolak rencana itu. Menurut polisi, situasi aman. Selama Ramadan, toko tutup lebih awal. \
            Awal Januari lalu hujan deras. Sementara Kapolri hadir pada Senin pagi. Sejak Agustus, harga naik.
            """
        let entities = T.entities(body)
        let firstWords = Set(
            entities.flatMap(\.mentions).map { $0.text.split(separator: " ").first.map(String.init) ?? "" }
        )
        for word in [
            "Namun", "Menurut", "Selama", "Awal", "Sementara", "Sejak", "Januari", "Senin", "Agustus", "Ramadan",
        ] {
            #expect(!firstWords.contains(word), "\(word)")
        }
    }

    @Test func aCommonWordThatIsAlsoANameIsNotOneAtTheStartOfASentence() {
        #expect(T.entities("Lima orang tewas dalam kecelakaan itu.").isEmpty)
        #expect(T.entity(mentioning: "Lima", in: T.entities("Delegasi itu terbang ke Lima kemarin.")) != nil)
    }

    @Test func quotedSlogansAreNotEntities() {
        let entities = T.entities("Massa meneriakkan “Hidup Rakyat Merdeka” di depan gedung.")
        #expect(entities.isEmpty)
    }

    @Test func hyphenatedPairsAreTwoEntities() {
        let body = "Hubungan Korea Utara-Rusia terus menguat."
        let entities = T.entities(body)
        #expect(entities.map(\.wikidata) == ["Q423", "Q159"])
        #expect(entities.flatMap(\.mentions).map(\.text) == ["Korea Utara", "Rusia"])
        expectExactRanges(entities, in: body)
    }

    @Test func acronymsMatchOnlyInCapitals() {
        #expect(T.entities("Mekanik itu mengganti as roda truk.").isEmpty)
        #expect(T.entities("Kapal perang AS berlabuh.").first?.wikidata == "Q30")
    }

    @Test func mentionRangesAreByteOffsetsPastMultiByteText() throws {
        let body = "“Kami siap,” ujar Presiden Prancis Emmanuel Macron di Élysée."
        let entities = T.entities(body)
        let macron = try #require(T.entity(mentioning: "Emmanuel Macron", in: entities))
        let range = try #require(macron.mentions.first?.range)
        #expect(range.start == Array(body.utf8).count - Array("Emmanuel Macron di Élysée.".utf8).count)
        expectExactRanges(entities, in: body)
    }

    @Test func aHeadlessCapitalisedRunWithoutCueIsLeftOut() {
        // Rocket names and the like: capitalised, unknown, with nothing saying what they are.
        #expect(T.entities("Mereka meninjau roket Angara dan Soyuz-2 di sana.").isEmpty)
    }
}
