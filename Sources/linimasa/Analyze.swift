import ArgumentParser
import Linimasa
import LinimasaCore
import LinimasaText

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read articles and print what linimasa finds in them.",
        discussion: """
            Reads plain text, HTML and JSON Lines files, folders (recursively) and standard input (-). \
            Prints a readable summary per article, or with --json one JSON object per line \
            (schema: docs/article.schema.json). Bad inputs are reported on standard error and the \
            others are still analysed; the exit status is 1 if any input failed.
            """
    )

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "PATH"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("Publication date (YYYY-MM-DD) for articles that state none.", valueName: "DATE"))
    var published: String?

    @Option(help: "Read every input as this format instead of guessing: text, html or jsonl.")
    var format: String?

    @Flag(help: "Print JSON Lines, one object per article.")
    var json = false

    @OptionGroup var options: CommonOptions

    func validate() throws {
        if let format, InputFormat(rawValue: format) == nil {
            throw ValidationError("--format takes text, html or jsonl, not '\(format)'")
        }
        if let published, CalendarDate(iso: published) == nil || published.utf8.count != 10 {
            throw ValidationError("--published takes a date as YYYY-MM-DD, not '\(published)'")
        }
    }

    func run() throws {
        let inputs = paths.isEmpty ? ["-"] : paths
        let analyzer = try Analyzer(configuration: options.analyzerConfiguration(published: published.flatMap { CalendarDate(iso: $0) }))
        let outcomes = analyzer.analyze(paths: inputs, format: format.flatMap(InputFormat.init(rawValue:)))
        var failed = 0
        for outcome in outcomes {
            switch outcome.result {
            case .success(let analyzed):
                for warning in outcome.warnings { printError("warning: \(warning)") }
                print(json ? try ArticleJSON.line(analyzed) : TextReport.render(analyzed) + "\n")
            case .failure(let error):
                failed += 1
                printError("error: \(error.description)")
            }
        }
        if failed > 0 {
            printError("\(failed) of \(outcomes.count) inputs failed")
            throw ExitCode(1)
        }
    }
}
