/// Deterministic news pages in the markup style of Indonesian outlets, for HTML throughput benchmarks.
///
/// Each page has a head with `og:` tags, JSON-LD and scripts, a header with
/// navigation, an article with a title, byline, date, figure and caption,
/// 8 to 16 body paragraphs with inline links and emphasis, an in-body
/// `Baca juga` box and ad slot, tags, a share bar, related links, comments,
/// a sidebar and a footer: about a third of the bytes are article text.
struct GeneratedPages {
    private var state: UInt64

    init(seed: UInt64 = 7) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    mutating func pick(_ items: [String]) -> String { items[next(items.count)] }

    static let people = ["Prabowo Subianto", "Sri Mulyani", "Perry Warjiyo", "Retno Marsudi", "Sugiono", "Budi Gunadi Sadikin", "Airlangga Hartarto", "Erick Thohir"]
    static let places = ["Jakarta", "Surabaya", "Bandung", "Makassar", "Medan", "Semarang", "Denpasar", "Pontianak"]
    static let orgs = ["Bank Indonesia", "Kementerian Keuangan", "BNPB", "KPU", "DPR", "OJK", "BMKG", "BPS"]
    static let topics = ["harga pangan", "penanganan bencana", "suku bunga acuan", "pendidikan vokasi", "angkutan mudik", "subsidi energi"]
    static let months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]

    mutating func sentence() -> String {
        let person = pick(Self.people), place = pick(Self.places), org = pick(Self.orgs), topic = pick(Self.topics)
        switch next(6) {
        case 0: return "<a href=\"/tag/\(next(999))\">\(person)</a> mengatakan bahwa \(topic) menjadi prioritas pemerintah pada \(1 + next(28)) \(pick(Self.months)) \(2023 + next(3))."
        case 1: return "&quot;Kami akan terus memperkuat \(topic) bersama \(org). Ini komitmen kami,&quot; kata <strong>\(person)</strong> di \(place)."
        case 2: return "Menurut \(org), sebanyak \(next(90) + 10).\(next(900) + 100) warga terdampak sejak pekan lalu."
        case 3: return "Pertemuan itu berlangsung di \(place) pada pukul \(8 + next(10)).\(next(6))0 WIB dan dihadiri perwakilan <em>\(org)</em>."
        case 4: return "Sementara itu, \(org) mencatat pertumbuhan \(next(9)),\(next(10)) persen dalam tiga bulan terakhir."
        default: return "Pemerintah menargetkan anggaran Rp&nbsp;\(next(900) + 100) miliar untuk \(topic) tahun depan."
        }
    }

    mutating func page(_ index: Int) -> String {
        let place = pick(Self.places), person = pick(Self.people), topic = pick(Self.topics)
        let title = "\(person) Bahas \(topic) di \(place) (\(index))"
        let day = 1 + next(28), month = 1 + next(12), hour = next(24), minute = next(60)
        let iso = "2024-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)T\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute):00+07:00"
        var html = """
            <!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>\(title) - Warta Contoh</title>
            <meta property="og:title" content="\(title)"><meta property="og:site_name" content="Warta Contoh">
            <meta property="article:published_time" content="\(iso)"><meta name="author" content="Reporter \(index % 97)">
            <link rel="stylesheet" href="/css/detail.css"><style>.detail p{margin:0 0 16px}.ads{min-height:250px}</style>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"\(title)","datePublished":"\(iso)","author":{"@type":"Person","name":"Reporter \(index % 97)"},"publisher":{"@type":"Organization","name":"Warta Contoh"}}</script>
            <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());var slot="\(index)";</script>
            </head><body><header class="header"><div class="logo"><a href="/">Warta Contoh</a></div><nav class="nav"><ul>
            """
        for section in ["Nasional", "Ekonomi", "Internasional", "Olahraga", "Teknologi", "Otomotif", "Gaya Hidup"] {
            html += "<li><a href=\"/\(section.lowercased())\">\(section)</a></li>"
        }
        html += """
            </ul></nav></header><div class="ads ads-billboard"><div id="div-gpt-ad-\(index)">ADVERTISEMENT</div></div>
            <div class="container"><div class="column-8"><article class="detail"><div class="detail__header">
            <h1 class="detail__title">\(title)</h1><div class="detail__author">Reporter \(index % 97) - Warta Contoh</div>
            <div class="detail__date"><time datetime="\(iso)">\(day) \(Self.months[month - 1]) 2024 \(hour):\(minute) WIB</time></div></div>
            <figure class="detail__media"><img src="/foto/\(index).jpg" alt="foto"><figcaption>\(person) memberikan keterangan di \(place). (Foto: Dok. Warta Contoh)</figcaption></figure>
            <div class="detail__body-text">
            """
        let paragraphs = 8 + next(9)
        for k in 0..<paragraphs {
            var text = (0..<(1 + next(3))).map { _ in sentence() }.joined(separator: " ")
            if k == 0 { text = "<strong>\(place.uppercased()), Warta Contoh</strong> - " + text }
            html += "<p>\(text)</p>\n"
            if k == 2 { html += "<p><strong>Baca juga: <a href=\"/b/\(index)\">\(pick(Self.people)) Tinjau Proyek di \(pick(Self.places))</a></strong></p>\n" }
            if k == paragraphs / 2 { html += "<div class=\"ads ads-inarticle\"><span>ADVERTISEMENT</span><script>googletag.display('x');</script></div>\n" }
        }
        html += """
            </div><div class="detail__tags"><a href="/tag/a">\(topic)</a><a href="/tag/b">\(place)</a></div>
            <div class="detail__share"><span>Bagikan</span><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a></div>
            </article><div class="related-box"><h3>Berita Terkait</h3><ul>
            """
        for _ in 0..<5 { html += "<li><a href=\"/r/\(next(99999))\">\(pick(Self.people)) Kunjungi \(pick(Self.places)) Bahas \(pick(Self.topics))</a></li>" }
        html += "</ul></div><div id=\"komentar\" class=\"comment\"><h3>Komentar</h3>"
        for c in 0..<3 { html += "<div class=\"comment__item\"><b>pembaca\(c)</b><p>Semoga \(pick(Self.topics)) di \(pick(Self.places)) segera membaik.</p></div>" }
        html += "</div></div><aside class=\"sidebar\"><h3>Terpopuler</h3><ol>"
        for _ in 0..<5 { html += "<li><a href=\"/p/\(next(99999))\">\(pick(Self.orgs)) Umumkan Kebijakan \(pick(Self.topics))</a></li>" }
        html += "</ol></aside></div><footer class=\"footer\"><p>Copyright 2024 Warta Contoh. All rights reserved.</p><a href=\"/redaksi\">Redaksi</a> <a href=\"/pedoman\">Pedoman Media Siber</a></footer></body></html>\n"
        return html
    }

    /// `count` pages from a fixed seed.
    static func make(count: Int) -> [String] {
        var generator = GeneratedPages()
        return (0..<count).map { generator.page($0) }
    }
}
