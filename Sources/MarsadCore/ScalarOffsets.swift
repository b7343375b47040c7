/// Converts UTF-8 byte offsets into Unicode scalar (code point) offsets, the unit of every public span.
///
/// Work inside Marsad is done on bytes; offsets become scalar offsets only when written out.
/// Each query walks from the last one, forward or back, so queries in near order (an event's
/// sentence, trigger and mentions) cost the distance between them, and one pass serves a document.
public struct ScalarOffsets {
    private let utf8: [UInt8]
    private var byte = 0
    private var scalar = 0

    /// Creates a converter over a text's UTF-8 bytes.
    public init(_ utf8: [UInt8]) { self.utf8 = utf8 }

    /// The scalar offset of a byte offset at a scalar boundary.
    public mutating func scalarOffset(ofByte target: Int) -> Int {
        if target < byte {
            let start = max(target, 0)
            while byte > start {
                byte -= 1
                if utf8[byte] & 0xC0 != 0x80 { scalar -= 1 }
            }
            return scalar
        }
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
