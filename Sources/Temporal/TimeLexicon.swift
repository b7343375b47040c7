import Foundation
import MarsadCore
import ArabicText

/// A unit of time and its TIMEX3 letter.
public enum TimeUnit: String, Sendable {
    /// Calendar units, as TIMEX3 writes them in durations.
    case day = "D", week = "W", month = "M", year = "Y", decade = "DE", century = "CE"
    /// Clock units (`PT5H`, `PT30M`).
    case hour = "H", minute = "MIN"
    /// A quarter of a year (durations in months).
    case quarter = "Q"

    /// The letters of an ISO 8601 duration (`P3D`, `PT5H`, `PT30M`; quarters in months).
    func duration(_ count: String) -> String {
        switch self {
        case .hour: return "PT\(count)H"
        case .minute: return "PT\(count)M"
        case .quarter: return "P\(Int(count).map { String($0 * 3) } ?? count)M"
        default: return "P\(count)\(rawValue)"
        }
    }

    /// Half of one unit as a duration (`نصف ساعة` PT30M, `نصف قرن` P50Y).
    var halfDuration: String? {
        switch self {
        case .hour: return "PT30M"
        case .day: return "PT12H"
        case .month: return "P15D"
        case .year: return "P6M"
        case .decade: return "P5Y"
        case .century: return "P50Y"
        default: return nil
        }
    }
}

/// Which way a relative expression points.
public enum TimeDirection: Sendable, Equatable {
    /// `الماضي`: the period before the anchor's.
    case past
    /// `الجاري`, `هذا`: the anchor's period.
    case current
    /// `المقبل`: the period after the anchor's.
    case next
    /// `الأخير`, `الماضيين`: the span of time ending at the anchor (a duration).
    case lastSpan
    /// `المقبلين`: the span of time starting at the anchor (a duration).
    case nextSpan
}

/// Words the grammar needs by role (`word` lines of the lexicon).
public enum FunctionWord: String, Sendable {
    /// بعد, قبل, نحو/حوالي, القرن, الموافق, كل
    case after, ago, approx, century, equiv, every
    /// قليلة, أول/غرة, لمدة/منذ, سوف/المقرر, نصف, المبارك
    case few, first, `for`, future, half, honorific
    /// أكثر/أقل, صلاة/خطبة (before الجمعة), نفسه/ذاته, فصل/موسم, بضعة/عدة, خلال/غضون, الربع (in clock times)
    case more, noweekday, same, season, some, within, quarter
}

/// One reading of a word in the time lexicon (`time-lexicon.tsv`).
public enum TimeWord: Sendable, Equatable {
    /// A Gregorian month (1–12), a Hijri month (1–12), an ISO weekday (1 = Monday).
    case month(Int), hijriMonth(Int), weekday(Int)
    /// A unit and its grammatical count: 1, 2, or nil for a plural.
    case unit(TimeUnit, count: Int?)
    /// A day relative to the anchor (`أمس` −1).
    case dayRef(Int)
    /// `الماضي`, `المقبل`, `الجاري`, `الأخير` …
    case direction(TimeDirection)
    /// START, MID or END (`مطلع`, `منتصف`, `نهاية`).
    case position(String)
    /// MO, MI, AF, EV or NI (`صباح`, `ظهر`, `عصر`, `مساء`, `ليلة`).
    case partOfDay(String)
    /// A TIMEX3 SET value (`سنوياً` P1Y).
    case frequency(String)
    /// PRESENT_REF, PAST_REF or FUTURE_REF.
    case reference(String)
    /// `هـ` (Hijri) or `م` (Gregorian) after a year.
    case era(hijri: Bool)
    /// A number word: `ثلاثة` 3, `الخامس` 5.
    case cardinal(Int), ordinal(Int)
    /// The decade digit of the 20th century (`التسعينيات` 9).
    case decade(Int)
    /// SP, SU, FA or WI.
    case season(String)
    /// A word the grammar uses by role.
    case function(FunctionWord)
    /// A name that contains a time word (`عين اليوم`): not a time.
    case name
}

/// The time lexicon, keyed by the matching-normalized form of each word or two-word phrase.
/// Lookups hash the bytes in place (64-bit FNV-1a) and compare them once, with no allocation. A
/// form's readings are a range of one flat array, so the grammar reads them through a pointer
/// (`withReadings`) without reference counting.
public final class TimeLexicon: Sendable {
    private let index: HashIndex
    private let keys: [[UInt8]]
    /// Every form's readings, one after another; `entries[k]` is form k's range, and
    /// `nonFrequency[k]` the range of its readings other than frequencies.
    private let readings: [TimeWord]
    private let entries: [Range<Int>]
    private let nonFrequency: [Range<Int>]
    /// Hashes of the first words of two-word forms (`كانون الثاني`), so only they trigger a phrase lookup.
    private let phraseHeads: HashIndex
    /// The longest form, in bytes; longer tokens are not looked up.
    let maxLength: Int

    /// The bundled lexicon.
    public static let standard: TimeLexicon = {
        do { return try TimeLexicon(tsv: ResourceFile.text(.module, "time-lexicon", "tsv")) }
        catch { fatalError("Marsad's bundled time-lexicon.tsv is broken: \(error)") }
    }()

