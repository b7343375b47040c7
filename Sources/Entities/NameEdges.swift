/// Mends the last word of names the tagger drew too long or too short: a word that never ends a name
/// (an honorific, a relative pronoun, a particle) is left out (جامعة الحدود الشمالية والدكتور، مجلس
/// التعاون الخليجي والذي، المر أو), and a name that stops at آل takes the family name after it (طحنون
/// بن زايد آل | نهيان).
enum NameEdges {
    /// Bare-word hashes (`TokenKeys.bare`: proclitics off, the article kept) of words that end no name.
    static let neverLast: Set<UInt64> = Set(["الدكتور", "الدكتورة", "الأستاذ", "الأستاذة", "المهندس", "الشيخ", "السيد", "السيدة",
                                             "الذي", "التي", "الذين", "اللذين", "أو", "إلى", "في", "من", "عن", "مع", "أن", "إن"]
        .map(KeyHash.word))
    static let family = KeyHash.word("آل")

    /// Rewrites `tags` (tag indexes of `model`, one array per sentence) in place, given each token's
    /// bare-word hash.
    static func apply(_ tags: inout [[Int]], bare: [[UInt64]], model: SequenceTagger) {
        let names = model.tags
        var index: [String: Int] = [:]
        for (i, t) in names.enumerated() { index[t] = i }
        for s in tags.indices {
            for span in EntitySpans.spans(tags[s].map { names[$0] }) {
                var end = span.end
                while end - 1 > span.start, neverLast.contains(bare[s][end - 1]) { end -= 1; tags[s][end] = 0 }
                // آل + the family name: the next word joins, and with it any name it begins.
                if bare[s][end - 1] == family, end < tags[s].count, let i = index["I-\(span.type)"] {
                    tags[s][end] = i
                    var k = end + 1
                    while k < tags[s].count, names[tags[s][k]].hasPrefix("I-") { tags[s][k] = i; k += 1 }
                }
            }
        }
    }
}
