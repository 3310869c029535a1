internal import LinimasaCore

/// Pins matched expressions to the calendar, in text order.
///
/// Keeps the last day and the last date value named, for `hari itu`, `saat itu`,
/// `tiga hari kemudian` and clock times without a date (`pukul 10.00` after `Senin (18/11)`).
struct TimeResolver {
    let tokens: [TimeToken]
    /// The date relative expressions are resolved against, if any.
    let reference: CalendarDate?
    /// How far values resolved against `reference` can be trusted.
    let referenceConfidence: Double
    /// `reference` was taken from the text, not given.
    let referenceFromText: Bool
    private var lastDay: CalendarDate?
    private var lastDayToken = -1
    private var lastValue: String?

    init(reference: ReferenceDate?, specs: [TimeSpec], tokens: [TimeToken]) {
        self.tokens = tokens
        if let reference {
            self.reference = reference.date
            self.referenceConfidence = reference.confidence
            self.referenceFromText = false
        } else {
            // The latest absolute day-precision date stated in the text.
            var latest: CalendarDate?
            for spec in specs {
                if case .date(let p, let weekday, _, _) = spec.form, spec.clock == nil,
                    let date = TimeResolver.absolute(p, weekday: weekday)?.date
                {
                    latest = max(latest ?? date, date)
                }
            }
            self.reference = latest
            self.referenceConfidence = 0.6
            self.referenceFromText = latest != nil
        }
    }

    /// The date an absolute ``DateParts`` names, swapped to M/D when only that fits the day name.
    static func absolute(_ p: DateParts, weekday: Int?) -> (date: CalendarDate, swapped: Bool)? {
        guard let y = p.year, let m = p.month, let d = p.day, let date = CalendarDate(year: y, month: m, day: d) else {
            return nil
        }
        if let weekday, date.weekday != weekday, p.swappable,
            let swapped = CalendarDate(year: y, month: d, day: m), swapped.weekday == weekday
        {
            return (swapped, true)
        }
        return (date, false)
    }

    /// Resolves every spec in text order; `surface` gives the text and byte range of tokens `first...last`.
    ///
    /// A ``TimeForm/linkedOffset(_:_:)`` (`dua hari setelah ...`) waits for the next expression: it
    /// takes the date set beside it (`Sabtu (15/3), dua hari setelah ...`), else the date of the
    /// anchor clause moved by its count (`sehari setelah ... Minggu (20/10)`); with neither in its
    /// sentence it stays a duration. Once dated, it is the day the text goes on about.
    mutating func resolveAll(_ specs: [TimeSpec], surface: (Int, Int) -> (String, TextRange)) -> [TimeExpression] {
        var outs: [TimeExpression] = []
        outs.reserveCapacity(specs.count)
        var pending: Int?
        for (index, spec) in specs.enumerated() {
            let (text, range) = surface(spec.first, spec.last)
            let out = resolve(spec, text: text, range: range)
            outs.append(out)
            if let p = pending {
                pending = nil
                let sameSentence = !sentenceBreak(from: specs[p].last, to: spec.first)
                link(p, in: specs, &outs, anchor: sameSentence ? out : nil, surface: surface)
            }
            if case .linkedOffset = spec.form { pending = index }
        }
        if let p = pending { link(p, in: specs, &outs, anchor: nil, surface: surface) }
        return outs
    }

