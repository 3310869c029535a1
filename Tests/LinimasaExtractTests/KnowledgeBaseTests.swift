import Foundation
import LinimasaCore
import LinimasaExtract
import LinimasaIndonesian
import Testing

struct KnowledgeBaseTests {
    let kb = EntityTestSupport.knowledgeBase

    @Test func holdsAtLeastFifteenHundredEntities() {
        #expect(kb.count >= 1500)
    }

    @Test func hasEveryIsoCountry() {
        let countries = kb.entries.filter { $0.id.utf8.count == 2 && $0.type == .geopolitical }
        #expect(countries.count == 249)
    }

    @Test(arguments: [
        ("Korea Utara", "Q423"), ("Korut", "Q423"), ("DPRK", "Q423"), ("Republik Demokratik Rakyat Korea", "Q423"),
        ("Korsel", "Q884"), ("AS", "Q30"), ("Amerika Serikat", "Q30"), ("RI", "Q252"), ("Tiongkok", "Q148"),
        ("China", "Q148"), ("RRT", "Q148"), ("Rusia", "Q159"), ("Ukraina", "Q212"), ("Jepang", "Q17"),
        ("Moskow", "Q649"), ("Pyongyang", "Q18808"), ("PBB", "Q1065"), ("NATO", "Q7184"), ("Uni Eropa", "Q458"),
        ("Reuters", "Q130879"), ("AFP", "Q40464"),
    ])
    func findsIndonesianNames(alias: String, qid: String) {
        #expect(kb.lookup(alias).first?.entry.qid == qid, "\(alias)")
    }

    @Test(arguments: [
        ("Kantor Berita Pusat Korea", "kcna"), ("KCNA", "kcna"), ("Yonhap", "yonhap"), ("UPI", "upi"),
        ("Anadolu", "anadolu"), ("detikcom", "detikcom"), ("Kompas", "kompas"), ("Tribunnews", "tribunnews"),
        ("CNN Indonesia", "cnn-indonesia"), ("CNBC Indonesia", "cnbc-indonesia"), ("Metro TV", "metro-tv"),
        ("Antara", "antara"), ("DPR", "dpr"), ("MPR", "mpr"), ("TNI", "tni"), ("Polri", "polri"), ("KPK", "kpk"),
        ("BI", "bank-indonesia"), ("OJK", "ojk"), ("APEC", "apec"), ("BRICS", "brics"), ("ASEAN", "asean"),
        ("Kremlin", "kremlin"), ("Gedung Putih", "white-house"), ("Istana Negara", "istana-negara"),
        ("Kementerian Luar Negeri AS", "us-state-department"), ("Tentara Rakyat Korea", "korean-peoples-army"),
        ("Jawa Barat", "id-jb"), ("Washington", "washington-dc"),
    ])
    func findsInstitutionsOutletsAndPlaces(alias: String, id: String) {
        #expect(kb.lookup(alias).first?.entry.id == id, "\(alias)")
    }

    @Test(arguments: ["Kim Jong-un", "Kim Jong Un", "KIM JONG-UN", "kim jong un", "Kim Jongun", "Kim Jong-Un"])
    func normalisesCaseHyphensAndSpacing(name: String) {
        #expect(kb.lookup(name).first?.entry.id == "kim-jong-un")
    }

    @Test func nothingForAnUnknownName() {
        #expect(kb.lookup("Budi Santoso Wirawan").isEmpty)
    }

    @Test(arguments: [
        ("president", "us", "2024-11-18", "joe-biden"), ("president", "us", "2025-02-01", "donald-trump"),
        ("president", "us", "2019-06-01", "donald-trump"), ("defence-minister", "ru", "2024-04-30", "sergei-shoigu"),
        ("defence-minister", "ru", "2024-06-01", "andrei-belousov"), ("president", "id", "2024-10-19", "joko-widodo"),
        ("president", "id", "2024-10-20", "prabowo-subianto"), ("leader", "kp", "2024-01-01", "kim-jong-un"),
    ])
    func holdersByDate(role: String, country: String, date: String, id: String) throws {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        let day = try #require(CalendarDate(year: parts[0], month: parts[1], day: parts[2]))
        #expect(kb.holders(of: role, country: country, on: day).map(\.id) == [id])
    }

