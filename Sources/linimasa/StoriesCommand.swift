import ArgumentParser
import Foundation
import Linimasa
import LinimasaCluster
import LinimasaCore

struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List stored stories, latest first."
    )

    @OptionGroup var dates: DateRangeOptions

    @Option(help: "Only stories whose articles name this entity (name or alias).")
    var entity: String?

    @Option(help: "At most this many stories.")
    var limit = 50

    @Flag(help: "Print JSON Lines, one story per line.")
    var json = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be positive, not \(limit)") }
    }

    func run() throws {
        try reportingErrors {
            let opened = try store.open(create: false)
            let (from, to) = try dates.days()
            let records = try runBlocking { [entity, limit] in
                try await StoredStories.stories(in: opened, from: from, to: to, entity: entity, limit: limit)
            }
            if records.isEmpty {
                print("no stored stories" + (entity.map { " naming '\($0)'" } ?? ""))
                return
            }
            for (record, story) in records {
                if json {
                    print(try jsonLine(story ?? Story.placeholder(record)))
                    continue
                }
                print(Self.line(record, story))
            }
        }
    }

    static func line(_ record: StoryRecord, _ story: Story?) -> String {
        let dates = [record.firstDate?.iso, record.lastDate == record.firstDate ? nil : record.lastDate?.iso]
            .compactMap { $0 }.joined(separator: " – ")
        let count = story.map { "\($0.articleIDs.count) articles, \($0.outlets.count) outlets" } ?? ""
        let headline = record.headline.isEmpty ? (story?.summary.first ?? "(no headline)") : record.headline
        return "\(record.id)  \(dates.isEmpty ? "undated" : dates)  \(count)\n    \(TextReport.clip(headline, 110))"
    }
}

extension Story {
    /// A story with only what its stored record says, for records whose summary does not decode.
    static func placeholder(_ record: StoryRecord) -> Story {
        Story(
            id: record.id, threadID: record.id, headline: record.headline, articleIDs: [], outlets: [],
            firstDate: record.firstDate, lastDate: record.lastDate, referenceDate: record.firstDate, topEntities: [],
            summary: [], duplicates: [:])
    }
}

struct StoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story",
        abstract: "Show one stored story: its articles and outlets, summary, and where the sources disagree."
    )

    @Argument(help: "The story id, as `linimasa stories` prints it.")
    var id: String

    @Flag(help: "Print the story, its articles and the source comparison as one JSON object.")
    var json = false

    @OptionGroup var store: StoreOptions

    func run() throws {
        try reportingErrors {
            let opened = try store.open(create: false)
            let found = try runBlocking { [id] () -> (StoryRecord, Story?, [AnalyzedArticle])? in
                guard let (record, story) = try await StoredStories.story(id: id, in: opened) else { return nil }
                return (record, story, try await opened.articles(inStory: record.id))
            }
            guard let (record, story, articles) = found else {
                throw LinimasaError(.notFound, "no story with id \(id); see `linimasa stories`")
            }
            let analyzer = try Analyzer()
            let comparison = try SourceComparison(articles: articles, pack: analyzer.pack)
            if json {
                struct Output: Encodable {
                    var story: Story?
                    var articles: [String]
                    var comparison: SourceComparison
                }
                print(try jsonLine(Output(story: story, articles: articles.map(\.article.id), comparison: comparison)))
                return
            }
            print(StoriesCommand.line(record, story))
            print("\nARTICLES")
            for analyzed in articles {
                let article = analyzed.article
                let copy = story?.duplicates[article.id].map { " (copy of \($0.articleID), \(Int($0.similarity * 100))%)" } ?? ""
                print("  \(article.published?.date.iso ?? "undated")  \(article.outlet ?? "?")  \(TextReport.clip(article.title ?? article.source, 80))\(copy)")
            }
            if let summary = story?.summary, !summary.isEmpty {
                print("\nSUMMARY")
                for sentence in summary { print("  • \(sentence)") }
            }
            if let entities = story?.topEntities, !entities.isEmpty {
                print("\nENTITIES  " + entities.map(\.name).joined(separator: ", "))
            }
            print("\nWHERE THE SOURCES DISAGREE")
            if comparison.disagreements.isEmpty { print("  nothing found") }
            for disagreement in comparison.disagreements {
                print("  \(disagreement.kind.rawValue): \(disagreement.about)")
                for side in disagreement.sides {
                    print("    \(side.outlet ?? side.articleID): \(side.value)  “\(TextReport.clip(side.text, 90))”")
                }
            }
        }
    }
}
