/// What a token is made of.
public enum TokenKind: UInt8, Sendable {
    /// Arabic-script letters (with any diacritics and tatweel inside).
    case word
    /// Digits in any script, with separators between digits (`3.5`, `29/3/2023`, `17:00`).
    case number
    /// Latin letters, possibly mixed with ASCII digits (`COVID19`).
    case latin
    /// A web address.
    case url
    /// One punctuation mark or symbol (a run of dots is one token: `...`).
    case punctuation

    /// The name used in JSON output.
    public var name: String {
        switch self {
        case .word: return "word"
        case .number: return "number"
        case .latin: return "latin"
        case .url: return "url"
        case .punctuation: return "punct"
        }
    }
}

/// A token: a half-open range of UTF-8 byte offsets into the text, and its kind.
public struct Token: Hashable, Sendable {
    // 32-bit offsets halve the memory a document's tokens take (texts stay under 2 GB).
    private var start32: Int32
    private var end32: Int32
    /// What the token is made of.
    public var kind: TokenKind
    /// First byte.
    public var start: Int { get { Int(start32) } set { start32 = Int32(newValue) } }
    /// One past the last byte.
    public var end: Int { get { Int(end32) } set { end32 = Int32(newValue) } }
    /// Creates a token.
    public init(start: Int, end: Int, kind: TokenKind) {
        start32 = Int32(start)
        end32 = Int32(end)
        self.kind = kind
    }

    /// Whether the token is a comma, Arabic (،) or Latin (,), in `text`.
    public func isComma(in text: [UInt8]) -> Bool {
        kind == .punctuation && (end - start == 1 ? text[start] == 0x2C : end - start == 2 && text[start] == 0xD8 && text[start + 1] == 0x8C)
    }
}

/// Splits text into words, numbers, Latin runs, URLs and punctuation, in one pass over UTF-8 bytes.
public enum Tokenizer {
    /// Appends the tokens of `p[range]` to `tokens`.
    public static func tokenize(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into tokens: inout [Token]) {
        // Tokens gather in a small buffer and reach the array in batches: appending one by one
        // cost a uniqueness and capacity check per token.
        withUnsafeTemporaryAllocation(of: Token.self, capacity: 256) { batch in
            var count = 0
            tokenize(p, range) { token in
                if count == batch.count { tokens.append(contentsOf: batch); count = 0 }
                batch.initializeElement(at: count, to: token)
                count += 1
            }
            tokens.append(contentsOf: batch[..<count])
        }
    }

    @inline(__always)
    private static func tokenize(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, emit: (Token) -> Void) {
        var i = range.lowerBound
        let end = range.upperBound
        let inWord = arabicBlockInWord
        while i < end {
            let b = p[i]
            if b == 0x20 || b == 0x0A { i += 1; continue }
            if b == UInt8(ascii: "h") || b == UInt8(ascii: "w") || b == UInt8(ascii: "H") || b == UInt8(ascii: "W"),
               let urlEnd = urlEnd(p, i, end) {
                emit(Token(start: i, end: urlEnd, kind: .url))
                i = urlEnd
                continue
            }
            let (s, len) = UTF8Scalars.decode(p, i)
            if UTF8Scalars.isArabicBlock(p, i, end) ? inWord[UTF8Scalars.arabicBlockIndex(p, i)] : Self.isWordScalar(s) {
                var j = i + len
                while j < end {
                    // Fast path: two-byte letters of the Arabic block.
                    if UTF8Scalars.isArabicBlock(p, j, end) {
                        guard inWord[UTF8Scalars.arabicBlockIndex(p, j)] else { break }
                        j += 2
                        continue
                    }
                    if p[j] < 0x80 { break }
                    let (t, l) = UTF8Scalars.decode(p, j)
                    guard Self.isWordScalar(t) || t == 0x200C else { break }
                    j += l
                }
                emit(Token(start: i, end: j, kind: .word))
                i = j
            } else if UTF8Scalars.digitValue(s) != nil {
                var j = i + len
                while j < end {
                    let (t, l) = UTF8Scalars.decode(p, j)
                    if UTF8Scalars.digitValue(t) != nil { j += l; continue }
                    if isNumberSeparator(t), j + l < end, UTF8Scalars.digitValue(UTF8Scalars.decode(p, j + l).scalar) != nil {
                        j += l; continue
                    }
                    break
                }
                emit(Token(start: i, end: j, kind: .number))
                i = j
            } else if UTF8Scalars.isLatinLetter(s) {
                var j = i + len
                while j < end {
                    let (t, l) = UTF8Scalars.decode(p, j)
                    guard UTF8Scalars.isLatinLetter(t) || (0x30...0x39).contains(t) else { break }
                    j += l
                }
                emit(Token(start: i, end: j, kind: .latin))
                i = j
            } else if UTF8Scalars.isSpace(s) || UTF8Scalars.isFormatControl(s) {
                i += len
            } else {
                var j = i + len
                if s == 0x2E { while j < end && p[j] == 0x2E { j += 1 } }
                emit(Token(start: i, end: j, kind: .punctuation))
                i = j
            }
        }
    }

    /// Tokenizes a string (a convenience for tests and tools; offsets are UTF-8 byte offsets).
    public static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        Array(text.utf8).withUnsafeBufferPointer { tokenize($0, 0..<$0.count, into: &tokens) }
        return tokens
    }

    @inline(__always)
    private static func isWordScalar(_ s: UInt32) -> Bool {
        UTF8Scalars.isArabicLetter(s) || UTF8Scalars.isArabicDiacritic(s) || s == UTF8Scalars.tatweel
    }

    /// Which scalars of U+0600…U+06FF continue a word, indexed by scalar − 0x600.
    private static let arabicBlockInWord = ArabicBlockTable(isWordScalar)

    @inline(__always)
    private static func isNumberSeparator(_ s: UInt32) -> Bool {
        s == 0x2E || s == 0x2C || s == 0x2F || s == 0x3A || s == 0x2D || s == 0x066B || s == 0x066C
    }

    private static let urlTrailingPunctuation: Set<UInt8> = Set(".,);:!?".utf8)

    /// The end of a URL starting at `i` (`http://`, `https://` or `www.`), or nil.
    private static func urlEnd(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        func hasPrefix(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount
            guard i + n <= end else { return false }
            for k in 0..<n where p[i + k] | 0x20 != s.utf8Start[k] { return false }
            return true
        }
        guard hasPrefix("http://") || hasPrefix("https://") || hasPrefix("www.") else { return nil }
        if i > 0, UTF8Scalars.isLatinLetter(UInt32(p[i - 1])) { return nil }
        var j = i
        while j < end {
            let b = p[j]
            if b <= 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") { break }
            if b >= 0x80 {
                let (s, len) = UTF8Scalars.decode(p, j)
                if UTF8Scalars.isSpace(s) || s == 0xAB || s == 0xBB || s == 0x201C || s == 0x201D || s == 0x2026 { break }
                j += len
                continue
            }
            j += 1
        }
        // Trailing sentence punctuation belongs to the sentence, not the address.
        while j > i, Self.urlTrailingPunctuation.contains(p[j - 1]) { j -= 1 }
        // Arabic comma ، (D8 8C) glued to the end.
        while j - 2 > i, p[j - 2] == 0xD8, p[j - 1] == 0x8C { j -= 2 }
        return j > i + 4 ? j : nil
    }
}
