import Foundation
import ArabicText
import MarsadCore

/// A linear-chain sequence tagger: an averaged structured perceptron's weights over hashed features,
/// decoded with Viterbi under the BIO constraint (`I-X` only after `B-X` or `I-X`).
public final class SequenceTagger: @unchecked Sendable {
    /// The tags, `O` first.
    public let tags: [String]
    /// The feature groups the model uses.
    public let groups: FeatureGroups
    /// The clusters and gazetteers the features consult.
    public let lexicons: TaggerLexicons
    /// A free-form note stored in the model (data, command, seed).
    public let note: String
    let table: FeatureTable
    /// `weights[row * tags.count + tag]`.
    let weights: [Float]
    /// `transitions[from * tags.count + to]`, with `from == tags.count` for the sentence start.
    let transitions: [Float]
    let segmenter: CliticSegmenter
    /// Keys and weights side by side, for tagging: one memory access per feature.
    let packed: PackedWeights
    /// The tags read as BIO: what reading spans and mending them asks of every token.
    let bio: BIOTags

    init(tags: [String], groups: FeatureGroups, lexicons: TaggerLexicons, note: String,
         table: FeatureTable, weights: [Float], transitions: [Float], segmenter: CliticSegmenter = .standard) {
        self.tags = tags
        self.groups = groups
        self.lexicons = lexicons
        self.note = note
        self.table = table
        self.weights = weights
        self.transitions = transitions
        self.segmenter = segmenter
        packed = PackedWeights([(table, weights, tags.count)])
        bio = BIOTags(tags)
    }

    /// Number of features with weights.
    public var featureCount: Int { table.count }

    /// Whether `to` may follow `from` (`from == tags.count` is the sentence start) under BIO.
    static func allowed(_ tags: [String], from: Int, to: Int) -> Bool {
        let (p, type) = EntitySpans.split(tags[to])
        guard p == "I" else { return true }
        guard from < tags.count else { return false }
        let (fp, ftype) = EntitySpans.split(tags[from])
        return fp != "O" && ftype == type
    }

    // MARK: - Tagging

    /// Working memory for tagging on one thread.
    public final class Scratch {
        var keys: [TokenKeys] = []
        var scores: [Float] = []
        var back: [Int32] = []
        let keyMaker: TokenKeyMaker
        private var cache: TokenScoreCache?
        init(_ tagger: SequenceTagger) { keyMaker = TokenKeyMaker(segmenter: tagger.segmenter, lexicons: tagger.lexicons) }

        /// The memo of token scores under `weights`.
        func cache(_ weights: PackedWeights, _ groups: FeatureGroups) -> TokenScoreCache {
            if let cache, cache.weights === weights { return cache }
            let made = TokenScoreCache(weights: weights, groups: groups)
            cache = made
            return made
        }
    }

    /// New scratch memory for this model.
    public func makeScratch() -> Scratch { Scratch(self) }

