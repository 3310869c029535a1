import ArgumentParser
import Foundation
import Linimasa
import LinimasaCore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the stored articles.",
        discussion: """
            Words are all required and match by their stems (mengunjungi finds kunjungan). \
            "a phrase" in quotes, prefix* for word starts, OR between alternatives, -word to exclude. \
            Ranked by BM25, the title counting more than the body.
            """
    )

    @Argument(help: ArgumentHelp("What to look for.", valueName: "QUERY"))
    var words: [String]

    @OptionGroup var dates: DateRangeOptions

    @Option(help: "Only articles of this outlet.")
    var outlet: String?

    @Option(help: "Only articles that mention this entity (id, name or alias).")
    var entity: String?

    @Option(help: "At most this many hits.")
    var limit = 10

    @Flag(help: "Print JSON Lines, one hit per line.")
    var json = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard !words.joined().isEmpty else { throw ValidationError("give something to search for") }
        guard limit > 0 else { throw ValidationError("--limit must be positive, not \(limit)") }
    }

    func run() throws {
        try reportingErrors {
            let opened = try store.open(create: false)
            let bold = !json && isTerminal(1)
            let query = SearchQuery(
                words.joined(separator: " "),
                from: try dates.days().from,
                to: try dates.days().to,
                outlet: outlet,
                entity: entity,
                limit: limit,
                marks: json ? ("[", "]") : bold ? ("\u{1B}[1m", "\u{1B}[0m") : ("[", "]")
            )
            let hits = try runBlocking { try await opened.search(query) }
            if json {
                for hit in hits { print(try jsonLine(hit)) }
                return
            }
            if hits.isEmpty {
                print("no articles match '\(query.text)'")
                return
            }
            for (rank, hit) in hits.enumerated() {
                let date = hit.published?.date.iso ?? "undated"
                print("\(rank + 1). \(date)  \(hit.outlet ?? "?")  \(hit.title ?? "(untitled)")")
                print("   \(oneLine(hit.snippet))")
                print("   \(hit.articleID)  \(hit.source)" + (hit.storyID.map { "  story \($0)" } ?? ""))
            }
        }
    }
}
