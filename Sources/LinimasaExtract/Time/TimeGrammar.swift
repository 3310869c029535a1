/// The rules that find time expressions in a token list.
///
/// Scans left to right; at each token the rules for its kind (number, month, day name, unit,
/// relative word, …) are tried and the match is kept, so spans never overlap. Spans are
/// minimal: `pada` stays out, `hari` before a day name and `bulan` before a month stay in
/// (`hari Selasa`, `bulan Juni`), as do position words (`Awal tahun ini`).
struct TimeGrammar {
    let g: DateGrammar
    private var tokens: [TimeToken] { g.tokens }

    init(_ g: DateGrammar) { self.g = g }

    func matches() -> [TimeSpec] {
        var specs: [TimeSpec] = []
        var i = 0
        let n = tokens.count
        while i < n {
            let t = tokens[i]
            if t.kind == .punct || (t.kind == .word && t.word < 0) {
                i += 1
                continue
            }
            var found = match(at: i)
            if found.isEmpty {
                i += 1
                continue
            }
            if let day = found.last, namesDay(day) {
                found.removeLast()
                found.append(contentsOf: withClock(day))
            }
            specs.append(contentsOf: found)
            i = found[found.count - 1].last + 1
        }
        return specs
    }

    // MARK: - Token helpers

    private func role(_ i: Int) -> TimeRole? { g.word(i)?.role }

    /// A phrase of two or three words from `time-words` starting at `i`: its role and last token.
    private func phrase(_ i: Int) -> (role: TimeRole, last: Int)? {
        guard let w = g.word(i), w.startsPhrase, i + 1 < tokens.count, tokens[i + 1].word >= 0 else { return nil }
        if i + 2 < tokens.count, tokens[i + 2].word >= 0, g.lexicon.maxPhraseWords >= 3,
            let r = g.lexicon.phrases[TimeLexicon.phraseKey(tokens[i].word, tokens[i + 1].word, tokens[i + 2].word)]
        {
            return (r, i + 2)
        }
        if let r = g.lexicon.phrases[TimeLexicon.phraseKey(tokens[i].word, tokens[i + 1].word)] { return (r, i + 1) }
        return nil
    }

    /// The role of the word or phrase at `i`, and its last token.
    private func roleOrPhrase(_ i: Int) -> (role: TimeRole, last: Int)? {
        if let p = phrase(i) { return p }
        if let r = role(i) { return (r, i) }
        return nil
    }

    private func isNoDate(_ i: Int) -> Bool { role(i) == .noDate }

    /// Whether a future cue (`akan`, `bakal`) stands in the 8 tokens before `i` in the same sentence.
    private func futureCue(before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, k >= i - 8 {
            if role(k) == .future { return true }
            if tokens[k + 1].sentenceStart { return false }
            k -= 1
        }
        return false
    }

    /// A shift after a unit, month or day name at `i`: (-1 last, +1 next, 0 this) and the last token.
    private func shift(after i: Int) -> (Int, Int)? {
        guard let (r, last) = roleOrPhrase(i) else { return nil }
        switch r {
        case .shift(let s): return (s, last)
        case .day(-1): return (-1, last)  // `minggu kemarin`
        default: return nil
        }
    }

    /// A count: digits (`24`, `2,5`), or number words (`tiga`, `dua puluh`, `sebelas`, `beberapa`).
    /// Returns the amount (`nil` for vague) and the last token.
    private func count(at i: Int) -> (amount: Double?, last: Int)? {
        let t = tokens[i]
        if t.kind == .number {
            guard !t.glued, !g.followsNumber(i), t.digits <= 4 else { return nil }
            if (g.isPunct(i + 1, UInt8(ascii: ",")) || g.isPunct(i + 1, UInt8(ascii: "."))) && g.tight(i + 1)
                && g.tight(i + 2), let frac = g.number(i + 2, digits: 1...2)
            {
                if g.isPunct(i + 1, UInt8(ascii: ".")) { return nil }  // `10.000`
                let scale = tokens[i + 2].digits == 1 ? 10.0 : 100.0
                return (Double(t.number) + Double(frac) / scale, i + 2)
            }
            if g.continuesNumber(after: i) { return nil }
            return (Double(t.number), i)
        }
        guard let w = g.word(i) else { return nil }
        if w.isVagueNumber { return (nil, i) }
        guard w.number >= 0 else { return nil }
        var value = w.number
        var last = i
        var k = i + 1
        while let next = g.word(k) {
            if next.isTeen, value < 10 {
                value += 10
            } else if next.numberMultiplier > 0 {
                value *= next.numberMultiplier
            } else if next.number >= 0, next.number < 10, value >= 10, value % 10 == 0 {
                value += next.number
            } else {
                break
            }
            last = k
            k += 1
        }
        return (Double(value), last)
    }

