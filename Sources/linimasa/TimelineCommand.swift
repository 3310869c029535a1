import ArgumentParser
import Foundation
import Linimasa
import LinimasaCluster
import LinimasaCore

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Print the stored events as one chronology, each entry with its sources.",
        discussion: "Exports: --format json, csv, or timelinejs (a file for Knight Lab's TimelineJS)."
    )

    @Option(help: "Only entries with this entity as an actor or place (name or id).")
    var entity: String?

    @OptionGroup var dates: DateRangeOptions

    @Option(help: "Only entries reported in this story.")
    var story: String?

    @Flag(help: "Print JSON (the same as --format json).")
    var json = false

    @Option(help: "text (the default), json, csv or timelinejs.")
    var format = "text"

    @Flag(help: "Leave out entries no source dates.")
    var datedOnly = false

    @Option(help: "At most this many entries, from the earliest (default: all).")
    var limit: Int?

    @Option(help: "At most this many sources per entry, the earliest published first (default: all).")
    var sources: Int?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard ["text", "json", "csv", "timelinejs"].contains(format) else {
            throw ValidationError("--format takes text, json, csv or timelinejs, not '\(format)'")
        }
        if let limit, limit < 1 { throw ValidationError("--limit takes a number of entries from 1, not \(limit)") }
        if let sources, sources < 1 { throw ValidationError("--sources takes a number of sources from 1, not \(sources)") }
    }

    func run() throws {
        try reportingErrors {
            let opened = try store.open(create: false)
            let query = TimelineQuery(
                entity: entity,
                from: try dates.days().from,
                to: try dates.days().to,
                story: story,
                datedOnly: datedOnly
            )
            let entries = try runBlocking {
                try await StoredStories.timeline(in: opened, query: query, limit: limit ?? .max, sourceLimit: sources ?? .max).entries
            }
            switch json ? "json" : format {
            case "json": print(try TimelineExport.json(entries))
            case "csv": print(TimelineExport.csv(entries), terminator: "")
            case "timelinejs": print(try TimelineExport.timelineJS(entries, title: entity.map { "linimasa: \($0)" }))
            default:
                if entries.isEmpty {
                    print("no timeline entries" + (entity.map { " for '\($0)'" } ?? ""))
                } else {
                    print(TimelineExport.text(entries), terminator: "")
                }
            }
        }
    }
}
