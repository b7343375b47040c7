import PostgresNIO
import MarsadCore
import Store

extension PostgresStore {
    /// Articles containing every query word, best first (`rank` is minus PostgreSQL's `ts_rank`, so
    /// lower is better, as with SQLite's BM25), with a snippet around the first match.
    public func search(_ q: SearchQuery) throws -> [SearchHit] {
        let terms = SearchTerms.standard.queryTerms(q.text)
        guard !terms.isEmpty else { throw MarsadError(.usage, "the query has no words to search for") }
        // Each term a quoted lexeme; the terms are matching forms, but quotes and backslashes are dropped all the same.
        let tsquery = terms.map { "'" + $0.filter { $0 != "'" && $0 != "\\" } + "'" }.joined(separator: " & ")
        let actor = q.actor.map(ActorName.matching)
        let rows = try query("""
            SELECT a.id, a.title, a.published, a.source, a.url, a.text, -ts_rank(a.terms, q)::double precision AS score
            FROM articles a, to_tsquery('simple', \(tsquery)) q
            WHERE a.terms @@ q
              AND (\(q.from)::text IS NULL OR a.published >= \(q.from)) AND (\(q.to)::text IS NULL OR a.published <= \(q.to))
              AND (\(q.source)::text IS NULL OR a.source = \(q.source))
              AND (\(actor)::text IS NULL OR EXISTS (SELECT 1 FROM entities e WHERE e.article = a.rowid AND (e.norm = \(actor) OR e.last = \(actor))))
            ORDER BY score, a.rowid LIMIT \(q.limit)
            """)
        let wanted = Set(terms)
        return try rows.map { r in
            SearchHit(id: try r["id"].decode(String.self), title: try r["title"].decode(String?.self), published: try r["published"].decode(String?.self),
                      source: try r["source"].decode(String?.self), url: try r["url"].decode(String?.self), rank: try r["score"].decode(Double.self),
                      snippet: SearchHit.snippet(try r["text"].decode(String.self), wanted))
        }
    }

    /// The SQL that keeps events with the bound side among their sources or targets (ids or codes).
    private static let sideTest = """
        (position(' ' || $X || ' ' in ' ' || e.sources || ' ' || e.targets || ' ') > 0
         OR position(' ' || $X || ' ' in ' ' || e.source_codes || ' ' || e.target_codes || ' ') > 0)
        """

    public func events(_ q: EventQuery) throws -> [EventRow] {
        var conditions = ["true"], binds = PostgresBindings()
        func bind(_ value: String) -> String { binds.append(value); return "$\(binds.count)::text" }
        for a in q.actors { conditions.append(Self.sideTest.replacingOccurrences(of: "$X", with: bind(a))) }
        if let type = q.type {
            conditions.append(type.allSatisfy(\.isNumber) ? "e.cameo LIKE \(bind(type)) || '%'" : "e.plover = \(bind(type.uppercased()))")
        }
        if let from = q.from { conditions.append("e.date >= \(bind(from))") }
        if let to = q.to { conditions.append("e.date <= \(bind(to)) || '~'") }
        let rows = try query(PostgresQuery(unsafeSQL: """
            SELECT a.id AS article_id, a.title, e.*, r.started
            FROM events e JOIN articles a ON a.rowid = e.article JOIN runs r ON r.id = a.run
            WHERE \(conditions.joined(separator: " AND ")) ORDER BY e.date DESC NULLS LAST, e.article, e.n LIMIT \(q.limit)
            """, binds: binds))
        return try rows.map { r in
            EventRow(article: try r["article_id"].decode(String.self), title: try r["title"].decode(String?.self), date: try r["date"].decode(String?.self),
                     cameo: try r["cameo"].decode(String.self), plover: try r["plover"].decode(String.self), goldstein: try r["goldstein"].decode(Double.self),
                     sources: try r["sources"].decode(String.self), targets: try r["targets"].decode(String.self),
                     sourceCodes: try r["source_codes"].decode(String.self), targetCodes: try r["target_codes"].decode(String.self),
                     polarity: try r["polarity"].decode(String.self), modality: try r["modality"].decode(String.self),
                     place: try r["place"].decode(String?.self), trigger: try r["trigger"].decode(String.self),
                     ordinal: try r["n"].decode(Int.self), stored: try r["started"].decode(String.self))
        }
    }

