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
    /// bare-word hash. Works on tag indexes (no tag strings per sentence: it runs on every article).
    static func apply(_ tags: inout [[Int]], bare: [[UInt64]], model: SequenceTagger) {
        let bio = model.bio
        for s in tags.indices {
            let n = tags[s].count
            var start = 0
            while start < n {
                guard !bio.outside[tags[s][start]] else { start += 1; continue }
                let type = bio.type[tags[s][start]]
                var end = start + 1
                while end < n, bio.inside[tags[s][end]], bio.type[tags[s][end]] == type { end += 1 }
                let next = end
                while end - 1 > start, neverLast.contains(bare[s][end - 1]) { end -= 1; tags[s][end] = 0 }
                // آل + the family name: the next word joins, and with it the rest of any name it begins.
                if bare[s][end - 1] == family, end < n, let i = bio.insideTag[type] {
                    tags[s][end] = i
                    var k = end + 1
                    while k < n, bio.inside[tags[s][k]] { tags[s][k] = i; k += 1 }
                    start = k
                } else {
                    start = next
                }
            }
        }
    }
}