    /// A part-of-day word after `i` (optionally followed by `hari`): its code and last token.
    private func partOfDay(after i: Int) -> (String, Int)? {
        guard let (r, last) = roleOrPhrase(i), case .part(let code) = r else { return nil }
        var end = last
        if let w = g.word(end + 1), w.unit == .day, w.unitCount == 0 { end += 1 }  // `pagi hari`
        return (code, end)
    }

    /// Adds a part of day right after `spec` (`Senin pagi`, `kemarin sore`, `Jumat (29/11/2024) malam`).
    private func withPartOfDay(_ spec: TimeSpec) -> TimeSpec {
        guard spec.partOfDay == nil, let (code, last) = partOfDay(after: spec.last + 1) else { return spec }
        var s = spec
        s.partOfDay = code
        s.last = last
        return s
    }

    /// Whether `spec` names one day, so a clock time right after it belongs to it.
    private func namesDay(_ spec: TimeSpec) -> Bool {
        guard spec.clock == nil else { return false }
        switch spec.form {
        case .date(let p, _, _, _): return p.day != nil
        case .weekday, .weekdayOfWeek: return true
        case .relative(let unit, _): return unit == .day
        case .anaphor(let unit): return unit == .day
        default: return false
        }
    }

    /// Joins a clock time written right after a day to it (`Kamis (17/7) pukul 10.14 WIB`,
    /// `Jumat pukul 12.00 WIB`): one expression, as TimeML writes a day and its time.
    private func withClock(_ spec: TimeSpec) -> [TimeSpec] {
        guard role(spec.last + 1) == .clock, let c = g.clock(at: spec.last + 2, dotAllowed: true, bareHour: true) else {
            return [spec]
        }
        if g.word(c.end)?.unit != nil, c.zoneMinutes == nil { return [spec] }
        let clocks = clockSpecs(first: spec.last + 2, c, clockWordAt: spec.last + 1)
        guard var clock = clocks[0].clock else { return [spec] }
        if let code = spec.partOfDay, clocks[0].last == c.end - 1 {  // `Senin malam pukul 8`
            clock.minuteOfDay = TimeGrammar.hour(clock.minuteOfDay, in: code)
        }
        var merged = spec
        merged.clock = clock
        merged.last = clocks[0].last
        return [merged] + clocks.dropFirst()
    }

    /// A clock time before noon moved to the afternoon or evening its part of day names (`pukul 8 malam`).
    static func hour(_ minuteOfDay: Int, in code: String) -> Int {
        let hour = minuteOfDay / 60
        guard hour < 12 else { return minuteOfDay }
        if code == "AF" || code == "EV" || (code == "NI" && hour >= 6) || (code == "MI" && hour < 10) {
            return minuteOfDay + 12 * 60
        }
        return minuteOfDay
    }

    /// Adds `waktu setempat` after a clock time, with the zone of the nearest place named before it
    /// in the sentence (`pukul 12.00 waktu setempat` after `Pyongyang`); no zone when none is known.
    private func withLocalTime(_ spec: TimeSpec) -> TimeSpec {
        guard let (r, last) = phrase(spec.last + 1), r == .local else { return spec }
        var out = spec
        out.last = last
        if out.clock?.zoneMinutes == nil {
            var k = spec.first - 1
            while k >= 0, k >= spec.first - 40 {
                if let zone = g.word(k)?.placeZoneMinutes, tokens[k].capitalized {
                    out.clock?.zoneMinutes = zone
                    break
                }
                if tokens[k].sentenceStart { break }
                k -= 1
            }
        }
        return out
    }