    /// Parses `FORM<TAB>CATEGORY<TAB>VALUE` lines; a malformed line is an error naming it.
    public init(tsv: String) throws {
        let normalizer = ArabicNormalizer(.matching)
        var index = HashIndex(), phraseHeads = HashIndex(), keys: [[UInt8]] = [], perForm: [[TimeWord]] = [], maxLength = 0
        for (n, line) in tsv.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t").map(String.init)
            guard f.count == 3, let word = Self.word(f[1], f[2]) else {
                throw MarsadError(.usage, "time-lexicon.tsv line \(n + 1): expected FORM, CATEGORY, VALUE; got \"\(line)\"")
            }
            let key = Array(normalizer.normalize(f[0]).utf8)
            let h = fnv1a(key[...])
            if let k = index.find(h) {
                guard keys[k] == key else { throw MarsadError(.usage, "time-lexicon.tsv line \(n + 1): hash collision") }
                if !perForm[k].contains(word) { perForm[k].append(word) }
            } else {
                index.insert(h, keys.count)
                keys.append(key)
                perForm.append([word])
            }
            maxLength = max(maxLength, key.count)
            if let space = key.firstIndex(of: 0x20) {
                let head = fnv1a(key[..<space])
                if phraseHeads.find(head) == nil { phraseHeads.insert(head, 0) }
            }
        }
        var readings: [TimeWord] = [], entries: [Range<Int>] = [], nonFrequency: [Range<Int>] = []
        for words in perForm {
            entries.append(readings.count..<readings.count + words.count)
            readings += words
            let kept = words.filter { if case .frequency = $0 { return false }; return true }
            nonFrequency.append(readings.count..<readings.count + kept.count)
            readings += kept
        }
        self.index = index; self.phraseHeads = phraseHeads; self.keys = keys; self.maxLength = maxLength
        self.readings = readings; self.entries = entries; self.nonFrequency = nonFrequency
    }

    /// The readings of a normalized form.
    public func words(_ form: ArraySlice<UInt8>) -> [TimeWord]? { entry(form).map { Array(readings[$0]) } }

    /// Calls `body` with the flat array of readings that `entry` ranges index.
    func withReadings<R>(_ body: (UnsafeBufferPointer<TimeWord>) throws -> R) rethrows -> R {
        try readings.withUnsafeBufferPointer(body)
    }

    /// The range of a normalized form's readings (without frequencies when `frequencies` is false).
    func entry<C: Collection>(_ form: C, frequencies: Bool = true) -> Range<Int>? where C.Element == UInt8 {
        guard form.count <= maxLength, let k = index.find(fnv1a(form)), keys[k].elementsEqual(form) else { return nil }
        return frequencies ? entries[k] : nonFrequency[k]
    }

    /// Whether a normalized word starts a two-word form.
    func isPhraseHead<C: Collection>(_ form: C) -> Bool where C.Element == UInt8 {
        form.count <= maxLength && phraseHeads.find(fnv1a(form)) != nil
    }

    /// The range of a two-word form's readings.
    func entry<C: Collection>(_ first: C, _ second: C) -> Range<Int>? where C.Element == UInt8 {
        guard first.count + second.count < maxLength else { return nil }
        let h = fnv1a(second, seed: fnv1a(CollectionOfOne(0x20), seed: fnv1a(first)))
        guard let k = index.find(h) else { return nil }
        let key = keys[k]
        guard key.count == first.count + 1 + second.count, key[first.count] == 0x20,
              key[..<first.count].elementsEqual(first), key[(first.count + 1)...].elementsEqual(second) else { return nil }
        return entries[k]
    }

    private static func word(_ category: String, _ value: String) -> TimeWord? {
        let int = Int(value)
        switch category {
        case "month": return int.map(TimeWord.month)
        case "hmonth": return int.map(TimeWord.hijriMonth)
        case "weekday": return int.map(TimeWord.weekday)
        case "dayref": return int.map(TimeWord.dayRef)
        case "num": return int.map(TimeWord.cardinal)
        case "ord": return int.map(TimeWord.ordinal)
        case "decade": return int.map(TimeWord.decade)
        case "unit":
            let p = value.split(separator: " ")
            guard p.count == 2, let unit = TimeUnit(rawValue: String(p[0])) else { return nil }
            if p[1] == "X" { return .unit(unit, count: nil) }
            return Int(p[1]).map { .unit(unit, count: $0) }
        case "dir":
            switch value {
            case "-1": return .direction(.past)
            case "0": return .direction(.current)
            case "1": return .direction(.next)
            case "last": return .direction(.lastSpan)
            case "next": return .direction(.nextSpan)
            default: return nil
            }
        case "pos": return ["START", "MID", "END"].contains(value) ? .position(value) : nil
        case "part": return ["MO", "MI", "AF", "EV", "NI"].contains(value) ? .partOfDay(value) : nil
        case "set": return .frequency(value)
        case "ref": return .reference(value)
        case "era": return value == "H" ? .era(hijri: true) : value == "G" ? .era(hijri: false) : nil
        case "season": return .season(value)
        case "word": return FunctionWord(rawValue: value).map(TimeWord.function)
        case "name": return .name
        default: return nil
        }
    }
}

/// Open addressing from 64-bit hashes (already well mixed) to entry numbers: the lexicon's lookups
/// run once or more per word of every article, and a Swift Dictionary would hash the hash again.
struct HashIndex: Sendable {
    private var slots = [UInt64](repeating: 0, count: 1024)
    private var values = [Int32](repeating: -1, count: 1024)
    private var count = 0

    func find(_ h: UInt64) -> Int? {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while values[i] >= 0 {
            if slots[i] == h { return Int(values[i]) }
            i = (i + 1) & mask
        }
        return nil
    }

    mutating func insert(_ h: UInt64, _ value: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while values[i] >= 0 { i = (i + 1) & mask }
        slots[i] = h; values[i] = Int32(value); count += 1
    }

    private mutating func grow() {
        let old = zip(slots, values).filter { $0.1 >= 0 }
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        values = [Int32](repeating: -1, count: slots.count)
        count = 0
        for (h, v) in old { insert(h, Int(v)) }
    }
}
