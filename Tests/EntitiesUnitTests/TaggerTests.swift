import XCTest
import ArabicText
import MarsadCore
@testable import Entities

final class TaggerTests: XCTestCase {
    /// A toy corpus where names follow "قال" and places follow "في".
    private func toyModel(seed: UInt64 = 1) -> SequenceTagger {
        let data: [(tokens: [String], tags: [String])] = [
            (["قال", "أحمد", "في", "بغداد"], ["O", "B-PERS", "O", "B-LOC"]),
            (["قال", "سمير", "في", "دمشق"], ["O", "B-PERS", "O", "B-LOC"]),
            (["قال", "خالد", "حسن", "في", "عمان"], ["O", "B-PERS", "I-PERS", "O", "B-LOC"]),
        ]
        var trainer = PerceptronTrainer()
        trainer.epochs = 5
        trainer.seed = seed
        return trainer.train(data, tags: ["O", "B-LOC", "I-LOC", "B-PERS", "I-PERS"], lexicons: TaggerLexicons(), note: "toy")
    }

    func testLearnsAndIsDeterministic() throws {
        let model = toyModel()
        XCTAssertEqual(model.tag(tokens: ["قال", "أحمد", "في", "دمشق"], scratch: model.makeScratch()),
                       ["O", "B-PERS", "O", "B-LOC"])
        XCTAssertEqual(model.serialized(), toyModel().serialized())
    }

    func testEmptyAndVeryLongSentences() {
        let model = toyModel()
        XCTAssertEqual(model.tag(tokens: [], scratch: model.makeScratch()), [])
        let long = (0..<10_000).map { ["قال", "أحمد", "في", "بغداد"][$0 % 4] }
        let tags = model.tag(tokens: long, scratch: model.makeScratch())
        XCTAssertEqual(tags.count, 10_000)
        XCTAssertEqual(tags[1], "B-PERS")
    }

    func testModelFileRoundTripAndCorruption() throws {
        let bytes = toyModel().serialized()
        let loaded = try SequenceTagger.load(bytes, origin: "m")
        XCTAssertEqual(loaded.serialized(), bytes)
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0xFF
        XCTAssertThrowsError(try SequenceTagger.load(flipped, origin: "m")) { XCTAssertTrue("\($0)".contains("corrupt")) }
        XCTAssertThrowsError(try SequenceTagger.load(Array(bytes.prefix(100)), origin: "m"))
        XCTAssertThrowsError(try SequenceTagger.load(Array("hello".utf8), origin: "m")) { XCTAssertTrue("\($0)".contains("not a Marsad NER model")) }
        XCTAssertThrowsError(try SequenceTagger.load(path: "/nonexistent/model")) { XCTAssertTrue("\($0)".contains("cannot read")) }
    }

    /// The bundled models on sentences from the two reference articles.
    func testBundledModelsOnReferenceSentences() {
        let sentences = [
            "التقى وزير الخارجية الإيراني حسين أمير عبد اللهيان، نظيره الروسي سيرغي لافروف في موسكو، الأربعاء.",
            "وقال أمير عبد اللهيان إن العلاقات بين إيران وروسيا تتطور.",
            "أجرى وزير الخارجية الروسي سيرغي لافروف محادثات مع نظيره الإيراني محمد جواد ظريف في موسكو.",
            "وقال ظريف إن طهران تنسق مع موسكو في مواجهة ضغوط واشنطن، وإن الرئيس فلاديمير بوتين يدعم ذلك.",
            "ودعا لافروف مجلس الأمن الدولي إلى التحرك.",
        ]
        var found = Set<String>()
        for s in sentences {
            let text = Array(s.utf8)
            let tokens = Tokenizer.tokenize(s)
            for e in EntityRecognizer.standard.entities(text, tokens: tokens, sentences: [ByteSpan(0, text.count)]) {
                found.insert("\(e.type) \(String(decoding: text[e.span.start..<e.span.end], as: UTF8.self))")
            }
        }
        for expected in ["PERSON لافروف", "PERSON أمير عبد اللهيان", "PERSON محمد جواد ظريف", "PERSON ظريف",
                         "LOC موسكو", "LOC طهران", "LOC واشنطن", "LOC روسيا", "ORG مجلس الأمن الدولي", "NORP الإيراني"] {
            XCTAssertTrue(found.contains(expected), "missing \(expected) in \(found.sorted())")
        }
        XCTAssertTrue(found.contains { $0.hasPrefix("PERSON") && $0.hasSuffix("بوتين") }, "\(found.sorted())")
        XCTAssertTrue(found.contains { $0.hasPrefix("TITLE وزير الخارجية") }, "\(found.sorted())")
    }

    /// A mention starts after its proclitics (وروسيا → روسيا), but a ب that would leave two letters is the name's own.
    func testAMentionStartsAfterItsProclitics() {
        func starts(_ s: String) -> [String] {
            let text = Array(s.utf8)
            return EntityRecognizer.standard.entities(text, tokens: Tokenizer.tokenize(s), sentences: [ByteSpan(0, text.count)])
                .map { String(decoding: text[$0.span.start..<$0.span.end], as: UTF8.self) }
        }
        XCTAssertTrue(starts("وقال الوزير إن العلاقات بين إيران وروسيا تتطور.").contains("روسيا"))
        let names = starts("وقال الأمين العام للأمم المتحدة بان كي مون إن الوضع خطير.")
        XCTAssertFalse(names.contains { $0.hasPrefix("ان ") }, "\(names)")
        // Nor is a person named by the article and two letters: بالمر is Palmer, not ب + المر ("the bitter").
        let palmer = starts("وأكد بالمر في البيان الذي نشره أمس أنه لم يكن يعلم.")
        XCTAssertTrue(palmer.contains("بالمر") && !palmer.contains("المر"), "\(palmer)")
    }
}