    @Test func entriesDescribeThemselves() throws {
        let belousov = try #require(kb.entry(id: "andrei-belousov"))
        #expect(belousov.type == .person)
        #expect(belousov.description == "Defence Minister of Russia since May 2024")
        #expect(belousov.offices.first?.role == "defence-minister")
        #expect(belousov.linkID == "kb:andrei-belousov")
        #expect(kb.entry(id: "kp")?.linkID == "Q423")
    }

    @Test func rowsWithTheSameIdMerge() throws {
        let kb = try KnowledgeBase(
            pack: EntityTestSupport.pack,
            sources: [
                ("a.tsv", "# comment\nfoo\t\tORG\tFoo Corp\tFoo\tfirst\n"),
                ("b.tsv", "foo\tQ42\t\t\tFoo Inc.|Foo\t\tid\n"),
            ]
        )
        let entry = try #require(kb.entry(id: "foo"))
        #expect(entry.qid == "Q42")
        #expect(entry.name == "Foo Corp")
        #expect(entry.aliases == ["Foo", "Foo Inc."])
        #expect(entry.description == "first")
        #expect(entry.country == "id")
        #expect(kb.lookup("foo inc").first?.entry.id == "foo")
    }

    @Test func userFilesAddEntries() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kb-user-\(UUID().uuidString).tsv")
        try "pt-sinar-contoh\t\tORG\tPT Sinar Contoh\tSinar Contoh\tsample company\tid\n"
            .write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let kb = try KnowledgeBase(pack: EntityTestSupport.pack, userFiles: [url.path])
        #expect(kb.count == EntityTestSupport.knowledgeBase.count + 1)
        #expect(kb.lookup("Sinar Contoh").first?.entry.id == "pt-sinar-contoh")
        let extractor = EntityExtractor(pack: EntityTestSupport.pack, knowledgeBase: kb)
        let entities = extractor.extract(EntityTestSupport.article("Saham PT Sinar Contoh naik tajam."), reference: nil)
        #expect(entities.map(\.id) == ["kb:pt-sinar-contoh"])
    }

    @Test func aMissingUserFileIsReported() {
        #expect {
            try KnowledgeBase(pack: EntityTestSupport.pack, userFiles: ["/nonexistent/kb.tsv"])
        } throws: { error in
            (error as? LinimasaError)?.message
                == "cannot read knowledge-base file '/nonexistent/kb.tsv'; check the path given to --kb"
        }
    }

    @Test(arguments: [
        (
            "x\t\tTHING\tX",
            "knowledge-base file 'bad.tsv' line 1: unknown type 'THING'; use PERSON, ORG, GPE, LOC, MEDIA or EVENT"
        ),
        ("x\tP31\tORG\tX", "knowledge-base file 'bad.tsv' line 1: 'P31' is not a Wikidata QID (Q followed by digits)"),
        ("\n\nx\t\tORG", "knowledge-base file 'bad.tsv' line 3: new id 'x' needs a type and a name"),
        (
            "x\t\tPERSON\tX\t\t\t\tpresident@us:2021-13-01/",
            "knowledge-base file 'bad.tsv' line 1: office 'president@us:2021-13-01/' is not role@country:from/to (dates YYYY-MM-DD, either may be empty)"
        ),
    ])
    func malformedRowsAreReported(text: String, message: String) {
        #expect {
            try KnowledgeBase(pack: EntityTestSupport.pack, sources: [("bad.tsv", text)])
        } throws: { error in
            (error as? LinimasaError)?.message == message
        }
    }
}
