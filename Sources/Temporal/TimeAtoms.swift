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
    func stemIs(_ s: String) -> Bool { stem.elementsEqual(s.utf8) }
}

/// Turns tokens into atoms: one normalization and a few lexicon lookups per word.
struct TimeAtomizer {
    let lexicon: TimeLexicon
    private let normalizer = ArabicNormalizer(.matching)

    // Normalized proclitic letters (UTF-8 of و ف ب ل ك and ال).
    private static let waw: [UInt8] = Array("و".utf8), fa: [UInt8] = Array("ف".utf8)
    private static let ba: [UInt8] = Array("ب".utf8), lam: [UInt8] = Array("ل".utf8), kaf: [UInt8] = Array("ك".utf8)
    private static let article: [UInt8] = Array("ال".utf8), lamLam: [UInt8] = Array("لل".utf8)

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
            var atom = TimeAtom(start: token.start, end: token.end, kind: token.kind)
            let norm = buffer[from..<end]
            switch token.kind {
            case .word:
                classify(word: norm, p, token, into: &atom)
                atom.phraseHead = lexicon.isPhraseHead(atom.stem)
            case .number:
                atom.symbol = norm
                if norm.count <= 9 && norm.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
                    atom.number = norm.reduce(0) { $0 * 10 + Int($1 - 48) }
                    atom.digits = norm.count
                }
            case .punctuation: atom.symbol = norm
            default: break
            }
            out.append(atom)
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
                atom.definite = rest.starts(with: Self.article)
                atom.stem = rest
                return true
            }
            // The article is put back only on words that take it: not on frequency adjectives
            // (الشهري is a family name; the lexicon lists الشهرية itself).
            if rest.starts(with: Self.article), let words = lexicon.words(rest.dropFirst(4))?.filter({
                if case .frequency = $0 { return false }; return true }), !words.isEmpty {
                atom.words = words; cut = skip; conjunction = conj; atom.definite = true
                atom.stem = rest
                return true
            }
            return false
        }
        var found = attempt(0, conj: false)
        var skip = 0
        if !found, norm.count > 4, norm.starts(with: Self.waw) || norm.starts(with: Self.fa) {
            skip = 2
            found = attempt(2, conj: true)
        }
        if !found, norm.count > skip + 4 {
            let c = norm.dropFirst(skip)
            if c.starts(with: Self.lamLam) {
                // لل: the preposition ل merged with the article; put the article back.
                let restored = Self.article + norm.dropFirst(skip + 4)
                if let words = lexicon.words(restored[...]) ?? lexicon.words(norm.dropFirst(skip + 4)) {
                    atom.words = words; atom.definite = true; cut = skip + 2; conjunction = skip > 0; found = true
                    atom.stem = restored[...]
                }
            } else if c.starts(with: Self.ba) || c.starts(with: Self.lam) || c.starts(with: Self.kaf) {
                found = attempt(skip + 2, conj: skip > 0)
            }
            atom.preposition = found
        }
        guard found else { atom.stem = norm; return }
        atom.conjunction = conjunction
        if cut > 0 { atom.start = Self.offset(p, token.start, token.end, afterLetters: cut / 2) }
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