    public func timeline(_ a: String, _ b: String, type: String?, periodLength: Int) throws -> [TimelinePeriod] {
        let isSource = { (x: String) in "position(' ' || \(x) || ' ' in ' ' || e.source_codes || ' ' || e.sources || ' ') > 0" }
        let isTarget = { (x: String) in "position(' ' || \(x) || ' ' in ' ' || e.target_codes || ' ' || e.targets || ' ') > 0" }
        var binds = PostgresBindings()
        binds.append(a); binds.append(b); binds.append(periodLength)
        var typeSQL = "true"
        if let type {
            binds.append(type.uppercased())
            typeSQL = type.allSatisfy(\.isNumber) ? "e.cameo LIKE $4::text || '%'" : "e.plover = $4::text"
        }
        let rows = try query(PostgresQuery(unsafeSQL: """
            SELECT substr(e.date, 1, $3::int) AS period, count(*) AS n,
                   sum((e.quad <= 2)::int) AS cooperation, sum((e.quad >= 3)::int) AS conflict, sum(e.goldstein) AS goldstein
            FROM events e
            WHERE e.date IS NOT NULL AND e.polarity = 'positive' AND e.modality = 'asserted' AND \(typeSQL)
              AND ((\(isSource("$1::text")) AND \(isTarget("$2::text"))) OR (\(isSource("$2::text")) AND \(isTarget("$1::text"))))
            GROUP BY period ORDER BY period
            """, binds: binds))
        return try rows.map { r in
            TimelinePeriod(period: try r["period"].decode(String.self), events: try r["n"].decode(Int.self),
                           cooperation: try r["cooperation"].decode(Int.self), conflict: try r["conflict"].decode(Int.self),
                           goldstein: try r["goldstein"].decode(Double.self))
        }
    }

    public func document(_ id: String) throws -> (json: [UInt8], sightings: [(url: String, source: String, input: String)])? {
        guard let a = try query("""
            SELECT rowid, id, input, title, byline, published, published_source, url, source, encoding, text,
                   paragraphs, sentences, removed, warnings, events, quotes
            FROM articles WHERE id = \(id)
            """).first else { return nil }
        func text(_ name: String) throws -> String { try a[name].decode(String.self) }
        func optional(_ name: String) throws -> String? { try a[name].decode(String?.self) }
        let rowid = try a["rowid"].decode(Int64.self)
        var doc = StoredDocument(id: try text("id"), input: try text("input"), title: try optional("title"), byline: try optional("byline"),
                                 published: try optional("published"), publishedSource: try optional("published_source"),
                                 url: try optional("url"), source: try optional("source"), encoding: try text("encoding"), text: try text("text"),
                                 paragraphs: try text("paragraphs"), sentences: try text("sentences"), removed: try text("removed"),
                                 warnings: try text("warnings"), events: try optional("events"), quotes: try optional("quotes"))
        doc.entities = try query("""
            SELECT start, "end", text, type, actor, place, confidence, basis FROM entities WHERE article = \(rowid) ORDER BY n
            """).map { e in
            (try e["start"].decode(Int.self), try e["end"].decode(Int.self), try e["text"].decode(String.self), try e["type"].decode(String.self),
             try e["actor"].decode(String?.self), try e["place"].decode(String?.self), try e["confidence"].decode(String?.self),
             try e["basis"].decode(String?.self))
        }
        doc.times = try query("SELECT * FROM times WHERE article = \(rowid) ORDER BY n").map { t in
            (try t["start"].decode(Int.self), try t["end"].decode(Int.self), try t["text"].decode(String.self), try t["type"].decode(String.self),
             try t["value"].decode(String.self), try t["mod"].decode(String?.self), try t["anchor"].decode(String?.self), try t["hijri"].decode(String?.self))
        }
        let seen = try query("SELECT url, source, input FROM sightings WHERE article = \(rowid) ORDER BY run, input").map { s in
            (url: try s["url"].decode(String.self), source: try s["source"].decode(String.self), input: try s["input"].decode(String.self))
        }
        return (doc.json(), seen)
    }

    public func failures() throws -> [(run: Int64, input: String, reason: String)] {
        try query("SELECT run, input, reason FROM failures ORDER BY run, input").map { r in
            (try r["run"].decode(Int64.self), try r["input"].decode(String.self), try r["reason"].decode(String.self))
        }
    }

    public func stats() throws -> [(name: String, value: String)] {
        // Any one-value query, its value as text.
        func value(_ sql: String) throws -> String? {
            try query(PostgresQuery(unsafeSQL: "SELECT q.v::text AS v FROM (\(sql)) AS q(v)")).first?["v"].decode(String?.self)
        }
        let types = try query("SELECT type, count(*) AS n FROM entities GROUP BY type ORDER BY n DESC, type").map {
            (type: try $0["type"].decode(String.self), count: try $0["n"].decode(Int.self))
        }
        return try CorpusStatistics.rows(value: value, types: types, schema: PostgresSchema.version,
                                         size: ("database size", try value("SELECT pg_size_pretty(pg_database_size(current_database()))") ?? "-"))
    }
}
