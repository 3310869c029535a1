/// A time expression found in a body and pinned to the calendar (TIMEX3-like).
public struct TimeExpression: Sendable, Codable, Hashable {
    /// TimeML's TIMEX3 types.
    public enum Kind: String, Sendable, Codable, Hashable {
        case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
    }

    /// What the value was resolved against.
    public enum Anchor: String, Sendable, Codable, Hashable {
        /// Needs nothing but itself (`18 Juni 2024`, `24 tahun`).
        case absolute
        /// Resolved against the article's reference date (`pada Senin`, `pekan lalu`).
        case publication
        /// Resolved against another date in the text (`hari itu`).
        case mention
    }

    /// The expression as written.
    public var text: String
    /// Where it is in the body.
    public var range: TextRange
    public var kind: Kind
    /// ISO 8601 / TIMEX3 value (`2024-11-29`, `2024-W46`, `P24Y`, `PAST_REF`), or `nil` when vague.
    public var value: String?
    /// `year`, `month`, `week`, `day`, `partOfDay`, `minute`, or for durations their unit.
    public var precision: String?
    public var anchor: Anchor
    /// 0 to 1.
    public var confidence: Double
    /// Why a choice was made, or what did not add up.
    public var note: String?

    public init(
        text: String,
        range: TextRange,
        kind: Kind,
        value: String?,
        precision: String? = nil,
        anchor: Anchor,
        confidence: Double = 1,
        note: String? = nil
    ) {
        self.text = text
        self.range = range
        self.kind = kind
        self.value = value
        self.precision = precision
        self.anchor = anchor
        self.confidence = confidence
        self.note = note
    }
}
