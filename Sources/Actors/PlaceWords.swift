import Foundation
import MarsadCore
import ArabicText
import Entities

/// Place names that are ordinary words far more often than places: جديدة (new) is also Al Jadīd in
/// Libya, مدينة (city) is Madinah, أمانة (a municipality) is Amman. The resolver does not take such a word
/// for a place the tagger missed. The list (`place-words.tsv`) is chosen by reading the candidates
/// `marsad kb place-words` counts in a corpus: gazetteer words rarely inside any mention the tagger
/// finds (real places the tagger misses, such as الطائف, look the same, so the counts do not decide).
public struct PlaceWords: Sendable {
    /// Name keys of the ordinary words.
    public let keys: Set<String>
    /// Their `NameKey.hash(ofKey:)`.
    let hashes: WordHashSet

    /// The bundled list.
    public static let standard = PlaceWords(tsv: ResourceFile.text(.module, "place-words", "tsv"))

    /// Reads lines whose first tab-separated field is a name key (`#` starts a comment).
    public init(tsv: String) {
        keys = Set(tsv.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: "\t").first.map(String.init) })
        hashes = WordHashSet(keys.map(NameKey.hash(ofKey:)))
    }

    /// Counts, article by article, how often each one-word gazetteer name occurs (a proclitic allowed, as
    /// the resolver reads words), how often the tagger calls that word alone a place, and how often it
    /// lies inside any mention the tagger finds.
    public struct Counter {
        let resolver: ActorResolver
        /// Occurrences, those the tagger calls a place by itself, and those inside any mention, by name key.
        public private(set) var counts: [String: (seen: Int, tagged: Int, named: Int)] = [:]

        /// A counter over the resolver's gazetteer.
        public init(resolver: ActorResolver = .standard) { self.resolver = resolver }

        /// Adds one article: its clean text, tokens and the tagger's entities.
        public mutating func add(_ text: [UInt8], tokens: [Token], entities: [Entity]) {
            let m = ArticleMemory(text: text, tokens: tokens, day: nil, words: WordHashes(text, tokens: tokens, roles: resolver.wordRoles))
            let places = Set(entities.filter { $0.type == "LOC" }.map { $0.span.end << 32 | $0.span.start })
            let covered = resolver.coverage(m, entities)
            let kb = resolver.kb
            for (i, t) in tokens.enumerated() where t.kind == .word && t.end - t.start >= 6 {
                for skip in m.procliticLengths(at: t.start) {
                    guard let key = resolver.gazetteerFirstWord(m, token: i, skip: skip), kb.gazetteer.contains(key) else { continue }
                    counts[key, default: (0, 0, 0)].seen += 1
                    if places.contains(t.end << 32 | (t.start + skip)) { counts[key, default: (0, 0, 0)].tagged += 1 }
                    if covered[i] { counts[key, default: (0, 0, 0)].named += 1 }
                    break
                }
            }
        }

        /// The candidates: words seen at least `minimumCount` times and inside a mention in under
        /// `maximumRate` of them, most frequent first.
        public func ordinary(minimumCount: Int, maximumRate: Double) -> [(key: String, seen: Int, tagged: Int, named: Int)] {
            counts.filter { $0.value.seen >= minimumCount && Double($0.value.named) < maximumRate * Double($0.value.seen) }
                .map { ($0.key, $0.value.seen, $0.value.tagged, $0.value.named) }.sorted { ($1.seen, $0.key) < ($0.seen, $1.key) }
        }
    }
}
