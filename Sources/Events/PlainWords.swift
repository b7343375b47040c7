import MarsadCore

/// The words met before that carry nothing for the coder (no key of a word list, no trigger under any
/// proclitic reading), by the FNV hash of their bytes. Most words of the news are such words, and reading
/// each one's proclitic readings and looking each up again cost most of the coder's reading of words.
/// Direct-mapped (a newer word takes an older one's slot); kept by one thread at a time (`ScratchPool`).
final class PlainWords {
    private let shift: UInt64
    private let slots: UnsafeMutableBufferPointer<UInt64>

    /// A memo of 2^`bits` words.
    init(bits: Int = 14) {
        shift = UInt64(64 - bits)
        slots = .allocate(capacity: 1 << bits)
        slots.initialize(repeating: 0)
    }

    deinit { slots.deallocate() }

    /// The hash a word is remembered by (never 0, the empty slot).
    static func hash(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for i in range { h = (h ^ UInt64(text[i])) &* 0x100000001b3 }
        return h | 1
    }

    /// Whether the word of hash `h` was found plain before.
    func contains(_ h: UInt64) -> Bool { slots[slot(h)] == h }

    /// Remembers the word of hash `h` as plain.
    func insert(_ h: UInt64) { slots[slot(h)] = h }

    private func slot(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift) }
}
