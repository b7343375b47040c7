import MarsadCore
import ArabicText

/// Per token of an article, the hash of its name key (`NameKey.wordHash`), nil for tokens that are
/// not words or have none: computed once and shared by the resolver, the event coder and the quote
/// finder, which all test every word. With a map of word roles, also each word's roles.
public struct WordHashes: Sendable {
    /// Per token three slots: the word's key hash, and after one and after two proclitics (0: none).
    private let values: [UInt64]
    /// Per token, the roles of its key under any of its proclitic readings (none without a role map).
    public let roles: [WordRoles]

    /// Hashes every word token of `text`, with each proclitic reading it may have, and looks up each
    /// reading's roles in `roles` (none: no roles).
    public init(_ text: [UInt8], tokens: [Token], roles: WordHashMap<WordRoles>? = nil) {
        self.init(text, tokens: tokens) { p, range in
            let h = WordHashMemo.read(p, range)
            return (h, roles.map { WordHashMemo.roles(of: h, in: $0) } ?? [])
        }
    }

    /// The same, looking a word met before up in `memo` (roles from the memo's map) rather than reading it again.
    public init(_ text: [UInt8], tokens: [Token], memo: WordHashMemo) {
        self.init(text, tokens: tokens) { p, range in memo.entry(p, range) }
    }

    private init(_ text: [UInt8], tokens: [Token],
                 read: (UnsafeBufferPointer<UInt8>, Range<Int>) -> ((UInt64, UInt64, UInt64), WordRoles)) {
        var roles = [WordRoles](repeating: [], count: tokens.count)
        values = text.withUnsafeBufferPointer { p in
            var values = [UInt64](repeating: 0, count: tokens.count * 3)
            values.withUnsafeMutableBufferPointer { v in
                roles.withUnsafeMutableBufferPointer { r in
                    for i in tokens.indices where tokens[i].kind == .word {
                        let (h, wordRoles) = read(p, tokens[i].start..<tokens[i].end)
                        v[i * 3] = h.0; v[i * 3 + 1] = h.1; v[i * 3 + 2] = h.2
                        r[i] = wordRoles
                    }
                }
            }
            return values
        }
        self.roles = roles
    }

    /// The hash of token `i`'s key, if it has one.
    public subscript(i: Int) -> UInt64? { values[i * 3] == 0 ? nil : values[i * 3] }

    /// The hash of token `i`'s key after `skip` bytes of proclitics (0, 2 or 4), if it has one.
    public func hash(token i: Int, skip: Int) -> UInt64? {
        let h = values[i * 3 + skip / 2]
        return h == 0 ? nil : h
    }
}

/// The `WordHashes` and roles of words met before, by the FNV hash of their bytes: news repeats its
/// words, and a hash of a word's bytes costs a fraction of reading its letters with each proclitic
/// reading again and of looking each reading up in the role map, which is too large for the core's cache.
/// Direct-mapped (a newer word takes an older one's slot); kept by one thread at a time (`ScratchPool`).
public final class WordHashMemo {
    private struct Entry {
        var key: UInt64 = 0
        var hashes: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var roles: WordRoles = []
    }
    private let shift: UInt64
    private let entries: UnsafeMutableBufferPointer<Entry>
    /// The role map the memo's roles come from.
    private let roleMap: WordHashMap<WordRoles>

    /// A memo of 2^`bits` words, with their roles in `roles`.
    public init(roles: WordHashMap<WordRoles>, bits: Int = 15) {
        roleMap = roles
        shift = UInt64(64 - bits)
        entries = .allocate(capacity: 1 << bits)
        entries.initialize(repeating: Entry())
    }

    deinit { entries.deallocate() }

