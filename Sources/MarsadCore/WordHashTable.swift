/// A map from 64-bit word hashes to values, looked up without Swift's `Hasher`.
///
/// The passes that test every word of an article against a word list (gazetteers, organization
/// heads, nationalities, the coder's function words) key their lists by an FNV-1a hash of the
/// word. A `Set<UInt64>` hashes that hash again with SipHash on every lookup, which costs more than
/// the rest of the lookup; the keys are already well mixed, so one multiplication picks the slot
/// here (open addressing, linear probing, at most half full).
public struct WordHashMap<Value: Sendable>: Sendable {
    // (Inlinable, so that callers in other modules get a lookup specialized for their values.)
    @usableFromInline var keys: [UInt64]
    @usableFromInline var values: [Value?]
    @usableFromInline var shift: UInt64
    @usableFromInline var stored = 0
    /// The number of keys.
    public var count: Int { stored }
    /// Whether the map has no keys.
    public var isEmpty: Bool { count == 0 }

    /// An empty map with room for `capacity` keys before it grows.
    public init(capacity: Int = 8) {
        var bits: UInt64 = 3
        while 1 << bits < capacity * 2 { bits += 1 }
        keys = [UInt64](repeating: 0, count: 1 << bits)
        values = [Value?](repeating: nil, count: 1 << bits)
        shift = 64 - bits
    }

    /// A map of the pairs of a dictionary.
    public init(_ dictionary: [UInt64: Value]) {
        self.init(capacity: dictionary.count)
        for (k, v) in dictionary { self[k] = v }
    }

    @inlinable @inline(__always)
    func slot(_ key: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        let mask = keys.count - 1
        // A key of 0 is stored as itself; an empty slot is told by its missing value.
        while values[i] != nil && keys[i] != key { i = (i + 1) & mask }
        return i
    }

    /// The value for a key, if any; setting nil is not supported (the maps only grow).
    public subscript(key: UInt64) -> Value? {
        @inlinable @inline(__always) get { values[slot(key)] }
        @inlinable set {
            guard let newValue else { return }
            if (stored + 1) * 2 > keys.count { grow() }
            let i = slot(key)
            if values[i] == nil { stored += 1 }
            keys[i] = key
            values[i] = newValue
        }
    }

    /// Whether the map has a key.
    @inlinable @inline(__always)
    public func contains(_ key: UInt64) -> Bool { values[slot(key)] != nil }

    @inlinable mutating func grow() {   // inlinable, so that it is specialized too: generic, it cost thousands of instructions a key
        let old = zip(keys, values).compactMap { k, v in v.map { (k, $0) } }
        self = WordHashMap(capacity: keys.count)
        for (k, v) in old { self[k] = v }
    }
}

/// The 64-bit FNV-1a hash of bytes, from `seed` (the FNV offset basis, or a hash to continue).
@inlinable
public func fnv1a<C: Collection>(_ bytes: C, seed: UInt64 = 0xcbf29ce484222325) -> UInt64 where C.Element == UInt8 {
    var h = seed
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
    return h
}

/// A set of 64-bit word hashes, looked up without Swift's `Hasher` (see `WordHashMap`).
public struct WordHashSet: Sendable {
    @usableFromInline var map: WordHashMap<Bool>

    /// A set of the given hashes.
    public init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
        map = WordHashMap(capacity: hashes.underestimatedCount)
        for h in hashes { map[h] = true }
    }

    /// Whether the set holds a hash.
    @inlinable @inline(__always)
    public func contains(_ hash: UInt64) -> Bool { map.contains(hash) }

    /// The number of hashes.
    public var count: Int { map.count }
}
