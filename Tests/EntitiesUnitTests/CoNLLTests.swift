import XCTest
import MarsadCore
@testable import Entities

final class CoNLLTests: XCTestCase {
    private func error(_ text: String, _ options: CoNLL.Options = .init()) -> String {
        do { _ = try CoNLL.read(text, options: options, origin: "f.txt"); return "no error" } catch { return "\(error)" }
    }

    func testReadsSentencesWithCRLFTabsAndDirectionMarks() throws {
        let s = try CoNLL.read("\u{200E}موسكو\tB-LOC\r\nو O\r\n\t\r\nلافروف B-PERS\n", origin: "f")
        XCTAssertEqual(s.map(\.tokens), [["موسكو", "و"], ["لافروف"]])
        XCTAssertEqual(s.map { $0.tags.map { $0[0] } }, [["B-LOC", "O"], ["B-PERS"]])
        XCTAssertEqual(s[1].line, 4)
    }

    func testMalformedLinesNameTheLine() {
        XCTAssertEqual(error("موسكو B-LOC\nلافروف\n"), "f.txt:2: missing tag after token \"لافروف\"")
        XCTAssertEqual(error("موسكو X-LOC\n"), "f.txt:1: unknown tag \"X-LOC\"")
        XCTAssertTrue(error("a O\n\nالصالحية ونايفة O\n").hasPrefix("f.txt:3: 3 columns"))
        XCTAssertTrue(error(String(repeating: "كلمة O\n", count: 20_001)).contains("no blank line between sentences"))
        XCTAssertThrowsError(try CoNLL.read("a B-PERS\n", tagSet: ["O", "B-LOC"], origin: "f")) { e in
            XCTAssertEqual("\(e)", "f:1: unknown tag \"B-PERS\"")
        }
    }

    func testExtraColumnsJoinWhenAskedAndLayersAreRead() throws {
        let joined = try CoNLL.read("الصالحية ونايفة O\n", options: .init(joinExtraColumns: true))
        XCTAssertEqual(joined[0].tokens, ["الصالحية ونايفة"])
        let layered = try CoNLL.read("اللجنة I-OCC B-ORG\n", options: .init(maxTagColumns: 4))
        XCTAssertEqual(layered[0].tags, [["I-OCC", "B-ORG"]])
    }

    func testTrainingDataMapsTypesAndPicksTheFirstKeptLayer() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-conll-\(UUID().uuidString).txt")
        try "وزير B-OCC\nالتربية I-OCC B-ORG\nفي O\nنابلس B-GPE\n\nطهران B-Nation\n".write(to: dir, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: dir) }
        let names = try TrainingData.standard.read(dir.path, types: ["PERS", "LOC", "ORG", "MISC"])
        XCTAssertEqual(names.map(\.tags), [["O", "B-ORG", "O", "B-LOC"], ["B-LOC"]])
        let titles = try TrainingData.standard.read(dir.path + "@0-50", types: ["TITLE", "NORP"])
        XCTAssertEqual(titles.map(\.tags), [["B-TITLE", "I-TITLE", "O", "O"]])
    }
}
