import MarsadCore
import ArabicText

/// Finds Arabic time expressions and normalizes them to TIMEX3 values against an anchor date.
/// Rule-based over tokens and a lexicon (`time-lexicon.tsv`); thread-safe, one instance serves all.
public struct TimeTagger: Sendable {
    private let atomizer: TimeAtomizer

    /// The tagger with the bundled lexicon.
    public static let standard = TimeTagger(lexicon: .standard)

    /// Creates a tagger over a lexicon.
    public init(lexicon: TimeLexicon) { atomizer = TimeAtomizer(lexicon: lexicon) }

    /// The time expressions of `text`, sentence by sentence, in text order, and warnings for
    /// date-like expressions that are not real dates (`31 فبراير`).
    public func tag(_ text: [UInt8], tokens: [Token], sentences: [ByteSpan], anchor: CivilDate?)
        -> (expressions: [TimeExpression], warnings: [String]) {
        var expressions: [TimeExpression] = [], warnings: [String] = []
        // One buffer for the normalized text and one array of atoms serve every sentence in turn.
        let room = sentences.reduce(0) { max($0, $1.end - $1.start) }
        var atoms: [TimeAtom] = []
        text.withUnsafeBufferPointer { p in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, room)) { norm in
                atomizer.lexicon.withReadings { readings in
                    var t = 0, context = TimeContext()
                    for sentence in sentences {
                        while t < tokens.count && tokens[t].start < sentence.start { t += 1 }
                        let first = t
                        while t < tokens.count && tokens[t].end <= sentence.end { t += 1 }
                        guard first < t else { continue }
                        context.lastDay = nil  // a clock time belongs to a day named in its own sentence
                        atoms.removeAll(keepingCapacity: true)
                        atomizer.atoms(p, tokens[first..<t], norm: norm, readings: readings, into: &atoms)
                        atoms.withUnsafeBufferPointer { a in
                            var grammar = TimeGrammar(atoms: a, anchor: anchor, text: p, context: context,
                                                      lexicon: atomizer.lexicon, readings: readings)
                            grammar.run()
                            context = grammar.context
                            expressions += grammar.found
                            warnings += grammar.warnings
                        }
                    }
                }
            }
        }
        return (expressions, warnings)
    }

    /// Loads the lexicon and the clitic segmenter now rather than on first use (for timing, and
    /// for servers that want their first request fast).
    public static func warmUp() {
        _ = TimeLexicon.standard.words([])
        _ = TimeGrammar.isFutureVerb(Array("سيعقد".utf8))
    }

    /// Tags a string as one text (tokenized and split into sentences here).
    public func tag(_ text: String, anchor: CivilDate?) -> (expressions: [TimeExpression], warnings: [String]) {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        let sentences = bytes.withUnsafeBufferPointer { p -> [ByteSpan] in
            Tokenizer.tokenize(p, 0..<p.count, into: &tokens)
            return SentenceSplitter.standard.split(p, tokens: tokens)
        }
        return tag(bytes, tokens: tokens, sentences: sentences, anchor: anchor)
    }
}
