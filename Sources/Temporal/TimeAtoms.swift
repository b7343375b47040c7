import Foundation
import ArabicText

/// Bytes of a sentence's normalized text, seen in place.
typealias ByteView = Slice<UnsafeBufferPointer<UInt8>>
/// Readings of a word, seen in place in the lexicon's flat array.
typealias ReadingView = Slice<UnsafeBufferPointer<TimeWord>>

/// A token as the time grammar sees it: its lexicon readings after clitics, or its number value.
/// Atoms hold no references, only views into memory that `TimeTagger.tag` keeps alive while the
/// grammar runs (the sentence's normalized text and the lexicon's readings), so reading and copying
/// them costs no reference counting.
struct TimeAtom {
    /// Byte span in the text; starts after proclitics (`وأمس` → `أمس`), keeps the article `ال`.
    var start: Int, end: Int
    var kind: TokenKind
    /// Lexicon readings (empty when the word is not a time word).
    var words: ReadingView = Self.noReadings
    /// The word carried the article (`الأسبوع`).
    var definite = false
    /// The word carried the conjunction و or ف.
    var conjunction = false
    /// The word carried a preposition ب, ل or ك (`باليوم`).
    var preposition = false
    /// The normalized form after proclitics (for two-word phrases and cue words).
    var stem: ByteView = Self.noBytes
    /// The stem starts a two-word lexicon form.
    var phraseHead = false
    /// The value of a token of digits only.
    var number: Int?
    /// How many digits that token has.
    var digits = 0
    /// The normalized text of a number token (`29/3/2023`, `10:30`) or punctuation mark.
    var symbol: ByteView = Self.noBytes

    static var noBytes: ByteView { ByteView(base: UnsafeBufferPointer(start: nil, count: 0), bounds: 0..<0) }
    static var noReadings: ReadingView { ReadingView(base: UnsafeBufferPointer(start: nil, count: 0), bounds: 0..<0) }

    func has(_ test: (TimeWord) -> Bool) -> Bool { words.contains(where: test) }
    func isPunctuation(_ ascii: StaticString) -> Bool { kind == .punctuation && Self.equal(symbol, ascii) }
    /// Whether the stem is `s`, compared as bytes (the generic comparison with a String's UTF-8 view
    /// was a measurable share of tagging).
    func stemIs(_ s: StaticString) -> Bool { Self.equal(stem, s) }

    @inline(__always) static func equal(_ bytes: ByteView, _ s: StaticString) -> Bool {
        bytes.count == s.utf8CodeUnitCount
            && (bytes.isEmpty || memcmp(bytes.base.baseAddress! + bytes.startIndex, s.utf8Start, bytes.count) == 0)
    }
}

/// Turns tokens into atoms: one normalization and a few lexicon lookups per word.
struct TimeAtomizer {
    let lexicon: TimeLexicon
    private let normalizer = ArabicNormalizer(.matching)

    init(lexicon: TimeLexicon) { self.lexicon = lexicon }

    /// The atoms of a sentence's tokens, appended to `out`. Every token is normalized into `norm`
    /// (room for the tokens' bytes), and each atom's stem and symbol are views of it.
    func atoms(_ p: UnsafeBufferPointer<UInt8>, _ tokens: ArraySlice<Token>, norm: UnsafeMutableBufferPointer<UInt8>,
               readings: UnsafeBufferPointer<TimeWord>, into out: inout [TimeAtom]) {
        let view = UnsafeBufferPointer(norm)
        var end = 0
        for token in tokens {
            let from = end
            if token.kind == .word || token.kind == .number || token.kind == .punctuation {
                end = normalizer.normalize(p, token.start..<token.end, into: norm, at: end)
            }
            var atom = TimeAtom(start: token.start, end: token.end, kind: token.kind)
            let form = view[from..<end]
            switch token.kind {
            case .word:
                classify(word: from..<end, norm, readings, p, token, into: &atom)
                atom.phraseHead = lexicon.isPhraseHead(atom.stem)
            case .number:
                atom.symbol = form
                if form.count <= 9 && form.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
                    atom.number = form.reduce(0) { $0 * 10 + Int($1 - 48) }
                    atom.digits = form.count
                }
            case .punctuation: atom.symbol = form
            default: break
            }
            out.append(atom)
        }
    }

    private func classify(word range: Range<Int>, _ norm: UnsafeMutableBufferPointer<UInt8>, _ readings: UnsafeBufferPointer<TimeWord>,
                          _ p: UnsafeBufferPointer<UInt8>, _ token: Token, into atom: inout TimeAtom) {
        let view = UnsafeBufferPointer(norm), word = view[range]
        atom.stem = word
        guard word.count <= lexicon.maxLength + 8 else { return }
        // Try the word as it is, then without و/ف, then without a following ب/ل/ك (لل = ل + ال).
        var cut = 0, conjunction = false
        func attempt(_ skip: Int, conj: Bool) -> Bool {
            let rest = word.dropFirst(skip)
            if let words = lexicon.entry(rest) {
                atom.words = readings[words]; cut = skip; conjunction = conj
                atom.definite = Self.startsWithArticle(rest)
                atom.stem = rest
                return true
            }
            // The article is put back only on words that take it: not on frequency adjectives
            // (الشهري is a family name; the lexicon lists الشهرية itself).
            if Self.startsWithArticle(rest), let words = lexicon.entry(rest.dropFirst(4), frequencies: false), !words.isEmpty {
                atom.words = readings[words]; cut = skip; conjunction = conj; atom.definite = true
                atom.stem = rest
                return true
            }
            return false
        }
        var found = attempt(0, conj: false)
        var skip = 0
        if !found, word.count > 4, Self.startsWithLetter(word, 0x88) || Self.startsWithLetter(word, 0x81) {
            skip = 2
            found = attempt(2, conj: true)
        }
        if !found, word.count > skip + 4 {
            let c = word.dropFirst(skip)
            if Self.startsWithLetter(c, 0x84) && Self.startsWithLetter(c.dropFirst(2), 0x84) {
                // لل: the preposition ل merged with the article; put the article back by writing ا over
                // the first ل (the same length), and take the ل back if the word is no time word.
                let l = c.startIndex
                norm[l] = 0xD8; norm[l + 1] = 0xA7
                if let words = lexicon.entry(c) ?? lexicon.entry(c.dropFirst(4)) {
                    atom.words = readings[words]; atom.definite = true; cut = skip + 2; conjunction = skip > 0; found = true
                    atom.stem = c
                } else {
                    norm[l] = 0xD9; norm[l + 1] = 0x84
                }
            } else if Self.startsWithLetter(c, 0xA8, lead: 0xD8) || Self.startsWithLetter(c, 0x84) || Self.startsWithLetter(c, 0x83) {
                found = attempt(skip + 2, conj: skip > 0)
            }
            atom.preposition = found
        }
        guard found else { atom.stem = word; return }
        atom.conjunction = conjunction
        if cut > 0 { atom.start = Self.offset(p, token.start, token.end, afterLetters: cut / 2) }
    }

    /// Whether the normalized word starts with the letter `0xD9 second` (و 0x88, ف 0x81, ل 0x84, ك 0x83)
    /// or, with `lead: 0xD8`, `0xD8 second` (ب 0xA8).
    @inline(__always) static func startsWithLetter(_ s: ByteView, _ second: UInt8, lead: UInt8 = 0xD9) -> Bool {
        s.count >= 2 && s[s.startIndex] == lead && s[s.startIndex + 1] == second
    }

    /// Whether the normalized word starts with the article ال.
    @inline(__always) static func startsWithArticle(_ s: ByteView) -> Bool {
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
