public import LinimasaCore

/// Splits Indonesian text into sentences on UTF-8 bytes.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and
/// brackets that follow) when white space and then an uppercase letter, a
/// digit or an opening quote follow, or at the end of a paragraph. It does
/// not end after an abbreviation of the `abbreviations` table (`Dr.`,
/// `Tbk.`, `No.`), after an initial (`S.`), or inside a quotation that is
/// closed in the same paragraph (a quote may hold several sentences).
/// Paragraphs are separated by a line break; sentences never cross one.
public struct SentenceSplitter: Sendable {
    /// Lowercased abbreviations without their final period (`dr`, `a.n`).
    let abbreviations: Set<String>

    public init(abbreviations: Set<String>) {
        self.abbreviations = abbreviations
    }

    /// Sentence spans of `text`, trimmed of surrounding white space.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length of `text`.
    public func sentenceRanges(in text: String) -> [TextRange] {
        var copy = text
        return copy.withUTF8 { sentenceRanges(in: $0) }
    }

    /// The sentences of `text` as strings, for tests.
    public func sentences(in text: String) -> [String] { sentenceRanges(in: text).map { text.slice($0) } }

    public func sentenceRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [TextRange] {
        var result: [TextRange] = []
        var start = 0
        let n = bytes.count
        while start < n {
            var end = start
            while end < n, bytes[end] != 0x0A { end += 1 }
            splitParagraph(bytes, start, end, into: &result)
            start = end + 1
        }
        return result
    }

    private func splitParagraph(_ bytes: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int, into result: inout [TextRange]) {
        let quotes = quoteSpans(bytes, lower, upper)
        var quoteIndex = 0
        var sentenceStart = lower
        var i = lower
        while i < upper {
            let b = bytes[i]
            var terminatorLength = 0
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") {
                terminatorLength = 1
            } else if b == 0xE2, i + 2 < upper, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA6 {  // …
                terminatorLength = 3
            }
            guard terminatorLength > 0 else {
                i += 1
                continue
            }
            while quoteIndex < quotes.count, quotes[quoteIndex].upperBound <= i { quoteIndex += 1 }
            // Run over further terminators and closing marks.
            var j = i + terminatorLength
            while j < upper {
                let c = bytes[j]
                if c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?")
                    || c == UInt8(ascii: "\"") || c == UInt8(ascii: ")") || c == UInt8(ascii: "'")
                {
                    j += 1
                } else if c == 0xE2, j + 2 < upper, bytes[j + 1] == 0x80,
                    bytes[j + 2] == 0x9D || bytes[j + 2] == 0x99 || bytes[j + 2] == 0xA6
                {  // ” ’ …
                    j += 3
                } else {
                    break
                }
            }
            let inQuote = quoteIndex < quotes.count && quotes[quoteIndex].contains(i) && quotes[quoteIndex].upperBound > j
            if !inQuote, endsSentence(bytes, i, j, upper), !(b == UInt8(ascii: ".") && isAbbreviation(bytes, lower, i)) {
                append(bytes, sentenceStart, j, into: &result)
                sentenceStart = j
            }
            i = j
        }
        append(bytes, sentenceStart, upper, into: &result)
    }

    /// Whether what follows `j` can start a new sentence.
    private func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int, _ upper: Int) -> Bool {
        var k = j
        guard k < upper else { return true }
        guard ByteClass.isSpace(bytes[k]) || (bytes[k] == 0xC2 && k + 1 < upper && bytes[k + 1] == 0xA0) else {
            return false
        }
        while k < upper, ByteClass.isSpace(bytes[k]) || bytes[k] == 0xC2 || bytes[k] == 0xA0 { k += 1 }
        guard k < upper else { return true }
        let c = bytes[k]
        if ByteClass.isASCIIUpper(c) || ByteClass.isDigit(c) || c == UInt8(ascii: "\"") || c == UInt8(ascii: "(")
            || c == UInt8(ascii: "'")
        {
            return true
        }
        if c >= 0x80 {
            let (scalar, _) = ByteClass.decode(bytes, at: k)
            return ByteClass.isUppercaseScalar(scalar) || scalar == "\u{201C}" || scalar == "\u{2018}"
        }
        return false
    }

    /// Whether the word ending just before the period at `dot` is an abbreviation or an initial.
    private func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ lower: Int, _ dot: Int) -> Bool {
        var s = dot
        while s > lower {
            let c = bytes[s - 1]
            if ByteClass.isASCIILetter(c) || c == UInt8(ascii: ".") || c >= 0x80 { s -= 1 } else { break }
        }
        guard s < dot else { return false }
        let length = dot - s
        if length == 1, ByteClass.isASCIIUpper(bytes[s]) { return true }  // an initial
        guard length <= 12 else { return false }
        var word = String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<dot]), as: UTF8.self)
        word = word.lowercased()
        return abbreviations.contains(word)
    }

    /// Byte spans of quotations opened and closed within the paragraph.
    private func quoteSpans(_ bytes: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var straightOpen: Int? = nil
        var curlyOpen: Int? = nil
        var i = lower
        while i < upper {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                if let open = straightOpen {
                    spans.append(open..<(i + 1))
                    straightOpen = nil
                } else {
                    straightOpen = i
                }
            } else if b == 0xE2, i + 2 < upper, bytes[i + 1] == 0x80 {
                if bytes[i + 2] == 0x9C {  // “
                    curlyOpen = curlyOpen ?? i
                } else if bytes[i + 2] == 0x9D, let open = curlyOpen {  // ”
                    spans.append(open..<(i + 3))
                    curlyOpen = nil
                }
                i += 3
                continue
            }
            i += 1
        }
        return spans.sorted { $0.lowerBound < $1.lowerBound }
    }

    private func append(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into result: inout [TextRange]) {
        var s = start
        var e = end
        while s < e, ByteClass.isSpace(bytes[s]) { s += 1 }
        while e > s, ByteClass.isSpace(bytes[e - 1]) { e -= 1 }
        if s < e { result.append(TextRange(start: s, end: e)) }
    }
}
