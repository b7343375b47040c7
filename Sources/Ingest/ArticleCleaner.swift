import Foundation
import MarsadCore
import ArabicText

/// Why a span of the raw input is not in the clean text.
public enum RemovalReason: String, Sendable, CaseIterable {
    /// HTML markup or its residue (`img src="…" />`).
    case html
    /// An image caption with its photo credit.
    case caption
    /// Site furniture inside the article: share prompts, "read also", notices.
    case boilerplate
    /// Trailing site furniture after the article: disclaimers, privacy links, stray punctuation.
    case footer
    /// The title line, moved to the `title` field.
    case title
    /// The author line, moved to the `byline` field.
    case byline
    /// A line with no letters or digits.
    case noise
}

/// A span of the raw input left out of the clean text, and why.
public struct Removal: Sendable, Equatable {
    /// UTF-8 byte offsets into the raw input.
    public var span: ByteSpan
    /// Why it was left out.
    public var reason: RemovalReason

    /// Sorts removals and resolves overlaps: a span inside a wider one (a tag inside a footer line)
    /// is dropped, a partial overlap is trimmed, so the result is disjoint and in raw order.
    static func disjoint(_ removals: [Removal]) -> [Removal] {
        var out: [Removal] = []
        for r in removals.sorted(by: { ($0.span.start, -$0.span.end) < ($1.span.start, -$1.span.end) }) {
            var r = r
            if let last = out.last {
                if r.span.end <= last.span.end { continue }
                r.span.start = max(r.span.start, last.span.end)
            }
            if r.span.end > r.span.start { out.append(r) }
        }
        return out
    }
}

/// A paragraph of the clean text.
public struct Paragraph: Sendable, Equatable {
    /// UTF-8 byte offsets into the clean text.
    public var span: ByteSpan
    /// Whether it reads as a section heading (short, unpunctuated, followed by text).
    public var isHeading: Bool
}

/// The cleaner's result: the clean body, what was pulled out of it, and a map back to the raw input.
public struct CleanedArticle: Sendable {
    /// The clean body as UTF-8: paragraphs separated by `\n`.
    public var text: [UInt8] = []
    /// The title found in the text (plain-text inputs), if any.
    public var title: String?
    /// The author line found in the text, if any.
    public var byline: String?
    /// Everything left out, in raw order.
    public var removed: [Removal] = []
    /// The paragraphs of `text`.
    public var paragraphs: [Paragraph] = []
    /// Pieces of `text` copied byte for byte from the raw input: (clean byte offset, raw byte offset,
    /// length). Empty for HTML, whose text decodes entities.
    public var pieces: [(clean: Int, raw: Int, length: Int)] = []
}

/// Cleans scraped article text: takes out HTML residue, captions, boilerplate and footers,
/// finds the title and byline of plain-text articles, and keeps headings as paragraphs.
///
/// The rules are general (see README, "Cleaning"); the knowledge they use (credits, boilerplate
/// phrases) lives in `CleaningRules`.
public struct ArticleCleaner: Sendable {
    /// Whether to read the first line as the title and a short line after it as the byline.
    public var findsTitleAndByline: Bool
    private let rules: CleaningRules

    /// Creates a cleaner.
    public init(findsTitleAndByline: Bool, rules: CleaningRules = .standard) {
        self.findsTitleAndByline = findsTitleAndByline
        self.rules = rules
    }

    /// Which scalars of U+0600…U+06FF are letters or digits, indexed by scalar − 0x600.
    private static let arabicLetterOrDigit = ArabicBlockTable {
        UTF8Scalars.isArabicLetter($0) || UTF8Scalars.digitValue($0) != nil
    }

    /// Word counts above this are never compared, but for the title (at most 40 words), which is
    /// counted again with `titleWordCap`.
    private static let wordCap = 26
    private static let titleWordCap = 41

    private struct Line {
        var range: Range<Int>
        var kept: [Range<Int>]
        var words = 0
        var hasLetters = false
    }

