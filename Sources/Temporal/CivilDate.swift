import Foundation

/// A day of the proleptic Gregorian calendar, with the arithmetic time resolution needs.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Year, month (1–12) and day (1–31).
    public let year: Int, month: Int, day: Int

    /// A real calendar date, or nil (`31 فبراير`, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.map(\.count) == [4, 2, 2],
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        // Days to civil date, counting in 400-year eras that start on 1 March.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int { ((dayNumber % 7 + 7) % 7 + 3) % 7 + 1 }

    /// The ISO 8601 week-numbering year and week.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = CivilDate(dayNumber: dayNumber + 4 - weekday)
        let jan1 = CivilDate(year: thursday.year, month: 1, day: 1)!
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    /// This date moved by `days`.
    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// The month `months` after this date's month, as (year, month).
    public func month(adding months: Int) -> (year: Int, month: Int) {
        let index = year * 12 + (month - 1) + months
        return (Int((Double(index) / 12).rounded(.down)), ((index % 12) + 12) % 12 + 1)
    }

    /// `YYYY-MM-DD`.
    public var description: String { CivilDate.iso(year, month, day) }

    /// Earlier.
    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }

    /// Days in a Gregorian month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`, `YYYY-MM` (day nil) or `YYYY` (month nil).
    public static func iso(_ year: Int, _ month: Int? = nil, _ day: Int? = nil) -> String {
        var s = pad(year, 4)
        if let month { s += "-" + pad(month, 2) }
        if let day { s += "-" + pad(day, 2) }
        return s
    }

    /// `YYYY-Www`.
    public static func isoWeekValue(_ date: CivilDate) -> String {
        let w = date.isoWeek
        return pad(w.year, 4) + "-W" + pad(w.week, 2)
    }

    /// The first day of a TIMEX3 date value: the day itself (`2023-03-29`, also with a time after
    /// it), or the first day of its ISO week (`2023-W14` → 2023-04-03), month (`2022-09`) or year
    /// (`2015`); nil for values no calendar day starts (`XXXX-WXX-3`, `PRESENT_REF`, a season).
    public static func firstDay(ofValue value: String) -> CivilDate? {
        let b = Array(value.utf8)
        func number(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= b.count, r.allSatisfy({ b[$0] >= 48 && b[$0] <= 57 }) else { return nil }
            return r.reduce(0) { $0 * 10 + Int(b[$1] - 48) }
        }
        guard let year = number(0..<4) else { return nil }
        if b.count == 4 { return CivilDate(year: year, month: 1, day: 1) }
        guard b.count >= 7, b[4] == UInt8(ascii: "-") else { return nil }
        if b[5] == UInt8(ascii: "W") {
            guard let week = number(6..<8), (1...53).contains(week), b.count == 8 else { return nil }
            // Week 1 holds 4 January; its Monday is the first day of week 1 in that ISO year.
            var monday = CivilDate(year: year, month: 1, day: 4)!
            while monday.adding(days: -1).isoWeek == (year, 1) { monday = monday.adding(days: -1) }
            return monday.adding(days: 7 * (week - 1))
        }
        guard let month = number(5..<7) else { return nil }
        if b.count == 7 { return CivilDate(year: year, month: month, day: 1) }
        guard b.count >= 10, b[7] == UInt8(ascii: "-"), let day = number(8..<10), b.count == 10 || b[10] == UInt8(ascii: "T") else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(abs(n))
        return (n < 0 ? "-" : "") + (s.count >= width ? s : String(repeating: "0", count: width - s.count) + s)
    }
}

/// Umm al-Qura Hijri dates, converted with Foundation's `islamicUmmAlQura` calendar.
public enum HijriCalendar {
    private static let calendars: (hijri: Calendar, gregorian: Calendar) = {
        var h = Calendar(identifier: .islamicUmmAlQura), g = Calendar(identifier: .gregorian)
        h.timeZone = TimeZone(identifier: "UTC")!
        g.timeZone = TimeZone(identifier: "UTC")!
        return (h, g)
    }()

    /// The Gregorian date of a Hijri date, or nil when the Hijri date does not exist
    /// (day 30 of a 29-day month) or lies outside 1300–1600 AH.
    public static func gregorian(year: Int, month: Int, day: Int) -> CivilDate? {
        guard (1300...1600).contains(year), (1...12).contains(month), (1...30).contains(day) else { return nil }
        let (h, g) = calendars
        guard let date = h.date(from: DateComponents(year: year, month: month, day: day)) else { return nil }
        let back = h.dateComponents([.year, .month, .day], from: date)
        guard back.year == year, back.month == month, back.day == day else { return nil }
        let c = g.dateComponents([.year, .month, .day], from: date)
        return CivilDate(year: c.year!, month: c.month!, day: c.day!)
    }

    /// The Hijri (year, month, day) of a Gregorian date.
    public static func hijri(_ date: CivilDate) -> (year: Int, month: Int, day: Int)? {
        let (h, g) = calendars
        guard let d = g.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) else { return nil }
        let c = h.dateComponents([.year, .month, .day], from: d)
        return (c.year!, c.month!, c.day!)
    }
}
