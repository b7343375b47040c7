/// Fast access to Unicode scalars inside valid UTF-8 bytes, and the character classes Marsad needs.
///
/// Everything here runs on the hot path: no `Character`, no `String`, no allocation.
public enum UTF8Scalars {
    /// Decodes the scalar starting at `i` in valid UTF-8, returning it and its length in bytes.
    @inlinable @inline(__always)
    public static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (scalar: UInt32, length: Int) {
        let b0 = p[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 < 0xE0 { return (UInt32(b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return (UInt32(b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3)
        }
        return (UInt32(b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6
                    | UInt32(p[i + 3] & 0x3F), 4)
    }

    /// Writes the UTF-8 encoding of a scalar at `n` and returns its length (the caller makes room).
    @inlinable @inline(__always)
    public static func encode(_ s: UInt32, into out: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        if s < 0x80 { out[n] = UInt8(s); return 1 }
        if s < 0x800 { out[n] = UInt8(0xC0 | s >> 6); out[n + 1] = UInt8(0x80 | s & 0x3F); return 2 }
        if s < 0x10000 {
            out[n] = UInt8(0xE0 | s >> 12); out[n + 1] = UInt8(0x80 | (s >> 6) & 0x3F); out[n + 2] = UInt8(0x80 | s & 0x3F)
            return 3
        }
        out[n] = UInt8(0xF0 | s >> 18 & 0x07); out[n + 1] = UInt8(0x80 | (s >> 12) & 0x3F)
        out[n + 2] = UInt8(0x80 | (s >> 6) & 0x3F); out[n + 3] = UInt8(0x80 | s & 0x3F)
        return 4
    }

    /// Appends the UTF-8 encoding of a scalar.
    @inlinable @inline(__always)
    public static func append(_ s: UInt32, to out: inout [UInt8]) {
        if s < 0x80 { out.append(UInt8(s)); return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4) { bytes in
            out.append(contentsOf: bytes[..<encode(s, into: bytes, at: 0)])
        }
    }

    /// Whether `p[i]` opens a two-byte scalar of the Arabic block U+0600…U+06FF that ends before `end`.
    @inlinable @inline(__always)
    public static func isArabicBlock(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        p[i] >= 0xD8 && p[i] <= 0xDB && i + 1 < end
    }

    /// The index (scalar − 0x600) of the Arabic-block scalar at `i`, for an `ArabicBlockTable`.
    @inlinable @inline(__always)
    public static func arabicBlockIndex(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        Int(p[i] & 0x03) << 6 | Int(p[i + 1] & 0x3F)
    }

    /// The start of the last scalar in `p[lower..<end]` (valid UTF-8, `end > lower`).
    @inlinable @inline(__always)
    public static func lastScalarStart(_ p: UnsafeBufferPointer<UInt8>, _ lower: Int, _ end: Int) -> Int {
        var k = end - 1
        while k > lower && p[k] & 0xC0 == 0x80 { k -= 1 }
        return k
    }

    /// An Arabic-script letter (basic block, extended letters and presentation forms).
    @inlinable @inline(__always)
    public static func isArabicLetter(_ s: UInt32) -> Bool {
        switch s {
        case 0x0621...0x063A, 0x0641...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x06D5, 0x06EE...0x06EF,
             0x06FA...0x06FC, 0x06FF, 0x0750...0x077F, 0x08A0...0x08C9, 0xFB50...0xFD3D, 0xFD50...0xFDFB, 0xFE70...0xFEFC:
            return true
        default: return false
        }
    }

    /// An Arabic diacritic (harakat, shadda, sukun, dagger alef, Quranic marks).
    @inlinable @inline(__always)
    public static func isArabicDiacritic(_ s: UInt32) -> Bool {
        switch s {
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E8, 0x06EA...0x06ED, 0x08CA...0x08FF:
            return true
        default: return false
        }
    }

    /// The Arabic tatweel (kashida), used only to stretch words.
    public static let tatweel: UInt32 = 0x0640

    /// The value of a decimal digit in ASCII, Arabic-Indic or Persian (Extended Arabic-Indic) form.
    @inlinable @inline(__always)
    public static func digitValue(_ s: UInt32) -> UInt32? {
        switch s {
        case 0x30...0x39: return s - 0x30
        case 0x0660...0x0669: return s - 0x0660
        case 0x06F0...0x06F9: return s - 0x06F0
        default: return nil
        }
    }

    /// A Latin letter (ASCII and Latin-1/Latin Extended-A/B).
    @inlinable @inline(__always)
    public static func isLatinLetter(_ s: UInt32) -> Bool {
        switch s {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: return true
        default: return false
        }
    }

    /// White space, including no-break and typographic spaces.
    @inlinable @inline(__always)
    public static func isSpace(_ s: UInt32) -> Bool {
        switch s {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Invisible format controls (direction marks, zero-width characters, BOM): never part of a token.
    @inlinable @inline(__always)
    public static func isFormatControl(_ s: UInt32) -> Bool {
        switch s {
        case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0xAD: return true
        default: return false
        }
    }
}

/// A table over the 256 scalars of U+0600…U+06FF, indexed by `UTF8Scalars.arabicBlockIndex`.
/// Built once for the life of the process and read without bounds checks or reference counting,
/// since it sits on the path of every letter.
public struct ArabicBlockTable<T: BitwiseCopyable>: @unchecked Sendable {
    @usableFromInline let base: UnsafePointer<T>

    /// Tabulates `value` over U+0600…U+06FF; the memory is never freed.
    public init(_ value: (UInt32) -> T) {
        let table = UnsafeMutablePointer<T>.allocate(capacity: 256)
        for k in 0..<256 { (table + k).initialize(to: value(UInt32(0x600 + k))) }
        base = UnsafePointer(table)
    }

    /// The value for index `i` (0…255, as `arabicBlockIndex` returns).
    @inlinable @inline(__always)
    public subscript(i: Int) -> T { base[i & 0xFF] }
}
