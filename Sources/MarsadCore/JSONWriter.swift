/// Writes JSON straight into a UTF-8 byte buffer: deterministic key order, no intermediate objects.
///
/// Callers write keys in the order they want them; the writer handles commas, escaping and
/// optional two-space indentation.
///
/// The bytes go to raw memory the writer owns, so a byte costs a store rather than an array's uniqueness
/// and capacity checks: a writer is passed `inout`, never copied while it writes (copies share the memory).
public struct JSONWriter {
    /// The bytes written so far (a copy).
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0, capacity: Int
    /// Owns `base` (freed with the last copy). The pointer is kept in the struct too, so that a write
    /// reads no class property (each such read is a run-time exclusivity check).
    private let memory: Memory
    private let pretty: Bool
    private var depth = 0
    private var needsComma = false
    /// Depth at which an inline (one-line) object was opened, or nil.
    private var inlineFrom: Int?
    /// Depth at which a compact object (no spaces, even when pretty-printing) was opened, or nil.
    private var compactFrom: Int?

    /// Creates a writer; `pretty` indents nested values by two spaces.
    public init(pretty: Bool, reservingCapacity capacity: Int = 4096) {
        self.pretty = pretty
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
        memory = Memory(base)
    }

    /// Frees the writer's memory when the last copy of the writer goes.
    private final class Memory {
        var base: UnsafeMutablePointer<UInt8>
        init(_ base: UnsafeMutablePointer<UInt8>) { self.base = base }
        deinit { base.deallocate() }
    }

    /// Room for `n` more bytes.
    @inline(__always)
    private mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    private mutating func grow(_ needed: Int) {
        capacity = max(needed, capacity * 2)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        memory.base = grown
    }

    @inline(__always)
    private mutating func put(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count += 1
    }

    @inline(__always)
    private mutating func put(_ p: UnsafeBufferPointer<UInt8>) {
        guard let from = p.baseAddress, p.count > 0 else { return }
        reserve(p.count)
        (base + count).update(from: from, count: p.count)
        count += p.count
    }

    private mutating func put<C: Collection>(contentsOf c: C) where C.Element == UInt8 {
        if let done: Void = c.withContiguousStorageIfAvailable({ put($0) }) { return done }
        for b in c { put(b) }
    }

    /// Opens an object, as a value or (with `key`) as a member; an `inline` object is written on
    /// one line even when pretty-printing (for small records such as spans); a `compact` one is also
    /// written without spaces, as a value stored apart is (an entity's `actor` and `place`).
    public mutating func beginObject(_ key: String? = nil, inline: Bool = false, compact: Bool = false) {
        open(key, UInt8(ascii: "{"))
        if (inline || compact) && inlineFrom == nil { inlineFrom = depth }
        if compact && compactFrom == nil { compactFrom = depth }
    }
    /// Closes the innermost object.
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    /// Opens an array, as a value or (with `key`) as a member.
    public mutating func beginArray(_ key: String? = nil) { open(key, UInt8(ascii: "[")) }
    /// Closes the innermost array.
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes a string member or value; nil writes `null`.
    public mutating func string(_ key: String?, _ value: String?) {
        prefix(key)
        if let value { writeQuoted(value) } else { append("null") }
    }

    /// Writes a string built from UTF-8 bytes (an array slice: the common case, copied without generics).
    public mutating func string(_ key: String?, utf8 value: ArraySlice<UInt8>) {
        prefix(key)
        value.withUnsafeBufferPointer { writeQuoted($0) }
    }

    /// Writes a string built from UTF-8 bytes.
    public mutating func string<C: Collection>(_ key: String?, utf8 value: C) where C.Element == UInt8 {
        prefix(key)
        writeQuoted(value)
    }

    /// Writes an integer member or value.
    public mutating func int(_ key: String?, _ value: Int) {
        prefix(key)
        number(value)
    }

    /// Writes a boolean member or value.
    public mutating func bool(_ key: String?, _ value: Bool) {
        prefix(key)
        append(value ? "true" : "false")
    }

    /// Writes a number with at most `places` decimals, trailing zeros dropped, as a member or value.
    public mutating func decimal(_ key: String?, _ x: Double, places: Int) {
        prefix(key)
        number(x, places: places)
    }

    // A value written in pieces, for small objects of a fixed shape written by the thousand (an entity's
    // actor and place), where `beginObject` and a call per member cost more than the bytes:
    // `startValue`, then `fragment`s of JSON the caller vouches for, `quoted` strings and `number`s.

    /// Starts a value written in pieces, as a member or value.
    public mutating func startValue(_ key: String?) { prefix(key) }

    /// Appends JSON text as it is.
    public mutating func fragment(_ json: StaticString) {
        put(UnsafeBufferPointer(start: json.utf8Start, count: json.utf8CodeUnitCount))
    }

    /// Appends a string as a JSON string, or null.
    public mutating func quoted(_ s: String?) {
        if let s { writeQuoted(s) } else { append("null") }
    }

    /// Appends a number with at most `places` decimals, trailing zeros dropped.
    public mutating func number(_ x: Double, places: Int) {
        reserve(24 + places)
        count += Self.writeDecimal(x, places: places, to: base + count)
    }

