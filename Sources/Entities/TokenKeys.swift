import ArabicText

/// The hashed facts about one token that the tagger's features are made of, computed once per token.
struct TokenKeys {
    /// The word in matching form (ة → ه, ى → ي), hashed.
    var word: UInt64 = 0
    /// The word without its proclitics (و ف ب ل ك س), the article kept: what gazetteers match.
    var bare: UInt64 = 0
    /// The stem: no proclitics, no article, no enclitic.
    var stem: UInt64 = 0
    /// The proclitic letters and the article, as one key (0 when there are none).
    var proclitics: UInt64 = 0
    /// The enclitic pronoun, as one key (0 when there is none).
    var enclitic: UInt64 = 0
    /// The word's first two and three and last one, two and three letters.
    var affixes: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
    /// The stem's first two and three and last two, three and four letters.
    var stemAffixes: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
    /// Letter classes (Arabic, digit, Latin, punctuation, mixed) and a length bucket.
    var shape: UInt64 = 0
    /// The word's distributional cluster as a bit path with its length in the top byte (0 when unknown).
    var cluster: UInt32 = 0
    /// The stem's cluster, when the stem is not the word.
    var stemCluster: UInt32 = 0
    /// Gazetteer matches covering the token: bit 2·type for a match that starts here, 2·type + 1 inside one.
    var gazetteer: UInt32 = 0

    /// What stands beyond either end of a sentence.
    static let boundary = TokenKeys(word: 0x2A2A, shape: 0xFFFF)

    /// One hash of every field the features read: tokens with the same identity give the same features.
    var identity: UInt64 {
        var h: UInt64 = 0
        @inline(__always) func mix(_ x: UInt64) { h = ((h << 7 | h >> 57) ^ x) &* 0x9E3779B97F4A7C15 }
        mix(word); mix(stem); mix(proclitics); mix(enclitic)
        mix(affixes.0); mix(affixes.1); mix(affixes.2); mix(affixes.3); mix(affixes.4)
        mix(stemAffixes.0); mix(stemAffixes.1); mix(stemAffixes.2); mix(stemAffixes.3); mix(stemAffixes.4)
        mix(shape); mix(UInt64(cluster) | UInt64(stemCluster) << 32); mix(UInt64(gazetteer))
        h ^= h >> 29
        return h == 0 ? 1 : h
    }
}

/// FNV-1a over scalars, and a mixer that turns (template, value) pairs into feature keys.
enum KeyHash {
    static let seed: UInt64 = 0xcbf29ce484222325

    @inline(__always)
    static func add(_ h: UInt64, _ s: UInt32) -> UInt64 { (h ^ UInt64(s)) &* 0x100000001b3 }

    static func of<C: Collection>(_ letters: C) -> UInt64 where C.Element == UInt32 {
        var h = seed
        for s in letters { h = add(h, s) }
        return h
    }

    /// The matching form of the token `p[range]` as a string (what word clusters are keyed by);
    /// `letters` is scratch memory.
    static func matchingWord(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, letters: inout [UInt32]) -> String {
        CliticSegmenter.matchForm(p, range, into: &letters)
        return String(String.UnicodeScalarView(letters.compactMap { Unicode.Scalar(matching($0)) }))
    }

    /// The hash of a word written as a string, in matching form, as `TokenKeys.word` computes it.
    static func word(_ s: String) -> UInt64 {
        var letters: [UInt32] = []
        var bytes = Array(s.utf8)
        bytes.withUnsafeMutableBufferPointer { p in
            CliticSegmenter.matchForm(UnsafeBufferPointer(p), 0..<p.count, into: &letters)
        }
        return of(letters.map(matching))
    }

    /// The matching form of a match-form letter: ة → ه, ى → ي.
    @inline(__always)
    static func matching(_ s: UInt32) -> UInt32 { s == 0x0629 ? 0x0647 : s == 0x0649 ? 0x064A : s }