    /// Dates the linked offset `outs[p]` (see ``resolveAll(_:surface:)``).
    private mutating func link(
        _ p: Int, in specs: [TimeSpec], _ outs: inout [TimeExpression], anchor: TimeExpression?,
        surface: (Int, Int) -> (String, TextRange)
    ) {
        let spec = specs[p]
        guard case .linkedOffset(let unit, let n) = spec.form, let linkEnd = spec.linkEnd else { return }
        var value: String?
        var precision = "day"
        var note: String?
        // The date set beside it, before a comma: `Rabu sore, tepat lima pekan setelah ...`.
        if p > 0, !sentenceBreak(from: specs[p - 1].last, to: spec.first), spec.first - specs[p - 1].last <= 4,
            (specs[p - 1].last + 1..<spec.first).contains(where: { tokens[$0].kind == .punct && tokens[$0].punct == UInt8(ascii: ",") }),
            let beside = outs[p - 1].value.flatMap({ TimeResolver.day(of: $0) })
        {
            value = beside.iso
            if let anchorDay = anchor?.value.flatMap({ TimeResolver.day(of: $0) }),
                TimeResolver.move(anchorDay, unit, n) != beside
            {
                note = "\(beside.iso) is not \(n) \(unit.name)(s) from \(anchorDay.iso)"
            }
        } else if let anchorValue = anchor?.value, anchor?.kind == .date || anchor?.kind == .time {
            if let day = TimeResolver.day(of: anchorValue) {
                value = TimeResolver.move(day, unit, n).iso
            } else if anchorValue.utf8.count == 7, unit == .month || unit == .year,
                let first = CalendarDate(iso: anchorValue + "-01")
            {
                value = String(first.adding(months: unit == .year ? 12 * n : n).iso.prefix(7))
                precision = "month"
            } else if anchorValue.utf8.count == 4, unit == .year, let year = Int(anchorValue) {
                value = CalendarDate.pad(year + n, 4)
                precision = "year"
            }
        }
        guard let value else { return }
        let (text, range) = surface(spec.first, linkEnd)
        var out = outs[p]
        out.text = text
        out.range = range
        out.kind = .date
        out.value = value
        out.precision = precision
        out.anchor = .mention
        out.confidence = note == nil ? 0.7 : 0.5
        // Keeps the count for readers of the event it opens (``TimeExpression/linkedOffset``).
        let (letter, factor) = unit.designator
        let offset = "P\(abs(n) * factor)\(letter) \(n < 0 ? "before" : "after") the event of the clause it opens"
        out.note = note.map { offset + "; " + $0 } ?? offset
        outs[p] = out
        if let day = CalendarDate(iso: value) {
            lastDay = day
            lastDayToken = max(lastDayToken, spec.last)
            lastValue = value
        }
    }

    /// The day of an ISO date or date-time value (`2025-02-19TAF` → 2025-02-19); nil for anything coarser.
    static func day(of value: String) -> CalendarDate? {
        guard value.utf8.count >= 10 else { return nil }
        let head = value.prefix(10)
        guard value.utf8.count == 10 || value.dropFirst(10).first == "T" else { return nil }
        return CalendarDate(iso: String(head))
    }

    /// `date` moved by `n` days, weeks, months or years.
    static func move(_ date: CalendarDate, _ unit: TimeUnit, _ n: Int) -> CalendarDate {
        switch unit {
        case .week: return date.adding(days: 7 * n)
        case .month: return date.adding(months: n)
        case .year: return date.adding(months: 12 * n)
        case .decade: return date.adding(months: 120 * n)
        default: return date.adding(days: n)
        }
    }

