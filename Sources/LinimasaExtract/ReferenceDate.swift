public import LinimasaCore

/// The date relative expressions in an article are resolved against.
///
/// The article's published date when known; else the latest absolute date
/// stated in its text (with lower confidence); else one lent by its story.
public struct ReferenceDate: Sendable, Hashable {
    public var date: CalendarDate
    /// Where it came from.
    public var source: PublishedDate.Source
    /// 0 to 1: how far relative times resolved against it can be trusted.
    public var confidence: Double

    public init(date: CalendarDate, source: PublishedDate.Source, confidence: Double = 1) {
        self.date = date
        self.source = source
        self.confidence = confidence
    }

    /// The reference date of an article whose publication date is known.
    public init?(article: Article) {
        guard let published = article.published else { return nil }
        self.init(date: published.date, source: published.source, confidence: published.source == .story ? 0.7 : 1)
    }
}
