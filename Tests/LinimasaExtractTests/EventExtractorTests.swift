import LinimasaCore
import LinimasaExtract
import LinimasaIndonesian
import Testing

/// The event extractor on our own sentences, through the real pack, time tagger, entity
/// linker and quote extractor.
struct EventExtractorTests {
    static let pack = EntityTestSupport.pack
    static let times = try! TimeTagger(pack: pack)  // bundled data; a failure is a packaging bug
    static let quotes = try! QuoteExtractor(pack: pack)  // bundled data
    static let extractor = try! EventExtractor(pack: pack, knowledgeBase: EntityTestSupport.knowledgeBase)  // bundled data

    /// Events of `body` published on `date` (`2024-06-20` unless given).
    static func events(_ body: String, on date: String = "2024-06-20") -> [Event] {
        let day = CalendarDate(iso: date)!  // test dates are well-formed
        let article = Article(
            source: "test",
            published: PublishedDate(date: day, source: .stated),
            body: body,
            sentences: pack.sentenceRanges(in: body)
        )
        let reference = ReferenceDate(article: article)
        let found = times.tag(body, reference: reference)
        let entities = EntityTestSupport.extractor.extract(article, reference: reference)
        let said = quotes.extract(article, entities: entities)
        return extractor.extract(article, times: found, entities: entities, quotes: said, reference: reference)
    }

    static func event(_ type: String, in body: String, on date: String = "2024-06-20") -> Event? {
        events(body, on: date).first { $0.type == type }
    }

    @Test(arguments: [
        ("Prabowo Subianto bertemu Anwar Ibrahim di Jakarta.", "MEET", "04"),
        ("Pertemuan kedua pemimpin berlangsung tertutup.", "MEET", "04"),
        ("Emmanuel Macron mengunjungi Jakarta pekan lalu.", "VISIT", "04"),
        ("Kunjungan Antony Blinken ke Tokyo berlangsung singkat.", "VISIT", "04"),
        ("Kim Jong Un mengatakan negaranya siap berunding.", "STATEMENT", "01"),
        ("Indonesia dan Malaysia menandatangani perjanjian perbatasan.", "AGREEMENT", "05"),
        ("Parlemen Korea Utara meratifikasi pakta itu.", "AGREEMENT", "05"),
        ("Rusia mengirimkan 5.000 pasukan ke perbatasan.", "DEPLOYMENT", "15"),
        ("Korea Utara memasok amunisi kepada Rusia.", "ARMS_TRANSFER", "07"),
        ("Israel menyerang Jalur Gaza pada malam hari.", "MILITARY_ACTION", "19"),
        ("Korea Utara meluncurkan rudal balistik ke laut.", "WEAPONS_TEST", "15"),
        ("Kim Jong Un mengancam Amerika Serikat.", "THREAT", "13"),
        ("Jepang mengecam Korea Utara.", "ACCUSATION", "11"),
        ("Prabowo Subianto mengucapkan selamat kepada Anwar Ibrahim.", "CONGRATULATION", "05"),
        ("Amerika Serikat menjatuhkan sanksi terhadap Iran.", "SANCTION", "16"),
        ("Warga Jakarta mengikuti pemungutan suara hari ini.", "ELECTION", ""),
        ("Prabowo Subianto melantik lima menteri baru.", "INAUGURATION", ""),
        ("Bank Indonesia menahan suku bunga acuan.", "ECONOMIC_POLICY", ""),
        ("Gempa bermagnitudo 5,2 mengguncang Garut.", "DISASTER", ""),
        ("Timnas Indonesia mengalahkan Vietnam 3-0.", "SPORTS_RESULT", ""),
        ("Presiden Korea Selatan dimakzulkan parlemen.", "OTHER", ""),
    ])
    func trigger(body: String, type: String, cameo: String) throws {
        let event = try #require(Self.event(type, in: body), "\(type) in: \(body)")
        #expect(event.cameo == cameo)
        #expect(!event.negated)
        #expect(event.modality == .asserted)
    }

    @Test func sentenceWithoutTriggerHasNoEvent() {
        #expect(Self.events("Cuaca di Jakarta cerah sepanjang hari.").isEmpty)
    }

    @Test func negationAndReportedSpeech() throws {
        let body = "Kim Jong Un mengatakan dia tidak berniat menyerang Jepang."
        let attack = try #require(Self.event("MILITARY_ACTION", in: body))
        #expect(attack.negated)
        #expect(attack.reported)
        #expect(attack.actors.first { $0.role == .source }?.name == "Kim Jong Un")
        #expect(attack.actors.first { $0.role == .target }?.name == "Japan")
        let statement = try #require(Self.event("STATEMENT", in: body))
        #expect(!statement.negated)
        #expect(!statement.reported)
    }

    @Test func futureModality() throws {
        let visit = try #require(Self.event("VISIT", in: "Prabowo Subianto akan mengunjungi Paris bulan depan."))
        #expect(visit.modality == .future)
        #expect(visit.date == "2024-07")
        #expect(visit.place?.name == "Paris")
    }

