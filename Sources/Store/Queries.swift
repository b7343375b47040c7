import Foundation
import GRDB
import ArabicText
import Analysis
import MarsadCore

/// A full-text query with its filters.
public struct SearchQuery: Sendable {
    /// The words to find (all of them), in any spelling: diacritics, hamza forms, ة/ه, ى/ي and
    /// clitics do not matter.
    public var text: String
    /// Publication dates, inclusive, `YYYY-MM-DD`.
    public var from: String?, to: String?
    /// Only this source.
    public var source: String?
    /// Only articles that mention this name (a whole mention, or its last word: `لافروف`).
    public var actor: String?
    /// At most this many hits.
    public var limit: Int
    /// Creates a query.
    public init(text: String, from: String? = nil, to: String? = nil, source: String? = nil, actor: String? = nil, limit: Int = 20) {
        self.text = text; self.from = from; self.to = to; self.source = source; self.actor = actor; self.limit = limit
    }
}

/// One article found by a search.
public struct SearchHit: Sendable, Equatable {
    /// The article's id.
    public var id: String
    /// Its title, publication date, source and URL (where it was first seen).
    public var title: String?, published: String?, source: String?, url: String?
    /// BM25 rank (lower is better, as SQLite reports it).
    public var rank: Double
    /// A few words around the first match, the matched word in [brackets].
    public var snippet: String
    /// Creates a hit.
    public init(id: String, title: String?, published: String?, source: String?, url: String?, rank: Double, snippet: String) {
        self.id = id; self.title = title; self.published = published; self.source = source; self.url = url; self.rank = rank
        self.snippet = snippet
    }
}

extension SQLiteStore {
    /// Articles containing every query word, best first, with a snippet around the first match.
    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        let terms = SearchTerms.standard.queryTerms(query.text)
        guard !terms.isEmpty else { throw MarsadError(.usage, "the query has no words to search for") }
        let match = terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
        let rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.title, a.published, a.source, a.url, a.text, bm25(search) AS score
                FROM search JOIN articles a ON a.rowid = search.rowid
                WHERE search MATCH ?1
                  AND (?2 IS NULL OR a.published >= ?2) AND (?3 IS NULL OR a.published <= ?3)
                  AND (?4 IS NULL OR a.source = ?4)
                  AND (?6 IS NULL OR EXISTS (SELECT 1 FROM entities e WHERE e.article = a.rowid AND (e.norm = ?6 OR e.last = ?6)))
                ORDER BY score LIMIT ?5
                """, arguments: [match, query.from, query.to, query.source, query.limit, query.actor.map(ActorName.matching)])
        }
        let wanted = Set(terms)
        return rows.map { row in
            SearchHit(id: row["id"], title: row["title"], published: row["published"], source: row["source"], url: row["url"],
                      rank: row["score"], snippet: SearchHit.snippet(row["text"], wanted))
        }
    }

    /// An article's document, written back from its rows exactly as `marsad analyze --format jsonl`
    /// writes it (ingest always finds entities, so `entities` is always there), and the places it was
    /// seen; nil when no article has this id.
    public func document(_ id: String) throws -> (json: [UInt8], sightings: [(url: String, source: String, input: String)])? {
        try read { db in
            guard let a = try Row.fetchOne(db, sql: """
                SELECT rowid, id, input, title, byline, published, published_source, url, source, encoding, text,
                       paragraphs, sentences, removed, warnings, events, quotes
                FROM articles WHERE id = ?
                """, arguments: [id]) else { return nil }
            let rowid: Int64 = a["rowid"]
            var doc = StoredDocument(id: a["id"], input: a["input"], title: a["title"], byline: a["byline"], published: a["published"],
                                     publishedSource: a["published_source"], url: a["url"], source: a["source"], encoding: a["encoding"],
                                     text: a["text"], paragraphs: a["paragraphs"], sentences: a["sentences"], removed: a["removed"],
                                     warnings: a["warnings"], events: a["events"], quotes: a["quotes"])
            doc.entities = try Row.fetchAll(db, sql: "SELECT start, \"end\", text, type, actor, place, confidence, basis FROM entities WHERE article = ? ORDER BY rowid",
                                            arguments: [rowid]).map { ($0["start"], $0["end"], $0["text"], $0["type"], $0["actor"], $0["place"], $0["confidence"], $0["basis"]) }
            doc.times = try Row.fetchAll(db, sql: "SELECT * FROM times WHERE article = ? ORDER BY rowid", arguments: [rowid])
                .map { ($0["start"], $0["end"], $0["text"], $0["type"], $0["value"], $0["mod"], $0["anchor"], $0["hijri"]) }
            let seen = try Row.fetchAll(db, sql: "SELECT url, source, input FROM sightings WHERE article = ? ORDER BY run, input",
                                        arguments: [rowid])
            return (doc.json(), seen.map { ($0["url"], $0["source"], $0["input"]) })
        }
    }

    /// The inputs that could not be analyzed, with their reasons, oldest run first.
    public func failures() throws -> [(run: Int64, input: String, reason: String)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT run, input, reason FROM failures ORDER BY run, input").map { ($0["run"], $0["input"], $0["reason"]) }
        }
    }

    /// Counts for `marsad stats`, in a fixed order.
    public func stats() throws -> [(name: String, value: String)] {
        try read { db in
            let types = try Row.fetchAll(db, sql: "SELECT type, count(*) AS n FROM entities GROUP BY type ORDER BY n DESC")
                .map { (type: $0["type"] as String, count: $0["n"] as Int) }
            let size = [path, path + "-wal"].reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
            return try CorpusStatistics.rows(value: { sql in
                switch try DatabaseValue.fetchOne(db, sql: sql)?.storage {
                case .int64(let n): return String(n)
                case .string(let s): return s
                default: return nil
                }
            }, types: types, schema: Schema.version, size: ("file size", String(format: "%.1f MB", Double(size) / 1e6)))
        }
    }
}

extension SearchHit {
    /// About ten words either side of the first word whose matching form or stem is wanted.
    public static func snippet(_ text: String, _ wanted: Set<String>) -> String {
        let bytes = Array(text.utf8)
        let wantedBytes = Set(wanted.map { Array($0.utf8) })
        var tokens: [Token] = []
        let scratch = SearchTerms.Scratch()
        return bytes.withUnsafeBufferPointer { p -> String in
            Tokenizer.tokenize(p, 0..<p.count, into: &tokens)
            let words = tokens.indices.filter { tokens[$0].kind != .punctuation }
            guard let hit = words.firstIndex(where: { SearchTerms.standard.matches(p, tokens[$0], wantedBytes, scratch) }) else {
                return String(text.prefix(160))
            }
            let first = tokens[words[max(0, hit - 10)]].start, last = tokens[words[min(words.count - 1, hit + 10)]].end
            let t = tokens[words[hit]]
            func s(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }
            let line = (hit > 10 ? "… " : "") + s(first..<t.start) + "[" + s(t.start..<t.end) + "]" + s(t.end..<last)
                + (hit + 10 < words.count - 1 ? " …" : "")
            return line.replacingOccurrences(of: "\n", with: " ")
        }
    }
}
