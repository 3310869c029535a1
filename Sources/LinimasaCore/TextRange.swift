/// A span of an article body, in UTF-8 byte offsets.
///
/// `start` is the offset of the first byte and `end` the offset one past the
/// last, so `body.utf8[start..<end]` is the text. Every annotation points into
/// the cleaned body this way: cheap to store, and it keeps provenance.
public struct TextRange: Hashable, Sendable, Codable, Comparable {
    /// Offset of the first byte.
    public var start: Int
    /// Offset one past the last byte.
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "TextRange start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    public init(_ range: Range<Int>) {
        self.start = range.lowerBound
        self.end = range.upperBound
    }

    /// The byte count.
    public var length: Int { end - start }

    /// The same span as a half-open range.
    public var range: Range<Int> { start..<end }

    /// Whether `other` lies wholly inside this range.
    public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }

    /// Whether the two ranges share at least one byte.
    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}

extension String {
    /// The text of `range`, which holds UTF-8 byte offsets into this string.
    ///
    /// Offsets that split a multi-byte scalar are repaired by the decoder, never trapped on.
    public func slice(_ range: TextRange) -> String {
        let bytes = utf8
        let lower = bytes.index(bytes.startIndex, offsetBy: range.start, limitedBy: bytes.endIndex) ?? bytes.endIndex
        let upper = bytes.index(lower, offsetBy: range.length, limitedBy: bytes.endIndex) ?? bytes.endIndex
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}
