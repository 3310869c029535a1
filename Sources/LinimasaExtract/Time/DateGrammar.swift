internal import LinimasaCore

/// A date read from the text; any part may be missing.
struct DateParts: Sendable, Equatable {
    var year: Int?
    var month: Int?
    var day: Int?
    /// Written as numbers with both parts ≤ 12 and different, so day and month could be swapped.
    var swappable = false
    /// The year was written with two digits (`29/11/24`).
    var shortYear = false
    /// One past the last token read.
    var end: Int
}

/// A clock time read from the text.
struct ClockParts: Sendable, Equatable {
    var minuteOfDay: Int
    var second: Int?
    var zoneMinutes: Int?
    /// A zone word was read (`WIB`), not only an offset.
    var end: Int
}

/// Token-level readers for the pieces of dates and clock times, shared by the tagger and
/// the date-line parser so there is one date grammar.
struct DateGrammar {
    let tokens: [TimeToken]
    let lexicon: TimeLexicon

    @inline(__always)
    func word(_ i: Int) -> TimeWord? {
        guard i >= 0, i < tokens.count, tokens[i].word >= 0 else { return nil }
        return lexicon.words[Int(tokens[i].word)]
    }

    @inline(__always)
    func isPunct(_ i: Int, _ c: UInt8) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punct && tokens[i].punct == c
    }

    /// A plain number token (not glued to letters) with `digits` in the range.
    @inline(__always)
    func number(_ i: Int, digits: ClosedRange<Int>) -> Int? {
        guard i >= 0, i < tokens.count else { return nil }
        let t = tokens[i]
        guard t.kind == .number, !t.glued, digits.contains(t.digits) else { return nil }
        return t.number
    }

    /// Whether token `i` directly follows the one before it, with no space.
    @inline(__always)
    func tight(_ i: Int) -> Bool { i < tokens.count && !tokens[i].gap }

    /// A four-digit year from 1000 to 2999, not followed by a decimal part or more digits.
    func year(_ i: Int) -> Int? {
        guard let y = number(i, digits: 4...4), (1000...2999).contains(y) else { return nil }
        if continuesNumber(after: i) { return nil }
        if followsNumber(i) { return nil }
        return y
    }

    /// Whether a number at `i` goes on with `.`, `,` and digits (`2.500`, `2,5`).
    func continuesNumber(after i: Int) -> Bool {
        let next = i + 1
        guard next + 1 < tokens.count, tight(next), tight(next + 1), tokens[next + 1].kind == .number else {
            return false
        }
        return isPunct(next, UInt8(ascii: ".")) || isPunct(next, UInt8(ascii: ","))
            || isPunct(next, UInt8(ascii: ":")) || isPunct(next, UInt8(ascii: "/"))
    }

    /// Whether the number at `i` is preceded tightly by a separator and a digit (`10.000` read from
    /// its tail); a `-` counts only when `dash` (ranges such as `18-19 Juni` and `09.00-12.00` start
    /// a new number after it).
    func followsNumber(_ i: Int, dash: Bool = false) -> Bool {
        guard i >= 2, tight(i), tight(i - 1), tokens[i - 2].kind == .number else { return false }
        return isPunct(i - 1, UInt8(ascii: ".")) || isPunct(i - 1, UInt8(ascii: ","))
            || isPunct(i - 1, UInt8(ascii: "/")) || isPunct(i - 1, UInt8(ascii: ":"))
            || (dash && isPunct(i - 1, UInt8(ascii: "-")))
    }

    /// `18 Juni 2024`, `18 Jun 2024`, `18 Juni`, `18-Nov-2024`, `18 Juni, 2024`.
    func dayMonthYear(at i: Int) -> DateParts? {
        guard let d = number(i, digits: 1...2), (1...31).contains(d), !followsNumber(i) else { return nil }
        var j = i + 1
        if isPunct(j, UInt8(ascii: "-")) && tight(j) && tight(j + 1) { j += 1 }
        guard let w = word(j), w.month > 0 else { return nil }
        var parts = DateParts(year: nil, month: w.month, day: d, end: j + 1)
        var k = j + 1
        if isPunct(k, UInt8(ascii: "-")) && tight(k) && tight(k + 1) {
            k += 1
        } else if isPunct(k, UInt8(ascii: ",")) || isPunct(k, UInt8(ascii: ".")) && tight(k) {
            k += 1
        }
        if let y = year(k) {
            parts.year = y
            parts.end = k + 1
        } else if !w.monthIsFull {
            return nil  // `18 Mar` alone is too weak
        }
        guard d <= CalendarDate.daysIn(month: w.month, year: parts.year ?? 2024) else { return nil }
        return parts
    }

    /// `Sep 14, 2023`, `September 14 2023`, `Nov. 18, 2024`.
    func monthDayYear(at i: Int) -> DateParts? {
        guard let w = word(i), w.month > 0 else { return nil }
        var j = i + 1
        if isPunct(j, UInt8(ascii: ".")) && tight(j) { j += 1 }
        guard let d = number(j, digits: 1...2), (1...31).contains(d) else { return nil }
        var k = j + 1
        if isPunct(k, UInt8(ascii: ",")) { k += 1 }
        guard let y = year(k) else { return nil }
        guard d <= CalendarDate.daysIn(month: w.month, year: y) else { return nil }
        return DateParts(year: y, month: w.month, day: d, end: k + 1)
    }

    /// `29/11/2024`, `29-11-2024`, `29.11.2024`, `29/11/24`, and without a year when `allowNoYear`
    /// (`13/9`); the separators must match and touch the numbers.
    func numericDate(at i: Int, allowNoYear: Bool) -> DateParts? {
        guard let d = number(i, digits: 1...2), !followsNumber(i, dash: true) else { return nil }
        let sep = i + 1
        guard sep < tokens.count, tokens[sep].kind == .punct, tight(sep), tight(sep + 1) else { return nil }
        let s = tokens[sep].punct
        guard s == UInt8(ascii: "/") || s == UInt8(ascii: "-") || s == UInt8(ascii: ".") else { return nil }
        guard let m = number(sep + 1, digits: 1...2) else { return nil }
        var parts = DateParts(year: nil, month: m, day: d, end: sep + 2)
        if isPunct(sep + 2, s) && tight(sep + 2) && tight(sep + 3), let y = number(sep + 3, digits: 2...4) {
            if tokens[sep + 3].digits == 4 {
                guard (1000...2999).contains(y) else { return nil }
                parts.year = y
            } else if tokens[sep + 3].digits == 2, s == UInt8(ascii: "/") {
                parts.year = 2000 + y
                parts.shortYear = true
            } else {
                return nil
            }
            parts.end = sep + 4
            if continuesNumber(after: sep + 3) { return nil }
        } else {
            guard allowNoYear, s == UInt8(ascii: "/") else { return nil }
            if continuesNumber(after: sep + 1) { return nil }
        }
        let y = parts.year ?? 2024
        let fitsDM = (1...12).contains(m) && d >= 1 && d <= CalendarDate.daysIn(month: m, year: y)
        let fitsMD = (1...12).contains(d) && m >= 1 && m <= CalendarDate.daysIn(month: d, year: y)
        if !fitsDM {
            guard fitsMD else { return nil }
            // Only M/D fits (`11/29/2024`): read it so, and let the caller note it.
            parts.day = m
            parts.month = d
            parts.swappable = false
            return parts
        }
        parts.swappable = fitsMD && d != m
        return parts
    }

    /// `2024-11-29` (the ISO order).
    func isoDate(at i: Int) -> DateParts? {
        guard let y = number(i, digits: 4...4), (1000...2999).contains(y), !followsNumber(i, dash: true) else { return nil }
        guard isPunct(i + 1, UInt8(ascii: "-")), tight(i + 1), tight(i + 2),
            let m = number(i + 2, digits: 2...2),
            isPunct(i + 3, UInt8(ascii: "-")), tight(i + 3), tight(i + 4),
            let d = number(i + 4, digits: 2...2),
            CalendarDate(year: y, month: m, day: d) != nil
        else { return nil }
        return DateParts(year: y, month: m, day: d, end: i + 5)
    }

    /// A clock time: `17:10`, `10.00`, `13.49`, `17:10:05`, `10.00 WIB`, `pukul 10` (when `bareHour`).
    ///
    /// A `.` between hour and minute is only read when `dotAllowed` (after `pukul`, or before a zone),
    /// since `10.000` and `2.50` are numbers.
    func clock(at i: Int, dotAllowed: Bool, bareHour: Bool) -> ClockParts? {
        guard let h = number(i, digits: 1...2), h <= 24, !followsNumber(i) else { return nil }
        var end = i + 1
        var minutes = 0
        var second: Int?
        let sep = i + 1
        if sep + 1 < tokens.count, tight(sep), tight(sep + 1),
            isPunct(sep, UInt8(ascii: ":")) || isPunct(sep, UInt8(ascii: ".")),
            let m = number(sep + 1, digits: 2...2), m < 60
        {
            let isDot = isPunct(sep, UInt8(ascii: "."))
            if isDot && !dotAllowed {
                guard let z = word(sep + 2), z.zoneMinutes != nil else { return nil }
            }
            minutes = m
            end = sep + 2
            if isPunct(end, tokens[sep].punct), tight(end), tight(end + 1), let s = number(end + 1, digits: 2...2), s < 60 {
                second = s
                end += 2
            }
            if continuesNumber(after: end - 1) { return nil }
        } else {
            guard bareHour else { return nil }
            if continuesNumber(after: i) { return nil }
        }
        guard h < 24 || minutes == 0 else { return nil }
        var parts = ClockParts(minuteOfDay: h * 60 + minutes, second: second, zoneMinutes: nil, end: end)
        if let z = word(end)?.zoneMinutes {
            parts.zoneMinutes = z
            parts.end = end + 1
        }
        return parts
    }
}
