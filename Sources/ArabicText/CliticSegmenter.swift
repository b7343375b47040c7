import Foundation

/// How a word splits into clitics, as positions in its match form (see `CliticSegmenter`).
public struct Segmentation: Equatable, Sendable {
    /// The proclitic letters, in order (و ف ب ل ك س), each one letter.
    public var proclitics: [UInt32] = []
    /// Whether the stem carries the article ال (restored when ل + ال was written لل).
    public var article = false
    /// Letters of the match form taken by proclitics (the article is not counted).
    public var prefixLetters = 0
    /// Letters of the match form taken by the enclitic pronoun.
    public var suffixLetters = 0
    /// The stem's final letter as the lexicon writes it, when the enclitic changed it:
    /// ت → ة (حكومته), ا or ي → ى (مستواه, عليه), ئ or ؤ → ء (أعدائه).
    public var restoredFinal: UInt32?
    /// Whether a ل proclitic absorbed the ا of the article (للسلطة → ل + ال + سلطة).
    public var contractedArticle = false
}

/// Splits Arabic words into proclitics (و ف ب ل ك س, the article ال) and a pronoun enclitic
/// (ه ها هم هما هن ك كم كما كن ي ني نا), deciding by word frequencies learned from a news corpus:
/// a split wins when its stem is frequent enough as a word of its own, weighted per clitic.
///
/// Works on the *match form* of a word (see `ArabicNormalizer.Options.segmentation`): diacritics
/// and tatweel removed, alef and alef maqsura unified, ة kept distinct from ه.
public final class CliticSegmenter: @unchecked Sendable {
    private let counts: [UInt64: UInt32]
    private let procliticWeight: [UInt32: Double]
    private let encliticWeight: [[UInt32]: Double]
    private let keep: Set<UInt64>
    private let keepArticle: Set<UInt64>
    private let shortStems: Set<UInt64>
    private let minimumScore: Double
    private let articleBoost: Double

    /// The segmenter with the bundled lexicon and rules, loaded once.
    public static let standard: CliticSegmenter = {
        do { return try CliticSegmenter(lexicon: bundled("clitic-lexicon", "tsv"), rules: bundled("clitic-rules", "txt")) }
        catch { fatalError("Marsad's bundled clitic resources are missing or broken: \(error)") }
    }()

    /// The bundled word-frequency lexicon, as text.
    public static func bundledLexicon() throws -> String { try bundled("clitic-lexicon", "tsv") }

