import XCTest
@testable import Entities
import ArabicText

final class NameEdgesTests: XCTestCase {
    func testLastWordsOfNamesAreMended() {
        let model = SequenceTagger(tags: ["O", "B-ORG", "I-ORG", "B-PERS", "I-PERS"], groups: .all, lexicons: TaggerLexicons(),
                                   note: "", table: FeatureTable(capacity: 0), weights: [], transitions: [])
        // O=0, B-ORG=1, I-ORG=2, B-PERS=3, I-PERS=4
        // Bare words, as TokenKeys.bare has them: والدكتور and والذي without their و.
        let sentences = [["جامعة", "الحدود", "الشمالية", "الدكتور", "يوسف"],
                         ["مجلس", "التعاون", "الخليجي", "الذي"],
                         ["طحنون", "بن", "زايد", "آل", "نهيان", "نائب"],
                         ["محمود", "بن", "علي"],
                         ["الدكتور"]]
        var tags = [[1, 2, 2, 2, 3],
                    [1, 2, 2, 2],
                    [3, 4, 4, 4, 3, 0],
                    [3, 4, 4],
                    [3]]
        NameEdges.apply(&tags, bare: sentences.map { $0.map(KeyHash.word) }, model: model, clitics: { _, _ in .none }, familyName: { _, _ in true })
        XCTAssertEqual(tags[0], [1, 2, 2, 0, 3])     // (و)الدكتور is the next person's honorific
        XCTAssertEqual(tags[1], [1, 2, 2, 0])        // a relative pronoun ends no name
        XCTAssertEqual(tags[2], [3, 4, 4, 4, 4, 0])  // آل takes the family name in
        XCTAssertEqual(tags[3], [3, 4, 4])           // علي is a name, not the preposition على
        XCTAssertEqual(tags[4], [3])                 // a one-word name is left as it is
    }

    func testAFathersNameIsFollowedByTheFamilyName() {
        let model = SequenceTagger(tags: ["O", "B-ORG", "I-ORG", "B-PERS", "I-PERS"], groups: .all, lexicons: TaggerLexicons(),
                                   note: "", table: FeatureTable(capacity: 0), weights: [], transitions: [])
        let text = ["أ.", "محمود", "بن", "علي", "الاقصم", "ومدير"]
        let sentences = [text,
                         ["جامعة", "الإمام", "محمد", "بن", "سعود", "الإسلامية"],
                         ["صالح", "بن", "أحمد", "البالغ", "من", "العمر"],
                         ["محمد", "بن", "علي", "اليوم"],
                         ["محمد", "بن", "علي", "الدولي"],
                         ["دعا", "بن", "حلي", "الأطراف"]]
        var tags = [[0, 3, 4, 4, 0, 0],
                    [0, 0, 3, 4, 4, 0],
                    [3, 4, 4, 0, 0, 0],
                    [3, 4, 4, 0],
                    [3, 4, 4, 0],
                    [0, 3, 4, 0]]
        // The corpus writes الدولي 5,050 times: an adjective, not a family name.
        NameEdges.apply(&tags, bare: sentences.map { $0.map(KeyHash.word) }, model: model,
                        clitics: { s, k in sentences[s][k].hasPrefix("ال") ? .articleOnly : .none },
                        familyName: { s, k in
                            let u = Array(sentences[s][k].utf8)
                            return NameEdges.mayBeFamilyName(u, 0..<u.count)
                        })
        XCTAssertEqual(tags[0], [0, 3, 4, 4, 4, 0])     // محمود بن علي الاقصم
        XCTAssertEqual(tags[1], [0, 0, 3, 4, 4, 0])     // a prince's or imam's name takes none (… الإسلامية)
        XCTAssertEqual(tags[2], [3, 4, 4, 0, 0, 0])     // البالغ من العمر describes him
        XCTAssertEqual(tags[3], [3, 4, 4, 0])           // nor is a word of time a family name
        XCTAssertEqual(tags[4], [3, 4, 4, 0])           // nor a frequent adjective
        XCTAssertEqual(tags[5], [0, 3, 4, 0])           // بن حلي is a family name with no given name before it
    }

    func testTheWordBetweenAnHonorificAndANameIsTheGivenName() {
        let model = SequenceTagger(tags: ["O", "B-ORG", "I-ORG", "B-PERS", "I-PERS"], groups: .all, lexicons: TaggerLexicons(),
                                   note: "", table: FeatureTable(capacity: 0), weights: [], transitions: [])
        // مساعد is also "assistant": after الأستاذ and before a name it is his given name (the tagger left it out).
        let sentences = [["اعتماد", "الأستاذ", "مساعد", "الزويهري", "رئيسا"],
                         ["المهندس", "،", "محمد", "المجلي"],
                         ["الدكتور", "وفهد", "العتيبي"],
                         ["الدكتور", "مساعد", "الزويهري"]]
        var tags = [[0, 0, 0, 3, 0],
                    [0, 0, 3, 4],
                    [0, 0, 3],
                    [0, 3, 4]]
        // The clitics as the segmenter reads these words (، is no Arabic word, وفهد has و).
        let texts = sentences.map(TokenText.init)
        NameEdges.apply(&tags, bare: sentences.map { $0.map(KeyHash.word) }, model: model,
                        clitics: { s, k in texts[s].bytes.withUnsafeBufferPointer { NameEdges.clitics($0, texts[s].ranges[k], CliticSegmenter.standard) } },
                        familyName: { _, _ in true })
        XCTAssertEqual(tags[0], [0, 0, 3, 4, 0])     // الأستاذ مساعد الزويهري: مساعد joins the name
        XCTAssertEqual(tags[1], [0, 0, 3, 4])        // punctuation is no given name
        XCTAssertEqual(tags[2], [0, 0, 3])           // nor a word with a proclitic
        XCTAssertEqual(tags[3], [0, 3, 4])           // a name the tagger drew whole is left as it is
    }
}
