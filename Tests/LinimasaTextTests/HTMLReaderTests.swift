import Foundation
import LinimasaCore
import LinimasaTestSupport
import Testing

@testable import LinimasaText

/// Reads ISO 8601 `YYYY-MM-DD[THH:MM[:SS][±HH:MM]]` and nothing else, so HTML tests do not depend on the date grammar.
struct ISODates: DateLineParsing {
    func publishedDate(inLine line: String) -> PublishedDate? {
        let b = Array(line.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var value = 0
            for byte in b[from..<(from + count)] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard b.count >= 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), let year = number(0, 4),
            let month = number(5, 2), let day = number(8, 2), let date = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        if b.count == 10 { return PublishedDate(date: date, source: .stated) }
        guard b[10] == UInt8(ascii: "T"), b.count >= 16, b[13] == UInt8(ascii: ":"), let hour = number(11, 2),
            let minute = number(14, 2)
        else { return nil }
        var i = 16
        if i < b.count, b[i] == UInt8(ascii: ":") {
            guard number(17, 2) != nil else { return nil }
            i = 19
        }
        var offset: Int? = nil
        if i < b.count {
            guard b.count == i + 6, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"), b[i + 3] == UInt8(ascii: ":"),
                let h = number(i + 1, 2), let m = number(i + 4, 2)
            else { return nil }
            offset = (h * 60 + m) * (b[i] == UInt8(ascii: "-") ? -1 : 1)
        }
        return PublishedDate(date: date, minuteOfDay: hour * 60 + minute, utcOffsetMinutes: offset, source: .lede)
    }
}

struct HTMLReaderTests {
    let reader = HTMLReader(dates: ISODates())

    func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/html/\(name)", withExtension: "html"))
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    func draft(_ name: String) throws -> ArticleDraft {
        try reader.draft(html: try fixture(name), source: "\(name).html")
    }

    /// Text that must never reach the paragraphs of a fixture: navigation, related links, comments, ads, tags, share bars.
    static let furniture = [
        "Beranda", "Berita Terkait", "Terpopuler", "Komentar", "ADVERTISEMENT", "Advertisement", "Bagikan", "Facebook",
        "Copyright", "Tentang Kami", "Rekomendasi", "detikFinance", "Tags:", "Berita Lainnya", "Masuk", "Simak Video",
        "What a sight", "Kirim Komentar", "Tulis komentar", "Setiap tahun begini", "Pedoman Media Siber",
    ]

    func expectNoFurniture(_ draft: ArticleDraft) {
        for paragraph in draft.paragraphs {
            for word in HTMLReaderTests.furniture {
                #expect(!paragraph.contains(word), "'\(word)' reached the paragraphs of \(draft.source): \(paragraph)")
            }
        }
    }

