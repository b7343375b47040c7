import ArabicText

/// Rules for periods relative to the anchor, quantities of time, and one-word expressions.
extension TimeGrammar {
    /// `الأسبوع المقبل`, `الشهر الماضي`, `هذا العام`, `نهاية العام الحالي`, `خلال العام الأخير`,
    /// `خلال الشهرين المقبلين`, `السنوات الأخيرة`, `الأيام الأربعة الماضية`, `الأشهر الثلاثة`, `الخمسة الأيام`.
    func relativePeriod(_ i: Int) -> Match? {
        var j = i, within = false, mod: String?, demonstrative = false
        if stemIs(j, "في"), fn(j + 1, .within) { within = true; j += 2 }
        else if fn(j, .within) { within = true; j += 1 }
        if let p = position(j) { mod = p; j += 1 }
        if direction(j) == .current, at(j)?.definite == false { demonstrative = true; j += 1 }
        var quantity: Int?
        if let n = number(j), !n.ordinal, a[j].definite, n.last == j, let u = unitAt(j + 1), u.count == nil, a[j + 1].definite {
            quantity = n.value; j += 1  // الخمسة الأيام
        }
        // خلال العشرين عاماً الأخيرة: a definite number, its noun, and a span direction.
        // (العشرين is both "the twentieth" and "the twenty".)
        if let n = number(j), !n.ordinal || (n.value >= 20 && n.value % 10 == 0), a[j].definite,
           let u = unitAt(n.last + 1), !a[n.last + 1].definite,
           let d = direction(n.last + 2), d == .lastSpan || d == .nextSpan || d == .past || d == .next {
            return Match(first: within ? i : j, last: n.last + 2, type: .duration, value: u.unit.duration(String(n.value)))
        }
        guard let (unit, count) = unitAt(j), a[j].definite, unit != .quarter else { return nil }
        // الشهر نفسه من العام الماضي: the month last named, in the year named.
        if unit == .month, count == 1, fn(j + 1, .same), stemIs(j + 2, "من"), let y = yearReference(j + 3), let anchor {
            let month = context.lastMonth?.month ?? anchor.month
            return Match(first: j, last: y.last, type: .date, value: CivilDate.iso(y.year, month), relative: true)
        }
        var k = j
        if stemIs(k + 1, "المالي") { k += 1 }  // العام المالي الماضي: the fiscal year
        if stemIs(k + 1, "الدراسي") || stemIs(k + 1, "الدراسيه") { return nil }  // the school year is no calendar period
        if count == nil, quantity == nil, let n = number(j + 1), !n.ordinal { quantity = n.value; k = n.last }
        if count == nil, fn(k + 1, .few) { k += 1 }   // الأيام القليلة الماضية
        var dir = direction(k + 1)
        if dir != nil { k += 1 }
        if demonstrative { if dir != nil { return nil }; dir = .current }
        let firstNoWithin = within ? (i + (stemIs(i, "في") ? 2 : 1)) : i
        // على مدى العام الماضي: over the past year, a duration.
        if count == 1, dir == .past, mod == nil, !demonstrative, fn(i - 1, .for) {
            return Match(first: j, last: k, type: .duration, value: unit.duration("1"))
        }
        if count == 1 && (dir == .past || dir == .current || dir == .next || (dir == nil && mod != nil)) {
            guard unit != .day, unit != .hour, unit != .minute else { return nil }
            guard let anchor else {
                // Without a publication date the period is known only by its kind: XXXX-WXX, XXXX-XX, XXXX.
                let unknown: [TimeUnit: String] = [.week: "XXXX-WXX", .month: "XXXX-XX", .year: "XXXX", .decade: "XXX", .century: "XX"]
                return Match(first: firstNoWithin, last: k, type: .date, value: unknown[unit] ?? "XXXX", mod: mod)
            }
            var shift = dir == .past ? -1 : dir == .next ? 1 : 0
            // الشهر السابق: the month before the one the article speaks of, when it named one.
            if unit == .month, dir == .past, stemIs(k, "السابق"), let (y, m) = context.lastMonth, (y, m) != (anchor.year, anchor.month) {
                shift = (y - anchor.year) * 12 + m - anchor.month - 1
            }
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
        // طوال العام, على مدار اليوم: all year, all day long.
        if count == 1, dir == nil, mod == nil, !demonstrative, !within, quantity == nil, let prev = at(i - 1),
           Self.throughout.contains(Array(prev.stem)) {
            return Match(first: j, last: k, type: .duration, value: unit.duration("1"))
        }
        // خلال الأسبوع: during this week.
        if within, unit == .week, count == 1, dir == nil, mod == nil, !demonstrative, let anchor {
            return Match(first: j, last: k, type: .date, value: CivilDate.isoWeekValue(anchor), relative: true)
        }
        switch (count, dir) {
        case (1?, .lastSpan?), (1?, .nextSpan?):
            return Match(first: i, last: k, type: .duration, value: unit.duration("1"))
        case (2?, .lastSpan?), (2?, .nextSpan?), (2?, .past?), (2?, .next?):
            return Match(first: i, last: k, type: .duration, value: unit.duration("2"))
        case (nil, .some(let d)) where d != .current || demonstrative:
            return Match(first: i, last: k, type: .duration, value: unit.duration(quantity.map(String.init) ?? "X"))
        case (nil, nil) where quantity != nil:
            return Match(first: i, last: k, type: .duration, value: unit.duration(String(quantity!)))
        default:
            return nil
        }
    }

    static let throughout: Set<[UInt8]> = Set(["طوال", "طول", "مدار", "مدي"].map { Array($0.utf8) })

    /// `ثلاث سنوات`, `48 ساعة`, `يومين`, `قبل ثلاثة أيام`, `في غضون شهر`, `نحو 30 عاماً`, `كل أسبوع`,
    /// `منذ سنوات`, `لمدة أسبوع`, `نصف ساعة`, `عام ونصف العام`, `أيام قليلة`, `عاماً بعد عام`.
    func quantity(_ i: Int) -> Match? {
        var j = i, mod: String?, relation: Int?, within = false, every = false, vague = false
        if stemIs(j, "ما"), fn(j + 1, .approx) { mod = "APPROX"; j += 2 }
        else if fn(j, .approx) { mod = "APPROX"; j += 1 }
        if fn(j, .ago) { relation = -1; j += 1 }
        else if fn(j, .after) { relation = 1; j += 1 }
        if relation != nil, mod == nil, fn(j, .approx) { mod = "APPROX"; j += 1 }  // قبل نحو عامين
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
        } else if let q = bracketedNumber(j), let u = unitAt(q.last + 1), !a[q.last + 1].definite {
            n = q.value; unit = u.unit; last = q.last + 1  // (20) أسبوعاً, “١٥” يوما
        } else if !vague, relation == nil, !every, let q = number(j), !q.ordinal, q.value > 0, let u = coordinatedUnit(after: q.last) {
            // بين 38 و50 عاما, من ثلاثة إلى ستة أشهر: the first number takes the unit of the last.
            return Match(first: i, last: q.last, type: .duration, value: u.duration(String(q.value)), mod: mod)
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
                else if relation != nil || within || every || mod != nil { n = 1 }
                else if stemIs(j + 1, "او"), unitAt(j + 2)?.unit == u.unit { n = 1 }  // شهر أو شهرين
                else if measured, !(at(j + 1).map { $0.kind == .word && TimeAtomizer.startsWithArticle($0.stem) && $0.words.isEmpty } ?? false) { n = 1 }
                else if fn(j + 1, .after), unitAt(j + 2)?.unit == u.unit {
                    return Match(first: i, last: j + 2, type: .set, value: unit.duration("1"))  // عاماً بعد عام
                }
                else { return nil }
            default:
                // A plural before a definite noun is a construct (ساعات العمل), not a duration.
                if let next = at(j + 1), next.kind == .word, TimeAtomizer.startsWithArticle(next.stem), next.words.isEmpty { return nil }
                if fn(j + 1, .few) { vague = true; last = j + 1 }
                let bare: Set<TimeUnit> = [.year, .month, .week, .hour, .minute, .century]
                guard vague || relation != nil || within || bare.contains(unit) else { return nil }
            }
        } else { return nil }
        var count = n.map(String.init) ?? "X"
        // عام ونصف: one and a half.
        // عام ونصف: one and a half (in months for years, minutes for hours, a decimal otherwise: P1.5M).
        if let whole = n, let next = at(last + 1), next.conjunction, next.has({ $0 == .function(.half) }) {
            let halfUnit = unitAt(last + 2)?.unit == unit
            switch unit {
            case .year: n = 12 * whole + 6; unit = .month; count = String(n!)
            case .hour: n = 60 * whole + 30; unit = .minute; count = String(n!)
            default: n = nil; count = "\(whole).5"
            }
            last += halfUnit ? 2 : 1
        }
        if every { return Match(first: i, last: last, type: .set, value: unit.duration(count)) }
        // قبل أيام, قبل سنوات: some time ago.
        if relation == -1, n == nil { return Match(first: i, last: last, type: .date, value: "PAST_REF", mod: mod) }
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

