/// Mends the edges of names the tagger drew too long or too short: a word that never ends a name
/// (an honorific, a relative pronoun, a particle) is left out (جامعة الحدود الشمالية والدكتور، مجلس
/// التعاون الخليجي والذي، المر أو); a name that stops at آل takes the family name after it (طحنون
/// بن زايد آل | نهيان); and a person's name right after an honorific and one bare word takes that word,
/// his given name (الأستاذ مساعد | الزويهري).
enum NameEdges {
    /// Bare-word hashes (`TokenKeys.bare`: proclitics off, the article kept) of words that end no name.
    static let neverLast: Set<UInt64> = Set(["الدكتور", "الدكتورة", "الأستاذ", "الأستاذة", "المهندس", "الشيخ", "السيد", "السيدة",
                                             "الذي", "التي", "الذين", "اللذين", "أو", "إلى", "في", "من", "عن", "مع", "أن", "إن"]
        .map(KeyHash.word))
    static let family = KeyHash.word("آل")
    /// In `proclitics`, a token that is no Arabic word (punctuation, digits, Latin).
    static let notAWord = UInt64.max
    /// Honorifics that stand before a full name (not الشيخ or السيد, which stand before a family name too).
    static let honorifics: Set<UInt64> = Set(["الأستاذ", "الأستاذة", "الدكتور", "الدكتورة", "المهندس", "المهندسة"].map(KeyHash.word))

    /// Each token's `TokenKeys.proclitics`, or `notAWord` for a token that does not start with an Arabic
    /// letter (U+0621 on: not ، or ؟).
    static func proclitics<C: RandomAccessCollection<UInt8>>(_ keys: [TokenKeys], _ text: C, _ ranges: [Range<Int>]) -> [UInt64] where C.Index == Int {
        zip(keys, ranges).map { k, r in
            let a = text[r.lowerBound], b = r.count > 1 ? text[r.lowerBound + 1] : 0
            return (a == 0xD8 && b >= 0xA1) || (0xD9...0xDB).contains(a) ? k.proclitics : notAWord
        }
    }

    /// Rewrites `tags` (tag indexes of `model`, one array per sentence) in place, given each token's
    /// bare-word hash and `proclitics` (as `proclitics(_:_:_:)` gives them). Works on tag indexes (no tag
    /// strings per sentence: it runs on every article).
    static func apply(_ tags: inout [[Int]], bare: [[UInt64]], proclitics: [[UInt64]], model: SequenceTagger) {
        let bio = model.bio
        let person = bio.typeNames.firstIndex(of: "PERS")
        for s in tags.indices {
            let n = tags[s].count
            var start = 0
            while start < n {
                guard !bio.outside[tags[s][start]] else { start += 1; continue }
                let type = bio.type[tags[s][start]]
                var end = start + 1
                while end < n, bio.inside[tags[s][end]], bio.type[tags[s][end]] == type { end += 1 }
                // الأستاذ مساعد | الزويهري: the bare word between an honorific and the name is the given name.
                if type == person, start >= 2, bio.outside[tags[s][start - 1]], honorifics.contains(bare[s][start - 2]),
                   proclitics[s][start - 1] == 0, !neverLast.contains(bare[s][start - 1]),
                   let i = bio.insideTag[type] {
                    tags[s][start - 1] = tags[s][start]
                    tags[s][start] = i
                }
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
