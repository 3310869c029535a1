import ArgumentParser
import Foundation
import Linimasa
import LinimasaCluster
import LinimasaCore

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse the bundled sample corpus and print a summary.",
        discussion: "The samples are original Indonesian articles written for linimasa (Samples/README.md)."
    )

    @Option(help: ArgumentHelp("Folder of sample articles.", valueName: "DIR"))
    var samples: String?

    @OptionGroup var options: CommonOptions

    func run() throws {
        let folder = try samples ?? Demo.bundledSamples()
        let analyzer = try Analyzer(configuration: options.analyzerConfiguration())
        let clock = ContinuousClock()
        let start = clock.now
        let outcomes = analyzer.analyze(paths: [folder])
        let elapsed = clock.now - start
        let articles = outcomes.compactMap { try? $0.result.get() }
        for outcome in outcomes {
            if case .failure(let error) = outcome.result { printError("error: \(error.description)") }
        }
        print("linimasa demo: \(articles.count) articles from \(folder) analysed in \(elapsed.formatted(.units(allowed: [.milliseconds])))\n")
        print("ARTICLES")
        for analyzed in articles.sorted(by: { ($0.article.published?.iso ?? "") < ($1.article.published?.iso ?? "") }) {
            let article = analyzed.article
            let date = article.published.map { "\($0.date.iso) \($0.source == .stated ? "" : "(\($0.source.rawValue))")" } ?? "undated"
            let name = (article.source as NSString).lastPathComponent
            print("  \(date.padding(toLength: 18, withPad: " ", startingAt: 0)) \((article.outlet ?? "?").padding(toLength: 18, withPad: " ", startingAt: 0)) \(TextReport.clip(article.title ?? "(" + name + ")", 70))")
        }
        var entityCounts: [String: (name: String, type: EntityType, articles: Int, mentions: Int)] = [:]
        for analyzed in articles {
            for entity in analyzed.entities {
                var entry = entityCounts[entity.id] ?? (entity.name, entity.type, 0, 0)
                entry.articles += 1
                entry.mentions += entity.mentions.count
                entityCounts[entity.id] = entry
            }
        }
        print("\nENTITIES (most articles first)")
        for (_, entry) in entityCounts.sorted(by: { ($0.value.articles, $0.value.mentions) > ($1.value.articles, $1.value.mentions) }).prefix(15) {
            print("  \(entry.name) [\(entry.type.rawValue)] in \(entry.articles) articles, \(entry.mentions) mentions")
        }
        let quotes = articles.flatMap { analyzed in analyzed.quotes.filter { $0.kind == .statement }.map { (analyzed, $0) } }
        print("\nQUOTES (\(quotes.count))")
        for (_, quote) in quotes.prefix(10) {
            let via = quote.via.isEmpty ? "" : " via " + quote.via.map(\.name).joined(separator: " → ")
            print("  \(quote.speaker?.name ?? "?")\(via): “\(TextReport.clip(quote.text, 80))”")
        }
        let times = articles.reduce(0) { $0 + $1.times.count }
        let resolved = articles.reduce(0) { $0 + $1.times.filter { $0.value != nil }.count }
        print("\nTIMES: \(times) expressions, \(resolved) pinned to the calendar")
        try showStoriesAndTimeline(folder: folder, analyzer: analyzer)
    }

    /// Ingests the samples into a fresh temporary store, then lists its stories and a timeline.
    func showStoriesAndTimeline(folder: String, analyzer: Analyzer) throws {
        let database = NSTemporaryDirectory() + "linimasa-demo-\(ProcessInfo.processInfo.processIdentifier).db"
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        }
        let store = try StoreFactory.open(database, create: true, pack: analyzer.pack)
        let summary = try runBlocking { try await Ingester(analyzer: analyzer, store: store).run(paths: [folder]) }
        print("\nINGESTED into a temporary store: \(summary.new) new, \(summary.duplicates) duplicates, \(summary.failed) failed")
        let records = try runBlocking {
            try await StoredStories.stories(in: store, from: nil, to: nil, entity: nil, limit: 50)
        }
        print("\nSTORIES (\(records.count))")
        for (record, story) in records {
            print("  " + StoriesCommand.line(record, story).replacingOccurrences(of: "\n", with: "\n  "))
        }
        let person = "Prabowo Subianto"
        let entries = try runBlocking {
            try await StoredStories.timeline(in: store, query: TimelineQuery(entity: person, datedOnly: true)).entries
        }
        print("\nTIMELINE for \(person) (\(entries.count) entries; the first 8)")
        print(TimelineExport.text(Array(entries.prefix(8))), terminator: "")
        print("\nNext: linimasa ingest Samples/articles, then linimasa stories, linimasa timeline --entity \"Kim Jong Un\"")
    }

    /// `Samples/articles` in the working folder, else beside the sources this binary was built from.
    static func bundledSamples() throws -> String {
        let local = "Samples/articles"
        if FileManager.default.fileExists(atPath: local) { return local }
        let built = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/articles").path
        if FileManager.default.fileExists(atPath: built) { return built }
        throw ValidationError("cannot find the sample corpus: run from the linimasa folder or pass --samples DIR")
    }
}
