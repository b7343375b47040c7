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
}
