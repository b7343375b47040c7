import ArabicText

/// What earlier expressions established, the reference time later ones follow: a clock time belongs
/// to the last day named in its sentence (`lastDay` is cleared at each sentence), `الربع السابق` is
/// the quarter before the one the article reports, `الشهر نفسه من العام الماضي` repeats the last
/// month named.
struct TimeContext {
    var lastDay: CivilDate?
    var lastMonth: (year: Int, month: Int)?
    var reportedQuarter: (year: Int, quarter: Int)?
}

/// The grammar of Arabic time expressions over one sentence's atoms, with their resolution against
/// the anchor (the publication date). Each rule tries to match at an atom and returns the longest
/// expression it can build; the tagger keeps the first rule that matches and moves past it. The
/// rules are in TimeGrammar+Dates.swift (calendar dates, days, clock times, years, quarters) and
/// TimeGrammar+Periods.swift (relative periods, quantities, one-word expressions).
struct TimeGrammar {
    /// The sentence's atoms (in memory `TimeTagger.tag` holds while the grammar runs).
    let a: UnsafeBufferPointer<TimeAtom>
    let anchor: CivilDate?
    var found: [TimeExpression] = []
    var warnings: [String] = []
    /// The reference time carried from sentence to sentence.
    var context: TimeContext
    /// The atom after the last year found, so `عامي 2013 و2014` finds both years.
    var afterLastYear = -1
    /// An earlier expression of the sentence lies in the future (غداً, المقبل): later ones follow it.
    var futureContext = false
    /// Text of the sentence, for warnings.
    let text: UnsafeBufferPointer<UInt8>

    /// The lexicon the atoms were read with (for two-word forms), and its flat array of readings.
    let lexicon: TimeLexicon
    let readings: UnsafeBufferPointer<TimeWord>

