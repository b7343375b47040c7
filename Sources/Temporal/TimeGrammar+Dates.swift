import ArabicText

/// Rules for calendar dates, days, clock times, years, quarters and halves.
extension TimeGrammar {
    /// `29/3/2023`, `2023-03-29`, `13/ 8/ 2015`, `1436/10/5هـ`.
    mutating func numericDate(_ i: Int) -> Match? {
        guard valid(i), a[i].kind == .number else { return nil }
        var parts: [ByteView], last: Int
        if a[i].number == nil {
            parts = a[i].symbol.split(whereSeparator: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") })
            last = i
            // 10/4 / 1436هـ: day and month in one token, the year after a spaced slash.
            if parts.count == 2, punct(i + 1, "/"), valid(i + 2), a[i + 2].digits == 4 { parts.append(a[i + 2].symbol); last = i + 2 }
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
        if let h = era(last + 1) { eraHijri = h; last += 1 }
        let hijri = eraHijri ?? (1300...1500).contains(y)
        if hijri {
            guard let g = HijriCalendar.gregorian(year: y, month: m, day: d) else { return warn(i, last, "no such Hijri date") }
            return Match(first: i, last: last, type: .date, value: g.description, hijri: CivilDate.iso(y, m, d), day: g)
        }
        guard (1000...2200).contains(y), let g = CivilDate(year: y, month: m, day: d) else { return warn(i, last, "impossible date") }
        return Match(first: i, last: last, type: .date, value: g.description, day: g)
    }

    /// Records a warning for an expression that looks like a date but is not one; matches nothing.
    mutating func warn(_ first: Int, _ last: Int, _ why: String) -> Match? {
        let bytes = Array(text[a[first].start..<a[last].end])
        let warning = "\(why): \"\(String(decoding: bytes, as: UTF8.self))\" left without a time value"
        if !warnings.contains(warning) { warnings.append(warning) }  // a rule may test the same words twice
        return nil
    }

    /// `الساعة الخامسة مساءً`, `الساعة 10:30`, `17:00`, `10 صباحاً`, `الثانية عشرة ظهراً`,
    /// `الساعة العاشرة وعشرين دقيقة من صباح أمس`.
    func clock(_ i: Int) -> Match? {
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
                    let mm = number(next.stemIs("و") ? j + 2 : j + 1), mm.value < 60, unitAt(mm.last + 1)?.unit == .minute {
                minute = mm.value; j = mm.last + 1
            }
        } else { return nil }
        var part = partAdverb(j + 1)
        if part != nil { j += 1 }
        // A clock time is on the day its sentence names; without one it has no date (a schedule, a
        // rule, a story's hour), except a wire timestamp (17:33), which is the publication day's.
        let stamp = !clockWord && at(i)?.kind == .number && at(i)?.number == nil
        var day = context.lastDay ?? (stamp ? anchor : nil), relative = context.lastDay == nil && stamp && anchor != nil
        // … (من) صباح أمس / من مساء الأحد / صباح اليوم الثلاثاء: the day and the part of it.
        let dayAt = stemIs(j + 1, "من") ? j + 2 : j + 1
        if part == nil, partOfDay(dayAt) != nil, let d = dayReference(dayAt).map({ ($0.day, $0.relative, $0.last) }) ?? weekdayDay(dayAt) {
            part = partOfDay(dayAt); day = d.day; relative = d.relative; j = d.last
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
    func partAdverb(_ i: Int) -> String? {
        guard let p = partOfDay(i), !a[i].definite else { return nil }
        if dayRef(i + 1) != nil || weekday(i + 1) != nil || isUnit(i + 1, .day, definite: false) { return nil }
        return p
    }

    /// A part of the day before a day: `صباح`, `مساء`, `ليلة`, and `بعد ظهر` (the afternoon).
    func partBefore(_ i: Int) -> (part: String, next: Int)? {
        if fn(i, .after), partOfDay(i + 1) == "MI", !a[i + 1].definite { return ("AF", i + 2) }
        if let p = partOfDay(i), !a[i].definite, at(i + 1) != nil { return (p, i + 1) }
        return nil
    }

    /// The first letters of an imperfect verb (ي ت ن) and of the future (س).
    static let imperfectOrFuture = [ya, ta, nun, sin]

    /// `أمس`, `اليوم`, `غداً`, `أول أمس`, `بعد غد`, `يوم أمس`, `مساء أمس`, `اليوم الخميس`, `أمس (الأربعاء)`.
    func dayReference(_ i: Int) -> Match? {
        var j = i, part: String?
        if let p = partBefore(j) { part = p.part; j = p.next }
        if isUnit(j, .day, definite: false) { j += 1 }
        if direction(j) == .current, valid(j), !a[j].definite, dayRef(j + 1) == 0 { j += 1 }  // هذا اليوم
        var offset: Int
        if fn(j, .first), let d = dayRef(j + 1), d == -1 { offset = -2; j += 1 }
        else if fn(j, .first), stemIs(j + 1, "من"), dayRef(j + 2) == -1 { offset = -2; j += 2 }
        else if fn(j, .after), stemIs(j + 1, "غد") { offset = 2; j += 1 }
        else if let d = dayRef(j) { offset = d }
        else { return nil }
        if offset == 0 {
            // اليوم before an adjective or ordinal is "the day" (اليوم الأول, اليوم الوطني), after a
            // number a unit (في اليوم الثالث), before نفسه another day (اليوم نفسه); before a weekday, today.
            if fn(j + 1, .same) || (punct(j - 1, "«") && punct(j + 1, "»")) { return nil }  // «اليوم», the newspaper
            if has(j + 1, { $0 == .cardinal(1) }) { return Match(first: i, last: j + 1, type: .set, value: "P1D") }
            // After a preposition, اليوم + a definite word is "the day of" (في اليوم الوطني, باليوم العالمي);
            // after a verb it is today (سيعقد اليوم اللقاء).
            let afterPreposition = a[j].preposition || (at(j - 1).map { Self.dayPrepositions.contains(Array($0.stem)) } ?? false)
            if let next = at(j + 1), next.kind == .word, TimeAtomizer.startsWithArticle(next.stem), weekday(j + 1) == nil,
               isOrdinal(j + 1) || (next.words.isEmpty && afterPreposition) { return nil }
            if let prev = at(j - 1), prev.number != nil || isOrdinal(j - 1) { return nil }
            // Opening its sentence before a noun or pronoun rather than a verb, اليوم is "nowadays":
            // اليوم إيران تفتح صفحة جديدة، فاليوم هو وقت… (an imperfect verb starts ي ت ن, the future س).
            if j == 0, let next = at(1), next.kind == .word, next.words.isEmpty,
               !Self.imperfectOrFuture.contains(where: { next.stem.starts(with: $0) }) {
                return Match(first: i, last: j, type: .date, value: "PRESENT_REF")
            }
            // ثماني ساعات في اليوم: per day.
            if stemIs(j - 1, "في"), let q = at(j - 2), q.number != nil || unitAt(j - 2) != nil || Self.times.contains(Array(q.stem)) {
                return Match(first: j, last: j, type: .set, value: "P1D")
            }
        }
        if offset == -1, isOrdinal(j + 1), has(j + 1, { $0 == .ordinal(1) }) { offset = -2; j += 1 }
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
            // The named weekday wins: the latest such day on or before the computed one, since a text
            // is collected on or after the day it is written (اليوم الخميس collected on a Friday is
            // that Thursday), or the day after it, since collection runs a day early at most
            // (اليوم الاثنين collected on a Sunday).
            let back = (day.weekday - w + 7) % 7
            day = day.adding(days: back == 6 ? 1 : -back)
        }
        return Match(first: i, last: j, type: part == nil ? .date : .time,
                     value: day.description + (part.map { "T" + $0 } ?? ""), relative: true, day: day)
    }

    static let dayPrepositions: Set<[UInt8]> = Set(["في", "من", "الي", "حتي", "منذ", "خلال", "علي", "عن", "هذا", "ذلك",
        "بعد", "قبل"].map { Array($0.utf8) })
    static let times: Set<[UInt8]> = Set(["مره", "مرات", "مرتين", "مرتان"].map { Array($0.utf8) })

    /// The day a weekday phrase at `i` names (for `من مساء الأحد` after a clock time).
    func weekdayDay(_ i: Int) -> (day: CivilDate?, relative: Bool, last: Int)? {
        var j = i
        if let p = partBefore(j) { j = p.next }
        if isUnit(j, .day, definite: false) { j += 1 }
        guard let w = weekday(j) else { return nil }
        if let d = direction(j + 1), d == .past || d == .next {
            return (resolveWeekday(w, future: d == .next, strict: true), true, j + 1)
        }
        return (resolveWeekday(w, future: futureNear(j), strict: false), true, j)
    }

    /// `الأربعاء`, `يوم الاثنين الماضي`, `الخميس المقبل`, `مساء الجمعة`, `الثلاثاء 21 يوليو 2015`,
    /// `يوم الاثنين الموافق 2 / 11 / 1436هـ` (the weekday takes the date that follows).
    mutating func weekdayPhrase(_ i: Int) -> Match? {
        var j = i, part: String?
        if let p = partBefore(j) { part = p.part; j = p.next }
        if isUnit(j, .day, definite: false) { j += 1 }
        if stemIs(j, "يومي"), weekday(j + 1) != nil { j += 1 }  // يومي السبت والأحد: the dual of يوم
        guard let w = weekday(j) else { return nil }
        if fn(j - 1, .noweekday) { return nil }  // صلاة الجمعة is the prayer (but صلاة عصر يوم الجمعة is a day)
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
        // يوم الأحد (2 أغسطس): the date in brackets, one expression.
        if punct(k, "("), let date = numericDate(k + 1) ?? dayAndMonth(k + 1, weekdayDirection: dir), punct(date.last + 1, ")") {
            return Match(first: i, last: date.last + 1, type: part == nil ? .date : .time,
                         value: date.value + suffix, relative: date.relative, hijri: date.hijri, day: date.day)
        }
        // … الموافق DATE: the date is its own expression, and it tells which day the weekday is.
        if fn(j + 1, .equiv), let date = numericDate(j + 2) ?? dayAndMonth(j + 2, weekdayDirection: dir), let day = date.day {
            return Match(first: i, last: j, type: part == nil ? .date : .time, value: day.description + suffix, relative: date.relative, day: day)
        }
        let future = dir == .next || (dir == nil && futureNear(j))
        guard let day = resolveWeekday(w, future: future, strict: dir == .past || dir == .next) else {
            return Match(first: i, last: j, type: part == nil ? .date : .time, value: "XXXX-WXX-\(w)" + suffix)
        }
        return Match(first: i, last: j, type: part == nil ? .date : .time, value: day.description + suffix, relative: true, day: day)
    }

    /// `21 يوليو 2015`, `العاشر من الشهر الجاري`, `الخامس من مارس`, `15 رمضان 1444 هـ`, `يوم 3 أغسطس`,
    /// `غرة شهر ذي القعدة القادم`, `ليلة التاسع والعشرين من شهر رمضان`.
    mutating func dayAndMonth(_ i: Int, weekdayDirection: TimeDirection? = nil) -> Match? {
        var j = i, part: String?
        if let p = partBefore(j), weekday(p.next) == nil, dayRef(p.next) == nil { part = p.part; j = p.next }
        let dayWord = isUnit(j, .day, definite: false)
        if dayWord { j += 1 }
        guard let day = dayOfMonth(j) else { return nil }
        let suffix = part.map { "T" + $0 } ?? ""
        let type: TimeExpression.Kind = part == nil ? .date : .time
        var k = day.last + 1
        // ٢١ إلى ٢٣ من شوال: the first day of a range takes the month after the second.
        var rangeEnd: Int?
        if isRangeWord(k), let second = dayOfMonth(k + 1), (isNumber(j) && isNumber(k + 1)) || (day.ordinal && second.ordinal) {
            rangeEnd = day.last; k = second.last + 1
        }
        if stemIs(k, "من") { k += 1 }
        let monthWord = isUnit(k, .month, definite: false)
        if monthWord { k += 1 }
        // A bare ordinal or أول before a month is a day only when the month follows directly or after من.
        if let (m, last, weak) = monthName(k), !(weak && !day.ordinal && !isNumber(j)) {
            var end = last, year: Int?, relative = false
            if let y = yearAfterMonth(last, hijri: false) { year = y.year; end = y.last }
            else if let y = relativeYear(last + 1) { year = y.year; end = y.last; relative = true }
            var dir: TimeDirection?
            if year == nil, let d = direction(end + 1), d == .past || d == .next || d == .current { dir = d; end += 1 }
            guard let y = year ?? yearFor(month: m, day: day.value, direction: dir, future: weekdayDirection == .next || futureNear(k)) else {
                return Match(first: i, last: rangeEnd ?? end, type: type, value: "XXXX-" + CivilDate.pad(m, 2) + "-" + CivilDate.pad(day.value, 2) + suffix)
            }
            guard let date = CivilDate(year: y, month: m, day: day.value) else { return warn(i, end, "impossible date") }
            return Match(first: i, last: rangeEnd ?? end, type: type, value: date.description + suffix, relative: relative || year == nil, day: date)
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
            return Match(first: i, last: rangeEnd ?? end, type: type, value: date.description + suffix, relative: year == nil,
                         hijri: CivilDate.iso(hy, m, day.value), day: date)
        }
        // العاشر من الشهر الجاري / الماضي / المقبل, 21 من هذا الشهر
        let thisMonth = direction(k) == .current && valid(k) && !a[k].definite && isUnit(k + 1, .month, definite: true)
        if !monthWord, thisMonth || isUnit(k, .month, definite: true), let dir = thisMonth ? .current : direction(k + 1),
           dir == .past || dir == .current || dir == .next, day.ordinal || isNumber(j), !fn(j, .first) {
            guard let anchor else {
                return Match(first: i, last: k + 1, type: type, value: "XXXX-XX-" + CivilDate.pad(day.value, 2) + suffix)
            }
            let (y, m) = anchor.month(adding: dir == .past ? -1 : dir == .next ? 1 : 0)
            guard let date = CivilDate(year: y, month: m, day: day.value) else { return warn(i, k + 1, "impossible date") }
            return Match(first: i, last: k + 1, type: type, value: date.description + suffix, relative: true, day: date)
        }
        // يوم 27: a day of the month named last, else of the publication month.
        if dayWord, isNumber(j), rangeEnd == nil, !monthWord, let anchor {
            let (y, m) = context.lastMonth ?? (anchor.year, anchor.month)
            guard let date = CivilDate(year: y, month: m, day: day.value) else { return nil }
            return Match(first: i, last: day.last, type: type, value: date.description + suffix, relative: true, day: date)
        }
        return nil
    }

    /// A word that joins the two ends of a range: `إلى`, `حتى`, `وحتى`, `-`.
    func isRangeWord(_ i: Int) -> Bool { punct(i, "-") || stemIs(i, "الي") || stemIs(i, "حتي") || stemIs(i, "وحتي") || stemIs(i, "والي") }

    /// `العام الماضي`, `من العام المقبل` after a month: the year it names.
    func relativeYear(_ i: Int) -> (year: Int, last: Int)? {
        guard let anchor else { return nil }
        let j = stemIs(i, "من") ? i + 1 : i
        guard isUnit(j, .year, definite: true), let d = direction(j + 1), d == .past || d == .current || d == .next else { return nil }
        return (anchor.year + (d == .past ? -1 : d == .next ? 1 : 0), j + 1)
    }

    /// `سبتمبر/أيلول الماضي`, `مارس 2023`, `شهر رمضان`, `مطلع شهر ذي القعدة المقبل`, `رمضان 1436هـ`.
    func monthPhrase(_ i: Int) -> Match? {
        var j = i, mod: String?, monthWord = false
        if let p = position(j) { mod = p; j += 1 }
        if isUnit(j, .month, definite: false) { monthWord = true; j += 1 }
        if let (m, last, weak) = monthName(j) {
            var end = last, year: Int?, relative = false
            if let y = yearAfterMonth(last, hijri: false) { year = y.year; end = y.last }
            else if let y = relativeYear(last + 1) { year = y.year; end = y.last; relative = true }
            var dir: TimeDirection?
            if year == nil, let d = direction(end + 1), d == .past || d == .next || d == .current { dir = d; end += 1 }
            if weak && year == nil && dir == nil && !monthWord { return nil }
            guard let y = year ?? yearFor(month: m, day: nil, direction: dir, future: futureNear(j)) else {
                return Match(first: i, last: end, type: .date, value: "XXXX-" + CivilDate.pad(m, 2), mod: mod)
            }
            return Match(first: i, last: end, type: .date, value: CivilDate.iso(y, m), mod: mod, relative: relative || year == nil)
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
    mutating func year(_ i: Int) -> Match? {
        var j = i, mod: String?
        if let p = position(j) { mod = p; j += 1 }
        var yearWord = false
        if let u = unitAt(j), u.unit == .year, u.count != nil { yearWord = true; j += 1 }
        if punct(j, ":") && yearWord { j += 1 }
        // عام ( 1948 ), سنة ( 1325 ) هجري: the year in brackets.
        if yearWord, punct(j, "("), let inner = yearNumber(j + 1), !inner.era, punct(inner.last + 1, ")") {
            var last = inner.last + 1, hijri = inner.hijri
            if let h = era(last + 1) { hijri = h; last += 1 }
            guard (hijri ? 1300...1600 : 1000...2200).contains(inner.year) else { return nil }
            afterLastYear = last + 1
            return Match(first: i, last: last, type: .date, value: hijri ? "H\(inner.year)" : CivilDate.iso(inner.year), mod: mod)
        }
        // 1435/1436هـ, 2015-2016: a fiscal year named by the two years it spans.
        if valid(j), a[j].kind == .number, a[j].number == nil {
            let parts = a[j].symbol.split(whereSeparator: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") })
            guard parts.count == 2, parts.allSatisfy({ $0.count == 4 }), let a0 = Int(String(decoding: parts[0], as: UTF8.self)),
                  let a1 = Int(String(decoding: parts[1], as: UTF8.self)), a1 == a0 + 1 else { return nil }
            var last = j, hijri = (1300...1600).contains(a0)
            if let h = era(j + 1) { hijri = h; last += 1 }
            return Match(first: i, last: last, type: .date, value: hijri ? "H\(a0)" : CivilDate.iso(a0), mod: mod)
        }
        guard let y = yearNumber(j) else { return nil }
        var afterPreposition = at(i - 1).map {
            Self.yearPrepositions.contains(Array($0.stem)) || Self.yearPrepositions.contains(Array(Self.withoutConjunction($0.stem)))
        } ?? false
        // بين 2013 و2015 is a range of years; بين 2027 شخصا counts people.
        if stemIs(i - 1, "بين") { afterPreposition = stemIs(y.last + 1, "و") || punct(y.last + 1, "-") }
        // (1943 - 1955): years in brackets.
        if punct(i - 1, "("), punct(y.last + 1, ")") || (punct(y.last + 1, "-") && valid(y.last + 2) && a[y.last + 2].digits == 4) {
            afterPreposition = true
        }
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
    static func withoutConjunction(_ s: ByteView) -> ByteView {
        s.count > 2 && (s.starts(with: waw) || s.starts(with: fa)) ? s.dropFirst(2) : s
    }
    static let yearPrepositions: Set<[UInt8]> = Set(["في", "منذ", "حتي", "من", "الي", "بين", "قبل", "بعد", "خلال",
        "عن", "مطلع", "بدايه", "نهايه", "منتصف", "اواخر", "اوائل", "او", "لعام", "ل"].map { Array($0.utf8) })

    /// The year a quarter or half belongs to: `من العام الحالي`, `لعام 2015`, `من العام`, `2015`.
    func yearReference(_ i: Int) -> (year: Int, last: Int)? {
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
    func quarterOrHalf(_ i: Int) -> Match? {
        let quarter = isUnit(i, .quarter, definite: true)
        guard quarter || (a[i].definite && fn(i, .half)) else { return nil }
        if quarter, let dir = direction(i + 1), dir == .past || dir == .current || dir == .next, let anchor {
            // Relative to the quarter being reported, if one was named, else to the publication date.
            let (baseYear, baseQuarter) = context.reportedQuarter.map { ($0.year, $0.quarter - 1) } ?? (anchor.year, (anchor.month - 1) / 3)
            let q = baseQuarter + (dir == .past ? -1 : dir == .next ? 1 : 0)
            let year = baseYear + Int((Double(q) / 4).rounded(.down))
            return Match(first: i, last: i + 1, type: .date, value: "\(year)-Q\((q % 4 + 4) % 4 + 1)", relative: true, isReference: false)
        }
        guard let n = number(i + 1), n.ordinal, n.value >= 1, n.value <= (quarter ? 4 : 2) else { return nil }
        let label = (quarter ? "Q" : "H") + String(n.value)
        if let y = yearReference(n.last + 1) { return Match(first: i, last: y.last, type: .date, value: "\(y.year)-\(label)", relative: true) }
        guard quarter else { return nil }
        guard let anchor else { return Match(first: i, last: n.last, type: .date, value: "XXXX-\(label)") }
        return Match(first: i, last: n.last, type: .date, value: "\(anchor.year)-\(label)", relative: true)
    }
}
