import XCTest
@testable import Entities

final class DocumentConsistencyTests: XCTestCase {
    func testNamesAgreeAcrossADocument() {
        let model = SequenceTagger(tags: ["O", "B-LOC", "I-LOC", "B-PERS", "I-PERS"], groups: .all, lexicons: TaggerLexicons(),
                                   note: "", table: FeatureTable(capacity: 0), weights: [], transitions: [])
        let sentences = [["حسين", "أمير", "عبد", "اللهيان", "و", "لافروف"],
                         ["قال", "أمير", "عبد", "اللهيان"],
                         ["لافروف", "في", "موسكو"],
                         ["التقى", "لافروف"],
                         ["ثم", "لافروف"]]
        // O=0, B-LOC=1, I-LOC=2, B-PERS=3, I-PERS=4
        let tags = [[3, 4, 4, 4, 0, 3],
                    [0, 0, 3, 4],
                    [1, 0, 1],      // لافروف as LOC
                    [0, 0],         // and left untagged
                    [0, 0]]
        let bare = sentences.map { $0.map(KeyHash.word) }
        // لافروف: PERS in sentence 0 only, LOC in sentence 2: a tie, so nothing changes for it.
        var tied = tags
        DocumentConsistency.apply(&tied, bare: bare, model: model)
        XCTAssertEqual(tied[2], [1, 0, 1])
        // The short mention takes in أمير from the long one.
        XCTAssertEqual(tied[1], [0, 3, 4, 4])

        // With one more PERS vote, the LOC reading gives way and the untagged occurrence is tagged.
        var majority = tags
        majority[3] = [0, 3]
        DocumentConsistency.apply(&majority, bare: bare, model: model)
        XCTAssertEqual(majority[2], [3, 0, 1])
        XCTAssertEqual(majority[4], [0, 3])
    }
}