    mutating func resolve(_ spec: TimeSpec, text: String, range: TextRange) -> TimeExpression {
        if case .range(let a, let b) = spec.form {
            var first = spec
            first.form = a
            var second = spec
            second.form = b
            let start = resolve(first, text: text, range: range)
            var out = resolve(second, text: text, range: range)
            if let from = start.value, let to = out.value { out.value = from + "/" + to } else { out.value = nil }
            if start.anchor == .publication { out.anchor = .publication }
            out.confidence = min(start.confidence, out.confidence)
            out.note = out.note ?? start.note
            return out
        }
        var out = TimeExpression(text: text, range: range, kind: .date, value: nil, anchor: .absolute, confidence: 0.95)
        var day: CalendarDate?
        let relConfidence = reference == nil ? 0.3 : referenceConfidence * 0.9
        switch spec.form {
        case .date(let p, let weekday, _, let direction):
            let name = TimeResolver.firstWord(text)
            if let (date, swapped) = TimeResolver.absolute(p, weekday: weekday) {
                day = date
                if swapped {
                    out.note = "D/M read as M/D: weekday \(name) matches \(date.iso)"
                    out.confidence = 0.85
                } else if let weekday, date.weekday != weekday {
                    if let ref = reference, abs(ref.year - date.year) == 1,
                        let fixed = CalendarDate(year: ref.year, month: date.month, day: date.day), fixed.weekday == weekday
                    {
                        day = fixed
                        out.note = "year read as \(ref.year): weekday \(name) matches \(fixed.iso), not \(date.iso)"
                        out.confidence = 0.7
                    } else {
                        out.note = "weekday \(name) does not match \(date.iso), a \(TimeResolver.englishDay(date.weekday))"
                        out.confidence = 0.6
                    }
                } else if p.day != date.day {
                    out.note = "read as M/D: \(p.day ?? 0) is not a month"
                    out.confidence = 0.8
                }
                if p.shortYear { out.note = (out.note.map { $0 + "; " } ?? "") + "two-digit year read as \(date.year)" }
            } else if let m = p.month, let d = p.day {
                out.anchor = .publication
                out.confidence = relConfidence
                if let ref = reference {
                    var candidates: [CalendarDate] = []
                    for y in (ref.year - 1)...(ref.year + 1) {
                        if let c = CalendarDate(year: y, month: m, day: d) { candidates.append(c) }
                    }
                    var chosen = TimeResolver.pick(candidates, ref, direction)
                    if let weekday, let c = chosen, c.weekday != weekday {
                        if p.swappable, let s = TimeResolver.pick(
                            ((ref.year - 1)...(ref.year + 1)).compactMap { CalendarDate(year: $0, month: d, day: m) }, ref, direction),
                            s.weekday == weekday
                        {
                            chosen = s
                            out.note = "D/M read as M/D: weekday \(name) matches \(s.iso)"
                        } else if let match = candidates.first(where: { $0.weekday == weekday }),
                            abs(match.daysSinceEpoch - ref.daysSinceEpoch) < 200
                        {
                            chosen = match
                            out.note = "year chosen by weekday \(name)"
                        } else {
                            out.note = "weekday \(name) does not match \(c.iso), a \(TimeResolver.englishDay(c.weekday))"
                            out.confidence = min(out.confidence, 0.5)
                        }
                    }
                    day = chosen
                }
            }
        case .month(let m, let year, let yearShift, let direction):
            out.precision = "month"
            if let year {
                out.value = CalendarDate.pad(year, 4) + "-" + CalendarDate.pad(m, 2)
            } else {
                out.anchor = .publication
                out.confidence = relConfidence
                if let ref = reference {
                    var y = ref.year
                    if let yearShift {
                        y += yearShift
                    } else {
                        switch direction {
                        case .onOrBefore:
                            // A month one or two ahead is the coming one (`pengiriman Januari` in November).
                            let ahead = (m - ref.month + 12) % 12
                            if m > ref.month && ahead > 2 { y -= 1 } else if m < ref.month && ahead <= 2 { y += 1 }
                        case .before: if m >= ref.month { y -= 1 }
                        case .onOrAfter: if m < ref.month { y += 1 }
                        case .after: if m <= ref.month { y += 1 }
                        case .same: break
                        case .nearest:
                            if m - ref.month > 6 { y -= 1 } else if ref.month - m > 6 { y += 1 }
                        }
                    }
                    out.value = CalendarDate.pad(y, 4) + "-" + CalendarDate.pad(m, 2)
                }
            }
        case .year(let y):
            out.value = CalendarDate.pad(y, 4)
            out.precision = "year"
        case .decade(let d):
            out.value = String(d)
            out.precision = "decade"
        case .weekday(let w, let direction):
            out.anchor = .publication
            out.confidence = relConfidence * 0.9
            if let ref = reference {
                let back = (ref.weekday - w + 7) % 7
                let forward = (w - ref.weekday + 7) % 7
                switch direction {
                case .onOrBefore: day = ref.adding(days: -back)
                case .before: day = ref.adding(days: back == 0 ? -7 : -back)
                case .onOrAfter: day = ref.adding(days: forward)
                case .after: day = ref.adding(days: forward == 0 ? 7 : forward)
                case .same: day = ref.adding(days: w - ref.weekday)
                case .nearest: day = ref.adding(days: back <= forward ? -back : forward)
                }
            }
        case .weekdayOfWeek(let w, let shift):
            out.anchor = .publication
            out.confidence = relConfidence * 0.9
            if let ref = reference {
                let inWeek = ref.adding(days: 7 * shift)
                day = inWeek.adding(days: w - inWeek.weekday)
            }
        case .relative(let unit, let n):
            out.anchor = .publication
            out.confidence = relConfidence
            if let ref = reference {
                if spec.atEnd, !spec.futureCue, unit == .year, ref.month == 1 {
                    // `akhir tahun` early in January: the year just ended.
                    out.value = CalendarDate.pad(ref.year - 1, 4)
                    out.precision = "year"
                } else if unit == .day {
                    day = ref.adding(days: n)
                } else {
                    (out.value, out.precision) = TimeResolver.period(unit, n, from: ref)
                }
            }
        case .vagueRelative(_, let sign):
            out.anchor = .publication
            out.value = sign < 0 ? "PAST_REF" : "FUTURE_REF"
            out.confidence = 0.6
        case .weekend(let n):
            out.anchor = .publication
            out.confidence = relConfidence
            if let ref = reference {
                let (y, w) = ref.adding(days: 7 * n).isoWeek
                out.value = CalendarDate.pad(y, 4) + "-W" + CalendarDate.pad(w, 2) + "-WE"
                out.precision = "week"
            }
        case .period(let unit, let n, let year, let yearShift):
            let letter = unit == .quarter ? "Q" : "H"
            out.precision = unit.name
            if let year {
                out.value = CalendarDate.pad(year, 4) + "-\(letter)\(n)"
            } else {
                out.anchor = .publication
                out.confidence = relConfidence
                if let ref = reference { out.value = CalendarDate.pad(ref.year + (yearShift ?? 0), 4) + "-\(letter)\(n)" }
            }
        case .ref(let value):
            out.anchor = .publication
            out.value = value
            out.confidence = 0.8
        case .linkedOffset(let unit, let n):
            // A duration until ``resolveAll(_:surface:)`` finds its date.
            out.kind = .duration
            out.precision = unit.name
            let (letter, factor) = unit.designator
            out.value = "P\(abs(n) * factor)" + letter
        case .duration(let amount, let unit):
            out.kind = .duration
            out.precision = unit.name
            let (letter, factor) = unit.designator
            let prefix = unit.isClock ? "PT" : "P"
            if let amount {
                let total = amount * Double(factor)
                let number = total == total.rounded() ? String(Int(total)) : String(total)
                out.value = prefix + number + letter
            } else {
                // TimeML writes vague decades and centuries with their own units (`PXDE`).
                out.value = prefix + "X" + (unit == .decade ? "DE" : unit == .century ? "CE" : letter)
                out.confidence = 0.7
            }
        case .anaphor(let unit):
            out.anchor = .mention
            out.confidence = 0.7
            switch unit {
            case .day?: day = lastDay
            case .year?: out.value = lastValue.map { String($0.prefix(4)) }
            case .month?: out.value = lastValue.flatMap { $0.count >= 7 ? String($0.prefix(7)) : nil }
            default:
                out.value = lastValue
                if lastValue == nil { day = lastDay }
            }
            if day == nil && out.value == nil { out.note = "no date named before" }
        case .mentionOffset(let unit, let n):
            out.anchor = .mention
            out.confidence = 0.6
            if let n, let base = lastDay ?? lastValue.flatMap({ CalendarDate(iso: $0.count == 4 ? $0 + "-07-01" : $0) }) {
                if unit == .day {
                    day = base.adding(days: n)
                } else if lastDay != nil || unit == .year || unit == .decade {
                    (out.value, out.precision) = TimeResolver.period(unit, n, from: base)
                }
            }
        case .contextDay:
            if let lastDay, lastDayToken >= 0, !sentenceBreak(from: lastDayToken, to: spec.first) {
                day = lastDay
                out.anchor = .mention
                out.confidence = 0.8
            } else {
                day = reference
                out.anchor = .publication
                out.confidence = reference == nil ? 0.3 : relConfidence * 0.7
            }
        case .range:
            break  // resolved above
        case .set(let value):
            out.kind = .set
            out.value = value
            out.confidence = 0.8
        }
        if let day {
            out.value = day.iso
            out.precision = "day"
        }
        if spec.partOfDay != nil || spec.clock != nil {
            out.kind = .time
            // Without a day to hang it on (no reference date), a clock time or part of day has no value.
            if let base = day?.iso {
                if let clock = spec.clock {
                    var value = base + "T" + CalendarDate.pad(clock.minuteOfDay / 60, 2) + ":" + CalendarDate.pad(clock.minuteOfDay % 60, 2)
                    if let zone = clock.zoneMinutes {
                        let sign = zone < 0 ? "-" : "+"
                        value += sign + CalendarDate.pad(abs(zone) / 60, 2) + ":" + CalendarDate.pad(abs(zone) % 60, 2)
                    }
                    out.value = value
                    out.precision = "minute"
                } else if let part = spec.partOfDay {
                    out.value = base + "T" + part
                    out.precision = "partOfDay"
                }
            }
        }
        if referenceFromText, out.anchor == .publication, out.value != nil {
            out.note = (out.note.map { $0 + "; " } ?? "") + "resolved against \(reference?.iso ?? ""), the latest date in the text"
        }
        if let day, out.kind == .date || out.kind == .time {
            lastDay = day
            lastDayToken = spec.last
        }
        if out.kind == .date, let value = out.value, value.first?.isNumber == true {
            lastValue = value
            if day == nil, value.count >= 4 { lastDayToken = lastDay == nil ? -1 : lastDayToken }
        }
        return out
    }

