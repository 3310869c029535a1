import LinimasaCore
import Testing

struct CalendarDateTests {
    @Test(arguments: [
        (2024, 10, 8, 2),  // Selasa
        (2024, 8, 10, 6),  // Sabtu
        (2024, 11, 29, 5),  // Jumat
        (1970, 1, 1, 4),
        (2000, 2, 29, 2),
        (1945, 8, 17, 5),
    ])
    func weekdays(year: Int, month: Int, day: Int, weekday: Int) throws {
        #expect(try #require(CalendarDate(year: year, month: month, day: day)).weekday == weekday)
    }

    /// Day counts agree with a slow count of whole years and months.
    @Test func daysSinceEpochRoundTrips() {
        var expected = 0
        for year in 1970...2030 {
            for month in 1...12 {
                for day in 1...CalendarDate.daysIn(month: month, year: year) {
                    let date = CalendarDate(year: year, month: month, day: day)!  // the loop stays inside each month
                    #expect(date.daysSinceEpoch == expected, "\(date.iso)")
                    #expect(CalendarDate(daysSinceEpoch: expected) == date)
                    expected += 1
                }
            }
        }
    }

    @Test(arguments: [("2024-11-18", 2024, 47), ("2024-11-11", 2024, 46), ("2021-01-03", 2020, 53), ("2024-12-30", 2025, 1)])
    func isoWeeks(iso: String, year: Int, week: Int) throws {
        let date = try #require(CalendarDate(iso: iso))
        #expect(date.isoWeek.year == year)
        #expect(date.isoWeek.week == week)
    }

    @Test func impossibleDatesAndArithmetic() {
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 13, day: 1) == nil)
        #expect(CalendarDate(iso: "2024-02-30") == nil)
        #expect(CalendarDate(iso: "2024/02/03") == nil)
        let end = CalendarDate(year: 2024, month: 1, day: 31)!
        #expect(end.adding(months: 1).iso == "2024-02-29")
        #expect(end.adding(months: -2).iso == "2023-11-30")
        #expect(end.adding(days: 1).iso == "2024-02-01")
        #expect(CalendarDate(iso: "2024-11-29T10:00+07:00")?.iso == "2024-11-29")
    }

    @Test func publishedDateISO() {
        let date = CalendarDate(year: 2024, month: 11, day: 18)!
        #expect(PublishedDate(date: date, source: .stated).iso == "2024-11-18")
        #expect(PublishedDate(date: date, minuteOfDay: 17 * 60 + 10, source: .stated).iso == "2024-11-18T17:10")
        #expect(
            PublishedDate(date: date, minuteOfDay: 5, utcOffsetMinutes: 420, source: .given).iso
                == "2024-11-18T00:05+07:00")
    }
}
