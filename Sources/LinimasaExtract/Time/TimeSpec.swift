/// Which of several dates with the same name a relative expression means.
enum TimeDirection: Sendable, Equatable {
    /// The latest on or before the reference (a bare day name in a report).
    case onOrBefore
    /// The latest strictly before (`Senin lalu`).
    case before
    /// The first on or after (`akan ... pada Senin`).
    case onOrAfter
    /// The first strictly after (`Senin depan`).
    case after
    /// The nearest to the reference, either side (`(13/9)` without a year).
    case nearest
    /// In the reference's own week, month or year (`Senin ini`, `Juni tahun ini`).
    case same
}

/// What a matched expression means, before it is pinned to the calendar.
indirect enum TimeForm: Sendable, Equatable {
    /// A calendar date, the year possibly missing; with the day name written beside it.
    case date(DateParts, weekday: Int?, weekdayText: String?, direction: TimeDirection)
    /// A month, with a year, a year shift from the reference (`tahun ini` 0), or neither.
    case month(Int, year: Int?, yearShift: Int?, direction: TimeDirection)
    case year(Int)
    /// `1990-an`: the decade's first three digits.
    case decade(Int)
    case weekday(Int, direction: TimeDirection)
    /// A day name in a week shifted from the reference's (`Kamis pekan lalu`: -1).
    case weekdayOfWeek(Int, weekShift: Int)
    /// Two dates or months written as one span (`14-15 Januari 2025`, `Juni-Juli 2024`): an ISO interval.
    case range(TimeForm, TimeForm)
    /// A unit relative to the reference: `hari ini` (day, 0), `pekan lalu` (week, -1), `tiga hari lalu` (day, -3).
    case relative(TimeUnit, Int)
    /// A relative unit with an unstated count (`beberapa hari lalu`).
    case vagueRelative(TimeUnit, Int)
    /// The weekend of the reference's week, shifted by weeks.
    case weekend(Int)
    /// A quarter (1-4) or half (1-2) of a year given or shifted from the reference.
    case period(TimeUnit, Int, year: Int?, yearShift: Int?)
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    case ref(String)
    /// A length of time; `nil` amount when unstated (`beberapa tahun`).
    case duration(Double?, TimeUnit)
    /// A date named before (`hari itu`, `saat itu`): its unit, or nil for whatever was named.
    case anaphor(TimeUnit?)
    /// Counted from the date named before (`tiga hari kemudian`); nil count when vague.
    case mentionOffset(TimeUnit, Int?)
    /// A count of units before (-) or after (+) an event in the clause that follows
    /// (`dua hari setelah ...`): dated from the sentence's dates, else a duration.
    case linkedOffset(TimeUnit, Int)
    /// The day the text is talking about: the date named just before in the sentence, else the reference.
    case contextDay
    /// A recurring time, with its TIMEX3 value (`P1D`, `XXXX-WXX-1`).
    case set(String)
}

/// One match of the time grammar: tokens `first...last` and their meaning.
struct TimeSpec: Sendable, Equatable {
    var first: Int
    var last: Int
    var form: TimeForm
    /// TimeML part of day (`MO`, `AF`, `EV`, `NI`) added to a day.
    var partOfDay: String?
    var clock: ClockParts?
    /// A future cue (`akan`) stands before it in the sentence.
    var futureCue = false
    /// For ``TimeForm/linkedOffset(_:_:)``: the token of the preposition (`setelah`), in the span
    /// only when the expression gets a date.
    var linkEnd: Int?
    /// `akhir tahun` with no year or shift: the end of a year, which early in a year is the last one.
    var atEnd = false
    var note: String?
}