    /// Cleans raw UTF-8 text.
    public func clean(_ raw: [UInt8]) -> CleanedArticle {
        raw.withUnsafeBufferPointer { p in clean(p) }
    }

    private func clean(_ p: UnsafeBufferPointer<UInt8>) -> CleanedArticle {
        var out = CleanedArticle()
        out.text.reserveCapacity(p.count)
        var lines: [Line] = []
        var start = 0
        while start <= p.count {
            let i = find(p, 0x0A, start, p.count) ?? p.count
            var end = i
            if end > start && p[end - 1] == 0x0D { end -= 1 }
            lines.append(Line(range: start..<end, kept: [start..<end]))
            start = i + 1
        }

        var removed: [Removal] = []
        for li in lines.indices {
            clean(p, &lines[li], &removed)
        }

        if let last = lines.indices.last(where: { !lines[$0].kept.isEmpty }) { removeKeywordList(p, &lines[last], &removed) }
        var role = [RemovalReason?](repeating: nil, count: lines.count)
        let content = lines.indices.filter { !lines[$0].kept.isEmpty }

        // Footer: trailing furniture, read from the end: lines without letters or digits, boilerplate
        // (disclaimers, privacy notices, SMS subscription codes), and a lone contact e-mail address.
        for li in content.reversed() {
            let line = lines[li]
            if !line.hasLetters || isBoilerplate(p, line) || (line.words == 1 && isEmailAddress(p, line)) {
                role[li] = .footer
            } else { break }
        }
        var body = content.filter { role[$0] == nil }
        // The first line is the title when more text follows it; a one-line article is all body.
        if findsTitleAndByline, body.count > 1, let first = body.first,
           count(p, &lines[first], cap: Self.titleWordCap) <= 40 {
            role[first] = .title
            out.title = string(p, lines[first])
            body.removeFirst()
            if body.count > 1, isByline(p, lines[body[0]]) {
                role[body[0]] = .byline
                out.byline = string(p, lines[body[0]])
                body.removeFirst()
            }
        }
        for li in body {
            if !lines[li].hasLetters { role[li] = .noise }
            else if isBoilerplate(p, lines[li]) { role[li] = .boilerplate }
        }
        // A removed line is removed whole, markup inside it included.
        for li in content {
            if let reason = role[li] {
                let whole = trim(p, lines[li].range)
                removed.append(Removal(span: ByteSpan(whole.lowerBound, whole.upperBound), reason: reason))
            }
        }
        out.removed = Removal.disjoint(removed)

        // Assemble the clean text.
        let kept = content.filter { role[$0] == nil }
        for (n, li) in kept.enumerated() {
            if n > 0 { out.text.append(0x0A) }
            let paragraphStart = out.text.count
            for (k, piece) in lines[li].kept.enumerated() {
                if k > 0 && !isSpace(out.text.last) && !isSpace(p[piece.lowerBound]) { out.text.append(0x20) }
                out.pieces.append((clean: out.text.count, raw: piece.lowerBound, length: piece.count))
                out.text.append(contentsOf: UnsafeBufferPointer(rebasing: p[piece]))
            }
            let words = lines[li].words
            let next = n + 1 < kept.count ? lines[kept[n + 1]].words : 0
            let heading = n > 0 && words <= 12 && next > words && !endsWithPunctuation(out.text)
            out.paragraphs.append(Paragraph(span: ByteSpan(paragraphStart, out.text.count), isHeading: heading))
        }
        return out
    }

    /// Takes markup and captions out of one line, trims its pieces and counts its words.
    private func clean(_ p: UnsafeBufferPointer<UInt8>, _ line: inout Line, _ removed: inout [Removal]) {
        removeMarkup(p, &line, &removed)
        count(p, &line)
        // Captions are short lines, or open behind a stray "<": long paragraphs need no scan.
        if line.words <= 25 || line.kept.first.map({ p[trim(p, $0).lowerBound...].first == UInt8(ascii: "<") }) == true {
            let before = line.kept
            removeCaption(p, &line, &removed)
            if line.kept != before { count(p, &line) }
        }
        if line.kept.count != 1 || line.kept[0].isEmpty || trim(p, line.kept[0]) != line.kept[0] {
            line.kept = line.kept.map { trim(p, $0) }.filter { !$0.isEmpty }
        }
    }