    /// The word's hashes as `WordHashes` keeps them (as written, after one proclitic, after two), and their roles.
    @inline(__always)
    func entry(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> ((UInt64, UInt64, UInt64), WordRoles) {
        var key: UInt64 = 0xcbf29ce484222325
        for i in range { key = (key ^ UInt64(p[i])) &* 0x100000001b3 }
        // The bytes after the word decide its proclitic readings too (`procliticCount` looks 4 bytes on).
        key = (key ^ UInt64(NameKey.procliticCount(p, at: range.lowerBound))) &* 0x100000001b3
        let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        if entries[slot].key == key { return (entries[slot].hashes, entries[slot].roles) }
        let h = Self.read(p, range), roles = Self.roles(of: h, in: roleMap)
        entries[slot] = Entry(key: key, hashes: h, roles: roles)
        return (h, roles)
    }

    /// The word's hashes, read from its letters.
    static func read(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (UInt64, UInt64, UInt64) {
        NameKey.wordHashes(p, range, proclitics: NameKey.procliticCount(p, at: range.lowerBound))
    }

    /// The roles of a word's readings in `map`.
    static func roles(of h: (UInt64, UInt64, UInt64), in map: WordHashMap<WordRoles>) -> WordRoles {
        var roles: WordRoles = []
        if h.0 != 0, let r = map[h.0] { roles.formUnion(r) }
        if h.1 != 0, let r = map[h.1] { roles.formUnion(r) }
        if h.2 != 0, let r = map[h.2] { roles.formUnion(r) }
        return roles
    }
}

/// The name keys of spans met before, by the FNV hash of their bytes: the resolver keys the same names and
/// words in article after article, and building a key (normalizing, cutting articles, rendering a string)
/// costs many times the hash. Direct-mapped (a newer span takes an older one's slot); kept by one thread at
/// a time (`ScratchPool`).
public final class NameKeyMemo {
    private let shift: UInt64
    private let hashes: UnsafeMutableBufferPointer<UInt64>
    private let keys: UnsafeMutableBufferPointer<String>

    /// A memo of 2^`bits` keys.
    public init(bits: Int = 13) {
        shift = UInt64(64 - bits)
        hashes = .allocate(capacity: 1 << bits)
        hashes.initialize(repeating: 0)
        keys = .allocate(capacity: 1 << bits)
        keys.initialize(repeating: "")
    }

    deinit {
        hashes.deallocate()
        keys.deinitialize()
        keys.deallocate()
    }

    /// `NameKey.key(utf8:)` of the bytes.
    public func key(_ p: UnsafeBufferPointer<UInt8>) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in p { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        h = ((h ^ UInt64(p.count)) &* 0x100000001b3) | 1   // never 0, the empty slot
        let slot = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
        if hashes[slot] == h { return keys[slot] }
        let key = NameKey.key(utf8: p)
        hashes[slot] = h
        keys[slot] = key
        return key
    }
}

/// The lookup keys of Arabic names. Two spellings of one name share a key: diacritics, hamza,
/// alef and taa-marbuta variants, the article (الأميركية and UniversalPetrarch's lemma أميركي),
/// and `عبد اللهيان` / `عبداللهيان`. The loose key also forgives vowel letters and the letters
/// Arabic uses in turn for one foreign sound (سيرغي/سيرجي، بوتين/بوتن).
public enum NameKey {
    private static let normalizer = ArabicNormalizer(.matching)
    /// `normalizer.map` over U+0600…U+06FF (0: dropped), for the letters that make up nearly every key.
    private static let arabicBlock = ArabicBlockTable { normalizer.map($0) ?? 0 }
    /// Over the same block, the key letter (0: dropped, `UInt32.max`: not a letter).
    private static let keyLetters = ArabicBlockTable { s -> UInt32 in
        guard let m = normalizer.map(s) else { return 0 }
        return isLetter(m) ? m : .max
    }

    /// The normalized scalar for `s` (nil: dropped), through the table for the Arabic block.
    @inline(__always)
    private static func normalized(_ s: UInt32) -> UInt32? {
        guard s >= 0x600, s < 0x700 else { return normalizer.map(s) }
        let m = arabicBlock[Int(s - 0x600)]
        return m == 0 ? nil : m
    }
    fileprivate static let alef: UInt32 = 0x0627, lam: UInt32 = 0x0644, ha: UInt32 = 0x0647
    fileprivate static let abd0: UInt32 = 0x0639, abd1: UInt32 = 0x0628, abd2: UInt32 = 0x062F   // ع ب د

    /// The exact key: normalized words, each without its article and final ة, `عبد` joined to
    /// the next word. Empty when the text has no letters. The article is written with a bare alef:
    /// a word that starts with أل or إل (ألماني، ألبان) keeps its first letters.
    public static func key(_ text: some StringProtocol) -> String {
        var string = String(text)
        return string.withUTF8 { key(utf8: $0) }
    }

    /// The exact key of UTF-8 bytes (valid UTF-8), built in one pass with no intermediate arrays: the
    /// resolver keys every mention, and `render(words(_:))` allocated an array per word.
    public static func key(utf8 p: UnsafeBufferPointer<UInt8>, loose: Bool = false) -> String {
        guard !p.isEmpty else { return "" }
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: p.count) { letters in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: p.count + 1) { starts in
                var b = KeyBuilder(letters: letters, starts: starts)
                var i = 0
                while i < p.count {
                    let (scalar, length) = UTF8Scalars.decode(p, i)
                    i += length
                    guard let m = normalized(scalar) else { continue }
                    if isLetter(m) { b.append(m, original: scalar) } else { b.endWord() }
                }
                b.endWord()
                return b.render(loose: loose)
            }
        }
    }

