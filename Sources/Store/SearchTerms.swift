import ArabicText
import MarsadCore

/// The words a search index holds for a text, and the words a query looks for: each word's matching
/// form (no diacritics or tatweel, أإآ→ا, ى→ي, ة→ه) and, when it carries clitics, its stem, so that
/// `لافروف` finds `ولافروف` and `للافروف` through FTS5's plain tokenizer.
public struct SearchTerms: Sendable {
    private let segmenter: CliticSegmenter
    /// Kept between articles, for its segmentation memo.
    private let indexing = ScratchPool { Scratch(memoBits: 16) }

    /// Terms with the bundled clitic segmenter.
    public static let standard = SearchTerms(segmenter: .standard)

    /// Creates terms over a segmenter.
    public init(segmenter: CliticSegmenter) { self.segmenter = segmenter }

    /// Buffers and a segmentation memo reused across words.
    final class Scratch {
        var letters: [UInt32] = []
        let memo: SegmentationMemo
        var norm: [UInt8] = [], stem: [UInt8] = []
        init(memoBits: Int = 12) { memo = SegmentationMemo(bits: memoBits) }
    }

    /// The index terms of a text, separated by spaces.
    public func indexTerms(_ text: [UInt8], tokens: [Token]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.count + text.count / 2)
        indexing.with { scratch in text.withUnsafeBufferPointer { p in
            for token in tokens where token.kind != .punctuation && token.kind != .url {
                let hasStem = forms(p, token, scratch)
                guard !scratch.norm.isEmpty else { continue }
                out.append(contentsOf: scratch.norm); out.append(0x20)
                if hasStem && scratch.stem != scratch.norm { out.append(contentsOf: scratch.stem); out.append(0x20) }
            }
        } }
        return String(decoding: out, as: UTF8.self)
    }

    /// The terms a query's words must match: each word's stem (its matching form when it has no clitics).
    public func queryTerms(_ query: String) -> [String] {
        let bytes = Array(query.utf8)
        var tokens: [Token] = []
        let scratch = Scratch()
        return bytes.withUnsafeBufferPointer { p -> [String] in
            Tokenizer.tokenize(p, 0..<p.count, into: &tokens)
            return tokens.filter { $0.kind != .punctuation && $0.kind != .url }.compactMap { token in
                let term = forms(p, token, scratch) ? scratch.stem : scratch.norm
                return term.isEmpty ? nil : String(decoding: term, as: UTF8.self)
            }
        }
    }

    /// Whether a token of `p` matches any of `wanted` (query terms) by its matching form or stem.
    func matches(_ p: UnsafeBufferPointer<UInt8>, _ token: Token, _ wanted: Set<[UInt8]>, _ scratch: Scratch) -> Bool {
        let hasStem = forms(p, token, scratch)
        return wanted.contains(scratch.norm) || (hasStem && wanted.contains(scratch.stem))
    }

    /// Writes the token's matching form into `scratch.norm` and, for Arabic words, its stem into
    /// `scratch.stem` (returning true); no Strings are made.
    func forms(_ p: UnsafeBufferPointer<UInt8>, _ token: Token, _ scratch: Scratch) -> Bool {
        scratch.norm.removeAll(keepingCapacity: true)
        scratch.stem.removeAll(keepingCapacity: true)
        guard token.kind == .word else {
            ArabicNormalizer(.matching).normalize(p, token.start..<token.end, into: &scratch.norm)
            for k in scratch.norm.indices where scratch.norm[k] >= 65 && scratch.norm[k] <= 90 { scratch.norm[k] += 32 }
            return false
        }
        CliticSegmenter.matchForm(p, token.start..<token.end, into: &scratch.letters)
        let w = scratch.letters
        let seg = w.withUnsafeBufferPointer { segmenter.segment($0, memo: scratch.memo) }
        for s in w { UTF8Scalars.append(Self.matching(s), to: &scratch.norm) }
        // The stem: after the proclitics and the article (ل + ال written لل drops one ل), before the pronoun.
        var first = seg.prefixLetters, last = w.count - seg.suffixLetters
        if seg.contractedArticle { first += 1 } else if seg.article && last - first >= 4 { first += 2 }
        guard first < last else { return false }
        for k in first..<last {
            let s = k == last - 1 ? (seg.restoredFinal ?? w[k]) : w[k]
            UTF8Scalars.append(Self.matching(s), to: &scratch.stem)
        }
        return true
    }

    /// ة → ه and ى → ي: the two letters the segmenter's form keeps apart and matching does not.
    @inline(__always) static func matching(_ s: UInt32) -> UInt32 { s == 0x0629 ? 0x0647 : s == 0x0649 ? 0x064A : s }
}
