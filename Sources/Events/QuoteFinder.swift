import MarsadCore
import ArabicText
import Entities
import Actors

/// A quotation with its speaker: a direct quote in «», “” or "", or indirect speech after a speech
/// verb (قال إن، أكد أن، أشار إلى أن، أعرب عن، شدد على).
public struct Quote: Sendable {
    /// Direct (in quotation marks) or indirect (reported speech).
    public enum Kind: String, Sendable { case direct, indirect }
    /// The quoted words (byte span, without the marks).
    public var span: ByteSpan
    /// Who said it, when known: the linked actor and the mention it was found from.
    public var speaker: EventParty?
    /// The speech verb that introduces it (`قال`, `أكد`), if any.
    public var verb: ByteSpan?
    /// Direct or indirect.
    public var kind: Kind
}

/// Finds quotes and their speakers: the actor named with the speech verb (وقال لافروف), else the
/// speaker of the previous quote or the last person named before it (وأضاف، من جهته).
public struct QuoteFinder: Sendable {
    /// Speech verbs, by the hash of their name key, also with a leading و or ف (وقال، فأضاف).
    static let verbs = WordHashSet(["قال", "قالت", "يقول", "تقول", "أكد", "أكدت", "يؤكد", "تؤكد", "أضاف", "أضافت", "أشار",
        "أشارت", "أوضح", "أوضحت", "شدد", "شددت", "اعتبر", "اعتبرت", "أعرب", "أعربت", "لفت", "لفتت", "أعلن", "أعلنت", "صرح",
        "صرحت", "وصف", "وصفت", "واصفا", "مشيرا", "مؤكدا", "مضيفا", "موضحا", "لافتا", "معتبرا", "مشددا", "قائلا"].map { NameKey.key($0) }.flatMap { [$0, "و" + $0, "ف" + $0] }.map(NameKey.hash(ofKey:)))
    /// The words that open reported speech after the verb, by key hash.
    static let complementizers = WordHashSet(["إن", "أن", "بأن", "إنه", "إنها", "أنه", "أنها", "بأنها", "بأنه", "عن", "على", "إلى"]
        .map { NameKey.hash(ofKey: NameKey.key($0)) })
    /// The closing mark of an opening quotation mark (« → », “ → ”, " → "), else nil. A switch, not a
    /// dictionary: it is asked of every character of the text.
    static func closer(of mark: UInt32) -> UInt32? {
        switch mark {
        case 0xAB: 0xBB
        case 0x201C: 0x201D
        case 0x22: 0x22
        default: nil
        }
    }

    /// The bundled finder.
    public static let standard = QuoteFinder()

    /// Creates a finder.
    public init() {}

