public import LinimasaCore

/// A word of a body as the entity matcher sees it: a token, or one part of a hyphenated token.
///
/// `Kim Jong-un` is three units (`Kim`, `Jong`, `un`), so it matches the
/// alias `Kim Jong Un`; `Korea Utara-Rusia` is three, so `Korea Utara` and
/// `Rusia` are found apart.
struct TextUnit {
    /// Byte offsets into the body.
    var start: Int32
    var end: Int32
    var flags: UInt8
    /// `NameKey` of the unit alone.
    var key: UInt64
    /// Which tables have an entry starting with this word (`WordFlags`), filled by the extractor.
    var words: UInt8 = 0

    static let capitalized: UInt8 = 1  // first letter is a capital, or inherited from the first part of its token
    static let allCaps: UInt8 = 2  // two or more letters, all capitals (`KCNA`, `AS`)
    static let joinsPrevious: UInt8 = 4  // only spaces or an in-word hyphen since the previous unit
    static let tokenContinuation: UInt8 = 8  // not the first part of its token
    static let digitStart: UInt8 = 16
    static let sentenceStart: UInt8 = 32  // first unit of a sentence, a paragraph, or after an opening quote or colon
    static let quoted: UInt8 = 64  // right after an opening quotation mark

    var isCapitalized: Bool { flags & TextUnit.capitalized != 0 }
    var isAllCaps: Bool { flags & TextUnit.allCaps != 0 }
    var joinsPrevious: Bool { flags & TextUnit.joinsPrevious != 0 }
    var isSentenceStart: Bool { flags & TextUnit.sentenceStart != 0 }
    var range: Range<Int> { Int(start)..<Int(end) }
}

/// Bits of `TextUnit.words`: one hash lookup per word tells which tables to ask.
enum WordFlags {
    static let knowledgeBase: UInt8 = 1
    static let title: UInt8 = 2
    static let head: UInt8 = 4
    static let preposition: UInt8 = 8
    static let stopword: UInt8 = 16
    static let anaphora: UInt8 = 32
}

enum TextUnits {
    /// Splits `text` into units, marking sentence starts from `sentences`.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length of `text`.
    static func units(
        of text: String,
        tokens: [TextRange],
        sentences: [TextRange]
    ) -> [TextUnit] {
        var units: [TextUnit] = []
        units.reserveCapacity(tokens.count + tokens.count / 8)
        var text = text
        text.withUTF8 { bytes in
            var sentenceIndex = 0
            var previousEnd = 0
            for token in tokens {
                var isSentenceStart = false
                while sentenceIndex < sentences.count, sentences[sentenceIndex].start <= token.start {
                    isSentenceStart = true
                    sentenceIndex += 1
                }
                if units.isEmpty { isSentenceStart = true }
                // What lies between the previous token and this one.
                var joins = !units.isEmpty
                var quoted = false
                var i = previousEnd
                while i < token.start {
                    let b = bytes[i]
                    if b == 0x20 {
                    } else if b == UInt8(ascii: "\n") {
                        joins = false
                        if i + 1 < token.start, bytes[i + 1] == UInt8(ascii: "\n") { isSentenceStart = true }
                    } else if b == 0xC2, i + 1 < token.start, bytes[i + 1] == 0xA0 {
                        i += 1
                    } else {
                        joins = false
                        if b == UInt8(ascii: "\"") || b == UInt8(ascii: ":") { quoted = true }
                        if b == 0xE2, i + 2 < token.start, bytes[i + 1] == 0x80,
                            bytes[i + 2] == 0x9C || bytes[i + 2] == 0x98 || bytes[i + 2] == 0x9D
                        {
                            quoted = true
                        }
                    }
                    i += 1
                }
                previousEnd = token.end
                // Split the token at hyphens.
                var partStart = token.start
                var tokenCapitalized = false
                var first = true
                var j = token.start
                while j <= token.end {
                    if j == token.end || bytes[j] == UInt8(ascii: "-") {
                        if j > partStart {
                            var flags: UInt8 = 0
                            let shape = TextUnits.shape(bytes, partStart..<j)
                            if shape.capital || (!first && tokenCapitalized && shape.letter) {
                                flags |= TextUnit.capitalized
                            }
                            if first { tokenCapitalized = shape.capital }
                            if shape.allCaps { flags |= TextUnit.allCaps }
                            if shape.digit { flags |= TextUnit.digitStart }
                            if first {
                                if joins { flags |= TextUnit.joinsPrevious }
                                if isSentenceStart || quoted { flags |= TextUnit.sentenceStart }
                                if quoted { flags |= TextUnit.quoted }
                            } else {
                                flags |= TextUnit.joinsPrevious | TextUnit.tokenContinuation
                            }
                            units.append(
                                TextUnit(
                                    start: Int32(partStart),
                                    end: Int32(j),
                                    flags: flags,
                                    key: NameKey.extend(NameKey.seed, bytes, partStart..<j)
                                )
                            )
                            first = false
                        }
                        partStart = j + 1
                    }
                    j += 1
                }
            }
        }
        return units
    }

    /// Letter case of a unit: first letter a capital; all letters capitals (two or more); starts with a digit.
    @inline(__always)
    static func shape(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (
        capital: Bool, allCaps: Bool, digit: Bool, letter: Bool
    ) {
        let b = bytes[range.lowerBound]
        var capital = false
        var letter = false
        if b >= 0x41 && b <= 0x5A {
            capital = true
            letter = true
        } else if b >= 0x61 && b <= 0x7A {
            letter = true
        } else if b >= 0x80 {
            letter = true
            capital = isCapital(bytes, range.lowerBound)
        }
        let digit = b >= 0x30 && b <= 0x39
        var allCaps = capital
        var letters = 0
        if capital {
            var i = range.lowerBound
            while i < range.upperBound {
                let c = bytes[i]
                if c >= 0x61 && c <= 0x7A {
                    allCaps = false
                    break
                } else if c >= 0x41 && c <= 0x5A {
                    letters += 1
                } else if c >= 0x80 {
                    if c >= 0xC0 {
                        if !isCapital(bytes, i) {
                            allCaps = false
                            break
                        }
                        letters += 1
                    }
                }
                i += 1
            }
        }
        return (capital, allCaps && letters >= 2, digit, letter)
    }

    /// Whether the scalar starting at `i` is a capital letter (Latin-1, Latin Extended-A, Greek, Cyrillic).
    static func isCapital(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        guard i + 1 < bytes.count else { return false }
        let next = bytes[i + 1]
        switch b {
        case 0xC3: return next >= 0x80 && next <= 0x9E && next != 0x97
        case 0xC4, 0xC5: return next & 1 == 0
        case 0xCE: return next >= 0x91 && next <= 0xA9
        case 0xD0: return next >= 0x80 && next <= 0xAF
        default: return false
        }
    }
}