    @Test func conditionalModality() throws {
        let threat = try #require(Self.event("THREAT", in: "Jika diserang, Korea Utara akan membalas."))
        #expect(threat.modality == .conditional)
        let after = try #require(
            Self.event("DEPLOYMENT", in: "Indonesia siap mengirim pasukan ke Gaza jika ada mandat.")
        )
        #expect(after.modality == .asserted)
        let planned = try #require(
            Self.event("DEPLOYMENT", in: "Indonesia akan mengirim pasukan ke Gaza apabila ada mandat.")
        )
        #expect(planned.modality == .conditional)
    }

    @Test func hypotheticalModality() throws {
        let test = try #require(Self.event("WEAPONS_TEST", in: "Korea Utara kemungkinan meluncurkan rudal lagi."))
        #expect(test.modality == .hypothetical)
    }

    @Test func insideQuoteIsReported() throws {
        let body = "“Kami siap menyerang siapa pun,” kata Kim Jong Un."
        let attack = try #require(Self.event("MILITARY_ACTION", in: body))
        #expect(attack.reported)
        let statement = try #require(Self.event("STATEMENT", in: body))
        #expect(statement.actors.map(\.name) == ["Kim Jong Un"])
    }

    @Test func attributionMarksReported() throws {
        let body = "Menurut Yonhap, Korea Utara meluncurkan rudal pada Rabu."
        let test = try #require(Self.event("WEAPONS_TEST", in: body))
        #expect(test.reported)
        #expect(test.actors.map(\.name) == ["North Korea"])
    }

    @Test func rolesOfActiveAndPassive() throws {
        let active = try #require(Self.event("ACCUSATION", in: "Jepang menuduh Korea Utara melanggar resolusi."))
        #expect(active.actors.filter { $0.role == .source }.map(\.name) == ["Japan"])
        #expect(active.actors.filter { $0.role == .target }.map(\.name).contains("North Korea"))
        let passive = try #require(Self.event("ACCUSATION", in: "Korea Utara dituduh oleh Jepang melanggar resolusi."))
        #expect(passive.actors.filter { $0.role == .source }.map(\.name) == ["Japan"])
        #expect(passive.actors.filter { $0.role == .target }.map(\.name) == ["North Korea"])
    }

    @Test func listOfSourcesAndOfficeCountry() throws {
        let body = "Presiden AS Joe Biden dan Perdana Menteri Jepang Fumio Kishida mengecam Korea Utara."
        let accusation = try #require(Self.event("ACCUSATION", in: body))
        let sources = Set(accusation.actors.filter { $0.role == .source }.map(\.name))
        #expect(sources.contains("Joe Biden"))
        #expect(!sources.contains("United States"))
        #expect(!sources.contains("Japan"))
    }

    @Test func nounTriggerTakesItsGenitive() throws {
        let visit = try #require(
            Self.event("VISIT", in: "Kunjungan Vladimir Putin ke Pyongyang menarik perhatian dunia.")
        )
        #expect(visit.actors.map(\.name) == ["Vladimir Putin"])
        #expect(visit.place?.name == "Pyongyang")
    }

    @Test func pronounStandsForLastPerson() throws {
        let body = "Prabowo Subianto tiba di Kuala Lumpur pada Minggu. Ia kemudian bertemu Anwar Ibrahim."
        let meeting = try #require(Self.event("MEET", in: body))
        #expect(meeting.actors.first { $0.role == .source }?.name == "Prabowo Subianto")
        #expect(meeting.actors.first { $0.role == .target }?.name == "Anwar Ibrahim")
    }

    @Test func governingTimeIsNearest() throws {
        let body = "Vladimir Putin tiba di Pyongyang pada Selasa malam dan bertemu Kim Jong Un pada 19 Juni 2024."
        let meeting = try #require(Self.event("MEET", in: body))
        #expect(meeting.date == "2024-06-19")
        #expect(meeting.time == "19 Juni 2024")
        let visit = try #require(Self.event("VISIT", in: body))
        #expect(visit.date == "2024-06-18")
    }

    @Test func undatedFallsBackToReference() throws {
        let body =
            "Kim Jong Un bertemu Vladimir Putin pada 13 September 2023. Keduanya membahas kerja sama. Jepang mengecam Rusia."
        let meeting = try #require(Self.event("MEET", in: body))
        let accusation = try #require(Self.event("ACCUSATION", in: body))
        #expect(accusation.date == "2024-06-20")
        #expect(accusation.time == nil)
        #expect(accusation.confidence < meeting.confidence)
    }

    @Test func anaphorInheritsEarlierDate() throws {
        let body = "Kim Jong Un bertemu Vladimir Putin pada 13 September 2023. Pertemuan tersebut membahas satelit."
        let meetings = Self.events(body).filter { $0.type == "MEET" }
        #expect(meetings.count == 2)
        #expect(meetings.last?.date == "2023-09-13")
    }

    @Test func actorsCarryTheirCountry() throws {
        let meeting = try #require(Self.event("MEET", in: "Kim Jong Un bertemu Vladimir Putin di Vladivostok."))
        let kim = try #require(meeting.actors.first { $0.name == "Kim Jong Un" })
        let putin = try #require(meeting.actors.first { $0.name == "Vladimir Putin" })
        #expect(kim.affiliation == "Q423")
        #expect(putin.affiliation == "Q159")
        #expect(meeting.place?.name == "Vladivostok")
    }
}
