import LinimasaCore

/// A date-line parser that knows a fixed set of lines, so reader tests do not depend on the date grammar.
struct FakeDates: DateLineParsing {
    var lines: [String: PublishedDate] = [
        "3 Desember 2024 09:15": PublishedDate(
            date: CalendarDate(year: 2024, month: 12, day: 3)!, minuteOfDay: 9 * 60 + 15, source: .stated),
        "2025-03-04T08:30:00+07:00": PublishedDate(
            date: CalendarDate(year: 2025, month: 3, day: 4)!, minuteOfDay: 8 * 60 + 30, utcOffsetMinutes: 420,
            source: .stated),
    ]

    func publishedDate(inLine line: String) -> PublishedDate? { lines[line] }
}
