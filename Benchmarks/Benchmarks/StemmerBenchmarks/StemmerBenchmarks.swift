import Benchmark
import LinimasaCore
import LinimasaIndonesian

/// Stemming news-like tokens: 200,000 words drawn with a Zipf-like skew from
/// function words, roots and affixed forms built in code (no files).
/// Words/s is the token count (printed once) divided by one iteration's wall-clock time.
let benchmarks: @Sendable () -> Void = {
    let tokens = StemmerCorpus.make(count: 200_000)
    let distinct = Set(tokens).count
    print("StemmerBenchmarks corpus: \(tokens.count) tokens, \(distinct) distinct")
    let pack = try! IndonesianPack()  // bundled data; a failure is a packaging bug
    let uncached = try! Stemmer(
        rootWords: pack.resourceText("stemmer/root-words.txt"),
        affixes: pack.lexicon("stemmer-affixes"),
        cacheCapacity: 0
    )
    for token in tokens.prefix(1_000) { _ = pack.stem(token) }  // warm the pack's cache a little

    Benchmark(
        "stem 200k tokens (pack, cached)",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(20), maxIterations: 10)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            var bytes = 0
            for token in tokens { bytes &+= pack.stem(token).utf8.count }
            blackHole(bytes)
        }
    }

    Benchmark(
        "stem 200k tokens (no cache)",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(20), maxIterations: 5)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            var bytes = 0
            for token in tokens { bytes &+= uncached.stem(token).utf8.count }
            blackHole(bytes)
        }
    }

    let distinctWords = Array(Set(tokens)).sorted()
    Benchmark(
        "stem \(distinctWords.count) distinct words (no cache)",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(20), maxIterations: 5)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            var bytes = 0
            for word in distinctWords { bytes &+= uncached.stem(word).utf8.count }
            blackHole(bytes)
        }
    }
}

/// Generates lowercase news-like tokens with a skewed frequency.
enum StemmerCorpus {
    static let functionWords = [
        "yang", "dan", "di", "ke", "dari", "itu", "dengan", "untuk", "pada", "ini", "dalam", "tidak", "akan",
        "juga", "oleh", "sebagai", "telah", "karena", "tersebut", "bahwa", "para", "atau", "kata", "ada", "saat",
    ]
    static let roots = [
        "kunjung", "serang", "temu", "kuat", "kirim", "luncur", "sahabat", "perintah", "seru", "nyata", "aman",
        "ekonomi", "pusat", "tingkat", "pasok", "tuduh", "kecam", "menang", "merdeka", "tahan", "bangun", "jual",
        "beli", "bantu", "lapor", "ungkap", "jelas", "sepakat", "janji", "runding", "dukung", "tolak", "tangkap",
        "selidik", "tembak", "bunuh", "ledak", "rusak", "bakar", "ungsi", "kembang", "tumbuh", "turun", "naik",
        "pilih", "calon", "kalah", "atur", "bicara", "bahas", "kerja", "dagang", "didik", "sehat", "obat", "rawat",
        "hidup", "pimpin", "urus", "awas", "periksa", "pantau", "teliti", "guna", "terap", "laksana", "tempat",
    ]
    static let patterns: [(String, String)] = [
        ("", ""), ("me", ""), ("me", "kan"), ("me", "i"), ("di", ""), ("di", "kan"), ("di", "i"), ("pe", "an"),
        ("per", "an"), ("ke", "an"), ("ber", ""), ("ter", ""), ("", "an"), ("", "nya"), ("memper", ""),
        ("", "-"),
    ]

    static func make(count: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var out: [String] = []
        out.reserveCapacity(count)
        while out.count < count {
            // About 45% function words, the rest derived forms; both skewed toward the head of the list.
            if next() % 100 < 45 {
                out.append(functionWords[min(next() % functionWords.count, next() % functionWords.count)])
                continue
            }
            let root = roots[min(next() % roots.count, next() % roots.count)]
            let (prefix, suffix) = patterns[next() % patterns.count]
            out.append(derive(prefix: prefix, root: root, suffix: suffix))
        }
        return out
    }

    /// Applies a prefix with its sound change (meN-, peN-) and a suffix; `-` makes a reduplication.
    static func derive(prefix: String, root: String, suffix: String) -> String {
        if suffix == "-" { return root + "-" + root }
        let first = root.first!  // roots are non-empty literals
        var stem = root
        if prefix == "me" || prefix == "pe" {
            switch first {
            case "a", "e", "i", "o", "u", "g", "h": stem = "ng" + root
            case "k": stem = "ng" + root.dropFirst()
            case "b", "f", "v": stem = "m" + root
            case "p": stem = "m" + root.dropFirst()
            case "c", "d", "j", "z": stem = "n" + root
            case "t": stem = "n" + root.dropFirst()
            case "s": stem = "ny" + root.dropFirst()
            default: break
            }
        }
        return prefix + stem + suffix
    }
}
