public import LinimasaCore

extension TimeTagger {
    /// The date and time a line states, when the line is a date and nothing more.
    ///
    /// Reads an optional day name (`Senin,`), a date (`18 November 2024`, `18 Nov 2024`,
    /// `Sep 14, 2023`, `18/11/2024`, `2024-11-18`), then optionally a separator (`,` `-` `|` `•`
    /// `pukul`), a clock time (`17:10`, `10.15`, `17:10:05`) and a zone (`WIB` +07:00, `WITA`
    /// +08:00, `WIT` +09:00, `UTC`), or an ISO 8601 date-time (`2024-11-18T17:10:00+07:00`).
    /// When day and month are both ≤ 12 and the day name only fits them swapped, they are swapped.
    ///
    /// - Parameter line: One line of text (leading and trailing spaces are ignored).
    /// - Returns: The date with ``PublishedDate/Source/stated``, or `nil` when the line holds
    ///   anything else, or a date that does not exist.
    public func publishedDate(inLine line: String) -> PublishedDate? {
        var copy = line
        return copy.withUTF8 { bytes -> PublishedDate? in
            guard bytes.count <= 120 else { return nil }
            if let iso = TimeTagger.isoDateTime(bytes) { return iso }
            let tokens = TimeTokenizer.tokens(bytes, lexicon: lexicon)
            return dateLine(DateGrammar(tokens: tokens, lexicon: lexicon))
        }
    }

    private func dateLine(_ g: DateGrammar) -> PublishedDate? {
        let tokens = g.tokens
        var i = 0
        var weekday: Int?
        if let w = g.word(i), w.weekday > 0 {
            weekday = w.weekday
            i += 1
            if g.isPunct(i, UInt8(ascii: ".")) && g.tight(i) { i += 1 }
            if g.isPunct(i, UInt8(ascii: ",")) || g.isPunct(i, UInt8(ascii: "-")) || g.isPunct(i, UInt8(ascii: "|")) {
                i += 1
            }
        }
        guard var parts = g.dayMonthYear(at: i) ?? g.monthDayYear(at: i) ?? g.isoDate(at: i)
            ?? g.numericDate(at: i, allowNoYear: false),
            let year = parts.year, let month = parts.month, let day = parts.day
        else { return nil }
        guard var date = CalendarDate(year: year, month: month, day: day) else { return nil }
        if let weekday, parts.swappable, date.weekday != weekday,
            let swapped = CalendarDate(year: year, month: day, day: month), swapped.weekday == weekday
        {
            date = swapped
            parts.swappable = false
        }
        i = parts.end
        var clock: ClockParts?
        var separators = 0
        while i < tokens.count, separators < 3 {
            if tokens[i].kind == .punct, [UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "|"), UInt8(ascii: "/")].contains(tokens[i].punct) {
                i += 1
                separators += 1
            } else if let w = g.word(i), w.role == .clock {
                i += 1
                separators += 1
            } else {
                break
            }
        }
        if i < tokens.count {
            guard let c = g.clock(at: i, dotAllowed: true, bareHour: false) else { return nil }
            clock = c
            i = c.end
            if clock?.zoneMinutes == nil, let offset = offset(g, &i) { clock?.zoneMinutes = offset }
        }
        while g.isPunct(i, UInt8(ascii: ".")) || g.isPunct(i, UInt8(ascii: ")")) { i += 1 }
        guard i == tokens.count else { return nil }
        guard let clock else { return PublishedDate(date: date, source: .stated) }
        let precision: PublishedDate.Precision = clock.second == nil ? .minute : .second
        return PublishedDate(
            date: date,
            minuteOfDay: clock.minuteOfDay,
            utcOffsetMinutes: clock.zoneMinutes,
            precision: precision,
            source: .stated
        )
    }

    /// `+07:00`, `+0700`, `GMT+7`, `Z` after a clock time.
    private func offset(_ g: DateGrammar, _ i: inout Int) -> Int? {
        var k = i
        if let w = g.word(k), w.zoneMinutes == 0 { k += 1 }
        if k < g.tokens.count, g.tokens[k].kind == .word, g.tokens[k].end - g.tokens[k].start == 1, k == i {
            // A lone `Z`.
            if g.tokens[k].capitalized, g.tokens[k].word < 0, k + 1 == g.tokens.count {
                i = k + 1
                return 0
            }
        }
        guard g.isPunct(k, UInt8(ascii: "+")) || g.isPunct(k, UInt8(ascii: "-")) else {
            if k > i {
                i = k
                return 0
            }
            return nil
        }
        let sign = g.isPunct(k, UInt8(ascii: "-")) ? -1 : 1
        guard let h = g.number(k + 1, digits: 1...4) else { return nil }
        var minutes: Int
        var end = k + 2
        if g.tokens[k + 1].digits == 4 {
            minutes = (h / 100) * 60 + h % 100
        } else {
            minutes = h * 60
            if g.isPunct(end, UInt8(ascii: ":")), let m = g.number(end + 1, digits: 2...2) {
                minutes += m
                end += 2
            }
        }
        guard minutes <= 14 * 60 else { return nil }
        i = end
        return sign * minutes
    }

    /// `YYYY-MM-DD`, optionally `T` or a space, `HH:MM[:SS[.fff]]`, and `Z` or `±HH:MM` / `±HHMM`;
    /// the whole of `bytes` (spaces at the ends aside) must be that.
    static func isoDateTime(_ bytes: UnsafeBufferPointer<UInt8>) -> PublishedDate? {
        var lower = 0
        var upper = bytes.count
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 || bytes[upper - 1] == 0x0D {
            upper -= 1
        }
        var i = lower
        func digits(_ count: Int) -> Int? {
            guard i + count <= upper else { return nil }
            var value = 0
            for k in i..<(i + count) {
                let d = bytes[k] &- UInt8(ascii: "0")
                guard d < 10 else { return nil }
                value = value * 10 + Int(d)
            }
            i += count
            return value
        }
        func expect(_ c: UInt8) -> Bool {
            guard i < upper, bytes[i] == c else { return false }
            i += 1
            return true
        }
        guard let y = digits(4), expect(UInt8(ascii: "-")), let m = digits(2), expect(UInt8(ascii: "-")),
            let d = digits(2), let date = CalendarDate(year: y, month: m, day: d)
        else { return nil }
        if i == upper { return PublishedDate(date: date, source: .stated) }
        guard expect(UInt8(ascii: "T")) || expect(UInt8(ascii: " ")), let h = digits(2), h < 24,
            expect(UInt8(ascii: ":")), let mi = digits(2), mi < 60
        else { return nil }
        var precision = PublishedDate.Precision.minute
        if expect(UInt8(ascii: ":")) {
            guard let s = digits(2), s < 61 else { return nil }
            precision = .second
            if expect(UInt8(ascii: ".")) {
                while i < upper, bytes[i] &- UInt8(ascii: "0") < 10 { i += 1 }
            }
        }
        var offset: Int?
        if expect(UInt8(ascii: "Z")) {
            offset = 0
        } else if i < upper, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
            let sign = bytes[i] == UInt8(ascii: "-") ? -1 : 1
            i += 1
            guard let oh = digits(2) else { return nil }
            _ = expect(UInt8(ascii: ":"))
            guard let om = digits(2), oh <= 14, om < 60 else { return nil }
            offset = sign * (oh * 60 + om)
        }
        guard i == upper else { return nil }
        return PublishedDate(date: date, minuteOfDay: h * 60 + mi, utcOffsetMinutes: offset, precision: precision, source: .stated)
    }
}
