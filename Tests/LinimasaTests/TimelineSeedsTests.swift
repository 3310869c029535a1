import Foundation
import Linimasa
import LinimasaCluster
import LinimasaCore
import LinimasaTestSupport
import Testing

/// Event extraction and timeline fusion end to end: the seeds' Kim Jong Un timeline, and the
/// sample corpus's gold events.
struct TimelineSeedsTests {
    /// Every seed analysed; seed 002 states no date of its own, so it is lent its story's date
    /// (2024-10-08) through `AnalyzerConfiguration.published`, as the story clusterer would.
    static let seeds: [(name: String, analyzed: AnalyzedArticle)] = {
        guard let shared = Corpus.shared else { return [] }
        let folder = shared.appendingPathComponent("seeds")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
        var result: [(String, AnalyzedArticle)] = []
        for name in names {
            var configuration = AnalyzerConfiguration()
            if name.hasPrefix("002_") { configuration.published = CalendarDate(year: 2024, month: 10, day: 8) }
            guard let analyzer = try? Analyzer(configuration: configuration) else { continue }
            for outcome in analyzer.analyze(paths: [folder.appendingPathComponent(name).path]) {
                if case .success(let analyzed) = outcome.result { result.append((String(name.prefix(3)), analyzed)) }
            }
        }
        return result
    }()

    /// The fused timeline of all seeds, narrowed to entries with Kim Jong Un among the actors.
    ///
    /// With `LINIMASA_EVENT_MISSES` set to a path, the timeline is also written to that path
    /// with `.seeds` appended, one entry per line with its sources, for people studying fusion.
    static let kimTimeline: [TimelineEntry] = {
        let mentions = seeds.flatMap { EventMention.mentions(of: $0.analyzed) }
        let timeline = TimelineQuery(entity: "Kim Jong Un").apply(to: TimelineFuser().fuse(mentions))
        if let path = ProcessInfo.processInfo.environment["LINIMASA_EVENT_MISSES"] {
            let lines = timeline.map { entry in
                let actors = entry.actors.map(\.name).joined(separator: ", ")
                let sources = entry.sources.map { "    \(seed($0.article) ?? "?") \($0.date ?? "nil") \($0.sentence)" }
                return (["\(entry.type) \(entry.date ?? "nil") [\(actors)] @\(entry.place?.name ?? "nil")"] + sources)
                    .joined(separator: "\n")
            }
            try? (lines.joined(separator: "\n") + "\n").write(
                toFile: path + ".seeds",
                atomically: true,
                encoding: .utf8
            )
        }
        return timeline
    }()

    /// Seed prefix of an article id.
    static func seed(_ article: String) -> String? { seeds.first { $0.analyzed.article.id == article }?.name }

    /// What the issue asks the seeds' Kim timeline to hold: a type family, the date, a place or
    /// actor that tells the entry apart, and the seeds that report it.
    @Test(arguments: [
        (["MEET", "VISIT"], "2019-04", "Vladivostok", ["000"]),
        (["MEET", "VISIT"], "2023-09-13", "Vladimir Putin", ["002", "003"]),
        (["MEET", "VISIT"], "2024-06-18", "Pyongyang", ["000", "002", "004"]),
        (["AGREEMENT"], "2024-06", "Russia", ["000", "002", "004"]),
        (["CONGRATULATION"], "2024-10", "Vladimir Putin", ["000", "002"]),
        (["STATEMENT"], "2024-11-15", "Kim Jong Un", ["001"]),
        (["MEET", "VISIT"], "2024-11-29", "Andrei Belousov", ["004"]),
    ])
    func kimTimelineHas(types: [String], date: String, clue: String, sources: [String]) throws {
        try #require(!Self.seeds.isEmpty, "../shared/seeds not found")
        let matching = Self.kimTimeline.filter { entry in
            types.contains(entry.type) && (entry.date ?? "").hasPrefix(date)
                && (entry.place?.name == clue || entry.actors.contains { $0.name == clue })
        }
        let entry = try #require(matching.first, "no \(types) entry on \(date) with \(clue)")
        let seeds = Set(entry.sources.compactMap { Self.seed($0.article) })
        #expect(seeds.isSuperset(of: sources), "\(types) \(date): sources \(seeds.sorted())")
    }
}

/// The extractor on the sample corpus's gold events (Samples/gold.json): for each gold event, an
/// extracted event of the same type in its evidence sentence with the same date (type+date), and
/// with the same actors (actors: all actors, or the sources, equal the gold's as sets).
///
/// With the environment variable `LINIMASA_EVENT_MISSES` set to a path, the evaluation also
/// writes every miss there (gold event, then the events extracted from its sentence), for
/// people studying the extractor; nothing is written otherwise.
struct EventGoldEvaluationTests {
    struct GoldEvent: Decodable {
        var type: String
        var date: String?
        var actors: [String]
        var target: String?
        var evidence: String
    }

    struct GoldArticle: Decodable { var events: [GoldEvent] }

    /// Counts over all gold events.
    struct Figures {
        var gold = 0
        var typeFound = 0
        var typeAndDate = 0
        var actors = 0
        var extracted = 0
        var extractedInGoldSentences = 0
    }

