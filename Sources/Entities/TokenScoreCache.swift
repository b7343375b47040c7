/// The tag scores of a sentence's tokens, with the weights each distinct token contributes summed
/// once and kept across sentences and articles.
///
/// Most of a token's features depend on one token of the window alone (`tokenFeatures`): the
/// token seen from itself, from its neighbours and from two away. Summing a feature's weights costs a
/// lookup in a table of several megabytes, nearly always a cache miss; so for each distinct token
/// (by `TokenKeys.identity`) the five sums are computed once and kept here, and tagging a frequent
/// word costs one lookup in this memo and the few lookups of the features that pair it with a
/// neighbour. Direct-mapped: a token whose slot another took is summed again.
final class TokenScoreCache {
    /// The weights summed.
    let weights: PackedWeights
    private let groups: FeatureGroups
    private let width: Int, mask: Int
    private var identities: [UInt64]
    /// Per slot, five vectors of `width` weights: the token seen from offsets -2, -1, 0, 1, 2.
    private let vectors: UnsafeMutableBufferPointer<Float>
    /// The same for the boundary beyond either end of a sentence.
    private var boundary: [Float]
    private var features: [UInt64] = []

    /// A memo for `weights` read with feature `groups`, of 2^`bits` tokens.
    init(weights: PackedWeights, groups: FeatureGroups, bits: Int = 14) {
        self.weights = weights
        self.groups = groups
        width = weights.width
        mask = (1 << bits) - 1
        identities = [UInt64](repeating: 0, count: 1 << bits)
        vectors = .allocate(capacity: (1 << bits) * 5 * width)
        vectors.initialize(repeating: 0)
        boundary = [Float](repeating: 0, count: 5 * width)
        var features: [UInt64] = []
        boundary.withUnsafeMutableBufferPointer { sum(TokenKeys.boundary, into: $0.baseAddress!, features: &features) }
    }

    deinit { vectors.deallocate() }

    private func sum(_ t: TokenKeys, into v: UnsafeMutablePointer<Float>, features: inout [UInt64]) {
        let out = UnsafeMutableBufferPointer(start: v, count: 5 * width)
        for i in out.indices { out[i] = 0 }
        for offset in -2...2 {
            features.removeAll(keepingCapacity: true)
            tokenFeatures(t, offset: offset, groups, into: &features)
            for key in features { weights.add(key, into: out, at: (offset + 2) * width) }
        }
    }

    /// Adds to `scores[i * width + tag]` each token's score for each tag, for the tokens `k` of one sentence.
    func score(_ k: UnsafeBufferPointer<TokenKeys>, into scores: UnsafeMutableBufferPointer<Float>) {
        let n = k.count, w = width
        guard n > 0 else { return }
        // The memo's buffers are taken out of the object for the call: every use of a class's stored
        // property is checked for exclusive access at run time, a local's is not.
        var features: [UInt64] = [], identities: [UInt64] = []
        swap(&features, &self.features)
        swap(&identities, &self.identities)
        defer {
            swap(&features, &self.features)
            swap(&identities, &self.identities)
        }
        @inline(__always) func add(_ v: UnsafePointer<Float>, _ offset: Int, to i: Int) {
            let from = v + (offset + 2) * w, to = scores.baseAddress! + i * w
            for t in 0..<w { to[t] += from[t] }
        }
        for j in 0..<n {
            let id = k[j].identity, slot = Int(truncatingIfNeeded: id) & mask
            let v = vectors.baseAddress! + slot * 5 * w
            if identities[slot] != id {
                sum(k[j], into: v, features: &features)
                identities[slot] = id
            }
            // Token j is at offset j - i from the token i being tagged.
            for i in max(0, j - 2)...min(n - 1, j + 2) { add(v, j - i, to: i) }
        }
        boundary.withUnsafeBufferPointer { b in
            for i in 0..<min(2, n) { for offset in -2..<(-i) { add(b.baseAddress!, offset, to: i) } }
            for i in max(0, n - 2)..<n { for offset in (n - i)...2 { add(b.baseAddress!, offset, to: i) } }
        }
        let edge = TokenKeys.boundary
        for i in 0..<n {
            features.removeAll(keepingCapacity: true)
            pairFeatures(i > 0 ? k[i - 1] : edge, k[i], i + 1 < n ? k[i + 1] : edge, groups, into: &features)
            for key in features { weights.add(key, into: scores, at: i * w) }
        }
    }
}
