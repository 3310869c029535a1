import ArgumentParser
import Foundation
import Linimasa
import LinimasaCore
import LinimasaText

/// Options every command that reads articles shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("kb"), help: ArgumentHelp("Extra knowledge-base file (TSV, see docs/knowledge-base.md); repeatable.", valueName: "FILE"))
    var knowledgeBaseFiles: [String] = []

    @Option(help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = 16 << 20

    func validate() throws {
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive, not \(maxBytes)") }
    }

    func analyzerConfiguration(published: CalendarDate? = nil) -> AnalyzerConfiguration {
        var configuration = AnalyzerConfiguration()
        configuration.reader.maxBytes = maxBytes
        configuration.knowledgeBaseFiles = knowledgeBaseFiles
        configuration.published = published
        return configuration
    }
}

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
