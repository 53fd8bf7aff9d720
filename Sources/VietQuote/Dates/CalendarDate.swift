/// A day of the Gregorian calendar: the date of an article.
///
/// Only real days exist: `CalendarDate(year: 2024, month: 2, day: 31)` is nil, and so is a
/// year outside `Limits.years` (`12/10/5563` in a photo's file name is no article's date).
package struct CalendarDate: Hashable, Comparable, Sendable {
    package let year: Int
    package let month: Int
    package let day: Int

    package enum Limits {
        /// The years an article of the press can carry: rejects ids and counters that look
        /// like a date (`84-0-1131`, `12/10/5563`) without rejecting an archive page.
        package static let years = 1900...2100
    }

    package init?(year: Int, month: Int, day: Int) {
        guard Limits.years.contains(year), (1...12).contains(month),
              (1...Self.days(inMonth: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// An ISO 8601 date, or the date of an ISO 8601 date-time: `2024-11-17`,
    /// `2024-11-17T10:00:00+07:00`. Anything else is nil.
    package init?(iso text: String) {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 10, scalars[4] == "-", scalars[7] == "-",
              let year = Self.number(scalars[0..<4]), let month = Self.number(scalars[5..<7]),
              let day = Self.number(scalars[8..<10]) else { return nil }
        if scalars.count > 10, scalars[10] != "T", scalars[10] != " " { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// `2024-11-17`.
    package var iso: String {
        "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
    }

    package static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    package static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    package static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The day of the week, ISO style: 1 for Monday … 7 for Sunday.
    package var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        let shifted = (daysSinceEpoch + 3) % 7
        return (shifted < 0 ? shifted + 7 : shifted) + 1
    }

    /// The ISO 8601 week: weeks start on Monday and week 1 is the one holding the year's
    /// first Thursday, so 2024-12-30 is in 2025-W01 and 2021-01-03 in 2020-W53.
    package var isoWeek: (year: Int, week: Int) {
        let week = (ordinal - weekday + 10) / 7
        if week < 1 { return (year - 1, Self.weeks(inYear: year - 1)) }
        if week > Self.weeks(inYear: year) { return (year + 1, 1) }
        return (year, week)
    }

    /// The day's number in its year, 1 for January 1st.
    var ordinal: Int {
        (1..<month).reduce(day) { $0 + Self.days(inMonth: $1, year: year) }
    }

    /// 52, or 53 for a year that starts on a Thursday, or on a Wednesday in a leap year.
    static func weeks(inYear year: Int) -> Int {
        func p(_ y: Int) -> Int { (y + y / 4 - y / 100 + y / 400) % 7 }
        return p(year) == 4 || p(year - 1) == 3 ? 53 : 52
    }

    /// Days from 1970-01-01 (the civil-from-days algorithm, proleptic Gregorian).
    var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func number(_ digits: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1.value - 48) }
    }

    package static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
