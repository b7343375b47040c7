import MarsadCore

/// A text encoding Marsad can read.
public enum TextEncoding: String, CaseIterable, Sendable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "utf-8"
    /// UTF-16, little- or big-endian, chosen by its byte-order mark (little-endian without one).
    case utf16 = "utf-16"
    /// Windows-1256, the legacy Arabic code page of older Arabic sites.
    case windows1256 = "windows-1256"
}

/// The result of decoding: the text as valid UTF-8 and the encoding that was used.
public struct DecodedText: Sendable {
    /// The text, as valid UTF-8 without a byte-order mark.
    public var utf8: [UInt8]
    /// The encoding the input was read as.
    public var encoding: TextEncoding
}

/// Turns raw bytes into UTF-8 text: detects UTF-8, UTF-16 (by BOM) and Windows-1256, and
/// refuses binary data and damaged UTF-8 with the byte offset of the problem.
public enum TextDecoder {
    /// Decodes `bytes`, detecting the encoding unless `forced` names one.
    public static func decode(_ bytes: [UInt8], forced: TextEncoding? = nil) throws -> DecodedText {
        if let forced { return try decode(bytes, as: forced) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return try decode(bytes, as: .utf8) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return try decode(bytes, as: .utf16) }
        let check = UTF8Check(bytes)
        if let offset = check.firstControl {
            throw MarsadError(.undecodable, "binary data, not text (control byte 0x\(hex(bytes[offset])) at byte \(offset))")
        }
        if check.firstInvalid == nil { return DecodedText(utf8: bytes, encoding: .utf8) }
        // Mostly valid multi-byte UTF-8 with a flaw is damaged UTF-8, not a legacy code page.
        if check.validMultibyte >= check.invalidCount, let offset = check.firstInvalid {
            throw MarsadError(.undecodable, "invalid UTF-8 at byte \(offset)\(check.truncatedAtEnd ? " (truncated sequence at end of input)" : ""); "
                + "pass --encoding windows-1256 if the file is in that code page")
        }
        return DecodedText(utf8: windows1256ToUTF8(bytes), encoding: .windows1256)
    }

    /// Decodes `bytes` as the given encoding, failing on invalid data.
    public static func decode(_ bytes: [UInt8], as encoding: TextEncoding) throws -> DecodedText {
        switch encoding {
        case .utf8:
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            if let offset = UTF8Check(body).firstInvalid {
                throw MarsadError(.undecodable, "invalid UTF-8 at byte \(offset + bytes.count - body.count)")
            }
            return DecodedText(utf8: body, encoding: .utf8)
        case .utf16:
            return DecodedText(utf8: try utf16ToUTF8(bytes), encoding: .utf16)
        case .windows1256:
            return DecodedText(utf8: windows1256ToUTF8(bytes), encoding: .windows1256)
        }
    }

    // MARK: - Detection

    /// One pass over the bytes: the first invalid UTF-8 byte, and the first control byte that marks
    /// binary data (NUL and C0 controls other than tab, newline, carriage return, form feed, escape).
    struct UTF8Check: Equatable {
        let firstControl: Int?
        let firstInvalid: Int?
        let invalidCount: Int
        let validMultibyte: Int
        let truncatedAtEnd: Bool

        /// Checks `bytes`; `chunked: false` turns the eight-byte fast path off (for tests).
        init(_ bytes: [UInt8], chunked: Bool = true) {
            // Locals rather than stored properties inside the loop, so they live in registers.
            var firstControl: Int?, firstInvalid: Int?
            var invalidCount = 0, validMultibyte = 0, truncatedAtEnd = false
            bytes.withUnsafeBufferPointer { b in
                var i = 0
                let n = b.count
                let base = UnsafeRawPointer(b.baseAddress)
                while i < n {
                    if chunked, i + 8 <= n, let base {
                        let chunk = Self.validChunk(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
                        if chunk.length > 0 { validMultibyte += chunk.twoByte; i += chunk.length; continue }
                    }
                    let c = b[i]
                    if c < 0x80 {
                        if c < 0x20 && firstControl == nil && c != 0x09 && c != 0x0A && c != 0x0C && c != 0x0D && c != 0x1B {
                            firstControl = i
                        }
                        i += 1
                        continue
                    }
                    // The common case in Arabic text: a well-formed two-byte sequence.
                    if c >= 0xC2 && c <= 0xDF && i + 1 < n && b[i + 1] & 0xC0 == 0x80 { validMultibyte += 1; i += 2; continue }
                    let len: Int
                    var minScalar: UInt32
                    var scalar: UInt32
                    switch c {
                    case 0xC2...0xDF: len = 2; scalar = UInt32(c & 0x1F); minScalar = 0x80
                    case 0xE0...0xEF: len = 3; scalar = UInt32(c & 0x0F); minScalar = 0x800
                    case 0xF0...0xF4: len = 4; scalar = UInt32(c & 0x07); minScalar = 0x10000
                    default: len = 0; scalar = 0; minScalar = 0
                    }
                    var ok = len > 0 && i + len <= n
                    if len > 0 && !ok {
                        var k = i + 1
                        while k < n, b[k] & 0xC0 == 0x80 { k += 1 }
                        if k == n && firstInvalid == nil { truncatedAtEnd = true }
                    }
                    if ok {
                        for k in 1..<len {
                            let cc = b[i + k]
                            if cc & 0xC0 != 0x80 { ok = false; break }
                            scalar = scalar << 6 | UInt32(cc & 0x3F)
                        }
                        if ok && (scalar < minScalar || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar)) { ok = false }
                    }
                    if ok { validMultibyte += 1; i += len; continue }
                    if firstInvalid == nil { firstInvalid = i }
                    invalidCount += 1
                    i += 1
                }
            }
            self.firstControl = firstControl
            self.firstInvalid = firstInvalid
            self.invalidCount = invalidCount
            self.validMultibyte = validMultibyte
            self.truncatedAtEnd = truncatedAtEnd
        }

