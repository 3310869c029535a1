/// Deterministic news-like Indonesian articles for throughput benchmarks.
///
/// Each article has a title, a standfirst, a date line, a byline, a dateline,
/// 8 to 16 body paragraphs built from varied sentence templates, and the usual
/// boilerplate (`Baca juga`, an editor code, comment furniture).
struct GeneratedCorpus {
    private var state: UInt64

    init(seed: UInt64 = 42) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    mutating func pick(_ items: [String]) -> String { items[next(items.count)] }

    static let people = ["Prabowo Subianto", "Sri Mulyani", "Perry Warjiyo", "Kim Jong Un", "Vladimir Putin", "Anwar Ibrahim", "Joe Biden", "Retno Marsudi", "Sugiono", "Budi Gunadi Sadikin"]
    static let places = ["Jakarta", "Surabaya", "Bandung", "Pyongyang", "Moskow", "Kuala Lumpur", "Makassar", "Medan", "Seoul", "Canberra"]
    static let orgs = ["Bank Indonesia", "Kementerian Luar Negeri", "BNPB", "KPU", "DPR", "ASEAN", "PBB", "NATO", "OJK", "TNI"]
    static let outlets = ["KOMPAS.com", "ANTARA", "detikcom", "Tribunnews.com", "CNN Indonesia", "Metrotvnews.com"]
    static let months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
    static let weekdays = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    static let verbs = ["mengatakan", "menegaskan", "menyatakan", "menyebut", "mengungkapkan"]
    static let topics = ["kerja sama ekonomi", "stabilitas kawasan", "harga pangan", "penanganan bencana", "suku bunga acuan", "pertahanan", "perdagangan bebas", "pendidikan vokasi"]

    mutating func sentence() -> String {
        let person = pick(Self.people), place = pick(Self.places), org = pick(Self.orgs), topic = pick(Self.topics)
        let day = 1 + next(28), month = pick(Self.months), year = 2023 + next(3)
        switch next(8) {
        case 0: return "\(person) \(pick(Self.verbs)) bahwa \(topic) menjadi prioritas pemerintah pada \(pick(Self.weekdays)) (\(day)/\(1 + next(12))/\(year))."
        case 1: return "\"Kami akan terus memperkuat \(topic) bersama \(org). Ini komitmen kami,\" kata \(person) di \(place)."
        case 2: return "Menurut \(org), sebanyak \(next(90) + 10).\(next(900) + 100) warga terdampak sejak \(day) \(month) \(year)."
        case 3: return "Pertemuan itu berlangsung di \(place) pada pukul \(8 + next(10)).\(next(6))0 WIB dan dihadiri perwakilan \(org)."
        case 4: return "Sementara itu, \(org) mencatat pertumbuhan \(next(9)),\(next(10)) persen dalam tiga bulan terakhir."
        case 5: return "Dilansir dari \(pick(Self.outlets)), \(person) tiba di \(place) pekan lalu untuk membahas \(topic)."
        case 6: return "Dr. \(person) dari Universitas Indonesia menilai kebijakan tersebut belum menyentuh akar masalah, dll."
        default: return "Pemerintah menargetkan anggaran Rp \(next(900) + 100) miliar untuk \(topic) tahun depan."
        }
    }

    mutating func article(_ index: Int) -> String {
        let outlet = pick(Self.outlets), place = pick(Self.places)
        let title = "\(pick(Self.people)) Bahas \(pick(Self.topics).capitalized) di \(place)"
        var lines: [String] = [title]
        lines.append("\(sentence())")
        lines.append("\(1 + next(28)) \(pick(Self.months)) \(2023 + next(3)) \(String(8 + next(12))):\(String(10 + next(49)))")
        lines.append("Penulis: Reporter \(index % 97)")
        lines.append("Editor: Redaktur \(index % 13)")
        let paragraphs = 8 + next(9)
        for k in 0..<paragraphs {
            var paragraph = (0..<(1 + next(3))).map { _ in sentence() }.joined(separator: " ")
            if k == 0 { paragraph = "\(place.uppercased()), \(outlet) - " + paragraph }
            lines.append(paragraph)
            if k == paragraphs / 2 { lines.append("Baca juga: \(pick(Self.people)) Tinjau Proyek di \(pick(Self.places))") }
        }
        lines[lines.count - 1] += " (ant/ant)"
        lines.append("Kirim Komentar")
        lines.append("Isi komentar sepenuhnya adalah tanggung jawab pengguna dan diatur dalam UU ITE.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `count` articles as UTF-8 buffers.
    static func make(count: Int) -> [[UInt8]] {
        var generator = GeneratedCorpus()
        return (0..<count).map { Array(generator.article($0).utf8) }
    }
}

extension String {
    var capitalized: String { split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ") }
}
