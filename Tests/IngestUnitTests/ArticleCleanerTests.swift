import Foundation
import Testing
@testable import Ingest

/// The reference articles ship in Examples/.
func example(_ name: String) throws -> [UInt8] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return [UInt8](try Data(contentsOf: root.appendingPathComponent("Examples").appendingPathComponent(name)))
}

func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

@Suite struct ArticleCleanerTests {
    let cleaner = ArticleCleaner(findsTitleAndByline: true)

    func removed(_ raw: [UInt8], _ cleaned: CleanedArticle, _ reason: RemovalReason) -> [String] {
        cleaned.removed.filter { $0.reason == reason }.map { text(Array(raw[$0.span.start..<$0.span.end])) }
    }

    @Test func firstReferenceArticle() throws {
        let raw = try example("000_bdd916e99efcfc1a.txt")
        let cleaned = cleaner.clean(raw)
        let body = text(cleaned.text)
        #expect(cleaned.title == "أمير عبد اللهيان يلتقي لافروف في موسكو: تنامي العلاقات الثنائية وسط مخاوف غربية")
        #expect(cleaned.byline == "صابر غل عنبري")
        // The caption goes; the sentence fused behind it stays and opens the body.
        #expect(removed(raw, cleaned, .caption) == ["<لافروف وعبد اللهيان خلال مؤتمر صحافي مشترك في موسكو (أسوشييتد برس)"])
        #expect(body.hasPrefix("التقى وزير الخارجية الإيراني، حسين أمير عبد اللهيان، الأربعاء"))
        // The image residue goes; the sentence before it keeps its period.
        #expect(removed(raw, cleaned, .html).count == 1)
        #expect(removed(raw, cleaned, .html)[0].hasPrefix("img src=\"https://www.alaraby.co.uk/"))
        #expect(body.contains("بين رئيسي إيران وروسيا.\nالتعاون الروسي الإيراني وتطورات القوقاز\n"))
        #expect(!body.contains("img src") && !body.contains("alt="))
        #expect(removed(raw, cleaned, .footer) == ["تنويه: جميع المقالات المنشورة تمثل رأي كتابها فقط", ",",
                                                   "Read our Privacy Policy by clicking here"])
        #expect(body.hasSuffix("تنظر إليه كتهديد."))
        let headings = cleaned.paragraphs.filter(\.isHeading).map { text(Array(cleaned.text[$0.span.start..<$0.span.end])) }
        #expect(headings == ["التعاون الروسي الإيراني وتطورات القوقاز", "الحرب في أوكرانيا", "الاتفاق مع السعودية"])
    }

    @Test func secondReferenceArticleLosesNothing() throws {
        let raw = try example("002_2472718d78e8a15d.txt")
        let cleaned = cleaner.clean(raw)
        #expect(cleaned.title == "موسكو وطهران لتعزيز التنسيق في مواجهة «ضغوط» واشنطن")
        #expect(cleaned.byline == nil)
        #expect(cleaned.removed.map(\.reason) == [.title])
        let lines = text(raw).split(separator: "\n").dropFirst().filter { !$0.isEmpty }
        #expect(text(cleaned.text) == lines.joined(separator: "\n"))
    }

    /// Every non-space character of the raw input is either in the text or in a removed span.
    @Test(arguments: ["000_bdd916e99efcfc1a.txt", "002_2472718d78e8a15d.txt"])
    func cleaningIsLossless(_ name: String) throws {
        let raw = try example(name)
        let cleaned = cleaner.clean(raw)
        var covered = [Bool](repeating: false, count: raw.count)
        for r in cleaned.removed { for i in r.span.start..<r.span.end { covered[i] = true } }
        for piece in cleaned.pieces {
            #expect(Array(raw[piece.raw..<(piece.raw + piece.length)]) == Array(cleaned.text[piece.clean..<(piece.clean + piece.length)]))
            for i in piece.raw..<(piece.raw + piece.length) { covered[i] = true }
        }
        let uncovered = raw.indices.filter { !covered[$0] && ![0x20, 0x0A, 0x0D, 0x09].contains(raw[$0]) }
        #expect(uncovered.isEmpty)
    }

    @Test func wholeLineCaptionAndMidArticleBoilerplate() {
        let raw = Array("""
        عنوان الخبر
        الرئيس يصل إلى المطار (رويترز)
        وصل الرئيس إلى العاصمة صباح اليوم في زيارة رسمية تستمر يومين يلتقي خلالها كبار المسؤولين.
        اقرأ أيضاً: الرئيس يغادر
        وأكد الرئيس أهمية الزيارة للعلاقات بين البلدين في المجالات كافة.
        """.utf8)
        let cleaned = cleaner.clean(raw)
        #expect(cleaned.title == "عنوان الخبر")
        #expect(cleaned.removed.map(\.reason) == [.title, .caption, .boilerplate])
        #expect(text(cleaned.text).hasPrefix("وصل الرئيس"))
    }

    @Test func aSitesKeywordListAfterTheLastSentenceIsFooter() {
        let raw = Array("عنوان\nوأعلنت المديرية أن التحقيق مستمر. وقال المتحدث إن النتائج ستعلن لاحقا. سمات الجوازات وافدون وثيقة سفر".utf8)
        let cleaned = cleaner.clean(raw)
        #expect(removed(raw, cleaned, .footer) == ["سمات الجوازات وافدون وثيقة سفر"])
        #expect(text(cleaned.text) == "وأعلنت المديرية أن التحقيق مستمر. وقال المتحدث إن النتائج ستعلن لاحقا.")
        // The word in a sentence, or a list that does not follow the end of one, stays.
        for body in ["وتابع أن الدقة من سمات بعض السيارات الحديثة", "وقال المتحدث إن النتائج ستعلن لاحقا. سمات المرحلة، كما قال، واضحة"] {
            let kept = cleaner.clean(Array(("عنوان\n" + body).utf8))
            #expect(text(kept.text) == body && kept.removed.filter { $0.reason == .footer }.isEmpty)
        }
    }

    @Test func creditInsideABodySentenceStays() {
        let raw = Array("قال مسؤول لوكالة (رويترز) إن الاجتماع سيعقد غداً في العاصمة بحضور الوزراء.\nوأضاف أن التحضيرات جارية.".utf8)
        let cleaned = ArticleCleaner(findsTitleAndByline: false).clean(raw)
        #expect(cleaned.removed.isEmpty)
        #expect(cleaned.text == raw)
    }

    @Test func oneLineArticleIsAllBody() {
        let cleaned = cleaner.clean(Array("خبر قصير من سطر واحد.".utf8))
        #expect(cleaned.title == nil)
        #expect(text(cleaned.text) == "خبر قصير من سطر واحد.")
    }

    @Test func boilerplatePhrasesMatchWholeWordsOnly() {
        let raw = Array("اشترك في المؤتمر ممثلون عن 20 دولة.\nSubscribers grew this year.\nاقرأ أيضاً: خبر آخر".utf8)
        let cleaned = ArticleCleaner(findsTitleAndByline: false).clean(raw)
        #expect(text(cleaned.text) == "اشترك في المؤتمر ممثلون عن 20 دولة.\nSubscribers grew this year.")
        #expect(cleaned.removed.map(\.reason) == [.footer])
    }

    @Test func removedSpansAreDisjoint() {
        let raw = Array("نص الخبر الكامل هنا.\n<b>تنويه:</b> جميع المقالات المنشورة تمثل رأي كتابها".utf8)
        let cleaned = ArticleCleaner(findsTitleAndByline: false).clean(raw)
        #expect(cleaned.removed.map(\.reason) == [.footer])
        #expect(text(Array(raw[cleaned.removed[0].span.start..<cleaned.removed[0].span.end])).hasPrefix("<b>تنويه:</b>"))
    }

    @Test func inlineTagsAreRemoved() {
        let raw = Array("قال الوزير <b>إن</b> العلاقات جيدة.<br/>وأضاف أن التعاون مستمر.".utf8)
        let cleaned = ArticleCleaner(findsTitleAndByline: false).clean(raw)
        #expect(text(cleaned.text) == "قال الوزير إن العلاقات جيدة. وأضاف أن التعاون مستمر.")
        #expect(cleaned.removed.allSatisfy { $0.reason == .html })
    }

    /// Counting words eight bytes at a time must agree with counting scalar by scalar, on lines that
    /// mix Arabic, Latin, digits, tabs, Unicode spaces, format controls and U+061C.
    @Test func chunkedWordCountAgreesWithScalarCount() {
        let pieces = ["ب", "سلام", " ", "  ", "\t", "abc", "2015", "،", "\u{00A0}", "\u{200F}", "\u{061C}", "é", "ـ", "؟", "\u{3000}"]
            .map { Array($0.utf8) }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...60, using: &generator) {
                let k = Int.random(in: 0..<100, using: &generator)
                bytes += k < 80 ? pieces[k % 3] : pieces[k % pieces.count]
            }
            let cut = Int.random(in: 0...bytes.count, using: &generator)
            // Two ranges of one line, split at a scalar boundary, as markup removal leaves them.
            var split = cut
            while split < bytes.count && bytes[split] & 0xC0 == 0x80 { split += 1 }
            let ranges = [0..<split, split..<bytes.count]
            let cap = Int.random(in: 1...30, using: &generator)
            bytes.withUnsafeBufferPointer { p in
                let chunked = ArticleCleaner.wordCount(p, ranges, cap: cap)
                let plain = ArticleCleaner.wordCount(p, ranges, cap: cap, chunked: false)
                #expect(chunked == plain, "\(text(bytes)) cap \(cap)")
            }
        }
    }
}
