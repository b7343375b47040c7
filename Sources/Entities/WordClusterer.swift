import Foundation

/// Learns hierarchical word clusters from raw text, the distributional knowledge the tagger uses
/// to recognize names it never saw in training (a new minister's name shares contexts with old ones).
///
/// Each word is described by the words around it (two either side, by position), weighted by positive
/// pointwise mutual information, and reduced to dense vectors by a randomized truncated SVD. The
/// vectors are then split recursively eight ways by spherical k-means, so each word gets a bit path (three
/// bits per level), like a Brown cluster: shared prefixes mean similar words, at every depth.
public struct WordClusterer {
    /// Vector dimensions.
    public var dimensions = 100
    /// The most frequent words serve as contexts.
    public var contextWords = 10_000
    /// Words seen fewer times are not clustered.
    public var minCount = 5
    /// The deepest split (bit path length).
    public var depth = 15
    /// Nodes with fewer words are not split.
    public var minSplit = 16
    /// 2-means iterations per split.
    public var iterations = 6
    /// Seed for the random vectors.
    public var seed: UInt64 = 1


    /// Default settings.
    public init() {}

    /// The form a token is clustered under: its matching form (`ArabicNormalizer.Options.matching`),
    /// the key the tagger looks clusters up by. `letters` is scratch memory.
    public static func word(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, letters: inout [UInt32]) -> String {
        KeyHash.matchingWord(p, range, letters: &letters)
    }

    /// Clusters the words of `documents`, each a sequence of word ids where id = frequency rank
    /// (0 the most frequent) and `counts[id]` is the word's count; `clusterable[id]` says whether a
    /// word (rather than a number or punctuation) gets a cluster. Returns id → bit path as a "0110…" string.
    public func cluster(documents: [[Int32]], counts: [Int], clusterable: [Bool]) -> [Int: String] {
        let d = dimensions
        let words = counts.indices.filter { counts[$0] >= minCount && clusterable[$0] }
        var row = [Int32](repeating: -1, count: counts.count)
        for (r, w) in words.enumerated() { row[w] = Int32(r) }
        // Count (word, position, context) pairs; weight them by positive pointwise mutual information.
        let contexts = min(contextWords, counts.count)
        var triples: [UInt64] = []
        for doc in documents {
            for (i, w) in doc.enumerated() {
                let r = Int(row[Int(w)])
                if r < 0 { continue }
                for (position, offset) in [-2, -1, 1, 2].enumerated() {
                    let j = i + offset
                    guard j >= 0, j < doc.count, Int(doc[j]) < contexts else { continue }
                    triples.append(UInt64(r) << 32 | UInt64(position * contexts + Int(doc[j])))
                }
            }
        }
        triples.sort()
        var contextTotals = [Double](repeating: 0, count: 4 * contexts)
        var wordTotals = [Double](repeating: 0, count: words.count)
        for t in triples { contextTotals[Int(t & 0xFFFF_FFFF)] += 1; wordTotals[Int(t >> 32)] += 1 }
        let pairs = Double(triples.count)
        let smoothedTotal = contextTotals.reduce(0) { $0 + pow($1, 0.75) }
        var m = SparseRows(rows: words.count, columns: 4 * contexts)
        var i = 0
        while i < triples.count {
            var j = i
            while j < triples.count && triples[j] == triples[i] { j += 1 }
            let r = Int(triples[i] >> 32), c = Int(triples[i] & 0xFFFF_FFFF)
            // Context probabilities smoothed with exponent 0.75, as word2vec does, to temper rare contexts.
            let pmi = log(Double(j - i) / pairs / (wordTotals[r] / pairs * pow(contextTotals[c], 0.75) / smoothedTotal))
            if pmi > 0 { m.append(row: r, column: c, value: Float(pmi)) }
            i = j
        }
        m.finish()
        triples = []
        var rng = SplitMix64(seed: seed)
        var vectors = m.truncatedSVD(rank: d, rng: &rng)
        for r in 0..<words.count { normalize(&vectors, r * d, d) }

        var paths = [String](repeating: "", count: words.count)
        var stack: [([Int], String)] = [(Array(0..<words.count), "")]
        while let (members, path) = stack.popLast() {
            for m in members { paths[m] = path }
            guard members.count >= minSplit, path.count + 3 <= depth else { continue }
            let groups = split(members, vectors, d, &rng)
            guard groups.filter({ !$0.isEmpty }).count > 1 else { continue }
            for (g, group) in groups.enumerated() where !group.isEmpty {
                let bits = String(g, radix: 2)
                stack.append((group, path + String(repeating: "0", count: 3 - bits.count) + bits))
            }
        }
        var result: [Int: String] = [:]
        for (r, w) in words.enumerated() { result[w] = paths[r].isEmpty ? "000" : paths[r] }
        return result
    }

