import Testing
import ArabicText

@Suite struct CliticSegmenterTests {
    func segments(_ word: String) -> [String] {
        var copy = word
        return copy.withUTF8 { CliticSegmenter.standard.segments($0, 0..<$0.count).segments }
    }

    @Test func proclitics() {
        #expect(segments("وبالعلاقات") == ["و", "ب", "ال", "علاقات"])
        #expect(segments("والاتفاق") == ["و", "ال", "اتفاق"])
        #expect(segments("سيكون") == ["س", "يكون"])
        #expect(segments("وقال") == ["و", "قال"])
    }

    @Test func enclitics() {
        #expect(segments("نظيره") == ["نظير", "ه"])
        #expect(segments("لها") == ["ل", "ها"])
        #expect(segments("بلاده") == ["بلاد", "ه"])
    }

    @Test func restoredLetters() {
        #expect(segments("للسلطة") == ["ل", "ال", "سلطه"])    // ل + ال written لل
        #expect(segments("حكومته") == ["حكومه", "ه"])         // ة written ت before a pronoun
        #expect(segments("عليه") == ["علي", "ه"])             // على written علي before a pronoun
    }

    @Test func wordsThatOnlyLookCliticized() {
        #expect(segments("كانت") == ["كانت"])
        #expect(segments("وزير") == ["وزير"])
        #expect(segments("الله") == ["الله"])
        #expect(segments("بين") == ["بين"])
        // A definite noun takes no possessive pronoun: a nisba adjective, not الحيوان + ي.
        #expect(segments("الحيواني") == ["ال", "حيواني"])
    }

    @Test func diacritizedInputSegmentsLikeBare() {
        #expect(segments("وَبِالعَلاقاتِ") == ["و", "ب", "ال", "علاقات"])
    }

    @Test func scratchPathAgreesWithTheRenderingPath() {
        let scratch = SegmentationScratch(memoBits: 4)
        let text = "وبالعلاقات نظيره للسلطة حكومته عليه كانت الحيواني وَبِالعَلاقاتِ لها سيكون مستواه أعدائه وبالعلاقات نظيره"
        var copy = text
        let tokens = Tokenizer.tokenize(text)
        copy.withUTF8 { p in
            for t in tokens where t.kind == .word {
                #expect(CliticSegmenter.standard.segment(p, t.start..<t.end, scratch: scratch)
                        == CliticSegmenter.standard.segments(p, t.start..<t.end).segmentation)
            }
        }
    }

    @Test func normIsTheMatchingForm() {
        var word = "لإيران"
        let result = word.withUTF8 { CliticSegmenter.standard.segments($0, 0..<$0.count) }
        #expect(result.norm == "لايران")
    }
}
