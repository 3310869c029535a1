// Entity recognition plus linking throughput, and knowledge-base load time.
// "EntityExtractor.extract 1 MB": ~1 MB of generated Indonesian news in ~3 KB articles per iteration,
// so MB/s = 1.0 / (wall clock per iteration in seconds). Tokenising and sentence splitting are included.
import Benchmark
import LinimasaCore
import LinimasaExtract
import LinimasaIndonesian

extension IndonesianPack: @retroactive ResourceProviding {}

/// Templated news sentences with varied names, titles, places and dates (no corpus text).
func makeArticles(bytes target: Int) -> [Article] {
    let weekdays = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    let months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September"]
    let leaders = [
        "Presiden Rusia Vladimir Putin", "Pemimpin Korea Utara Kim Jong Un", "Presiden AS Joe Biden",
        "Perdana Menteri Jepang Fumio Kishida", "Presiden Prabowo Subianto", "Menteri Luar Negeri Retno Marsudi",
    ]
    let short = ["Putin", "Kim", "Biden", "Kishida", "Prabowo", "Retno"]
    let unknown = ["Budi Santoso", "Siti Rahmawati", "Agus Wibowo", "Dewi Lestari", "Andi Saputra", "Rina Marlina"]
    let places = ["Jakarta", "Surabaya", "Pyongyang", "Seoul", "Moskow", "Kyiv", "Vladivostok", "Makassar"]
    let orgs = [
        "Kementerian Keuangan", "Bank Indonesia", "KPK", "Badan Pusat Statistik", "Universitas Gadjah Mada",
        "Kementerian Perdagangan Jepang", "Partai Golkar", "DPR",
    ]
    var articles: [Article] = []
    var total = 0
    var k = 0
    while total < target {
        var body = ""
        body.reserveCapacity(3300)
        while body.utf8.count < 3000 {
            let i = k % 6
            switch k % 7 {
            case 0:
                body +=
                    "\(leaders[i]) mengatakan hal itu di \(places[k % 8]), \(weekdays[k % 7]) (\(k % 28 + 1)/\(k % 12 + 1)/2024). "
            case 1:
                body +=
                    "Menurut \(short[i]), kerja sama dengan \(orgs[k % 8]) akan diperluas sejak \(k % 28 + 1) \(months[k % 9]) 2024. "
            case 2:
                body += "Namun, pengamat \(unknown[k % 6]) dari \(orgs[(k + 3) % 8]) menilai langkah itu terlambat.\n\n"
            case 3:
                body +=
                    "Sementara itu, Presiden AS dan Menteri Pertahanan Rusia belum memberi tanggapan, seperti dikutip kantor berita AFP. "
            case 4:
                body +=
                    "Direktur Yayasan Mitra \(k % 50), \(unknown[(k + 1) % 6]), mengatakan bantuan Rp \(k % 90 + 1) juta sudah disalurkan ke Korea Utara-Rusia. "
            case 5:
                body +=
                    "Selama kunjungan itu, \(short[(k + 2) % 6]) juga bertemu para pejabat di Semenanjung Korea dan Timur Tengah.\n\n"
            default:
                body += "Hubungan kedua negara disebut \"semakin erat\" oleh media pemerintah KCNA dan Yonhap News. "
            }
            k += 1
        }
        total += body.utf8.count
        articles.append(Article(source: "bench-\(articles.count)", body: body))
    }
    return articles
}

let benchmarks: @Sendable () -> Void = {
    let pack = try! IndonesianPack()  // the bundled pack always loads
    let kb = try! KnowledgeBase(pack: pack)  // the bundled knowledge base always loads
    let extractor = EntityExtractor(pack: pack, knowledgeBase: kb)
    let articles = makeArticles(bytes: 1_000_000)
    let reference = ReferenceDate(date: CalendarDate(year: 2024, month: 11, day: 18)!, source: .given)

    Benchmark(
        "EntityExtractor.extract 1 MB",
        configuration: .init(
            metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
            maxDuration: .seconds(10)
        )
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            for article in articles { blackHole(extractor.extract(article, reference: reference)) }
        }
    }

    Benchmark(
        "KnowledgeBase.init (bundled files)",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(10))
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try! KnowledgeBase(pack: pack))
        }
    }
}
