import Foundation
import LinimasaCluster
import LinimasaCore
import LinimasaIndonesian

/// Hand-made analysed articles for the clustering tests: our own sentences, with entities and
/// times placed where their words occur in the body.
enum ClusterTestArticles {
    static let pack = try! IndonesianPack()  // bundled data; a failure is a packaging bug

    /// An entity by id, name, type and the surface forms to find in the body.
    struct Name {
        var id: String
        var name: String
        var type: EntityType
        var forms: [String]

        init(_ id: String, _ name: String, _ type: EntityType = .person, _ forms: [String]) {
            self.id = id
            self.name = name
            self.type = type
            self.forms = forms
        }
    }

    static let prabowo = Name("kb:prabowo", "Prabowo Subianto", .person, ["Prabowo"])
    static let bmkg = Name("kb:bmkg", "BMKG", .organization, ["BMKG"])
    static let bnpb = Name("kb:bnpb", "BNPB", .organization, ["BNPB"])
    static let garut = Name("kb:garut", "Garut", .geopolitical, ["Garut"])
    static let bi = Name("kb:bi", "Bank Indonesia", .organization, ["Bank Indonesia", "BI"])
    static let perry = Name("kb:perry", "Perry Warjiyo", .person, ["Perry Warjiyo", "Perry"])
    static let northKorea = Name("Q423", "North Korea", .geopolitical, ["Korea Utara"])
    static let russia = Name("Q159", "Russia", .geopolitical, ["Rusia"])
    static let pyongyang = Name("Q18808", "Pyongyang", .geopolitical, ["Pyongyang"])
    static let moscow = Name("Q649", "Moscow", .geopolitical, ["Moskow"])
    static let kim = Name("Q56226", "Kim Jong Un", .person, ["Kim Jong Un", "Kim"])
    static let antara = Name("kb:antara", "Antara", .media, ["Antara"])

    /// Makes an analysed article.
    ///
    /// - Parameters:
    ///   - published: `YYYY-MM-DD`, or `nil` for an undated article.
    ///   - times: (text, value) pairs; the first occurrence of each text in the body.
    static func make(
        _ paragraphs: [String],
        title: String? = nil,
        outlet: String? = nil,
        published: String? = nil,
        names: [Name] = [],
        times: [(String, String)] = []
    ) -> AnalyzedArticle {
        let body = paragraphs.joined(separator: "\n\n")
        var article = Article(source: "test", title: title, outlet: outlet, body: body)
        if let published, let date = CalendarDate(iso: published) {
            article.published = PublishedDate(date: date, source: .stated)
        }
        article.sentences = pack.sentenceRanges(in: body)
        let entities = names.compactMap { name -> LinkedEntity? in
            let mentions = name.forms.flatMap { ranges(of: $0, in: body) }.map { EntityMention(text: body.slice($0), range: $0) }
            guard !mentions.isEmpty else { return nil }
            return LinkedEntity(id: name.id, name: name.name, type: name.type, mentions: mentions)
        }
        let found = times.compactMap { text, value -> TimeExpression? in
            guard let range = ranges(of: text, in: body).first else { return nil }
            return TimeExpression(text: text, range: range, kind: .date, value: value, anchor: .absolute)
        }
        return AnalyzedArticle(article: article, times: found, entities: entities)
    }

    /// Byte ranges of every occurrence of `needle` in `text`, not overlapping the ones before.
    static func ranges(of needle: String, in text: String) -> [TextRange] {
        let haystack = Array(text.utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return [] }
        var found: [TextRange] = []
        var i = 0
        while i + pattern.count <= haystack.count {
            if haystack[i..<(i + pattern.count)].elementsEqual(pattern) {
                found.append(TextRange(start: i, end: i + pattern.count))
                i += pattern.count
            } else {
                i += 1
            }
        }
        return found
    }

    // MARK: Articles

    static let quakeA = make(
        [
            "Gempa berkekuatan magnitudo 5,8 mengguncang Kabupaten Garut pada Selasa pagi dan merusak ratusan rumah warga di lima kecamatan.",
            "BMKG mencatat pusat gempa berada di darat pada kedalaman sepuluh kilometer, sementara BNPB melaporkan 4 orang meninggal dan puluhan warga luka-luka.",
            "Petugas gabungan mendirikan tenda pengungsian di lapangan desa dan membagikan makanan siap saji kepada warga yang rumahnya rusak.",
        ],
        title: "Gempa Garut rusak ratusan rumah, empat warga meninggal",
        outlet: "Kabar Priangan",
        published: "2025-02-11",
        names: [bmkg, bnpb, garut],
        times: [("Selasa pagi", "2025-02-11TMO")]
    )

    static let quakeB = make(
        [
            "Jumlah korban meninggal akibat gempa di Garut bertambah menjadi 6 orang meninggal, kata BNPB, sementara ratusan rumah rusak berat dan ringan.",
            "Menurut BMKG, guncangan gempa pada Selasa pagi terasa hingga Bandung dan Tasikmalaya; warga berhamburan keluar rumah.",
            "Pengungsi di tenda darurat membutuhkan selimut, air bersih dan makanan bayi, ujar seorang relawan di posko pengungsian.",
        ],
        title: "Korban gempa Garut bertambah, pengungsi butuh selimut",
        outlet: "Warta Bandung",
        published: "2025-02-12",
        names: [bmkg, bnpb, garut],
        times: [("Selasa pagi", "2025-02-11TMO")]
    )

    /// The same places and agencies, a new quake five weeks later.
    static let quakeLater = make(
        [
            "Gempa magnitudo 4,9 kembali mengguncang Kabupaten Garut pada Kamis malam dan merusak ratusan rumah warga serta sebuah sekolah.",
            "BMKG menyebut gempa kali ini dipicu sesar darat yang berbeda, sementara BNPB mencatat tidak ada korban meninggal.",
            "Warga yang rumahnya rusak mengungsi ke tenda darurat di lapangan desa, dan relawan membagikan makanan.",
        ],
        title: "Gempa kembali guncang Garut, puluhan rumah rusak",
        outlet: "Kabar Priangan",
        published: "2025-03-20",
        names: [bmkg, bnpb, garut],
        times: [("Kamis malam", "2025-03-20TNI")]
    )

    static let rates = make(
        [
            "Bank Indonesia menahan suku bunga acuan di level 5,75 persen dalam rapat dewan gubernur yang berakhir Rabu.",
            "Gubernur BI Perry Warjiyo mengatakan keputusan itu untuk menjaga stabilitas nilai tukar rupiah di tengah ketidakpastian global.",
            "Ekonom menilai ruang pemangkasan suku bunga masih terbuka pada semester kedua bila inflasi tetap rendah.",
        ],
        title: "BI tahan suku bunga acuan 5,75 persen",
        outlet: "Warta Ekonomi",
        published: "2025-02-12",
        names: [bi, perry],
        times: [("Rabu", "2025-02-12")]
    )
}
