/// An article found to copy an earlier one.
public struct DuplicateMatch: Sendable, Codable, Hashable {
    /// How the copy was found.
    public enum Kind: String, Sendable, Codable, Hashable {
        /// The same words in the same order (case, punctuation and spacing aside).
        case exact
        /// Most word shingles shared: syndicated text with another title, boilerplate or a trimmed paragraph.
        case near
    }

    /// The id of the article copied (the earliest seen of the matches).
    public var articleID: String
    /// Exact or near.
    public var kind: Kind
    /// Estimated Jaccard similarity of the two bodies' word shingles, 0 to 1 (1 for exact copies).
    public var similarity: Double

    /// Makes a match.
    public init(articleID: String, kind: Kind, similarity: Double) {
        self.articleID = articleID
        self.kind = kind
        self.similarity = similarity
    }
}
