import ArgumentParser
import Linimasa
import LinimasaCore
import LinimasaExtract

struct EntityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity",
        abstract: "Show what the knowledge base knows about a name, and which alias matched.",
        discussion: "When the store (--db, default ./linimasa.db) exists, also its profile of the entity: aliases seen, mentions per month, co-occurring entities, latest quotes."
    )

    @Argument(help: "A name or alias, e.g. \"Korut\" or \"Kim Jong-un\".")
    var name: String

    @OptionGroup var options: CommonOptions

    @OptionGroup var store: StoreOptions

    @Option(help: "Latest quotes to show from the store.")
    var quotes = 5

    func run() throws {
        let analyzer = try Analyzer(configuration: options.analyzerConfiguration())
        let matches = analyzer.knowledgeBase.lookup(name)
        let profile = try storedProfile(pack: analyzer.pack)
        guard !matches.isEmpty || profile != nil else {
            throw LinimasaError(.notFound, "no entity named '\(name)' in the knowledge base (\(analyzer.knowledgeBase.count) entries)" + (store.exists ? " or in '\(store.displayName)'" : "") + "; add one with --kb FILE")
        }
        for (entry, alias) in matches {
            print(entry.name + "  [\(entry.type.rawValue)]" + (entry.qid.map { "  wikidata \($0)" } ?? ""))
            print("  id        \(entry.linkID)")
            print("  matched   \"\(alias)\"")
            if !entry.description.isEmpty { print("  about     \(entry.description)") }
            if let country = entry.country { print("  country   \(country)") }
            print("  aliases   " + entry.aliases.joined(separator: ", "))
            for office in entry.offices {
                let from = office.from?.iso ?? "?"
                let to = office.to?.iso ?? "now"
                print("  office    \(office.role) (\(office.country)) \(from) – \(to)")
            }
            print("")
        }
        if let profile { print(Self.render(profile)) }
    }

    /// The store's profile of ``name``, when the store exists.
    func storedProfile(pack: any LanguagePack) throws -> EntityProfile? {
        guard store.exists else { return nil }
        return try reportingErrors {
            let opened = try store.open(create: false, pack: pack)
            let name = self.name, limit = max(0, quotes)
            return try runBlocking { try await opened.entityProfile(named: name, quoteLimit: limit) }
        }
    }

    /// The stored profile as text.
    static func render(_ profile: EntityProfile) -> String {
        var lines = ["In the store: \(profile.name)  [\(profile.type.rawValue)]" + (profile.wikidata.map { "  wikidata \($0)" } ?? "")]
        lines.append("  id        \(profile.id)")
        lines.append("  articles  \(profile.articles), \(profile.mentions) mentions")
        if !profile.aliases.isEmpty {
            lines.append("  seen as   " + profile.aliases.map { "\($0.text) (\($0.mentions))" }.joined(separator: ", "))
        }
        if !profile.months.isEmpty {
            lines.append("  by month  " + profile.months.map { "\($0.month): \($0.mentions)" }.joined(separator: ", "))
        }
        if !profile.cooccurring.isEmpty {
            lines.append("  with      " + profile.cooccurring.map { "\($0.name) (\($0.articles))" }.joined(separator: ", "))
        }
        for stored in profile.latestQuotes { lines.append("  quote     " + QuotesCommand.render(stored)) }
        return lines.joined(separator: "\n")
    }
}
