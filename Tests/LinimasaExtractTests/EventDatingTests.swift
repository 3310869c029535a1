import LinimasaCore
import Testing

/// How the event extractor dates events, on our own sentences: the governing time, the
/// story's time, offsets, anaphors, and the events the text leaves undated.
struct EventDatingTests {
    static func event(_ type: String, in body: String, on date: String = "2024-06-20") -> Event? {
        EventExtractorTests.event(type, in: body, on: date)
    }

    static func events(_ type: String, in body: String, on date: String = "2024-06-20") -> [Event] {
        EventExtractorTests.events(body, on: date).filter { $0.type == type }
    }

    // MARK: The story's time

    @Test func undatedSentenceTakesTheLedesDate() throws {
        let body =
            "Kim Jong Un meluncurkan rudal balistik pada Senin (17/6/2024). "
            + "Setelah itu ia berpidato di depan para ilmuwan. Jepang mengecam Korea Utara."
        let test = try #require(Self.event("WEAPONS_TEST", in: body))
        let accusation = try #require(Self.event("ACCUSATION", in: body))
        #expect(test.date == "2024-06-17")
        #expect(accusation.date == "2024-06-17")
        #expect(accusation.time == nil)
        #expect(accusation.confidence < test.confidence)
    }

    @Test func ledeDateOutsideTheWeekIsNoStoryTime() throws {
        let body = "Kim Jong Un meluncurkan rudal balistik pada 3 Maret 2024. Jepang mengecam Korea Utara."
        let accusation = try #require(Self.event("ACCUSATION", in: body))
        #expect(accusation.date == "2024-06-20")
        #expect(accusation.time == nil)
    }

    // MARK: Events the text leaves undated

    @Test func plannedEventWithoutTimeHasNoDate() throws {
        let visit = try #require(Self.event("VISIT", in: "Prabowo Subianto akan mengunjungi Paris."))
        #expect(visit.modality == .future)
        #expect(visit.date == nil)
        let dated = try #require(Self.event("VISIT", in: "Prabowo Subianto akan mengunjungi Paris pekan depan."))
        #expect(dated.date == "2024-W26")
    }

    @Test func threatIsMadeWhenUttered() throws {
        let threat = try #require(Self.event("THREAT", in: "Korea Utara berjanji akan membalas setiap serangan."))
        #expect(threat.date == "2024-06-20")
    }

