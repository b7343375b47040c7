import Foundation
import MarsadCore

/// How a word splits into clitics, as letter counts in its match form (see `CliticSegmenter`).
public struct Segmentation: Equatable, Sendable {
    /// Letters taken by proclitics (و ف ب ل ك س), one letter each; the article is not counted.
    public var prefixLetters = 0
    /// Letters taken by the enclitic pronoun.
    public var suffixLetters = 0
    /// Whether the stem carries the article ال (restored when ل + ال was written لل).
    public var article = false
    /// Whether a ل proclitic absorbed the ا of the article (للسلطة → ل + ال + سلطة).
    public var contractedArticle = false
    /// The stem's final letter as the lexicon writes it, when the enclitic changed it:
    /// ت → ة (حكومته), ا or ي → ى (مستواه, عليه), ئ or ؤ → ء (أعدائه).
    public var restoredFinal: UInt32?

    /// A segmentation with no clitics.
    public init() {}

    init(prefixLetters: Int, suffixLetters: Int, article: Bool = false, contractedArticle: Bool = false,
         restoredFinal: UInt32? = nil) {
        self.prefixLetters = prefixLetters
        self.suffixLetters = suffixLetters
        self.article = article
        self.contractedArticle = contractedArticle
        self.restoredFinal = restoredFinal
    }
}

/// Splits Arabic words into proclitics (و ف ب ل ك س, the article ال) and a pronoun enclitic
/// (ه ها هم هما هن ك كم كما كن ي ني نا), deciding by word frequencies learned from a news corpus:
/// a split wins when its stem is frequent enough as a word of its own, weighted per clitic
/// (`clitic-rules.txt`), under a few morphological constraints (no pronoun after the article,
/// two-letter stems only from a list, ل + ال written لل).
///
/// Works on the *match form* of a word (`ArabicNormalizer.Options.segmentation`): diacritics
/// and tatweel removed, alef unified, ة and ى kept distinct from ه and ي.
public final class CliticSegmenter: @unchecked Sendable {
    private let table: WordTable
    private let procliticWeight: [Double]                         // by scalar - 0x0620
    private let enclitics: [(letters: UInt64, length: Int, weight: Double)]
    private let minimumScore: Double
    private let articleBoost: Double

    /// The segmenter with the bundled lexicon and rules, loaded once.
    public static let standard: CliticSegmenter = {
        do { return try CliticSegmenter(lexicon: bundledLexicon(), rules: ResourceFile.text(.module, "clitic-rules", "txt")) }
        catch { fatalError("Marsad's bundled clitic rules are broken: \(error)") }
    }()

    /// The bundled word-frequency lexicon, as text.
    public static func bundledLexicon() -> String { ResourceFile.text(.module, "clitic-lexicon", "tsv") }

