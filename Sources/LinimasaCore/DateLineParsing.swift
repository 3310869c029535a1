/// Reads a publication date from a line that holds nothing else.
///
/// The readers use it to recognise date lines (`18 November 2024 17:10`,
/// `Sep 14, 2023 - 13:49`, `Senin, 18 November 2024 10:15 WIB`) and metadata
/// values; the time tagger supplies it, so there is one date grammar.
public protocol DateLineParsing: Sendable {
    /// The date and time `line` states, if the line is a date (with an optional
    /// weekday, time and zone) and nothing more; `nil` otherwise.
    ///
    /// The result's `source` is ``PublishedDate/Source/stated``.
    func publishedDate(inLine line: String) -> PublishedDate?
}
