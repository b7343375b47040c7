import ArabicText

/// The grammar of Arabic time expressions over one sentence's atoms, with their resolution against
/// the anchor (the publication date). Each rule tries to match at an atom and returns the longest
/// expression it can build; the tagger keeps the first rule that matches and moves past it.
/// What earlier sentences of the article established: the reference time that later relative
/// expressions follow (a clock time belongs to the last day named, `الربع السابق` is the quarter
/// before the one being reported, `الشهر نفسه من العام الماضي` repeats the last month named).
struct TimeContext {
    var lastDay: CivilDate?
    var lastMonth: (year: Int, month: Int)?
    var lastQuarter: (year: Int, quarter: Int)?
}

struct TimeGrammar {
    let a: [TimeAtom]
    let anchor: CivilDate?
    private(set) var found: [TimeExpression] = []
    private(set) var warnings: [String] = []
    /// The reference time carried from sentence to sentence.
    private(set) var context: TimeContext
    /// The atom after the last year found, so `عامي 2013 و2014` finds both years.
    private var afterLastYear = -1
    /// An earlier expression of the sentence lies in the future (غداً, المقبل): later ones follow it.
    private var futureContext = false
    /// Text of the sentence, for warnings.
    private let text: UnsafeBufferPointer<UInt8>

    init(atoms: [TimeAtom], anchor: CivilDate?, text: UnsafeBufferPointer<UInt8>, context: TimeContext) {
        a = atoms; self.anchor = anchor; self.text = text; self.context = context
    }

    /// A match: atoms `first...last` and what they mean.
    struct Match {
        var first: Int, last: Int
        var type: TimeExpression.Kind
        var value: String
        var mod: String? = nil
        var relative = false
        var hijri: String? = nil
        var day: CivilDate? = nil
        /// Whether later expressions may take this one as their reference (not for `الربع السابق` itself).
        var isReference = true
    }

    mutating func run() {
        var i = 0
        while i < a.count {
            if isName(i) { i += 2; continue }
            guard mayStart(i), let m = match(i) else { i += 1; continue }
            found.append(TimeExpression(
                span: .init(a[m.first].start, a[m.last].end), type: m.type, value: m.value, mod: m.mod,
                anchor: m.relative ? anchor?.description : nil, hijri: m.hijri))
            if let day = m.day {
                context.lastDay = day
                context.lastMonth = (day.year, day.month)
                if let anchor, day > anchor { futureContext = true }
            }
            if m.isReference { remember(m.value) }
            i = m.last + 1
        }
    }

    /// Whether an expression can start at atom `i`: every rule starts at a time word, a number, a
    /// two-word form, or one word before a time word (`في غضون`, `ما يقارب`, `(سبتمبر)`). Most
    /// atoms fail this cheap test, so the rules run on few of them.
    private func mayStart(_ i: Int) -> Bool {
        if !a[i].words.isEmpty || a[i].kind == .number || a[i].phraseHead { return true }
        return i + 1 < a.count && !a[i + 1].words.isEmpty && (a[i].kind == .word || a[i].kind == .punctuation)
    }

    /// Keeps the month or quarter a value names as the reference for later expressions.
    private mutating func remember(_ value: String) {
        let b = Array(value.utf8)
        guard b.count == 7, b[4] == UInt8(ascii: "-"), let y = Int(String(value.prefix(4))) else { return }
        // The first quarter named is the one the article reports on; الربع السابق is the one before it.
        if b[5] == UInt8(ascii: "Q"), let q = Int(String(value.suffix(1))) { context.lastQuarter = context.lastQuarter ?? (y, q) }
        else if let m = Int(String(value.suffix(2))) { context.lastMonth = (y, m) }
    }

    private mutating func match(_ i: Int) -> Match? {
        if let m = phraseReference(i) ?? numericDate(i) ?? clock(i) ?? dayReference(i) ?? weekdayPhrase(i) { return m }
        if let m = dayAndMonth(i) ?? monthPhrase(i) ?? year(i) { return m }
        return quarterOrHalf(i) ?? relativePeriod(i) ?? quantity(i) ?? single(i)
    }

    // MARK: - Atom tests

    // Accessors that read one field of an atom without copying the atom.
    private func at(_ i: Int) -> TimeAtom? { i >= 0 && i < a.count ? a[i] : nil }
    private func valid(_ i: Int) -> Bool { i >= 0 && i < a.count }
    private func words(_ i: Int) -> [TimeWord] { valid(i) ? a[i].words : [] }
    private func has(_ i: Int, _ test: (TimeWord) -> Bool) -> Bool { valid(i) && a[i].words.contains(where: test) }
    private func stemIs(_ i: Int, _ s: String) -> Bool { valid(i) && a[i].stem.elementsEqual(s.utf8) }
    private func isNumber(_ i: Int) -> Bool { valid(i) && a[i].number != nil }
    private func fn(_ i: Int, _ name: FunctionWord) -> Bool { has(i) { $0 == .function(name) } }
    private func unitAt(_ i: Int) -> (unit: TimeUnit, count: Int?)? {
        for w in words(i) { if case let .unit(u, c) = w { return (u, c) } }
        return nil
    }
    private func direction(_ i: Int) -> TimeDirection? {
        for w in words(i) { if case let .direction(d) = w { return d } }
        return nil
    }
    private func position(_ i: Int) -> String? {
        for w in words(i) { if case let .position(p) = w { return p } }
        return nil
    }
    private func partOfDay(_ i: Int) -> String? {
        for w in words(i) { if case let .partOfDay(p) = w { return p } }
        return nil
    }
    private func weekday(_ i: Int) -> Int? {
        for w in words(i) { if case let .weekday(d) = w { return d } }
        return nil
    }
    private func dayRef(_ i: Int) -> Int? {
        for w in words(i) { if case let .dayRef(d) = w { return d } }
        return nil
    }
    private func isUnit(_ i: Int, _ unit: TimeUnit, count: Int? = 1, definite: Bool? = nil) -> Bool {
        guard let u = unitAt(i), u.unit == unit, u.count == count else { return false }
        return definite.map { $0 == a[i].definite } ?? true
    }
    private func punct(_ i: Int, _ s: String) -> Bool { valid(i) && a[i].isPunctuation(s) }
    private func isOrdinal(_ i: Int) -> Bool { has(i) { if case .ordinal = $0 { return true }; return false } }

