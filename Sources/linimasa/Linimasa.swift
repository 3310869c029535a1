import ArgumentParser

@main
struct LinimasaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "linimasa",
        abstract: "Turn Indonesian online news into a sourced timeline.",
        version: "0.1.0",
        subcommands: [Analyze.self, Demo.self, EntityCommand.self, IngestCommand.self, SearchCommand.self, QuotesCommand.self]
    )
}