    // MARK: - Rules

    private func match(at i: Int) -> [TimeSpec] {
        let t = tokens[i]
        if t.kind == .number { return numberRules(i) }
        guard let w = g.word(i) else { return [] }
        if let p = phrase(i), let spec = phraseRule(i, p.role, p.last) { return [spec] }
        if w.weekday > 0, let spec = weekdayRule(i, start: i) { return [spec] }
        if w.month > 0 {
            let specs = monthRules(i, start: i)
            if !specs.isEmpty { return specs }
        }
        if w.unit != nil {
            let specs = unitRules(i, start: i)
            if !specs.isEmpty { return specs }
        }
        if w.number >= 0 || w.isVagueNumber, let spec = countedUnit(i, start: i) { return [spec] }
        if let r = w.role, let spec = roleRule(i, r) { return [spec] }
        return []
    }

    // Numbers: dates, clock times, years, counted units.
    private func numberRules(_ i: Int) -> [TimeSpec] {
        if isNoDate(i - 1) { return [] }
        if let p = g.isoDate(at: i) {
            return [TimeSpec(first: i, last: p.end - 1, form: .date(p, weekday: nil, weekdayText: nil, direction: .nearest))]
        }
        let inParens = g.isPunct(i - 1, UInt8(ascii: "("))
        if let p = g.numericDate(at: i, allowNoYear: inParens), !inParens || g.isPunct(p.end, UInt8(ascii: ")")) || p.year != nil {
            if p.year != nil || inParens {
                let spec = TimeSpec(first: i, last: p.end - 1, form: .date(p, weekday: nil, weekdayText: nil, direction: .nearest))
                return [withPartOfDay(spec)]
            }
        }
        if let range = dayRange(i) { return range }
        if let p = g.dayMonthYear(at: i) {
            let spec = TimeSpec(
                first: i, last: p.end - 1,
                form: .date(p, weekday: nil, weekdayText: nil, direction: dateDirection(after: p.end, before: i)))
            return [withPartOfDay(extendShift(spec))]
        }
        let colon = g.isPunct(i + 1, UInt8(ascii: ":"))
        if colon || (g.word(i + 3)?.zoneMinutes != nil), let c = g.clock(at: i, dotAllowed: true, bareHour: false) {
            return clockSpecs(first: i, c)
        }
        if let y = g.year(i) {
            if g.isPunct(i + 1, UInt8(ascii: "-")), g.tight(i + 1), y % 10 == 0, isAn(i + 2) {
                return [TimeSpec(first: i, last: i + 2, form: .decade(y / 10))]
            }
            if (1900...2100).contains(y), role(i + 1) != .noCount, g.word(i + 1)?.unit == nil, !endsName(before: i) {
                return [TimeSpec(first: i, last: i, form: .year(y))]
            }
        }
        if let spec = countedUnit(i, start: i) { return [spec] }
        return []
    }

    /// Whether a bare year at `i` ends a name (`Piala Dunia 2026`, `ASEAN 2045`): the word before it is
    /// capitalised inside a sentence and no time word. Such a year names the event, it does not date the text's.
    private func endsName(before i: Int) -> Bool {
        let k = i - 1
        guard k >= 0, tokens[k].kind == .word, tokens[k].capitalized, !tokens[k].sentenceStart, tokens[i].gap else {
            return false
        }
        guard let w = g.word(k) else { return true }
        return w.month == 0 && w.weekday == 0 && w.unit == nil && w.role == nil && !w.startsPhrase
    }

    /// Whether the word at `i` is the decade suffix `an` (`1990-an`).
    private func isAn(_ i: Int) -> Bool { g.tight(i) && role(i) == .decade }

