// Event extraction cost inside `analyze`, and timeline fusion over 100,000 event mentions.
// "Analyzer.analyze 200 KB" runs the whole pipeline (read, times, entities, quotes, events) on ~200 KB
// of generated news in ~3 KB articles; "Analyzer pipeline without events 200 KB" runs the same steps
// with the same extractors but no event step (AnalyzerConfiguration has no switch for it, so the
// steps are called one by one); "EventExtractor.extract 200 KB" runs only the event step on the
// same articles with the other extractors' output precomputed. The cost events add to analyze
// (issue 8: at most half) = extract / (analyze without events), cross-checked by
// (analyze - without events) / (analyze without events).
import Benchmark
import Linimasa
import LinimasaCluster
import LinimasaCore
import LinimasaExtract
import LinimasaIndonesian
import LinimasaText

/// Templated news paragraphs with varied leaders, places, dates and event verbs (no corpus text).
func makeTexts(bytes target: Int) -> [String] {
    let weekdays = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    let months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September"]
    let leaders = [
        "Presiden Rusia Vladimir Putin", "Pemimpin Korea Utara Kim Jong Un", "Presiden AS Joe Biden",
        "Presiden Prabowo Subianto", "Perdana Menteri Malaysia Anwar Ibrahim", "Presiden Prancis Emmanuel Macron",
    ]
    let short = ["Putin", "Kim", "Biden", "Prabowo", "Anwar", "Macron"]
    let places = ["Jakarta", "Pyongyang", "Seoul", "Moskow", "Vladivostok", "Kuala Lumpur", "Paris", "Tokyo"]
    let countries = ["Korea Utara", "Rusia", "Jepang", "Korea Selatan", "Amerika Serikat", "Ukraina"]
    var texts: [String] = []
    var total = 0
    var k = 0
    while total < target {
        var body = "Judul Berita Nomor \(texts.count)\n\n"
        while body.utf8.count < 3000 {
            let i = k % 6
            let j = (k + 1) % 6
            switch k % 8 {
            case 0:
                body += "\(leaders[i]) bertemu \(leaders[j]) di \(places[k % 8]), \(weekdays[k % 7]) (\(k % 28 + 1)/\(k % 9 + 1)/2024). "
            case 1:
                body += "Dalam pertemuan tersebut, kedua pemimpin sepakat memperluas kerja sama pertahanan. "
            case 2:
                body += "\"Kami tidak berniat menyerang siapa pun,\" kata \(short[i]), seperti dikutip kantor berita AFP.\n\n"
            case 3:
                body += "\(countries[i]) mengecam \(countries[j]) karena meluncurkan rudal balistik pada \(k % 28 + 1) \(months[k % 9]) 2024. "
            case 4:
                body += "Menurut \(short[j]), \(countries[i]) telah mengirimkan \(k % 90 + 1).000 tentara ke perbatasan. "
            case 5:
                body += "\(short[i]) akan mengunjungi \(places[(k + 3) % 8]) pekan depan jika situasi memungkinkan.\n\n"
            case 6:
                body += "Sebelumnya, \(short[j]) mengucapkan selamat ulang tahun kepada \(short[i]) melalui pesan resmi. "
            default:
                body += "Pengamat menilai hubungan kedua negara semakin erat sejak \(months[k % 9]) lalu.\n\n"
            }
            k += 1
        }
        total += body.utf8.count
        texts.append(body)
    }
    return texts
}

/// `count` mentions over `articles` articles: 12 event types, 40 actors, dates over three years,
/// a fifth with dates only from publication, a tenth syndicated copies.
func makeMentions(count: Int, articles: Int) -> [EventMention] {
    let types = [
        "MEET", "VISIT", "STATEMENT", "AGREEMENT", "DEPLOYMENT", "ARMS_TRANSFER", "MILITARY_ACTION",
        "WEAPONS_TEST", "THREAT", "ACCUSATION", "CONGRATULATION", "SANCTION",
    ]
    let actors = (0..<40).map { n in
        Event.Actor(id: "Q\(1000 + n)", name: "Actor \(n)", role: .source, affiliation: "Q\(100 + n % 8)")
    }
    let start = CalendarDate(year: 2022, month: 1, day: 1)!.daysSinceEpoch
    var mentions: [EventMention] = []
    mentions.reserveCapacity(count)
    for n in 0..<count {
        let day = CalendarDate(daysSinceEpoch: start + (n * 7919) % 1095)
        let precise = n % 5 != 0
        var target = actors[(n * 7 + 3) % 40]
        target.role = .target
        let date = n % 11 == 0 ? String(day.iso.prefix(7)) : day.iso
        let event = Event(
            type: types[n % 12],
            cameo: "04",
            date: date,
            time: precise ? "pada \(date)" : nil,
            actors: [actors[n % 40], target],
            place: nil,
            sentence: TextRange(start: 0, end: 80),
            trigger: TextRange(start: 10, end: 17),
            negated: false,
            modality: .asserted,
            reported: false,
            confidence: precise ? 0.9 : 0.5
        )
        let article = n % articles
        mentions.append(
            EventMention(
                event: event,
                article: "a\(article)",
                outlet: "Outlet \(article % 50)",
                published: day.adding(days: n % 3),
                sentence: "Kalimat ke-\(n).",
                duplicateOf: article % 10 == 9 ? "a\(article - 1)" : nil
            )
        )
    }
    return mentions
}

