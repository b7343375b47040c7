import Foundation
import Logging
import PostgresNIO
import MarsadCore
import Store

/// The corpus store in PostgreSQL, for teams and scale: the same tables and queries as the SQLite
/// store, and claims on input keys (`FOR UPDATE SKIP LOCKED`) so that several ingest processes, on
/// one machine or several, share the work and store each article once.
///
/// One connection, used by one thread at a time (the ingest loop, or a query command); calls wait
/// on postgres-nio's futures, so the store fits Marsad's synchronous commands.
public final class PostgresStore: CorpusStore, @unchecked Sendable {
    let connection: PostgresConnection
    let logger: Logger
    /// The URL without its password.
    public let location: String

    /// Connects to `url` (`postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=…]`, libpq's sslmode values)
    /// and, when `creating`, creates the database if it is missing and brings the schema up to date; a database written by a newer Marsad, or
    /// one whose text search cannot split Arabic words, is refused before anything in it changes.
    /// Without `creating` (queries), the database must hold this Marsad's schema already.
    public init(url: String, creating: Bool = true) throws {
        let target = try PostgresTarget(url)
        location = target.description
        var logger = Logger(label: "marsad.postgres")
        logger.logLevel = .critical
        self.logger = logger
        func connect(_ configuration: PostgresConnection.Configuration) throws -> PostgresConnection {
            try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 1, logger: logger).wait()
        }
        do {
            do { connection = try connect(target.configuration) } catch let e as PSQLError where creating && e.serverInfo?[.sqlState] == "3D000" {
                // No such database: create it from the server's maintenance database (another process may have just done so).
                var maintenance = target.configuration
                maintenance.database = "postgres"
                let admin = try connect(maintenance)
                let name = "\"" + (target.configuration.database ?? "").replacingOccurrences(of: "\"", with: "\"\"") + "\""
                do { _ = try admin.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: logger).wait() }
                catch let e as PSQLError where ["42P04", "23505"].contains(e.serverInfo?[.sqlState] ?? "") {}
                try? admin.close().wait()
                connection = try connect(target.configuration)
            }
        } catch {
            throw MarsadError(.unreadable, "\(location): cannot connect to PostgreSQL (\(Self.reason(error)))")
        }
        if creating { try migrate() } else { try checkSchema() }
    }

    deinit { try? connection.close().wait() }

    // MARK: - Running SQL

    /// Runs one statement and returns its rows.
    @discardableResult
    func query(_ q: PostgresQuery) throws -> [PostgresRandomAccessRow] {
        do { return try connection.query(q, logger: logger).wait().rows.map { $0.makeRandomAccess() } }
        catch { throw MarsadError(.unreadable, "\(location): \(Self.reason(error))") }
    }

    /// Runs one statement without parameters.
    func execute(_ sql: String) throws {
        do { _ = try connection.simpleQuery(sql).wait() } catch { throw MarsadError(.unreadable, "\(location): \(Self.reason(error))") }
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// The server's message for an error, or the connection problem.
    static func reason(_ error: Error) -> String {
        if let e = error as? PSQLError {
            if let message = e.serverInfo?[.message] { return message + (e.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? "") }
            if let underlying = e.underlying { return "\(underlying)" }
            return "\(e.code)"
        }
        return "\(error)"
    }

    // MARK: - Schema

    private func checkSchema() throws {
        let exists = try query("SELECT to_regclass('marsad_schema') IS NOT NULL AS e").first?["e"].decode(Bool.self) ?? false
        guard exists else { throw MarsadError(.unreadable, "\(location): no Marsad store in this database (create one with marsad ingest --postgres URL)") }
        let version = try query("SELECT max(version) AS v FROM marsad_schema").first?["v"].decode(Int?.self) ?? 0
        if version > PostgresSchema.version {
            throw MarsadError(.usage, "\(location): written by a newer Marsad (schema \(version); this one knows up to \(PostgresSchema.version)); upgrade Marsad")
        }
        if version < PostgresSchema.version {
            throw MarsadError(.usage, "\(location): written by an older Marsad (schema \(version)); run marsad ingest --postgres URL once to upgrade it")
        }
    }

    private func migrate() throws {
        try transaction {
            // Several processes may start at once: one migrates, the others wait and find it done.
            try execute("SELECT pg_advisory_xact_lock(8354021)")
            try execute("CREATE TABLE IF NOT EXISTS marsad_schema (version INTEGER NOT NULL)")
            let version = try query("SELECT max(version) AS v FROM marsad_schema").first?["v"].decode(Int?.self) ?? 0
            if version > PostgresSchema.version {
                throw MarsadError(.usage, "\(location): written by a newer Marsad (schema \(version); this one knows up to \(PostgresSchema.version)); upgrade Marsad")
            }
            let split = try query("SELECT to_tsvector('simple', 'لافروف موسكو')::text AS v").first?["v"].decode(String.self)
            guard split == "'لافروف':1 'موسكو':2" else {
                throw MarsadError(.usage, "\(location): this database's text search does not see Arabic letters as letters (got \(split ?? "nothing")); create it with a UTF-8 encoding and locale")
            }
            for v in version..<PostgresSchema.version {
                // One statement at a time: the extended protocol takes no more (the schema has no ';' but between statements).
                for statement in PostgresSchema.migrations[v].split(separator: ";")
                where statement.split(separator: "\n").contains(where: { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("--") && !$0.allSatisfy(\.isWhitespace) }) {
                    try execute(String(statement))
                }
                try query("INSERT INTO marsad_schema(version) VALUES (\(v + 1))")
            }
        }
    }

    // MARK: - Runs and batches

    public func knownIDs() throws -> Set<String> {
        Set(try query("SELECT id FROM articles").map { try $0["id"].decode(String.self) })
    }

    public func beginRun(inputs: [String]) throws -> Int64 {
        let list = String(decoding: (try? JSONEncoder().encode(inputs)) ?? Data("[]".utf8), as: UTF8.self)
        return try query("INSERT INTO runs(started, inputs) VALUES (\(Self.now()), \(list)) RETURNING id").first!["id"].decode(Int64.self)
    }

    public func finishRun(_ run: Int64) throws {
        try query("UPDATE runs SET finished = \(Self.now()) WHERE id = \(run)")
    }

    @discardableResult
    public func save(articles: [StoredArticle], sightings: [Sighting], failures: [(input: String, reason: String)], run: Int64) throws -> SaveCounts {
        try transaction { try write(articles: articles, sightings: sightings, failures: failures, run: run) }
    }

    /// Claims the input keys no other process holds and that are not done, lets `body` analyze those
    /// (given as a set), and stores its batch and marks the keys done in the same transaction, so a
    /// process killed at any moment leaves them unclaimed for the next run. Keys already done (stored,
    /// or failed: a failure is not retried) count as unchanged; `taken` counts the keys another
    /// process holds now.
    public func claim(keys: [String], run: Int64, _ body: (Set<String>) throws -> StoreBatch) throws -> (counts: SaveCounts, taken: Int) {
        let sorted = Array(Set(keys)).sorted()   // one lock order for every process: no deadlocks
        try query("INSERT INTO work(key) SELECT unnest(\(sorted)::text[]) ON CONFLICT DO NOTHING")
        return try transaction {
            let rows = try query("SELECT key, done FROM work WHERE key = ANY(\(sorted)) ORDER BY key FOR UPDATE SKIP LOCKED")
            var mine: [String] = [], done = 0
            for r in rows {
                if try r["done"].decode(Bool.self) { done += 1 } else { mine.append(try r["key"].decode(String.self)) }
            }
            let batch = try body(Set(mine))
            var counts = try write(articles: batch.articles, sightings: batch.sightings, failures: batch.failures, run: run)
            try query("UPDATE work SET done = true WHERE key = ANY(\(mine))")
            counts.unchanged += done
            return (counts, sorted.count - rows.count)
        }
    }

    /// The key of an input article: FNV-1a over its origin and bytes.
    public static func workKey(origin: String, body: [UInt8]) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in origin.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        h = (h ^ 0) &* 0x100000001b3
        for b in body { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return String(h, radix: 16)
    }

    /// Writes a batch inside the caller's transaction: every table in a few statements, from JSON
    /// record sets (which carry NULLs, unlike postgres-nio's arrays).
    private func write(articles: [StoredArticle], sightings: [Sighting], failures: [(input: String, reason: String)], run: Int64) throws -> SaveCounts {
        var counts = SaveCounts()
        // A URL that already holds another text makes a new text an updated version.
        let urls = Array(Set(articles.compactMap { $0.url }.filter { !$0.isEmpty }))
        var seenURLs = Set(try query("SELECT DISTINCT url FROM sightings WHERE url = ANY(\(urls))").map { try $0["url"].decode(String.self) })

        let inserted = try query("""
            INSERT INTO articles(id, title, byline, published, published_source, source, url, input, encoding, text, raw,
                                 paragraphs, sentences, removed, warnings, events, quotes, run, terms)
            SELECT x.id, x.title, x.byline, x.published, x.published_source, x.source, x.url, x.input, x.encoding, x.text,
                   decode(x.raw, 'base64'), x.paragraphs, x.sentences, x.removed, x.warnings, x.events, x.quotes, \(run),
                   to_tsvector('simple', x.terms)
            FROM json_to_recordset(\(Self.articlesJSON(articles))::json) AS x(id text, title text, byline text, published text,
                 published_source text, source text, url text, input text, encoding text, text text, raw text, paragraphs text,
                 sentences text, removed text, warnings text, events text, quotes text, terms text)
            ORDER BY x.id
            ON CONFLICT (id) DO NOTHING
            RETURNING id, rowid
            """)
        var rowids: [String: Int64] = [:]
        for r in inserted { rowids[try r["id"].decode(String.self)] = try r["rowid"].decode(Int64.self) }
        // The first of several copies in the batch is the new article; the others, and texts another
        // process stored first, are sightings.
        var newArticles: [(StoredArticle, Int64)] = [], others = sightings
        for a in articles {
            if let rowid = rowids.removeValue(forKey: a.id) { newArticles.append((a, rowid)) }
            else { others.append(Sighting(id: a.id, url: a.url, source: a.source, input: a.input)) }
        }
        try insertRows(newArticles)
        for (a, _) in newArticles {
            if let url = a.url, !url.isEmpty, seenURLs.contains(url) { counts.updated += 1 } else { counts.new += 1 }
            if let url = a.url, !url.isEmpty { seenURLs.insert(url) }
        }

        let all = newArticles.map { Sighting(id: $0.0.id, url: $0.0.url, source: $0.0.source, input: $0.0.input) } + others
        var w = JSONWriter(pretty: false)
        w.beginArray()
        for s in all { w.beginObject(inline: true); w.string("id", s.id); w.string("url", s.url ?? ""); w.string("source", s.source ?? ""); w.string("input", s.input); w.endObject() }
        w.endArray()
        let added = try query("""
            INSERT INTO sightings(article, url, source, input, run)
            SELECT a.rowid, x.url, x.source, x.input, \(run)
            FROM json_to_recordset(\(Self.recordSet(&w))::json) AS x(id text, url text, source text, input text)
            JOIN articles a ON a.id = x.id
            ORDER BY a.rowid
            ON CONFLICT DO NOTHING
            RETURNING article
            """).count
        let present = Set(try query("SELECT id FROM articles WHERE id = ANY(\(Array(Set(others.map(\.id)))))").map { try $0["id"].decode(String.self) })
        let vanished = others.filter { !present.contains($0.id) }
        counts.copies = added - newArticles.count
        counts.unchanged = others.count - vanished.count - counts.copies
        let failed = failures + vanished.map { ($0.input, "its text was stored when the ingest started but is missing now") }
        for f in failed {
            try query("""
                INSERT INTO failures(input, run, reason) VALUES (\(f.input), \(run), \(f.reason))
                ON CONFLICT (input) DO UPDATE SET run = excluded.run, reason = excluded.reason
                """)
        }
        // An input that failed in an earlier run and succeeded now is no longer a failure.
        try query("DELETE FROM failures WHERE input = ANY(\(articles.map(\.input) + sightings.map(\.input))) AND run < \(run)")
        counts.failed = failed.count
        try query("""
            UPDATE runs SET new = new + \(counts.new), updated = updated + \(counts.updated), copies = copies + \(counts.copies),
                            unchanged = unchanged + \(counts.unchanged), failed = failed + \(counts.failed) WHERE id = \(run)
            """)
        return counts
    }

    /// The entity, time and event rows of newly stored articles.
    private func insertRows(_ stored: [(StoredArticle, Int64)]) throws {
        var e = JSONWriter(pretty: false), t = JSONWriter(pretty: false), v = JSONWriter(pretty: false)
        e.beginArray(); t.beginArray(); v.beginArray()
        for (a, rowid) in stored {
            let article = Int(rowid)
            for (n, (x, l)) in zip(a.entities, a.links).enumerated() {
                e.beginObject(inline: true)
                e.int("article", article); e.int("n", n); e.int("start", x.start); e.int("end", x.end); e.string("text", x.text)
                e.string("type", x.type); e.string("norm", x.norm); e.string("last", x.last); e.string("actor_id", l.actorID)
                e.string("place_id", l.placeID); e.string("actor", l.actor); e.string("place", l.place)
                e.string("confidence", l.confidence); e.string("basis", l.basis)
                e.endObject()
            }
            for (n, x) in a.times.enumerated() {
                t.beginObject(inline: true)
                t.int("article", article); t.int("n", n); t.int("start", x.start); t.int("end", x.end); t.string("text", x.text)
                t.string("type", x.type); t.string("value", x.value); t.string("mod", x.mod); t.string("anchor", x.anchor); t.string("hijri", x.hijri)
                t.endObject()
            }
            for (n, x) in a.events.enumerated() {
                v.beginObject(inline: true)
                v.int("article", article); v.int("n", n); v.string("cameo", x.cameo); v.string("root", x.root); v.string("plover", x.plover)
                v.raw("goldstein", json: Array(String(x.goldstein).utf8)); v.int("quad", x.quad); v.string("sources", x.sources)
                v.string("targets", x.targets); v.string("source_codes", x.sourceCodes); v.string("target_codes", x.targetCodes)
                v.string("date", x.date); v.string("place", x.place); v.string("polarity", x.polarity); v.string("modality", x.modality)
                v.string("trigger", x.trigger)
                v.endObject()
            }
        }
        e.endArray(); t.endArray(); v.endArray()
        try query("""
            INSERT INTO entities SELECT * FROM json_to_recordset(\(Self.recordSet(&e))::json) AS x(
                article bigint, n integer, start integer, "end" integer, text text, type text, norm text, last text,
                actor_id text, place_id text, actor text, place text, confidence text, basis text)
            """)
        try query("""
            INSERT INTO times SELECT * FROM json_to_recordset(\(Self.recordSet(&t))::json) AS x(
                article bigint, n integer, start integer, "end" integer, text text, type text, value text, mod text, anchor text, hijri text)
            """)
        try query("""
            INSERT INTO events SELECT * FROM json_to_recordset(\(Self.recordSet(&v))::json) AS x(
                article bigint, n integer, cameo text, root text, plover text, goldstein double precision, quad integer, sources text,
                targets text, source_codes text, target_codes text, date text, place text, polarity text, modality text, trigger text)
            """)
    }

    /// The articles as a JSON record set (the raw bytes in base64).
    private static func articlesJSON(_ articles: [StoredArticle]) -> String {
        var w = JSONWriter(pretty: false, reservingCapacity: articles.reduce(1024) { $0 + $1.text.utf8.count * 3 + $1.raw.count * 2 })
        w.beginArray()
        for a in articles {
            w.beginObject(inline: true)
            w.string("id", a.id); w.string("title", a.title); w.string("byline", a.byline); w.string("published", a.published)
            w.string("published_source", a.publishedSource); w.string("source", a.source); w.string("url", a.url); w.string("input", a.input)
            w.string("encoding", a.encoding); w.string("text", a.text); w.string("raw", Data(a.raw).base64EncodedString())
            w.string("paragraphs", a.paragraphs); w.string("sentences", a.sentences); w.string("removed", a.removed)
            w.string("warnings", a.warnings); w.string("events", a.eventsJSON); w.string("quotes", a.quotesJSON)
            w.string("terms", Self.indexable(a.terms))
            w.endObject()
        }
        w.endArray()
        return recordSet(&w)
    }

    /// A finished JSON record set as text, with U+0000 written as U+FFFD: PostgreSQL text cannot hold
    /// it (the raw input keeps the original bytes, and offsets do not move).
    static func recordSet(_ w: inout JSONWriter) -> String {
        var json = w.finish()
        var i = 0
        while i + 5 < json.count {
            if json[i] == UInt8(ascii: "\\") {
                if json[i + 1] == UInt8(ascii: "u") && json[i + 2...i + 5].elementsEqual("0000".utf8) {
                    json.replaceSubrange(i + 2...i + 5, with: "fffd".utf8)
                }
                i += 2   // an escape is two characters at least; the next one never starts another
            } else {
                i += 1
            }
        }
        return String(decoding: json, as: UTF8.self)
    }

    /// PostgreSQL refuses a tsvector over 1 MB: a huge article is indexed by its distinct terms.
    static func indexable(_ terms: String) -> String {
        guard terms.utf8.count > 400_000 else { return terms }
        var seen = Set<Substring>(), out: [Substring] = []
        for t in terms.split(separator: " ") where seen.insert(t).inserted { out.append(t) }
        return out.joined(separator: " ")
    }

    static func now() -> String { ISO8601DateFormatter().string(from: Date()) }
}