    /// The letters of a key being built, word after word in one buffer, with the rules of `flush`.
    private struct KeyBuilder {
        let letters: UnsafeMutableBufferPointer<UInt32>
        /// Where each finished word starts in `letters`.
        let starts: UnsafeMutableBufferPointer<Int>
        var count = 0, words = 0, current = 0, hamzaFirst = false

        mutating func append(_ m: UInt32, original: UInt32) {
            if count == current { hamzaFirst = NameKey.isHamzaAlef(original) }
            letters[count] = m
            count += 1
        }

        /// Ends the word in `letters[current..<count]`, as `flush` does.
        mutating func endWord() {
            var n = count - current
            guard n > 0 else { return }
            var lo = 0
            if n > 3, letters[current] == alef, letters[current + 1] == lam, !hamzaFirst { lo = 2 }
            else if n > 4, letters[current] == lam, letters[current + 1] == lam, words == 0 { lo = 2 }
            if lo > 0 { remove(at: current, 2); n -= 2 }
            if n > 5, letters[current] == abd0, letters[current + 1] == abd1, letters[current + 2] == abd2,
               letters[current + 3] == alef, letters[current + 4] == lam { remove(at: current + 3, 2); n -= 2 }
            let previous = words > 0 ? starts[words - 1] : -1
            let afterAbd = previous >= 0 && current - previous == 3 && letters[previous] == abd0
                && letters[previous + 1] == abd1 && letters[previous + 2] == abd2
            if !afterAbd { starts[words] = current; words += 1 }   // عبد joins the word after it
            current = count
        }

        private mutating func remove(at i: Int, _ k: Int) {
            var j = i
            while j + k < count { letters[j] = letters[j + k]; j += 1 }
            count -= k
        }

        /// The words as UTF-8, one space between, a final ه dropped from words of three letters or more;
        /// `loose` as `looseWord` makes each word loose.
        func render(loose: Bool) -> String {
            String(unsafeUninitializedCapacity: count * 2 + words) { out in
                var k = 0
                for w in 0..<words {
                    let start = starts[w], end = w + 1 < words ? starts[w + 1] : count
                    if w > 0 { out[k] = 0x20; k += 1 }
                    let last = end - start > 2 && letters[end - 1] == NameKey.ha ? end - 1 : end
                    var previous: UInt32 = 0
                    for c in start..<last {
                        var m = letters[c]
                        if loose {
                            m = NameKey.soundClass(m)
                            if c > start, m == 0x0627 || m == 0x0648 || m == 0x064A { continue }
                            if c > start, m == previous { continue }
                            previous = m
                        }
                        k += UTF8Scalars.encode(m, into: out, at: k)
                    }
                }
                return k
            }
        }
    }

    /// The loose key: the exact key without inner vowel letters, with sound-alike letters merged.
    public static func looseKey(_ text: some StringProtocol) -> String {
        var string = String(text)
        return string.withUTF8 { key(utf8: $0, loose: true) }
    }

