import ArgumentParser
import Foundation
import Linimasa
import LinimasaCore

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List stored quotes, newest first."
    )

    @Option(help: "Only quotes of this speaker (id, name or alias).")
    var speaker: String?

    @OptionGroup var dates: DateRangeOptions

    @Flag(help: "Include quoted terms as well as statements.")
    var terms = false

    @Option(help: "At most this many quotes.")
    var limit = 20

    @Flag(help: "Print JSON Lines, one quote per line.")
    var json = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be positive, not \(limit)") }
    }

    func run() throws {
        try reportingErrors {
            let opened = try store.open(create: false)
            let query = QuoteQuery(
                speaker: speaker,
                from: try dates.days().from,
                to: try dates.days().to,
                includeTerms: terms,
                limit: limit
            )
            let quotes = try runBlocking { try await opened.quotes(query) }
            if json {
                for quote in quotes { print(try jsonLine(quote)) }
                return
            }
            if quotes.isEmpty {
                print(speaker.map { "no stored quotes of '\($0)'" } ?? "no stored quotes")
                return
            }
            for stored in quotes { print(Self.render(stored)) }
        }
    }

    /// `2024-11-18  Sugiono via Antara: “…”  (Kompas.com, title)`.
    static func render(_ stored: StoredQuote) -> String {
        let quote = stored.quote
        let date = stored.published?.date.iso ?? "undated   "
        let via = quote.via.isEmpty ? "" : " via " + quote.via.map(\.name).joined(separator: " → ")
        let marks = quote.direct ? ("“", "”") : ("", "")
        let origin = [stored.outlet, stored.title].compactMap { $0 }.joined(separator: ", ")
        return "\(date)  \(quote.speaker?.name ?? "?")\(via): \(marks.0)\(oneLine(quote.text))\(marks.1)"
            + (origin.isEmpty ? "" : "  (\(origin))")
    }
}
