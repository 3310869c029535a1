import LinimasaCore
import LinimasaExtract
import Testing

struct EntityLinkingTests {
    typealias T = EntityTestSupport

    @Test(arguments: [("2024-11-20", "Q6279"), ("2025-02-10", "Q22686")])
    func aRoleNamesTheHolderOnTheReferenceDate(date: String, qid: String) throws {
        let body = "Presiden AS mengatakan sanksi akan diperketat."
        let person = try #require(T.entity(mentioning: "Presiden AS", in: T.entities(body, on: date)))
        #expect(person.wikidata == qid)
        #expect(person.type == .person)
    }

    @Test(arguments: [("2024-04-01", "kb:sergei-shoigu"), ("2024-06-01", "kb:andrei-belousov")])
    func aMinisterByDate(date: String, id: String) {
        let body = "Menteri Pertahanan Rusia tiba di Pyongyang untuk pembicaraan."
        #expect(T.entity(mentioning: "Menteri Pertahanan Rusia", in: T.entities(body, on: date))?.id == id)
    }

    @Test func aRoleWithoutADateNamesNoOne() {
        let entities = T.entities("Presiden AS mengatakan sanksi akan diperketat.")
        #expect(T.entity(mentioning: "Presiden AS", in: entities) == nil)
        #expect(entities.map(\.wikidata) == ["Q30"])
    }

    @Test func formerHoldersAndPluralsNameNoOne() {
        let body = "Mantan Presiden AS dan para pemimpin Jepang bertemu."
        let people = T.entities(body, on: "2024-11-20").filter { $0.type == .person }
        #expect(people.isEmpty)
    }

    @Test func aNameAfterTheTitleWinsOverTheDate() {
        let body = "Presiden AS Barack Obama berpidato di Jakarta."
        let people = T.entities(body, on: "2024-11-20").filter { $0.type == .person }
        #expect(people.map(\.wikidata) == ["Q76"])
        #expect(people.first?.mentions.map(\.text) == ["Barack Obama"])
    }

    @Test func aLaterSurnameIsThePersonNamedEarlier() throws {
        let body = """
            Pemimpin Korea Utara Kim Jong Un meninjau pabrik rudal. Kim memuji para pekerja.

            Direktur Yayasan Mitra Desa, Budi Santoso, hadir. Santoso mengatakan dana sudah cair.
            """
        let entities = T.entities(body, on: "2024-05-01")
        let kim = try #require(entities.first { $0.wikidata == "Q56226" })
        #expect(kim.mentions.map(\.text) == ["Kim Jong Un", "Kim"])
        let budi = try #require(T.entity(mentioning: "Budi Santoso", in: entities))
        #expect(budi.mentions.map(\.text) == ["Budi Santoso", "Santoso"])
        #expect(budi.id == "name:budi-santoso")
    }

    @Test func aLoneSurnameSharedByTwoPeopleStaysUnlinked() {
        let body = "Presiden Korsel Yoon Suk Yeol bertemu Profesor Yoon Mi-ra. Yoon kemudian pergi."
        let entities = T.entities(body)
        let lone = entities.flatMap(\.mentions).filter { $0.text == "Yoon" }
        #expect(lone.isEmpty)
    }

    @Test func sangPresidenIsTheOnePresidentOfTheArticle() throws {
        let body = "Presiden Prancis Emmanuel Macron tiba di Jakarta. Sang presiden disambut hujan."
        let macron = try #require(T.entity(mentioning: "Emmanuel Macron", in: T.entities(body, on: "2023-11-21")))
        #expect(macron.mentions.map(\.text) == ["Emmanuel Macron", "Sang presiden"])
    }

    @Test func sangPresidenWithTwoPresidentsIsLeftAlone() {
        let body = "Presiden Prancis Emmanuel Macron bertemu Presiden Joko Widodo. Sang presiden tersenyum."
        let mentions = T.entities(body, on: "2023-11-21").flatMap(\.mentions).map(\.text)
        #expect(!mentions.contains("Sang presiden"))
    }

    @Test func aSpellingVariantOfAKnownPersonLinks() throws {
        let body = "Menteri Pertahanan Rusia, Andrei Beloussov, tiba. Kunjungan Belousov berlangsung dua hari."
        let belousov = try #require(T.entity(mentioning: "Andrei Beloussov", in: T.entities(body, on: "2024-11-29")))
        #expect(belousov.id == "kb:andrei-belousov")
        #expect(belousov.name == "Andrei Belousov")
        // The name right after the title is the mention; the title does not name anyone by date.
        #expect(belousov.mentions.map(\.text) == ["Andrei Beloussov", "Belousov"])
    }

    @Test func spellingVariantsOfAnUnknownNameMergeInAnArticle() throws {
        let body = "Peneliti Aleksandr Kuzminov memimpin tim itu. Kuzminnov menambahkan data baru."
        let person = try #require(T.entity(mentioning: "Aleksandr Kuzminov", in: T.entities(body)))
        #expect(person.mentions.map(\.text) == ["Aleksandr Kuzminov", "Kuzminnov"])
    }

    @Test func shortNamesAreNotStretchedToVariants() {
        // Below six letters no spelling edit is allowed: "Lim" is not "Kim".
        let body = "Pemimpin Korea Utara Kim Jong Un tiba. Lim menyambutnya."
        #expect(!T.entities(body).flatMap(\.mentions).map(\.text).contains("Lim"))
    }

    @Test func anUnknownNameHasTheSameIdInEveryArticle() throws {
        let first = T.entities("Pengamat Dewi Kartika Sari menilai hasilnya baik.")
        let second = T.entities("Menurut ekonom Dewi Kartika Sari, inflasi terkendali.")
        let a = try #require(T.entity(mentioning: "Dewi Kartika Sari", in: first))
        let b = try #require(T.entity(mentioning: "Dewi Kartika Sari", in: second))
        #expect(a.id == b.id)
    }

    @Test func theRegistryMergesVariantsAcrossArticles() {
        var registry = EntityRegistry()
        let first = registry.canonicalize(T.entities("Peneliti Aleksandr Kuzminov memimpin tim itu."))
        let second = registry.canonicalize(T.entities("Peneliti Aleksandr Kuzminnov menambahkan data baru."))
        let third = registry.canonicalize(T.entities("Peneliti Aleksandra Wiśniewska datang."))
        #expect(first.first?.id == "name:aleksandr-kuzminov")
        #expect(second.first?.id == "name:aleksandr-kuzminov")
        #expect(second.first?.name == "Aleksandr Kuzminov")
        #expect(third.first?.id != "name:aleksandr-kuzminov")
        #expect(registry.count == 2)
    }

    @Test func entitiesComeInOrderOfFirstMention() {
        let entities = T.entities("Delegasi Jepang dan Korea Selatan tiba di Seoul.")
        #expect(entities.map(\.wikidata) == ["Q17", "Q884", "Q8684"])
    }

    @Test func aTitleIsNeverAShortName() {
        // "Presiden Jokowi" is an alias of Joko Widodo; "Presiden" alone is not his short name.
        let body = "Joko Widodo hadir di Istana. Presiden Prabowo Subianto melantik para menteri."
        let entities = T.entities(body, on: "2024-10-21")
        let jokowi = entities.first { $0.name == "Joko Widodo" }
        #expect(jokowi?.mentions.map(\.text) == ["Joko Widodo"])
    }
}
