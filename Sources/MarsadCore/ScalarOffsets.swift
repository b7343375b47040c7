/// Converts UTF-8 byte offsets into Unicode scalar (code point) offsets, the unit of every public span.
///
/// Work inside Marsad is done on bytes; offsets become scalar offsets only when written out.
/// Queries must come in non-decreasing order, which lets one forward pass serve a whole document.
public struct ScalarOffsets {
    private let utf8: [UInt8]
    private var byte = 0
    private var scalar = 0

    /// Creates a converter over a text's UTF-8 bytes.
    public init(_ utf8: [UInt8]) { self.utf8 = utf8 }

    /// The scalar offset of a byte offset; offsets must not decrease between calls (else it restarts).
    public mutating func scalarOffset(ofByte target: Int) -> Int {
        if target < byte { byte = 0; scalar = 0 }
        let end = min(target, utf8.count)
        while byte < end {
            if utf8[byte] & 0xC0 != 0x80 { scalar += 1 }
            byte += 1
        }
        return scalar
    }
}

/// A half-open range of UTF-8 byte offsets into some text.
public struct ByteSpan: Hashable, Sendable {
    /// First byte.
    public var start: Int
    /// One past the last byte.
    public var end: Int
    /// Creates a span.
    public init(_ start: Int, _ end: Int) { self.start = start; self.end = end }
}
