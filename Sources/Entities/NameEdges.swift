import ArabicText

/// Mends the edges of names the tagger drew too long or too short: a word that never ends a name
/// (an honorific, a relative pronoun, a particle) is left out (جامعة الحدود الشمالية والدكتور، مجلس
/// التعاون الخليجي والذي، المر أو); a name that stops at آل takes the family name after it (طحنون
/// بن زايد آل | نهيان), as does a person's name that stops at بن and a father's name (محمود بن علي |
/// الاقصم); and a person's name right after an honorific and one bare word takes that word, his given
/// name (الأستاذ مساعد | الزويهري).
enum NameEdges {
    /// Bare-word hashes (`TokenKeys.bare`: proclitics off, the article kept) of words that end no name.
    static let neverLast: Set<UInt64> = Set(["الدكتور", "الدكتورة", "الأستاذ", "الأستاذة", "المهندس", "الشيخ", "السيد", "السيدة",
                                             "الذي", "التي", "الذين", "اللذين", "أو", "إلى", "في", "من", "عن", "مع", "أن", "إن"]
        .map(KeyHash.word))
    static let family = KeyHash.word("آل")
    /// بن and بنت ("son of", "daughter of") before a father's name.
    static let son: Set<UInt64> = Set(["بن", "بنت"].map(KeyHash.word))
    /// Words before a prince's or king's name: his name takes no family name after بن (جامعة الإمام محمد بن
    /// سعود الإسلامية، مطار الأمير محمد بن عبدالعزيز الدولي).
    static let royals: Set<UInt64> = Set(["الأمير", "الأميرة", "الإمام", "الملك", "الملكة", "السلطان"].map(KeyHash.word))
    /// Words with the article that follow a name without being a family name: titles, descriptions
    /// (المعروف بـ، البالغ من العمر، الشاعر) and times.
    static let notFamilyNames: Set<UInt64> = Set((ResourceLines.titleWords.filter { !$0.contains(" ") }.map { "ال" + $0 }
        + ["المعروف", "المعروفة", "الملقب", "الملقبة", "المكنى", "الشهير", "الشهيرة", "البالغ", "البالغة", "الراحل", "الراحلة",
           "الشاعر", "الشاعرة", "الكاتب", "الكاتبة", "الملحق", "القديم", "الفنان", "الفنانة", "الشاب", "الشابة", "الطالب", "الطالبة", "الطفل", "الطفلة",
           "اليوم", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الماضي", "المقبل", "الحالي", "الجاري"])
        .map(KeyHash.word))
    /// A word's proclitics as the rules ask of them.
    enum Clitics { case none, articleOnly, other }
    /// How often the corpus may write a word with the article for it to be taken for a family name: more
    /// often, it is an adjective or a noun (الدولي 5,050, الإعلامي 1,571; الشايع 94, الحميدان 77).
    static let familyNameCount = 1_000

    /// Whether the word at `range` of `text` (with the article) may be a family name: not a feminine
    /// adjective in ة (الإسلامية، الابتدائية) and not a word the corpus writes often.
    static func mayBeFamilyName<C: RandomAccessCollection<UInt8>>(_ text: C, _ range: Range<Int>) -> Bool where C.Index == Int {
        guard range.count >= 4, !(text[range.upperBound - 2] == 0xD8 && text[range.upperBound - 1] == 0xA9) else { return false }
        return CliticSegmenter.standard.corpusCount(String(decoding: text[range], as: UTF8.self)) < familyNameCount
    }

    /// Honorifics that stand before a full name (not الشيخ or السيد, which stand before a family name too).
    static let honorifics: Set<UInt64> = Set(["الأستاذ", "الأستاذة", "الدكتور", "الدكتورة", "المهندس", "المهندسة"].map(KeyHash.word))

    /// The proclitics of the word at `range` (`.other` for a token that does not start with an Arabic
    /// letter, U+0621 on: not ، or ؟). Asked only of the few words next to a name that a rule looks at.
    static func clitics(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ segmenter: CliticSegmenter) -> Clitics {
        guard range.count >= 2 else { return .other }
        let a = text[range.lowerBound], b = text[range.lowerBound + 1]
        guard (a == 0xD8 && b >= 0xA1) || (0xD9...0xDB).contains(a) else { return .other }
        var letters: [UInt32] = []
        CliticSegmenter.matchForm(text, range, into: &letters)
        let seg = letters.withUnsafeBufferPointer { segmenter.segment($0) }
        return seg.prefixLetters > 0 || seg.contractedArticle ? .other : seg.article ? .articleOnly : .none
    }

    /// Rewrites `tags` (tag indexes of `model`, one array per sentence) in place, given each token's
    /// bare-word hash. `clitics(s, k)` and `familyName(s, k)` tell of token `k` of sentence `s` what
    /// `clitics(_:_:_:)` and `mayBeFamilyName(_:_:)` say. Works on tag indexes (no tag strings per
    /// sentence: it runs on every article).
    static func apply(_ tags: inout [[Int]], bare: [[UInt64]], model: SequenceTagger,
                      clitics: (Int, Int) -> Clitics, familyName: (Int, Int) -> Bool) {
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
                   !neverLast.contains(bare[s][start - 1]), let i = bio.insideTag[type], clitics(s, start - 1) == .none {
                    tags[s][start - 1] = tags[s][start]
                    tags[s][start] = i
                }
                // محمود بن علي | الاقصم: after a given name, بن and a father's name, a word with the article is the
                // family name (not after بن حلي, a family name itself: دعا بن حلي الأطراف).
                if type == person, end - start >= 3, end < n, son.contains(bare[s][end - 2]), bio.outside[tags[s][end]],
                   !neverLast.contains(bare[s][end]), !notFamilyNames.contains(bare[s][end]), start == 0 || !royals.contains(bare[s][start - 1]),
                   let i = bio.insideTag[type], clitics(s, end) == .articleOnly, familyName(s, end) {
                    tags[s][end] = i
                    end += 1
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