    /// Tags the tokens `ranges` of UTF-8 text `p`, returning one tag index per token.
    public func tag(_ p: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>], scratch: Scratch) -> [Int] {
        guard !ranges.isEmpty else { return [] }
        scratch.keyMaker.keys(p, ranges, into: &scratch.keys)
        return tagKeys(scratch)
    }

    /// Tags the tokens whose keys are in `scratch.keys`.
    func tagKeys(_ scratch: Scratch) -> [Int] {
        let T = tags.count, n = scratch.keys.count
        guard n > 0 else { return [] }
        scratch.scores.removeAll(keepingCapacity: true)
        scratch.scores.append(contentsOf: repeatElement(0, count: n * T))
        let cache = scratch.cache(packed, groups)
        scratch.scores.withUnsafeMutableBufferPointer { scores in
            scratch.keys.withUnsafeBufferPointer { cache.score($0, into: scores) }
        }
        return viterbi(scratch.scores, n, &scratch.back)
    }

    /// Whether another model's features read the same clusters and gazetteer, so token keys computed
    /// for one serve both.
    public func sharesLexicons(with other: SequenceTagger) -> Bool { lexicons.fingerprint == other.lexicons.fingerprint }

    /// Tags tokens given as strings (CoNLL input).
    public func tag(tokens: [String], scratch: Scratch) -> [String] {
        let text = TokenText(tokens)
        let ids = text.bytes.withUnsafeBufferPointer { tag($0, text.ranges, scratch: scratch) }
        return ids.map { tags[$0] }
    }

    /// The best tag sequence for per-token scores `scores[i * T + t]`.
    func viterbi(_ scores: [Float], _ n: Int, _ back: inout [Int32]) -> [Int] {
        Self.viterbi(scores, n, tags.count, transitions, &back)
    }

    /// The best path for `n` tokens over `T` tags given per-token scores and transition weights
    /// (`transitions[from * T + to]`, then a row of start weights). Runs for every sentence of every
    /// article, twice: raw memory, no bounds checks.
    static func viterbi(_ scores: [Float], _ n: Int, _ T: Int, _ transitions: [Float], _ back: inout [Int32]) -> [Int] {
        guard n > 0 else { return [] }
        precondition(scores.count >= n * T && transitions.count >= T * T + T)
        back.removeAll(keepingCapacity: true)
        back.append(contentsOf: repeatElement(0, count: n * T))
        var path = [Int](repeating: 0, count: n)
        scores.withUnsafeBufferPointer { score in
            transitions.withUnsafeBufferPointer { transition in
                back.withUnsafeMutableBufferPointer { back in
                    var t = T <= 16 ? viterbi16(score, n, T, transition, back) : viterbiScalar(score, n, T, transition, back)
                    for i in stride(from: n - 1, through: 0, by: -1) {
                        path[i] = t
                        if i > 0 { t = Int(back[i * T + t]) }
                    }
                }
            }
        }
        return path
    }

    /// The forward pass for any number of tags: fills `back`, returns the best last tag.
    private static func viterbiScalar(_ score: UnsafeBufferPointer<Float>, _ n: Int, _ T: Int, _ transition: UnsafeBufferPointer<Float>,
                                      _ back: UnsafeMutableBufferPointer<Int32>) -> Int {
        withUnsafeTemporaryAllocation(of: Float.self, capacity: 2 * T) { buffer in
            var best = buffer.baseAddress!, next = best + T
            for t in 0..<T { best[t] = transition[T * T + t] + score[t] }
            for i in 1..<n {
                for t in 0..<T {
                    var m = -Float.infinity, arg = 0
                    for f in 0..<T {
                        let s = best[f] + transition[f * T + t]
                        if s > m { m = s; arg = f }
                    }
                    next[t] = m + score[i * T + t]
                    back[i * T + t] = Int32(arg)
                }
                swap(&best, &next)
            }
            var t = 0
            for k in 1..<T where best[k] > best[t] { t = k }
            return t
        }
    }

    /// The forward pass for at most 16 tags, all tags of a step at once in SIMD lanes: the same sums and
    /// comparisons in the same order (so the same path, ties included), a lane per tag. Lanes are moved
    /// through memory, never one by one (setting a lane spills the whole vector).
    private static func viterbi16(_ score: UnsafeBufferPointer<Float>, _ n: Int, _ T: Int, _ transition: UnsafeBufferPointer<Float>,
                                  _ back: UnsafeMutableBufferPointer<Int32>) -> Int {
        typealias Lanes = SIMD16<Float>
        let unused = SIMD16<Int32>(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15) .>= Int32(T)
        return withUnsafeTemporaryAllocation(of: Lanes.self, capacity: T + 2) { rows in
            let lanes = UnsafeMutableRawPointer(rows.baseAddress! + T)   // 32 floats of scratch after the rows
            let floats = lanes.bindMemory(to: Float.self, capacity: 32), ints = UnsafeMutableRawPointer(floats + 16)
            /// T floats from `from`, as lanes; the lanes past T are -infinity (never the best).
            func load(_ from: UnsafePointer<Float>) -> Lanes {
                for t in 0..<16 { floats[t] = t < T ? from[t] : -.infinity }
                return lanes.load(as: Lanes.self)
            }
            for f in 0..<T { rows[f] = load(transition.baseAddress! + f * T) }   // row f: from tag f to each tag
            var best = load(transition.baseAddress! + T * T) + load(score.baseAddress!)
            for i in 1..<n {
                var m = Lanes(repeating: -.infinity), arg = SIMD16<Int32>(repeating: 0)
                lanes.storeBytes(of: best, as: Lanes.self)
                for f in 0..<T {
                    let s = Lanes(repeating: floats[f]) + rows[f]
                    let better = s .> m
                    m.replace(with: s, where: better)
                    arg.replace(with: Int32(f), where: better)
                }
                let row = score.baseAddress! + i * T
                best = m + (i * T + 16 <= score.count ? UnsafeRawPointer(row).loadUnaligned(as: Lanes.self) : load(row))
                best.replace(with: -.infinity, where: unused)
                ints.storeBytes(of: arg, as: SIMD16<Int32>.self)
                let args = ints.assumingMemoryBound(to: Int32.self)
                for t in 0..<T { back[i * T + t] = args[t] }
            }
            lanes.storeBytes(of: best, as: Lanes.self)
            var t = 0
            for k in 1..<T where floats[k] > floats[t] { t = k }
            return t
        }
    }

    // MARK: - Model file

    static let magic = Array("MARSAD-NER-1\n".utf8)

    /// The model as bytes: magic, tags, groups, note, lexicons, features, weights, transitions, checksum.
    public func serialized() -> [UInt8] {
        var w = BinaryWriter()
        w.bytes = Self.magic
        w.put(UInt32(tags.count))
        for t in tags { w.put(t) }
        w.put(groups.rawValue)
        w.put(note)
        lexicons.write(to: &w)
        w.put(UInt32(table.count))
        for (key, row) in table.entries() { w.put(key); w.put(UInt32(row)) }
        w.put(UInt32(weights.count))
        for v in weights { w.put(v) }
        for v in transitions { w.put(v) }
        w.put(Self.checksum(w.bytes))
        return w.bytes
    }

    /// Reads a model file, failing with a clear error when it is missing, truncated or corrupt.
    public static func load(path: String) throws -> SequenceTagger {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MarsadError(.unreadable, "\(path): cannot read the model file")
        }
        return try load([UInt8](data), origin: path)
    }

    /// Reads a model from bytes.
    public static func load(_ bytes: [UInt8], origin: String) throws -> SequenceTagger {
        guard bytes.count > magic.count + 8, Array(bytes.prefix(magic.count)) == magic else {
            throw MarsadError(.malformed, "\(origin): not a Marsad NER model")
        }
        var tail = BinaryReader(Array(bytes.suffix(8)), origin: origin)
        guard try tail.u64() == checksum(bytes.dropLast(8)) else {
            throw MarsadError(.malformed, "\(origin): the model file is corrupt (checksum mismatch)")
        }
        var r = BinaryReader(bytes, origin: origin)
        r.offset = magic.count
        let nt = Int(try r.u32())
        guard nt > 0, nt <= 256 else { throw r.corrupt("tag count") }
        var tags: [String] = []
        for _ in 0..<nt { tags.append(try r.string()) }
        let groups = FeatureGroups(rawValue: try r.u32())
        let note = try r.string()
        let lexicons = try TaggerLexicons(from: &r)
        let nf = Int(try r.u32())
        var table = FeatureTable(capacity: nf)
        for _ in 0..<nf {
            let key = try r.u64()
            table.insert(key, row: Int32(try r.u32()))
        }
        let nw = Int(try r.u32())
        guard nw == nf * nt else { throw r.corrupt("weight count") }
        let weights = try r.floats(nw)
        let transitions = try r.floats((nt + 1) * nt)
        return SequenceTagger(tags: tags, groups: groups, lexicons: lexicons, note: note,
                              table: table, weights: weights, transitions: transitions)
    }

    static func checksum<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }
}