    /// A word of the exact key made loose (the word-by-word reference for `KeyBuilder.render(loose:)`).
    static func looseWord(_ w: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        for (i, s) in w.enumerated() {
            let m = soundClass(s)
            if i > 0, m == 0x0627 || m == 0x0648 || m == 0x064A { continue }
            if let last = out.last, last == m { continue }
            out.append(m)
        }
        return out
    }

    /// The hash of `key(word)` for one word given as UTF-8 bytes, without building a String: the
    /// resolver's fast test of every word of an article against the gazetteer and organization heads.
    /// Nil when the bytes hold anything but letters (and diacritics).
    public static func wordHash(_ text: [UInt8], _ range: Range<Int>) -> UInt64? {
        text.withUnsafeBufferPointer { wordHash($0, range) }
    }

    /// `wordHash` over bytes already lent: a pass over every word of an article borrows them once.
    public static func wordHash(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64? {
        let h = wordHashes(text, range, proclitics: 1).0
        return h == 0 ? nil : h
    }

    /// The number of proclitic readings to try at a word start (`ProcliticLengths`): 1 (the word as
    /// written), 2 after و ب ل ف ك, 3 after وب and ول.
    public static func procliticCount(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        guard start + 1 < text.count, text[start] == 0xD9 || text[start] == 0xD8 else { return 1 }
        let a = text[start], b = text[start + 1]
        let single = (a == 0xD9 && (b == 0x88 || b == 0x84 || b == 0x81 || b == 0x83)) || (a == 0xD8 && b == 0xA8)   // و ل ف ك، ب
        guard single else { return 1 }
        if a == 0xD9, b == 0x88, start + 3 < text.count, (text[start + 2] == 0xD8 && text[start + 3] == 0xA8) || (text[start + 2] == 0xD9 && text[start + 3] == 0x84) {
            return 3
        }
        return 2
    }

    /// `wordHash` of the word in `range` and of what follows its first 2 and 4 bytes, for the first
    /// `proclitics` of them (0 for none or no key), from one decoding of its letters: the resolver
    /// reads every word of an article with each proclitic reading it may have.
    public static func wordHashes(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, proclitics: Int) -> (UInt64, UInt64, UInt64) {
        let table = keyLetters   // read once: each read of a static goes through its lazy initializer
        // Up to 16 letters after the longest proclitic (two letters): each letter with the byte it starts at
        // and whether it was a hamza on alef (an article's alef is bare).
        var letters: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                      UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &letters) { raw -> (UInt64, UInt64, UInt64) in
            let buf = raw.bindMemory(to: UInt64.self)   // letter << 32 | hamza << 31 | byte offset in the word
            var n = 0, i = range.lowerBound
            while i < range.upperBound {
                let b = text[i], at = i - range.lowerBound
                var s: UInt32, m: UInt32
                // A letter of the Arabic block (two bytes, lead D8–DB): one table says dropped, letter or neither.
                if b & 0xFC == 0xD8, i + 1 < range.upperBound {
                    s = UInt32(b & 0x1F) << 6 | UInt32(text[i + 1] & 0x3F)
                    i += 2
                    m = table[Int(s - 0x600)]
                    if m == 0 { continue }
                    guard m != .max else { return (0, 0, 0) }
                } else {
                    let len: Int
                    if b < 0x80 { s = UInt32(b); len = 1 }
                    else if b & 0xE0 == 0xC0, i + 1 < range.upperBound { s = UInt32(b & 0x1F) << 6 | UInt32(text[i + 1] & 0x3F); len = 2 }
                    else if b & 0xF0 == 0xE0, i + 2 < range.upperBound {
                        s = UInt32(b & 0x0F) << 12 | UInt32(text[i + 1] & 0x3F) << 6 | UInt32(text[i + 2] & 0x3F); len = 3
                    } else { return (0, 0, 0) }
                    i += len
                    guard let mapped = normalized(s) else { continue }
                    guard isLetter(mapped) else { return (0, 0, 0) }
                    m = mapped
                }
                guard n < 18 else { n += 1; break }
                buf[n] = UInt64(m) << 32 | (isHamzaAlef(s) ? 1 << 31 : 0) | UInt64(at)
                n += 1
            }
            var out: (UInt64, UInt64, UInt64) = (0, 0, 0)
            var first = 0
            for reading in 0..<proclitics {
                while first < n, first < 18, Int(buf[first] & 0x7FFF_FFFF) < 2 * reading { first += 1 }
                let h = hash(buf, from: first, to: n)
                switch reading { case 0: out.0 = h; case 1: out.1 = h; default: out.2 = h }
            }
            return out
        }
    }

