import Foundation
import MarsadCore

/// Splits tokenized text into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `؟` (taking any closing quotes or brackets that follow), and
/// always at a paragraph break. It does not end after an abbreviation (`د.`, `U.S.`, a listed
/// abbreviation) or inside a quotation that closes later in the same paragraph, so a quoted
/// statement of several sentences stays whole. Decimal points never split: `3.5` is one number token.
public struct SentenceSplitter: Sendable {
    private let abbreviations: Set<[UInt8]>
    /// The longest abbreviation in bytes: longer words are not looked up (most periods end a sentence).
    private let longestAbbreviation: Int

    /// A splitter with the bundled abbreviation list.
    public static let standard = SentenceSplitter(abbreviations: SentenceSplitter.loadAbbreviations())

    /// Creates a splitter with a set of abbreviations (without their final period).
    public init(abbreviations: Set<String>) {
        self.abbreviations = Set(abbreviations.map { Array($0.utf8) })
        longestAbbreviation = self.abbreviations.map(\.count).max() ?? 0
    }

    /// The sentences of `p`, as byte spans from their first token's start to their last token's end.
    public func split(_ p: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> [ByteSpan] {
        var sentences: [ByteSpan] = []
        var start = -1
        var closers: [UInt32] = []
        var k = 0
        func close(at end: Int) {
            if start >= 0 { sentences.append(ByteSpan(start, end)) }
            start = -1
            closers.removeAll(keepingCapacity: true)
        }
        while k < tokens.count {
            let tok = tokens[k]
            if k > 0 && hasNewline(p, tokens[k - 1].end, tok.start) { close(at: tokens[k - 1].end) }
            if start < 0 { start = tok.start }
            guard tok.kind == .punctuation else { k += 1; continue }
            let s = UTF8Scalars.decode(p, tok.start).scalar
            if let top = closers.last, s == top {
                closers.removeLast()
            } else if let closer = Self.closer(of: s), closesInParagraph(p, tokens, from: k + 1, closer: closer) {
                closers.append(closer)
            }
            // A terminal ends the sentence outside quotes, or right before the closing mark of the only open quote.
            let endsQuote = closers.count == 1 && k + 1 < tokens.count && tokens[k + 1].start == tok.end
                && tokens[k + 1].kind == .punctuation && UTF8Scalars.decode(p, tokens[k + 1].start).scalar == closers[0]
            if closers.isEmpty || endsQuote, isTerminal(p, tok, s), !followsAbbreviation(p, tokens, k) {
                var last = k
                while last + 1 < tokens.count, tokens[last + 1].kind == .punctuation,
                      !hasNewline(p, tokens[last].end, tokens[last + 1].start),
                      Self.isTrailingCloser(UTF8Scalars.decode(p, tokens[last + 1].start).scalar) || isTerminal(p, tokens[last + 1], UTF8Scalars.decode(p, tokens[last + 1].start).scalar) {
                    last += 1
                }
                close(at: tokens[last].end)
                k = last + 1
                continue
            }
            k += 1
        }
        if let lastToken = tokens.last { close(at: lastToken.end) }
        return sentences
    }

    // MARK: - Rules

    @inline(__always)
    private func isTerminal(_ p: UnsafeBufferPointer<UInt8>, _ tok: Token, _ s: UInt32) -> Bool {
        switch s {
        case 0x2E: return tok.end - tok.start == 1   // "." but not "..."
        case 0x21, 0x3F, 0x061F, 0x06D4: return true
        default: return false
        }
    }

    /// The closing mark for an opening quotation mark or bracket.
    private static func closer(of s: UInt32) -> UInt32? {
        switch s {
        case 0xAB: return 0xBB        // « »
        case 0x201C: return 0x201D    // “ ”
        case 0x22: return 0x22        // " "
        case 0x28: return 0x29        // ( )
        default: return nil
        }
    }

    private static func isTrailingCloser(_ s: UInt32) -> Bool {
        s == 0xBB || s == 0x201D || s == 0x22 || s == 0x29 || s == 0x5D || s == 0x2019 || s == 0x27
    }

    private func hasNewline(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var i = from
        while i < to { if p[i] == 0x0A { return true }; i += 1 }
        return false
    }

    private func closesInParagraph(_ p: UnsafeBufferPointer<UInt8>, _ tokens: [Token], from: Int, closer: UInt32) -> Bool {
        var k = from
        while k < tokens.count {
            if hasNewline(p, tokens[k - 1].end, tokens[k].start) { return false }
            if tokens[k].kind == .punctuation, UTF8Scalars.decode(p, tokens[k].start).scalar == closer { return true }
            k += 1
        }
        return false
    }

    private func followsAbbreviation(_ p: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ k: Int) -> Bool {
        guard p[tokens[k].start] == 0x2E, k > 0 else { return false }
        let prev = tokens[k - 1]
        guard prev.end == tokens[k].start, prev.kind == .word || prev.kind == .latin else { return false }
        // A letter glued to a number (2015م.) is a unit, and the period may well end the sentence.
        let gluedToNumber = k > 1 && tokens[k - 2].end == prev.start && tokens[k - 2].kind == .number
        if !gluedToNumber && Self.letterCount(p, prev) == 1 { return true }
        // Dotted abbreviations such as أ.د. arrive as letter, ".", letter.
        var from = prev.start
        var j = k - 1
        while j >= 2, tokens[j - 1].end == tokens[j].start, tokens[j - 1].kind == .punctuation,
              p[tokens[j - 1].start] == 0x2E, tokens[j - 2].end == tokens[j - 1].start {
            j -= 2
            from = tokens[j].start
        }
        return prev.end - from <= longestAbbreviation && abbreviations.contains(Array(p[from..<prev.end]))
    }

    private static func letterCount(_ p: UnsafeBufferPointer<UInt8>, _ tok: Token) -> Int {
        var n = 0
        var i = tok.start
        while i < tok.end {
            let (s, len) = UTF8Scalars.decode(p, i)
            if UTF8Scalars.isArabicLetter(s) || UTF8Scalars.isLatinLetter(s) { n += 1 }
            i += len
        }
        return n
    }

    private static func loadAbbreviations() -> Set<String> { Set(ResourceFile.lines(.module, "abbreviations", "txt")) }
}