    init(atoms: UnsafeBufferPointer<TimeAtom>, anchor: CivilDate?, text: UnsafeBufferPointer<UInt8>, context: TimeContext,
         lexicon: TimeLexicon, readings: UnsafeBufferPointer<TimeWord>) {
        a = atoms; self.anchor = anchor; self.text = text; self.context = context; self.lexicon = lexicon; self.readings = readings
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
    func mayStart(_ i: Int) -> Bool {
        if !a[i].words.isEmpty || a[i].kind == .number || a[i].phraseHead { return true }
        guard i + 1 < a.count, a[i].kind == .word || a[i].kind == .punctuation else { return false }
        return !a[i + 1].words.isEmpty || (a[i].kind == .punctuation && a[i + 1].number != nil)
    }

    /// Keeps the month or quarter a value names as the reference for later expressions.
    mutating func remember(_ value: String) {
        let b = Array(value.utf8)
        guard b.count == 7, b[4] == UInt8(ascii: "-"), let y = Int(String(value.prefix(4))) else { return }
        // The first quarter named is the one the article reports on; الربع السابق is the one before it.
        if b[5] == UInt8(ascii: "Q"), let q = Int(String(value.suffix(1))) { context.reportedQuarter = context.reportedQuarter ?? (y, q) }
        else if let m = Int(String(value.suffix(2))) { context.lastMonth = (y, m) }
    }

    mutating func match(_ i: Int) -> Match? {
        if let m = phraseReference(i) ?? numericDate(i) ?? clock(i) ?? dayReference(i) ?? weekdayPhrase(i) { return m }
        if let m = dayAndMonth(i) ?? monthPhrase(i) ?? year(i) { return m }
        return quarterOrHalf(i) ?? relativePeriod(i) ?? quantity(i) ?? shiftOfDay(i) ?? single(i)
    }

    // MARK: - Atom tests

    // Accessors that read one field of an atom without copying the atom.
    func at(_ i: Int) -> TimeAtom? { i >= 0 && i < a.count ? a[i] : nil }
    func valid(_ i: Int) -> Bool { i >= 0 && i < a.count }
    func words(_ i: Int) -> ReadingView { valid(i) ? a[i].words : TimeAtom.noReadings }
    /// The readings of the two-word form that starts at atom `i`.
    func phrase(_ i: Int) -> ReadingView? {
        guard valid(i + 1), let r = lexicon.entry(a[i].stem, a[i + 1].stem) else { return nil }
        return readings[r]
    }
    func has(_ i: Int, _ test: (TimeWord) -> Bool) -> Bool { valid(i) && a[i].words.contains(where: test) }
    func stemIs(_ i: Int, _ s: StaticString) -> Bool { valid(i) && a[i].stemIs(s) }
    func isNumber(_ i: Int) -> Bool { valid(i) && a[i].number != nil }
    func fn(_ i: Int, _ name: FunctionWord) -> Bool { has(i) { $0 == .function(name) } }
    func unitAt(_ i: Int) -> (unit: TimeUnit, count: Int?)? {
        for w in words(i) { if case let .unit(u, c) = w { return (u, c) } }
        return nil
    }
    func direction(_ i: Int) -> TimeDirection? {
        for w in words(i) { if case let .direction(d) = w { return d } }
        return nil
    }
    func position(_ i: Int) -> String? {
        for w in words(i) { if case let .position(p) = w { return p } }
        return nil
    }
    func partOfDay(_ i: Int) -> String? {
        for w in words(i) { if case let .partOfDay(p) = w { return p } }
        return nil
    }
    func weekday(_ i: Int) -> Int? {
        for w in words(i) { if case let .weekday(d) = w { return d } }
        return nil
    }
    func dayRef(_ i: Int) -> Int? {
        for w in words(i) { if case let .dayRef(d) = w { return d } }
        return nil
    }
    func isUnit(_ i: Int, _ unit: TimeUnit, count: Int? = 1, definite: Bool? = nil) -> Bool {
        guard let u = unitAt(i), u.unit == unit, u.count == count else { return false }
        return definite.map { $0 == a[i].definite } ?? true
    }
    func punct(_ i: Int, _ s: StaticString) -> Bool { valid(i) && a[i].isPunctuation(s) }
    /// The era after a year at `i` (`هـ` true, `م` false), if there is one.
    func era(_ i: Int) -> Bool? {
        for w in words(i) { if case let .era(h) = w { return h } }
        return nil
    }
    func isOrdinal(_ i: Int) -> Bool { has(i) { if case .ordinal = $0 { return true }; return false } }

    /// A name made of a time word (`عين اليوم`, `روسيا اليوم`), which is not a time.
    func isName(_ i: Int) -> Bool {
        guard a[i].phraseHead, let ws = phrase(i) else { return false }
        return ws.contains(.name)
    }

    /// A Gregorian (or, with `hijri`, Hijri) month name at `i`, possibly two words, followed by an
    /// optional second name (`سبتمبر/أيلول`, `مارس (آذار)`, `فبراير شباط`).
    func monthName(_ i: Int, hijri: Bool = false) -> (month: Int, last: Int, weak: Bool)? {
        func one(_ i: Int) -> (Int, Int)? {
            guard valid(i), a[i].kind == .word else { return nil }
            if a[i].phraseHead, valid(i + 1), a[i + 1].kind == .word, let ws = phrase(i) {
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
        // Month names that are also ordinary words or names (آب father, تموز, نيسان, ماي) need support.
        let weak = !hijri && end == last && Self.weakMonthForms.contains(Array(a[i].stem))
        return (m, end, weak)
    }

    /// A year after a month name, past honorifics and a year word: `رمضان المبارك لعام 1436هـ`.
    func yearAfterMonth(_ last: Int, hijri: Bool) -> (year: Int, last: Int)? {
        var j = last + 1
        while fn(j, .honorific) { j += 1 }
        if isUnit(j, .year, definite: false) { j += 1 }
        guard let y = yearNumber(j), hijri ? (y.hijri || y.era) : !y.hijri,
              (hijri ? 1300...1600 : 1000...2200).contains(y.year), y.era || y.year >= 1000 else { return nil }
        return (y.year, y.last)
    }

    /// A day of the month: a number, an ordinal (`العاشر`), or `أول`/`غرة` (the first).
    func dayOfMonth(_ j: Int) -> (value: Int, last: Int, ordinal: Bool)? {
        if fn(j, .first) { return (1, j, true) }
        guard let day = number(j), (1...31).contains(day.value), day.digits <= 2 else { return nil }
        return (day.value, day.last, day.ordinal)
    }
    static let weakMonthForms: Set<[UInt8]> = Set(["اب", "تموز", "نيسان", "ايار", "ماي", "اوت", "جوان"].map { Array($0.utf8) })

    /// A number written in digits or words (`15`, `ثلاثة`, `الخامس عشر`, `خمسة وعشرين`).
    func number(_ i: Int) -> (value: Int, last: Int, ordinal: Bool, digits: Int)? {
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
    func yearNumber(_ i: Int) -> (year: Int, hijri: Bool, last: Int, era: Bool)? {
        guard valid(i), let n = a[i].number, a[i].digits == 4 || a[i].digits == 3 else { return nil }
        for w in words(i + 1) {
            if case let .era(h) = w { return (n, h, i + 1, true) }
        }
        return (n, (1300...1500).contains(n), i, false)
    }

    // MARK: - Resolution

    /// The date of weekday `w` nearest the anchor in the past (or the future when `future`).
    func resolveWeekday(_ w: Int, future: Bool, strict: Bool) -> CivilDate? {
        guard let anchor else { return nil }
        var delta = future ? (w - anchor.weekday + 7) % 7 : -((anchor.weekday - w + 7) % 7)
        if delta == 0 && strict { delta = future ? 7 : -7 }
        return anchor.adding(days: delta)
    }

    /// The year for a month (and day) given without one: the past unless the text says future.
    func yearFor(month: Int, day: Int?, direction: TimeDirection?, future: Bool) -> Int? {
        guard let anchor else { return nil }
        let here = anchor.month * 100 + (day == nil ? 0 : anchor.day), there = month * 100 + (day ?? 0)
        switch direction {
        case .past?: return there < here ? anchor.year : anchor.year - 1
        case .next?: return there > here ? anchor.year : anchor.year + 1
        default:
            if future { return there >= here ? anchor.year : anchor.year + 1 }
            // Without a cue, the nearest occurrence: news looks back, but not by most of a year.
            if there <= here { return anchor.year }
            return month - anchor.month > 2 ? anchor.year - 1 : anchor.year
        }
    }

    /// The Hijri year for a Hijri month given without one, nearest the anchor.
    func hijriYearFor(month: Int, direction: TimeDirection?, future: Bool) -> Int? {
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
    func futureNear(_ i: Int) -> Bool {
        if futureContext { return true }
        for j in max(0, min(i - 12, a.count))..<min(a.count, i + 5) where a[j].kind == .word {
            if fn(j, .future) { return true }
            let stem = a[j].stem
            if Self.isFutureVerb(stem) || Self.isFutureVerb(Self.withoutConjunction(stem)) {
                return true
            }
        }
        return false
    }

    /// A verb with the future prefix س (`سيعقد`, `ستنطلق`), as the clitic segmenter splits it;
    /// only words that start س + ي/ت/ن are segmented, so `ستريت` and `سيارة` cost one test each.
    static func isFutureVerb<C: Collection>(_ s: C) -> Bool where C.Element == UInt8 {
        guard s.count >= 8, s.starts(with: sin) else { return false }
        let second = Array(s.dropFirst(2).prefix(2))
        guard second == ya || second == ta || second == nun else { return false }
        let letters = String(decoding: s, as: UTF8.self).unicodeScalars.map(\.value)
        let split = letters.withUnsafeBufferPointer { CliticSegmenter.standard.segment($0) }
        return split.prefixLetters >= 1
    }
    static let waw = Array("و".utf8), fa = Array("ف".utf8)
    static let sin = Array("س".utf8), ya = Array("ي".utf8), ta = Array("ت".utf8), nun = Array("ن".utf8)
}
