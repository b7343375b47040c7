import XCTest
import ArabicText
@testable import Entities

final class TokenScoreCacheTests: XCTestCase {
    /// The memo's scores are the sums of every feature's weights, token by token, at sentence edges,
    /// for one- and two-token sentences, and when tokens evict each other from a tiny memo.
    func testScoresEqualTheSumOfEveryFeature() {
        let model = EntityRecognizer.standard.names
        let sentences = [
            "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني حسين أمير عبد اللهيان في موسكو .",
            "لافروف", "قال ظريف", "وقال لافروف إن موسكو وطهران تبحثان الاتفاق النووي مع مجلس الأمن الدولي أمس",
        ].map { $0.split(separator: " ").map(String.init) }
        let maker = TokenKeyMaker(segmenter: .standard, lexicons: model.lexicons)
        for bits in [1, 14] {
            let cache = TokenScoreCache(weights: model.packed, groups: model.groups, bits: bits)
            for tokens in sentences + sentences {
                let text = TokenText(tokens)
                var keys: [TokenKeys] = []
                text.bytes.withUnsafeBufferPointer { maker.keys($0, text.ranges, into: &keys) }
                let T = model.tags.count, n = keys.count
                var cached = [Float](repeating: 0, count: n * T), direct = cached, fs: [UInt64] = []
                keys.withUnsafeBufferPointer { k in
                    cached.withUnsafeMutableBufferPointer { cache.score(k, into: $0) }
                    direct.withUnsafeMutableBufferPointer { out in
                        for i in 0..<n {
                            features(k, i, model.groups, into: &fs)
                            for key in fs { model.packed.add(key, into: out, at: i * T) }
                        }
                    }
                }
                for (a, b) in zip(cached, direct) { XCTAssertEqual(a, b, accuracy: 1e-3 * max(1, abs(b)), "\(tokens)") }
                XCTAssertNotEqual(direct.max(), 0)
            }
        }
    }

    /// Keys of tokens met before come from the maker's memo and are the keys of a maker that never met them.
    func testRememberedKeysAreTheKeysReadAfresh() {
        let lexicons = EntityRecognizer.standard.names.lexicons
        let sentences = ["التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني في موسكو .", "وقال لافروف إن موسكو 2023 Moscow ،"]
            .map { TokenText($0.split(separator: " ").map(String.init)) }
        let reused = TokenKeyMaker(segmenter: .standard, lexicons: lexicons)
        for text in sentences + sentences {
            var remembered: [TokenKeys] = [], fresh: [TokenKeys] = []
            text.bytes.withUnsafeBufferPointer { p in
                reused.keys(p, text.ranges, into: &remembered)
                TokenKeyMaker(segmenter: .standard, lexicons: lexicons).keys(p, text.ranges, into: &fresh)
            }
            XCTAssertEqual(remembered.map(\.identity), fresh.map(\.identity))
        }
    }
}