/// Open addressing from feature keys to weight rows; -1 when a feature has no weights.
struct FeatureTable {
    private var keys: [UInt64]
    private var rows: [Int32]
    private let mask: Int
    private(set) var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        rows = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    mutating func insert(_ key: UInt64, row: Int32) {
        var i = Int(truncatingIfNeeded: key) & mask
        while rows[i] >= 0 && keys[i] != key { i = (i + 1) & mask }
        if rows[i] < 0 { count += 1 }
        keys[i] = key
        rows[i] = row
    }

    @inline(__always)
    func row(_ key: UInt64) -> Int32 {
        keys.withUnsafeBufferPointer { k in
            rows.withUnsafeBufferPointer { r in
                var i = Int(truncatingIfNeeded: key) & mask
                while true {
                    if r[i] < 0 || k[i] == key { return r[i] }
                    i = (i + 1) & mask
                }
            }
        }
    }

    /// All entries, ordered by row.
    func entries() -> [(UInt64, Int32)] {
        zip(keys, rows).filter { $0.1 >= 0 }.sorted { $0.1 < $1.1 }
    }
}

/// Open addressing from feature keys straight to their weights: each slot holds a key (two 32-bit
/// words, 0 for empty) followed by one weight per tag, so a lookup touches one cache line. Several
/// models over the same features can share one table, their weights side by side in each slot.
/// A byte per slot, the key's top byte (0 for empty), is kept apart: most features looked up while
/// tagging (unseen words and word pairs) have no weights, and this small array answers them without
/// reading the slots' cache lines.
final class PackedWeights {
    private let slots: UnsafeMutableBufferPointer<UInt32>
    private let prints: UnsafeMutableBufferPointer<UInt8>
    private let stride: Int, mask: Int
    /// Weights per slot: the tags of all the models together.
    let width: Int