    // MARK: - Keyword lists

    /// Removes a site's keyword list from the end of the article's last line (`… في المملكة. سمات الجوازات
    /// وافدون وثيقة سفر`): a label of `tag-labels.txt` at the start of the line or after the end of a
    /// sentence, followed by at most 25 words and no punctuation.
    private func removeKeywordList(_ p: UnsafeBufferPointer<UInt8>, _ line: inout Line, _ removed: inout [Removal]) {
        guard let piece = line.kept.last, !rules.tagLabels.isEmpty else { return }
        let lineStart = line.kept[0].lowerBound
        var i = piece.upperBound - 1
        while i >= piece.lowerBound {
            defer { i -= 1 }
            let b = p[i]
            // Punctuation in the tail: no list (. ، ؟ ! : and quotation marks; the Arabic ones by their last byte).
            if b == 0x2E || b == 0x21 || b == 0x3A || b == 0x22 || (b == 0x8C && i > 0 && p[i - 1] == 0xD8)
                || (b == 0x9F && i > 0 && p[i - 1] == 0xD8) { return }
            guard i == lineStart || p[i - 1] == 0x20 else { continue }
            guard rules.tagLabels.contains(where: { l in
                i + l.count < piece.upperBound && p[i + l.count] == 0x20 && p[i..<(i + l.count)].elementsEqual(l)
            }) else { continue }
            // The label opens the line, or follows the end of a sentence.
            var k = i - 1
            while k >= lineStart && (p[k] == 0x20 || p[k] == 0xA0 || p[k] == 0xC2) { k -= 1 }
            // (. ! ؟, or a closing quotation mark or bracket: ” » " ))
            let closes = p[k] == 0x2E || p[k] == 0x21 || p[k] == 0x22 || p[k] == 0x29 || (p[k] == 0x9F && k > 0 && p[k - 1] == 0xD8)
                || (p[k] == 0x9D && k > 1 && p[k - 1] == 0x80 && p[k - 2] == 0xE2) || (p[k] == 0xBB && k > 0 && p[k - 1] == 0xC2)
            guard i == lineStart || k < lineStart || closes else { return }
            let tail = i..<piece.upperBound
            guard Self.wordCount(p, [tail], cap: 26).words <= 25 else { return }
            removed.append(Removal(span: ByteSpan(tail.lowerBound, tail.upperBound), reason: .footer))
            line.kept = subtract(line.kept, [tail]).map { trim(p, $0) }.filter { !$0.isEmpty }
            count(p, &line)
            return
        }
    }

    // MARK: - Markup

    /// Removes tags (`<p>`, `</div>`) and tag residue that lost its `<` (`img src="…" alt="" />`).
    private func removeMarkup(_ p: UnsafeBufferPointer<UInt8>, _ line: inout Line, _ removed: inout [Removal]) {
        let end = line.range.upperBound
        // Most lines hold neither "<" nor "=": two vectorized searches settle them.
        guard find(p, UInt8(ascii: "<"), line.range.lowerBound, end) != nil
                || find(p, UInt8(ascii: "="), line.range.lowerBound, end) != nil else { return }
        var cuts: [Range<Int>] = []
        var i = line.range.lowerBound
        while i < end {
            if p[i] == UInt8(ascii: "<"), i + 1 < end, isTagStart(p[i + 1]), let close = find(p, UInt8(ascii: ">"), i + 1, end) {
                cuts.append(i..<(close + 1)); i = close + 1; continue
            }
            if p[i] == UInt8(ascii: "="), i + 1 < end, p[i + 1] == UInt8(ascii: "\""), let tag = residueStart(p, i, line.range.lowerBound),
               let close = find(p, UInt8(ascii: ">"), i, end) {
                if let last = cuts.last, last.upperBound > tag { cuts.removeLast(); cuts.append(last.lowerBound..<(close + 1)) }
                else { cuts.append(tag..<(close + 1)) }
                i = close + 1; continue
            }
            i += 1
        }
        for cut in cuts { removed.append(Removal(span: ByteSpan(cut.lowerBound, cut.upperBound), reason: .html)) }
        line.kept = subtract(line.kept, cuts)
    }