    /// `18-19 Juni 2024`, `18 hingga 19 Juni`: two days sharing month and year, one interval.
    private func dayRange(_ i: Int) -> [TimeSpec]? {
        guard let d = g.number(i, digits: 1...2), (1...31).contains(d) else { return nil }
        var k = i + 1
        if g.isPunct(k, UInt8(ascii: "-")) {
            k += 1
        } else if let (r, last) = roleOrPhrase(k), r == .range {
            k = last + 1
        } else {
            return nil
        }
        guard let second = g.dayMonthYear(at: k), d < (second.day ?? 0) else { return nil }
        let first = DateParts(year: second.year, month: second.month, day: d, end: i + 1)
        let direction = dateDirection(after: second.end, before: i)
        // One expression: a bare day number is no date of its own (`2025-01-14/2025-01-15`).
        let form = TimeForm.range(
            .date(first, weekday: nil, weekdayText: nil, direction: direction),
            .date(second, weekday: nil, weekdayText: nil, direction: direction))
        return [TimeSpec(first: i, last: second.end - 1, form: form)]
    }

    /// How a date without a year is placed: by a shift after it, a future cue before it, or nearest.
    private func dateDirection(after end: Int, before start: Int) -> TimeDirection {
        if let (s, _) = shift(after: end) { return s < 0 ? .before : s > 0 ? .after : .nearest }
        return futureCue(before: start) ? .onOrAfter : .nearest
    }

    /// Swallows `lalu`/`mendatang` after a date without a year (`18 Juni lalu`).
    private func extendShift(_ spec: TimeSpec) -> TimeSpec {
        guard case .date(let p, _, _, _) = spec.form, p.year == nil, let (s, last) = shift(after: spec.last + 1), s != 0 else {
            return spec
        }
        var out = spec
        out.last = last
        return out
    }

    /// Clock time at `first` (the number, or `pukul` before it), with an optional part of day and a range.
    private func clockSpecs(first: Int, _ c: ClockParts, clockWordAt: Int? = nil) -> [TimeSpec] {
        var clock = c
        var spec = TimeSpec(first: clockWordAt ?? first, last: c.end - 1, form: .contextDay, clock: clock)
        if let (code, last) = partOfDay(after: c.end) {
            clock.minuteOfDay = TimeGrammar.hour(clock.minuteOfDay, in: code)
            spec.clock = clock
            spec.last = last
        }
        spec = withLocalTime(spec)
        // `10.00-12.00 WIB`: the first end takes the zone of the second.
        if spec.clock?.zoneMinutes == nil, g.isPunct(spec.last + 1, UInt8(ascii: "-")),
            let second = g.clock(at: spec.last + 2, dotAllowed: true, bareHour: false), second.zoneMinutes != nil
        {
            spec.clock?.zoneMinutes = second.zoneMinutes
            let other = TimeSpec(first: spec.last + 2, last: second.end - 1, form: .contextDay, clock: second)
            return [spec, other]
        }
        return [spec]
    }

