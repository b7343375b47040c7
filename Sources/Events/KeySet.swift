import MarsadCore
import Actors
import ArabicText

/// A small word list by name key, asked of a sentence's words by their 64-bit key hash: the coder asks
/// dozens of these for every trigger, and a `Set<String>` compares non-ASCII keys through Unicode
/// normalization on each probe.
struct KeySet: Sendable, Sequence {
    /// The name keys.
    let keys: Set<String>
    /// Their `NameKey.hash(ofKey:)`.
    let hashes: WordHashSet

    /// A list of the given name keys.
    init<S: Sequence>(_ keys: S) where S.Element == String {
        self.keys = Set(keys)
        hashes = WordHashSet(self.keys.map(NameKey.hash(ofKey:)))
    }

    /// Whether a name key is in the list.
    func contains(_ key: String) -> Bool { keys.contains(key) }

    /// Whether a word of the sentence is in the list (a word with no key never is).
    @inline(__always)
    func contains(_ word: EventCoder.Word) -> Bool { word.hash != 0 && hashes.contains(word.hash) }

    /// Whether a word is in the list, its hash read from its bytes: for the lists of rare tests, kept out of
    /// `EventCoder.functionWords` so that their words (some frequent: حد، نتيجة، عقد) get no key in every sentence.
    func holds(_ word: EventCoder.Word, _ text: [UInt8], _ tokens: [Token]) -> Bool {
        EventCoder.hash(text, tokens[word.token]).map(hashes.contains) == true
    }

    /// This list and more keys.
    func union<S: Sequence>(_ more: S) -> KeySet where S.Element == String { KeySet(keys.union(more)) }

    /// The keys, in no order.
    func makeIterator() -> Set<String>.Iterator { keys.makeIterator() }
}
