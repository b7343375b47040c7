/// The normalized form of a word token and its clitic segments, for output and matching.
public struct WordSegments: Equatable, Sendable {
    /// The matching form (`ArabicNormalizer.Options.matching`).
    public var norm: String
    /// Proclitics, the article, the stem and the enclitic, in matching form
    /// (وبالعلاقات → و ب ال علاقات; نظيره → نظير ه; للسلطة → ل ال سلطه).
    public var segments: [String]
    /// Letters before the stem's boundary and after it, in the written token (for evaluation).
    public var segmentation: Segmentation
}

extension CliticSegmenter {
    /// The match-form scalars of a token (diacritics, tatweel and format controls dropped).
    public static func matchForm(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt32]) {
        out.removeAll(keepingCapacity: true)
        let table = arabicBlockMatchForm
        // Written into temporary memory and appended once: appending scalar by scalar cost a
        // uniqueness and capacity check each.
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: range.count) { buffer in
            var n = 0
            var i = range.lowerBound
            while i < range.upperBound {
                let m = nextMatchForm(p, &i, range.upperBound, table)
                if m != 0 { buffer.initializeElement(at: n, to: m); n += 1 }
            }
            out.append(contentsOf: buffer[..<n])
        }
    }

    /// The match form of the scalar at `i` (0 when it is dropped), moving `i` past it. The Arabic
    /// block, two bytes, goes through `table`.
    @inline(__always)
    private static func nextMatchForm(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int, _ table: ArabicBlockTable<UInt32>) -> UInt32 {
        if UTF8Scalars.isArabicBlock(p, i, end) {
            defer { i += 2 }
            return table[UTF8Scalars.arabicBlockIndex(p, i)]
        }
        let (s, len) = UTF8Scalars.decode(p, i)
        i += len
        return segmentationNormalizer.map(s) ?? 0
    }

    /// Segments the word token `p[range]` in one pass that writes its match form into scratch memory
    /// and hashes it for the memo: the fast path for analyzing many tokens on one thread.
    public func segment(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, scratch: SegmentationScratch) -> Segmentation {
        let buffer = scratch.letters
        let table = Self.arabicBlockMatchForm
        var n = 0
        var h: UInt64 = 0xcbf29ce484222325
        var i = range.lowerBound
        while i < range.upperBound {
            let m = Self.nextMatchForm(p, &i, range.upperBound, table)
            guard m != 0 else { continue }
            guard n < buffer.count else { return Segmentation() }   // no clitics on a 256-letter "word"
            buffer[n] = m
            n += 1
            h = (h ^ UInt64(m)) &* 0x100000001b3
        }
        if let known = scratch.memo.lookup(h) { return known }
        let result = segment(UnsafeBufferPointer(rebasing: buffer[0..<n]))
        scratch.memo.store(h, result)
        return result
    }

    private static let segmentationNormalizer = ArabicNormalizer(.segmentation)

    /// The match form of U+0600…U+06FF, indexed by scalar − 0x600; 0 means the scalar is dropped.
    private static let arabicBlockMatchForm = ArabicBlockTable { segmentationNormalizer.map($0) ?? 0 }

    /// Segments a word token and renders its segments in matching form.
    public func segments(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> WordSegments {
        let memo = SegmentationMemo(bits: 1)
        return segments(p, range, memo: memo)
    }

    /// Segments a word token, through a memo, and renders its segments in matching form.
    public func segments(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, memo: SegmentationMemo) -> WordSegments {
        var w: [UInt32] = []
        Self.matchForm(p, range, into: &w)
        let seg = w.withUnsafeBufferPointer { segment($0, memo: memo) }
        func text<C: Collection>(_ scalars: C) -> String where C.Element == UInt32 {
            var s = String.UnicodeScalarView()
            for v in scalars { s.append(Unicode.Scalar(v == Letters.taMarbuta ? Letters.ha : v == Letters.alefMaqsura ? Letters.ya : v)!) }
            return String(s)
        }
        var parts = w[..<seg.prefixLetters].map { text([$0]) }
        var stem = Array(w[seg.prefixLetters..<(w.count - seg.suffixLetters)])
        if seg.contractedArticle { stem.insert(Letters.alef, at: 0) }
        if let restored = seg.restoredFinal { stem[stem.count - 1] = restored }
        if seg.article && stem.count >= 4 {
            parts.append("ال")
            stem.removeFirst(2)
        }
        if !stem.isEmpty { parts.append(text(stem)) }
        if seg.suffixLetters > 0 { parts.append(text(w[(w.count - seg.suffixLetters)...])) }
        return WordSegments(norm: text(w), segments: parts, segmentation: seg)
    }
}
