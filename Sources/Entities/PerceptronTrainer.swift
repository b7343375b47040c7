import Foundation
import ArabicText
import MarsadCore

/// Trains a `SequenceTagger` as an averaged structured perceptron (Collins 2002): decode each
/// training sentence with the current weights, and where the best path differs from the gold one,
/// move weights towards the gold features and away from the predicted ones. The returned weights
/// are averaged over all steps, which makes the perceptron generalize like a regularized model.
public struct PerceptronTrainer {
    /// Passes over the training data.
    public var epochs = 12
    /// Seed for the order of sentences in each pass; the same seed gives the same model.
    public var seed: UInt64 = 1
    /// The feature groups to use.
    public var groups = FeatureGroups.all
    /// Features seen fewer times than this in training are dropped.
    public var minFeatureCount = 1
    /// Called after each pass with the pass number and the model so far (for a dev-set score).
    public var onEpoch: ((Int, SequenceTagger) -> Void)?

    /// A trainer with default settings.
    public init() {}

    /// A sentence prepared for training: feature rows per token (flattened) and gold tag ids.
    private struct Prepared {
        var rows: [Int32]
        var offsets: [Int]
        var gold: [Int]
    }

    /// Trains on sentences whose tags are already mapped to `tags` (with `O` first).
    public func train(_ sentences: [(tokens: [String], tags: [String])], tags: [String], lexicons: TaggerLexicons,
                      note: String) -> SequenceTagger {
        let T = tags.count
        let tagIndex = Dictionary(uniqueKeysWithValues: tags.enumerated().map { ($1, $0) })
        let keyMaker = TokenKeyMaker(segmenter: .standard, lexicons: lexicons)

        // Count features, then give rows to those seen often enough.
        var counts: [UInt64: Int32] = [:]
        var sentenceKeys: [[UInt64]] = [], sentenceOffsets: [[Int]] = []
        var keys: [TokenKeys] = [], fs: [UInt64] = []
        for s in sentences {
            let text = TokenText(s.tokens)
            text.bytes.withUnsafeBufferPointer { keyMaker.keys($0, text.ranges, into: &keys) }
            var flat: [UInt64] = [], offsets = [0]
            keys.withUnsafeBufferPointer { k in
                for i in 0..<k.count {
                    features(k, i, groups, into: &fs)
                    flat.append(contentsOf: fs)
                    offsets.append(flat.count)
                }
            }
            for f in flat { counts[f, default: 0] += 1 }
            sentenceKeys.append(flat)
            sentenceOffsets.append(offsets)
        }
        var rowOf: [UInt64: Int32] = [:]
        var keyOfRow: [UInt64] = []
        for (k, c) in counts.sorted(by: { $0.key < $1.key }) where c >= minFeatureCount {
            rowOf[k] = Int32(keyOfRow.count)
            keyOfRow.append(k)
        }
        counts = [:]
        var data: [Prepared] = []
        for (i, s) in sentences.enumerated() {
            data.append(Prepared(rows: sentenceKeys[i].map { rowOf[$0] ?? -1 }, offsets: sentenceOffsets[i],
                                 gold: s.tags.map { tagIndex[$0] ?? 0 }))
        }
        sentenceKeys = []
        rowOf = [:]

        let R = keyOfRow.count
        var w = [Double](repeating: 0, count: R * T), u = w
        var trans = [Double](repeating: 0, count: (T + 1) * T), transU = trans
        var forbidden = [Bool](repeating: false, count: (T + 1) * T)
        for f in 0...T { for t in 0..<T { forbidden[f * T + t] = !SequenceTagger.allowed(tags, from: f, to: t) } }
        var c = 1.0
        var rng = SplitMix64(seed: seed)
        var order = Array(data.indices)
        var scores: [Float] = [], back: [Int32] = []

        /// The model with the weights averaged over every step so far.
        func snapshot() -> SequenceTagger {
            var table = FeatureTable(capacity: R)
            for (row, k) in keyOfRow.enumerated() { table.insert(k, row: Int32(row)) }
            let weights = (0..<(R * T)).map { Float(w[$0] - u[$0] / c) }
            let transitions = (0..<((T + 1) * T)).map {
                forbidden[$0] ? -1e9 : Float(trans[$0] - transU[$0] / c)
            }
            return SequenceTagger(tags: tags, groups: groups, lexicons: lexicons, note: note,
                                  table: table, weights: weights, transitions: transitions)
        }

        for epoch in 1...max(epochs, 1) {
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
            for s in order {
                let d = data[s]
                let n = d.gold.count
                scores.removeAll(keepingCapacity: true)
                scores.append(contentsOf: repeatElement(0, count: n * T))
                for i in 0..<n {
                    for r in d.rows[d.offsets[i]..<d.offsets[i + 1]] where r >= 0 {
                        let o = Int(r) * T
                        for t in 0..<T { scores[i * T + t] += Float(w[o + t]) }
                    }
                }
                let currentTransitions = (0..<((T + 1) * T)).map { forbidden[$0] ? Float(-1e9) : Float(trans[$0]) }
                let predicted = SequenceTagger.viterbi(scores, n, T, currentTransitions, &back)
                if predicted != d.gold {
                    for i in 0..<n where predicted[i] != d.gold[i] {
                        for r in d.rows[d.offsets[i]..<d.offsets[i + 1]] where r >= 0 {
                            let o = Int(r) * T
                            w[o + d.gold[i]] += 1; u[o + d.gold[i]] += c
                            w[o + predicted[i]] -= 1; u[o + predicted[i]] -= c
                        }
                    }
                    for i in 0..<n {
                        let gf = i == 0 ? T : d.gold[i - 1], pf = i == 0 ? T : predicted[i - 1]
                        if gf == pf && d.gold[i] == predicted[i] { continue }
                        trans[gf * T + d.gold[i]] += 1; transU[gf * T + d.gold[i]] += c
                        trans[pf * T + predicted[i]] -= 1; transU[pf * T + predicted[i]] -= c
                    }
                }
                c += 1
            }
            onEpoch?(epoch, snapshot())
        }
        return snapshot().pruned()
    }
}

extension SequenceTagger {
    /// The same model without features whose weights are all zero.
    func pruned() -> SequenceTagger {
        let T = tags.count
        var table = FeatureTable(capacity: self.table.count)
        var kept: [Float] = []
        for (key, row) in self.table.entries() {
            let o = Int(row) * T
            guard (0..<T).contains(where: { abs(weights[o + $0]) > 1e-6 }) else { continue }
            table.insert(key, row: Int32(kept.count / T))
            kept.append(contentsOf: weights[o..<(o + T)])
        }
        return SequenceTagger(tags: tags, groups: groups, lexicons: lexicons, note: note, table: table,
                              weights: kept, transitions: transitions, segmenter: segmenter)
    }
}

/// A small deterministic random number generator (SplitMix64), so training is reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
