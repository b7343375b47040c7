import Foundation
import MarsadCore

/// Appends little-endian numbers and strings to a byte buffer (the model file format).
struct BinaryWriter {
    var bytes: [UInt8] = []

    mutating func put<T: FixedWidthInteger>(_ v: T) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }
    mutating func put(_ v: Float) { put(v.bitPattern) }
    mutating func put(_ s: String) {
        put(UInt32(s.utf8.count))
        bytes.append(contentsOf: s.utf8)
    }
}

/// Reads what `BinaryWriter` wrote, failing with a clear error at the end of the data.
struct BinaryReader {
    let bytes: [UInt8]
    var offset = 0
    let origin: String

    init(_ bytes: [UInt8], origin: String) {
        self.bytes = bytes
        self.origin = origin
    }

    func corrupt(_ what: String) -> MarsadError {
        MarsadError(.malformed, "\(origin): not a valid Marsad model (bad \(what) at byte \(offset))")
    }

    mutating func take<T: FixedWidthInteger>(_: T.Type) throws -> T {
        let n = MemoryLayout<T>.size
        guard offset + n <= bytes.count else { throw corrupt("length: the file ends early") }
        var v: T = 0
        for i in 0..<n { v |= T(bytes[offset + i]) << (8 * i) }
        offset += n
        return v
    }
    mutating func u32() throws -> UInt32 { try take(UInt32.self) }
    mutating func u64() throws -> UInt64 { try take(UInt64.self) }
    mutating func string() throws -> String {
        let n = Int(try u32())
        guard n <= 1 << 16, offset + n <= bytes.count else { throw corrupt("string") }
        defer { offset += n }
        return String(decoding: bytes[offset..<(offset + n)], as: UTF8.self)
    }
    mutating func floats(_ n: Int) throws -> [Float] {
        guard n >= 0, offset + 4 * n <= bytes.count else { throw corrupt("weights: the file ends early") }
        var out = [Float](repeating: 0, count: n)
        out.withUnsafeMutableBytes { dst in
            bytes.withUnsafeBytes { src in dst.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[offset..<(offset + 4 * n)])) }
        }
        offset += 4 * n
        return out
    }
}