        /// Checks eight bytes at once (little-endian) for the common case: printable ASCII and
        /// well-formed two-byte sequences. Returns how many bytes are settled (8, or 7 when the last
        /// byte opens a sequence the next chunk completes) and how many two-byte sequences they hold;
        /// length 0 when the byte-by-byte path must decide (control bytes, longer sequences, errors).
        @inline(__always)
        static func validChunk(_ w: UInt64) -> (length: Int, twoByte: Int) {
            let high: UInt64 = 0x8080_8080_8080_8080
            let top = w & high                          // bytes ≥ 0x80
            let bit6 = (w << 1) & high, bit5 = (w << 2) & high
            var lead2 = top & bit6 & ~bit5               // 110xxxxx
            let continuation = top & ~bit6               // 10xxxxxx
            let length = lead2 >> 56 == 0 ? 8 : 7
            lead2 &= 0x00FF_FFFF_FFFF_FFFF
            // No lead of a longer sequence, and each lead followed by a continuation.
            guard top & bit6 & bit5 == 0, lead2 << 8 == continuation else { return (0, 0) }
            // Overlong leads C0 and C1 have bits 1–4 clear.
            let payload = w & 0x1E1E_1E1E_1E1E_1E1E
            guard lead2 & ~((payload &+ 0x7F7F_7F7F_7F7F_7F7F) & high) == 0 else { return (0, 0) }
            // ASCII control bytes (below 0x20), newline and tab included, go the slow way.
            let printable = ((w & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x6060_6060_6060_6060) & high
            guard ~top & ~printable & high == 0 else { return (0, 0) }
            return (length, lead2.nonzeroBitCount)
        }
    }

    // MARK: - Conversions

    private static func utf16ToUTF8(_ bytes: [UInt8]) throws -> [UInt8] {
        var bigEndian = false
        var start = 0
        if bytes.starts(with: [0xFE, 0xFF]) { bigEndian = true; start = 2 }
        else if bytes.starts(with: [0xFF, 0xFE]) { start = 2 }
        if (bytes.count - start) % 2 != 0 {
            throw MarsadError(.undecodable, "invalid UTF-16: odd number of bytes (truncated at byte \(bytes.count - 1))")
        }
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var i = start
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count * 2)
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var unitIndex = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                unitIndex += s.value > 0xFFFF ? 2 : 1
                UTF8.encode(s) { out.append($0) }
            case .emptyInput:
                return out
            case .error:
                throw MarsadError(.undecodable, "invalid UTF-16 (unpaired surrogate) at byte \(start + unitIndex * 2)")
            }
        }
    }

    /// Windows-1256 defines all 256 bytes, so this conversion never fails and loses nothing.
    static func windows1256ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            UTF8.encode(Unicode.Scalar(windows1256High[Int(b) - 0x80])!) { out.append($0) }
        }
        return out
    }

    private static func hex(_ b: UInt8) -> String {
        let s = String(b, radix: 16, uppercase: true)
        return s.count == 1 ? "0" + s : s
    }

    /// Bytes 0x80–0xFF of Windows-1256 as Unicode scalars (generated from Python's `cp1256` codec).
    private static let windows1256High: [UInt32] = [
        0x20AC, 0x067E, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0679, 0x2039, 0x0152, 0x0686, 0x0698, 0x0688,
        0x06AF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x06A9, 0x2122, 0x0691, 0x203A, 0x0153, 0x200C, 0x200D, 0x06BA,
        0x00A0, 0x060C, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
        0x00A8, 0x00A9, 0x06BE, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
        0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
        0x00B8, 0x00B9, 0x061B, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x061F,
        0x06C1, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627,
        0x0628, 0x0629, 0x062A, 0x062B, 0x062C, 0x062D, 0x062E, 0x062F,
        0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x00D7,
        0x0637, 0x0638, 0x0639, 0x063A, 0x0640, 0x0641, 0x0642, 0x0643,
        0x00E0, 0x0644, 0x00E2, 0x0645, 0x0646, 0x0647, 0x0648, 0x00E7,
        0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0649, 0x064A, 0x00EE, 0x00EF,
        0x064B, 0x064C, 0x064D, 0x064E, 0x00F4, 0x064F, 0x0650, 0x00F7,
        0x0651, 0x00F9, 0x0652, 0x00FB, 0x00FC, 0x200E, 0x200F, 0x06D2

    ]
}
