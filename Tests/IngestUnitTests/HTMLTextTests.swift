import Testing
@testable import Ingest

@Suite struct HTMLTextTests {
    @Test func pageBecomesParagraphs() {
        let html = """
        <!DOCTYPE html><html><head><title>موقع | عنوان</title><script>var a = "<p>x</p>";</script></head>
        <body><nav>الرئيسية سياسة</nav><h1>لافروف يلتقي عبد اللهيان</h1>
        <figure><img src="a.jpg"><figcaption>الوزيران في موسكو (رويترز)</figcaption></figure>
        <p>التقى وزير الخارجية الروسي نظيره الإيراني &laquo;في موسكو&raquo; &amp; بحثا العلاقات.</p>
        <p>وأكد الوزيران أهمية التعاون.</p><footer>جميع الحقوق محفوظة</footer></body></html>
        """
        let article = RawArticle(origin: "t", body: Array(html.utf8), format: .html)
        let cleaned = article.cleaned()
        #expect(cleaned.title == "لافروف يلتقي عبد اللهيان")
        #expect(text(cleaned.text) == "التقى وزير الخارجية الروسي نظيره الإيراني «في موسكو» & بحثا العلاقات.\nوأكد الوزيران أهمية التعاون.")
        let reasons = Set(cleaned.removed.map(\.reason))
        #expect(reasons == [.html, .boilerplate, .caption, .title])
        // Removed offsets point into the raw page.
        let raw = Array(html.utf8)
        let caption = cleaned.removed.first { $0.reason == .caption }!
        #expect(text(Array(raw[caption.span.start..<caption.span.end])) == "الوزيران في موسكو (رويترز)")
    }

    @Test func titleTagWhenThereIsNoH1() {
        let html = "<html><head><meta charset='utf-8'><title>لافروف في موسكو</title></head><body><p>نص الخبر.</p></body></html>"
        let cleaned = RawArticle(origin: "t", body: Array(html.utf8), format: .html).cleaned()
        #expect(cleaned.title == "لافروف في موسكو")
        #expect(text(cleaned.text) == "نص الخبر.")
    }

    /// Every non-space byte of the page is in the text (entities decoded) or in a removed span.
    @Test func htmlCleaningIsLossless() {
        let html = "<html><body><p>اقرأ أيضاً: خبر آخر &raquo;</p>\n<p>نص الخبر &amp; تفاصيله.</p><svg viewBox='0 0 1 1'/><p>ختام الخبر.</p></body></html>"
        let raw = Array(html.utf8)
        let cleaned = RawArticle(origin: "t", body: raw, format: .html).cleaned()
        #expect(text(cleaned.text) == "نص الخبر & تفاصيله.\nختام الخبر.")
        var covered = [Bool](repeating: false, count: raw.count)
        for r in cleaned.removed { for i in r.span.start..<r.span.end { covered[i] = true } }
        let left = String(decoding: raw.indices.filter { !covered[$0] }.map { raw[$0] }, as: UTF8.self)
        #expect(left.replacingOccurrences(of: "&amp;", with: "&").filter { !$0.isWhitespace } == text(cleaned.text).filter { !$0.isWhitespace })
        #expect(cleaned.removed.first { $0.reason == .boilerplate }.map { text(Array(raw[$0.span.start..<$0.span.end])) } == "اقرأ أيضاً: خبر آخر &raquo;")
    }

    @Test func markupOnlyPageHasNoText() {
        let article = RawArticle(origin: "t", body: Array("<html><body><div><img src='x.png'></div></body></html>".utf8), format: .html)
        #expect(article.cleaned().text.isEmpty)
    }

    @Test func truncatedTagIsDropped() {
        let article = RawArticle(origin: "t", body: Array("<p>نص الخبر.</p><img src=\"x".utf8), format: .html)
        #expect(text(article.cleaned().text) == "نص الخبر.")
    }
}
