import MarsadCore
import Actors
import ArabicText

/// One trigger pattern: the CAMEO code it signals and how its arguments are found.
public struct EventPattern: Sendable, Equatable {
    /// What the trigger word is.
    public enum Kind: String, Sendable { case verb, noun }
    /// CAMEO code (`042`).
    public var cameo: String
    /// Verb or noun.
    public var kind: Kind
    /// `meet`, `visit`, `host`, `deny`, `reject`.
    public var flags: Set<String>
}

/// The trigger lexicon (`event-patterns.tsv`), indexed by the name key of one- and two-word forms.
public struct EventPatterns: Sendable {
    /// Patterns by the key of their form.
    let byKey: [String: EventPattern]
    /// Noun forms written with the article whose key a verb already has (القصف and قصف share the key قصف).
    let nounsUnderVerbs: [String: EventPattern]
    /// The patterns of one-word keys, and their nouns under verbs, by key hash (the coder asks these of
    /// every trigger word; a `[String: …]` compares Arabic keys through Unicode normalization).
    let byHash: WordHashMap<EventPattern>, nounsUnderVerbsByHash: WordHashMap<EventPattern>
    /// The key hashes two-word forms start with.
    let firstWords: WordHashSet
    /// The key hashes of keys whose every form ends in ة (معاهدة، مظاهرة): the name key drops ة, so only a word written
    /// with ة (or ه) is one of them, not المعاهد or مظاهر.
    let feminine: WordHashSet
    /// `NameKey.hash` of every word of every form: the fast test a word must pass before its key is made.
    public let hashes: WordHashSet
    /// Verb forms that begin with ال as written (التقى), normalized but with the article kept, so that
    /// they are not taken for nouns.
    let verbsWithAlef: Set<String>

    /// The bundled patterns.
    public static let standard: EventPatterns = {
        do { return try EventPatterns(ResourceFile.text(.module, "event-patterns", "tsv"), file: "event-patterns.tsv") } catch {
            fatalError("Marsad's bundled event patterns are unreadable: \(error)")
        }
    }()

    /// Reads a pattern file; a malformed line is an error naming the file and line.
    public init(_ text: String, file: String) throws {
        var endings: [String: (feminine: Bool, other: Bool)] = [:]
        var byKey: [String: EventPattern] = [:], nounsUnderVerbs: [String: EventPattern] = [:], first: Set<String> = [], alef: Set<String> = [], hashes: Set<UInt64> = []
        let normalizer = ArabicNormalizer(.matching)
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 4, !f[0].isEmpty, f[0].allSatisfy(\.isNumber), let kind = EventPattern.Kind(rawValue: f[1]) else {
                throw MarsadError(.malformed, "\(file):\(n + 1): expected CAMEO code, verb|noun, flags, forms")
            }
            let pattern = EventPattern(cameo: f[0], kind: kind, flags: Set(f[2].split(separator: ",").map(String.init)))
            for form in f[3].split(separator: "|") {
                let key = NameKey.key(form)
                guard !key.isEmpty else { throw MarsadError(.malformed, "\(file):\(n + 1): empty form") }
                if byKey[key] == nil { byKey[key] = pattern }
                else if kind == .noun, form.hasPrefix("ال"), byKey[key]?.kind == .verb, nounsUnderVerbs[key] == nil { nounsUnderVerbs[key] = pattern }
                let written = normalizer.normalize(String(form))
                if kind == .verb, written.hasPrefix("ال") { alef.insert(written) }
                let words = key.split(separator: " ")
                for (w, written) in zip(words, form.split(separator: " ")) {
                    if written.hasSuffix("ة") { endings[String(w), default: (false, false)].feminine = true }
                    else { endings[String(w), default: (false, false)].other = true }
                }
                if words.count == 2 { first.insert(String(words[0])) }
                for w in words { hashes.insert(NameKey.hash(ofKey: String(w))) }
            }
        }
        feminine = WordHashSet(endings.filter { $0.value.feminine && !$0.value.other }.keys.map(NameKey.hash(ofKey:)))
        func oneWord(_ patterns: [String: EventPattern]) -> WordHashMap<EventPattern> {
            WordHashMap(Dictionary(patterns.filter { !$0.key.contains(" ") }.map { (NameKey.hash(ofKey: $0.key), $0.value) }, uniquingKeysWith: { a, _ in a }))
        }
        byHash = oneWord(byKey); nounsUnderVerbsByHash = oneWord(nounsUnderVerbs)
        self.byKey = byKey; self.nounsUnderVerbs = nounsUnderVerbs; firstWords = WordHashSet(first.map(NameKey.hash(ofKey:))); verbsWithAlef = alef; self.hashes = WordHashSet(hashes)
    }

    /// The pattern of a one- or two-word key; where a verb may not stand (a word with the article), only a noun's.
    public func pattern(_ key: String, verbAllowed: Bool = true) -> EventPattern? {
        guard let p = byKey[key] else { return nil }
        return verbAllowed || p.kind == .noun ? p : nounsUnderVerbs[key]
    }

    /// The pattern of a one-word key, by its `NameKey.hash(ofKey:)`, as `pattern(_:verbAllowed:)`.
    func pattern(hash: UInt64, verbAllowed: Bool = true) -> EventPattern? {
        guard let p = byHash[hash] else { return nil }
        return verbAllowed || p.kind == .noun ? p : nounsUnderVerbsByHash[hash]
    }
}
