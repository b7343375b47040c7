import XCTest
@testable import Entities

final class EntityScoreTests: XCTestCase {
    func testSpansFollowConllevalRules() {
        XCTAssertEqual(EntitySpans.spans(["B-PERS", "I-PERS", "O", "B-LOC"]),
                       [TokenSpan(start: 0, end: 2, type: "PERS"), TokenSpan(start: 3, end: 4, type: "LOC")])
        // A stray I- after O starts an entity; a type change ends one.
        XCTAssertEqual(EntitySpans.spans(["O", "I-ORG", "I-LOC", "B-LOC", "I-LOC"]),
                       [TokenSpan(start: 1, end: 2, type: "ORG"), TokenSpan(start: 2, end: 3, type: "LOC"),
                        TokenSpan(start: 3, end: 5, type: "LOC")])
    }

    /// Worked by hand: gold has PERS(0-2), LOC(3), ORG(5-7); the prediction gets PERS right, LOC with the
    /// wrong type (as ORG), and ORG with a wrong boundary, and invents a MISC.
    func testScoreByHand() {
        var score = EntityScore()
        score.add(gold: ["B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O"],
                  predicted: ["B-PERS", "I-PERS", "O", "B-ORG", "O", "B-ORG", "O", "B-MISC"])
        XCTAssertEqual(score.all, EntityScore.Counts(gold: 3, predicted: 4, correct: 1))
        XCTAssertEqual(score.all.precision, 25, accuracy: 1e-9)
        XCTAssertEqual(score.all.recall, 100.0 / 3, accuracy: 1e-9)
        let p = 25.0, r = 100.0 / 3
        XCTAssertEqual(score.all.f1, 2 * p * r / (p + r), accuracy: 1e-9)
        XCTAssertEqual(score.byType["PERS"], EntityScore.Counts(gold: 1, predicted: 1, correct: 1))
        XCTAssertEqual(score.byType["ORG"], EntityScore.Counts(gold: 1, predicted: 2, correct: 0))
        XCTAssertEqual(score.byType["LOC"]?.recall, 0)
        XCTAssertEqual(score.correctTags, 5)
        XCTAssertTrue(score.report().contains("PERS"))
    }
}