let benchmarks: @Sendable () -> Void = {
    let analyzer = try! Analyzer()  // the bundled pack and knowledge base always load
    let texts = makeTexts(bytes: 200_000)
    let inputs = texts.enumerated().map { n, text in (Array(text.utf8), "bench-\(n).txt") }
    // The other extractors' output, for the events-only run.
    let analyzed: [AnalyzedArticle] = inputs.compactMap { bytes, source in
        guard case .success(let result)? = analyzer.analyze(bytes: bytes, source: source).first?.result else { return nil }
        return result
    }
    let extractor = try! EventExtractor(pack: analyzer.pack, knowledgeBase: analyzer.knowledgeBase)  // bundled tables
    // The pipeline's other steps, built as `Analyzer.init` builds them.
    let tagger = try! TimeTagger(pack: analyzer.pack)  // bundled tables
    let reader = try! ArticleReader(pack: analyzer.pack, dates: tagger)  // bundled tables
    let linker = EntityExtractor(pack: analyzer.pack, knowledgeBase: analyzer.knowledgeBase)
    let quoter = try! QuoteExtractor(pack: analyzer.pack)  // bundled tables
    // The publication date `analyze` settles on (a dated lede when the text states none).
    let published = analyzed.map(\.article.published)
    let reference = ReferenceDate(date: CalendarDate(year: 2024, month: 11, day: 18)!, source: .given)
    let mentions = makeMentions(count: 100_000, articles: 25_000)

    Benchmark(
        "Analyzer.analyze 200 KB",
        configuration: .init(metrics: [.wallClock, .throughput, .mallocCountTotal], maxDuration: .seconds(10))
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            for (bytes, source) in inputs { blackHole(analyzer.analyze(bytes: bytes, source: source)) }
        }
    }

    Benchmark(
        "Analyzer pipeline without events 200 KB",
        configuration: .init(metrics: [.wallClock, .throughput, .mallocCountTotal], maxDuration: .seconds(10))
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            for (n, (bytes, source)) in inputs.enumerated() {
                for outcome in reader.read(bytes: bytes, source: source) {
                    guard case .success(var article) = outcome.result else { continue }
                    var found = tagger.tag(article.body, reference: ReferenceDate(article: article))
                    if article.published == nil, n < published.count, let lede = published[n] {
                        // `analyze` tags again once the lede has given the date.
                        article.published = lede
                        found = tagger.tag(article.body, reference: ReferenceDate(article: article))
                    }
                    let reference = ReferenceDate(article: article)
                    let linked = linker.extract(article, reference: reference)
                    blackHole((found, linked, quoter.extract(article, entities: linked)))
                }
            }
        }
    }

    Benchmark(
        "EventExtractor.extract 200 KB",
        configuration: .init(metrics: [.wallClock, .throughput, .mallocCountTotal], maxDuration: .seconds(10))
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            for item in analyzed {
                blackHole(
                    extractor.extract(
                        item.article,
                        times: item.times,
                        entities: item.entities,
                        quotes: item.quotes,
                        reference: reference
                    )
                )
            }
        }
    }

    Benchmark(
        "TimelineFuser.fuse 100k mentions",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident], maxDuration: .seconds(10))
    ) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(TimelineFuser().fuse(mentions)) }
    }

    let entries = TimelineFuser().fuse(mentions)
    Benchmark(
        "TimelineQuery entity over fused 100k mentions",
        configuration: .init(metrics: [.wallClock], maxDuration: .seconds(5))
    ) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(TimelineQuery(entity: "Actor 7").apply(to: entries)) }
    }
}
