import Foundation
import ArabicText
import MarsadCore

/// A mention found in text: a byte span and its type.
public struct Entity: Sendable, Equatable {
    /// Bytes of the mention in the text.
    public var span: ByteSpan
    /// `PERSON`, `ORG`, `LOC`, `MISC`, `TITLE` or `NORP`.
    public var type: String

    /// Creates a mention.
    public init(span: ByteSpan, type: String) {
        self.span = span
        self.type = type
    }
}

/// Finds the mentions of an article: names (PERSON, ORG, LOC, MISC) with the model trained on
/// ANERcorp, titles and nationality words (TITLE, NORP) with the model trained on Wojood, and
/// nationality words the gazetteer knows inside titles (وزير الخارجية [الإيراني]), which Wojood
/// folds into the title.
public final class EntityRecognizer: @unchecked Sendable {
    /// The names model.
    public let names: SequenceTagger
    /// The titles and nationalities model.
    public let mentions: SequenceTagger

    /// The bundled models, loaded once.
    public static let standard: EntityRecognizer = {
        do {
            return EntityRecognizer(names: try SequenceTagger.load(ResourceFile.bytes(.module, "ner-names", "model"), origin: "ner-names.model"),
                                    mentions: try SequenceTagger.load(ResourceFile.bytes(.module, "ner-mentions", "model"),
                                                                      origin: "ner-mentions.model"))
        } catch { fatalError("Marsad's bundled NER models are broken: \(error)") }
    }()

    /// Both models' weights in one table, when they read the same features: one lookup per feature
    /// serves both (the tagging cost is in memory accesses).
    private let combined: PackedWeights?

    /// Scratch memory for both models, kept between articles for its memo of token scores.
    private let scratch: ScratchPool<(SequenceTagger.Scratch, SequenceTagger.Scratch)>

    /// Creates a recognizer from two models.
    public init(names: SequenceTagger, mentions: SequenceTagger) {
        self.names = names
        self.mentions = mentions
        scratch = ScratchPool { (names.makeScratch(), mentions.makeScratch()) }
        combined = names.sharesLexicons(with: mentions) && names.groups == mentions.groups
            ? PackedWeights([(names.table, names.weights, names.tags.count),
                             (mentions.table, mentions.weights, mentions.tags.count)])
            : nil
    }

    /// Both models' tags for the tokens whose keys are in `scratch.keys`, with one table lookup per feature.
    private func tagBoth(_ scratch: SequenceTagger.Scratch, _ combined: PackedWeights) -> (names: [Int], mentions: [Int]) {
        let n = scratch.keys.count, width = combined.width, t1 = names.tags.count, t2 = mentions.tags.count
        var scores = [Float](repeating: 0, count: n * width)
        let cache = scratch.cache(combined, names.groups)
        scores.withUnsafeMutableBufferPointer { out in
            scratch.keys.withUnsafeBufferPointer { cache.score($0, into: out) }
        }
        var first = [Float](repeating: 0, count: n * t1), second = [Float](repeating: 0, count: n * t2)
        for i in 0..<n {
            for t in 0..<t1 { first[i * t1 + t] = scores[i * width + t] }
            for t in 0..<t2 { second[i * t2 + t] = scores[i * width + t1 + t] }
        }
        return (names.viterbi(first, n, &scratch.back), mentions.viterbi(second, n, &scratch.back))
    }

    static let typeNames = ["PERS": "PERSON"]

