import ArabicText
import MarsadCore

/// The words a search index holds for a text, and the words a query looks for: each word's matching
/// form (no diacritics or tatweel, أإآ→ا, ى→ي, ة→ه) and, when it carries clitics, its stem, so that
/// `لافروف` finds `ولافروف` and `للافروف` through FTS5's plain tokenizer.
public struct SearchTerms: Sendable {
    private let segmenter: CliticSegmenter

    /// Terms with the bundled clitic segmenter.
    public static let standard = SearchTerms(segmenter: .standard)

    /// Creates terms over a segmenter.
    public init(segmenter: CliticSegmenter) { self.segmenter = segmenter }

    /// The index terms of a text, separated by spaces.
    public func indexTerms(_ text: [UInt8], tokens: [Token]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var memo = SegmentationMemo(bits: 12)
        text.withUnsafeBufferPointer { p in
            for token in tokens where token.kind != .punctuation && token.kind != .url {
                let (norm, stem) = forms(p, token, memo: &memo)
                guard !norm.isEmpty else { continue }
                out.append(contentsOf: norm.utf8); out.append(0x20)
                if let stem, stem != norm { out.append(contentsOf: stem.utf8); out.append(0x20) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The terms a query's words must match: each word's stem (its matching form when it has no clitics).
    public func queryTerms(_ query: String) -> [String] {
        let bytes = Array(query.utf8)
        var tokens: [Token] = []
        var memo = SegmentationMemo(bits: 4)
        return bytes.withUnsafeBufferPointer { p -> [String] in
            Tokenizer.tokenize(p, 0..<p.count, into: &tokens)
            return tokens.filter { $0.kind != .punctuation && $0.kind != .url }.compactMap { token in
                let (norm, stem) = forms(p, token, memo: &memo)
                let term = stem ?? norm
                return term.isEmpty ? nil : term
            }
        }
    }

    /// The matching form and, for Arabic words, the stem.
    func forms(_ p: UnsafeBufferPointer<UInt8>, _ token: Token, memo: inout SegmentationMemo) -> (norm: String, stem: String?) {
        guard token.kind == .word else {
            var norm: [UInt8] = []
            ArabicNormalizer(.matching).normalize(p, token.start..<token.end, into: &norm)
            return (String(decoding: norm, as: UTF8.self).lowercased(), nil)
        }
        let word = segmenter.segments(p, token.start..<token.end, memo: &memo)
        var index = word.segmentation.prefixLetters
        if index < word.segments.count, word.segments[index] == "ال" { index += 1 }
        let stem = index < word.segments.count ? word.segments[index] : word.norm
        return (word.norm, stem)
    }
}
