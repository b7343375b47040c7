import Foundation
import ArabicText
import MarsadCore

/// The word knowledge the tagger's features consult: distributional word clusters learned from a
/// news corpus, and gazetteers of names and nationality and title words. Both ship inside the model
/// file, so a model always tags with the lexicons it was trained with.
public struct TaggerLexicons: Sendable {
    /// Word hash → cluster entry: path length in bits 27–31, the path in the low 22 bits (see `ClusterEntry`).
    var clusters = KeyedValues()
    /// Phrase hash → bit mask of gazetteer types; every proper prefix of a phrase is stored too (with
    /// the types of the phrase it is itself, if any), so matching stops as soon as no phrase continues.
    var phrases = KeyedValues()
    /// Gazetteer type names, by bit.
    public private(set) var gazetteerTypes: [String] = []
    /// The longest gazetteer phrase, in tokens.
    var longestPhrase = 0

    /// Empty lexicons (a model without clusters or gazetteers).
    public init() {}

    /// A hash of the contents, to tell whether two models read the same lexicons.
    public var fingerprint: UInt64 {
        var w = BinaryWriter()
        write(to: &w)
        return SequenceTagger.checksum(w.bytes)
    }

    /// Reads clusters from `word<TAB>bits[<TAB>count]` lines (bits such as `0110`; `#` lines are comments).
    public mutating func addClusters(_ text: String) throws {
        for (n, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 2, !f[0].isEmpty, f[1].count <= 22, f[1].allSatisfy({ $0 == "0" || $0 == "1" }) else {
                throw MarsadError(.malformed, "word clusters: line \(n + 1) is not `word<TAB>bits[<TAB>count]`")
            }
            clusters.set(KeyHash.word(String(f[0])), ClusterEntry.pack(path: UInt32(f[1], radix: 2)!, length: UInt32(f[1].count)))
        }
    }

    /// Reads gazetteer entries from `TYPE<TAB>phrase` lines; a phrase is tokenized as text is.
    public mutating func addGazetteer(_ text: String) throws {
        for (n, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", maxSplits: 1)
            guard f.count == 2 else { throw MarsadError(.malformed, "gazetteer: line \(n + 1) is not `TYPE<TAB>phrase`") }
            let type = String(f[0])
            var bit = gazetteerTypes.firstIndex(of: type) ?? gazetteerTypes.count
            if bit == gazetteerTypes.count {
                guard bit < 16 else { throw MarsadError(.malformed, "gazetteer: more than 16 types") }
                gazetteerTypes.append(type)
            }
            bit = 1 << bit
            let words = Self.words(String(f[1]))
            guard !words.isEmpty, words.count <= 8 else { continue }
            for k in 1..<words.count { phrases.merge(Self.phraseHash(words[..<k]), 0) }
            phrases.merge(Self.phraseHash(words), UInt32(bit))
            longestPhrase = max(longestPhrase, words.count)
        }
    }

    /// The word hashes of a phrase's tokens.
    static func words(_ phrase: String) -> [UInt64] {
        let u = Array(phrase.utf8)
        return Tokenizer.tokenize(phrase).map { KeyHash.word(String(decoding: u[$0.start..<$0.end], as: UTF8.self)) }
    }

    static func phraseHash<S: Sequence>(_ words: S) -> UInt64 where S.Element == UInt64 {
        var h: UInt64 = 0x5bd1e995
        for w in words { h = KeyHash.feature(h, w) }
        return h
    }

    @inline(__always)
    func cluster(_ word: UInt64) -> UInt32 { clusters[word] ?? 0 }

    /// Marks every token covered by a gazetteer phrase; a phrase may start with a word that
    /// carries proclitics (وموسكو matches موسكو).
    func markGazetteer(_ keys: inout [TokenKeys]) {
        guard phrases.count > 0 else { return }
        for i in keys.indices {
            for pass in 0..<2 {
                let first = pass == 0 ? keys[i].word : keys[i].bare
                var h = KeyHash.feature(0x5bd1e995, first)
                var length = 1
                while true {
                    guard let mask = phrases[h] else { break }   // no phrase starts this way
                    for bit in 0..<gazetteerTypes.count where mask & (1 << bit) != 0 {
                        keys[i].gazetteer |= 1 << (2 * bit)
                        for j in (i + 1)..<(i + length) { keys[j].gazetteer |= 1 << (2 * bit + 1) }
                    }
                    guard length < longestPhrase, i + length < keys.count else { break }
                    h = KeyHash.feature(h, keys[i + length].word)
                    length += 1
                }
                if keys[i].bare == keys[i].word { break }
            }
        }
    }

    // MARK: - Binary form, inside the model file

    func write(to w: inout BinaryWriter) {
        w.put(UInt32(clusters.count))
        for (k, v) in clusters.entries() { w.put(k); w.put(v) }
        w.put(UInt32(gazetteerTypes.count))
        for t in gazetteerTypes { w.put(t) }
        w.put(UInt32(longestPhrase))
        w.put(UInt32(phrases.count))
        for (k, v) in phrases.entries() { w.put(k); w.put(v) }
    }

    init(from r: inout BinaryReader) throws {
        let nc = Int(try r.u32())
        clusters = KeyedValues(capacity: nc)
        for _ in 0..<nc { clusters.set(try r.u64(), try r.u32()) }
        let nt = Int(try r.u32())
        guard nt <= 16 else { throw r.corrupt("gazetteer types") }
        for _ in 0..<nt { gazetteerTypes.append(try r.string()) }
        longestPhrase = Int(try r.u32())
        let np = Int(try r.u32())
        phrases = KeyedValues(capacity: np)
        for _ in 0..<np { phrases.set(try r.u64(), try r.u32()) }
    }
}

/// The packed form of a word's cluster entry.
enum ClusterEntry {
    static func pack(path: UInt32, length: UInt32) -> UInt32 { length << 27 | path }
    @inline(__always) static func length(_ c: UInt32) -> UInt32 { c >> 27 }
    /// The first `bits` bits of the path (all of it when `bits` ≥ its length).
    @inline(__always) static func prefix(_ c: UInt32, _ bits: UInt32) -> UInt32 {
        let length = Self.length(c)
        return (c & 0x3F_FFFF) >> (length > bits ? length - bits : 0)
    }
}