    /// Creates a segmenter from a lexicon (`word<TAB>count` lines) and a rules file.
    public init(lexicon: String, rules: String) throws {
        // Read on bytes: Character-wise splitting of the 2.4 MB lexicon was most of the start-up time.
        let bytes = Array(lexicon.utf8)
        var table = WordTable(capacity: bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + 1_000)
        var letters: [UInt32] = []
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            while i < p.count {
                var end = i
                while end < p.count, p[end] != 0x0A, p[end] != 0x0D { end += 1 }
                defer { i = end + 1 }
                guard end > i, p[i] != UInt8(ascii: "#"), let tab = (i..<end).first(where: { p[$0] == 0x09 }), tab + 1 < end else { continue }
                var n: UInt32 = 0, digits = true
                for k in tab + 1..<end {
                    guard p[k] >= 0x30, p[k] <= 0x39, n < UInt32.max / 10 - 9 else { digits = false; break }
                    n = n * 10 + UInt32(p[k] - 0x30)
                }
                guard digits else { continue }
                letters.removeAll(keepingCapacity: true)
                var k = i
                while k < tab { let (scalar, length) = UTF8Scalars.decode(p, k); letters.append(scalar); k += length }
                table.add(Self.hash(letters), count: n)
            }
        }
        var pro = [Double](repeating: 0, count: 64)
        var enc: [(UInt64, Int, Double)] = []
        var settings: [String: Double] = [:]
        var section = ""
        for raw in rules.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") { section = line; continue }
            let fields = line.split(separator: " ")
            let letters = Self.letters(fields[0])
            let weight = fields.count > 1 ? Double(fields[1]) ?? 0 : 0
            switch section {
            case "[settings]": settings[String(fields[0])] = weight
            case "[proclitic]":
                guard letters.count == 1, (0x0620..<0x0660).contains(letters[0]) else {
                    throw MarsadError(.malformed, "clitic rules: a proclitic is one Arabic letter, not \(fields[0])")
                }
                pro[Int(letters[0]) - 0x0620] = weight
            case "[enclitic]": enc.append((Self.pack(letters[...]), letters.count, weight))
            case "[keep]": table.add(Self.hash(letters), flag: WordTable.keep)
            case "[keep-al]": table.add(Self.hash(letters), flag: WordTable.keepArticle)
            case "[short-stems]": table.add(Self.hash(letters), flag: WordTable.shortStem)
            default: continue
            }
        }
        self.table = table
        procliticWeight = pro
        enclitics = enc
        minimumScore = settings["minimum-score", default: 5]
        articleBoost = settings["article-boost", default: 30]
    }

    /// How often the news corpus of the lexicon writes this word alone, in its match form; 0 for a word it
    /// does not know (or saw once).
    public func corpusCount(_ word: String) -> Int {
        let normalizer = ArabicNormalizer(.segmentation)
        return Int(table.count(Self.hash(word.unicodeScalars.compactMap { normalizer.map($0.value) })))
    }

    /// Segments one word, remembering the answer in a caller-owned memo: news text repeats its words,
    /// so most lookups end in the memo instead of the lexicon.
    public func segment(_ w: UnsafeBufferPointer<UInt32>, memo: SegmentationMemo) -> Segmentation {
        let h = Self.hash(w[...])
        if let known = memo.lookup(h) { return known }
        let result = segment(w)
        memo.store(h, result)
        return result
    }

    /// Segments one word given as the scalars of its match form.
    public func segment(_ w: UnsafeBufferPointer<UInt32>) -> Segmentation {
        let n = w.count
        guard n >= 2 else { return Segmentation() }
        let first = w[0]
        guard proclitic(first) > 0 || Self.mayEndInPronoun(w) else { return withArticle(Segmentation(), w, 0, n) }
        let whole = Self.hash(w[...])
        let wholeSlot = table.slot(whole)
        if table.flags(at: wholeSlot) & WordTable.keep != 0 { return withArticle(Segmentation(), w, 0, n) }
        let wholeCount = table.count(at: wholeSlot)
        // A split must beat the word itself and a floor, so rare junk stems never win.
        var bestScore = max(Double(wholeCount), minimumScore)
        var best = Segmentation()

        // Proclitic sequences: none, [و|ف], [ب|ل|ك|س], or [و|ف][ب|ل|ك|س].
        consider(w, prefix: 0, weight: 1, wholeCount, &best, &bestScore)
        var conj = 0, conjWeight = 1.0
        if first == Letters.waw || first == Letters.fa, proclitic(first) > 0 {
            conj = 1; conjWeight = proclitic(first)
            consider(w, prefix: 1, weight: conjWeight, wholeCount, &best, &bestScore)
        }
        let l = conj < n - 1 ? w[conj] : 0
        // س marks the future only before an imperfect verb (ي ت ن ا).
        if l == Letters.ba || l == Letters.lam || l == Letters.kaf || l == Letters.sin, proclitic(l) > 0,
           l != Letters.sin || w[conj + 1] == Letters.ya || w[conj + 1] == Letters.ta || w[conj + 1] == Letters.nun
            || w[conj + 1] == Letters.alef {
            consider(w, prefix: conj + 1, weight: conjWeight * proclitic(l), wholeCount, &best, &bestScore)
        }
        if best.contractedArticle { return best }
        return withArticle(best, w, best.prefixLetters, n - best.suffixLetters)
    }

    /// Scores the splits that start with `p` proclitic letters and keeps the best.
    private func consider(_ w: UnsafeBufferPointer<UInt32>, prefix p: Int, weight pWeight: Double, _ wholeCount: UInt32,
                          _ best: inout Segmentation, _ bestScore: inout Double) {
        let n = w.count
        let mayHaveSuffix = Self.mayEndInPronoun(w)
        for s in 0...3 where p + s <= n && (p > 0 || s > 0) {
            var eWeight = 1.0
            if s > 0 {
                guard mayHaveSuffix, let weight = encliticWeight(w, s) else { continue }
                eWeight = weight
            }
            let stemLength = n - p - s
            var candidate = Segmentation(prefixLetters: p, suffixLetters: s)
            // ل or ب with a bare pronoun: له، بها، ولهم.
            if stemLength == 0 {
                guard s > 0, p > 0, w[p - 1] == Letters.lam || w[p - 1] == Letters.ba else { continue }
                let score = 1e9 * pWeight * eWeight
                if score > bestScore { bestScore = score; best = candidate }
                continue
            }
            guard stemLength >= 2 else { continue }
            let stem = w[p..<(n - s)]
            let hasArticle = stemLength >= 5 && w[p] == Letters.alef && w[p + 1] == Letters.lam
            // A definite noun takes no possessive pronoun: الحيواني is not الحيوان + ي.
            if s > 0 && hasArticle { continue }
            let stemHash = Self.hash(stem)
            let stemSlot = table.slot(stemHash)
            if s > 0 && stemLength == 2 && table.flags(at: stemSlot) & WordTable.shortStem == 0 { continue }
            var stemCount = table.count(at: stemSlot)
            if s > 0, let r = Self.restoration(of: w[n - s - 1]) {
                let c = table.count(Self.hash(stem.dropLast(), then: r))
                if c > stemCount { stemCount = c; candidate.restoredFinal = r }
            }
            // ل + ال is written لل: the stem is ال + the rest.
            var definite = hasArticle
            if p > 0 && w[p - 1] == Letters.lam && w[p] == Letters.lam && stemLength >= 4 && s == 0 {
                let c = table.count(Self.hash(stem, after: Letters.alef))
                if c > stemCount || (c == 0 && stemCount == 0) {
                    stemCount = c; candidate.contractedArticle = true; candidate.article = true; definite = true
                }
            }
            var score = Double(stemCount) * pWeight * eWeight
            if p > 0 && definite { score *= articleBoost }
            // Unseen words: trust unambiguous shapes (a proclitic before the article, a long pronoun).
            if wholeCount == 0 && stemCount == 0 && stemLength >= 3 && ((p > 0 && s == 0 && definite) || (p == 0 && s >= 2)) {
                score = minimumScore + 1
            }
            if score > bestScore {
                bestScore = score
                best = candidate
            }
        }
    }

    // MARK: - Rules

    /// Whether the last letter could end a pronoun enclitic (ه ا م ن ي ك).
    @inline(__always)
    private static func mayEndInPronoun(_ w: UnsafeBufferPointer<UInt32>) -> Bool {
        let last = w[w.count - 1]
        return last == Letters.ha || last == Letters.alef || last == Letters.mim || last == Letters.nun
            || last == Letters.ya || last == Letters.kaf
    }

    @inline(__always)
    private func proclitic(_ s: UInt32) -> Double {
        s >= 0x0620 && s < 0x0660 ? procliticWeight[Int(s - 0x0620)] : 0
    }

    @inline(__always)
    private func encliticWeight(_ w: UnsafeBufferPointer<UInt32>, _ s: Int) -> Double? {
        let key = Self.pack(w[(w.count - s)...])
        for e in enclitics where e.length == s && e.letters == key { return e.weight }
        return nil
    }

    /// A letter an enclitic may have changed at the end of a stem, and what the lexicon writes instead.
    @inline(__always)
    private static func restoration(of letter: UInt32) -> UInt32? {
        switch letter {
        case Letters.ta: return Letters.taMarbuta
        case Letters.alef, Letters.ya: return Letters.alefMaqsura
        case Letters.yehHamza, Letters.wawHamza: return Letters.hamza
        default: return nil
        }
    }

    /// Marks the article when the stem starts with ال, keeps at least two letters after it, and is
    /// not a word whose ال is part of it (الله، الذي).
    private func withArticle(_ s: Segmentation, _ w: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Segmentation {
        guard end - start >= 4, w[start] == Letters.alef, w[start + 1] == Letters.lam,
              table.flags(Self.hash(w[start..<end])) & WordTable.keepArticle == 0 else { return s }
        var s = s
        s.article = true
        return s
    }

    // MARK: - Hashing and loading

    /// FNV-1a over scalars, so a stem can be hashed straight from a slice of its word.
    @inline(__always)
    static func hash(_ a: Slice<UnsafeBufferPointer<UInt32>>, then extra: UInt32? = nil) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for s in a { h = (h ^ UInt64(s)) &* 0x100000001b3 }
        if let extra { h = (h ^ UInt64(extra)) &* 0x100000001b3 }
        return h
    }

    @inline(__always)
    static func hash(_ a: Slice<UnsafeBufferPointer<UInt32>>, after first: UInt32) -> UInt64 {
        var h: UInt64 = (0xcbf29ce484222325 ^ UInt64(first)) &* 0x100000001b3
        for s in a { h = (h ^ UInt64(s)) &* 0x100000001b3 }
        return h
    }

    static func hash(_ a: [UInt32]) -> UInt64 {
        a.withUnsafeBufferPointer { hash($0[...]) }
    }

    @inline(__always)
    static func pack<C: Collection>(_ letters: C) -> UInt64 where C.Element == UInt32 {
        letters.reduce(UInt64(0)) { $0 << 16 | UInt64($1 & 0xFFFF) }
    }

    static func letters<S: StringProtocol>(_ s: S) -> [UInt32] { s.unicodeScalars.map(\.value) }
}