    /// Creates a segmenter from a lexicon (`word<TAB>count` lines) and a rules file.
    public init(lexicon: String, rules: String) throws {
        var counts: [UInt64: UInt32] = [:]
        counts.reserveCapacity(300_000)
        for line in lexicon.split(separator: "\n") where !line.hasPrefix("#") {
            guard let tab = line.firstIndex(of: "\t"), let n = UInt32(line[line.index(after: tab)...]) else { continue }
            counts[Self.hash(Self.letters(line[..<tab]))] = n
        }
        self.counts = counts
        var pro: [UInt32: Double] = [:], enc: [[UInt32]: Double] = [:]
        var keep = Set<UInt64>(), keepArticle = Set<UInt64>(), shortStems = Set<UInt64>()
        var settings: [String: Double] = [:]
        var section = ""
        for raw in rules.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") { section = line; continue }
            let fields = line.split(separator: " ")
            switch section {
            case "[proclitic]": pro[Self.letters(fields[0])[0]] = Double(fields[1]) ?? 0
            case "[enclitic]": enc[Self.letters(fields[0])] = Double(fields[1]) ?? 0
            case "[keep]": keep.insert(Self.hash(Self.letters(fields[0])))
            case "[keep-al]": keepArticle.insert(Self.hash(Self.letters(fields[0])))
            case "[short-stems]": shortStems.insert(Self.hash(Self.letters(fields[0])))
            case "[settings]": settings[String(fields[0])] = Double(fields[1]) ?? 0
            default: continue
            }
        }
        procliticWeight = pro
        encliticWeight = enc
        self.keep = keep
        self.keepArticle = keepArticle
        self.shortStems = shortStems
        minimumScore = settings["minimum-score", default: 20]
        articleBoost = settings["article-boost", default: 10]
    }

    /// How often a word (in match form) was seen in the corpus.
    public func count(_ word: [UInt32]) -> UInt32 { counts[Self.hash(word)] ?? 0 }

    /// Segments one word given as the scalars of its match form.
    public func segment(_ w: [UInt32]) -> Segmentation {
        let n = w.count
        var best = Segmentation()
        guard n >= 2 else { return best }
        let whole = Self.hash(w)
        if keep.contains(whole) { return Self.withArticle(best, w, 0, n, keepArticle.contains(whole)) }
        let wholeCount = counts[whole] ?? 0
        // A split must beat the word itself and a floor, so rare junk stems never win.
        var bestScore = max(Double(wholeCount), minimumScore)

        // Proclitic sequences: [و|ف]? [ب|ل|ك|س]?
        var prefixes: [(letters: Int, weight: Double)] = [(0, 1)]
        if let c = procliticWeight[w[0]], w[0] == Letters.waw || w[0] == Letters.fa { prefixes.append((1, c)) }
        for (k, weight) in prefixes where k < n {
            let l = w[k]
            guard l == Letters.ba || l == Letters.lam || l == Letters.kaf || l == Letters.sin,
                  let c = procliticWeight[l] else { continue }
            if l == Letters.sin, k + 1 < n, !(w[k + 1] == Letters.ya || w[k + 1] == Letters.ta
                                               || w[k + 1] == Letters.nun || w[k + 1] == Letters.alef) { continue }
            prefixes.append((k + 1, weight * c))
        }

        for (p, pWeight) in prefixes {
            for s in 0...3 where p + s <= n && (p > 0 || s > 0) {
                var eWeight = 1.0
                if s > 0 {
                    guard let ew = encliticWeight[Array(w[(n - s)...])] else { continue }
                    eWeight = ew
                }
                let stemLength = n - p - s
                var candidate = Segmentation(proclitics: Array(w[..<p]), prefixLetters: p, suffixLetters: s)
                // ل or ب with a bare pronoun: له، بها، ولهم.
                if stemLength == 0 {
                    guard s > 0, p > 0, w[p - 1] == Letters.lam || w[p - 1] == Letters.ba else { continue }
                    let score = 1e9 * pWeight * eWeight
                    if score > bestScore { bestScore = score; best = candidate }
                    continue
                }
                guard stemLength >= 2 else { continue }
                let stem = w[p..<(n - s)]
                let hasArticle = stemLength >= 5 && stem.first == Letters.alef && stem[stem.startIndex + 1] == Letters.lam
                // A definite noun takes no possessive pronoun: الحيواني is not الحيوان + ي.
                if s > 0 && hasArticle { continue }
                if s > 0 && stemLength == 2 && !shortStems.contains(Self.hash(stem)) { continue }
                var stemCount = counts[Self.hash(stem)] ?? 0
                if s > 0, let restorations = Self.finalRestorations[stem.last!] {
                    for r in restorations {
                        let c = counts[Self.hash(stem.dropLast(), then: r)] ?? 0
                        if c > stemCount { stemCount = c; candidate.restoredFinal = r }
                    }
                }
                // ل + ال is written لل: the stem is ال + the rest.
                var definite = hasArticle
                if p > 0 && w[p - 1] == Letters.lam && stem.first == Letters.lam && stemLength >= 4 && s == 0 {
                    let c = counts[Self.hash([Letters.alef], stem)] ?? 0
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
        if best.contractedArticle { return best }
        let stemStart = best.prefixLetters, stemEnd = n - best.suffixLetters
        return Self.withArticle(best, w, stemStart, stemEnd, keepArticle.contains(Self.hash(w[stemStart..<stemEnd])))
    }

    /// Letters an enclitic may have changed at the end of a stem, and what the lexicon writes instead.
    private static let finalRestorations: [UInt32: [UInt32]] = [
        Letters.ta: [Letters.taMarbuta], Letters.alef: [Letters.alefMaqsura], Letters.ya: [Letters.alefMaqsura],
        Letters.yehHamza: [Letters.hamza], Letters.wawHamza: [Letters.hamza],
    ]

    /// Marks the article when the stem starts with ال and keeps at least two letters after it.
    private static func withArticle(_ s: Segmentation, _ w: [UInt32], _ start: Int, _ end: Int, _ keep: Bool) -> Segmentation {
        var s = s
        if !keep, end - start >= 4, w[start] == Letters.alef, w[start + 1] == Letters.lam { s.article = true }
        return s
    }

    // MARK: - Hashing and loading

    /// FNV-1a over scalars, so a stem can be hashed straight from a slice of its word.
    @inline(__always)
    static func hash<C: Collection>(_ a: C, then extra: UInt32? = nil) -> UInt64 where C.Element == UInt32 {
        var h: UInt64 = 0xcbf29ce484222325
        for s in a { h = (h ^ UInt64(s)) &* 0x100000001b3 }
        if let extra { h = (h ^ UInt64(extra)) &* 0x100000001b3 }
        return h
    }

    @inline(__always)
    static func hash<C: Collection>(_ prefix: [UInt32], _ a: C) -> UInt64 where C.Element == UInt32 {
        var h: UInt64 = 0xcbf29ce484222325
        for s in prefix { h = (h ^ UInt64(s)) &* 0x100000001b3 }
        for s in a { h = (h ^ UInt64(s)) &* 0x100000001b3 }
        return h
    }

    static func letters<S: StringProtocol>(_ s: S) -> [UInt32] { s.unicodeScalars.map(\.value) }

    private static func bundled(_ name: String, _ ext: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}

/// The Arabic letters the segmenter tests for.
enum Letters {
    static let alef: UInt32 = 0x0627, ba: UInt32 = 0x0628, taMarbuta: UInt32 = 0x0629, ta: UInt32 = 0x062A
    static let sin: UInt32 = 0x0633, fa: UInt32 = 0x0641, kaf: UInt32 = 0x0643, lam: UInt32 = 0x0644
    static let nun: UInt32 = 0x0646, ha: UInt32 = 0x0647, waw: UInt32 = 0x0648, ya: UInt32 = 0x064A
    static let alefMaqsura: UInt32 = 0x0649, hamza: UInt32 = 0x0621, wawHamza: UInt32 = 0x0624, yehHamza: UInt32 = 0x0626
}