    // Day names: `Senin`, `hari Senin`, `Senin, 18 November 2024`, `Selasa (10/8/2024)`, `Senin lalu`.
    private func weekdayRule(_ i: Int, start: Int) -> TimeSpec? {
        guard let w = g.word(i), w.weekday > 0 else { return nil }
        let t = tokens[i]
        if isNoDate(start - 1) { return nil }
        // With a date: `Senin, 18 November 2024`, `Jumat (29/11/2024)`, `Rabu (13/9)`, `Senin 18/11/2024`.
        var k = i + 1
        if g.isPunct(k, UInt8(ascii: ".")) && g.tight(k) { k += 1 }
        let paren = g.isPunct(k, UInt8(ascii: "("))
        if paren || g.isPunct(k, UInt8(ascii: ",")) { k += 1 }
        if let p = g.numericDate(at: k, allowNoYear: paren) ?? g.dayMonthYear(at: k) ?? g.monthDayYear(at: k) ?? g.isoDate(at: k) {
            var last = p.end - 1
            if paren {
                guard g.isPunct(p.end, UInt8(ascii: ")")) else { return nil }
                last = p.end
            }
            var spec = TimeSpec(
                first: start, last: last,
                form: .date(p, weekday: w.weekday, weekdayText: nil, direction: dateDirection(after: last + 1, before: start)))
            spec = withPartOfDay(extendShift(spec))  // `Senin (20/1) mendatang`
            return spec
        }
        guard w.weekdayIsFull else { return nil }
        let dayWordBefore = start < i
        let shiftAfter = shift(after: i + 1)
        // `Minggu` is also "week": `Minggu lalu`, `minggu depan` mean a week unless `hari`/`pada` precede.
        if w.weekday == 7, let unit = g.word(i)?.unit, unit == .week, !dayWordBefore, !isPada(i - 1) {
            if let (s, last) = shiftAfter {
                return TimeSpec(first: start, last: last, form: .relative(.week, s))
            }
            if let r = roleOrPhrase(i + 1), r.role == .last { return nil }
        }
        guard t.capitalized || dayWordBefore else { return nil }
        if w.weekday == 7, !dayWordBefore, !t.capitalized { return nil }
        // `Kamis pekan lalu`, `Senin minggu depan`: the day of the week before or after.
        if let u = g.word(i + 1), u.unit == .week, u.unitCount == 0, !tokens[i + 1].capitalized,
            let (s, l) = shift(after: i + 2)
        {
            return withPartOfDay(TimeSpec(first: start, last: l, form: .weekdayOfWeek(w.weekday, weekShift: s)))
        }
        var direction: TimeDirection = futureCue(before: start) ? .onOrAfter : .onOrBefore
        var last = i
        if let (s, l) = shiftAfter {
            direction = s < 0 ? .before : s > 0 ? .after : .same
            last = l
        }
        var spec = TimeSpec(first: start, last: last, form: .weekday(w.weekday, direction: direction))
        spec.futureCue = direction == .onOrAfter
        return withPartOfDay(spec)
    }

    private func isPada(_ i: Int) -> Bool { role(i) == .on }

    // Months: `April 2019`, `Sep 14, 2023`, `bulan Juni`, `Juni lalu`, `Juni tahun ini`, `Juni hingga Agustus`.
    private func monthRules(_ i: Int, start: Int) -> [TimeSpec] {
        guard let w = g.word(i), w.month > 0 else { return [] }
        if let p = g.monthDayYear(at: i) {
            return [TimeSpec(first: start, last: p.end - 1, form: .date(p, weekday: nil, weekdayText: nil, direction: .nearest))]
        }
        var k = i + 1
        if g.isPunct(k, UInt8(ascii: ",")) || g.isPunct(k, UInt8(ascii: "-")) && g.tight(k) { k += 1 }
        if let y = g.year(k) {
            return [TimeSpec(first: start, last: k, form: .month(w.month, year: y, yearShift: nil, direction: .nearest))]
        }
        // `Juni tahun ini`, `Juni tahun lalu`, `Juni 2024` written as `Juni tahun 2024`.
        if let unit = g.word(i + 1)?.unit, unit == .year {
            if let (s, last) = shift(after: i + 2) {
                return [TimeSpec(first: start, last: last, form: .month(w.month, year: nil, yearShift: s, direction: .same))]
            }
            if let y = g.year(i + 2) {
                return [TimeSpec(first: start, last: i + 2, form: .month(w.month, year: y, yearShift: nil, direction: .same))]
            }
        }
        let named = start < i  // `bulan Juni`
        guard w.monthIsFull, tokens[i].capitalized || named else { return [] }
        // A capitalised month alone at the start of a sentence is still a month (`Juni lalu, ...`).
        var direction: TimeDirection = futureCue(before: start) ? .onOrAfter : .onOrBefore
        var last = i
        if let (s, l) = shift(after: i + 1) {
            direction = s < 0 ? .before : s > 0 ? .after : .same
            last = l
        }
        let first = TimeSpec(first: start, last: last, form: .month(w.month, year: nil, yearShift: nil, direction: direction))
        // `Juni hingga Agustus`, `Juni-Agustus 2024`.
        var r = last + 1
        let dash = g.isPunct(r, UInt8(ascii: "-"))
        if dash {
            r += 1
        } else if let (role, l) = roleOrPhrase(r), role == .range {
            r = l + 1
        } else {
            return [first]
        }
        if g.word(r)?.unit == .month { r += 1 }
        let second = monthRules(r, start: r)
        guard let s = second.first, case .month(_, let y, let ys, let d) = s.form else { return [first] }
        var head = first
        if y != nil || ys != nil {
            head.form = .month(w.month, year: y, yearShift: ys, direction: d)
        }
        if dash, second.count == 1 {  // `Juni-Juli 2014`: one interval, like `18-19 Juni`
            return [TimeSpec(first: start, last: s.last, form: .range(head.form, s.form))]
        }
        return [head] + second
    }