    private func isTagStart(_ b: UInt8) -> Bool {
        (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") || b == UInt8(ascii: "/") || b == UInt8(ascii: "!")
    }

    /// For `attr="` at `eq`, the start of `tag attr=` (and a `<` before it), if it reads as markup.
    private func residueStart(_ p: UnsafeBufferPointer<UInt8>, _ eq: Int, _ lineStart: Int) -> Int? {
        var j = eq
        while j > lineStart, isASCIIName(p[j - 1]) { j -= 1 }          // attribute name
        guard j < eq, j > lineStart, p[j - 1] == 0x20 else { return nil }
        j -= 1
        let nameEnd = j
        while j > lineStart, isASCIIName(p[j - 1]) { j -= 1 }          // tag name
        guard j < nameEnd else { return nil }
        if j > lineStart, p[j - 1] == UInt8(ascii: "<") { j -= 1 }
        return j
    }

    private func isASCIIName(_ b: UInt8) -> Bool {
        (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") || b == UInt8(ascii: "-") || (b >= 0x30 && b <= 0x39)
    }

    // MARK: - Captions

    /// Removes an image caption ending in a photo credit: at the start of a line behind a stray `<`
    /// (the text after it stays), or as a whole short line.
    private func removeCaption(_ p: UnsafeBufferPointer<UInt8>, _ line: inout Line, _ removed: inout [Removal]) {
        guard let first = line.kept.first else { return }
        let start = trim(p, first).lowerBound
        guard start < first.upperBound else { return }
        let stray = p[start] == UInt8(ascii: "<")
        let limit = min(line.range.upperBound, start + 600)
        var i = start
        var words = 0
        while i < limit {
            let b = p[i]
            if b == 0x20 { words += 1 }
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || (b == 0xD8 && i + 1 < limit && p[i + 1] == 0x9F) { return }
            if b == UInt8(ascii: "(") {
                guard let close = find(p, UInt8(ascii: ")"), i + 1, limit) else { return }
                // Credits are short: "(أ ف ب)", "(Getty Images)".
                guard close - i <= 48, words <= 40, rules.isCredit(String(decoding: p[(i + 1)..<close], as: UTF8.self)) else { return }
                let rest = trim(p, (close + 1)..<line.range.upperBound)
                guard stray || (rest.isEmpty && words <= 25) else { return }
                removed.append(Removal(span: ByteSpan(start, close + 1), reason: .caption))
                line.kept = subtract(line.kept, [start..<(close + 1)])
                return
            }
            i += 1
        }
    }

    // MARK: - Lines

    /// A line of at most 25 words that opens with a boilerplate phrase.
    private func isBoilerplate(_ p: UnsafeBufferPointer<UInt8>, _ line: Line) -> Bool {
        guard line.words <= 25, let first = line.kept.first, let last = line.kept.last, !first.isEmpty,
              rules.mayBeBoilerplate(p, first.lowerBound, last.upperBound) else { return false }
        return rules.isBoilerplate(string(p, line))
    }

    private func isEmailAddress(_ p: UnsafeBufferPointer<UInt8>, _ line: Line) -> Bool {
        guard let r = line.kept.first, let at = r.firstIndex(where: { p[$0] == UInt8(ascii: "@") }) else { return false }
        return at > r.lowerBound && r[(at + 1)...].contains { p[$0] == UInt8(ascii: ".") } && r.allSatisfy { p[$0] < 0x80 }
    }

    private func isByline(_ p: UnsafeBufferPointer<UInt8>, _ line: Line) -> Bool {
        guard line.words >= 2, line.words <= 6, line.hasLetters else { return false }
        for r in line.kept {
            for i in r {
                switch p[i] {
                case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "("), 0x30...0x39: return false
                case 0xD8 where i + 1 < r.upperBound && (p[i + 1] == 0x8C || p[i + 1] == 0x9F || p[i + 1] == 0x9B): return false
                case 0xC2 where i + 1 < r.upperBound && (p[i + 1] == 0xAB || p[i + 1] == 0xBB): return false
                default: continue
                }
            }
        }
        return true
    }

    /// Counts a line's words and notes whether it has a letter or digit (see `wordCount`).
    @discardableResult
    private func count(_ p: UnsafeBufferPointer<UInt8>, _ line: inout Line, cap: Int = wordCap) -> Int {
        (line.words, line.hasLetters) = Self.wordCount(p, line.kept, cap: cap)
        return line.words
    }

    /// Counts the words (runs of non-space) in `ranges` and whether they hold a letter or digit.
    /// Every rule asks only "no letters?" or "at most N words?" for small N, so counting stops at
    /// `cap` + 1 words once a letter has been seen: long paragraphs cost almost nothing. After the
    /// first letter, text of ASCII and Arabic letters is read eight bytes at a time (`chunked`).
    static func wordCount(_ p: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>], cap: Int,
                          chunked: Bool = true) -> (words: Int, hasLetters: Bool) {
        var words = 0, hasLetters = false
        let arabicLetterOrDigit = Self.arabicLetterOrDigit
        let base = UnsafeRawPointer(p.baseAddress)
        scan: for r in ranges {
            var inWord = false
            var i = r.lowerBound
            while i < r.upperBound {
                if chunked, hasLetters, i + 8 <= r.upperBound, let base {
                    let chunk = Self.wordStarts(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self)),
                                                inWord: inWord)
                    if chunk.length > 0 {
                        // The scalar path stops at the first word start past the cap.
                        if chunk.starts > 0 && words + chunk.starts > cap { words = max(words + 1, cap + 1); break scan }
                        words += chunk.starts; inWord = chunk.endsInWord; i += chunk.length
                        continue
                    }
                }
                let b = p[i]
                let isSpace: Bool, isLetter: Bool
                if b < 0x80 {
                    isSpace = b == 0x20 || b == 0x09
                    isLetter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39)
                    i += 1
                } else if UTF8Scalars.isArabicBlock(p, i, r.upperBound) && !(b == 0xD8 && p[i + 1] == 0x9C) {
                    // Two bytes, never a space (but for the letter mark U+061C); a letter or digit by table.
                    isSpace = false
                    isLetter = arabicLetterOrDigit[UTF8Scalars.arabicBlockIndex(p, i)]
                    i += 2
                } else {
                    let (s, len) = UTF8Scalars.decode(p, i)
                    isSpace = UTF8Scalars.isSpace(s) || UTF8Scalars.isFormatControl(s)
                    isLetter = UTF8Scalars.isArabicLetter(s) || UTF8Scalars.isLatinLetter(s) || UTF8Scalars.digitValue(s) != nil
                    i += len
                }
                if isSpace { inWord = false; continue }
                if !inWord {
                    words += 1; inWord = true
                    if words > cap && hasLetters { break scan }
                }
                if isLetter { hasLetters = true }
            }
        }
        return (words, hasLetters)
    }

    /// Word starts in eight bytes of text (little-endian) that hold only ASCII and two-byte
    /// Arabic-block letters, where the only spaces are ASCII space and tab: the bytes settled (8, or
    /// 7 when the last byte opens a letter), the words that start in them, and whether they end
    /// inside a word. Length 0 when the scalar-by-scalar path must decide (other scripts, Unicode
    /// spaces and format controls, U+061C).
    @inline(__always)
    private static func wordStarts(_ w: UInt64, inWord: Bool) -> (length: Int, starts: Int, endsInWord: Bool) {
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        /// Bit 7 of each byte of `x` that is zero.
        func zeroBytes(_ x: UInt64) -> UInt64 { ~(((x & ~high) &+ ~high) | x) & high }
        let leads = w & (w << 1) & high                         // bytes ≥ 0xC0
        let arabicLeads = zeroBytes((w & (0xFC &* ones)) ^ (0xD8 &* ones))
        guard leads & ~arabicLeads == 0,
              (zeroBytes(w ^ (0xD8 &* ones)) << 8) & zeroBytes(w ^ (0x9C &* ones)) == 0 else { return (0, 0, false) }
        let length = leads >> 56 == 0 ? 8 : 7
        let settled = length == 8 ? high : high >> 8
        let spaces = zeroBytes(w ^ (0x20 &* ones)) | zeroBytes(w ^ (0x09 &* ones))
        let inWords = ~spaces & high
        let afterSpace = spaces << 8 | (inWord ? 0 : 0x80)
        let last = UInt64(0x80) << (8 * (length - 1))
        return (length, (inWords & afterSpace & settled).nonzeroBitCount, inWords & last != 0)
    }

    private func string(_ p: UnsafeBufferPointer<UInt8>, _ line: Line) -> String {
        var bytes: [UInt8] = []
        for (k, r) in line.kept.enumerated() {
            if k > 0 { bytes.append(0x20) }
            bytes.append(contentsOf: p[r])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func endsWithPunctuation(_ text: [UInt8]) -> Bool {
        guard let last = text.last else { return false }
        if last < 0x80 { return !(UTF8Scalars.isLatinLetter(UInt32(last)) || (0x30...0x39).contains(last)) }
        // An Arabic letter ends a heading; Arabic punctuation (، ؛ ؟) and closing quotes do not.
        let s = text.withUnsafeBufferPointer { UTF8Scalars.decode($0, UTF8Scalars.lastScalarStart($0, 0, $0.count)).scalar }
        return !(UTF8Scalars.isArabicLetter(s) || UTF8Scalars.isArabicDiacritic(s) || UTF8Scalars.digitValue(s) != nil)
    }

    private func isSpace(_ b: UInt8?) -> Bool { b == nil || b == 0x20 || b == 0x09 || b == 0x0A }

    /// Drops white space (ASCII, no-break space, BOM, direction marks) at both ends of a range.
    private func trim(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b {
            let (s, len) = UTF8Scalars.decode(p, a)
            guard UTF8Scalars.isSpace(s) || UTF8Scalars.isFormatControl(s) else { break }
            a += len
        }
        while b > a {
            let k = UTF8Scalars.lastScalarStart(p, a, b)
            let s = UTF8Scalars.decode(p, k).scalar
            guard UTF8Scalars.isSpace(s) || UTF8Scalars.isFormatControl(s) else { break }
            b = k
        }
        return a..<b
    }

    /// The first `byte` in `p[from..<to]` (memchr).
    private func find(_ p: UnsafeBufferPointer<UInt8>, _ byte: UInt8, _ from: Int, _ to: Int) -> Int? {
        guard from < to, let base = p.baseAddress, let hit = memchr(base + from, Int32(byte), to - from) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// The parts of `ranges` not covered by `cuts` (both sorted).
    private func subtract(_ ranges: [Range<Int>], _ cuts: [Range<Int>]) -> [Range<Int>] {
        guard !cuts.isEmpty else { return ranges }
        var result: [Range<Int>] = []
        for r in ranges {
            var from = r.lowerBound
            for cut in cuts where cut.overlaps(r) {
                if cut.lowerBound > from { result.append(from..<cut.lowerBound) }
                from = max(from, cut.upperBound)
            }
            if from < r.upperBound { result.append(from..<r.upperBound) }
        }
        return result
    }
}