    /// A number in brackets or quotes: `(20)`, `“١٥”`, `«15»`.
    func bracketedNumber(_ i: Int) -> (value: Int, last: Int)? {
        guard valid(i), a[i].kind == .punctuation, let close = Self.closing[Array(a[i].symbol)],
              let q = number(i + 1), q.digits > 0, valid(q.last + 1), a[q.last + 1].kind == .punctuation,
              a[q.last + 1].symbol.elementsEqual(close) else { return nil }
        return (q.value, q.last + 1)
    }
    static let closing: [[UInt8]: [UInt8]] = [Array("(".utf8): Array(")".utf8), Array("“".utf8): Array("”".utf8),
                                              Array("«".utf8): Array("»".utf8), Array("\"".utf8): Array("\"".utf8)]

    /// The unit after a chain of numbers that ends a coordination or range begun by the number ending
    /// at `last`: `و50 عاما`, `و17 و18 عاما`, `إلى 6 أشهر`, `- 5 سنوات`.
    func coordinatedUnit(after last: Int) -> TimeUnit? {
        var k = last + 1   // the joining word: و، أو، إلى، حتى، -
        for _ in 0..<4 {
            guard isRangeWord(k) || stemIs(k, "او") || stemIs(k, "و"), let q = number(k + 1), !q.ordinal else { return nil }
            if let u = unitAt(q.last + 1), !a[q.last + 1].definite, u.count == nil || u.count == 1 { return u.unit }
            k = q.last + 1
        }
        return nil
    }