/// Working memory for segmenting many tokens on one thread: a letter buffer and a memo.
public final class SegmentationScratch {
    let letters: UnsafeMutableBufferPointer<UInt32>
    let memo: SegmentationMemo

    /// Creates scratch memory with a memo of 2^`memoBits` entries (1 MB by default: measured faster
    /// over SaudiNewsNet than 2^16 or 2^17, as fewer words fall through to the lexicon).
    public init(memoBits: Int = 18) {
        letters = .allocate(capacity: 256)
        memo = SegmentationMemo(bits: memoBits)
    }

    deinit { letters.deallocate() }
}

/// A direct-mapped cache of segmentations by word hash, owned by one thread (one per worker).
/// Each entry is 32 bits (a 23-bit fingerprint of the hash and 9 bits of segmentation) in raw
/// memory, so a large memo still fits the core's cache: the lookup sits on the path of every word.
/// A word not in the memo passes for one only if its fingerprint matches too (one lookup in 8 million).
public final class SegmentationMemo {
    private let entries: UnsafeMutablePointer<UInt32>
    private let mask: Int

    /// Creates a memo with 2^`bits` entries (4 bytes each).
    public init(bits: Int = 16) {
        entries = .allocate(capacity: 1 << bits)
        entries.initialize(repeating: 0, count: 1 << bits)
        mask = (1 << bits) - 1
    }

