internal import LinimasaCore

/// A span of text between quotation marks.
struct QuotedSpan: Equatable {
    /// The quoted words, one piece per paragraph, without the marks and outer spaces.
    var pieces: [TextRange]
    /// Byte offset of the opening mark.
    var openMark: Int
    /// Byte offset just past the closing mark, or the paragraph end when there is none.
    var closeEnd: Int
    /// Whether a closing mark was found.
    var isClosed: Bool

    /// From the first quoted byte to the last.
    var content: TextRange { TextRange(start: pieces[0].start, end: pieces[pieces.count - 1].end) }
}

/// Finds quoted spans in a body on UTF-8 bytes.
///
/// Marks: straight `"`, curly `“ ”`, `„`, guillemets `« »`, and single `‘ ’` or straight `'`
/// when they stand at word edges (an apostrophe inside `Jum'at` or `Jum’at` is not a mark).
/// Single marks inside a double-quoted span are part of it. A span never crosses a paragraph
/// unless the next paragraph opens with a mark of the same kind (the convention for quotes
/// running over several paragraphs); a span with no closing mark ends at its paragraph's end.
enum QuoteMarks {
    private enum Mark {
        case straightDouble, openDouble, closeDouble, openSingle, closeSingle, straightSingle
    }

    private struct Open {
        var single: Bool
        var mark: Int
        var contentStart: Int
        var pieces: [TextRange]
    }

    /// Quoted spans of `bytes`, in order.
    static func spans(in bytes: [UInt8], paragraphs: [TextRange]) -> [QuotedSpan] {
        var spans: [QuotedSpan] = []
        var open: Open?
        for (p, paragraph) in paragraphs.enumerated() {
            var i = paragraph.start
            if var continuing = open {
                // The repeated opening mark of a continued quote.
                i = skipSpaces(bytes, i, paragraph.end)
                if let found = markAt(bytes, i), isOpening(found.0, single: continuing.single) {
                    continuing.contentStart = i + found.1
                    i += found.1
                }
                open = continuing
            }
            while i < paragraph.end {
                guard let found = markAt(bytes, i) else {
                    i += 1
                    continue
                }
                let (mark, length) = found
                let previous = i > paragraph.start ? bytes[i - 1] : 0x20
                let next = i + length < paragraph.end ? bytes[i + length] : 0x20
                let atStart = isSpaceOrOpener(previous)
                let beforeWord = isWordByte(next)
                if var current = open {
                    let closes: Bool
                    switch mark {
                    case .straightDouble, .closeDouble: closes = !current.single
                    case .openDouble: closes = !current.single && !beforeWord
                    case .closeSingle: closes = current.single && !beforeWord
                    case .straightSingle: closes = current.single && !beforeWord && !isSpace(previous)
                    case .openSingle: closes = false
                    }
                    if closes {
                        current.pieces.append(TextRange(start: current.contentStart, end: i))
                        if let span = makeSpan(current, bytes: bytes, closeEnd: i + length, closed: true) {
                            spans.append(span)
                        }
                        open = nil
                    }
                } else {
                    let opens: Bool
                    switch mark {
                    case .straightDouble, .openDouble: opens = true
                    case .closeDouble: opens = atStart && beforeWord
                    case .openSingle: opens = !isSpace(next)
                    case .straightSingle: opens = atStart && beforeWord
                    case .closeSingle: opens = false
                    }
                    if opens {
                        let single = mark == .openSingle || mark == .straightSingle
                        open = Open(single: single, mark: i, contentStart: i + length, pieces: [])
                    }
                }
                i += length
            }
            if var current = open {
                current.pieces.append(TextRange(start: current.contentStart, end: paragraph.end))
                let nextStart =
                    p + 1 < paragraphs.count
                    ? skipSpaces(bytes, paragraphs[p + 1].start, paragraphs[p + 1].end) : -1
                if nextStart >= 0, let found = markAt(bytes, nextStart),
                    isOpening(found.0, single: current.single)
                {
                    open = current
                } else {
                    if let span = makeSpan(current, bytes: bytes, closeEnd: paragraph.end, closed: false) {
                        spans.append(span)
                    }
                    open = nil
                }
            }
        }
        return spans
    }

    private static func makeSpan(_ open: Open, bytes: [UInt8], closeEnd: Int, closed: Bool)
        -> QuotedSpan?
    {
        var pieces: [TextRange] = []
        for piece in open.pieces {
            var start = piece.start
            var end = piece.end
            while start < end, isSpace(bytes[start]) { start += 1 }
            while end > start, isSpace(bytes[end - 1]) || bytes[end - 1] == UInt8(ascii: ",") { end -= 1 }
            if end > start { pieces.append(TextRange(start: start, end: end)) }
        }
        guard !pieces.isEmpty else { return nil }
        return QuotedSpan(pieces: pieces, openMark: open.mark, closeEnd: closeEnd, isClosed: closed)
    }

    private static func isOpening(_ mark: Mark, single: Bool) -> Bool {
        single
            ? (mark == .openSingle || mark == .straightSingle)
            : (mark == .openDouble || mark == .straightDouble)
    }

    private static func markAt(_ bytes: [UInt8], _ i: Int) -> (Mark, Int)? {
        guard i >= 0, i < bytes.count else { return nil }
        switch bytes[i] {
        case UInt8(ascii: "\""): return (.straightDouble, 1)
        case UInt8(ascii: "'"): return (.straightSingle, 1)
        case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80:
            switch bytes[i + 2] {
            case 0x9C, 0x9E: return (.openDouble, 3)
            case 0x9D: return (.closeDouble, 3)
            case 0x98: return (.openSingle, 3)
            case 0x99: return (.closeSingle, 3)
            default: return nil
            }
        case 0xC2 where i + 1 < bytes.count:
            if bytes[i + 1] == 0xAB { return (.openDouble, 2) }
            if bytes[i + 1] == 0xBB { return (.closeDouble, 2) }
            return nil
        default: return nil
        }
    }

    private static func skipSpaces(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Int {
        var i = i
        while i < end, isSpace(bytes[i]) { i += 1 }
        return i
    }

    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0xA0
    }

    /// A byte that can start a word: an ASCII letter or digit, or the lead byte of a non-ASCII
    /// scalar other than the punctuation block (E2) and NBSP (C2 A0 / C2 AB / C2 BB).
    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            || (b >= 0xC3 && b != 0xE2)
    }

    private static func isSpaceOrOpener(_ b: UInt8) -> Bool {
        isSpace(b) || b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b == UInt8(ascii: ":")
            || b == 0x94 || b == 0x93 || b == 0x9C || b == 0x98  // after a dash or another opening mark
    }
}
