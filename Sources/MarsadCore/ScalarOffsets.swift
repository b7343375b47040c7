/// Converts UTF-8 byte offsets into Unicode scalar (code point) offsets, the unit of every public span.
///
/// Work inside Marsad is done on bytes; offsets become scalar offsets only when written out.
/// The scalar count at the start of every 64-byte block is counted once, eight bytes at a time, so a
/// query in any order costs the count of at most 63 bytes. (A cursor that walked from the last query
/// cost about a thousand instructions a query in the writing of an article's entities, times and events.)
public struct ScalarOffsets {
    private let utf8: [UInt8]
    /// The scalars before byte `64 * i`, for every block start up to the end of the text.
    private let blockStarts: [Int]

    /// Creates a converter over a text's UTF-8 bytes.
    public init(_ utf8: [UInt8]) {
        self.utf8 = utf8
        var starts = [Int](repeating: 0, count: utf8.count / 64 + 1)
        utf8.withUnsafeBufferPointer { p in
            var scalars = 0
            for block in 1..<starts.count {
                scalars += Self.scalarStarts(p, (block - 1) * 64, block * 64)
                starts[block] = scalars
            }
        }
        blockStarts = starts
    }

    /// The scalar offset of a byte offset at a scalar boundary (offsets outside the text are clamped to it).
    public func scalarOffset(ofByte target: Int) -> Int {
        let end = min(max(target, 0), utf8.count)
        let block = end / 64
        return blockStarts[block] + utf8.withUnsafeBufferPointer { Self.scalarStarts($0, block * 64, end) }
    }

    /// The bytes of `p[from..<to]` that begin a scalar (all but the continuation bytes 10xxxxxx).
    private static func scalarStarts(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        var count = 0, i = from
        while i + 8 <= to {
            let w = UInt64(littleEndian: UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self))
            let continuation = w & ~(w << 1) & 0x8080_8080_8080_8080   // bit 7 set, bit 6 clear
            count += 8 - continuation.nonzeroBitCount
            i += 8
        }
        while i < to { if p[i] & 0xC0 != 0x80 { count += 1 }; i += 1 }
        return count
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
