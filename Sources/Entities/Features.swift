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
/// They are the features of each token in the window two either side, as seen from `i`
/// (`tokenFeatures`), and those that pair `i` with a neighbour (`pairFeatures`).
@inline(__always)
func features(_ k: UnsafeBufferPointer<TokenKeys>, _ i: Int, _ groups: FeatureGroups, into out: inout [UInt64]) {
    out.removeAll(keepingCapacity: true)
    let n = k.count
    @inline(__always) func at(_ j: Int) -> TokenKeys { j >= 0 && j < n ? k[j] : TokenKeys.boundary }
    pairFeatures(at(i - 1), k[i], at(i + 1), groups, into: &out)
    for offset in -2...2 { tokenFeatures(at(i + offset), offset: offset, groups, into: &out) }
}

/// Appends the features token `t` gives the token `-offset` positions away from it, which is being
/// tagged (`offset` 0: `t` itself, with the bias; -1: `t` is the word before; 2: two after). They
/// depend on `t` alone, so `TokenScoreCache` sums their weights once per distinct token.
@inline(__always)
func tokenFeatures(_ t: TokenKeys, offset: Int, _ groups: FeatureGroups, into out: inout [UInt64]) {
    @inline(__always) func f(_ template: UInt64, _ value: UInt64) { out.append(KeyHash.feature(template, value)) }
    @inline(__always) func paths(_ template: UInt64, _ c: UInt32) {
        guard c != 0 else { return }
        let length = ClusterEntry.length(c)
        for prefix: UInt32 in stride(from: 3, to: min(length, 16), by: 3) {
            f(template + UInt64(prefix), UInt64(ClusterEntry.prefix(c, prefix)) | UInt64(prefix) << 32)
        }
        f(template, UInt64(ClusterEntry.prefix(c, 22)) | UInt64(length) << 32)
    }
    // Each cluster path gets its own block of 20 template numbers (its prefixes are template + 3, 6, 9, 12).
    switch offset {
    case 0:
        f(0, 0)   // bias
        if groups.contains(.context) { f(1, t.word) }
        if groups.contains(.morphology) {
            f(10, t.stem); f(13, t.proclitics); f(14, t.enclitic)
            f(15, t.affixes.0); f(16, t.affixes.1); f(17, t.affixes.2); f(18, t.affixes.3); f(19, t.affixes.4)
            f(22, t.stemAffixes.0); f(23, t.stemAffixes.1); f(24, t.stemAffixes.2); f(25, t.stemAffixes.3); f(26, t.stemAffixes.4)
        }
        if groups.contains(.shape) { f(30, t.shape) }
        if groups.contains(.clusters) { paths(140, t.cluster); paths(160, t.stemCluster) }
        if groups.contains(.gazetteer) {
            var m = t.gazetteer
            while m != 0 {
                let bit = UInt64(m.trailingZeroBitCount)
                f(80, bit)
                f(81, bit << 8 | UInt64(truncatingIfNeeded: t.shape))
                m &= m - 1
            }
        }
    case -1, 1:
        let before = offset < 0
        if groups.contains(.context) { f(before ? 2 : 3, t.word) }
        if groups.contains(.morphology) { f(before ? 11 : 12, t.stem); f(before ? 20 : 21, t.proclitics) }
        if groups.contains(.clusters) { paths(before ? 180 : 200, t.cluster) }
        if groups.contains(.gazetteer) && t.gazetteer != 0 { f(before ? 82 : 83, UInt64(t.gazetteer)) }
    default:
        let before = offset < 0
        if groups.contains(.context) { f(before ? 4 : 5, t.word) }
        if groups.contains(.clusters) { f(before ? 220 : 221, UInt64(ClusterEntry.prefix(t.cluster, 22))) }
    }
}

/// Appends the features that pair the token being tagged, `t`, with the one before (`p1`) or after
/// (`n1`): word and shape bigrams.
@inline(__always)
func pairFeatures(_ p1: TokenKeys, _ t: TokenKeys, _ n1: TokenKeys, _ groups: FeatureGroups, into out: inout [UInt64]) {
    @inline(__always) func f(_ template: UInt64, _ value: UInt64) { out.append(KeyHash.feature(template, value)) }
    if groups.contains(.context) {
        f(6, KeyHash.add(p1.word, UInt32(truncatingIfNeeded: t.word)))
        f(7, KeyHash.add(t.word, UInt32(truncatingIfNeeded: n1.word)))
    }
    if groups.contains(.shape) { f(31, p1.shape << 16 | t.shape); f(32, t.shape << 16 | n1.shape) }
}