    /// `الفترة المسائية`, `فترة العصر`: a part of the day named as a shift, on the day the sentence names.
    func shiftOfDay(_ i: Int) -> Match? {
        guard stemIs(i, "الفتره") || stemIs(i, "فتره"), let p = partOfDay(i + 1), a[i + 1].definite else { return nil }
        return Match(first: i, last: i + 1, type: .time, value: (context.lastDay?.description ?? "XXXX-XX-XX") + "T" + p,
                     relative: context.lastDay != nil, isReference: false)
    }

    /// Two-word references: `هذه الأيام`, `الوقت الحالي`, `القريب العاجل`.
    func phraseReference(_ i: Int) -> Match? {
        guard a[i].phraseHead, let ws = phrase(i) else { return nil }
        for w in ws { if case let .reference(r) = w { return Match(first: i, last: i + 1, type: .date, value: r) } }
        return nil
    }

    /// One-word expressions: frequencies (`سنوياً`), references (`الآن`), decades (`التسعينيات`),
    /// seasons (`الصيف الماضي`, `فصل الشتاء`, `صيف العام الماضي`), and `الليلة`.
    func single(_ i: Int) -> Match? {
        let atom = a[i]
        for w in atom.words {
            switch w {
            case let .frequency(p):
                // A definite frequency adjective follows a definite noun (الراتب الشهري); after a name it
                // is a family name (ملفي الشهري).
                if atom.definite, !(valid(i - 1) && a[i - 1].kind == .word && TimeAtomizer.startsWithArticle(a[i - 1].stem)) { return nil }
                return Match(first: i, last: i, type: .set, value: p)
            case let .reference(r):
                // وأخيراً at the head of a clause means "finally".
                if atom.stemIs("اخيرا") && (atom.conjunction || i == 0 || stemIs(i - 1, "ثم")) { return nil }
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
                var hijriEra = ""
                if era(last + 1) == true { hijriEra = "H"; century = 13; last += 1 }
                let mod = position(i - 1)
                return Match(first: mod == nil ? i : i - 1, last: last, type: .date, value: "\(hijriEra)\(century)\(d)", mod: mod)
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
                // الليلة, هذه الليلة: tonight; الليلة الماضية: last night; منتصف الليلة الماضية.
                guard let anchor else { return nil }
                let past = direction(i + 1) == .past
                let night = anchor.adding(days: past ? -1 : 0)
                let mod = position(i - 1)
                let first = direction(i - 1) == .current || mod != nil ? i - 1 : i
                return Match(first: first, last: past ? i + 1 : i, type: .time, value: night.description + "TNI", mod: mod,
                             relative: true, day: night)
            default: continue
            }
        }
        return nil
    }
}