    /// Whether a sentence starts after token `a` and by token `b`.
    private func sentenceBreak(from a: Int, to b: Int) -> Bool {
        guard a < b else { return false }
        for k in (a + 1)...b where k < tokens.count && tokens[k].sentenceStart { return true }
        return false
    }

    /// The value of a week, month, year, decade, quarter or half `n` units from `date`.
    static func period(_ unit: TimeUnit, _ n: Int, from date: CalendarDate) -> (String?, String?) {
        switch unit {
        case .day: return (date.adding(days: n).iso, "day")
        case .week:
            let (y, w) = date.adding(days: 7 * n).isoWeek
            return (CalendarDate.pad(y, 4) + "-W" + CalendarDate.pad(w, 2), "week")
        case .month:
            let d = date.adding(months: n)
            return (CalendarDate.pad(d.year, 4) + "-" + CalendarDate.pad(d.month, 2), "month")
        case .year: return (CalendarDate.pad(date.year + n, 4), "year")
        case .decade: return (String(date.year / 10 + n), "decade")
        case .century: return (String(date.year / 100 + n), "century")
        case .quarter:
            let d = date.adding(months: 3 * n)
            return (CalendarDate.pad(d.year, 4) + "-Q\((d.month - 1) / 3 + 1)", "quarter")
        case .half:
            let d = date.adding(months: 6 * n)
            return (CalendarDate.pad(d.year, 4) + "-H\((d.month - 1) / 6 + 1)", "half")
        case .hour, .minute, .second: return (nil, unit.name)
        }
    }

    /// Chooses among candidate dates by direction from `ref`.
    static func pick(_ candidates: [CalendarDate], _ ref: CalendarDate, _ direction: TimeDirection) -> CalendarDate? {
        switch direction {
        case .onOrBefore: return candidates.last { $0 <= ref }
        case .before: return candidates.last { $0 < ref }
        case .onOrAfter: return candidates.first { $0 >= ref }
        case .after: return candidates.first { $0 > ref }
        case .nearest, .same:
            return candidates.min { abs($0.daysSinceEpoch - ref.daysSinceEpoch) < abs($1.daysSinceEpoch - ref.daysSinceEpoch) }
        }
    }

    /// The first word of `text` (the day name of `Selasa (10/8/2024)`).
    static func firstWord(_ text: String) -> String {
        var end = text.utf8.startIndex
        for index in text.utf8.indices {
            let b = text.utf8[index]
            if b == UInt8(ascii: " ") || b == UInt8(ascii: ",") || b == UInt8(ascii: "(") { break }
            end = text.utf8.index(after: index)
        }
        return String(text[..<end])
    }

    static func englishDay(_ weekday: Int) -> String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][(weekday - 1) % 7]
    }
}