    /// A name made of a time word (`عين اليوم`, `روسيا اليوم`), which is not a time.
    private func isName(_ i: Int) -> Bool {
        guard a[i].phraseHead, let next = at(i + 1), let ws = TimeLexicon.standard.words(a[i].stem, next.stem) else { return false }
        return ws.contains(.name)
    }

    /// A Gregorian (or, with `hijri`, Hijri) month name at `i`, possibly two words, followed by an
    /// optional second name (`سبتمبر/أيلول`, `مارس (آذار)`, `فبراير شباط`).
    private func monthName(_ i: Int, hijri: Bool = false) -> (month: Int, last: Int, weak: Bool)? {
        func one(_ i: Int) -> (Int, Int)? {
            guard valid(i), a[i].kind == .word else { return nil }
            if a[i].phraseHead, valid(i + 1), a[i + 1].kind == .word,
               let ws = TimeLexicon.standard.words(a[i].stem, a[i + 1].stem) {
                for w in ws {
                    if !hijri, case let .month(m) = w { return (m, i + 1) }
                    if hijri, case let .hijriMonth(m) = w { return (m, i + 1) }
                }
            }
            guard !a[i].definite else { return nil }  // الأب is not آب
            for w in a[i].words {
                if !hijri, case let .month(m) = w { return (m, i) }
                if hijri, case let .hijriMonth(m) = w { return (m, i) }
            }
            return nil
        }
        // (سبتمبر) أيلول 2007: the name in brackets comes first.
        if punct(i, "("), let (_, l0) = one(i + 1), punct(l0 + 1, ")"), let (m, last) = one(l0 + 2) {
            return (m, last, false)
        }
        guard let (m, last) = one(i) else { return nil }
        var end = last
        if punct(end + 1, "/") || punct(end + 1, "-"), let (_, l2) = one(end + 2) { end = l2 }
        else if punct(end + 1, "("), let (_, l2) = one(end + 2), punct(l2 + 1, ")") { end = l2 + 1 }
        else if !hijri, let (_, l2) = one(end + 1) { end = l2 }
        // Levantine names that are also ordinary words (آب father, تموز, نيسان) need support.
        let weak = !hijri && end == last && Self.weakMonthForms.contains(Array(a[i].stem))
        return (m, end, weak)
    }

    /// A year after a month name, past honorifics and a year word: `رمضان المبارك لعام 1436هـ`.
    private func yearAfterMonth(_ last: Int, hijri: Bool) -> (year: Int, last: Int)? {
        var j = last + 1
        while fn(j, .honorific) { j += 1 }
        if isUnit(j, .year, definite: false) { j += 1 }
        guard let y = yearNumber(j), hijri ? (y.hijri || y.era) : !y.hijri else { return nil }
        return (y.year, y.last)
    }

    /// A day of the month: a number, an ordinal (`العاشر`), or `أول`/`غرة` (the first).
    private func dayOfMonth(_ j: Int) -> (value: Int, last: Int, ordinal: Bool)? {
        if fn(j, .first) { return (1, j, true) }
        guard let day = number(j), (1...31).contains(day.value), day.digits <= 2 else { return nil }
        return (day.value, day.last, day.ordinal)
    }
    private static let weakMonthForms: Set<[UInt8]> = Set(["اب", "تموز", "نيسان", "ايار", "ماي", "اوت", "جوان"].map { Array($0.utf8) })

    /// A number written in digits or words (`15`, `ثلاثة`, `الخامس عشر`, `خمسة وعشرين`).
    private func number(_ i: Int) -> (value: Int, last: Int, ordinal: Bool, digits: Int)? {
        guard valid(i) else { return nil }
        if let n = a[i].number { return (n, i, false, a[i].digits) }
        var value = 0, ordinal = false
        for w in a[i].words {
            if case let .cardinal(n) = w { value = n }
            if case let .ordinal(n) = w { value = n; ordinal = true }
        }
        guard value > 0 else { return nil }
        // أحد/إحدى ("one of") only count inside a compound: أحد عشر.
        let compoundOnly = stemIs(i, "احد") || stemIs(i, "احدي")
        if value < 10, has(i + 1, { $0 == .cardinal(10) }), !a[i + 1].conjunction {
            return (value + 10, i + 1, ordinal, 0)
        }
        if compoundOnly { return nil }
        if value < 10, valid(i + 1), a[i + 1].conjunction {
            for w in a[i + 1].words {
                if case let .cardinal(t) = w, t >= 20, t <= 90, t % 10 == 0 { return (value + t, i + 1, ordinal, 0) }
                if case let .ordinal(t) = w, t >= 20, t <= 90, t % 10 == 0 { return (value + t, i + 1, ordinal, 0) }
            }
        }
        return (value, i, ordinal, 0)
    }

    /// A year in digits, with an optional era after it (`2015م`, `1436 هـ`).
    private func yearNumber(_ i: Int) -> (year: Int, hijri: Bool, last: Int, era: Bool)? {
        guard valid(i), let n = a[i].number, a[i].digits == 4 || a[i].digits == 3 else { return nil }
        for w in words(i + 1) {
            if case let .era(h) = w { return (n, h, i + 1, true) }
        }
        return (n, (1300...1500).contains(n), i, false)
    }

    // MARK: - Resolution

    private func iso(_ d: CivilDate) -> String { d.description }

    /// The date of weekday `w` nearest the anchor in the past (or the future when `future`).
    private func resolveWeekday(_ w: Int, future: Bool, strict: Bool) -> CivilDate? {
        guard let anchor else { return nil }
        var delta = future ? (w - anchor.weekday + 7) % 7 : -((anchor.weekday - w + 7) % 7)
        if delta == 0 && strict { delta = future ? 7 : -7 }
        return anchor.adding(days: delta)
    }

    /// The year for a month (and day) given without one: the past unless the text says future.
    private func yearFor(month: Int, day: Int?, direction: TimeDirection?, future: Bool) -> Int? {
        guard let anchor else { return nil }
        let here = anchor.month * 100 + (day ?? 0), there = month * 100 + (day ?? 0)
        switch direction {
        case .past?: return there < here && month != anchor.month || (day != nil && there < here) ? anchor.year : anchor.year - 1
        case .next?: return there > here && (month != anchor.month || day != nil) ? anchor.year : anchor.year + 1
        default:
            if future { return there >= here ? anchor.year : anchor.year + 1 }
            // Without a cue, the nearest occurrence: news looks back, but not by most of a year.
            if there <= here { return anchor.year }
            return month - anchor.month > 2 ? anchor.year - 1 : anchor.year
        }
    }

