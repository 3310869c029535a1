import LinimasaCore
import LinimasaExtract
import Testing

/// Recognition cues for names the knowledge base does not know, on our own sentences.
struct EntityCueTests {
    typealias T = EntityTestSupport

    @Test func aPortfolioAfterATitleIsNotAName() {
        let entities = T.entities("Ia dilantik sebagai Menteri Koordinator Bidang Pangan pada pagi itu.")
        #expect(T.entity(mentioning: "Bidang Pangan", in: entities) == nil)
        #expect(T.entity(mentioning: "Pangan", in: entities) == nil)
    }

    @Test func aPortfolioEndsWhereAnUnknownNameBegins() throws {
        let body = "Hal itu disampaikan Kepala Divisi Hukum dan Pengawasan Lestari Wijayanti di kantornya."
        let person = try #require(T.entity(mentioning: "Lestari Wijayanti", in: T.entities(body)))
        #expect(person.type == .person)
    }

    @Test func hyphenatedCandidatePairsAreTwoPeople() {
        let entities = T.entities("Pasangan Ridwan Kamil-Suswono kalah dari Pramono Anung-Rano Karno.")
        for name in ["Ridwan Kamil", "Suswono", "Pramono Anung", "Rano Karno"] {
            #expect(entities.contains { $0.name == name && $0.type == .person }, "\(name)")
        }
    }

    @Test func placesJoinedByDanAreTwoPlaces() {
        let entities = T.entities("Banjir melanda Kecamatan Cibeber dan Pagelaran sejak subuh.")
        #expect(entities.contains { $0.name == "Cibeber" && $0.type == .geopolitical })
        #expect(entities.contains { $0.name == "Pagelaran" && $0.type == .geopolitical })
    }

    @Test func aRegencyTakesItsEnglishName() {
        let entities = T.entities("Jalan utama di Kabupaten Lebak tertutup longsor.")
        #expect(entities.contains { $0.name == "Lebak Regency" && $0.type == .geopolitical })
    }

    @Test func aCompanyNameLeavesOutItsLegalForms() throws {
        let body = "Kepala Ekonom PT Sinar Harapan Jaya Tbk. Yoga Pranata mengatakan suku bunga akan turun."
        let entities = T.entities(body)
        #expect(entities.contains { $0.name == "Sinar Harapan Jaya" && $0.type == .organization })
        #expect(T.entity(mentioning: "Yoga Pranata", in: entities)?.type == .person)
    }

    @Test func aBracketedAcronymIsTheSameBody() throws {
        let body = "Peneliti Lembaga Studi Pangan Rakyat (LSPR) Wulan Sari menilai harga beras naik."
        let entities = T.entities(body)
        let body1 = try #require(T.entity(mentioning: "Lembaga Studi Pangan Rakyat", in: entities))
        #expect(body1.mentions.contains { $0.text == "LSPR" })
        #expect(body1.type == .organization)
        #expect(T.entity(mentioning: "Wulan Sari", in: entities)?.type == .person)
    }

    @Test func anAcronymAfterATitleIsNotAPerson() {
        let entities = T.entities("Anggota DKPN Budi Rahman hadir.")
        #expect(T.entity(mentioning: "DKPN", in: entities)?.type != .person)
    }

    @Test func amountsAreNotEntities() {
        let entities = T.entities("Nilai proyek itu mencapai Rp900 triliun menurut Kementerian Keuangan.")
        #expect(T.entity(mentioning: "Rp900", in: entities) == nil)
    }

    @Test func aNameSetOffByCommasAfterATitleIsAPerson() {
        let body = "Pengamat energi dari sebuah lembaga swasta, Nadia Kusumawati, menilai harga minyak akan turun."
        #expect(T.entity(mentioning: "Nadia Kusumawati", in: T.entities(body))?.type == .person)
    }

    @Test func twoNamesSetOffByCommasAreBothPeople() {
        let body = "Dua warga yang ditahan, Agus Salim Harahap dan Joko Prasetyo, dibebaskan kemarin."
        let entities = T.entities(body)
        #expect(T.entity(mentioning: "Agus Salim Harahap", in: entities)?.type == .person)
        #expect(T.entity(mentioning: "Joko Prasetyo", in: entities)?.type == .person)
    }

    @Test func aWitnessWithAnAgeIsAPerson() {
        let body = "Warga setempat, Tarsih (61), mengaku rumahnya retak."
        #expect(T.entity(mentioning: "Tarsih", in: T.entities(body))?.type == .person)
    }

    @Test func aUnitBetweenATitleAndABodyIsNotAPerson() {
        let body = "Direktur Operasi dan Latihan BNPB, Sutrisno Adi, meninjau lokasi."
        let entities = T.entities(body)
        #expect(T.entity(mentioning: "Operasi", in: entities) == nil)
        #expect(T.entity(mentioning: "Sutrisno Adi", in: entities)?.type == .person)
    }

    @Test func aLowerCaseTitleIsTheOfficeNotItsHolder() {
        let entities = T.entities("Pasar bergejolak menjelang pemilihan presiden AS tahun ini.", on: "2024-10-01")
        #expect(!entities.contains { $0.wikidata == "Q6279" })
    }

    @Test func aGovernmentOfAKnownPlaceIsNamedAfterIt() {
        let entities = T.entities("Pemerintah Kabupaten Sukabumi menetapkan status tanggap darurat.")
        #expect(entities.contains { $0.name == "Government of Sukabumi Regency" && $0.type == .organization })
    }

    @Test func aFullNameWinsOverAPlaceInsideIt() {
        let entities = T.entities("Ekonom Lembaga Kajian Ekonomi Nusantara menilai inflasi rendah.")
        #expect(!entities.contains { $0.name == "Nusantara" })
    }

    @Test func aCountryInAMatchReportIsItsTeam() {
        let body = "Timnas Indonesia menang 2-1 atas Vietnam. Sebelumnya Indonesia kalah 0-3 dari Jepang."
            + " Para pemain kembali dari Jepang pada Rabu."
        let entities = T.entities(body)
        #expect(entities.contains { $0.name == "Vietnam national football team" })
        #expect(!entities.contains { $0.name == "Vietnam" })
        let japanTeam = entities.first { $0.name == "Japan national football team" }
        #expect(japanTeam?.mentions.count == 1)
        #expect(entities.contains { $0.name == "Japan" })
    }

    @Test func withoutAMatchACountryStaysACountry() {
        let entities = T.entities("Indonesia dan Vietnam menandatangani perjanjian dagang.")
        #expect(entities.contains { $0.name == "Vietnam" })
    }
}
