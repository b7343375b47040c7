/// Normalizes Arabic text for matching: the derived form used by lookups, never the stored text.
public struct ArabicNormalizer: Sendable {
    /// Which normalizations to apply; each can be switched off.
    public struct Options: OptionSet, Sendable, Hashable {
        /// The option bits.
        public let rawValue: UInt8
        /// Creates options from their bits.
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Remove harakat, shadda, sukun and other diacritics.
        public static let stripDiacritics = Options(rawValue: 1 << 0)
        /// Remove tatweel (ـ).
        public static let stripTatweel = Options(rawValue: 1 << 1)
        /// أ إ آ ٱ → ا.
        public static let unifyAlef = Options(rawValue: 1 << 2)
        /// ى → ي.
        public static let alefMaqsuraToYa = Options(rawValue: 1 << 3)
        /// ة → ه.
        public static let taMarbutaToHa = Options(rawValue: 1 << 4)
        /// Arabic-Indic and Persian digits → ASCII digits.
        public static let asciiDigits = Options(rawValue: 1 << 5)
        /// Persian and Urdu letter forms (ی ک ۀ) → their Arabic equivalents.
        public static let arabicLetterForms = Options(rawValue: 1 << 6)

        /// Everything: the form used for search and matching.
        public static let matching: Options = [.stripDiacritics, .stripTatweel, .unifyAlef, .alefMaqsuraToYa,
                                               .taMarbutaToHa, .asciiDigits, .arabicLetterForms]
        /// Everything but ة → ه and ى → ي, which clitic segmentation needs to tell ة from the pronoun ه
        /// and a final ى from the pronoun ي.
        public static let segmentation: Options = matching.subtracting([.taMarbutaToHa, .alefMaqsuraToYa])
    }

    /// The normalizations this normalizer applies.
    public let options: Options

    /// Creates a normalizer; the default is `.matching`.
    public init(_ options: Options = .matching) { self.options = options }

    /// The normalized form of one scalar, or nil when it is dropped.
    @inlinable @inline(__always)
    public func map(_ s: UInt32) -> UInt32? {
        if s < 0x0610 { return s == 0xAD ? nil : s }   // below the Arabic marks; U+00AD is a soft hyphen
        switch s {
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673:
            return options.contains(.unifyAlef) ? 0x0627 : s
        case 0x0649:
            return options.contains(.alefMaqsuraToYa) ? 0x064A : s
        case 0x0629:
            return options.contains(.taMarbutaToHa) ? 0x0647 : s
        case 0x0640:
            return options.contains(.stripTatweel) ? nil : s
        case 0x0660...0x0669:
            return options.contains(.asciiDigits) ? s - 0x0660 + 0x30 : s
        case 0x06F0...0x06F9:
            return options.contains(.asciiDigits) ? s - 0x06F0 + 0x30 : s
        case 0x06CC:
            return options.contains(.arabicLetterForms) ? (options.contains(.alefMaqsuraToYa) ? 0x064A : 0x0649) : s
        case 0x06A9:
            return options.contains(.arabicLetterForms) ? 0x0643 : s
        case 0x06C0:
            return options.contains(.arabicLetterForms) ? (options.contains(.taMarbutaToHa) ? 0x0647 : 0x0629) : s
        default:
            if UTF8Scalars.isArabicDiacritic(s) { return options.contains(.stripDiacritics) ? nil : s }
            if UTF8Scalars.isFormatControl(s) { return nil }
            return s
        }
    }

    /// Appends the normalized form of a UTF-8 slice (valid UTF-8) to `out`.
    public func normalize(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt8]) {
        guard !range.isEmpty else { return }
        // Written into temporary memory and appended once: appending byte by byte paid a uniqueness
        // check each.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count) { buffer in
            let n = normalize(p, range, into: buffer, at: 0)
            out.append(contentsOf: buffer[..<n])
        }
    }

    /// Writes the normalized form of a UTF-8 slice (valid UTF-8) into `buffer` from `start` and
    /// returns where it ends. No mapping lengthens a scalar's encoding, so `range.count` bytes of
    /// room are enough.
    public func normalize(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into buffer: UnsafeMutableBufferPointer<UInt8>,
                          at start: Int) -> Int {
        var n = start, i = range.lowerBound
        while i < range.upperBound {
            let b = p[i]
            if b < 0x80 { buffer[n] = b; n += 1; i += 1; continue }
            let (s, len) = UTF8Scalars.decode(p, i)
            i += len
            if let m = map(s) { n += UTF8Scalars.encode(m, into: buffer, at: n) }
        }
        return n
    }

    /// The normalized form of a string.
    public func normalize(_ text: String) -> String {
        var out: [UInt8] = []
        Array(text.utf8).withUnsafeBufferPointer { p in normalize(p, 0..<p.count, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }
}