    /// The Hijri year for a Hijri month given without one, nearest the anchor.
    private func hijriYearFor(month: Int, direction: TimeDirection?, future: Bool) -> Int? {
        guard let anchor, let h = HijriCalendar.hijri(anchor) else { return nil }
        switch direction {
        case .past?: return month < h.month ? h.year : h.year - 1
        case .next?: return month > h.month ? h.year : h.year + 1
        default:
            if future { return month >= h.month ? h.year : h.year + 1 }
            if month <= h.month { return month + 6 < h.month ? h.year + 1 : h.year }
            return month - h.month > 2 ? h.year - 1 : h.year
        }
    }

    /// Whether the sentence around atom `i` speaks of the future: a future particle or verb
    /// (`سوف`, `سيعقد`, `من المقرر`) within a few words.
    private func futureNear(_ i: Int) -> Bool {
        if futureContext { return true }
        for j in max(0, i - 12)..<min(a.count, i + 5) where a[j].kind == .word {
            if fn(j, .future) { return true }
            let stem = a[j].stem
            if Self.isFutureVerb(stem) || (stem.starts(with: Self.waw) || stem.starts(with: Self.fa)) && Self.isFutureVerb(stem.dropFirst(2)) {
                return true
            }
        }
        return false
    }

    /// A verb with the future prefix س (`سيعقد`, `ستنطلق`), as the clitic segmenter splits it;
    /// only words that start س + ي/ت/ن are segmented, so `ستريت` and `سيارة` cost one test each.
    static func isFutureVerb(_ s: ArraySlice<UInt8>) -> Bool {
        guard s.count >= 8, s.starts(with: sin) else { return false }
        let second = Array(s.dropFirst(2).prefix(2))
        guard second == ya || second == ta || second == nun else { return false }
        let letters = String(decoding: s, as: UTF8.self).unicodeScalars.map(\.value)
        let split = letters.withUnsafeBufferPointer { CliticSegmenter.standard.segment($0) }
        return split.prefixLetters >= 1
    }
    private static let article = Array("ال".utf8), waw = Array("و".utf8), fa = Array("ف".utf8)
    private static let sin = Array("س".utf8), ya = Array("ي".utf8), ta = Array("ت".utf8), nun = Array("ن".utf8)

    // MARK: - Rules

