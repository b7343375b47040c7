import MarsadCore
import Analysis

/// What every corpus store does, in SQLite (`SQLiteStore`) or PostgreSQL (`PostgresStore`): store
/// ingest batches and answer the queries of the command-line tool.
public protocol CorpusStore: AnyObject, Sendable {
    /// Where the store is, for messages: a file path, or a PostgreSQL URL without its password.
    var location: String { get }
    /// The ids of every stored article (so an ingest can skip analyzing them).
    func knownIDs() throws -> Set<String>
    /// Starts an ingest run and returns its number.
    func beginRun(inputs: [String]) throws -> Int64
    /// Marks a run finished.
    func finishRun(_ run: Int64) throws
    /// Stores a batch in one transaction: new articles with their rows, sightings of stored ones, and
    /// failures with their reasons.
    @discardableResult
    func save(articles: [StoredArticle], sightings: [Sighting], failures: [(input: String, reason: String)], run: Int64) throws -> SaveCounts
    /// Articles containing every query word, best first, with a snippet around the first match.
    func search(_ query: SearchQuery) throws -> [SearchHit]
    /// Events matching a query, newest first.
    func events(_ query: EventQuery) throws -> [EventRow]
    /// A dyad's events per period (in either direction), only those that happened.
    func timeline(_ a: String, _ b: String, type: String?, periodLength: Int) throws -> [TimelinePeriod]
    /// An article's document exactly as `marsad analyze --format jsonl` wrote it, and every place it
    /// was seen; nil when no article has this id.
    func document(_ id: String) throws -> (json: [UInt8], sightings: [(url: String, source: String, input: String)])?
    /// The inputs that could not be analyzed, with their reasons, oldest run first.
    func failures() throws -> [(run: Int64, input: String, reason: String)]
    /// Counts for `marsad stats`, in a fixed order.
    func stats() throws -> [(name: String, value: String)]
}

/// A stored article's columns and rows, from which both stores write its document back.
public struct StoredDocument {
    /// The article row's header fields.
    public var id: String, input: String, title: String?, byline: String?, published: String?, publishedSource: String?
    /// Where it was first seen, how it was decoded, and its clean text.
    public var url: String?, source: String?, encoding: String, text: String
    /// The compact JSON sections as stored (events and quotes nil when they were not coded).
    public var paragraphs: String, sentences: String, removed: String, warnings: String, events: String?, quotes: String?
    /// Entity rows in order: offsets, text, type, link objects as compact JSON, confidence and basis.
    public var entities: [(start: Int, end: Int, text: String, type: String, actor: String?, place: String?, confidence: String?, basis: String?)] = []
    /// Time rows in order.
    public var times: [(start: Int, end: Int, text: String, type: String, value: String, mod: String?, anchor: String?, hijri: String?)] = []

    /// Creates the header; rows are appended after.
    public init(id: String, input: String, title: String?, byline: String?, published: String?, publishedSource: String?,
                url: String?, source: String?, encoding: String, text: String, paragraphs: String, sentences: String,
                removed: String, warnings: String, events: String?, quotes: String?) {
        self.id = id; self.input = input; self.title = title; self.byline = byline; self.published = published
        self.publishedSource = publishedSource; self.url = url; self.source = source; self.encoding = encoding; self.text = text
        self.paragraphs = paragraphs; self.sentences = sentences; self.removed = removed; self.warnings = warnings
        self.events = events; self.quotes = quotes
    }

    /// The document JSON, byte for byte what `analyze --format jsonl` wrote (ingest always finds entities).
    public func json() -> [UInt8] {
        var w = JSONWriter(pretty: false, reservingCapacity: text.utf8.count * 2 + 1024)
        w.beginObject()
        DocumentJSON.header(&w, id: id, input: input, title: title, byline: byline, published: published,
                            publishedSource: publishedSource, url: url, source: source, encoding: encoding, text: text.utf8)
        w.raw("paragraphs", json: paragraphs.utf8)
        w.raw("sentences", json: sentences.utf8)
        w.beginArray("entities")
        for e in entities {
            DocumentJSON.entity(&w, start: e.start, end: e.end, text: e.text.utf8, type: e.type, actor: e.actor.map { Array($0.utf8) },
                                place: e.place.map { Array($0.utf8) }, confidence: e.confidence, basis: e.basis)
        }
        w.endArray()
        if let events { w.raw("events", json: events.utf8) }
        if let quotes { w.raw("quotes", json: quotes.utf8) }
        w.beginArray("times")
        for t in times {
            DocumentJSON.time(&w, start: t.start, end: t.end, text: t.text.utf8, type: t.type, value: t.value, mod: t.mod, anchor: t.anchor, hijri: t.hijri)
        }
        w.endArray()
        w.raw("removed", json: removed.utf8)
        w.raw("warnings", json: warnings.utf8)
        w.endObject()
        return w.finish()
    }
}

/// The rows of `marsad stats`, the same for every store.
public enum CorpusStatistics {
    /// `value` runs a query of one value over the shared tables and gives it as text (nil for NULL);
    /// `types` are the entity types with their counts, most frequent first; `size` is the store's
    /// own size line (file or database).
    public static func rows(value: (String) throws -> String?, types: [(type: String, count: Int)], schema: Int,
                            size: (name: String, value: String)) throws -> [(name: String, value: String)] {
        func count(_ table: String) throws -> String { try value("SELECT count(*) FROM \(table)") ?? "0" }
        var out: [(name: String, value: String)] = [
            ("articles", try count("articles")),
            ("sightings (URLs, sources and inputs)", try count("sightings")),
            ("sources", try value("SELECT count(DISTINCT source) FROM articles") ?? "0"),
            ("first published", try value("SELECT min(published) FROM articles") ?? "-"),
            ("last published", try value("SELECT max(published) FROM articles") ?? "-"),
            ("entities", try count("entities")),
        ]
        out += types.map { ("  " + $0.type, String($0.count)) }
        out += [("times", try count("times")), ("ingest runs", try count("runs")), ("failed inputs", try count("failures")),
                ("schema version", String(schema)), size]
        return out
    }
}
