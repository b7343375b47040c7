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
        NameEdges.apply(&tags, bare: sentences.map { $0.map(KeyHash.word) }, model: model)
        XCTAssertEqual(tags[0], [1, 2, 2, 0, 3])     // (و)الدكتور is the next person's honorific
        XCTAssertEqual(tags[1], [1, 2, 2, 0])        // a relative pronoun ends no name
        XCTAssertEqual(tags[2], [3, 4, 4, 4, 4, 0])  // آل takes the family name in
        XCTAssertEqual(tags[3], [3, 4, 4])           // علي is a name, not the preposition على
        XCTAssertEqual(tags[4], [3])                 // a one-word name is left as it is
    }
}
