import Foundation
import ArabicText

/// A token as the time grammar sees it: its lexicon readings after clitics, or its number value.
struct TimeAtom {
    /// Byte span in the text; starts after proclitics (`وأمس` → `أمس`), keeps the article `ال`.
    var start: Int, end: Int
    var kind: TokenKind
    /// Lexicon readings (empty when the word is not a time word).
    var words: [TimeWord] = []
    /// The word carried the article (`الأسبوع`).
    var definite = false
    /// The word carried the conjunction و or ف.
    var conjunction = false
    /// The word carried a preposition ب, ل or ك (`باليوم`).
    var preposition = false
    /// The normalized form after proclitics (for two-word phrases and cue words).
    var stem: ArraySlice<UInt8> = []
    /// The stem starts a two-word lexicon form.
    var phraseHead = false
    /// The value of a token of digits only.
    var number: Int?
    /// How many digits that token has.
    var digits = 0
    /// The normalized text of a number token (`29/3/2023`, `10:30`) or punctuation mark.
    var symbol: ArraySlice<UInt8> = []

    func has(_ test: (TimeWord) -> Bool) -> Bool { words.contains(where: test) }
    func isPunctuation(_ ascii: String) -> Bool { kind == .punctuation && symbol.elementsEqual(ascii.utf8) }
    /// Whether the stem is `s`, compared as bytes (the generic comparison with a String's UTF-8 view
    /// was a measurable share of tagging).
    func stemIs(_ s: StaticString) -> Bool {
        stem.count == s.utf8CodeUnitCount && stem.withUnsafeBufferPointer { memcmp($0.baseAddress!, s.utf8Start, $0.count) == 0 }
    }
}

/// Turns tokens into atoms: one normalization and a few lexicon lookups per word.
struct TimeAtomizer {
    let lexicon: TimeLexicon
    private let normalizer = ArabicNormalizer(.matching)

    // Normalized proclitic letters (UTF-8 of و ف ب ل ك and ال).
    private static let article: [UInt8] = Array("ال".utf8)

    init(lexicon: TimeLexicon) { self.lexicon = lexicon }

    /// The atoms of a sentence's tokens. All tokens are normalized into one buffer first, so each
    /// atom's stem is a slice of it (no copy per word).
    func atoms(_ p: UnsafeBufferPointer<UInt8>, _ tokens: ArraySlice<Token>) -> [TimeAtom] {
        var buffer: [UInt8] = []
        buffer.reserveCapacity((tokens.last.map { $0.end } ?? 0) - (tokens.first.map { $0.start } ?? 0))
        var ends: [Int] = []
        ends.reserveCapacity(tokens.count)
        for token in tokens {
            if token.kind == .word || token.kind == .number || token.kind == .punctuation {
                normalizer.normalize(p, token.start..<token.end, into: &buffer)
            }
            ends.append(buffer.count)
        }
        var out: [TimeAtom] = []
        out.reserveCapacity(tokens.count)
        var from = 0
        for (token, end) in zip(tokens, ends) {
            defer { from = end }
            out.append(TimeAtom(start: token.start, end: token.end, kind: token.kind))
            let k = out.count - 1, norm = buffer[from..<end]
            switch token.kind {
            case .word:
                classify(word: norm, p, token, into: &out[k])
                out[k].phraseHead = lexicon.isPhraseHead(out[k].stem)
            case .number:
                out[k].symbol = norm
                if norm.count <= 9 && norm.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
                    out[k].number = norm.reduce(0) { $0 * 10 + Int($1 - 48) }
                    out[k].digits = norm.count
                }
            case .punctuation: out[k].symbol = norm
            default: break
            }
        }
        return out
    }

    private func classify(word norm: ArraySlice<UInt8>, _ p: UnsafeBufferPointer<UInt8>, _ token: Token, into atom: inout TimeAtom) {
        atom.stem = norm
        guard norm.count <= lexicon.maxLength + 8 else { return }
        // Try the word as it is, then without و/ف, then without a following ب/ل/ك (لل = ل + ال).
        var cut = 0, conjunction = false
        func attempt(_ skip: Int, conj: Bool) -> Bool {
            let rest = norm.dropFirst(skip)
            if let words = lexicon.words(rest) {
                atom.words = words; cut = skip; conjunction = conj
                atom.definite = Self.startsWithArticle(rest)
                atom.stem = rest
                return true
            }
            // The article is put back only on words that take it: not on frequency adjectives
            // (الشهري is a family name; the lexicon lists الشهرية itself).
            if Self.startsWithArticle(rest), let words = lexicon.words(rest.dropFirst(4))?.filter({
                if case .frequency = $0 { return false }; return true }), !words.isEmpty {
                atom.words = words; cut = skip; conjunction = conj; atom.definite = true
                atom.stem = rest
                return true
            }
            return false
        }
        var found = attempt(0, conj: false)
        var skip = 0
        if !found, norm.count > 4, Self.startsWithLetter(norm, 0x88) || Self.startsWithLetter(norm, 0x81) {
            skip = 2
            found = attempt(2, conj: true)
        }
        if !found, norm.count > skip + 4 {
            let c = norm.dropFirst(skip)
            if Self.startsWithLetter(c, 0x84) && Self.startsWithLetter(c.dropFirst(2), 0x84) {
                // لل: the preposition ل merged with the article; put the article back.
                let restored = Self.article + norm.dropFirst(skip + 4)
                if let words = lexicon.words(restored[...]) ?? lexicon.words(norm.dropFirst(skip + 4)) {
                    atom.words = words; atom.definite = true; cut = skip + 2; conjunction = skip > 0; found = true
                    atom.stem = restored[...]
                }
            } else if Self.startsWithLetter(c, 0xA8, lead: 0xD8) || Self.startsWithLetter(c, 0x84) || Self.startsWithLetter(c, 0x83) {
                found = attempt(skip + 2, conj: skip > 0)
            }
            atom.preposition = found
        }
        guard found else { atom.stem = norm; return }
        atom.conjunction = conjunction
        if cut > 0 { atom.start = Self.offset(p, token.start, token.end, afterLetters: cut / 2) }
    }

    /// Whether the normalized word starts with the letter `0xD9 second` (و 0x88, ف 0x81, ل 0x84, ك 0x83)
    /// or, with `lead: 0xD8`, `0xD8 second` (ب 0xA8).
    @inline(__always) static func startsWithLetter(_ s: ArraySlice<UInt8>, _ second: UInt8, lead: UInt8 = 0xD9) -> Bool {
        s.count >= 2 && s[s.startIndex] == lead && s[s.startIndex + 1] == second
    }

    /// Whether the normalized word starts with the article ال.
    @inline(__always) static func startsWithArticle(_ s: ArraySlice<UInt8>) -> Bool {
        s.count >= 4 && s[s.startIndex] == 0xD8 && s[s.startIndex + 1] == 0xA7 && startsWithLetter(s.dropFirst(2), 0x84)
    }

    /// The byte offset after `letters` letters of the token, skipping diacritics and tatweel.
    static func offset(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, afterLetters letters: Int) -> Int {
        var i = start, seen = 0
        while i < end {
            let (s, n) = UTF8Scalars.decode(p, i)
            if !UTF8Scalars.isArabicDiacritic(s) && s != UTF8Scalars.tatweel {
                if seen == letters { return i }
                seen += 1
            }
            i += n
        }
        return i
    }
}