    static let figures: Figures = {
        var figures = Figures()
        guard let data = try? Data(contentsOf: Corpus.samples.appendingPathComponent("gold.json")),
            let gold = try? JSONDecoder().decode([String: GoldArticle].self, from: data),
            let analyzer = try? Analyzer()
        else { return figures }
        let folder = Corpus.samples.appendingPathComponent("articles")
        // Feed records are named by their URL; gold names them `feed.jsonl:N`.
        var feedKeys: [String: String] = [:]
        let feed = (try? Corpus.text(folder.appendingPathComponent("feed.jsonl"))) ?? ""
        for (n, line) in feed.split(separator: "\n").enumerated() {
            let record = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            if let url = record?["url"] as? String { feedKeys[url] = "feed.jsonl:\(n + 1)" }
        }
        var byKey: [String: AnalyzedArticle] = [:]
        for outcome in analyzer.analyze(paths: [folder.path]) {
            guard case .success(let analyzed) = outcome.result else { continue }
            let source = analyzed.article.source
            let name = (source as NSString).lastPathComponent
            let key = feedKeys[source] ?? (source.contains(".jsonl:") ? name : (name as NSString).deletingPathExtension)
            byKey[key] = analyzed
        }
        func squash(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let missPath = ProcessInfo.processInfo.environment["LINIMASA_EVENT_MISSES"]
        var misses: [String] = []
        func describe(_ event: Event, in analyzed: AnalyzedArticle) -> String {
            let actors = event.actors.map { "\($0.name)/\($0.role.rawValue)" }.joined(separator: ", ")
            let trigger = analyzed.article.text(event.trigger)
            return "  got \(event.type) '\(trigger)' date=\(event.date ?? "nil") time=\(event.time ?? "nil") "
                + "actors=[\(actors)] place=\(event.place?.name ?? "nil")"
        }
        for (key, article) in gold.sorted(by: { $0.key < $1.key }) {
            guard let analyzed = byKey[key] else { continue }
            figures.extracted += analyzed.events.count
            var goldSentences: Set<Int> = []
            for event in article.events {
                figures.gold += 1
                let evidence = squash(event.evidence)
                let candidates = analyzed.events.filter { found in
                    let sentence = squash(analyzed.article.text(found.sentence))
                    return sentence.contains(evidence) || evidence.contains(sentence)
                }
                for found in candidates { goldSentences.insert(found.sentence.start) }
                let typed = candidates.filter { $0.type == event.type }
                var missed: [String] = []
                if let match = typed.first {
                    figures.typeFound += 1
                    if match.date == event.date { figures.typeAndDate += 1 } else { missed.append("date") }
                    let all = Set(match.actors.map(\.name))
                    let sources = Set(match.actors.filter { $0.role == .source }.map(\.name))
                    let wanted = Set(event.actors)
                    if wanted == all || wanted == sources || wanted.union(event.target.map { [$0] } ?? []) == all {
                        figures.actors += 1
                    } else {
                        missed.append("actors")
                    }
                } else {
                    missed = ["type", "date", "actors"]
                }
                if missPath != nil, !missed.isEmpty {
                    var lines = [
                        "MISS \(missed.joined(separator: "+")) \(key): \(event.type) date=\(event.date ?? "nil") "
                            + "actors=\(event.actors) target=\(event.target ?? "nil")",
                        "  evidence: \(evidence)",
                    ]
                    lines += candidates.map { describe($0, in: analyzed) }
                    misses.append(lines.joined(separator: "\n"))
                }
            }
            figures.extractedInGoldSentences +=
                analyzed.events.filter { goldSentences.contains($0.sentence.start) }.count
        }
        if let missPath {
            let summary =
                "gold \(figures.gold), type \(figures.typeFound), type+date \(figures.typeAndDate), "
                + "actors \(figures.actors), extracted \(figures.extracted)"
            try? (([summary] + misses).joined(separator: "\n\n") + "\n").write(
                toFile: missPath,
                atomically: true,
                encoding: .utf8
            )
        }
        return figures
    }()

    // Floors at the measured figures (type found 171/183, type+date 138/183 = 75.4%, actors
    // 161/183 = 88.0%), so a regression fails. Issue 8 asks for 75% and 70%: both are met; the
    // remaining actor misses are mostly types not found and actors the evidence sentence does
    // not name (see docs/events.md).
    @Test func typeFound() throws {
        let figures = Self.figures
        try #require(figures.gold > 0, "Samples/gold.json or the articles could not be read")
        #expect(Double(figures.typeFound) / Double(figures.gold) >= 0.934, "type \(figures.typeFound)/\(figures.gold)")
    }

    @Test func typeAndDate() throws {
        let figures = Self.figures
        try #require(figures.gold > 0, "Samples/gold.json or the articles could not be read")
        #expect(
            Double(figures.typeAndDate) / Double(figures.gold) >= 0.754,
            "type+date \(figures.typeAndDate)/\(figures.gold)"
        )
    }

    @Test func actors() throws {
        let figures = Self.figures
        try #require(figures.gold > 0, "Samples/gold.json or the articles could not be read")
        #expect(Double(figures.actors) / Double(figures.gold) >= 0.879, "actors \(figures.actors)/\(figures.gold)")
    }
}
