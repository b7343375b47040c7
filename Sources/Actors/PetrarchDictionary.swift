/// A reader of PETRARCH/TABARI actor dictionaries (UniversalPetrarch Arabic, Phoenix English):
///
///     SERGEY_LAVROV_  # comment
///     +SERGEI_LAVROV
///         [RUSGOV 19940922-20040712] # Amb. to UN
///         [RUSGOV >20040309]  # Foreign Minister
///     جدة  [SAU]
public enum PetrarchDictionary {
    /// One entry: its names (the first is the primary), its dated codes with their comments.
    public struct Entry: Sendable {
        /// The primary name and the `+` aliases, with `_` read as a space.
        public var names: [String]
        /// Dated codes, each with the comment on its line (often the role: `Foreign Minister`).
        public var codes: [(code: DatedCode, comment: String)]
        /// The line of the primary name (1-based).
        public var line: Int
    }

    /// Parses a dictionary. Lines that cannot be read are reported as `FILE:LINE: reason` in
    /// `warnings` and skipped; dates whose end comes before their start are read as open-ended.
    public static func parse(_ text: String, file: String, warnings: inout [String]) -> [Entry] {
        var entries: [Entry] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let (body, comment) = split(line)
            let trimmed = body.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("[") {
                guard !entries.isEmpty, let code = code(trimmed, file: file, line: n + 1, warnings: &warnings) else {
                    if entries.isEmpty { warnings.append("\(file):\(n + 1): a code with no name before it") }
                    continue
                }
                entries[entries.count - 1].codes.append((code, comment))
            } else if trimmed.hasPrefix("+") {
                guard !entries.isEmpty else { warnings.append("\(file):\(n + 1): an alias with no name before it"); continue }
                let name = readName(trimmed.dropFirst())
                if !name.isEmpty { entries[entries.count - 1].names.append(name) }
            } else {
                // A name, possibly with its code on the same line.
                var namePart = Substring(trimmed), inline: DatedCode?
                if let open = trimmed.firstIndex(of: "[") {
                    namePart = trimmed[..<open]
                    inline = code(String(trimmed[open...]), file: file, line: n + 1, warnings: &warnings)
                    if inline == nil { continue }
                }
                let name = readName(namePart)
                guard !name.isEmpty, name.count < 80 else {
                    warnings.append("\(file):\(n + 1): not a name: \(trimmed.prefix(40))")
                    continue
                }
                entries.append(Entry(names: [name], codes: inline.map { [($0, comment)] } ?? [], line: n + 1))
            }
        }
        return entries
    }

    private static func split(_ line: Substring) -> (Substring, String) {
        guard let hash = line.firstIndex(of: "#") else { return (line, "") }
        return (line[..<hash], line[line.index(after: hash)...].trimmingCharacters(in: .whitespaces))
    }

    private static func readName(_ s: Substring) -> String {
        s.replacingOccurrences(of: "_", with: " ").split(separator: " ").joined(separator: " ")
    }

    /// `[RUSGOV >20040309]`, `[IGO 19940922-20040712]`, `[SYR]`, `[USAGOV <20090120]`, `[IGO > 19931101]`.
    static func code(_ s: String, file: String, line: Int, warnings: inout [String]) -> DatedCode? {
        guard let close = s.firstIndex(of: "]") else {
            warnings.append("\(file):\(line): unclosed code: \(s.prefix(40))")
            return nil
        }
        let inner = s[s.index(after: s.startIndex)..<close].split(separator: " ", maxSplits: 1)
        guard let code = inner.first, code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "~") }) else {
            warnings.append("\(file):\(line): unreadable code: \(s.prefix(40))")
            return nil
        }
        guard inner.count == 2 else { return DatedCode(code: String(code), dates: DateRange()) }
        let dates = inner[1].replacingOccurrences(of: " ", with: "")
        var range = DateRange()
        if dates.hasPrefix(">"), let d = day(dates.dropFirst()) { range.from = d }
        else if dates.hasPrefix("<"), let d = day(dates.dropFirst()) { range.to = d }
        else if let dash = dates.firstIndex(of: "-"), let f = day(dates[..<dash]), let t = day(dates[dates.index(after: dash)...]) {
            range = DateRange(from: f, to: t)
            if t < f {
                warnings.append("\(file):\(line): range ends before it starts (\(dates)); read as from \(f) on")
                range.to = 0
            }
        } else {
            warnings.append("\(file):\(line): unreadable dates: \(dates)")
            return nil
        }
        return DatedCode(code: String(code), dates: range)
    }

    /// `20040309`, or six digits `040309` (years below 50 are 20xx).
    static func day(_ s: some StringProtocol) -> DayNumber? {
        guard s.allSatisfy(\.isNumber), let v = Int(s) else { return nil }
        switch s.count {
        case 8: return v
        case 6: return (v / 10000 < 50 ? 20_000_000 : 19_000_000) + v
        default: return nil
        }
    }
}
