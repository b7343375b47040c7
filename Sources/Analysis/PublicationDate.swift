import MarsadCore
import ArabicText
import Temporal

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
        guard let y, let m, let d, (1800...2200).contains(y), let date = CivilDate(year: y, month: m, day: d) else { return nil }
        return date.description
    }

    /// Parses a date given on the command line, which must be exactly `YYYY-MM-DD`.
    public static func parseOption(_ s: String) throws -> String {
        let strict = s.count == 10 && s.split(separator: "-").map(\.count) == [4, 2, 2]
        guard strict, let date = parse(s) else {
            throw MarsadError(.usage, "--published expects a real date as YYYY-MM-DD, got \"\(s)\"")
        }
        return date
    }

    /// A date written in a URL path: `/2023/03/29/`, `/2023-03-29`, `/20230329`; nil when none.
    public static func inURL(_ url: String) -> String? {
        let b = Array(url.utf8)
        func digits(_ i: Int, _ n: Int) -> Int? {
            guard i + n <= b.count else { return nil }
            var v = 0
            for k in i..<(i + n) { guard b[k] >= 48 && b[k] <= 57 else { return nil }; v = v * 10 + Int(b[k] - 48) }
            return v
        }
        for i in b.indices where b[i] == UInt8(ascii: "/") {
            guard let y = digits(i + 1, 4), (1990...2100).contains(y) else { continue }
            var j = i + 5
            if j < b.count && (b[j] == UInt8(ascii: "/") || b[j] == UInt8(ascii: "-")) { j += 1 }
            guard let m = digits(j, 2) else { continue }
            j += 2
            if j < b.count && (b[j] == UInt8(ascii: "/") || b[j] == UInt8(ascii: "-")) { j += 1 }
            guard let d = digits(j, 2), j + 2 == b.count || !(b[j + 2] >= 48 && b[j + 2] <= 57) else { continue }
            if let date = CivilDate(year: y, month: m, day: d) { return date.description }
        }
        return nil
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