    deinit { entries.deallocate() }

    @inline(__always)
    private static func fingerprint(_ h: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: h >> 41) << 9 }

    @inline(__always)
    func lookup(_ h: UInt64) -> Segmentation? {
        let e = entries[Int(truncatingIfNeeded: h) & mask]
        guard e & 0x100 != 0, e & ~0x1FF == Self.fingerprint(h) else { return nil }
        let final: UInt32? = switch (e >> 6) & 3 {
        case 1: Letters.taMarbuta
        case 2: Letters.alefMaqsura
        case 3: Letters.hamza
        default: nil
        }
        return Segmentation(prefixLetters: Int(e & 3), suffixLetters: Int((e >> 2) & 3), article: e & 0x10 != 0,
                            contractedArticle: e & 0x20 != 0, restoredFinal: final)
    }

    @inline(__always)
    func store(_ h: UInt64, _ s: Segmentation) {
        let final: UInt32 = s.restoredFinal == Letters.taMarbuta ? 1 : s.restoredFinal == Letters.alefMaqsura ? 2
            : s.restoredFinal == Letters.hamza ? 3 : 0
        let value = UInt32(s.prefixLetters) | UInt32(s.suffixLetters) << 2 | (s.article ? 0x10 : 0)
            | (s.contractedArticle ? 0x20 : 0) | final << 6 | 0x100
        entries[Int(truncatingIfNeeded: h) & mask] = Self.fingerprint(h) | value
    }
}

