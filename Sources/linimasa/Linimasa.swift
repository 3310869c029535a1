import ArgumentParser

@main
struct LinimasaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "linimasa",
        abstract: "Turn Indonesian online news into a sourced timeline.",
        version: "0.1.0",
        subcommands: [
            Demo.self, Analyze.self, IngestCommand.self, SearchCommand.self, EntityCommand.self, QuotesCommand.self,
            StoriesCommand.self, StoryCommand.self, TimelineCommand.self, ServeCommand.self,
        ]
    )
}
