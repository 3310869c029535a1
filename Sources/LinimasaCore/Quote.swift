/// A statement attributed to a speaker, with the chain through which it reached the article.
public struct Quote: Sendable, Codable, Hashable {
    /// What kind of quoted text this is.
    public enum Kind: String, Sendable, Codable, Hashable {
        /// Someone's words.
        case statement
        /// A scare quote, title or slogan: no speaker unless a reporting clause names one.
        case term
    }

    /// The quoted words, without the marks.
    public var text: String
    public var range: TextRange
    /// Quotation marks (`true`) or indirect speech (`false`).
    public var direct: Bool
    public var kind: Kind
    public var speaker: EntityReference?
    /// Relays, nearest the speaker first (KCNA, then UPI).
    public var via: [EntityReference]
    /// A remark on a choice made (an unclosed quotation mark, an inferred speaker).
    public var note: String?

    public init(
        text: String,
        range: TextRange,
        direct: Bool,
        kind: Kind = .statement,
        speaker: EntityReference? = nil,
        via: [EntityReference] = [],
        note: String? = nil
    ) {
        self.text = text
        self.range = range
        self.direct = direct
        self.kind = kind
        self.speaker = speaker
        self.via = via
        self.note = note
    }
}
