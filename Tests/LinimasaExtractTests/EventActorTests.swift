import LinimasaCore
import Testing

/// Which linked names the event extractor takes as actors, on our own sentences.
struct EventActorTests {
    static func event(_ type: String, in body: String) -> Event? {
        EventExtractorTests.event(type, in: body)
    }

    static func events(_ body: String) -> [Event] { EventExtractorTests.events(body) }

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

    // MARK: Descriptions, subjects, pronouns

    @Test func descriptionStandsForTheNamedBody() throws {
        let body =
            "Bank Indonesia menggelar rapat di Jakarta pada Selasa. "
            + "Para ekonom menilai bank sentral akan memangkas suku bunga bulan depan."
        let policy = try #require(Self.event("ECONOMIC_POLICY", in: body))
        #expect(Self.names(policy, .source) == ["Bank Indonesia"])
        // With no central bank named before it, the phrase stands for no one.
        let alone = try #require(Self.event("ECONOMIC_POLICY", in: "Bank sentral memangkas suku bunga."))
        #expect(alone.actors.isEmpty)
    }

    @Test func spokespersonStandsForTheBodyNamedWithTheRole() throws {
        let body =
            "Juru bicara Kementerian Luar Negeri Korea Utara berbicara kepada wartawan. "
            + "Juru bicara itu menuduh Jepang memicu ketegangan."
        let accusation = try #require(Self.event("ACCUSATION", in: body))
        #expect(Self.names(accusation, .source) == ["Ministry of Foreign Affairs (North Korea)"])
    }

    @Test func spokespersonInTheReportingClauseIsTheSpeaker() throws {
        let body =
            "Juru bicara Kementerian Luar Negeri Korea Utara mengecam latihan itu pada Senin. "
            + "“Kami akan membalas setiap provokasi,” kata juru bicara tersebut."
        let threat = try #require(Self.event("THREAT", in: body))
        #expect(Self.names(threat, .source) == ["Ministry of Foreign Affairs (North Korea)"])
    }

    @Test func nameRightBeforeTheVerbIsItsSubject() throws {
        let body = "Sri Mulyani menyambut keputusan Bank Indonesia memangkas suku bunga acuan."
        let policy = try #require(Self.event("ECONOMIC_POLICY", in: body))
        #expect(Self.names(policy) == ["Bank Indonesia"])
        // A preposition shaped like a verb does not end the subject.
        let sanction = try #require(
            Self.event("SANCTION", in: "Departemen Keuangan AS melalui OFAC menjatuhkan sanksi terhadap Korea Utara.")
        )
        #expect(
            Self.names(sanction, .source)
                == ["United States Department of the Treasury", "Office of Foreign Assets Control"]
        )
    }

    @Test func relativeClauseWithAClauseWordIsSkipped() throws {
        let body = "Antony Blinken, yang bertemu Presiden sementara Korea Selatan Choi Sang-mok kemarin, mengecam Rusia."
        let accusation = try #require(Self.event("ACCUSATION", in: body))
        #expect(Self.names(accusation, .source) == ["Antony Blinken"])
    }

    @Test func pronounInItsClauseIsTheSubject() throws {
        let body = "Jepang menyambut Donald Trump sejak ia kembali menjabat pada Januari."
        let inauguration = try #require(Self.event("INAUGURATION", in: body))
        #expect(Self.names(inauguration) == ["Donald Trump"])
    }

    @Test func pronounOpeningASentenceStandsForTheTopic() throws {
        let body =
            "Antony Blinken mengecam Korea Utara di Seoul. "
            + "Kunjungannya berlangsung setelah Presiden Yoon Suk Yeol dimakzulkan parlemen. "
            + "Ia mengatakan aliansi kedua negara tetap kokoh."
        let statement = try #require(Self.events(body).last { $0.type == "STATEMENT" })
        #expect(Self.names(statement, .source) == ["Antony Blinken"])
    }

    // MARK: Frames and roles

    @Test func stateActBringsTheLeadersCountry() throws {
        let test = try #require(Self.event("WEAPONS_TEST", in: "Kim Jong Un memimpin uji coba rudal hipersonik."))
        #expect(Self.names(test, .source) == ["Kim Jong Un", "North Korea"])
        let threat = try #require(Self.event("THREAT", in: "Kim Jong Un mengancam Amerika Serikat."))
        #expect(Self.names(threat, .source) == ["Kim Jong Un"])
    }

    @Test func nameRightAfterAPassiveVerbIsItsAgent() throws {
        let result = try #require(Self.event("SPORTS_RESULT", in: "Vietnam dibantai Jepang 0-4 di Hanoi."))
        #expect(Self.names(result, .source) == ["Japan"])
        #expect(Self.names(result, .target) == ["Vietnam"])
    }

    @Test func opponentOfALossIsAnActor() throws {
        let result = try #require(Self.event("SPORTS_RESULT", in: "Timnas Vietnam kalah 0-2 dari Jepang di Hanoi."))
        #expect(Self.names(result) == ["Vietnam national football team", "Japan national football team"])
    }

    @Test func chargeIsMadeByTheSpeaker() throws {
        let body = "Antony Blinken menyebut Korea Utara melanggar resolusi Dewan Keamanan PBB."
        let accusation = try #require(Self.event("ACCUSATION", in: body))
        #expect(Self.names(accusation, .source) == ["Antony Blinken"])
        #expect(Self.names(accusation, .target) == ["North Korea"])
    }

    @Test func suspectedSubjectIsAnActor() throws {
        let body = "Para pakar menduga Rusia memasok amunisi kepada Korea Utara."
        let transfer = try #require(Self.event("ARMS_TRANSFER", in: body))
        #expect(Self.names(transfer, .source) == ["Russia"])
        #expect(transfer.reported)
    }

    @Test func bodyOfARoleIsAParty() throws {
        let body = "Patrick Kluivert ditunjuk sebagai pelatih Timnas Indonesia pada Januari."
        let appointment = try #require(Self.event("OTHER", in: body))
        #expect(Self.names(appointment) == ["Patrick Kluivert", "Indonesia national football team"])
    }

    @Test func abbreviationInBracketsRestatesTheName() throws {
        let body = "Pasangan Ridwan Kamil-Suswono (RIDO) mengecam hasil rekapitulasi."
        let accusation = try #require(Self.event("ACCUSATION", in: body))
        #expect(Self.names(accusation) == ["Ridwan Kamil", "Suswono"])
        // Standing alone, the abbreviation is the actor.
        let alone = try #require(Self.event("ACCUSATION", in: "RIDO mengecam hasil rekapitulasi."))
        #expect(Self.names(alone) == ["Ridwan Kamil–Suswono ticket"])
    }

    @Test func cityAfterAnOfficeIsNoActor() throws {
        let election = try #require(Self.event("ELECTION", in: "Pemilihan gubernur Jakarta berlangsung damai."))
        #expect(election.actors.isEmpty)
        // A city acting is still its country.
        let test = try #require(Self.event("WEAPONS_TEST", in: "Pyongyang menguji rudal baru."))
        #expect(Self.names(test) == ["North Korea"])
    }
}
