import MarsadCore
import ArabicText
import Analysis

/// One analyzed article as the store keeps it: metadata, text, raw input, the full analysis, and
/// its entities, times and search terms as rows.
public struct StoredArticle: Sendable {
    /// The content hash (the document's `id`).
    public var id: String
    /// Metadata, as in the document.
    public var title: String?, byline: String?, published: String?, publishedSource: String?
    /// Where it was first seen, and how it was decoded.
    public var source: String?, url: String?, input: String, encoding: String
    /// The clean text.
    public var text: String
    /// The raw input body (what `removed` offsets point into; kept so articles can be analyzed again).
    public var raw: [UInt8]
    /// Paragraphs, sentences, removed spans and warnings as compact JSON arrays.
    public var paragraphs: String, sentences: String, removed: String, warnings: String
    /// Mentions in scalar offsets, with their matching form and its last word.
    public var entities: [(start: Int, end: Int, text: String, type: String, norm: String, last: String)]
    /// What each entity was linked to: ids, the objects as compact JSON, confidence and basis (nil when unlinked).
    public var links: [(actorID: String?, placeID: String?, actor: String?, place: String?, confidence: String?, basis: String?)]
    /// Time expressions in scalar offsets.
    public var times: [(start: Int, end: Int, text: String, type: String, value: String, mod: String?, anchor: String?, hijri: String?)]
    /// The events array as compact JSON (nil when events were not coded), and one row per event.
    public var eventsJSON: String?
    /// The quotes array as compact JSON (nil when events were not coded).
    public var quotesJSON: String?
    /// Events as rows: codes, sides (actor ids and their dyad codes, space-separated), date, place, modality.
    public var events: [(cameo: String, root: String, plover: String, goldstein: Double, quad: Int, sources: String, targets: String,
                         sourceCodes: String, targetCodes: String, date: String?, place: String?, polarity: String, modality: String, trigger: String)]
    /// Space-separated search terms (`SearchTerms.indexTerms`).
    public var terms: String

    /// Builds the stored form of an analyzed document.
    public init(_ doc: AnalyzedDocument, searchTerms: SearchTerms = .standard) {
        id = doc.id; title = doc.title; byline = doc.byline; published = doc.published
        publishedSource = doc.publishedSource; source = doc.source; url = doc.url; input = doc.origin
        encoding = doc.encoding.rawValue
        text = String(decoding: doc.text, as: UTF8.self)
        raw = doc.raw
        let sections = doc.compactSections()
        paragraphs = String(decoding: sections.paragraphs, as: UTF8.self)
        sentences = String(decoding: sections.sentences, as: UTF8.self)
        removed = String(decoding: sections.removed, as: UTF8.self)
        warnings = String(decoding: sections.warnings, as: UTF8.self)
        entities = doc.scalarEntities().map { e in
            let text = String(decoding: e.text, as: UTF8.self), norm = ActorName.matching(text)
            return (e.start, e.end, text, e.type, norm, String(norm.split(separator: " ").last ?? ""))
        }
        links = (doc.entities ?? []).indices.map { i in
            guard i < doc.links.count, let r = doc.links[i] else { return (nil, nil, nil, nil, nil, nil) }
            return (r.actor?.id, r.place?.id, r.actorJSON().map { String(decoding: $0, as: UTF8.self) },
                    r.placeJSON().map { String(decoding: $0, as: UTF8.self) }, r.confidenceText, r.basis.rawValue)
        }
        times = doc.scalarTimes().map { t in
            (t.start, t.end, String(decoding: t.text, as: UTF8.self), t.time.type.rawValue, t.time.value, t.time.mod, t.time.anchor, t.time.hijri)
        }
        eventsJSON = doc.eventsJSON().map { String(decoding: $0, as: UTF8.self) }
        quotesJSON = doc.quotesJSON().map { String(decoding: $0, as: UTF8.self) }
        events = (doc.events ?? []).map { e in
            (e.code.cameo, e.code.root, e.code.plover, e.code.goldstein, e.code.quadClass,
             e.sources.map(\.actor.id).joined(separator: " "), e.targets.map(\.actor.id).joined(separator: " "),
             e.sources.map(\.dyadCode).joined(separator: " "), e.targets.map(\.dyadCode).joined(separator: " "),
             e.date, e.place?.id, e.polarity.rawValue, e.modality.rawValue,
             String(decoding: doc.text[e.trigger.start..<e.trigger.end], as: UTF8.self))
        }
        terms = searchTerms.indexTerms(doc.text, tokens: doc.tokens)
    }
}

/// What one ingest transaction stores: analyzed articles, sightings of stored ones, and the inputs
/// that failed with their reasons.
public struct StoreBatch: Sendable {
    /// The three kinds of rows.
    public var articles: [StoredArticle] = [], sightings: [Sighting] = [], failures: [(input: String, reason: String)] = []
    /// How many inputs the batch accounts for.
    public var count: Int { articles.count + sightings.count + failures.count }
    /// Creates an empty batch.
    public init() {}
}

/// A place an already stored article was seen again (an identical copy, or the same input re-read).
public struct Sighting: Sendable {
    /// The stored article's id.
    public var id: String
    /// Where it was seen this time.
    public var url: String?, source: String?, input: String
    /// Creates one.
    public init(id: String, url: String?, source: String?, input: String) {
        self.id = id; self.url = url; self.source = source; self.input = input
    }
}

/// Names as `search --actor` compares them: matching form, single spaces.
public enum ActorName {
    /// `وزير  الخارجيّة` → `وزير الخارجيه`.
    public static func matching(_ name: String) -> String {
        ArabicNormalizer(.matching).normalize(name).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}
