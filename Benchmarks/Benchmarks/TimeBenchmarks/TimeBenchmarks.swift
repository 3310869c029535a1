// Time tagger throughput: tags ~1 MB of generated Indonesian news text per iteration.
// MB/s = 1.0 / (wall clock per iteration in seconds); the input size is printed in the benchmark name.
import Benchmark
import LinimasaCore
import LinimasaExtract
import LinimasaIndonesian

/// Templated news sentences with varied numbers, names and dates (no corpus text).
func makeNewsText(bytes target: Int) -> String {
    let weekdays = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    let months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
    let people = ["Menteri Luar Negeri", "Juru bicara kepolisian", "Gubernur", "Ketua DPR", "Direktur utama"]
    let places = ["Jakarta", "Surabaya", "Makassar", "Medan", "Pyongyang", "Seoul"]
    var text = ""
    text.reserveCapacity(target + 400)
    var k = 0
    while text.utf8.count < target {
        let d = k % 28 + 1
        let m = k % 12
        let y = 2010 + k % 15
        let w = weekdays[k % 7]
        switch k % 6 {
        case 0:
            text += "\(people[k % 5]) mengatakan hal itu di \(places[k % 6]), \(w) (\(d)/\(m + 1)/\(y)), kepada wartawan. "
        case 1:
            text += "Sebanyak \(1000 + k % 9000) warga mengungsi sejak \(d) \(months[m]) \(y) dan bantuan Rp \(k % 90 + 1) juta disalurkan. "
        case 2:
            text += "Rapat lanjutan digelar pekan lalu, sementara keputusan akhir diharapkan keluar bulan depan pukul \(k % 24).00 WIB. "
        case 3:
            text += "Menurut laporan itu, produksi naik \(k % 9),\(k % 10) persen dalam \(k % 12 + 2) tahun terakhir di wilayah \(places[(k + 2) % 6]). "
        case 4:
            text += "Pada \(w) lalu, tim gabungan memeriksa \(k % 40 + 3) saksi, namun hasilnya belum diumumkan hingga kini.\n\n"
        default:
            text += "Kerja sama itu sudah berjalan selama tiga bulan dan akan dievaluasi pada awal tahun depan oleh kedua pihak. "
        }
        k += 1
    }
    return text
}

let benchmarks: @Sendable () -> Void = {
    let tagger = try! TimeTagger(pack: IndonesianPack())  // the bundled pack always loads
    let text = makeNewsText(bytes: 1_000_000)
    let reference = ReferenceDate(date: CalendarDate(year: 2024, month: 11, day: 18)!, source: .given)

    Benchmark(
        "TimeTagger.tag 1 MB",
        configuration: .init(metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident], maxDuration: .seconds(10))
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(tagger.tag(text, reference: reference))
        }
    }

    Benchmark("TimeTagger.publishedDate(inLine:)", configuration: .init(metrics: [.wallClock, .throughput])) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(tagger.publishedDate(inLine: "Senin, 18 November 2024 10:15 WIB"))
        }
    }
}
