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

    /// Creates a recognizer from two models.
    public init(names: SequenceTagger, mentions: SequenceTagger) {
        self.names = names
        self.mentions = mentions
    }

    static let typeNames = ["PERS": "PERSON"]

    /// The mentions in `text`, sentence by sentence, ordered by start (longer first on ties).
    public func entities(_ text: [UInt8], tokens: [Token], sentences: [ByteSpan]) -> [Entity] {
        let nameScratch = names.makeScratch(), mentionScratch = mentions.makeScratch()
        let norp = mentions.lexicons.gazetteerTypes.firstIndex(of: "NORP")
        var found: [Entity] = []
        var ranges: [Range<Int>] = []
        var t = 0
        text.withUnsafeBufferPointer { p in
            for sentence in sentences {
                while t < tokens.count && tokens[t].start < sentence.start { t += 1 }
                ranges.removeAll(keepingCapacity: true)
                while t < tokens.count && tokens[t].end <= sentence.end { ranges.append(tokens[t].start..<tokens[t].end); t += 1 }
                if ranges.isEmpty { continue }
                func add(_ tags: [Int], _ model: SequenceTagger) {
                    for s in EntitySpans.spans(tags.map { model.tags[$0] }) {
                        found.append(Entity(span: ByteSpan(ranges[s.start].lowerBound, ranges[s.end - 1].upperBound),
                                            type: Self.typeNames[s.type] ?? s.type))
                    }
                }
                add(names.tag(p, ranges, scratch: nameScratch), names)
                let mentionTags = mentions.tag(p, ranges, scratch: mentionScratch)
                add(mentionTags, mentions)
                // Nationality words the gazetteer knows, where the model did not already say NORP.
                if let norp {
                    let keys = mentionScratch.keys
                    for i in keys.indices where keys[i].gazetteer & (1 << (2 * norp)) != 0
                        && !mentions.tags[mentionTags[i]].hasSuffix("NORP") {
                        found.append(Entity(span: ByteSpan(ranges[i].lowerBound, ranges[i].upperBound), type: "NORP"))
                    }
                }
            }
        }
        return found.sorted { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.span.end > $1.span.end }
    }
}
