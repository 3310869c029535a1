public import LinimasaCore
public import LinimasaText

/// Everything the analyser needs to know, with documented defaults.
public struct AnalyzerConfiguration: Sendable {
    /// How inputs are read (size limit, repeated-line detection).
    public var reader = ReaderConfiguration()
    /// A publication date given by the user, used for articles that state none
    /// (`--published`). The default is `nil`.
    public var published: CalendarDate?
    /// Extra knowledge-base files in the bundled TSV format (`--kb`). The default is none.
    public var knowledgeBaseFiles: [String] = []

    public init() {}
}
