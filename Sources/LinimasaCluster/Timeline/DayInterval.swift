internal import LinimasaCore

/// The days an ISO event date covers, as days since 1970-01-01 (both ends included).
///
/// Reads the values the time tagger gives: `2024`, `2024-06`, `2024-06-18`, `2024-W46`,
/// `2025-W21-WE` (the weekend), `2025-Q2`, `2025-H1`, a time on a day (`2024-06-18T10:00`),
/// and ranges `A/B`. Anything else (`PAST_REF`, decades) has no interval.
struct DayInterval: Hashable, Sendable {
    var lower: Int
    var upper: Int

    /// Days covered; smaller is more precise.
    var length: Int { upper - lower + 1 }

    func overlaps(_ other: DayInterval) -> Bool { lower <= other.upper && other.lower <= upper }

    func contains(_ other: DayInterval) -> Bool { lower <= other.lower && other.upper <= upper }

    /// Days between the two intervals, 0 when they overlap.
    func gap(to other: DayInterval) -> Int {
        overlaps(other) ? 0 : (other.lower > upper ? other.lower - upper : lower - other.upper)
    }

    init(lower: Int, upper: Int) {
        self.lower = lower
        self.upper = upper
    }

    init?(iso value: String) {
        let bytes = Array(value.utf8)
        if let slash = bytes.firstIndex(of: UInt8(ascii: "/")) {
            guard let from = DayInterval(iso: String(decoding: bytes[..<slash], as: UTF8.self)),
                let to = DayInterval(iso: String(decoding: bytes[(slash + 1)...], as: UTF8.self)), from.lower <= to.upper
            else { return nil }
            self.init(lower: from.lower, upper: to.upper)
            return
        }
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, !range.isEmpty else { return nil }
            var value = 0
            for b in bytes[range] {
                let digit = b &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard bytes.count >= 4, let year = number(0..<4) else { return nil }
        func day(_ y: Int, _ m: Int, _ d: Int) -> Int? { CalendarDate(year: y, month: m, day: d)?.daysSinceEpoch }
        if bytes.count == 4 {
            guard let lower = day(year, 1, 1), let upper = day(year, 12, 31) else { return nil }
            self.init(lower: lower, upper: upper)
            return
        }
        guard bytes[4] == UInt8(ascii: "-"), bytes.count >= 7 else { return nil }
        switch bytes[5] {
        case UInt8(ascii: "W"):
            guard let week = number(6..<8), let jan4 = CalendarDate(year: year, month: 1, day: 4) else { return nil }
            let monday = jan4.daysSinceEpoch - (jan4.weekday - 1) + 7 * (week - 1)
            if bytes.count >= 11, bytes[8] == UInt8(ascii: "-"), bytes[9] == UInt8(ascii: "W"), bytes[10] == UInt8(ascii: "E") {
                self.init(lower: monday + 5, upper: monday + 6)
            } else {
                self.init(lower: monday, upper: monday + 6)
            }
        case UInt8(ascii: "Q"), UInt8(ascii: "H"):
            guard let part = number(6..<7) else { return nil }
            let months = bytes[5] == UInt8(ascii: "Q") ? 3 : 6
            let first = (part - 1) * months + 1
            let last = first + months - 1
            guard (1...12).contains(first), (1...12).contains(last), let lower = day(year, first, 1),
                let upper = day(year, last, CalendarDate.daysIn(month: last, year: year))
            else { return nil }
            self.init(lower: lower, upper: upper)
        default:
            guard let month = number(5..<7), (1...12).contains(month) else { return nil }
            if bytes.count >= 10, bytes[7] == UInt8(ascii: "-"), let d = number(8..<10), let only = day(year, month, d) {
                self.init(lower: only, upper: only)
            } else {
                guard let lower = day(year, month, 1),
                    let upper = day(year, month, CalendarDate.daysIn(month: month, year: year))
                else { return nil }
                self.init(lower: lower, upper: upper)
            }
        }
    }
}
