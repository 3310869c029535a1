public import LinimasaCore

/// Reads an HTML page into a draft (being written: see the HTML reader task).
public struct HTMLReader: Sendable {
    let dates: any DateLineParsing

    public init(dates: any DateLineParsing) {
        self.dates = dates
    }

    public func draft(html: String, source: String) throws -> ArticleDraft {
        throw LinimasaError(.invalidInput, "cannot read '\(source)': HTML reading is not built yet")
    }
}