    /// The FNV hash of the key of `letters[from..<to]` (from `wordHashes`): the article and a final ة
    /// dropped, `عبدال…` keeping عبد; 0 for none or more than 16 letters.
    @inline(__always)
    private static func hash(_ letters: UnsafeMutableBufferPointer<UInt64>, from: Int, to n: Int) -> UInt64 {
        guard n - from <= 16, n > from else { return 0 }
        @inline(__always) func letter(_ k: Int) -> UInt32 { UInt32(truncatingIfNeeded: letters[k] >> 32) }
        var start = from
        let hamzaFirst = letters[from] & (1 << 31) != 0
        if n - from > 3, letter(from) == alef, letter(from + 1) == lam, !hamzaFirst { start = from + 2 }
        else if n - from > 4, letter(from) == lam, letter(from + 1) == lam { start = from + 2 }
        var end = n
        // عبدال… keeps عبد and drops the article, as key() does.
        var skipFrom = -1
        if end - start > 5, letter(start) == abd0, letter(start + 1) == abd1, letter(start + 2) == abd2, letter(start + 3) == alef, letter(start + 4) == lam {
            skipFrom = start + 3
        }
        let count = end - start - (skipFrom >= 0 ? 2 : 0)
        if count > 2, letter(end - 1) == ha { end -= 1 }
        var h: UInt64 = 0xcbf29ce484222325
        var k = start
        while k < end {
            if k == skipFrom { k += 2; continue }
            h = (h ^ UInt64(letter(k))) &* 0x100000001b3
            k += 1
        }
        return end > start ? h : 0
    }

    /// Whether a key is one word (keys separate their words with single spaces).
    public static func isOneWord(_ key: String) -> Bool { !key.utf8.contains(0x20) }

    /// The words of a key, or of any text split at single spaces (empty words dropped).
    public static func words(ofKey key: String) -> [Substring] {
        var out: [Substring] = []
        var start = key.utf8.startIndex
        for i in key.utf8.indices where key.utf8[i] == 0x20 {
            if i > start { out.append(key[start..<i]) }
            start = key.utf8.index(after: i)
        }
        if start < key.utf8.endIndex { out.append(key[start...]) }
        return out
    }

    /// A key's first word.
    public static func firstWord(_ key: String) -> Substring {
        key.utf8.firstIndex(of: 0x20).map { key[..<$0] } ?? key[...]
    }

    /// A key's last word.
    public static func lastWord(_ key: String) -> Substring {
        key.utf8.lastIndex(of: 0x20).map { key[key.utf8.index(after: $0)...] } ?? key[...]
    }

    /// The hash `wordHash` gives a one-word key.
    public static func hash(ofKey key: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        // Decoded from UTF-8 here: iterating a String's scalars costs several times more.
        var key = key
        key.withUTF8 { p in
            var i = 0
            while i < p.count {
                let (scalar, length) = UTF8Scalars.decode(p, i)
                h = (h ^ UInt64(scalar)) &* 0x100000001b3
                i += length
            }
        }
        return h
    }

    /// The hash `wordHash` gives the written word behind one word of a key: past a key's first word, `key`
    /// keeps the ل + ال that `wordHash` drops (للإغاثة), as it drops it only from a name's first word.
    public static func hash(ofKeyWord word: String) -> UInt64 {
        hash(ofKey: word.hasPrefix("لل") && word.unicodeScalars.count > 4 ? String(word.dropFirst(2)) : word)
    }

