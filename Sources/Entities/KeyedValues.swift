/// A map from 64-bit hashes to 32-bit values by open addressing: the keys are already well-mixed
/// hashes, so a lookup is one masked index and usually one cache line, far cheaper than a
/// `Dictionary` (which hashes its keys again). Key 0 marks an empty slot and cannot be stored.
struct KeyedValues: Sendable {
    private var keys: [UInt64]
    private var values: [UInt32]
    private var mask: Int
    /// Number of keys stored.
    private(set) var count = 0

    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [UInt32](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: key) & mask
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        return i
    }

    /// The value stored for `key`, or nil.
    @inline(__always)
    subscript(key: UInt64) -> UInt32? {
        let i = slot(key)
        return keys[i] == key && key != 0 ? values[i] : nil
    }

    /// Stores `value` for `key`, replacing any value stored.
    mutating func set(_ key: UInt64, _ value: UInt32) { store(key, value, merging: false) }

    /// Stores `value` for `key`, or ORs it into the value stored.
    mutating func merge(_ key: UInt64, _ value: UInt32) { store(key, value, merging: true) }

    private mutating func store(_ key: UInt64, _ value: UInt32, merging: Bool) {
        precondition(key != 0, "KeyedValues cannot store the key 0")
        if (count + 1) * 2 > keys.count { grow() }
        let i = slot(key)
        if keys[i] == key {
            values[i] = merging ? values[i] | value : value
            return
        }
        keys[i] = key
        values[i] = value
        count += 1
    }

    /// All entries, ordered by key (a deterministic order for writing).
    func entries() -> [(UInt64, UInt32)] {
        zip(keys, values).filter { $0.0 != 0 }.sorted { $0.0 < $1.0 }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [UInt32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (k, v) in zip(oldKeys, oldValues) where k != 0 { values[slot(k)] = v; keys[slot(k)] = k }
    }
}
