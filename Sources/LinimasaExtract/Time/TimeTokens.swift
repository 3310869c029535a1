/// One token of the time grammar's own split of a text.
///
/// Unlike the language pack's tokenizer, numbers and their separators are kept apart
/// (`29/11/2024` is five tokens), so the grammar can read dates, clock times and
/// counts from the pieces; `gap` says whether white space came before a token.
struct TimeToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct }

    var start: Int
    var end: Int
    var kind: Kind
    /// For a number: its value (digits beyond the ninth are ignored).
    var number: Int = 0
    /// For a number: how many digits it has.
    var digits: Int = 0
    /// For a word: the time lexicon's id, or -1.
    var word: Int32 = -1
    /// For punctuation: the ASCII byte, with dashes as `-`, bullets as `|` and curly quotes as `"`.
    var punct: UInt8 = 0
    /// A word starting with an upper-case letter.
    var capitalized = false
    /// White space (or nothing, at the start) separates this token from the one before.
    var gap = true
    /// A line break separates this token from the one before.
    var lineBreak = false
    /// The first token of a sentence, as far as punctuation shows.
    var sentenceStart = false
    /// A number glued to letters (`17an`, `5G`): never a date or count.
    var glued = false
}

/// Splits UTF-8 text into ``TimeToken``s.
///
/// A word is a letter followed by letters, digits and in-word `-` or apostrophes (`ke-72`,
/// `Jum'at`, `Soyuz-2`); a number is a run of ASCII digits; every other non-space scalar is one
/// punctuation token. Non-ASCII scalars count as letters except the spaces, dashes, quotes and
/// bullets listed in ``nonLetter(_:_:)``.
enum TimeTokenizer {
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, lexicon: TimeLexicon) -> [TimeToken] {
        var tokens: [TimeToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        let n = bytes.count
        var i = 0
        var gap = true
        var lineBreak = false
        var sentenceStart = true
        while i < n {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0D {
                gap = true
                i += 1
                continue
            }
            if b == 0x0A {
                gap = true
                lineBreak = true
                sentenceStart = true
                i += 1
                continue
            }
            var token: TimeToken
            if b &- UInt8(ascii: "0") < 10 {
                let start = i
                var value = 0
                while i < n, bytes[i] &- UInt8(ascii: "0") < 10 {
                    if i - start < 9 { value = value * 10 + Int(bytes[i] &- UInt8(ascii: "0")) }
                    i += 1
                }
                token = TimeToken(start: start, end: i, kind: .number, number: value, digits: i - start)
                if i < n, isLetterStart(bytes, i) { token.glued = true }
                if start > 0, isLetterByte(bytes[start - 1]) { token.glued = true }
            } else if b < 0x80 {
                if isLetterByte(b) {
                    token = word(bytes, &i, lexicon: lexicon)
                } else {
                    var p = b
                    if p == UInt8(ascii: "'") || p == UInt8(ascii: "`") { p = UInt8(ascii: "'") }
                    token = TimeToken(start: i, end: i + 1, kind: .punct, punct: p)
                    i += 1
                }
            } else {
                let (kind, length) = nonLetter(bytes, i)
                if kind == 1 {  // space
                    gap = true
                    i += length
                    continue
                } else if kind == 2 {  // punctuation
                    let punct: UInt8
                    switch (bytes[i], i + 2 < n ? bytes[i + 2] : 0) {
                    case (0xE2, 0x93), (0xE2, 0x94), (0xE2, 0x95), (0xE2, 0x92): punct = UInt8(ascii: "-")
                    case (0xE2, 0xA2): punct = UInt8(ascii: "|")
                    case (0xE2, 0x9C), (0xE2, 0x9D), (0xC2, _): punct = UInt8(ascii: "\"")
                    case (0xE2, 0x98), (0xE2, 0x99): punct = UInt8(ascii: "'")
                    default: punct = UInt8(ascii: "~")
                    }
                    token = TimeToken(start: i, end: i + length, kind: .punct, punct: punct)
                    i += length
                } else {
                    token = word(bytes, &i, lexicon: lexicon)
                }
            }
            token.gap = gap
            token.lineBreak = lineBreak
            token.sentenceStart = sentenceStart
            sentenceStart = false
            if token.kind == .punct {
                let p = token.punct
                if p == UInt8(ascii: ".") || p == UInt8(ascii: "!") || p == UInt8(ascii: "?") {
                    // A period between digits (`10.00`) does not end a sentence.
                    let digitBefore = token.start > 0 && bytes[token.start - 1] &- UInt8(ascii: "0") < 10
                    let digitAfter = token.end < n && bytes[token.end] &- UInt8(ascii: "0") < 10
                    if !(digitBefore && digitAfter) { sentenceStart = true }
                } else if p == UInt8(ascii: "\"") || p == UInt8(ascii: "(") {
                    // An opening quote or bracket keeps the sentence start for the word after it.
                    sentenceStart = token.sentenceStart
                }
            }
            gap = false
            lineBreak = false
            tokens.append(token)
        }
        return tokens
    }

    @inline(__always)
    static func isLetterByte(_ b: UInt8) -> Bool {
        (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z")
    }

    @inline(__always)
    static func isLetterStart(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return isLetterByte(b) }
        return nonLetter(bytes, i).kind == 0
    }

    /// Classifies the non-ASCII scalar at `i`: 0 letter, 1 space, 2 punctuation; with its byte length.
    @inline(__always)
    static func nonLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (kind: Int, length: Int) {
        let b0 = bytes[i]
        let n = bytes.count
        if b0 & 0xE0 == 0xC0 {
            guard i + 1 < n else { return (2, 1) }
            let b1 = bytes[i + 1]
            if b0 == 0xC2 {
                if b1 == 0xA0 { return (1, 2) }  // NBSP
                if b1 < 0xC0 { return (2, 2) }  // Latin-1 punctuation and symbols (« » · ©)
            }
            if b0 == 0xC3, b1 == 0x97 || b1 == 0xB7 { return (2, 2) }  // × ÷
            return (0, 2)
        }
        if b0 & 0xF0 == 0xE0 {
            guard i + 2 < n else { return (2, 1) }
            if b0 == 0xE2 && (bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81) {
                let b2 = bytes[i + 2]
                if bytes[i + 1] == 0x80 && (b2 <= 0x8F || b2 == 0xAF) { return (1, 3) }  // U+2000-200F, U+202F
                if bytes[i + 1] == 0x80 && (b2 == 0x98 || b2 == 0x99) { return (2, 3) }  // ‘ ’
                return (2, 3)
            }
            if b0 == 0xE2 || b0 == 0xE3 && bytes[i + 1] == 0x80 { return (2, 3) }  // symbols, CJK punctuation
            if b0 == 0xEF && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF { return (1, 3) }  // BOM
            return (0, 3)
        }
        if b0 & 0xF8 == 0xF0 { return (2, min(4, n - i)) }  // emoji and other astral symbols
        return (2, 1)
    }

    /// Reads a word starting at `i`.
    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int, lexicon: TimeLexicon) -> TimeToken {
        let start = i
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if isLetterByte(b) || b &- UInt8(ascii: "0") < 10 {
                    i += 1
                    continue
                }
                // `-` or an apostrophe joins when a letter or digit follows, except after a month,
                // day name or roman numeral (`Juni-Juli`, `Sabtu-Minggu`, `I-2015`).
                if b == UInt8(ascii: "-"), i > start, i - start <= 12 {
                    let id = lexicon.id(bytes, start..<i)
                    if id >= 0 {
                        let w = lexicon.words[Int(id)]
                        if w.month > 0 || w.weekday > 0 || w.ordinal > 0 { break }
                    }
                }
                if (b == UInt8(ascii: "-") || b == UInt8(ascii: "'")) && i + 1 < n {
                    let c = bytes[i + 1]
                    if isLetterByte(c) || c &- UInt8(ascii: "0") < 10 || (c >= 0x80 && nonLetter(bytes, i + 1).kind == 0) {
                        i += 1
                        continue
                    }
                }
                break
            }
            // A right single quote inside a word (`Jum’at`).
            if b == 0xE2, i + 3 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99, isLetterByte(bytes[i + 3]) {
                i += 3
                continue
            }
            let (kind, length) = nonLetter(bytes, i)
            guard kind == 0 else { break }
            i += length
        }
        var token = TimeToken(start: start, end: i, kind: .word)
        token.capitalized = bytes[start] >= UInt8(ascii: "A") && bytes[start] <= UInt8(ascii: "Z")
        if i - start <= 24 { token.word = lexicon.id(bytes, start..<i) }
        return token
    }
}