/// An open-addressing table from word hashes to corpus counts and rule flags, one 64-bit slot per
/// word (32-bit fingerprint, 24-bit count, 8 flag bits) so a lookup touches one cache line.
struct WordTable {
    static let keep: UInt8 = 1, keepArticle: UInt8 = 2, shortStem: UInt8 = 4
    private var slots: [UInt64]
    private let mask: Int

    init(capacity: Int) {
        var size = 1
        while size < capacity * 3 / 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always) private static func fingerprint(_ h: UInt64) -> UInt64 { (h >> 32) | 1 }

    /// The slot holding `h`, or the empty slot where it would go.
    @inline(__always)
    func slot(_ h: UInt64) -> Int {
        let fp = Self.fingerprint(h)
        var i = Int(truncatingIfNeeded: h) & mask
        return slots.withUnsafeBufferPointer { p in
            while true {
                let v = p[i]
                if v == 0 || v >> 32 == fp { return i }
                i = (i + 1) & mask
            }
        }
    }

    @inline(__always) func count(at slot: Int) -> UInt32 { UInt32(truncatingIfNeeded: slots[slot] >> 8) & 0xFF_FFFF }
    @inline(__always) func flags(at slot: Int) -> UInt8 { UInt8(truncatingIfNeeded: slots[slot]) }
    @inline(__always) func count(_ h: UInt64) -> UInt32 { count(at: slot(h)) }
    @inline(__always) func flags(_ h: UInt64) -> UInt8 { flags(at: slot(h)) }

    mutating func add(_ h: UInt64, count: UInt32 = 0, flag: UInt8 = 0) {
        let i = slot(h)
        let c = max(self.count(at: i), min(count, 0xFF_FFFF))
        slots[i] = Self.fingerprint(h) << 32 | UInt64(c) << 8 | UInt64(flags(at: i) | flag)
    }
}

/// The Arabic letters the segmenter tests for.
enum Letters {
    static let hamza: UInt32 = 0x0621, wawHamza: UInt32 = 0x0624, yehHamza: UInt32 = 0x0626
    static let alef: UInt32 = 0x0627, ba: UInt32 = 0x0628, taMarbuta: UInt32 = 0x0629, ta: UInt32 = 0x062A
    static let sin: UInt32 = 0x0633, fa: UInt32 = 0x0641, kaf: UInt32 = 0x0643, lam: UInt32 = 0x0644
    static let mim: UInt32 = 0x0645, nun: UInt32 = 0x0646, ha: UInt32 = 0x0647, waw: UInt32 = 0x0648
    static let alefMaqsura: UInt32 = 0x0649, ya: UInt32 = 0x064A
}
