import Testing
import ArabicText

@Suite struct NormalizerTests {
    @Test func matchingFormRemovesDiacriticsAndUnifiesLetters() {
        let n = ArabicNormalizer()
        #expect(n.normalize("مُحَمَّد") == "محمد")
        #expect(n.normalize("الـــعرب") == "العرب")
        #expect(n.normalize("أإآٱ") == "اااا")
        #expect(n.normalize("إلى") == "الي")
        #expect(n.normalize("مدرسة") == "مدرسه")
        #expect(n.normalize("٢٠٢٣ و۱۴۰۲") == "2023 و1402")
    }

    @Test func scalarsOfEveryLengthPassThrough() {
        // One, two, three and four UTF-8 bytes: Latin, Arabic, a euro sign, an emoji.
        #expect(ArabicNormalizer().normalize("a بَ € 😀 ی") == "a ب € 😀 ي")
        #expect(ArabicNormalizer().normalize("") == "")
    }

    @Test func utf8EncodingAgreesWithSwiftForEveryScalar() {
        var out: [UInt8] = []
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            out.removeAll(keepingCapacity: true)
            UTF8Scalars.append(v, to: &out)
            if !out.elementsEqual(String(Character(scalar)).utf8) { Issue.record("U+\(String(v, radix: 16))"); return }
        }
    }

    @Test func punctuationIsKept() {
        #expect(ArabicNormalizer().normalize("نعم، لا؛ لماذا؟") == "نعم، لا؛ لماذا؟")
    }

    @Test func eachNormalizationCanBeSwitchedOff() {
        #expect(ArabicNormalizer(.matching.subtracting(.taMarbutaToHa)).normalize("مدرسة") == "مدرسة")
        #expect(ArabicNormalizer(.matching.subtracting(.unifyAlef)).normalize("أحمد") == "أحمد")
        #expect(ArabicNormalizer(.matching.subtracting(.stripDiacritics)).normalize("مُ") == "مُ")
        #expect(ArabicNormalizer(.matching.subtracting(.asciiDigits)).normalize("٣") == "٣")
        #expect(ArabicNormalizer(.matching.subtracting(.alefMaqsuraToYa)).normalize("على") == "على")
    }

    @Test func directionMarksAreDropped() {
        #expect(ArabicNormalizer().normalize("\u{200F}لافروف\u{200E}") == "لافروف")
        #expect(ArabicNormalizer().normalize("\u{061C}محمد\u{0610}\u{00AD}") == "محمد")
    }
}