    // Units: `tahun 2019`, `bulan Juni`, `hari Selasa`, `pekan lalu`, `tahun ini`, `kuartal III 2024`.
    private func unitRules(_ i: Int, start: Int) -> [TimeSpec] {
        guard let w = g.word(i), let unit = w.unit else { return [] }
        if w.unitCount > 0 {  // `setahun lalu`, `sebulan terakhir`, `selama setahun`
            if let spec = afterCount(unitAt: i, amount: Double(w.unitCount), start: start) { return [spec] }
            return []
        }
        switch unit {
        case .year:
            if let y = g.year(i + 1) {
                if g.isPunct(i + 2, UInt8(ascii: "-")), g.tight(i + 2), isAn(i + 3), y % 10 == 0 {
                    return [TimeSpec(first: start, last: i + 3, form: .decade(y / 10))]
                }
                return [TimeSpec(first: start, last: i + 1, form: .year(y))]
            }
        case .month:
            if g.word(i + 1)?.month ?? 0 > 0 {
                let specs = monthRules(i + 1, start: start)
                if !specs.isEmpty { return specs }
            }
        case .day:
            if g.word(i + 1)?.weekday ?? 0 > 0, let spec = weekdayRule(i + 1, start: start) { return [spec] }
        case .quarter, .half:
            if let spec = periodRule(i, unit, start: start) { return [spec] }
            return []
        default:
            break
        }
        if unit == .week, tokens[i].capitalized, g.word(i)?.weekday == 7, start == i {
            // Capitalised `Minggu`: decided by the day-name rule.
            if let spec = weekdayRule(i, start: start) { return [spec] }
            return []
        }
        guard !unit.isClock else { return [] }
        if let (s, last) = shift(after: i + 1) {
            var spec = TimeSpec(first: start, last: last, form: .relative(unit, s))
            spec = unit == .day ? withPartOfDay(spec) : spec
            return [spec]
        }
        if let (r, last) = roleOrPhrase(i + 1), case .anaphor = r {
            return [TimeSpec(first: start, last: last, form: .anaphor(unit))]
        }
        if start < i, unit == .year || unit == .month || unit == .week {
            // `pertengahan tahun`, `akhir bulan`: the reference's own.
            return [TimeSpec(first: start, last: i, form: .relative(unit, 0))]
        }
        return []
    }

    /// `kuartal III 2024`, `triwulan pertama tahun ini`, `semester II`.
    private func periodRule(_ i: Int, _ unit: TimeUnit, start: Int) -> TimeSpec? {
        var k = i + 1
        var n = 0
        if let w = g.word(k), w.ordinal > 0 {
            n = w.ordinal
        } else if let v = g.number(k, digits: 1...1) {
            n = v
        } else {
            return nil
        }
        guard n >= 1, n <= (unit == .quarter ? 4 : 2) else { return nil }
        k += 1
        if g.isPunct(k, UInt8(ascii: "-")) || g.isPunct(k, UInt8(ascii: "/")) { k += 1 }
        if let y = g.year(k) {
            return TimeSpec(first: start, last: k, form: .period(unit, n, year: y, yearShift: nil))
        }
        if g.word(k)?.unit == .year {
            if let y = g.year(k + 1) {
                return TimeSpec(first: start, last: k + 1, form: .period(unit, n, year: y, yearShift: nil))
            }
            if let (s, last) = shift(after: k + 1) {
                return TimeSpec(first: start, last: last, form: .period(unit, n, year: nil, yearShift: s))
            }
        }
        return TimeSpec(first: start, last: k - 1, form: .period(unit, n, year: nil, yearShift: 0))
    }

