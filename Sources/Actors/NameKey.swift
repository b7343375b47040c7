import ArabicText

/// The lookup keys of Arabic names. Two spellings of one name share a key: diacritics, hamza,
/// alef and taa-marbuta variants, the article (الأميركية and UniversalPetrarch's lemma أميركي),
/// and `عبد اللهيان` / `عبداللهيان`. The loose key also forgives vowel letters and the letters
/// Arabic uses in turn for one foreign sound (سيرغي/سيرجي، بوتين/بوتن).
public enum NameKey {
    private static let normalizer = ArabicNormalizer(.matching)
    private static let alef: UInt32 = 0x0627, lam: UInt32 = 0x0644, ha: UInt32 = 0x0647
    private static let abd: [UInt32] = [0x0639, 0x0628, 0x062F]

    /// The exact key: normalized words, each without its article and final ة, `عبد` joined to
    /// the next word. Empty when the text has no letters.
    public static func key(_ text: some StringProtocol) -> String {
        render(words(text))
    }

    /// The loose key: the exact key without inner vowel letters, with sound-alike letters merged.
    public static func looseKey(_ text: some StringProtocol) -> String {
        render(words(text).map { w in
            var out: [UInt32] = []
            for (i, s) in w.enumerated() {
                let m = soundClass(s)
                if i > 0, m == 0x0627 || m == 0x0648 || m == 0x064A { continue }
                if let last = out.last, last == m { continue }
                out.append(m)
            }
            return out
        })
    }

    /// The words of the exact key, as scalars.
    static func words(_ text: some StringProtocol) -> [[UInt32]] {
        var words: [[UInt32]] = []
        var current: [UInt32] = []
        func flush() {
            guard !current.isEmpty else { return }
            var w = current
            current.removeAll(keepingCapacity: true)
            if w.count > 3, w[0] == alef, w[1] == lam { w.removeFirst(2) }
            else if w.count > 4, w[0] == lam, w[1] == lam, words.isEmpty { w.removeFirst(2) }   // للولايات: ل + ال
            if w.count > 5, Array(w[0..<5]) == abd + [alef, lam] { w.removeSubrange(3..<5) }   // عبدالله → عبدله
            if let last = words.last, last == abd { words[words.count - 1] = abd + w } else { words.append(w) }
        }
        for s in text.unicodeScalars {
            guard let m = normalizer.map(s.value) else { continue }
            if isLetter(m) { current.append(m) } else { flush() }
        }
        flush()
        for i in words.indices where words[i].count > 2 && words[i].last == ha { words[i].removeLast() }
        return words
    }

    private static func render(_ words: [[UInt32]]) -> String {
        var s = String.UnicodeScalarView()
        for (i, w) in words.enumerated() {
            if i > 0 { s.append(" ") }
            for c in w { if let u = Unicode.Scalar(c) { s.append(u) } }
        }
        return String(s)
    }

    private static func isLetter(_ s: UInt32) -> Bool {
        (0x0621...0x064A).contains(s) || (0x0671...0x06D3).contains(s)
            || (0x41...0x5A).contains(s) || (0x61...0x7A).contains(s) || (0x30...0x39).contains(s)
    }

    private static func soundClass(_ s: UInt32) -> UInt32 {
        switch s {
        case 0x063A, 0x062C, 0x0642: return 0x0643   // غ ج ق → ك
        case 0x062B, 0x0635: return 0x0633           // ث ص → س
        case 0x0637: return 0x062A                   // ط → ت
        case 0x0636: return 0x062F                   // ض → د
        case 0x0630, 0x0638: return 0x0632           // ذ ظ → ز
        case 0x062D: return 0x0647                   // ح → ه
        case 0x0621, 0x0626, 0x0624: return 0x0627   // ء ئ ؤ → ا
        default: return s
        }
    }
}
