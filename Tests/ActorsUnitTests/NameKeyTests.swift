import Testing
@testable import Actors
import MarsadCore
import ArabicText
import Foundation

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

    /// The one-pass keys agree with the keys built word by word (`render(words(_:))`, and `looseWord` on each
    /// word for the loose key) on every name of the knowledge base and on every run of one to four tokens of the examples.
    @Test func theOnePassKeyIsTheWordByWordKey() throws {
        let kb = KnowledgeBase.standard
        var texts = kb.actors.flatMap { [$0.nameAr] + $0.variants } + kb.places.flatMap(\.variants)
        texts += ["عبد عبد الله", "عبد", "لل", "للولايات المتحدة", "الأميركية-الروسية", "وعبدالرحمن", "ـ", "٢٠٢٣ -", " "]
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples")
        for file in ["000_bdd916e99efcfc1a.txt", "002_2472718d78e8a15d.txt"] {
            let words = try String(contentsOf: examples.appendingPathComponent(file), encoding: .utf8).split(whereSeparator: \.isWhitespace)
            for n in 1...4 { texts += (0..<max(0, words.count - n)).map { words[$0..<$0 + n].joined(separator: " ") } }
        }
        #expect(texts.count > 20_000)
        for text in texts {
            #expect(NameKey.key(text) == NameKey.render(NameKey.words(text)), "\(text)")
            #expect(NameKey.looseKey(text) == NameKey.render(NameKey.words(text).map(NameKey.looseWord)), "\(text)")
        }
    }

    @Test func theWordHashIsTheHashOfTheKey() {
        for word in ["الأميركية", "وزارة", "عبدالله", "للولايات", "إيران", "باكو", "مُوسْكُو", "الـروسي", "ألماني", "إلياس"] {
            let bytes = Array(word.utf8)
            #expect(NameKey.wordHash(bytes, 0..<bytes.count) == NameKey.hash(ofKey: NameKey.key(word)), "\(word)")
        }
        let mixed = Array("abc-d".utf8)
        #expect(NameKey.wordHash(mixed, 0..<mixed.count) == nil)
    }

    /// An article's word hashes, read in one pass per word with each proclitic reading (and looked up in
    /// a memo when the word came before), are the hashes of the keys of the word and of what follows
    /// its proclitics, with the roles of those keys, on every word of the examples and on words at the edges (17 and 18 letters, a
    /// lone proclitic, وَ with its vowel).
    @Test func theWordHashesOfAnArticleAreThoseOfItsWordsAndProclitics() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples")
        var text = try String(contentsOf: examples.appendingPathComponent("000_bdd916e99efcfc1a.txt"), encoding: .utf8)
        text += " وبالاستراتيجيةالاستراتيجية وللاستراتيجيةالاستراتيجية والاستراتيجيةالاستراتيجية و ول وَالرئيس فالعبدالله وب ك"
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0, 0..<$0.count, into: &tokens) }
        let roleMap = ActorResolver.standard.wordRoles
        let memo = WordHashMemo(roles: roleMap, bits: 4)   // small, so that words take each other's slots
        let read = WordHashes(bytes, tokens: tokens, roles: roleMap), first = WordHashes(bytes, tokens: tokens, memo: memo),
            again = WordHashes(bytes, tokens: tokens, memo: memo)
        var withRoles = 0
        var proclitics = 0
        for (i, t) in tokens.enumerated() where t.kind == .word {
            let count = bytes.withUnsafeBufferPointer { NameKey.procliticCount($0, at: t.start) }
            for skip in [0, 2, 4] {
                let rest = skip / 2 < count && t.start + skip < t.end ? String(decoding: bytes[(t.start + skip)..<t.end], as: UTF8.self) : ""
                let key = NameKey.key(rest)
                let letters = rest.unicodeScalars.filter { (0x621...0x64A).contains($0.value) && $0.value != 0x640 }.count
                let expected = key.isEmpty || key.contains(" ") || letters > 16 ? nil : NameKey.hash(ofKey: key)
                let word = String(decoding: bytes[t.start..<t.end], as: UTF8.self)
                if expected != nil, skip > 0 { proclitics += 1 }
                #expect(read.hash(token: i, skip: skip) == expected, "\(word) after \(skip) bytes")
                #expect(first.hash(token: i, skip: skip) == expected, "\(word) after \(skip) bytes, memo")
                #expect(again.hash(token: i, skip: skip) == expected, "\(word) after \(skip) bytes, memo again")
            }
            // A word's roles are those of its readings in the role map, looked up or remembered.
            var roles: WordRoles = []
            for skip in [0, 2, 4] { if let h = read.hash(token: i, skip: skip), let r = roleMap[h] { roles.formUnion(r) } }
            if !roles.isEmpty { withRoles += 1 }
            #expect(read.roles[i] == roles && first.roles[i] == roles && again.roles[i] == roles,
                    "roles of \(String(decoding: bytes[t.start..<t.end], as: UTF8.self))")
        }
        #expect(proclitics > 50)
        #expect(withRoles > 20)
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

@Suite struct ArticleMemoryTests {
    /// The token a byte falls in or before, from the per-byte table of a short text and by binary search in
    /// one over a megabyte, is the first token that ends after the byte, for every byte and past both ends.
    @Test func theTokenOfAByteIsTheFirstThatEndsAfterIt() {
        for text in ["  وزير الخارجية، سيرغي لافروف.  ", String(repeating: "كلمة ، ", count: 90_000)] {
            let bytes = Array(text.utf8)
            var tokens: [Token] = []
            bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0, 0..<$0.count, into: &tokens) }
            let m = ArticleMemory(text: bytes, tokens: tokens, day: nil, words: WordHashes(bytes, tokens: tokens, roles: WordHashMap()))
            var expected = 0   // the first token that ends after byte a, walked along
            for a in stride(from: -2, through: bytes.count + 1, by: bytes.count > 100 ? 97 : 1) {
                while expected < tokens.count, tokens[expected].end <= a { expected += 1 }
                #expect(m.firstToken(endingAfter: a) == expected, "byte \(a)")
            }
        }
    }
}

@Suite struct KnowledgeBaseLookupTests {
    /// Every actor is found by its id, ids with Arabic in them (`up:حماس`) too, and an id the knowledge
    /// base lacks finds nothing, even one that differs from a known id only in the last letter.
    @Test func everyActorIsFoundByItsId() {
        let kb = KnowledgeBase.standard
        var seen = Set<String>()
        for a in kb.actors where seen.insert(a.id).inserted {
            #expect(kb.actor(id: a.id)?.id == a.id, "\(a.id)")
        }
        #expect(seen.contains { $0.unicodeScalars.contains { $0.value >= 0x600 } })
        #expect(kb.actor(id: "sergey-lavrov")?.name == "Sergey Lavrov")
        #expect(kb.actor(id: "sergey-lavrox") == nil)
        #expect(kb.actor(id: "") == nil)
    }

    /// The places of one name come most populous first, so that a name read without context is the
    /// great city (Liverpool in England, not in New South Wales).
    @Test func placesOfOneNameComeMostPopulousFirst() {
        let kb = KnowledgeBase.standard
        var checked = 0
        for p in kb.places {
            let found = kb.places(key: NameKey.key(p.nameAr))
            guard found.count > 1 else { continue }
            checked += 1
            #expect(zip(found, found.dropFirst()).allSatisfy { $0.population >= $1.population }, "\(p.nameAr)")
        }
        #expect(checked > 100)
        #expect(kb.places(key: NameKey.key("ليفربول")).first?.country == "GBR")
    }
}