    /// Packs the features and weights (`weights[row * tags + tag]`) of one or more models.
    init(_ models: [(table: FeatureTable, weights: [Float], tags: Int)]) {
        width = models.reduce(0) { $0 + $1.tags }
        stride = width + 2
        let keys = Set(models.flatMap { $0.table.entries().map(\.0) })
        var size = 16
        while size * 3 < keys.count * 4 { size <<= 1 }
        mask = size - 1
        slots = .allocate(capacity: size * stride)
        slots.initialize(repeating: 0)
        prints = .allocate(capacity: size)
        prints.initialize(repeating: 0)
        var offset = 2
        for model in models {
            for (key, row) in model.table.entries() {
                var i = Int(truncatingIfNeeded: key) & mask
                while slots[i * stride] != 0 || slots[i * stride + 1] != 0 {
                    if slots[i * stride] == UInt32(truncatingIfNeeded: key) && slots[i * stride + 1] == UInt32(truncatingIfNeeded: key >> 32) { break }
                    i = (i + 1) & mask
                }
                slots[i * stride] = UInt32(truncatingIfNeeded: key)
                slots[i * stride + 1] = UInt32(truncatingIfNeeded: key >> 32)
                prints[i] = Self.print(key)
                for t in 0..<model.tags { slots[i * stride + offset + t] = model.weights[Int(row) * model.tags + t].bitPattern }
            }
            offset += model.tags
        }
    }

    deinit {
        slots.deallocate()
        prints.deallocate()
    }

    /// The byte kept for a key: its top byte, which the slot index does not use, never 0.
    @inline(__always)
    private static func print(_ key: UInt64) -> UInt8 { max(1, UInt8(truncatingIfNeeded: key >> 56)) }

    /// Adds the weights of feature `key` (if it has any) to `scores[base..<base + width]`.
    @inline(__always)
    func add(_ key: UInt64, into scores: UnsafeMutableBufferPointer<Float>, at base: Int) {
        let lo = UInt32(truncatingIfNeeded: key), hi = UInt32(truncatingIfNeeded: key >> 32)
        let print = Self.print(key)
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let q = prints[i]
            if q == print {
                let o = i * stride
                if slots[o] == lo && slots[o + 1] == hi {
                    for t in 0..<width { scores[base + t] += Float(bitPattern: slots[o + 2 + t]) }
                    return
                }
            } else if q == 0 {
                return
            }
            i = (i + 1) & mask
        }
    }
}
