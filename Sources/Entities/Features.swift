/// Groups of features, switchable for ablation; the set a model was trained with is stored in it.
public struct FeatureGroups: OptionSet, Sendable, Hashable {
    /// The option bits.
    public let rawValue: UInt32
    /// Creates groups from their bits.
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    /// The word and its neighbours two either side, and word bigrams.
    public static let context = FeatureGroups(rawValue: 1 << 0)
    /// Clitic segmentation (stem, proclitics, enclitic) and letter prefixes and suffixes.
    public static let morphology = FeatureGroups(rawValue: 1 << 1)
    /// Letter classes and length.
    public static let shape = FeatureGroups(rawValue: 1 << 2)
    /// Distributional word clusters learned from SaudiNewsNet.
    public static let clusters = FeatureGroups(rawValue: 1 << 3)
    /// Gazetteer matches.
    public static let gazetteer = FeatureGroups(rawValue: 1 << 4)
    /// Everything.
    public static let all: FeatureGroups = [.context, .morphology, .shape, .clusters, .gazetteer]
    /// Names for the command line.
    public static let names: [(String, FeatureGroups)] = [
        ("context", .context), ("morphology", .morphology), ("shape", .shape), ("clusters", .clusters), ("gazetteer", .gazetteer),
    ]
}

/// Writes the feature keys of token `i` of a sentence: each a hash of a template number and a value.
@inline(__always)
func features(_ k: UnsafeBufferPointer<TokenKeys>, _ i: Int, _ groups: FeatureGroups, into out: inout [UInt64]) {
    out.removeAll(keepingCapacity: true)
    @inline(__always) func f(_ template: UInt64, _ value: UInt64) { out.append(KeyHash.feature(template, value)) }
    let n = k.count
    let t = k[i]
    let boundary = TokenKeys(word: 0x2A2A, shape: 0xFFFF)
    let p1 = i > 0 ? k[i - 1] : boundary, p2 = i > 1 ? k[i - 2] : boundary
    let n1 = i + 1 < n ? k[i + 1] : boundary, n2 = i + 2 < n ? k[i + 2] : boundary
    f(0, 0)   // bias
    if groups.contains(.context) {
        f(1, t.word); f(2, p1.word); f(3, n1.word); f(4, p2.word); f(5, n2.word)
        f(6, KeyHash.add(p1.word, UInt32(truncatingIfNeeded: t.word)))
        f(7, KeyHash.add(t.word, UInt32(truncatingIfNeeded: n1.word)))
    }
    if groups.contains(.morphology) {
        f(10, t.stem); f(11, p1.stem); f(12, n1.stem); f(13, t.proclitics); f(14, t.enclitic)
        f(15, t.affixes.0); f(16, t.affixes.1); f(17, t.affixes.2); f(18, t.affixes.3); f(19, t.affixes.4)
        f(20, p1.proclitics); f(21, n1.proclitics)
        f(22, t.stemAffixes.0); f(23, t.stemAffixes.1); f(24, t.stemAffixes.2); f(25, t.stemAffixes.3); f(26, t.stemAffixes.4)
    }
    if groups.contains(.shape) {
        f(30, t.shape); f(31, p1.shape << 16 | t.shape); f(32, t.shape << 16 | n1.shape)
    }
    if groups.contains(.clusters) {
        @inline(__always) func paths(_ template: UInt64, _ c: UInt32) {
            guard c != 0 else { return }
            let length = ClusterEntry.length(c)
            for prefix: UInt32 in stride(from: 3, to: min(length, 16), by: 3) {
                f(template + UInt64(prefix), UInt64(ClusterEntry.prefix(c, prefix)) | UInt64(prefix) << 32)
            }
            f(template, UInt64(ClusterEntry.prefix(c, 22)) | UInt64(length) << 32)
        }
        // Each path gets its own block of 20 template numbers (its prefixes are template + 3, 6, 9, 12).
        paths(140, t.cluster); paths(160, t.stemCluster); paths(180, p1.cluster); paths(200, n1.cluster)
        f(220, UInt64(ClusterEntry.prefix(p2.cluster, 22))); f(221, UInt64(ClusterEntry.prefix(n2.cluster, 22)))
    }
    if groups.contains(.gazetteer) {
        var m = t.gazetteer
        while m != 0 {
            let bit = UInt64(m.trailingZeroBitCount)
            f(80, bit)
            f(81, bit << 8 | UInt64(truncatingIfNeeded: t.shape))
            m &= m - 1
        }
        if p1.gazetteer != 0 { f(82, UInt64(p1.gazetteer)) }
        if n1.gazetteer != 0 { f(83, UInt64(n1.gazetteer)) }
    }
}
