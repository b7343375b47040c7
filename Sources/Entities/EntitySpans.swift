import Foundation

/// A typed entity span over token positions: tokens `start..<end`.
public struct TokenSpan: Hashable, Sendable {
    /// The first token.
    public var start: Int
    /// One past the last token.
    public var end: Int
    /// The entity type (`PERS`, `LOC`, `TITLE`, …).
    public var type: String

    /// Creates a span.
    public init(start: Int, end: Int, type: String) {
        self.start = start
        self.end = end
        self.type = type
    }
}

/// BIO tags to entity spans, by the rules of the CoNLL `conlleval` script: a chunk starts at `B-X`,
/// at `I-X` after `O`, and wherever the type changes; so a stray `I-X` still counts as an entity.
public enum EntitySpans {
    /// The entity spans of one tag sequence.
    public static func spans(_ tags: [String]) -> [TokenSpan] {
        var spans: [TokenSpan] = []
        var open: (start: Int, type: Substring)?
        for (i, tag) in tags.enumerated() {
            let (prefix, type) = split(tag)
            let continues = prefix == "I" && open?.type == type
            if !continues, let o = open {
                spans.append(TokenSpan(start: o.start, end: i, type: String(o.type)))
                open = nil
            }
            if prefix != "O" && !continues { open = (i, type) }
        }
        if let o = open { spans.append(TokenSpan(start: o.start, end: tags.count, type: String(o.type))) }
        return spans
    }

    /// The entity spans of one sentence's tag indexes into `tags`: the same spans as `spans(_:)` of their
    /// names, read from integers (the tagger's output, for every sentence of every article).
    static func spans(_ ids: [Int], _ tags: BIOTags) -> [TokenSpan] {
        var spans: [TokenSpan] = []
        var openStart = -1, openType = -1
        for (i, id) in ids.enumerated() {
            let type = tags.type[id]
            let continues = tags.inside[id] && openStart >= 0 && openType == type
            if !continues, openStart >= 0 {
                spans.append(TokenSpan(start: openStart, end: i, type: tags.typeNames[openType]))
                openStart = -1
            }
            if !tags.outside[id] && !continues { openStart = i; openType = type }
        }
        if openStart >= 0 { spans.append(TokenSpan(start: openStart, end: ids.count, type: tags.typeNames[openType])) }
        return spans
    }

    /// `B-X` → ("B", "X"), `O` → ("O", "").
    static func split(_ tag: String) -> (Substring, Substring) {
        guard tag != "O", let dash = tag.firstIndex(of: "-") else { return ("O", "") }
        return (tag[..<dash], tag[tag.index(after: dash)...])
    }
}

/// A model's tag names read once, for `EntitySpans.spans(_:_:)` and the passes that rewrite tags: for each
/// tag index, whether it is `O` (or has no type), whether it is an `I-` tag, and its type as an index into
/// `typeNames`; for each type, the index of its `B-` and `I-` tags.
struct BIOTags {
    let outside: [Bool], inside: [Bool], type: [Int]
    let typeNames: [String]
    let beginTag: [Int?], insideTag: [Int?]

    init(_ names: [String]) {
        var typeNames: [String] = [], outside: [Bool] = [], inside: [Bool] = [], type: [Int] = []
        for name in names {
            let (prefix, t) = EntitySpans.split(name)
            outside.append(prefix == "O")
            inside.append(prefix == "I")
            if let k = typeNames.firstIndex(of: String(t)) { type.append(k) } else { type.append(typeNames.count); typeNames.append(String(t)) }
        }
        (self.outside, self.inside, self.type, self.typeNames) = (outside, inside, type, typeNames)
        beginTag = typeNames.map { names.lastIndex(of: "B-" + $0) }
        insideTag = typeNames.map { names.lastIndex(of: "I-" + $0) }
    }
}

/// Entity-level precision, recall and F1, per type and micro-averaged, as `conlleval` computes them:
/// an entity counts only when both its boundaries and its type match.
public struct EntityScore: Sendable {
    /// Counts for one type (or for all).
    public struct Counts: Sendable, Equatable {
        /// Gold entities.
        public var gold = 0
        /// Predicted entities.
        public var predicted = 0
        /// Predicted entities that match a gold one exactly.
        public var correct = 0
        /// Precision in percent.
        public var precision: Double { predicted == 0 ? 0 : 100 * Double(correct) / Double(predicted) }
        /// Recall in percent.
        public var recall: Double { gold == 0 ? 0 : 100 * Double(correct) / Double(gold) }
        /// F1 in percent.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// Counts per entity type.
    public private(set) var byType: [String: Counts] = [:]
    /// Micro-averaged counts.
    public private(set) var all = Counts()
    /// Tokens scored, and tokens whose tag was right (conlleval's accuracy line).
    public private(set) var tokens = 0, correctTags = 0

    /// An empty score.
    public init() {}

    /// Adds one sentence's gold and predicted tags.
    public mutating func add(gold: [String], predicted: [String]) {
        precondition(gold.count == predicted.count, "gold and predicted tags differ in length")
        tokens += gold.count
        correctTags += zip(gold, predicted).filter { $0 == $1 }.count
        let g = Set(EntitySpans.spans(gold)), p = Set(EntitySpans.spans(predicted))
        for s in g { byType[s.type, default: Counts()].gold += 1 }
        for s in p {
            byType[s.type, default: Counts()].predicted += 1
            if g.contains(s) { byType[s.type, default: Counts()].correct += 1 }
        }
        all.gold += g.count
        all.predicted += p.count
        all.correct += g.intersection(p).count
    }

    /// A conlleval-style report: one line for all types, then one per type.
    public func report() -> String {
        func line(_ name: String, _ c: Counts) -> String {
            name.padding(toLength: max(name.count, 6), withPad: " ", startingAt: 0)
                + String(format: " precision %6.2f%%  recall %6.2f%%  F1 %6.2f  (%d gold, %d predicted, %d correct)",
                         c.precision, c.recall, c.f1, c.gold, c.predicted, c.correct)
        }
        var out = String(format: "tokens %d, tag accuracy %.2f%%\n", tokens,
                         tokens == 0 ? 0 : 100 * Double(correctTags) / Double(tokens))
        out += line("all", all) + "\n"
        for type in byType.keys.sorted() { out += line(type, byType[type]!) + "\n" }
        return out
    }
}