    /// The quotes of a document, in order, with speakers from the linked entities; `words`, the
    /// tokens' name-key hashes when the caller has them.
    public func quotes(_ text: [UInt8], tokens: [Token], sentences: [ByteSpan], entities: [Entity], links: [Resolution?],
                       words: WordHashes? = nil) -> [Quote] {
        let words = words ?? WordHashes(text, tokens: tokens)
        let people = zip(entities, links).compactMap { e, l -> EventParty? in
            guard let a = l?.actor, e.type == "PERSON" || e.type == "TITLE" || e.type == "ORG" else { return nil }
            return EventParty(actor: a, span: e.span)
        }
        var quotes: [Quote] = []
        var lastSpeaker: EventParty?
        var covered: [ByteSpan] = []
        // Direct quotes: a mark, then its closer on the same line, 3 to 2,000 bytes on.
        var direct: [(open: Int, span: ByteSpan, closed: Int)] = []
        text.withUnsafeBufferPointer { p in
            var i = 0
            while i < p.count {
                let (s, len) = p[i] < 0x80 ? (UInt32(p[i]), 1) : UTF8Scalars.decode(p, i)
                guard let closer = Self.closer(of: s) else { i += len; continue }
                var j = i + len, end: (at: Int, length: Int)?
                while j < p.count, j - i < 2000, p[j] != 0x0A {
                    let (c, l) = p[j] < 0x80 ? (UInt32(p[j]), 1) : UTF8Scalars.decode(p, j)
                    if c == closer { end = (j, l); break }
                    j += l
                }
                guard let close = end, close.at - (i + len) >= 3 else { i += len; continue }
                direct.append((i, ByteSpan(i + len, close.at), close.at + close.length))
                i = close.at + close.length   // past the closer, which may be two or three bytes (» ”)
            }
        }
        for (open, span, closed) in direct {
            let (verb, speaker) = introduction(before: open, text, tokens, words, people)
            let who = speaker ?? (verb != nil ? lastSpeaker ?? Self.lastBefore(open, people) : nil)
            // Quotation marks also set off names and titles (وكالة "إرنا"): a quote needs a speech verb,
            // a named speaker, or four words of its own.
            guard verb != nil || speaker != nil || Self.words(in: text[span.start..<span.end]) >= 4,
                  !entities.contains(where: { $0.span.start >= span.start && $0.span.end <= span.end && span.end - span.start - ($0.span.end - $0.span.start) <= 2 })
            else { continue }
            quotes.append(Quote(span: span, speaker: who, verb: verb, kind: .direct))
            covered.append(ByteSpan(open, closed))
            if let who { lastSpeaker = who }
        }
        // Indirect speech: a speech verb, its speaker, then إن/أن … to the end of the sentence.
        var t0 = 0
        for sentence in sentences {
            while t0 < tokens.count, tokens[t0].start < sentence.start { t0 += 1 }
            var t1 = t0
            while t1 < tokens.count, tokens[t1].end <= sentence.end { t1 += 1 }
            let ts = (t0..<t1).filter { tokens[$0].kind == .word }
            t0 = t1
            for (n, ti) in ts.enumerated() {
                let t = tokens[ti]
                guard let h = words[ti], Self.verbs.contains(h) else { continue }
                guard let c = ts[(n + 1)...].prefix(8).first(where: { words[$0].map(Self.complementizers.contains) ?? false }) else { continue }
                // From the first token after the complementizer that is not punctuation (a ، is skipped,
                // a number or an opening quotation mark is kept).
                var first = c + 1
                while first < t1, tokens[first].kind == .punctuation,
                      Self.closer(of: text[tokens[first].start] < 0x80 ? UInt32(text[tokens[first].start]) : text.withUnsafeBufferPointer { UTF8Scalars.decode($0, tokens[first].start).0 }) == nil {
                    first += 1
                }
                guard first < t1 else { continue }
                let start = tokens[first].start, end = sentence.end
                guard end - start >= 6, !covered.contains(where: { $0.start < end && start < $0.end }) else { continue }
                let speaker = Self.firstAfter(t.end, people).flatMap { $0.span.end <= tokens[c].start ? $0 : nil }
                    ?? Self.lastBefore(t.start, people).flatMap { $0.span.start >= sentence.start ? $0 : nil }
                    ?? lastSpeaker
                quotes.append(Quote(span: ByteSpan(start, end), speaker: speaker, verb: ByteSpan(t.start, t.end), kind: .indirect))
                covered.append(ByteSpan(start, end))
                if let speaker { lastSpeaker = speaker }
                break
            }
        }
        return quotes.sorted { $0.span.start < $1.span.start }
    }

    /// Whether a character is one of the quotation marks paired, opening or closing.
    static func isMark(_ scalar: UInt32) -> Bool { closer(of: scalar) != nil || scalar == 0xBB || scalar == 0x201D }

    /// The number of space-separated words in a run of text.
    static func words(in bytes: ArraySlice<UInt8>) -> Int {
        var count = 0, inWord = false
        for b in bytes {
            if b == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// The speech verb and named speaker just before a direct quote, in the same sentence.
    private func introduction(before at: Int, _ text: [UInt8], _ tokens: [Token], _ words: WordHashes,
                              _ people: [EventParty]) -> (ByteSpan?, EventParty?) {
        var lo = 0, hi = tokens.count   // the first token ending after `at`
        while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].end <= at { lo = mid + 1 } else { hi = mid } }
        var k = lo - 1
        var verb: ByteSpan?
        var steps = 0
        while k >= 0, steps < 25 {
            let t = tokens[k]
            if t.kind == .punctuation, text[t.start] == 0x2E { break }   // the previous sentence
            if let h = words[k], Self.verbs.contains(h) {
                verb = ByteSpan(t.start, t.end)
                let speaker = Self.firstAfter(t.end, people).flatMap { $0.span.end <= at ? $0 : nil }
                    ?? Self.lastBefore(t.start, people).flatMap { t.start - $0.span.end < 200 ? $0 : nil }
                return (verb, speaker)
            }
            k -= 1; steps += 1
        }
        return (nil, nil)
    }

    /// The first mention starting at or after `offset` (mentions are in text order: binary search).
    static func firstAfter(_ offset: Int, _ people: [EventParty]) -> EventParty? {
        var lo = 0, hi = people.count
        while lo < hi { let mid = (lo + hi) / 2; if people[mid].span.start < offset { lo = mid + 1 } else { hi = mid } }
        return lo < people.count ? people[lo] : nil
    }

    /// The last mention ending at or before `offset`.
    static func lastBefore(_ offset: Int, _ people: [EventParty]) -> EventParty? {
        var lo = 0, hi = people.count
        while lo < hi { let mid = (lo + hi) / 2; if people[mid].span.start < offset { lo = mid + 1 } else { hi = mid } }
        var j = lo - 1
        while j >= 0, people[j].span.end > offset, lo - j < 8 { j -= 1 }
        return j >= 0 && people[j].span.end <= offset ? people[j] : nil
    }
}