    /// Splits members eight ways by spherical k-means, seeded k-means++ style from the first member
    /// (the most frequent word, as members are in frequency order).
    private func split(_ members: [Int], _ v: [Float], _ d: Int, _ rng: inout SplitMix64) -> [[Int]] {
        let k = 8
        var centers: [[Float]] = [Array(v[(members[0] * d)..<(members[0] * d + d)])]
        var nearest = members.map { 1 - dot(v, $0 * d, centers[0]) }
        while centers.count < k {
            let total = nearest.reduce(0, +)
            guard total > 0 else { break }
            var pick = Float(Double(rng.next() % 1_000_000) / 1_000_000) * total
            var chosen = members.count - 1
            for (i, x) in nearest.enumerated() { pick -= x; if pick <= 0 { chosen = i; break } }
            let m = members[chosen]
            centers.append(Array(v[(m * d)..<(m * d + d)]))
            for (i, mm) in members.enumerated() { nearest[i] = min(nearest[i], 1 - dot(v, mm * d, centers.last!)) }
        }
        var assignment = [Int](repeating: -1, count: members.count)
        for _ in 0..<iterations {
            var sums = [[Float]](repeating: [Float](repeating: 0, count: d), count: centers.count)
            var changed = false
            for (i, m) in members.enumerated() {
                var best = 0, bestScore = -Float.infinity
                for (c, center) in centers.enumerated() {
                    let s = dot(v, m * d, center)
                    if s > bestScore { bestScore = s; best = c }
                }
                if best != assignment[i] { assignment[i] = best; changed = true }
                for x in 0..<d { sums[best][x] += v[m * d + x] }
            }
            for c in centers.indices { normalize(&sums[c], 0, d); centers[c] = sums[c] }
            if !changed { break }
        }
        var groups = [[Int]](repeating: [], count: k)
        for (i, m) in members.enumerated() { groups[assignment[i]].append(m) }
        return groups
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

/// A sparse matrix in compressed rows, with the products a randomized SVD needs.
struct SparseRows {
    let rows: Int, columns: Int
    var starts: [Int], cols: [Int32] = [], values: [Float] = []
    private var lastRow = 0

    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        starts = [0]
    }

    /// Appends an entry; rows must come in order.
    mutating func append(row: Int, column: Int, value: Float) {
        while lastRow < row { starts.append(cols.count); lastRow += 1 }
        cols.append(Int32(column))
        values.append(value)
    }

    mutating func finish() { while starts.count <= rows { starts.append(cols.count) } }

    /// self · x, where x is columns × k, row-major.
    func times(_ x: [Float], _ k: Int) -> [Float] {
        var y = [Float](repeating: 0, count: rows * k)
        for r in 0..<rows {
            for e in starts[r]..<starts[r + 1] {
                let c = Int(cols[e]) * k, v = values[e]
                for j in 0..<k { y[r * k + j] += v * x[c + j] }
            }
        }
        return y
    }

    /// selfᵀ · y, where y is rows × k, row-major.
    func transposedTimes(_ y: [Float], _ k: Int) -> [Float] {
        var x = [Float](repeating: 0, count: columns * k)
        for r in 0..<rows {
            for e in starts[r]..<starts[r + 1] {
                let c = Int(cols[e]) * k, v = values[e]
                for j in 0..<k { x[c + j] += v * y[r * k + j] }
            }
        }
        return x
    }

    /// Row vectors of rank `rank` (U·Σ^½ of a randomized truncated SVD, Halko et al. 2011), rows × rank.
    func truncatedSVD(rank: Int, rng: inout SplitMix64) -> [Float] {
        let k = rank + 10
        var omega = [Float](repeating: 0, count: columns * k)
        for i in omega.indices { omega[i] = Float(Double(rng.next() % 2_000_001) / 1_000_000 - 1) }
        var q = times(omega, k)
        orthonormalize(&q, rows, k)
        q = times(transposedTimes(q, k), k)          // one power iteration sharpens the spectrum
        orthonormalize(&q, rows, k)
        let c = transposedTimes(q, k)                // columns × k, = (Qᵀ M)ᵀ
        var s = [Double](repeating: 0, count: k * k) // (QᵀM)(QᵀM)ᵀ = cᵀc
        for r in 0..<columns {
            for a in 0..<k where c[r * k + a] != 0 {
                let ca = Double(c[r * k + a])
                for b in a..<k { s[a * k + b] += ca * Double(c[r * k + b]) }
            }
        }
        for a in 0..<k { for b in 0..<a { s[a * k + b] = s[b * k + a] } }
        let (eigenvalues, eigenvectors) = jacobiEigen(s, k)
        let order = (0..<k).sorted { eigenvalues[$0] > eigenvalues[$1] }.prefix(rank)
        var out = [Float](repeating: 0, count: rows * rank)
        for (j, e) in order.enumerated() {
            let scale = Float(pow(max(eigenvalues[e], 0), 0.25))   // Σ^½, Σ = √eigenvalue
            for r in 0..<rows {
                var sum: Float = 0
                for a in 0..<k { sum += q[r * k + a] * Float(eigenvectors[a * k + e]) }
                out[r * rank + j] = sum * scale
            }
        }
        return out
    }
}

/// Makes the k columns of a rows × k row-major matrix orthonormal (modified Gram-Schmidt).
func orthonormalize(_ a: inout [Float], _ rows: Int, _ k: Int) {
    for j in 0..<k {
        for i in 0..<j {
            var dot: Double = 0
            for r in 0..<rows { dot += Double(a[r * k + i] * a[r * k + j]) }
            let d = Float(dot)
            for r in 0..<rows { a[r * k + j] -= d * a[r * k + i] }
        }
        var norm: Double = 0
        for r in 0..<rows { norm += Double(a[r * k + j] * a[r * k + j]) }
        let inv = norm > 0 ? Float(1 / norm.squareRoot()) : 0
        for r in 0..<rows { a[r * k + j] *= inv }
    }
}

/// Eigenvalues and eigenvectors (as columns) of a symmetric n × n matrix, by cyclic Jacobi rotations.
func jacobiEigen(_ matrix: [Double], _ n: Int) -> ([Double], [Double]) {
    var a = matrix
    var v = [Double](repeating: 0, count: n * n)
    for i in 0..<n { v[i * n + i] = 1 }
    for _ in 0..<50 {
        var off = 0.0
        for p in 0..<n { for q in (p + 1)..<n { off += a[p * n + q] * a[p * n + q] } }
        if off < 1e-18 { break }
        for p in 0..<n {
            for q in (p + 1)..<n where abs(a[p * n + q]) > 1e-300 {
                let theta = (a[q * n + q] - a[p * n + p]) / (2 * a[p * n + q])
                let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                let c = 1 / (t * t + 1).squareRoot(), s = t * c
                for k in 0..<n {
                    let akp = a[k * n + p], akq = a[k * n + q]
                    a[k * n + p] = c * akp - s * akq
                    a[k * n + q] = s * akp + c * akq
                }
                for k in 0..<n {
                    let apk = a[p * n + k], aqk = a[q * n + k]
                    a[p * n + k] = c * apk - s * aqk
                    a[q * n + k] = s * apk + c * aqk
                }
                for k in 0..<n {
                    let vkp = v[k * n + p], vkq = v[k * n + q]
                    v[k * n + p] = c * vkp - s * vkq
                    v[k * n + q] = s * vkp + c * vkq
                }
            }
        }
    }
    return ((0..<n).map { a[$0 * n + $0] }, v)
}