    @Test func eventBeforeTheStoryWithoutTimeHasNoDate() throws {
        let before = try #require(Self.event("MEET", in: "Anwar Ibrahim pernah bertemu Prabowo Subianto di Bogor."))
        #expect(before.date == nil)
        let earlier = try #require(
            Self.event("MEET", in: "Jepang, yang bertemu Malaysia sebelumnya, mengecam Korea Utara.")
        )
        #expect(earlier.date == nil)
    }

    @Test func perfectPastTheLedeIsBackground() throws {
        let lede = "Korea Utara telah mengerahkan ribuan tentara ke Rusia."
        let news = try #require(Self.event("DEPLOYMENT", in: lede))
        #expect(news.date == "2024-06-20")
        let body = "Jepang mengecam Korea Utara pada Rabu (19/6/2024). Para pejabat bertemu di Tokyo. " + lede
        let background = try #require(Self.events("DEPLOYMENT", in: body).last)
        #expect(background.date == nil)
    }

    @Test func sceneShiftLeavesTheEventUndated() throws {
        let body =
            "Prabowo Subianto bertemu Anwar Ibrahim pada Rabu (19/6/2024). Pertemuan berlangsung hangat. "
            + "Sementara itu, Jepang mengecam Korea Utara."
        let accusation = try #require(Self.event("ACCUSATION", in: body))
        #expect(accusation.date == nil)
    }

    // MARK: Anaphors

    @Test func anaphoricNounTakesTheDateOfItsClass() throws {
        let body =
            "Vladimir Putin mengunjungi Pyongyang pada 19 Juni 2024. "
            + "Jepang mengecam Korea Utara pada Kamis (20/6/2024). "
            + "Pada pertemuan tersebut, Rusia dan Korea Utara menandatangani perjanjian."
        let agreement = try #require(Self.event("AGREEMENT", in: body))
        #expect(agreement.date == "2024-06-19")
    }

    @Test func anaphorOnAVerbsObjectDoesNotDateTheVerb() throws {
        let body =
            "Korea Utara meluncurkan rudal pada Senin (17/6/2024). "
            + "Presiden Korea Selatan berpidato pada Selasa (18/6/2024). Jepang mengecam peluncuran tersebut."
        let accusation = try #require(Self.event("ACCUSATION", in: body))
        #expect(accusation.date == "2024-06-17")  // the story's time, not the last dated sentence's
        #expect(accusation.time == nil)
    }

    @Test func anaphorWithoutDatedAntecedentHasNoDate() throws {
        let body = "Korea Utara memamerkan rudal barunya. Jepang mengecam uji coba tersebut."
        let test = try #require(Self.event("WEAPONS_TEST", in: body))
        #expect(test.date == nil)
    }

    // MARK: The governing time

    @Test func yearInANameIsNoTime() throws {
        let body = "Timnas Indonesia mengalahkan Vietnam dalam Kualifikasi Piala Dunia 2026 pada Selasa (18/6/2024)."
        let result = try #require(Self.event("SPORTS_RESULT", in: body))
        #expect(result.date == "2024-06-18")
    }

    @Test func relativeClauseOnAnObjectDoesNotDateTheVerb() throws {
        let body = "Indonesia dan Malaysia sepakat membangun jalur kereta yang ditargetkan beroperasi pada 2030."
        let agreement = try #require(Self.event("AGREEMENT", in: body))
        #expect(agreement.date == "2024-06-20")
        let noun = try #require(
            Self.event("WEAPONS_TEST", in: "Kim Jong Un memimpin uji coba yang digelar Senin (17/6/2024) itu.")
        )
        #expect(noun.date == "2024-06-17")
        let setting =
            "Para pemimpin mengadopsi deklarasi bersama dalam KTT ASEAN yang digelar di Vientiane, Senin (17/6/2024)."
        #expect(Self.event("AGREEMENT", in: setting)?.date == "2024-06-17")
    }

    @Test func purposeClauseTimeDatesTheMainVerb() throws {
        let visit = try #require(
            Self.event("VISIT", in: "Emmanuel Macron datang ke Bali untuk menghadiri KTT G20 pada November 2022.")
        )
        #expect(visit.date == "2022-11")
    }

    @Test func reportTimeDoesNotDateTheReportedEvent() throws {
        let body =
            "Korea Utara memamerkan rudal barunya. "
            + "KCNA melaporkan pada Rabu (19/6/2024) bahwa Korea Utara menguji rudal itu."
        let test = try #require(Self.event("WEAPONS_TEST", in: body))
        #expect(test.date != "2024-06-19")
        let relative = "Penurunan suku bunga ini yang pertama sejak Maret 2024, ketika Bank Indonesia memangkas bunga."
        #expect(Self.events("ECONOMIC_POLICY", in: relative).first?.date == "2024-03")
    }

    @Test func dayRangeIsOneTime() throws {
        let body = "Bank Indonesia menahan suku bunga acuan dalam rapat yang digelar 18-19 Juni 2024."
        let policy = try #require(Self.event("ECONOMIC_POLICY", in: body))
        #expect(policy.date == "2024-06-18/2024-06-19")
    }

    @Test(arguments: [
        (
            "Jepang mengecam Korea Utara pada Kamis (20/6/2024), dua hari setelah Korea Utara meluncurkan rudal.",
            "WEAPONS_TEST", "2024-06-18"
        ),
        (
            "Korea Utara meluncurkan rudal pada Kamis (20/6/2024), dua minggu sebelum Prabowo Subianto dilantik.",
            "INAUGURATION", "2024-07-04"
        ),
        ("Langkah itu datang dua bulan setelah Korea Utara meluncurkan rudal.", "WEAPONS_TEST", "2024-04"),
    ])
    func offsetFromTheMainClause(body: String, type: String, date: String) throws {
        let event = try #require(Self.event(type, in: body))
        #expect(event.date == date)
    }

    @Test func ownClauseTimeBeatsTheOffset() throws {
        // The offset alone would give 2024-05-15 (five weeks before 19 June).
        let body =
            "Rapat itu berakhir pada Rabu (19/6/2024), "
            + "lima pekan setelah Bank Indonesia memangkas bunga pada pertengahan Mei."
        let cut = try #require(Self.event("ECONOMIC_POLICY", in: body))
        #expect(cut.date == "2024-05")
        let offset = "Rapat itu berakhir pada Rabu (19/6/2024), lima pekan setelah Bank Indonesia memangkas bunga."
        #expect(Self.event("ECONOMIC_POLICY", in: offset)?.date == "2024-05-15")
    }

    // MARK: Triggers

    @Test func triggerInsideANameIsNone() throws {
        #expect(Self.event("ELECTION", in: "Komisi Pemilihan Umum menerima kunjungan Anwar Ibrahim.") == nil)
        #expect(Self.event("DISASTER", in: "Direktur Gempabumi dan Tsunami BMKG berbicara kepada wartawan.") == nil)
        #expect(Self.event("ECONOMIC_POLICY", in: "Bank Indonesia mempertahankan BI-Rate di level 6 persen.") != nil)
    }
}