    /// Where a mention starts in its first token: after proclitics such as و and ب (وروسيا → روسيا),
    /// unless ل took the article's alef (للسلطة), where no clean boundary exists in the written word,
    /// or a ب would leave two letters (بني سعد).
    private func afterProclitics(_ p: UnsafeBufferPointer<UInt8>, _ token: Range<Int>, person: Bool = false) -> Int {
        var letters: [UInt32] = []
        CliticSegmenter.matchForm(p, token, into: &letters)
        let seg = letters.withUnsafeBufferPointer { names.segmenter.segment($0) }
        guard seg.prefixLetters > 0, !seg.contractedArticle, letters.count - seg.prefixLetters >= 2 else { return token.lowerBound }
        // بني سعد، بان كي مون: a ب that leaves two letters is the name's own.
        if letters.count - seg.prefixLetters == 2, letters[0] == 0x0628 { return token.lowerBound }
        // بالمر (Palmer): no person is named by the article and two letters, so such a ب is the name's own too.
        if person, seg.prefixLetters == 1, seg.article, letters.count == 5, letters[0] == 0x0628 { return token.lowerBound }
        // Skip that many letters of the written word, with any marks written on them.
        var i = token.lowerBound, skipped = 0
        while i < token.upperBound {
            let (scalar, length) = UTF8Scalars.decode(p, i)
            let dropped = ArabicNormalizer(.segmentation).map(scalar) == nil
            if !dropped {
                if skipped == seg.prefixLetters { return i }
                skipped += 1
            }
            i += length
        }
        return token.lowerBound
    }

    /// The mentions in `text`, sentence by sentence, ordered by start (longer first on ties). Names
    /// are made consistent across the article (`DocumentConsistency`) and their last words mended (`NameEdges`).
    public func entities(_ text: [UInt8], tokens: [Token], sentences: [ByteSpan]) -> [Entity] {
        scratch.with { entities(text, tokens: tokens, sentences: sentences, $0.0, $0.1) }
    }

    private func entities(_ text: [UInt8], tokens: [Token], sentences: [ByteSpan],
                          _ nameScratch: SequenceTagger.Scratch, _ mentionScratch: SequenceTagger.Scratch) -> [Entity] {
        let norp = mentions.lexicons.gazetteerTypes.firstIndex(of: "NORP").map { UInt32(1) << (2 * $0) }
        var found: [Entity] = []
        var sentenceRanges: [[Range<Int>]] = [], nameTags: [[Int]] = [], bare: [[UInt64]] = []
        var t = 0
        text.withUnsafeBufferPointer { p in
            func add(_ tags: [Int], _ model: SequenceTagger, _ ranges: [Range<Int>]) {
                for s in EntitySpans.spans(tags, model.bio) {
                    let type = Self.typeNames[s.type] ?? s.type
                    found.append(Entity(span: ByteSpan(afterProclitics(p, ranges[s.start], person: type == "PERSON"), ranges[s.end - 1].upperBound),
                                        type: type))
                }
            }
            for sentence in sentences {
                while t < tokens.count && tokens[t].start < sentence.start { t += 1 }
                var ranges: [Range<Int>] = []
                while t < tokens.count && tokens[t].end <= sentence.end { ranges.append(tokens[t].start..<tokens[t].end); t += 1 }
                if ranges.isEmpty { continue }
                sentenceRanges.append(ranges)
                let mentionTags: [Int]
                if let combined {
                    nameScratch.keyMaker.keys(p, ranges, into: &nameScratch.keys)
                    let both = tagBoth(nameScratch, combined)
                    nameTags.append(both.names)
                    mentionTags = both.mentions
                } else {
                    nameTags.append(names.tag(p, ranges, scratch: nameScratch))
                    mentionTags = mentions.tag(p, ranges, scratch: mentionScratch)
                }
                bare.append(nameScratch.keys.map(\.bare))
                add(mentionTags, mentions, ranges)
                // Nationality words the gazetteer knows, where the model did not already say NORP.
                if let norp {
                    let keys = combined != nil ? nameScratch.keys : mentionScratch.keys
                    for i in keys.indices where keys[i].gazetteer & norp != 0 && !mentions.tags[mentionTags[i]].hasSuffix("NORP") {
                        found.append(Entity(span: ByteSpan(afterProclitics(p, ranges[i]), ranges[i].upperBound), type: "NORP"))
                    }
                }
            }
            DocumentConsistency.apply(&nameTags, bare: bare, model: names)
            NameEdges.apply(&nameTags, bare: bare, model: names,
                            clitics: { s, k in NameEdges.clitics(p, sentenceRanges[s][k], names.segmenter) },
                            familyName: { s, k in NameEdges.mayBeFamilyName(p, sentenceRanges[s][k]) })
            for (tags, ranges) in zip(nameTags, sentenceRanges) { add(tags, names, ranges) }
        }
        return found.sorted { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.span.end > $1.span.end }
    }
}