    /// Appends an integer.
    public mutating func number(_ value: Int) {
        // Digits written in place: `String(value)` cost more than the rest of a member.
        var n = value.magnitude, digits: (UInt64, UInt64, UInt64) = (0, 0, 0), length = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat { d[length] = UInt8(ascii: "0") + UInt8(n % 10); n /= 10; length += 1 } while n > 0
            if value < 0 { put(UInt8(ascii: "-")) }
            for i in stride(from: length - 1, through: 0, by: -1) { put(d[i]) }
        }
    }

    /// Writes `x` with at most `places` decimals, trailing zeros dropped (stable across platforms, unlike
    /// formatting a Double), to `out`, which has room for 24 + `places` bytes; returns the bytes written.
    public static func writeDecimal(_ x: Double, places: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let n = Int((abs(x) * Double(scale)).rounded())
        var frac = n % scale, digits = places
        while digits > 0 && frac % 10 == 0 { frac /= 10; digits -= 1 }   // trailing zeros dropped
        var k = 0
        if x < 0 && n != 0 { out[k] = 0x2D; k += 1 }
        var whole = n / scale, start = k
        repeat { out[k] = 0x30 + UInt8(whole % 10); k += 1; whole /= 10 } while whole > 0
        var run = UnsafeMutableBufferPointer(start: out + start, count: k - start)
        run.reverse()
        if digits > 0 {
            out[k] = 0x2E; k += 1
            start = k
            for _ in 0..<digits { out[k] = 0x30 + UInt8(frac % 10); k += 1; frac /= 10 }
            run = UnsafeMutableBufferPointer(start: out + start, count: k - start)
            run.reverse()
        }
        return k
    }

    /// Writes an already serialized JSON value (compact) as a member or value.
    public mutating func raw<C: Collection>(_ key: String?, json: C) where C.Element == UInt8 {
        prefix(key)
        put(contentsOf: json)
    }

    /// Writes an already serialized JSON value held in an array (copied without generics).
    public mutating func raw(_ key: String?, json: [UInt8]) {
        prefix(key)
        put(contentsOf: json)
    }

    /// Ends the document with a newline and returns its bytes.
    public mutating func finish() -> [UInt8] {
        put(UInt8(ascii: "\n"))
        return bytes
    }

    // MARK: - Internals

    private mutating func open(_ key: String?, _ bracket: UInt8) {
        prefix(key)
        put(bracket)
        depth += 1
        needsComma = false
    }

    private var isInline: Bool { inlineFrom.map { depth >= $0 } ?? false }

    private mutating func close(_ bracket: UInt8) {
        let wasInline = isInline
        depth -= 1
        if let from = inlineFrom, depth < from { inlineFrom = nil }
        if let from = compactFrom, depth < from { compactFrom = nil }
        if pretty && needsComma && !wasInline { newline() }
        put(bracket)
        needsComma = true
    }

    private mutating func prefix(_ key: String?) {
        if needsComma { put(UInt8(ascii: ",")) }
        let spaced = pretty && compactFrom == nil
        if pretty && isInline { if needsComma && spaced { put(UInt8(ascii: " ")) } }
        else if pretty && depth > 0 { newline() }
        if let key {
            // Keys are the writer's callers' own identifiers: nothing in them to escape.
            put(UInt8(ascii: "\""))
            put(contentsOf: key.utf8)
            put(UInt8(ascii: "\""))
            put(UInt8(ascii: ":"))
            if spaced { put(UInt8(ascii: " ")) }
        }
        needsComma = true
    }

    private mutating func newline() {
        put(UInt8(ascii: "\n"))
        for _ in 0..<(depth * 2) { put(UInt8(ascii: " ")) }
    }

    private mutating func append(_ s: String) { put(contentsOf: s.utf8) }

    private mutating func writeQuoted(_ s: String) {
        // A native string lends its bytes directly; only a bridged or lazy one is copied.
        if let done: Void = s.utf8.withContiguousStorageIfAvailable({ writeQuoted($0) }) { return done }
        var copy = s
        copy.withUTF8 { writeQuoted($0) }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func writeQuoted<C: Collection>(_ utf8: C) where C.Element == UInt8 {
        if let done: Void = utf8.withContiguousStorageIfAvailable({ writeQuoted($0) }) { return done }
        writeQuoted(Array(utf8))
    }

    /// Whether any of eight bytes needs escaping: a control byte, a quote or a backslash (each test finds a
    /// zero byte: (x - 0x01…) & ~x & 0x80…; a byte of 0x80 or more has its top bit set and is never flagged).
    @inline(__always)
    static func needsEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let control = (w &- ones &* 0x20) & ~w & high
        let q = w ^ (ones &* 0x22), bs = w ^ (ones &* 0x5C)
        return (control | ((q &- ones) & ~q & high) | ((bs &- ones) & ~bs & high)) != 0
    }

    /// Copies runs that need no escaping in bulk; escapes quotes, backslashes and control bytes.
    private mutating func writeQuoted(_ p: UnsafeBufferPointer<UInt8>) {
        put(UInt8(ascii: "\""))
        var runStart = 0, i = 0
        while i < p.count {
            // Eight bytes at a time where none needs escaping: text is nearly all letters.
            if i + 8 <= p.count, !Self.needsEscape(UInt64(littleEndian: UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self))) {
                i += 8
                continue
            }
            let b = p[i], at = i
            i += 1
            guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
            if at > runStart { put(UnsafeBufferPointer(rebasing: p[runStart..<at])) }
            runStart = at + 1
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): put(UInt8(ascii: "\\")); put(b)
            case UInt8(ascii: "\n"): put(UInt8(ascii: "\\")); put(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): put(UInt8(ascii: "\\")); put(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): put(UInt8(ascii: "\\")); put(UInt8(ascii: "t"))
            default:
                for e in [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), Self.hex[Int(b >> 4)], Self.hex[Int(b & 0xF)]] {
                    put(e)
                }
            }
        }
        if p.count > runStart { put(UnsafeBufferPointer(rebasing: p[runStart..<p.count])) }
        put(UInt8(ascii: "\""))
    }
}
