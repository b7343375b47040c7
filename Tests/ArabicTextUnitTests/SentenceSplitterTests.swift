import Testing
import ArabicText

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        var copy = text
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokenize(text)
        let spans = copy.withUTF8 { SentenceSplitter.standard.split($0, tokens: tokens) }
        return spans.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }

    @Test func splitsOnArabicAndLatinTerminals() {
        #expect(sentences("التقى الوزيران. هل اتفقا؟ نعم! انتهى") == ["التقى الوزيران.", "هل اتفقا؟", "نعم!", "انتهى"])
    }

    @Test func commaAndSemicolonDoNotSplit() {
        #expect(sentences("قال لافروف، في اللقاء؛ إن العلاقات جيدة.").count == 1)
    }

    @Test func quotedSentencesStayWithTheirQuote() {
        let text = "وقال إن بلاده «تعمل بنشاط. وآمل أن يساعد اجتماعنا». ثم غادر."
        #expect(sentences(text) == ["وقال إن بلاده «تعمل بنشاط. وآمل أن يساعد اجتماعنا».", "ثم غادر."])
    }

    @Test func closingQuoteJoinsTheSentence() {
        #expect(sentences("قال: \"انتهى الأمر.\" وغادر.") == ["قال: \"انتهى الأمر.\"", "وغادر."])
    }

    @Test func unclosedQuoteDoesNotSwallowTheParagraph() {
        #expect(sentences("قال «انتهى الأمر. وغادر.").count == 2)
    }

    @Test func abbreviationsAndDecimalsDoNotSplit() {
        #expect(sentences("قال د. أحمد إن النمو بلغ 3.5 في المئة.").count == 1)
        #expect(sentences("وصل Dr. Smith أمس.").count == 1)
    }

    @Test func yearWithEraLetterEndsSentence() {
        #expect(sentences("وقع ذلك عام 2015م. ثم تغير").count == 2)
    }

    @Test func paragraphBreakAlwaysSplits() {
        #expect(sentences("عنوان بلا نقطة\nنص المقال.") == ["عنوان بلا نقطة", "نص المقال."])
    }
}
