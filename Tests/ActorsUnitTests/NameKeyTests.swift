import Testing
@testable import Actors
import MarsadCore

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

@Suite struct WordHashTableTests {
    @Test func aWordHashMapAgreesWithADictionary() {
        var generator = SystemRandomNumberGenerator()
        var reference: [UInt64: Int] = [:]
        var map = WordHashMap<Int>()
        for i in 0..<5_000 {
            let key = i % 7 == 0 ? UInt64(i) : UInt64.random(in: 0...UInt64.max, using: &generator)   // small keys and 0 too
            reference[key] = i
            map[key] = i
        }
        #expect(map.count == reference.count)
        #expect(reference.allSatisfy { map[$0.key] == $0.value })
        for _ in 0..<5_000 {
            let probe = UInt64.random(in: 0...UInt64.max, using: &generator)
            #expect(map[probe] == reference[probe])
        }
        let set = WordHashSet(reference.keys)
        #expect(reference.keys.allSatisfy(set.contains) && set.count == reference.count && !set.contains(UInt64(5_001)))
    }

    @Test func decimalsAreWrittenWithoutTrailingZeros() {
        #expect(Resolution.decimal(55.7558, places: 4) == "55.7558")
        #expect(Resolution.decimal(37.62, places: 4) == "37.62")
        #expect(Resolution.decimal(12, places: 4) == "12")
        #expect(Resolution.decimal(-3.14159, places: 2) == "-3.14")
        #expect(Resolution.decimal(-0.00004, places: 4) == "0")
        #expect(Resolution.decimal(0.05, places: 2) == "0.05")
        #expect(Resolution.decimal(0.999, places: 2) == "1")
        #expect(Resolution.decimal(-122.4194, places: 4) == "-122.4194")
    }
}
