public import LinimasaCore

/// Splits Indonesian text into word and number tokens on UTF-8 bytes.
///
/// A word is a maximal run of letters and digits, in any script, joined by
/// an in-word `-` (`anak-anak`, `ke-72`, `Jong-un`) or apostrophe (`Jum'at`).
/// A number keeps its inner separators when a digit follows them (`10.000`,
/// `3,5`, `29/11/2024`, `17:10`, `13.49`). Curly quotes, dashes, NBSP and
/// all other punctuation separate tokens. Input should be NFC-normalised.
public struct Tokenizer: Sendable {
    public init() {}

    /// Byte ranges of the tokens of `text`, in order.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length of `text`.
    public func tokenRanges(in text: String) -> [TextRange] {
        var copy = text
        return copy.withUTF8 { tokenRanges(in: $0) }
    }

    /// The tokens of `text` as strings, for tests and small inputs.
    public func tokens(in text: String) -> [String] {
        tokenRanges(in: text).map { text.slice($0) }
    }

    /// Byte ranges of the tokens in `bytes`.
    public func tokenRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [TextRange] {
        var ranges: [TextRange] = []
        ranges.reserveCapacity(bytes.count / 6)
        var i = 0
        let n = bytes.count
        while i < n {
            let (isWord, length) = wordByte(bytes, i)
            guard isWord else {
                i += length
                continue
            }
            let start = i
            i += length
            while i < n {
                let (inWord, len) = wordByte(bytes, i)
                if inWord {
                    i += len
                    continue
                }
                // A joiner continues the token only when a word byte follows it.
                let b = bytes[i]
                guard i + 1 < n else { break }
                let previous = bytes[i - 1]
                let next = bytes[i + 1]
                if b == UInt8(ascii: "-") || b == UInt8(ascii: "'") {
                    if wordByte(bytes, i + 1).isWord {
                        i += 1
                        continue
                    }
                } else if b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: "/")
                    || b == UInt8(ascii: ":")
                {
                    if ByteClass.isDigit(previous), ByteClass.isDigit(next) {
                        i += 1
                        continue
                    }
                }
                break
            }
            ranges.append(TextRange(start: start, end: i))
        }
        return ranges
    }

    /// Whether the scalar at `i` belongs to a word, and its byte length.
    @inline(__always)
    private func wordByte(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (isWord: Bool, length: Int) {
        let b = bytes[i]
        if b < 0x80 { return (ByteClass.isASCIILetter(b) || ByteClass.isDigit(b), 1) }
        let (scalar, length) = ByteClass.decode(bytes, at: i)
        return (ByteClass.isWordScalar(scalar), length)
    }
}
