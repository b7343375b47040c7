import Testing
@testable import Actors

@Suite struct NameKeyTests {
    @Test func spellingsOfOneNameShareAKey() {
        #expect(NameKey.key("عبد اللهيان") == NameKey.key("عبداللهيان"))
        #expect(NameKey.key("عبد الله") == NameKey.key("عبدالله"))
        #expect(NameKey.key("مجلس الأمن الدولي") == NameKey.key("مجلس_أمن_دولي_"))
        #expect(NameKey.key("الأميركية") == NameKey.key("أميركي"))
        #expect(NameKey.key("إيران") == NameKey.key("ايران"))
        #expect(NameKey.key("سيرغي لافروف") != NameKey.key("سيرجي لافروف"))
        #expect(NameKey.looseKey("سيرغي لافروف") == NameKey.looseKey("سيرجي لافروف"))
        #expect(NameKey.looseKey("بوتين") == NameKey.looseKey("بوتن"))
        #expect(NameKey.key("") == "")
        #expect(NameKey.key("٢٠٢٣ -") == "2023")
        // The article is written with a bare alef: ألماني keeps its أل, and is the same word as الألماني.
        #expect(NameKey.key("ألماني") == NameKey.key("الألماني"))
        #expect(NameKey.key("ألبان") != NameKey.key("بأن"))
        #expect(KnowledgeBase.standard.nationality(key: NameKey.key("الألمانية"))?.id == "DEU")
        #expect(KnowledgeBase.standard.nationality(key: NameKey.key("بأنه")) == nil)
    }

    @Test func theWordHashIsTheHashOfTheKey() {
        for word in ["الأميركية", "وزارة", "عبدالله", "للولايات", "إيران", "باكو", "مُوسْكُو", "الـروسي", "ألماني", "إلياس"] {
            let bytes = Array(word.utf8)
            #expect(NameKey.wordHash(bytes, 0..<bytes.count) == NameKey.hash(ofKey: NameKey.key(word)), "\(word)")
        }
        let mixed = Array("abc-d".utf8)
        #expect(NameKey.wordHash(mixed, 0..<mixed.count) == nil)
    }
}
