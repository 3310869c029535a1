import LinimasaCore
import Testing

/// Which linked names the event extractor takes as actors, on our own sentences.
struct EventActorTests {
    static func event(_ type: String, in body: String) -> Event? {
        EventExtractorTests.event(type, in: body)
    }

    static func names(_ event: Event, _ role: Event.Actor.Role? = nil) -> Set<String> {
        Set(event.actors.filter { role == nil || $0.role == role }.map(\.name))
    }

    // MARK: Places and settings

    @Test func appositionToAPlaceIsThePlace() throws {
        let body = "Prabowo Subianto bertemu Anwar Ibrahim di Kuala Lumpur, Malaysia, pada Rabu."
        let meeting = try #require(Self.event("MEET", in: body))
        #expect(Self.names(meeting) == ["Prabowo Subianto", "Anwar Ibrahim"])
    }

    @Test func namesInAPlacePhraseAreNoActors() throws {
        let body = "Prabowo Subianto bertemu Anwar Ibrahim di sela KTT ASEAN di Vientiane."
        let meeting = try #require(Self.event("MEET", in: body))
        #expect(!Self.names(meeting).contains("ASEAN"))
        #expect(Self.names(meeting).contains("Anwar Ibrahim"))
    }

    @Test func namesInASettingAreNoActors() throws {
        let body = "Dalam konferensi pers bersama Anwar Ibrahim, Prabowo Subianto mengecam Israel."
        let accusation = try #require(Self.event("ACCUSATION", in: body))
        #expect(!Self.names(accusation).contains("Anwar Ibrahim"))
        #expect(Self.names(accusation, .source) == ["Prabowo Subianto"])
        let meeting = try #require(
            Self.event("MEET", in: "Dalam pertemuan dengan Vladimir Putin, Kim Jong Un memuji Rusia.")
        )
        #expect(Self.names(meeting).isSuperset(of: ["Vladimir Putin", "Kim Jong Un"]))
    }

    // MARK: Offices, attribution, names in names

    @Test func organisationBeforeAPersonIsTheOffice() throws {
        let body = "Gubernur Bank Indonesia (BI) Perry Warjiyo mengumumkan penurunan suku bunga."
        let statement = try #require(Self.event("STATEMENT", in: body))
        #expect(Self.names(statement) == ["Perry Warjiyo"])
    }

    @Test func attributedSourceIsNoActor() throws {
        let body = "Menurut Sugiono, Prabowo Subianto dan Anwar Ibrahim sepakat memperkuat kerja sama."
        let agreement = try #require(Self.event("AGREEMENT", in: body))
        #expect(Self.names(agreement) == ["Prabowo Subianto", "Anwar Ibrahim"])
    }

    @Test func partOfAWordIsNoName() throws {
        let body = "Perry Warjiyo mengatakan BI-Rate turun."
        let statement = try #require(Self.event("STATEMENT", in: body))
        #expect(!Self.names(statement).contains("Bank Indonesia"))
        let summit = try #require(
            Self.event("MEET", in: "Pertemuan puncak Korea Utara-Rusia berlangsung di Pyongyang.")
        )
        #expect(Self.names(summit) == ["North Korea", "Russia"])
    }

    // MARK: Cities as parties

    @Test func cityActingStandsForItsCountry() throws {
        let test = try #require(Self.event("WEAPONS_TEST", in: "Pyongyang menembakkan rudal balistik ke laut."))
        #expect(Self.names(test, .source) == ["North Korea"])
        let accusation = try #require(Self.event("ACCUSATION", in: "Jepang menuduh Washington memicu ketegangan."))
        #expect(Self.names(accusation, .target).contains("United States"))
        let visit = try #require(Self.event("VISIT", in: "Emmanuel Macron mengunjungi Jakarta."))
        #expect(Self.names(visit) == ["Emmanuel Macron"])
        #expect(visit.place?.name == "Jakarta")
    }

    // MARK: Frames

    @Test func quotedTriggerTakesTheSpeaker() throws {
        let body = "“Kami akan membalas setiap provokasi,” kata Kim Jong Un."
        let threat = try #require(Self.event("THREAT", in: body))
        #expect(Self.names(threat, .source) == ["Kim Jong Un"])
        #expect(Self.names(threat, .target).isEmpty)
    }

    @Test func nounGenitiveAfterATitle() throws {
        let body = "Prabowo Subianto menerima kunjungan kenegaraan Presiden Prancis Emmanuel Macron."
        let visit = try #require(Self.event("VISIT", in: body))
        #expect(Self.names(visit, .source) == ["Emmanuel Macron"])
    }

    @Test func agentPhraseNamesTheSource() throws {
        let body = "Perry Warjiyo menyoroti pengumuman tarif impor oleh Amerika Serikat."
        let policy = try #require(Self.event("ECONOMIC_POLICY", in: body))
        #expect(Self.names(policy, .source) == ["United States"])
    }

    @Test func reportedClauseHasItsOwnSubject() throws {
        let body = "Indonesia menyebut Malaysia dan Singapura bertemu di Batam."
        let meeting = try #require(Self.event("MEET", in: body))
        #expect(Self.names(meeting) == ["Malaysia", "Singapore"])
        let promise = try #require(Self.event("THREAT", in: "Korea Utara berjanji akan membalas."))
        #expect(Self.names(promise, .source) == ["North Korea"])
    }

    @Test func pairOfCountriesSkipsCities() throws {
        let body =
            "Emmanuel Macron tiba di Indonesia dari Prancis. Ia lalu ke Magelang. "
            + "Kedua negara menyepakati kerja sama pertahanan."
        let agreement = try #require(Self.event("AGREEMENT", in: body))
        #expect(Self.names(agreement) == ["Indonesia", "France"])
    }
}
