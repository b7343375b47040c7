import XCTest
@testable import Entities

final class PackedWeightsTests: XCTestCase {
    /// Every key stored gives its own weights, and keys never stored give none, among keys that share
    /// a slot, share the top byte kept per slot, or have a top byte of 0, in a table run full of clusters.
    func testLookupFindsStoredKeysAndOnlyThem() {
        var stored: [UInt64] = []
        for i: UInt64 in 1...3_000 {
            stored.append(i)                              // top byte 0, consecutive slots
            stored.append(0xAB00_0000_0000_0000 | i << 20) // one top byte, many sharing a slot
            stored.append(KeyHash.feature(7, i))
        }
        var table = FeatureTable(capacity: stored.count)
        for (row, key) in stored.enumerated() { table.insert(key, row: Int32(row)) }
        let weights = (0..<stored.count * 2).map { Float($0) }
        let packed = PackedWeights([(table, weights, 2)])
        var out = [Float](repeating: 0, count: 2)
        for (row, key) in stored.enumerated() {
            out = [0, 0]
            out.withUnsafeMutableBufferPointer { packed.add(key, into: $0, at: 0) }
            XCTAssertEqual(out, [Float(2 * row), Float(2 * row + 1)], "key \(key)")
        }
        let absent: [UInt64] = (3_001...6_000).map { $0 } + (3_001...6_000).map { 0xAB00_0000_0000_0000 | $0 << 20 }
            + (1...3_000).map { 0xAC00_0000_0000_0000 | $0 << 20 } + (1...3_000).map { KeyHash.feature(8, $0) }
        for key in absent {
            out = [0, 0]
            out.withUnsafeMutableBufferPointer { packed.add(key, into: $0, at: 0) }
            XCTAssertEqual(out, [0, 0], "key \(key)")
        }
    }
}
