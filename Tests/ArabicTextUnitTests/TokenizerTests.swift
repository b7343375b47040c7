import Testing
import ArabicText

@Suite struct TokenizerTests {
    func tokens(_ text: String) -> [(String, TokenKind)] {
        let bytes = Array(text.utf8)
        return Tokenizer.tokenize(text).map { (String(decoding: bytes[$0.start..<$0.end], as: UTF8.self), $0.kind) }
    }

    @Test func wordsNumbersAndPunctuation() {
        let t = tokens("التقى لافروف، الأربعاء 29/3/2023 في موسكو.")
        #expect(t.map(\.0) == ["التقى", "لافروف", "،", "الأربعاء", "29/3/2023", "في", "موسكو", "."])
        #expect(t.map(\.1) == [.word, .word, .punctuation, .word, .number, .word, .word, .punctuation])
    }

    @Test func arabicIndicDigitsAndDecimals() {
        #expect(tokens("٢٠٢٣/٣/٢٩ و3.5 و17:00").map(\.0) == ["٢٠٢٣/٣/٢٩", "و", "3.5", "و", "17:00"])
    }

    @Test func numberGluedToLetterSplits() {
        #expect(tokens("2015م").map(\.1) == [.number, .word])
    }

    @Test func latinAndURLs() {
        let t = tokens("قالت CNN عبر https://example.com/a?b=1، وwww.alaraby.co.uk.")
        #expect(t.map(\.0) == ["قالت", "CNN", "عبر", "https://example.com/a?b=1", "،", "و", "www.alaraby.co.uk", "."])
        #expect(t[1].1 == .latin)
        #expect(t[3].1 == .url)
    }

    @Test func urlEndingInArabicAtTheEndOfTheText() {
        let t = tokens("انظر https://ar.wikipedia.org/wiki/مصر")
        #expect(t.map(\.0) == ["انظر", "https://ar.wikipedia.org/wiki/مصر"])
        #expect(t[1].1 == .url)
    }

    @Test func diacriticsAndTatweelStayInsideWords() {
        #expect(tokens("مُحَمَّد الـعرب").map(\.0) == ["مُحَمَّد", "الـعرب"])
    }

    @Test func directionMarksSeparateButAreNotTokens() {
        #expect(tokens("\u{200F}لافروف\u{200E} Lavrov").map(\.0) == ["لافروف", "Lavrov"])
    }

    @Test func dotsRunIsOneToken() {
        #expect(tokens("ماذا...").map(\.0) == ["ماذا", "..."])
    }
}