    /// A 64-bit finalizer (splitmix64) over a template number and a value. Never 0 in practice
    /// (0 marks an empty slot in `PackedWeights`): the input is offset so the bias feature is not 0.
    @inline(__always)
    static func feature(_ template: UInt64, _ value: UInt64) -> UInt64 {
        var z = value &+ (template &+ 1) &* 0x9E3779B97F4A7C15
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

/// Computes `TokenKeys` for the tokens of a sentence given as byte ranges of UTF-8 text.
final class TokenKeyMaker {
    private let segmenter: CliticSegmenter
    private let lexicons: TaggerLexicons
    private var letters: [UInt32] = []
    private let memo = SegmentationMemo(bits: 14)   // 128 KB, kept with the scratch memory across articles
    /// The keys of tokens met before (gazetteer marks aside), by a hash of their bytes: news repeats its words,
    /// and hashing a word's bytes costs a fraction of reading, segmenting and hashing its letters again.
    /// Direct-mapped (a newer token takes an older one's slot), 2^`memoBits` tokens.
    private let known: UnsafeMutableBufferPointer<(id: UInt64, keys: TokenKeys)>
    private static let memoBits = 14

    init(segmenter: CliticSegmenter, lexicons: TaggerLexicons) {
        self.segmenter = segmenter
        self.lexicons = lexicons
        known = .allocate(capacity: 1 << Self.memoBits)
        known.initialize(repeating: (0, TokenKeys()))
    }

    deinit { known.deallocate() }

    func keys(_ p: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>], into out: inout [TokenKeys]) {
        out.removeAll(keepingCapacity: true)
        for r in ranges {
            // FNV-1a over the bytes and the length; 0 marks an empty slot.
            var id: UInt64 = 0xcbf29ce484222325
            for i in r { id = (id ^ UInt64(p[i])) &* 0x100000001b3 }
            id = (id ^ UInt64(r.count)) &* 0x100000001b3 | 1
            let slot = Int(truncatingIfNeeded: (id &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - Self.memoBits))
            if known[slot].id == id {
                out.append(known[slot].keys)
            } else {
                let k = keys(p, r)
                known[slot] = (id, k)
                out.append(k)
            }
        }
        lexicons.markGazetteer(&out)
    }

    private func keys(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> TokenKeys {
        // The letter buffer is taken out of the object for the call: every use of a class's stored
        // property is checked for exclusive access at run time, a local's is not.
        var letters: [UInt32] = []
        swap(&letters, &self.letters)
        defer { swap(&letters, &self.letters) }
        CliticSegmenter.matchForm(p, range, into: &letters)
        var k = TokenKeys()
        let n = letters.count
        guard n > 0 else { return k }
        var arabic = 0, digits = 0, latin = 0, upper = 0
        for s in letters {
            if UTF8Scalars.isArabicLetter(s) { arabic += 1 }
            else if s >= 0x30 && s <= 0x39 { digits += 1 }
            else if UTF8Scalars.isLatinLetter(s) { latin += 1; if s < 0x61 { upper += 1 } }
        }
        var seg = Segmentation()
        if arabic == n && n >= 2 {
            seg = letters.withUnsafeBufferPointer { segmenter.segment($0, memo: memo) }
        }
        for i in 0..<n { letters[i] = KeyHash.matching(letters[i]) }
        // Slices of the raw buffer: slices of the array retained and released its storage each time.
        letters.withUnsafeBufferPointer { l in
            k.word = KeyHash.of(l)
            let stemStart = seg.prefixLetters + (seg.article && !seg.contractedArticle ? 2 : seg.contractedArticle ? 1 : 0)
            let stemEnd = max(stemStart, n - seg.suffixLetters)
            k.bare = seg.prefixLetters > 0 && !seg.contractedArticle ? KeyHash.of(l[seg.prefixLetters...]) : k.word
            k.stem = stemStart == 0 && stemEnd == n ? k.word : KeyHash.of(l[stemStart..<stemEnd])
            if seg.prefixLetters > 0 || seg.article {
                k.proclitics = KeyHash.add(KeyHash.of(l[0..<seg.prefixLetters]), seg.article ? 1 : 0)
            }
            if seg.suffixLetters > 0 { k.enclitic = KeyHash.of(l[(n - seg.suffixLetters)...]) }
            k.affixes = (KeyHash.of(l.prefix(2)), KeyHash.of(l.prefix(3)),
                         KeyHash.of(l.suffix(1)), KeyHash.of(l.suffix(2)), KeyHash.of(l.suffix(3)))
            let stem = l[stemStart..<stemEnd]
            k.stemAffixes = (KeyHash.of(stem.prefix(2)), KeyHash.of(stem.prefix(3)),
                             KeyHash.of(stem.suffix(2)), KeyHash.of(stem.suffix(3)), KeyHash.of(stem.suffix(4)))
        }
        let cls: UInt64 = arabic == n ? 1 : digits == n ? 2 : latin == n ? (upper > 0 ? 3 : 4)
            : arabic + digits + latin == 0 ? 5 : 6
        k.shape = cls << 8 | UInt64(min(n, 12))
        k.cluster = lexicons.cluster(k.word)
        if k.stem != k.word { k.stemCluster = lexicons.cluster(k.stem) }
        return k
    }
}