    /// A count then a unit: `24 tahun`, `tiga hari lalu`, `dua pekan terakhir`, `beberapa tahun kemudian`.
    private func countedUnit(_ i: Int, start: Int) -> TimeSpec? {
        guard let (amount, last) = count(at: i), let w = g.word(last + 1), w.unit != nil, w.unitCount == 0 else {
            return nil
        }
        if tokens[last + 1].capitalized, w.weekday == 7, amount == nil { return nil }
        return afterCount(unitAt: last + 1, amount: amount, start: start, vagueScale: g.word(i)?.vagueScale ?? 0)
    }

    /// What follows a counted unit at `u`: `lalu`, `lagi`, `kemudian`, `terakhir`, `setelah`, or nothing.
    /// `vagueScale` 10 or 100 turns vague years into decades or centuries (`puluhan tahun`).
    private func afterCount(unitAt u: Int, amount: Double?, start: Int, vagueScale: Int = 0) -> TimeSpec? {
        guard var unit = g.word(u)?.unit, unit != .quarter, unit != .half else { return nil }
        // `tahun 2019` after a count is a year, not a duration: leave it.
        if unit == .year, g.year(u + 1) != nil { return nil }
        if amount == nil, unit == .year, vagueScale == 10 { unit = .decade }
        if amount == nil, unit == .year, vagueScale == 100 { unit = .century }
        let whole = amount.map { $0 == $0.rounded() ? Int($0) : nil } ?? nil
        var u = u
        if role(u + 1) == .qualifier { u += 1 }  // `tiga hari kerja`
        if let (r, last) = roleOrPhrase(u + 1) {
            switch r {
            case .shift(let s) where s < 0:
                if let whole { return TimeSpec(first: start, last: last, form: .relative(unit, -whole)) }
                return TimeSpec(first: start, last: last, form: .vagueRelative(unit, -1))
            case .ahead, .shift(1):
                if let whole { return TimeSpec(first: start, last: last, form: .relative(unit, whole)) }
                return TimeSpec(first: start, last: last, form: .vagueRelative(unit, 1))
            case .mention(let s):
                return TimeSpec(first: start, last: last, form: .mentionOffset(unit, whole.map { $0 * s }))
            case .last:
                return TimeSpec(first: start, last: last, form: .duration(amount, unit))
            case .linked(let s) where !unit.isClock:
                guard let whole else { break }
                var spec = TimeSpec(first: start, last: u, form: .linkedOffset(unit, whole * s))
                spec.linkEnd = last
                return spec
            default:
                break
            }
        }
        return TimeSpec(first: start, last: u, form: .duration(amount, unit))
    }

    // Phrases: `hari ini`, `kemarin lusa`, `saat ini`, `hari itu`, `akhir pekan`, `dini hari`.
    private func phraseRule(_ i: Int, _ r: TimeRole, _ last: Int) -> TimeSpec? {
        switch r {
        case .day(let offset):
            return withPartOfDay(TimeSpec(first: i, last: last, form: .relative(.day, offset)))
        case .ref(let value):
            return TimeSpec(first: i, last: last, form: .ref(value))
        case .anaphor(let unit):
            return TimeSpec(first: i, last: last, form: .anaphor(unit))
        case .weekend:
            var s = 0
            var end = last
            if let (shift, l) = shift(after: last + 1) {
                s = shift
                end = l
            }
            return TimeSpec(first: i, last: end, form: .weekend(s))
        case .part(let code):
            return partRule(i, code, last)
        case .noon(let minutes):  // `tengah hari`: 12.00
            let clock = ClockParts(minuteOfDay: minutes, second: nil, zoneMinutes: nil, end: last + 1)
            return withLocalTime(TimeSpec(first: i, last: last, form: .contextDay, clock: clock))
        default:
            return nil
        }
    }