/// A parsed `postgres://` URL.
struct PostgresTarget: CustomStringConvertible {
    var configuration: PostgresConnection.Configuration
    var description: String

    init(_ url: String) throws {
        guard let c = URLComponents(string: url), c.scheme == "postgres" || c.scheme == "postgresql", let host = c.host, !host.isEmpty else {
            throw MarsadError(.usage, "\(url): not a PostgreSQL URL (postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE)")
        }
        guard let user = c.user, !user.isEmpty else { throw MarsadError(.usage, "\(url): the URL names no user (postgres://USER@HOST/DATABASE)") }
        let database = c.path.count > 1 ? String(c.path.dropFirst()) : user
        let mode = c.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        // libpq's meanings: prefer and require encrypt without checking the certificate, verify-ca checks
        // it against the system's trust store, verify-full also checks the host name.
        func context(_ verification: CertificateVerification) throws -> NIOSSLContext {
            var tls = TLSConfiguration.makeClientConfiguration()
            tls.certificateVerification = verification
            return try NIOSSLContext(configuration: tls)
        }
        let tls: PostgresConnection.Configuration.TLS
        switch mode {
        case "disable": tls = .disable
        case "allow", "prefer": tls = .prefer(try context(.none))
        case "require": tls = .require(try context(.none))
        case "verify-ca": tls = .require(try context(.noHostnameVerification))
        case "verify-full": tls = .require(try context(.fullVerification))
        default: throw MarsadError(.usage, "\(url): sslmode must be disable, allow, prefer, require, verify-ca or verify-full")
        }
        configuration = PostgresConnection.Configuration(host: host, port: c.port ?? 5432, username: user, password: c.password,
                                                         database: database, tls: tls)
        description = "postgres://\(user)@\(host):\(c.port ?? 5432)/\(database)"
    }
}
