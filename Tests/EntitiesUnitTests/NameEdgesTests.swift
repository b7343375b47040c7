import XCTest
@testable import Entities

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
        NameEdges.apply(&tags, bare: sentences.map { $0.map(KeyHash.word) }, proclitics: sentences.map { $0.map { _ in 0 } }, model: model)
        XCTAssertEqual(tags[0], [1, 2, 2, 0, 3])     // (و)الدكتور is the next person's honorific
        XCTAssertEqual(tags[1], [1, 2, 2, 0])        // a relative pronoun ends no name
        XCTAssertEqual(tags[2], [3, 4, 4, 4, 4, 0])  // آل takes the family name in
        XCTAssertEqual(tags[3], [3, 4, 4])           // علي is a name, not the preposition على
        XCTAssertEqual(tags[4], [3])                 // a one-word name is left as it is
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
        let article = KeyHash.add(KeyHash.of([UInt32]()), 1), and = KeyHash.add(KeyHash.of([0x0648 as UInt32]), 0)
        let proclitics: [[UInt64]] = [[0, article, 0, article, 0], [article, NameEdges.notAWord, 0, article], [article, and, article], [article, 0, article]]
        NameEdges.apply(&tags, bare: sentences.map { $0.map(KeyHash.word) }, proclitics: proclitics, model: model)
        XCTAssertEqual(tags[0], [0, 0, 3, 4, 0])     // الأستاذ مساعد الزويهري: مساعد joins the name
        XCTAssertEqual(tags[1], [0, 0, 3, 4])        // punctuation is no given name
        XCTAssertEqual(tags[2], [0, 0, 3])           // nor a word with a proclitic
        XCTAssertEqual(tags[3], [0, 3, 4])           // a name the tagger drew whole is left as it is
    }
}