    /// The words of the exact key, as scalars: the word-by-word reference that tests hold `key(utf8:)` to.
    static func words(_ text: some StringProtocol) -> [[UInt32]] {
        var words: [[UInt32]] = []
        var current: [UInt32] = []
        current.reserveCapacity(16)
        var hamzaFirst = false
        // Decoded from UTF-8 here: iterating a String's scalars cost more than the rest of a key. (The closure
        // keeps its state to itself: state a closure captures is checked for exclusive access on every use.)
        var string = String(text)
        let scalars: [UInt32] = string.withUTF8 { p in
            var out: [UInt32] = []
            out.reserveCapacity(p.count)
            var i = 0
            while i < p.count {
                let (scalar, length) = UTF8Scalars.decode(p, i)
                out.append(scalar)
                i += length
            }
            return out
        }
        for scalar in scalars {
            guard let m = normalized(scalar) else { continue }
            if isLetter(m) {
                if current.isEmpty { hamzaFirst = isHamzaAlef(scalar) }
                current.append(m)
            } else {
                flush(&current, into: &words, hamzaFirst: hamzaFirst)
            }
        }
        flush(&current, into: &words, hamzaFirst: hamzaFirst)
        for i in words.indices where words[i].count > 2 && words[i].last == ha { words[i].removeLast() }
        return words
    }

    /// Ends the word in `current`: its article dropped, عبدال… made عبد…, and عبد joined to the word after it.
    private static func flush(_ current: inout [UInt32], into words: inout [[UInt32]], hamzaFirst: Bool) {
        guard !current.isEmpty else { return }
        let n = current.count
        var lo = 0
        if n > 3, current[0] == alef, current[1] == lam, !hamzaFirst { lo = 2 }
        else if n > 4, current[0] == lam, current[1] == lam, words.isEmpty { lo = 2 }   // للولايات: ل + ال
        var w = Array(current[lo...])
        current.removeAll(keepingCapacity: true)
        if w.count > 5, w[0] == abd0, w[1] == abd1, w[2] == abd2, w[3] == alef, w[4] == lam { w.removeSubrange(3..<5) }   // عبدالله → عبدله
        if let last = words.last, last.count == 3, last[0] == abd0, last[1] == abd1, last[2] == abd2 {
            words[words.count - 1] = last + w
        } else {
            words.append(w)
        }
    }

    static func render(_ words: [[UInt32]]) -> String {
        // Encoded to UTF-8 in the String's own storage: appending scalar by scalar to a String's
        // scalar view built an intermediate String per scalar. Key letters (`isLetter`) are ASCII or
        // Arabic, two bytes at most; the capacity stays small so that a short key needs no allocation.
        let capacity = words.reduce(0) { $0 + $1.count * 3 + 1 }
        return String(unsafeUninitializedCapacity: capacity) { out in
            var k = 0
            for (i, w) in words.enumerated() {
                if i > 0 { out[k] = 0x20; k += 1 }
                for c in w { k += UTF8Scalars.encode(c, into: out, at: k) }
            }
            return k
        }
    }

    /// أ إ آ: an alef that cannot be the article's.
    static func isHamzaAlef(_ s: UInt32) -> Bool { s == 0x0623 || s == 0x0625 || s == 0x0622 }

    private static func isLetter(_ s: UInt32) -> Bool {
        (0x0621...0x064A).contains(s) || (0x0671...0x06D3).contains(s)
            || (0x41...0x5A).contains(s) || (0x61...0x7A).contains(s) || (0x30...0x39).contains(s)
    }

    fileprivate static func soundClass(_ s: UInt32) -> UInt32 {
        switch s {
        case 0x063A, 0x062C, 0x0642: return 0x0643   // غ ج ق → ك
        case 0x062B, 0x0635: return 0x0633           // ث ص → س
        case 0x0637: return 0x062A                   // ط → ت
        case 0x0636: return 0x062F                   // ض → د
        case 0x0630, 0x0638: return 0x0632           // ذ ظ → ز
        case 0x062D: return 0x0647                   // ح → ه
        case 0x0621, 0x0626, 0x0624: return 0x0627   // ء ئ ؤ → ا
        default: return s
        }
    }
}
