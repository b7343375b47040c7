import Foundation

/// Learns hierarchical word clusters from raw text, the distributional knowledge the tagger uses
/// to recognize names it never saw in training (a new minister's name shares contexts with old ones).
///
/// Each word is described by the words around it (two either side) through random indexing: every
/// context word at every position has a fixed sparse random vector, weighted by how informative the
/// context word is (log inverse frequency), and a word's vector is the sum over its occurrences. The
/// vectors are then split recursively in two by spherical 2-means, so each word gets a bit path, like
/// a Brown cluster: shared prefixes mean similar words, at every depth.
public struct WordClusterer {
    /// Vector dimensions.
    public var dimensions = 256
    /// Non-zero entries in each context word's random vector.
    public var nonZeros = 8
    /// The most frequent words serve as contexts.
    public var contextWords = 10_000
    /// Words seen fewer times are not clustered.
    public var minCount = 3
    /// The deepest split (bit path length).
    public var depth = 16
    /// Nodes with fewer words are not split.
    public var minSplit = 16
    /// 2-means iterations per split.
    public var iterations = 6
    /// Seed for the random vectors.
    public var seed: UInt64 = 1

    /// Default settings.
    public init() {}

    /// Clusters the words of `documents`, each a sequence of word ids where id = frequency rank
    /// (0 the most frequent) and `counts[id]` is the word's count; `clusterable[id]` says whether a
    /// word (rather than a number or punctuation) gets a cluster. Returns id → bit path as a "0110…" string.
    public func cluster(documents: [[Int32]], counts: [Int], clusterable: [Bool]) -> [Int: String] {
        let d = dimensions
        let words = counts.indices.filter { counts[$0] >= minCount && clusterable[$0] }
        var row = [Int32](repeating: -1, count: counts.count)
        for (r, w) in words.enumerated() { row[w] = Int32(r) }
        // Sparse random vectors: for each (position, context word), nonZeros (index, ±1) pairs.
        let contexts = min(contextWords, counts.count)
        let total = Double(counts.reduce(0, +))
        var rng = SplitMix64(seed: seed)
        var indexes = [Int32](repeating: 0, count: 4 * contexts * nonZeros)
        var signs = [Float](repeating: 0, count: 4 * contexts * nonZeros)
        for i in 0..<indexes.count {
            indexes[i] = Int32(rng.next() % UInt64(d))
            signs[i] = rng.next() & 1 == 0 ? 1 : -1
        }
        let weight = (0..<contexts).map { Float(log(total / Double(max(counts[$0], 1)))) }
        var vectors = [Float](repeating: 0, count: words.count * d)
        for doc in documents {
            for (i, w) in doc.enumerated() {
                let r = Int(row[Int(w)])
                if r < 0 { continue }
                for (position, offset) in [-2, -1, 1, 2].enumerated() {
                    let j = i + offset
                    guard j >= 0, j < doc.count, Int(doc[j]) < contexts else { continue }
                    let c = Int(doc[j])
                    let base = (position * contexts + c) * nonZeros
                    for k in 0..<nonZeros { vectors[r * d + Int(indexes[base + k])] += signs[base + k] * weight[c] }
                }
            }
        }
        for r in 0..<words.count { normalize(&vectors, r * d, d) }

        var paths = [String](repeating: "", count: words.count)
        var stack: [([Int], String)] = [(Array(0..<words.count), "")]
        while let (members, path) = stack.popLast() {
            for m in members { paths[m] = path }
            guard members.count >= minSplit, path.count < depth else { continue }
            let (left, right) = split(members, vectors, d)
            guard !left.isEmpty, !right.isEmpty else { continue }
            stack.append((right, path + "1"))
            stack.append((left, path + "0"))
        }
        var result: [Int: String] = [:]
        for (r, w) in words.enumerated() { result[w] = paths[r].isEmpty ? "0" : paths[r] }
        return result
    }

    /// Splits members in two by spherical 2-means, seeded with the first member (the most frequent
    /// word, as members are in frequency order) and the member least like it.
    private func split(_ members: [Int], _ v: [Float], _ d: Int) -> ([Int], [Int]) {
        var c0 = Array(v[(members[0] * d)..<(members[0] * d + d)])
        let far = members.min { dot(v, $0 * d, c0) < dot(v, $1 * d, c0) }!
        var c1 = Array(v[(far * d)..<(far * d + d)])
        var side = [Bool](repeating: false, count: members.count)
        for _ in 0..<iterations {
            var s0 = [Float](repeating: 0, count: d), s1 = s0
            var changed = false
            for (i, m) in members.enumerated() {
                let right = dot(v, m * d, c1) > dot(v, m * d, c0)
                if right != side[i] { side[i] = right; changed = true }
                if right { for k in 0..<d { s1[k] += v[m * d + k] } } else { for k in 0..<d { s0[k] += v[m * d + k] } }
            }
            normalize(&s0, 0, d)
            normalize(&s1, 0, d)
            c0 = s0
            c1 = s1
            if !changed { break }
        }
        var left: [Int] = [], right: [Int] = []
        for (i, m) in members.enumerated() { if side[i] { right.append(m) } else { left.append(m) } }
        return (left, right)
    }

    @inline(__always)
    private func dot(_ v: [Float], _ o: Int, _ c: [Float]) -> Float {
        var s: Float = 0
        for k in 0..<c.count { s += v[o + k] * c[k] }
        return s
    }

    private func normalize(_ v: inout [Float], _ o: Int, _ d: Int) {
        var n: Float = 0
        for k in 0..<d { n += v[o + k] * v[o + k] }
        guard n > 0 else { return }
        let s = 1 / n.squareRoot()
        for k in 0..<d { v[o + k] *= s }
    }
}