    /// `29/3/2023`, `2023-03-29`, `13/ 8/ 2015`, `1436/10/5هـ`.
    private mutating func numericDate(_ i: Int) -> Match? {
        guard let atom = at(i), atom.kind == .number else { return nil }
        var parts: [ArraySlice<UInt8>], last: Int
        if a[i].number == nil {
            parts = a[i].symbol.split(whereSeparator: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") })
            last = i
        } else if (punct(i + 1, "/") && punct(i + 3, "/")) || (punct(i + 1, "-") && punct(i + 3, "-")),
                  isNumber(i + 2), isNumber(i + 4) {
            parts = [a[i].symbol, a[i + 2].symbol, a[i + 4].symbol]
            last = i + 4
        } else { return nil }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0 >= 48 && $0 <= 57 } }) else { return nil }
        let n = parts.map { $0.reduce(0) { $0 * 10 + Int($1 - 48) } }
        let (y, m, d) = parts[0].count == 4 ? (n[0], n[1], n[2]) : parts[2].count == 4 ? (n[2], n[1], n[0]) : (0, 0, 0)
        guard y > 0 else { return nil }
        var eraHijri: Bool?
        for w in words(last + 1) { if case let .era(h) = w { eraHijri = h; last += 1 } }
        let hijri = eraHijri ?? (1300...1500).contains(y)
        if hijri {
            guard let g = HijriCalendar.gregorian(year: y, month: m, day: d) else { return warn(i, last, "no such Hijri date") }
            return Match(first: i, last: last, type: .date, value: iso(g), hijri: CivilDate.iso(y, m, d), day: g)
        }
        guard (1000...2200).contains(y), let g = CivilDate(year: y, month: m, day: d) else { return warn(i, last, "impossible date") }
        return Match(first: i, last: last, type: .date, value: iso(g), day: g)
    }

    /// Records a warning for an expression that looks like a date but is not one; matches nothing.
    private mutating func warn(_ first: Int, _ last: Int, _ why: String) -> Match? {
        let bytes = Array(text[a[first].start..<a[last].end])
        warnings.append("\(why): \"\(String(decoding: bytes, as: UTF8.self))\" left without a time value")
        return nil
    }

    /// `الساعة الخامسة مساءً`, `الساعة 10:30`, `17:00`, `10 صباحاً`, `الثانية عشرة ظهراً`,
    /// `الساعة العاشرة وعشرين دقيقة من صباح أمس`.
    private func clock(_ i: Int) -> Match? {
        var j = i
        let clockWord = isUnit(i, .hour, definite: true)
        if clockWord { j += 1 }
        var hour = 0, minute = 0
        guard let atom = at(j) else { return nil }
        if atom.kind == .number, atom.number == nil {
            let parts = atom.symbol.split(separator: UInt8(ascii: ":"))
            guard parts.count == 2, parts[1].count == 2, parts[0].count <= 2,
                  let h = Int(String(decoding: parts[0], as: UTF8.self)), let mm = Int(String(decoding: parts[1], as: UTF8.self)),
                  h < 24, mm < 60 else { return nil }
            hour = h; minute = mm
        } else if let n = number(j), n.value >= 0, n.value <= 24, clockWord || n.ordinal || n.digits > 0 {
            guard clockWord || partAdverb(n.last + 1) != nil else { return nil }
            hour = n.value; j = n.last
            if let next = at(j + 1), next.conjunction, next.has({ $0 == .function(.half) }) { minute = 30; j += 1 }
            else if let next = at(j + 1), next.conjunction, next.has({ $0 == .function(.quarter) }) { minute = 15; j += 1 }
            else if let next = at(j + 1), next.conjunction || stemIs(j + 1, "و"),
                    let mm = number(next.stemIs("و") ? j + 2 : j + 1), mm.value < 60, isUnit(mm.last + 1, .minute) {
                minute = mm.value; j = mm.last + 1
            }
        } else { return nil }
        var part = partAdverb(j + 1)
        if part != nil { j += 1 }
        // … من صباح أمس / من مساء الأحد: the day and the part of it.
        var day = context.lastDay ?? anchor, relative = context.lastDay == nil && anchor != nil
        if part == nil, stemIs(j + 1, "من"), partOfDay(j + 2) != nil, let d = dayReference(j + 2).map({ ($0.day, $0.relative, $0.last) }) ?? weekdayDay(j + 2) {
            part = partOfDay(j + 2); day = d.day; relative = d.relative; j = d.last
        }
        switch part {
        case "AF"?, "EV"?: if hour < 12 { hour += 12 }
        case "NI"?: if hour >= 6 && hour < 12 { hour += 12 } else if hour == 12 { hour = 0 }
        case "MI"?: if hour < 6 { hour += 12 }
        case "MO"?: if hour == 12 { hour = 0 }
        default: break
        }
        guard hour < 24 else { return nil }
        let value = (day?.description ?? "XXXX-XX-XX") + "T" + CivilDate.pad(hour, 2) + ":" + CivilDate.pad(minute, 2)
        return Match(first: i, last: j, type: .time, value: value, relative: relative)
    }

    /// A part-of-day adverb after a clock time (`صباحاً`, `مساءً`), unless a day follows it
    /// (`مساء أمس` is its own expression).
    private func partAdverb(_ i: Int) -> String? {
        guard let p = partOfDay(i), !a[i].definite else { return nil }
        if dayRef(i + 1) != nil || weekday(i + 1) != nil || isUnit(i + 1, .day, definite: false) { return nil }
        return p
    }

    /// A part of the day before a day: `صباح`, `مساء`, `ليلة`, and `بعد ظهر` (the afternoon).
    private func partBefore(_ i: Int) -> (part: String, next: Int)? {
        if fn(i, .after), partOfDay(i + 1) == "MI", !a[i + 1].definite { return ("AF", i + 2) }
        if let p = partOfDay(i), !a[i].definite, at(i + 1) != nil { return (p, i + 1) }
        return nil
    }

    /// `أمس`, `اليوم`, `غداً`, `أول أمس`, `بعد غد`, `يوم أمس`, `مساء أمس`, `اليوم الخميس`, `أمس (الأربعاء)`.
    private func dayReference(_ i: Int) -> Match? {
        var j = i, part: String?
        if let p = partBefore(j) { part = p.part; j = p.next }
        if isUnit(j, .day, definite: false) { j += 1 }
        var offset: Int
        if fn(j, .first), let d = dayRef(j + 1), d == -1 { offset = -2; j += 1 }
        else if fn(j, .first), stemIs(j + 1, "من"), dayRef(j + 2) == -1 { offset = -2; j += 2 }
        else if fn(j, .after), stemIs(j + 1, "غد") { offset = 2; j += 1 }
        else if let d = dayRef(j) { offset = d }
        else { return nil }
        if offset == 0 {
            // اليوم before an adjective or ordinal is "the day" (اليوم الأول, اليوم الوطني), after a
            // number a unit (في اليوم الثالث), before نفسه another day (اليوم نفسه); before a weekday, today.
            if fn(j + 1, .same) { return nil }
            if has(j + 1, { $0 == .cardinal(1) }) == true { return Match(first: i, last: j + 1, type: .set, value: "P1D") }
            // After a preposition, اليوم + a definite word is "the day of" (في اليوم الوطني, باليوم العالمي);
            // after a verb it is today (سيعقد اليوم اللقاء).
            let afterPreposition = a[j].preposition || (at(j - 1).map { Self.dayPrepositions.contains(Array($0.stem)) } ?? false)
            if let next = at(j + 1), next.kind == .word, next.stem.starts(with: Self.article), weekday(j + 1) == nil,
               isOrdinal(j + 1) || (next.words.isEmpty && afterPreposition) { return nil }
            if let prev = at(j - 1), prev.number != nil || isOrdinal(j - 1) { return nil }
            // ثماني ساعات في اليوم: per day.
            if stemIs(j - 1, "في"), let q = at(j - 2), q.number != nil || unitAt(j - 2) != nil || Self.times.contains(Array(q.stem)) {
                return Match(first: j, last: j, type: .set, value: "P1D")
            }
        }
        if offset == -1, isOrdinal(j + 1), has(j + 1, { $0 == .ordinal(1) }) == true { offset = -2; j += 1 }
        var weekdayNamed: Int?
        if let w = weekday(j + 1) { weekdayNamed = w; j += 1 }
        else if punct(j + 1, "("), let w = weekday(j + 2), punct(j + 3, ")") { weekdayNamed = w; j += 3 }
        if part == nil, let p = partAdverb(j + 1) { part = p; j += 1 }
        guard let anchor else {
            let value = weekdayNamed.map { "XXXX-WXX-\($0)" } ?? "XXXX-XX-XX"
            return Match(first: i, last: j, type: part == nil ? .date : .time, value: value + (part.map { "T" + $0 } ?? ""))
        }
        var day = anchor.adding(days: offset)
        if let w = weekdayNamed, w != day.weekday {
            // The named weekday wins: the nearest such day to the computed one.
            var delta = (w - day.weekday + 7) % 7
            if delta > 3 { delta -= 7 }
            day = day.adding(days: delta)
        }
        return Match(first: i, last: j, type: part == nil ? .date : .time,
                     value: iso(day) + (part.map { "T" + $0 } ?? ""), relative: true, day: day)
    }

    private static let dayPrepositions: Set<[UInt8]> = Set(["في", "من", "الي", "حتي", "منذ", "خلال", "علي", "عن", "هذا", "ذلك",
        "بعد", "قبل"].map { Array($0.utf8) })
    private static let times: Set<[UInt8]> = Set(["مره", "مرات", "مرتين", "مرتان"].map { Array($0.utf8) })

    /// The day a weekday phrase at `i` names (for `من مساء الأحد` after a clock time).
    private func weekdayDay(_ i: Int) -> (day: CivilDate?, relative: Bool, last: Int)? {
        var j = i
        if let p = partBefore(j) { j = p.next }
        if isUnit(j, .day, definite: false) { j += 1 }
        guard let w = weekday(j) else { return nil }
        return (resolveWeekday(w, future: futureNear(j), strict: false), true, j)
    }

    /// `الأربعاء`, `يوم الاثنين الماضي`, `الخميس المقبل`, `مساء الجمعة`, `الثلاثاء 21 يوليو 2015`,
    /// `يوم الاثنين الموافق 2 / 11 / 1436هـ` (the weekday takes the date that follows).
    private mutating func weekdayPhrase(_ i: Int) -> Match? {
        var j = i, part: String?
        if let p = partBefore(j) { part = p.part; j = p.next }
        if isUnit(j, .day, definite: false) { j += 1 }
        guard let w = weekday(j) else { return nil }
        if fn(i - 1, .noweekday) { return nil }
        let suffix = part.map { "T" + $0 } ?? ""
        var dir: TimeDirection?
        if let d = direction(j + 1), d == .past || d == .next || d == .current { dir = d; j += 1 }
        // A date right after the weekday is the same day: one expression.
        var k = j + 1
        if punct(k, "،") || punct(k, ",") || punct(k, "-") { k += 1 }
        if let date = numericDate(k) ?? dayAndMonth(k, weekdayDirection: dir) {
            return Match(first: i, last: date.last, type: part == nil ? .date : .time,
                         value: date.value + suffix, relative: date.relative, hijri: date.hijri, day: date.day)
        }
        // … الموافق DATE: the date is its own expression, and it tells which day the weekday is.
        if fn(j + 1, .equiv), let date = numericDate(j + 2) ?? dayAndMonth(j + 2, weekdayDirection: dir), let day = date.day {
            return Match(first: i, last: j, type: part == nil ? .date : .time, value: iso(day) + suffix, relative: date.relative, day: day)
        }
        let future = dir == .next || (dir == nil && futureNear(j))
        guard let day = resolveWeekday(w, future: future, strict: dir == .past || dir == .next) else {
            return Match(first: i, last: j, type: part == nil ? .date : .time, value: "XXXX-WXX-\(w)" + suffix)
        }
        return Match(first: i, last: j, type: part == nil ? .date : .time, value: iso(day) + suffix, relative: true, day: day)
    }

    /// `21 يوليو 2015`, `العاشر من الشهر الجاري`, `الخامس من مارس`, `15 رمضان 1444 هـ`, `يوم 3 أغسطس`,
    /// `غرة شهر ذي القعدة القادم`, `ليلة التاسع والعشرين من شهر رمضان`.
    private mutating func dayAndMonth(_ i: Int, weekdayDirection: TimeDirection? = nil) -> Match? {
        var j = i, part: String?
        if let p = partBefore(j), weekday(p.next) == nil, dayRef(p.next) == nil { part = p.part; j = p.next }
        if isUnit(j, .day, definite: false) { j += 1 }
        guard let day = dayOfMonth(j) else { return nil }
        let suffix = part.map { "T" + $0 } ?? ""
        let type: TimeExpression.Kind = part == nil ? .date : .time
        var k = day.last + 1
        // ٢١ إلى ٢٣ من شوال: the first day of a range takes the month after the second.
        var rangeEnd: Int?
        if stemIs(k, "الي") || stemIs(k, "حتي") || punct(k, "-"), isNumber(j),
           let second = dayOfMonth(k + 1), isNumber(k + 1) {
            rangeEnd = day.last; k = second.last + 1
        }
        if stemIs(k, "من") { k += 1 }
        let monthWord = isUnit(k, .month, definite: false)
        if monthWord { k += 1 }
        // A bare ordinal or أول before a month is a day only when the month follows directly or after من.
        if let (m, last, weak) = monthName(k), !(weak && !day.ordinal && !isNumber(j)) {
            var end = last, year: Int?
            if let y = yearAfterMonth(last, hijri: false) { year = y.year; end = y.last }
            var dir: TimeDirection?
            if year == nil, let d = direction(end + 1), d == .past || d == .next || d == .current { dir = d; end += 1 }
            guard let y = year ?? yearFor(month: m, day: day.value, direction: dir, future: weekdayDirection == .next || futureNear(k)) else {
                return Match(first: i, last: rangeEnd ?? end, type: type, value: "XXXX-" + CivilDate.pad(m, 2) + "-" + CivilDate.pad(day.value, 2) + suffix)
            }
            guard let date = CivilDate(year: y, month: m, day: day.value) else { return warn(i, end, "impossible date") }
            return Match(first: i, last: rangeEnd ?? end, type: type, value: iso(date) + suffix, relative: year == nil, day: date)
        }
        if let (m, last, _) = monthName(k, hijri: true) {
            var end = last, year: Int?
            if let y = yearAfterMonth(last, hijri: true) { year = y.year; end = y.last }
            while year == nil && fn(end + 1, .honorific) { end += 1 }
            var dir: TimeDirection?
            if year == nil, let d = direction(end + 1), d == .past || d == .next || d == .current { dir = d; end += 1 }
            guard let hy = year ?? hijriYearFor(month: m, direction: dir, future: weekdayDirection == .next || futureNear(k)) else {
                return Match(first: i, last: rangeEnd ?? end, type: type, value: "XXXX-XX-XX" + suffix,
                             hijri: "XXXX-" + CivilDate.pad(m, 2) + "-" + CivilDate.pad(day.value, 2))
            }
            guard let date = HijriCalendar.gregorian(year: hy, month: m, day: day.value) else { return warn(i, end, "no such Hijri date") }
            return Match(first: i, last: rangeEnd ?? end, type: type, value: iso(date) + suffix, relative: year == nil,
                         hijri: CivilDate.iso(hy, m, day.value), day: date)
        }
        // العاشر من الشهر الجاري / الماضي / المقبل
        if !monthWord, isUnit(k, .month, definite: true), let dir = direction(k + 1), dir == .past || dir == .current || dir == .next,
           day.ordinal || isNumber(j), !fn(j, .first) {
            guard let anchor else { return nil }
            let (y, m) = anchor.month(adding: dir == .past ? -1 : dir == .next ? 1 : 0)
            guard let date = CivilDate(year: y, month: m, day: day.value) else { return warn(i, k + 1, "impossible date") }
            return Match(first: i, last: k + 1, type: type, value: iso(date) + suffix, relative: true, day: date)
        }
        return nil
    }

    /// `سبتمبر/أيلول الماضي`, `مارس 2023`, `شهر رمضان`, `مطلع شهر ذي القعدة المقبل`, `رمضان 1436هـ`.
    private func monthPhrase(_ i: Int) -> Match? {
        var j = i, mod: String?, monthWord = false
        if let p = position(j) { mod = p; j += 1 }
        if isUnit(j, .month, definite: false) { monthWord = true; j += 1 }
        if let (m, last, weak) = monthName(j) {
            var end = last, year: Int?
            if let y = yearAfterMonth(last, hijri: false) { year = y.year; end = y.last }
            var dir: TimeDirection?
            if year == nil, let d = direction(end + 1), d == .past || d == .next || d == .current { dir = d; end += 1 }
            if weak && year == nil && dir == nil && !monthWord { return nil }
            guard let y = year ?? yearFor(month: m, day: nil, direction: dir, future: futureNear(j)) else {
                return Match(first: i, last: end, type: .date, value: "XXXX-" + CivilDate.pad(m, 2), mod: mod)
            }
            return Match(first: i, last: end, type: .date, value: CivilDate.iso(y, m), mod: mod, relative: year == nil)
        }
        if let (m, last, _) = monthName(j, hijri: true) {
            var end = last, year: Int?
            if let y = yearAfterMonth(last, hijri: true) { year = y.year; end = y.last }
            var dir: TimeDirection?
            if year == nil, let d = direction(end + 1), d == .past || d == .next || d == .current { dir = d; end += 1 }
            guard monthWord || year != nil || dir != nil || mod != nil else { return nil }
            guard let hy = year ?? hijriYearFor(month: m, direction: dir, future: futureNear(j)) else {
                return Match(first: i, last: end, type: .date, value: "HXXXX-" + CivilDate.pad(m, 2), mod: mod)
            }
            return Match(first: i, last: end, type: .date, value: "H" + CivilDate.iso(hy, m), mod: mod, relative: year == nil)
        }
        return nil
    }

    /// `عام 2015`, `2015م`, `1436هـ`, `عامي 2013 و2014`, `في 2015`, `نهاية عام 2015`.
    private mutating func year(_ i: Int) -> Match? {
        var j = i, mod: String?
        if let p = position(j) { mod = p; j += 1 }
        var yearWord = false
        if let u = unitAt(j), u.unit == .year, u.count != nil { yearWord = true; j += 1 }
        if punct(j, ":") && yearWord { j += 1 }
        // عام ( 1948 ), سنة ( 1325 ) هجري: the year in brackets.
        if yearWord, punct(j, "("), let inner = yearNumber(j + 1), !inner.era, punct(inner.last + 1, ")") {
            var last = inner.last + 1, hijri = inner.hijri
            for w in words(last + 1) { if case let .era(h) = w { hijri = h; last += 1 } }
            guard (hijri ? 1300...1600 : 1000...2200).contains(inner.year) else { return nil }
            afterLastYear = last + 1
            return Match(first: i, last: last, type: .date, value: hijri ? "H\(inner.year)" : CivilDate.iso(inner.year), mod: mod)
        }
        guard let y = yearNumber(j) else { return nil }
        let afterPreposition = at(i - 1).map {
            Self.yearPrepositions.contains(Array($0.stem)) || Self.yearPrepositions.contains(Array(Self.withoutConjunction($0.stem)))
        } ?? false
        // أكثر من 1900 أسرة, 1920 في 1080: counts and sizes, not years.
        let count = (stemIs(i - 1, "من") && fn(i - 2, .more)) || (stemIs(y.last + 1, "في") && isNumber(y.last + 2))
        let supported = yearWord || y.era || afterLastYear == i || afterLastYear == i - 1 || (afterPreposition && !count)
            || (punct(y.last + 1, "/") && yearNumber(y.last + 2)?.era == true)
        guard supported else { return nil }
        if y.hijri {
            guard (1300...1600).contains(y.year), yearWord || y.era || afterLastYear >= i - 1 || punct(y.last + 1, "/") else { return nil }
            afterLastYear = y.last + 1
            return Match(first: i, last: y.last, type: .date, value: "H\(y.year)", mod: mod)
        }
        let range = yearWord || y.era ? 1000...2200 : 1900...2100
        guard range.contains(y.year) else { return nil }
        afterLastYear = y.last + 1
        return Match(first: i, last: y.last, type: .date, value: CivilDate.iso(y.year), mod: mod)
    }
    /// A word without a leading و or ف (`وفي` → `في`), for words the lexicon does not know.
    static func withoutConjunction(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        s.count > 2 && (s.starts(with: waw) || s.starts(with: fa)) ? s.dropFirst(2) : s
    }
    private static let yearPrepositions: Set<[UInt8]> = Set(["في", "منذ", "حتي", "من", "الي", "بين", "قبل", "بعد", "خلال",
        "عن", "مطلع", "بدايه", "نهايه", "منتصف", "اواخر", "اوائل", "و", "او", "لعام", "ل"].map { Array($0.utf8) })

    /// The year a quarter or half belongs to: `من العام الحالي`, `لعام 2015`, `من العام`, `2015`.
    private func yearReference(_ i: Int) -> (year: Int, last: Int)? {
        var j = i
        let bracket = punct(j, "(")
        if bracket { j += 1 }
        if stemIs(j, "من") { j += 1 }
        if let u = unitAt(j), u.unit == .year, u.count == 1 {
            if let y = yearNumber(j + 1), !y.hijri { return (y.year, y.last) }
            guard a[j].definite, let anchor else { return nil }
            var year = anchor.year, last = j
            switch direction(j + 1) {
            case .past?: year -= 1; last += 1
            case .next?: year += 1; last += 1
            case .current?: last += 1
            default: break
            }
            if let y = yearNumber(last + 1), y.year == year { last = y.last }  // العام الحالي 2015م
            if bracket { guard punct(last + 1, ")") else { return nil }; last += 1 }
            return (year, last)
        }
        if j == i, let y = yearNumber(j), !y.hijri, (1900...2100).contains(y.year) { return (y.year, y.last) }
        return nil
    }

    /// `الربع الثاني من العام الحالي` (2015-Q2), `النصف الأول لعام 2015` (2015-H1), `الربع السابق`.
    private func quarterOrHalf(_ i: Int) -> Match? {
        let quarter = isUnit(i, .quarter, definite: true)
        guard quarter || (a[i].definite && fn(i, .half)) else { return nil }
        if quarter, let dir = direction(i + 1), dir == .past || dir == .current || dir == .next, let anchor {
            // Relative to the quarter being reported, if one was named, else to the publication date.
            let (baseYear, baseQuarter) = context.lastQuarter.map { ($0.year, $0.quarter - 1) } ?? (anchor.year, (anchor.month - 1) / 3)
            let q = baseQuarter + (dir == .past ? -1 : dir == .next ? 1 : 0)
            let year = baseYear + Int((Double(q) / 4).rounded(.down))
            return Match(first: i, last: i + 1, type: .date, value: "\(year)-Q\((q % 4 + 4) % 4 + 1)", relative: true, isReference: false)
        }
        guard let n = number(i + 1), n.ordinal, n.value >= 1, n.value <= (quarter ? 4 : 2) else { return nil }
        let label = (quarter ? "Q" : "H") + String(n.value)
        if let y = yearReference(n.last + 1) { return Match(first: i, last: y.last, type: .date, value: "\(y.year)-\(label)", relative: true) }
        guard quarter, let anchor else { return nil }
        return Match(first: i, last: n.last, type: .date, value: "\(anchor.year)-\(label)", relative: true)
    }

    /// `الأسبوع المقبل`, `الشهر الماضي`, `هذا العام`, `نهاية العام الحالي`, `خلال العام الأخير`,
    /// `خلال الشهرين المقبلين`, `السنوات الأخيرة`, `الأيام الأربعة الماضية`, `الأشهر الثلاثة`, `الخمسة الأيام`.
    private func relativePeriod(_ i: Int) -> Match? {
        var j = i, within = false, mod: String?, demonstrative = false
        if stemIs(j, "في"), fn(j + 1, .within) { within = true; j += 2 }
        else if fn(j, .within) { within = true; j += 1 }
        if let p = position(j) { mod = p; j += 1 }
        if direction(j) == .current, at(j)?.definite == false { demonstrative = true; j += 1 }
        var quantity: Int?
        if let n = number(j), !n.ordinal, a[j].definite, n.last == j, let u = unitAt(j + 1), u.count == nil, a[j + 1].definite {
            quantity = n.value; j += 1  // الخمسة الأيام
        }
        guard let (unit, count) = unitAt(j), a[j].definite, unit != .quarter else { return nil }
        // الشهر نفسه من العام الماضي: the month last named, in the year named.
        if unit == .month, count == 1, fn(j + 1, .same), stemIs(j + 2, "من"), let y = yearReference(j + 3), let anchor {
            let month = context.lastMonth?.month ?? anchor.month
            return Match(first: j, last: y.last, type: .date, value: CivilDate.iso(y.year, month), relative: true)
        }
        var k = j
        if count == nil, quantity == nil, let n = number(j + 1), !n.ordinal { quantity = n.value; k = n.last }
        var few = false
        if count == nil, fn(k + 1, .few) { few = true; k += 1 }
        var dir = direction(k + 1)
        if dir != nil { k += 1 }
        if demonstrative { if dir != nil { return nil }; dir = .current }
        let start = within ? i : (mod != nil || demonstrative || quantity != nil && j > i ? i : j)
        let firstNoWithin = within ? (i + (stemIs(i, "في") ? 2 : 1)) : i
        if count == 1 && (dir == .past || dir == .current || dir == .next || (dir == nil && mod != nil)) {
            guard unit != .day, unit != .hour, unit != .minute, let anchor else { return nil }
            let shift = dir == .past ? -1 : dir == .next ? 1 : 0
            var value: String
            switch unit {
            case .week: value = CivilDate.isoWeekValue(anchor.adding(days: 7 * shift))
            case .month: let (y, m) = anchor.month(adding: shift); value = CivilDate.iso(y, m)
            case .year: value = CivilDate.iso(anchor.year + shift)
            case .decade: value = String(anchor.year / 10 + shift)
            default: value = String(anchor.year / 100 + shift)
            }
            // العام الحالي 2015م: the year written after it is the value and part of the expression;
            // العام المنصرم (1435هـ): the year in brackets is the value and its own expression.
            let bracket = punct(k + 1, "(")
            if unit == .year, let y = yearNumber(bracket ? k + 2 : k + 1), y.era || y.year == anchor.year + shift,
               !bracket || punct(y.last + 1, ")") {
                if !bracket { k = y.last }
                value = y.hijri ? "H\(y.year)" : CivilDate.iso(y.year)
            }
            return Match(first: firstNoWithin, last: k, type: .date, value: value, mod: mod, relative: true)
        }
        switch (count, dir) {
        case (1?, .lastSpan?), (1?, .nextSpan?):
            return Match(first: start, last: k, type: .duration, value: unit.duration("1"))
        case (2?, .lastSpan?), (2?, .nextSpan?), (2?, .past?), (2?, .next?):
            return Match(first: start, last: k, type: .duration, value: unit.duration("2"))
        case (nil, .some(let d)) where d != .current || demonstrative:
            return Match(first: start, last: k, type: .duration, value: unit.duration(quantity.map(String.init) ?? "X"))
        case (nil, nil) where quantity != nil:
            return Match(first: start, last: k, type: .duration, value: unit.duration(String(quantity!)))
        default:
            return nil
        }
    }

    /// `ثلاث سنوات`, `48 ساعة`, `يومين`, `قبل ثلاثة أيام`, `في غضون شهر`, `نحو 30 عاماً`, `كل أسبوع`,
    /// `منذ سنوات`, `لمدة أسبوع`, `نصف ساعة`, `عام ونصف العام`, `أيام قليلة`, `عاماً بعد عام`.
    private func quantity(_ i: Int) -> Match? {
        var j = i, mod: String?, relation: Int?, within = false, every = false, vague = false
        if stemIs(j, "ما"), fn(j + 1, .approx) { mod = "APPROX"; j += 2 }
        else if fn(j, .approx) { mod = "APPROX"; j += 1 }
        if fn(j, .ago) { relation = -1; j += 1 }
        else if fn(j, .after) { relation = 1; j += 1 }
        else if stemIs(j, "في"), fn(j + 1, .within) { within = true; j += 2 }
        else if fn(j, .within) { within = true; j += 1 }
        else if fn(j, .every) { every = true; j += 1 }
        if fn(j, .some) { vague = true; j += 1 }
        // لمدة, منذ, أكثر من: a singular unit after them is one unit of time (left outside the span).
        let measured = fn(i - 1, .for) || (stemIs(i - 1, "من") && fn(i - 2, .more))
        if mod == nil, relation == nil, !within, !every, !vague, fn(j, .half), !a[j].definite, let u = unitAt(j + 1), u.count == 1,
           let half = u.unit.halfDuration {
            return Match(first: i, last: j + 1, type: .duration, value: half)
        }
        var n: Int?, unit: TimeUnit, last: Int
        if !vague, let q = number(j), !q.ordinal, q.value > 0, let u = unitAt(q.last + 1), !a[q.last + 1].definite {
            n = q.value; unit = u.unit; last = q.last + 1
        } else if let u = unitAt(j), !a[j].definite {
            // شهر رمضان, عام 2013: the word names a month or a year, it does not count one.
            if u.unit == .month, monthName(j + 1) != nil || monthName(j + 1, hijri: true) != nil { return nil }
            if u.count == 1, yearNumber(j + 1) != nil { return nil }
            unit = u.unit; last = j
            switch u.count {
            case 2?: n = 2
            case 1?:
                if has(j + 1, { $0 == .cardinal(1) }) == true { n = 1; last = j + 1 }
                else if let next = at(j + 1), next.conjunction, next.has({ $0 == .function(.half) }) { n = 1 }
                else if relation != nil || within || every { n = 1 }
                else if measured, !(at(j + 1).map { $0.kind == .word && $0.stem.starts(with: Self.article) && $0.words.isEmpty } ?? false) { n = 1 }
                else if fn(j + 1, .after), unitAt(j + 2)?.unit == u.unit {
                    return Match(first: i, last: j + 2, type: .set, value: unit.duration("1"))  // عاماً بعد عام
                }
                else { return nil }
            default:
                // A plural before a definite noun is a construct (ساعات العمل), not a duration.
                if let next = at(j + 1), next.kind == .word, next.stem.starts(with: Self.article), next.words.isEmpty { return nil }
                if fn(j + 1, .few) { vague = true; last = j + 1 }
                let bare: Set<TimeUnit> = [.year, .month, .week, .minute, .century]
                guard vague || relation != nil || within || bare.contains(unit) else { return nil }
            }
        } else { return nil }
        var count = n.map(String.init) ?? "X"
        // عام ونصف: one and a half.
        if let n, let next = at(last + 1), next.conjunction, next.has({ $0 == .function(.half) }) {
            switch unit {
            case .year: count = String(12 * n + 6); unit = .month
            case .hour: count = String(60 * n + 30); unit = .minute
            default: break
            }
            last += 1
            if unitAt(last + 1)?.unit == .year || unitAt(last + 1)?.unit == .hour { last += 1 }
        }
        if every { return Match(first: i, last: last, type: .set, value: unit.duration(count)) }
        let bare = relation != nil ? (mod == nil ? i + 1 : i + 2) : i
        // قبل/بعد + quantity is a date, unless it counts from an event (بعد يومين من الحادث);
        // بعد شهر من الآن counts from now.
        let fromNow = stemIs(last + 1, "من") && stemIs(last + 2, "الان")
        // بعد يومين counts from the publication date only when the text speaks of the future (سيصل بعد
        // يومين); in a past narrative it counts from the events told.
        let fromEvent = !fromNow && (stemIs(last + 1, "من") || stemIs(last + 1, "علي")
            || (relation == 1 && !futureNear(i)))
        if let relation, let n, let anchor, !fromEvent {
            let value: String
            switch unit {
            case .day: value = anchor.adding(days: relation * n).description
            case .week: value = CivilDate.isoWeekValue(anchor.adding(days: 7 * relation * n))
            case .month: let (y, m) = anchor.month(adding: relation * n); value = CivilDate.iso(y, m)
            case .year: value = CivilDate.iso(anchor.year + relation * n)
            default: return Match(first: bare, last: last, type: .duration, value: unit.duration(count), mod: mod)
            }
            return Match(first: i, last: fromNow ? last + 2 : last, type: .date, value: value, mod: mod, relative: true)
        }
        if relation != nil {
            // Without a number (قبل سنوات) or counted from an event: the quantity is a duration.
            return Match(first: mod == nil ? i + 1 : i, last: last, type: .duration, value: unit.duration(count), mod: mod)
        }
        return Match(first: i, last: last, type: .duration, value: unit.duration(count), mod: mod)
    }

    /// Two-word references: `هذه الأيام`, `الوقت الحالي`, `القريب العاجل`.
    private func phraseReference(_ i: Int) -> Match? {
        guard a[i].phraseHead, let next = at(i + 1), let ws = TimeLexicon.standard.words(a[i].stem, next.stem) else { return nil }
        for w in ws { if case let .reference(r) = w { return Match(first: i, last: i + 1, type: .date, value: r) } }
        return nil
    }

    /// One-word expressions: frequencies (`سنوياً`), references (`الآن`), decades (`التسعينيات`),
    /// seasons (`الصيف الماضي`, `فصل الشتاء`, `صيف العام الماضي`), and `الليلة`.
    private func single(_ i: Int) -> Match? {
        let atom = a[i]
        for w in atom.words {
            switch w {
            case let .frequency(p): return Match(first: i, last: i, type: .set, value: p)
            case let .reference(r):
                // وأخيراً at the head of a clause means "finally".
                if atom.stemIs("اخيرا") && (atom.conjunction || i == 0) { return nil }
                return Match(first: i, last: i, type: .date, value: r)
            case let .decade(d):
                var last = i
                var century = 19
                if isUnit(i + 1, .century, definite: true) || fn(i + 1, .century) {
                    last = i + 1
                    if direction(i + 2) == .current { century = 20; last = i + 2 }
                    else if direction(i + 2) != nil { last = i + 2 }
                } else if stemIs(i + 1, "من"), fn(i + 2, .century) {
                    last = i + 2
                    if direction(i + 3) != nil { last = i + 3 }
                }
                var era = ""
                for w in words(last + 1) { if case .era(hijri: true) = w { era = "H"; century = 13; last += 1 } }
                let mod = position(i - 1)
                return Match(first: mod == nil ? i : i - 1, last: last, type: .date, value: "\(era)\(century)\(d)", mod: mod)
            case let .season(s):
                guard let anchor else { return nil }
                let seasonWord = fn(i - 1, .season)
                if !atom.definite, let y = yearReference(i + 1) {
                    return Match(first: i, last: y.last, type: .date, value: "\(y.year)-\(s)", relative: true)
                }
                let dir = direction(i + 1)
                guard seasonWord || dir != nil else { return nil }
                let shift = dir == .past ? -1 : dir == .next ? 1 : 0
                return Match(first: seasonWord ? i - 1 : i, last: dir == nil ? i : i + 1, type: .date,
                             value: "\(anchor.year + shift)-\(s)", relative: true)
            case .partOfDay("NI") where atom.definite && atom.stemIs("الليله"):
                guard let anchor else { return nil }
                let first = direction(i - 1) == .current ? i - 1 : i
                return Match(first: first, last: i, type: .time, value: anchor.description + "TNI", relative: true, day: anchor)
            default: continue
            }
        }
        return nil
    }
}
