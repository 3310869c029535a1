import ArgumentParser
import Linimasa
import LinimasaCore
import LinimasaExtract

struct EntityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity",
        abstract: "Show what the knowledge base knows about a name, and which alias matched."
    )

    @Argument(help: "A name or alias, e.g. \"Korut\" or \"Kim Jong-un\".")
    var name: String

    @OptionGroup var options: CommonOptions

    func run() throws {
        let analyzer = try Analyzer(configuration: options.analyzerConfiguration())
        let matches = analyzer.knowledgeBase.lookup(name)
        guard !matches.isEmpty else {
            throw LinimasaError(.notFound, "no entity named '\(name)' in the knowledge base (\(analyzer.knowledgeBase.count) entries); add one with --kb FILE")
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
    }
}
