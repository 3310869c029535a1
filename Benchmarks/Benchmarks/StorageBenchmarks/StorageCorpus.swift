import Foundation

/// Deterministic news-like Indonesian articles for the storage benchmarks, as JSON Lines.
///
/// Extends ReaderBenchmarks/GeneratedCorpus.swift with larger name pools (900 people,
/// 60 places, 40 topics), so that a query matches a realistic share of 100,000
/// articles rather than all of them. Each article: title, standfirst, date line,
/// byline, dateline, 5 to 10 paragraphs, `Baca juga`, an editor code.
struct StorageCorpus {
    private var state: UInt64

    init(seed: UInt64 = 7) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    mutating func pick(_ items: [String]) -> String { items[next(items.count)] }

    static let first = [
        "Andi", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hadi", "Indah", "Joko", "Kartika", "Lukman", "Maya",
        "Nur", "Oka", "Putri", "Rahmat", "Sari", "Teguh", "Umar", "Vina", "Wahyu", "Yanti", "Zainal", "Arif", "Bayu",
        "Dian", "Fitri", "Gilang", "Hendra",
    ]
    static let last = [
        "Santoso", "Wijaya", "Pratama", "Lestari", "Saputra", "Hidayat", "Nugroho", "Kusuma", "Siregar", "Harahap",
        "Simanjuntak", "Wibowo", "Rahayu", "Setiawan", "Gunawan", "Hakim", "Marlina", "Permana", "Sitompul", "Tanjung",
        "Halim", "Susanto", "Purba", "Lubis", "Nasution", "Rangkuti", "Daulay", "Pohan", "Ginting", "Tarigan",
    ]
    static let places = [
        "Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Semarang", "Palembang", "Denpasar", "Padang",
        "Pontianak",
        "Manado", "Kupang", "Ambon", "Mataram", "Jayapura", "Banjarmasin", "Samarinda", "Pekanbaru", "Jambi",
        "Bengkulu",
        "Lampung", "Serang", "Bogor", "Depok", "Bekasi", "Tangerang", "Cirebon", "Tegal", "Solo", "Yogyakarta",
        "Malang", "Kediri", "Jember", "Banyuwangi", "Kendari", "Palu", "Gorontalo", "Ternate", "Sorong", "Merauke",
        "Batam", "Tanjungpinang", "Pangkalpinang", "Balikpapan", "Tarakan", "Bitung", "Maumere", "Ende", "Bima",
        "Sumbawa", "Garut", "Tasikmalaya", "Sukabumi", "Cianjur", "Purwokerto", "Magelang", "Madiun", "Probolinggo",
        "Pasuruan", "Sidoarjo",
    ]
    static let orgs = [
        "Bank Indonesia", "Kementerian Keuangan", "BNPB", "KPU", "DPR", "OJK", "BPS", "Kementerian Pertanian",
        "Kementerian Kesehatan", "Pertamina", "PLN", "Bulog", "KPK", "Polri", "TNI", "Basarnas", "BMKG", "Bappenas",
        "Kementerian Perhubungan", "Kementerian Sosial",
    ]
    static let topics = [
        "kerja sama ekonomi", "stabilitas harga", "harga pangan", "penanganan bencana", "suku bunga acuan",
        "pertahanan", "perdagangan bebas", "pendidikan vokasi", "pembangunan jalan", "air bersih", "subsidi pupuk",
        "energi terbarukan", "layanan kesehatan", "pengendalian inflasi", "transportasi umum", "ketahanan pangan",
        "pariwisata daerah", "perlindungan nelayan", "digitalisasi desa", "penanggulangan banjir", "kualitas udara",
        "perumahan rakyat", "gizi anak", "irigasi sawah", "pelabuhan baru", "jaringan internet", "bantuan sosial",
        "pemilihan kepala daerah", "reformasi birokrasi", "pajak daerah", "ekspor kopi", "hilirisasi nikel",
        "kendaraan listrik", "pengelolaan sampah", "rehabilitasi hutan", "cadangan beras", "harga minyak goreng",
        "penerimaan siswa baru", "vaksinasi campak", "keselamatan mudik",
    ]
    static let months = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
        "Desember",
    ]
    static let weekdays = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    static let verbs = ["mengatakan", "menegaskan", "menyatakan", "menyebut", "mengungkapkan", "menjelaskan"]
    static let outlets = [
        "KOMPAS.com", "ANTARA", "detikcom", "Tribunnews.com", "CNN Indonesia", "Metrotvnews.com", "Tempo.co",
        "Kabar Contoh",
    ]

    mutating func person() -> String { pick(Self.first) + " " + pick(Self.last) }

    mutating func sentence(_ person: String, _ place: String, _ topic: String) -> String {
        let org = pick(Self.orgs)
        let day = 1 + next(28)
        let month = pick(Self.months)
        let year = 2023 + next(3)
        switch next(12) {
        case 0:
            return
                "\(person) \(pick(Self.verbs)) bahwa \(topic) menjadi prioritas pemerintah pada \(pick(Self.weekdays)) (\(day)/\(1 + next(12))/\(year))."
        case 1:
            return
                "\"Kami akan terus memperkuat \(topic) bersama \(org). Ini komitmen kami,\" kata \(person) di \(place)."
        case 2:
            return
                "Menurut \(org), sebanyak \(next(90) + 10).\(next(900) + 100) warga terdampak sejak \(day) \(month) \(year)."
        case 3:
            return
                "Pertemuan itu berlangsung di \(place) pada pukul \(8 + next(10)).\(next(6))0 WIB dan dihadiri perwakilan \(org)."
        case 4:
            return "Sementara itu, \(org) mencatat pertumbuhan \(next(9)),\(next(10)) persen dalam tiga bulan terakhir."
        case 5: return "\(person) tiba di \(place) pekan lalu untuk mengunjungi lokasi program \(topic)."
        case 6:
            return "Kunjungan kerja itu juga meninjau kesiapan \(org) dalam mendukung \(topic) di \(pick(Self.places))."
        case 7: return "Warga \(place) berharap program \(topic) dapat dirasakan manfaatnya sebelum akhir \(year)."
        case 8: return "Anggota DPR \(self.person()) meminta \(org) membuka data \(topic) kepada publik."
        case 9:
            return "\"Kami belum menerima laporan lengkap,\" ujar \(self.person()), pejabat \(org), kepada wartawan."
        case 10:
            return "Harga kebutuhan pokok di \(place) relatif stabil, meski permintaan naik \(next(20) + 1) persen."
        default: return "Pemerintah menargetkan anggaran Rp \(next(900) + 100) miliar untuk \(topic) tahun depan."
        }
    }

    mutating func article(_ index: Int) -> (url: String, published: String, text: String) {
        let outlet = pick(Self.outlets)
        let place = pick(Self.places)
        let topic = pick(Self.topics)
        let person = person()
        let year = 2023 + next(3)
        let month = 1 + next(12)
        let day = 1 + next(28)
        var lines = ["\(person) Bahas \(topic.capitalizedWords) di \(place)"]
        lines.append(sentence(person, place, topic))
        lines.append("\(day) \(Self.months[month - 1]) \(year) \(String(8 + next(12))):\(String(10 + next(49)))")
        lines.append("Penulis: Reporter \(index % 97)")
        let paragraphs = 5 + next(6)
        for k in 0..<paragraphs {
            var paragraph = (0..<(1 + next(3))).map { _ in
                sentence(next(3) == 0 ? self.person() : person, place, next(4) == 0 ? pick(Self.topics) : topic)
            }.joined(separator: " ")
            if k == 0 { paragraph = "\(place.uppercased()), \(outlet) - " + paragraph }
            lines.append(paragraph)
            if k == paragraphs / 2 { lines.append("Baca juga: \(self.person()) Tinjau Proyek di \(pick(Self.places))") }
        }
        lines[lines.count - 1] += " (ant/ant)"
        let published = CalendarText.iso(year, month, day)
        return ("https://bench.example/\(year)/\(index)", published, lines.joined(separator: "\n") + "\n")
    }

    /// Writes `count` articles as JSON Lines to `path`, unless a complete file is already there.
    static func write(count: Int, to path: String) throws {
        let marker = path + ".complete-\(count)"
        if FileManager.default.fileExists(atPath: marker) { return }
        FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileWriteUnknown) }
        var generator = StorageCorpus()
        var buffer = [UInt8]()
        buffer.reserveCapacity(4 << 20)
        let encoder = JSONEncoder()
        struct Line: Encodable {
            var url: String
            var published: String
            var text: String
        }
        for index in 0..<count {
            let (url, published, text) = generator.article(index)
            buffer += try encoder.encode(Line(url: url, published: published, text: text))
            buffer.append(0x0A)
            if buffer.count > 3 << 20 {
                try handle.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: buffer)
        try handle.close()
        FileManager.default.createFile(atPath: marker, contents: nil)
    }
}

enum CalendarText {
    static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
        "\(year)-" + (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
    }
}

extension String {
    var capitalizedWords: String {
        split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