    // Single words with a role.
    private func roleRule(_ i: Int, _ r: TimeRole) -> TimeSpec? {
        switch r {
        case .day(let offset):
            return withPartOfDay(TimeSpec(first: i, last: i, form: .relative(.day, offset)))
        case .ref(let value):
            return TimeSpec(first: i, last: i, form: .ref(value))
        case .guardedRef(let value):
            if let (code, last) = partOfDay(after: i + 1), value == "FUTURE_REF" {  // `nanti malam`
                var spec = TimeSpec(first: i, last: last, form: .relative(.day, 0))
                spec.partOfDay = code
                return spec
            }
            let licensed = tokens[i].sentenceStart || role(i - 1) == .licence
            return licensed ? TimeSpec(first: i, last: i, form: .ref(value)) : nil
        case .position:
            return positionRule(i)
        case .set:
            return setRule(i)
        case .part(let code):
            return partRule(i, code, i)
        case .clock:
            guard let c = g.clock(at: i + 1, dotAllowed: true, bareHour: true) else { return nil }
            if g.word(c.end)?.unit != nil, c.zoneMinutes == nil { return nil }  // `jam 3 hari` is odd; skip
            return clockSpecs(first: i + 1, c, clockWordAt: i).first
        default:
            return nil
        }
    }

    /// `awal tahun ini`, `akhir bulan lalu`, `pertengahan 2014`, `awal Juni`, `akhir pekan`.
    private func positionRule(_ i: Int) -> TimeSpec? {
        let k = i + 1
        if let (r, _) = roleOrPhrase(i), r == .weekend { return nil }
        if let y = g.year(k) {
            if g.isPunct(k + 1, UInt8(ascii: "-")), g.tight(k + 1), y % 10 == 0, isAn(k + 2) {  // `awal 2030-an`
                return TimeSpec(first: i, last: k + 2, form: .decade(y / 10))
            }
            return TimeSpec(first: i, last: k, form: .year(y))
        }
        if let w = g.word(k) {
            if w.month > 0 { return monthRules(k, start: i).first }
            if w.unit != nil, var spec = unitRules(k, start: i).first {
                if case .position("end")? = role(i), case .relative(.year, 0) = spec.form, spec.last == k {
                    spec.atEnd = true
                    spec.futureCue = futureCue(before: i)
                }
                return spec
            }
        }
        return nil
    }

    /// `setiap hari`, `tiap tahun`, `setiap Senin`, `setiap dua pekan`.
    private func setRule(_ i: Int) -> TimeSpec? {
        let k = i + 1
        guard let w = g.word(k) ?? (tokens.count > k && tokens[k].kind == .number ? TimeWord() : nil) else { return nil }
        if w.weekday > 0, w.weekdayIsFull, tokens[k].capitalized || w.weekday != 7 {
            return TimeSpec(first: i, last: k, form: .set("XXXX-WXX-\(w.weekday)"))
        }
        if let unit = w.unit, w.unitCount == 0 {
            let (letter, factor) = unit.designator
            return TimeSpec(first: i, last: k, form: .set((unit.isClock ? "PT" : "P") + "\(factor)" + letter))
        }
        if let (amount, last) = count(at: k), let amount, let unit = g.word(last + 1)?.unit {
            let (letter, factor) = unit.designator
            return TimeSpec(first: i, last: last + 1, form: .set((unit.isClock ? "PT" : "P") + "\(Int(amount) * factor)" + letter))
        }
        if case .part(let code)? = w.role {
            return TimeSpec(first: i, last: k, form: .set("T" + code))
        }
        return nil
    }

    /// `pagi`, `malam ini`, `sore itu`, `pagi hari`.
    private func partRule(_ i: Int, _ code: String, _ last: Int) -> TimeSpec? {
        if role(i - 1) == .noPart { return nil }
        var end = last
        if let w = g.word(end + 1), w.unit == .day, w.unitCount == 0 { end += 1 }
        if let (r, l) = roleOrPhrase(end + 1) {
            if case .shift(0) = r {  // `malam ini`
                var spec = TimeSpec(first: i, last: l, form: .relative(.day, 0))
                spec.partOfDay = code
                return spec
            }
        }
        if g.isPunct(end + 1, UInt8(ascii: "-")) { return nil }
        // `sore itu`, `malam tersebut`: the day named before.
        if role(end + 1) == .that {
            var spec = TimeSpec(first: i, last: end + 1, form: .anaphor(.day))
            spec.partOfDay = code
            return spec
        }
        var spec = TimeSpec(first: i, last: end, form: .contextDay)
        spec.partOfDay = code
        return spec
    }
}