    @Test func kompasLikePage() throws {
        let draft = try draft("kompas-like")
        #expect(draft.title == "Banjir Rob Genangi Pesisir Semarang, Warga Mengungsi ke Balai Desa")
        // og:site_name says `KOMPAS.com`; the <title> suffix spells it `Kompas.com`.
        #expect(draft.outlet == "Kompas.com")
        #expect(draft.published?.iso == "2024-12-03T09:15+07:00")
        #expect(draft.published?.source == .stated)
        #expect(draft.authors == ["Rini Kusumawardani", "Agus Setiadi"])
        #expect(draft.mayHaveFrontMatter == false)
        #expect(
            draft.paragraphs == [
                "SEMARANG, KOMPAS.com - Banjir rob kembali menggenangi permukiman di pesisir utara Semarang, Jawa Tengah, sejak Senin (2/12/2024) malam. Ketinggian air di beberapa gang mencapai 60 sentimeter.",
                "Sedikitnya 140 keluarga di Kelurahan Tanjung Mas memilih mengungsi ke balai desa karena air masuk ke dalam rumah mereka.",
                "\"Airnya naik cepat sekali sekitar pukul 22.00, kami belum sempat mengangkat kasur,\" kata Sutini (54), salah seorang warga, saat ditemui di lokasi pengungsian.",
                "Kepala Pelaksana BPBD Kota Semarang, Bambang Hartono, mengatakan pihaknya telah menyiagakan enam pompa air di titik terdampak.",
                "Menurut dia, rob dipicu oleh pasang air laut maksimum yang bertepatan dengan fase bulan baru.",
                "Bantuan logistik",
                "Pemerintah kota juga mengirimkan bantuan berupa 500 paket makanan siap saji, selimut, dan air bersih ke balai desa.",
                "Bantuan tambahan akan disalurkan bila genangan belum surut hingga Kamis.",
            ])
        expectNoFurniture(draft)
        let caption = "Warga melintasi genangan rob di Kelurahan Tanjung Mas, Semarang, Selasa (3/12/2024). KOMPAS.com/RINI KUSUMAWARDANI"
        #expect(draft.boilerplate.contains(BoilerplateLine(caption, reason: .caption)))
        #expect(draft.boilerplate.contains(BoilerplateLine("Berita Terkait", reason: .pageFurniture)))
        #expect(draft.boilerplate.contains(BoilerplateLine("Baca juga: Rob Rendam Jalur Pantura Demak, Kendaraan Dialihkan", reason: .pageFurniture)))
        // Script and style text is never reported.
        #expect(!draft.boilerplate.contains { $0.text.contains("kmpAds") || $0.text.contains("margin") })
        // The meta description is not body text.
        #expect(!draft.paragraphs.contains { $0.contains("Ringkasan ini") })
        // Reported lines are unique.
        #expect(Set(draft.boilerplate.map(\.text)).count == draft.boilerplate.count)
    }

    @Test func detikLikePage() throws {
        let draft = try draft("detik-like")
        // No og:title: the <title> without the suffix that follows the h1.
        #expect(draft.title == "Harga Pertalite Tetap, Antrean di SPBU Bandung Mulai Normal")
        #expect(draft.outlet == "detikcom")
        // `2025/03/04 08:30:00` read in its ISO form.
        #expect(draft.published?.iso == "2025-03-04T08:30")
        #expect(draft.authors == ["Dewi Anggraeni"])
        #expect(
            draft.paragraphs == [
                "Bandung - Antrean kendaraan di sejumlah SPBU di Kota Bandung mulai berkurang pada Selasa (4/3/2025) pagi. Sehari sebelumnya, antrean sempat mengular hingga ke badan jalan.",
                "Pengelola SPBU di Jalan Soekarno-Hatta, Yusuf Maulana, menyebut pasokan dari depot sudah kembali lancar sejak Senin malam.",
                "“Kemarin truk tangki terlambat dua jam karena ada perbaikan jalan. Sekarang sudah normal lagi,” ujar Yusuf kepada detikJabar.",
                "Pemerintah memastikan harga Pertalite tetap Rp 10.000 per liter hingga akhir bulan ini.",
                "Sementara itu, Dinas Perhubungan Kota Bandung mengerahkan petugas untuk mengatur arus lalu lintas di sekitar SPBU yang padat.",
                "Warga diminta tidak membeli BBM secara berlebihan karena stok dipastikan cukup.",
            ])
        expectNoFurniture(draft)
        #expect(!draft.paragraphs.contains { $0.contains("Baca juga") })
        #expect(
            draft.boilerplate.contains(
                BoilerplateLine(
                    "Kendaraan mengantre di SPBU Jalan Soekarno-Hatta, Bandung. (Foto: Dewi Anggraeni/detikcom)",
                    reason: .caption)))
        #expect(draft.boilerplate.contains(BoilerplateLine("Dewi Anggraeni - detikNews", reason: .byline)))
        #expect(draft.boilerplate.contains(BoilerplateLine("Selasa, 04 Mar 2025 08:30 WIB", reason: .dateLine)))
    }

    @Test func tribunLikePage() throws {
        let draft = try draft("tribun-like")
        #expect(draft.title == "Jembatan Gantung di Garut Putus, Puluhan Pelajar Terpaksa Menyeberang Sungai")
        #expect(draft.outlet == "Tribunjabar.id")
        // `2024-11-18T10:05:27.000Z`: fractional seconds dropped, Z as +00:00.
        #expect(draft.published?.iso == "2024-11-18T10:05+00:00")
        #expect(draft.authors == ["Hendra Gunawan"])
        #expect(
            draft.paragraphs == [
                "TRIBUNJABAR.ID, GARUT - Jembatan gantung yang menghubungkan Desa Sukamulya dan Desa Cikajang di Kabupaten Garut putus setelah diterjang arus sungai yang meluap, Minggu (17/11/2024) sore.",
                "Akibatnya, sekitar 45 pelajar sekolah dasar harus menyeberangi sungai dengan berpegangan pada tali untuk pergi ke sekolah.",
                "Kepala desa Sukamulya, Ujang Supriatna, mengatakan jembatan tersebut dibangun secara swadaya oleh warga pada 2015.",
                "\"Kami sudah mengajukan perbaikan ke pemerintah kabupaten sejak tahun lalu, tapi belum ada jawaban,\" kata Ujang.",
                "Badan Penanggulangan Bencana Daerah (BPBD) Garut berencana memasang jembatan darurat dalam waktu dekat.",
                "Panjang jembatan yang putus sekitar 30 meter.",
                "Tidak ada korban jiwa dalam kejadian itu.",
                "Untuk sementara, warga menggunakan rakit bambu yang dijaga oleh relawan.",
                // Pattern boilerplate is the cleaner's business, not the reader's.
                "Artikel ini telah tayang di TribunJabar.id dengan judul Jembatan Gantung di Garut Putus",
            ])
        expectNoFurniture(draft)
        #expect(draft.boilerplate.contains(BoilerplateLine("Penulis: Hendra Gunawan | Editor: Siti Rahmah", reason: .byline)))
        #expect(draft.boilerplate.contains(BoilerplateLine("Senin, 18 November 2024 17:05 WIB", reason: .dateLine)))
    }

    @Test func cnnIndonesiaLikePage() throws {
        let draft = try draft("cnnindonesia-like")
        #expect(draft.title == "Festival Layang-layang Sanur Diikuti Peserta dari 12 Negara")
        #expect(draft.outlet == "CNN Indonesia")
        #expect(draft.published?.iso == "2024-07-21T14:40+08:00")
        // The only credits name the outlet, which is not an author.
        #expect(draft.authors == [])
        #expect(
            draft.paragraphs == [
                "Jakarta, CNN Indonesia -- Ratusan layang-layang tradisional Bali memenuhi langit Pantai Padang Galak, Sanur, pada Minggu (21/7) dalam festival tahunan yang tahun ini diikuti peserta dari 12 negara.",
                "Panitia mencatat lebih dari 600 layang-layang terdaftar, mulai dari jenis bebean, janggan, hingga pecukan yang berukuran hingga sepuluh meter.",
                "“Angin bagus sejak pagi, jadi hampir semua layangan bisa naik dengan mulus,” kata ketua panitia, I Ketut Darma.",
                "Peserta mancanegara",
                "Peserta asing datang antara lain dari Jepang, Malaysia, Belanda, dan Australia. Sebagian besar membawa layang-layang khas negara masing-masing.",
                "Festival ini juga menjadi ajang promosi wisata di luar musim liburan sekolah.",
                "(wir/asr)",
            ])
        expectNoFurniture(draft)
        #expect(!draft.paragraphs.contains { $0.contains("Komentar HTML") })
        #expect(
            draft.boilerplate.contains(
                BoilerplateLine(
                    "Layang-layang raksasa berbentuk naga diterbangkan di Pantai Padang Galak, Sanur. (CNN Indonesia/Made Wirawan)",
                    reason: .caption)))
    }

    @Test func pageWithoutArticleText() throws {
        let html = try fixture("no-article")
        let error = #expect(throws: LinimasaError.self) { try reader.draft(html: html, source: "indeks.html") }
        #expect(error?.code == .invalidInput)
        #expect(
            error?.message
                == "no article text in 'indeks.html': the page has only navigation, link lists or page furniture; pass the article page itself, or its text as a .txt file"
        )
    }

    @Test(arguments: ["", "   ", "<html></html>", "<p></p>", "<!-- x -->", "<script>var a = '<p>teks</p>';</script>"])
    func emptyPagesThrow(html: String) {
        #expect(throws: LinimasaError.self) { try reader.draft(html: html, source: "x.html") }
    }

    @Test(arguments: [
        ("<p>Satu <b>dua</b><i>tiga</i> empat</p>", ["Satu duatiga empat"]),
        ("<p>Kata <a href='#'>tautan</a>, lalu  titik .</p><p>Berikutnya di sini.</p>", ["Kata tautan, lalu titik .", "Berikutnya di sini."]),
        ("<div>Baris pertama yang cukup panjang.<br><br>Baris kedua yang juga panjang.<br>Baris ketiga.</div>", ["Baris pertama yang cukup panjang.", "Baris kedua yang juga panjang.", "Baris ketiga."]),
        ("<p>Harga&nbsp;naik &amp; turun&#8230; lagi</p>", ["Harga naik & turun… lagi"]),
        ("<p>Teks <span>dalam</span><span> span</span> dan <em>miring</em>.</p><ul><li>Butir satu</li><li>Butir <strong>dua</strong></li></ul>", ["Teks dalam span dan miring.", "Butir satu", "Butir dua"]),
        ("<article><h2>Subjudul</h2><p>Isi paragraf yang menjelaskan subjudul.</p><blockquote><p>Kutipan dalam blok.</p></blockquote></article>", ["Subjudul", "Isi paragraf yang menjelaskan subjudul.", "Kutipan dalam blok."]),
        ("<table><tr><td>Kota</td><td>Suhu</td></tr><tr><td>Jakarta</td><td>31 derajat</td></tr></table>", ["Kota Suhu", "Jakarta 31 derajat"]),
    ])
    func blockText(html: String, expected: [String]) throws {
        #expect(try reader.draft(html: html, source: "x.html").paragraphs == expected)
    }

    @Test func titleSuffixIsCutWhenItNamesTheOutlet() throws {
        let html = """
            <html><head><title>Gempa Kecil Guncang Cianjur | Warta Kita</title>
            <meta property="og:site_name" content="WartaKita"></head>
            <body><p>Gempa berkekuatan kecil mengguncang Cianjur pada Rabu pagi tanpa menimbulkan kerusakan.</p></body></html>
            """
        let draft = try reader.draft(html: html, source: "x.html")
        #expect(draft.title == "Gempa Kecil Guncang Cianjur")
        #expect(draft.outlet == "WartaKita")
        #expect(draft.published == nil)
    }

    @Test func titleWithoutKnownOutletIsKept() throws {
        let html = "<title>Tanya - Jawab Soal Pajak</title><p>Isi artikel tentang pajak kendaraan bermotor tahun ini.</p>"
        #expect(try reader.draft(html: html, source: "x.html").title == "Tanya - Jawab Soal Pajak")
    }

    @Test func metaAuthorsAndTimeElement() throws {
        let html = """
            <html><head><meta name="author" content="Budi Santoso, Wati Lestari dan Joko Purnomo">
            <meta property="article:author" content="https://www.facebook.invalid/wartakita"></head>
            <body><article><time datetime="2024-02-14">Rabu, 14 Februari 2024</time>
            <p>Pemungutan suara berlangsung lancar di sebagian besar tempat pemungutan suara di kota ini.</p></article></body></html>
            """
        let draft = try reader.draft(html: html, source: "x.html")
        #expect(draft.authors == ["Budi Santoso", "Wati Lestari", "Joko Purnomo"])
        #expect(draft.published?.iso == "2024-02-14")
        #expect(draft.published?.source == .stated)
        #expect(draft.paragraphs == ["Pemungutan suara berlangsung lancar di sebagian besar tempat pemungutan suara di kota ini."])
        #expect(draft.boilerplate == [BoilerplateLine("Rabu, 14 Februari 2024", reason: .dateLine)])
    }

    @Test func standfirstAndBylineClasses() throws {
        let html = """
            <div class="detail-in"><h1 class="title">Panen Raya Padi di Karawang Lebih Awal</h1>
            <p class="subtitle">Petani di Karawang memulai panen raya dua pekan lebih awal dari jadwal karena cuaca yang mendukung.</p>
            <div class="penulis">Penulis: Ani Wijaya | Editor: Rudi Hartanto</div>
            <div class="detail-konten">
            <p>Petani di Kabupaten Karawang, Jawa Barat, mulai memanen padi pada awal pekan ini, lebih cepat dari perkiraan dinas pertanian.</p>
            <p>Hasil panen diperkirakan mencapai tujuh ton gabah kering per hektare, naik dibandingkan musim lalu.</p>
            </div></div>
            """
        let draft = try reader.draft(html: html, source: "x.html")
        #expect(draft.title == "Panen Raya Padi di Karawang Lebih Awal")
        #expect(draft.authors == ["Ani Wijaya"])
        #expect(
            draft.paragraphs == [
                "Petani di Kabupaten Karawang, Jawa Barat, mulai memanen padi pada awal pekan ini, lebih cepat dari perkiraan dinas pertanian.",
                "Hasil panen diperkirakan mencapai tujuh ton gabah kering per hektare, naik dibandingkan musim lalu.",
            ])
        #expect(
            draft.boilerplate == [
                BoilerplateLine("Panen Raya Padi di Karawang Lebih Awal", reason: .title),
                BoilerplateLine(
                    "Petani di Karawang memulai panen raya dua pekan lebih awal dari jadwal karena cuaca yang mendukung.",
                    reason: .summary),
                BoilerplateLine("Penulis: Ani Wijaya | Editor: Rudi Hartanto", reason: .byline),
            ])
    }

    /// Title, outlet and publication date of the sample corpus's HTML pages against `Samples/gold.json`.
    @Test func samplesAgreeWithGold() throws {
        let articles = Corpus.samples.appendingPathComponent("articles")
        let goldURL = Corpus.samples.appendingPathComponent("gold.json")
        guard FileManager.default.fileExists(atPath: goldURL.path) else { return }
        let gold = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: goldURL)) as? [String: Any])
        let names = try FileManager.default.contentsOfDirectory(atPath: articles.path).filter { $0.hasSuffix(".html") }
        for name in names.sorted() {
            let key = String(name.dropLast(5))
            guard let entry = gold[key] as? [String: Any] else { continue }
            let draft = try reader.draft(html: try Corpus.text(articles.appendingPathComponent(name)), source: name)
            #expect(draft.title == entry["title"] as? String, "title of \(name)")
            if let outlet = entry["outlet"] as? String {
                #expect(draft.outlet == outlet, "outlet of \(name)")
            }
            if let published = entry["published"] as? String, entry["published_from"] as? String == "stated" {
                #expect(draft.published?.date.iso == published, "published of \(name)")
            }
            #expect(draft.paragraphs.count >= 5, "paragraphs of \(name)")
            for line in entry["boilerplate"] as? [String] ?? [] where line.utf8.count > 40 {
                #expect(!draft.paragraphs.contains(line), "boilerplate line kept in \(name): \(line)")
            }
        }
    }

    /// Body text split over sibling containers (pages, ad breaks) is read whole; a sibling link list is not.
    @Test func siblingContainersJoin() throws {
        let html = """
            <main><div class="page">
            <div class="content-part"><p>Bagian pertama laporan, yang panjang, menjelaskan latar belakang, kronologi, dan pihak terlibat.</p>
            <p>Kalimat kedua bagian pertama juga cukup panjang, berisi keterangan saksi, polisi, dan warga sekitar.</p></div>
            <div class="iklan">Iklan</div>
            <div class="content-part"><p>Bagian kedua laporan, setelah jeda iklan, memuat tanggapan pemerintah, rencana, dan anggaran.</p>
            <p>Kalimat terakhir bagian kedua menutup laporan, dengan harapan, imbauan, dan jadwal berikutnya.</p></div>
            <div class="more"><ul><li><a href="/1">Berita lain yang tidak terkait sama sekali dengan laporan ini</a></li>
            <li><a href="/2">Satu lagi judul berita lain yang hanya berupa tautan saja</a></li></ul></div>
            </div></main>
            """
        let draft = try reader.draft(html: html, source: "x.html")
        #expect(draft.paragraphs.count == 4)
        #expect(draft.paragraphs.last?.hasPrefix("Kalimat terakhir bagian kedua") == true)
        #expect(draft.boilerplate.map(\.text).contains("Iklan"))
    }

    @Test func linkedDataVariants() {
        let graph = #"{"@graph":[{"@type":"WebPage"},{"@type":["ReportageNewsArticle"],"headline":"Caf\u00e9 \"Kopi\" &amp; Teh \ud83d\ude00","author":[{"@type":"Person","name":"Ani"},"Budi dan Citra"],"publisher":"Warta","datePublished":"2024-01-02","wordCount":512,"isFree":true,"x":null}]}"#
        let data = HTMLMetadata.linkedData(graph)
        #expect(data?.headline == "Café \"Kopi\" & Teh 😀")
        #expect(data?.authors == ["Ani", "Budi", "Citra"])
        #expect(data?.publisher == "Warta")
        #expect(data?.datePublished == "2024-01-02")
        #expect(HTMLMetadata.linkedData(#"{"@type":"NewsArticle","headline":"a",}"#) == nil)
        #expect(HTMLMetadata.linkedData(#"{"@type":"Organization","name":"Warta"}"#) == nil)
        #expect(HTMLMetadata.linkedData(String(repeating: "[", count: 500)) == nil)
    }

    @Test func canonicalISO() {
        #expect(HTMLMetadata.canonicalISO("2024/10/21 16:42:10") == "2024-10-21T16:42:10")
        #expect(HTMLMetadata.canonicalISO("2024-10-21T16:42:10.123Z") == "2024-10-21T16:42:10+00:00")
        #expect(HTMLMetadata.canonicalISO("2024-10-21T16:42+0700") == "2024-10-21T16:42+07:00")
        #expect(HTMLMetadata.canonicalISO("2024-10-21") == "2024-10-21")
        #expect(HTMLMetadata.canonicalISO("21 Oktober 2024") == nil)
        #expect(HTMLMetadata.canonicalISO("2024-10-21T16") == nil)
    }

    /// Mangled, truncated and random markup never crashes the reader: it returns a draft or throws.
    @Test func survivesMangledMarkup() throws {
        var generator = SeededGenerator(seed: 0x5EED)
        let sources = try ["kompas-like", "detik-like", "tribun-like", "cnnindonesia-like"].map { Array(try fixture($0).utf8) }
        let pieces = ["<", ">", "</", "<p", "<div class='related'>", "&", "&amp", "&#", "&#x110000;", "\"", "'", "<!--",
            "-->", "<script>", "</script>", "<![CDATA[", "]]>", "<br>", "\u{0}", "\u{FFFD}", "é", "<a href=", "</a>",
            "<table><td>", "<svg><p>", "<meta property='og:title' content='", "<time datetime='2024-13-45T99:99'>"]
        for round in 0..<200 {
            var bytes = sources[round % sources.count]
            for _ in 0..<(1 + round % 20) {
                let at = Int.random(in: 0...bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes.insert(contentsOf: pieces.randomElement(using: &generator)!.utf8, at: at)
                case 1: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...200, using: &generator)))
                default: bytes = Array(bytes[..<at])
                }
            }
            let html = String(decoding: bytes, as: UTF8.self)
            do {
                let draft = try reader.draft(html: html, source: "fuzz.html")
                #expect(!draft.paragraphs.isEmpty)
                #expect(!draft.paragraphs.contains { $0.isEmpty || $0.hasPrefix(" ") || $0.hasSuffix(" ") })
            } catch let error as LinimasaError {
                #expect(error.code == .invalidInput)
            }
        }
        for _ in 0..<100 {
            let count = Int.random(in: 0..<400, using: &generator)
            let text = String((0..<count).map { _ in "<>/ap&;#=\"' x\n".randomElement(using: &generator)! })
            _ = try? reader.draft(html: text, source: "random.html")
        }
        // Deep nesting is walked without recursion; libxml2 itself gives up past its depth limit.
        let text = "<p>Teks yang terkubur sangat dalam di halaman ini.</p>"
        let deep = String(repeating: "<div>", count: 200) + text
        #expect(try reader.draft(html: deep, source: "deep.html").paragraphs == ["Teks yang terkubur sangat dalam di halaman ini."])
        _ = try? reader.draft(html: String(repeating: "<div><span>", count: 20_000) + text, source: "deeper.html")
    }
}
