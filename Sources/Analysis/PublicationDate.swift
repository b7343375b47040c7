import MarsadCore
import ArabicText

/// Reads publication dates as articles write them and returns them as `YYYY-MM-DD`.
public enum PublicationDate {
    /// Parses `YYYY-MM-DD` (optionally followed by a time, `T…` or ` …`), `YYYY/MM/DD`,
    /// `DD/MM/YYYY` or `DD-MM-YYYY`; nil when it is not a real calendar date between 1800 and 2200.
    public static func parse(_ s: String) -> String? {
        let digits = s.unicodeScalars.map { UTF8Scalars.digitValue($0.value).map { Character(String($0)) } ?? Character($0) }
        let text = String(digits).trimmingCharactersInSet(" \t")
        let head = text.prefix { $0 != "T" && $0 != " " }
        let parts = head.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        let (y, m, d): (Int?, Int?, Int?) = parts[0].count == 4
            ? (Int(parts[0]), Int(parts[1]), Int(parts[2]))
            : parts[2].count == 4 ? (Int(parts[2]), Int(parts[1]), Int(parts[0])) : (nil, nil, nil)
        guard let y, let m, let d, (1800...2200).contains(y), (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y) else { return nil }
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    /// Parses a date given on the command line, which must be exactly `YYYY-MM-DD`.
    public static func parseOption(_ s: String) throws -> String {
        let strict = s.count == 10 && s.split(separator: "-").map(\.count) == [4, 2, 2]
        guard strict, let date = parse(s) else {
            throw MarsadError(.usage, "--published expects a real date as YYYY-MM-DD, got \"\(s)\"")
        }
        return date
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

private extension String {
    func trimmingCharactersInSet(_ chars: String) -> String {
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s.removeFirst() }
        while let l = s.last, chars.contains(l) { s.removeLast() }
        return String(s)
    }
}
