import ArgumentParser
import LinimasaCore

/// `--from` and `--to`, shared by the commands that read a store.
struct DateRangeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only what is dated on or after this day.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(help: ArgumentHelp("Only what is dated on or before this day.", valueName: "YYYY-MM-DD"))
    var to: String?

    func validate() throws { _ = try days() }

    /// The two days, `nil` where not given.
    func days() throws -> (from: CalendarDate?, to: CalendarDate?) {
        (try parseDay(from, flag: "--from"), try parseDay(to, flag: "--to"))
    }
}
