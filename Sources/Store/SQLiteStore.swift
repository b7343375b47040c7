import Foundation
import GRDB
import MarsadCore

/// What one `save` changed.
public struct SaveCounts: Sendable, Equatable {
    /// Articles whose text was not stored before.
    public var new = 0
    /// New texts under a URL that already had another text (a changed article, kept as a new version).
    public var updated = 0
    /// Stored texts seen under a new URL, source or input (identical copies).
    public var copies = 0
    /// Stored texts seen again exactly where they were seen before.
    public var unchanged = 0
    /// Inputs that could not be analyzed.
    public var failed = 0

    /// Creates zero counts.
    public init() {}

    /// The inputs these counts account for, whatever became of them.
    public var inputs: Int { new + updated + copies + unchanged + failed }

    /// Adds another batch's counts.
    public static func += (a: inout SaveCounts, b: SaveCounts) {
        a.new += b.new; a.updated += b.updated; a.copies += b.copies; a.unchanged += b.unchanged; a.failed += b.failed
    }
}

/// The corpus store in one SQLite file (WAL mode). Every `save` is one transaction, so a process
/// killed at any moment leaves whole articles or none, and articles are keyed by the hash of their
/// clean text, so ingesting the same input again adds nothing.
public final class SQLiteStore: CorpusStore {
    /// A pool (WAL) for ingest; a read-only queue for queries.
    let pool: any DatabaseWriter
    /// The file.
    public let path: String
    /// The file, for messages.
    public var location: String { path }

    /// Opens or creates the store at `path` and upgrades its schema. A file that is not SQLite, a
    /// database that is not Marsad's, or one written by a newer Marsad is refused before anything in
    /// it is changed.
    public init(path: String) throws {
        self.path = path
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > 0 {
            try Self.check(path, exact: false)
        }
        var config = Configuration()
        config.busyMode = .timeout(10)
        // A bigger page cache than SQLite's 2 MB: an ingest inserts into a dozen indexes at once.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -65536") }
        do {
            pool = try DatabasePool(path: path, configuration: config)
            try pool.write { db in
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                for v in version..<Schema.version {
                    try db.execute(sql: Schema.migrations[v])
                    try db.execute(sql: "PRAGMA user_version = \(v + 1)")
                }
            }
        } catch let error as DatabaseError {
            throw Self.describe(error, path)
        }
    }

    /// Opens an existing store read-only, for queries: a typo must not create an empty database, and a
    /// shared or read-only corpus can be searched. Its schema must be this Marsad's.
    public init(existing path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw MarsadError(.unreadable, "\(path): no such database (create one with marsad ingest --db \(path))")
        }
        self.path = path
        try Self.check(path, exact: true)
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(10)
        do { pool = try DatabaseQueue(path: path, configuration: config) }
        catch let error as DatabaseError { throw Self.describe(error, path) }
    }

    /// Reads the schema version through a read-only connection and refuses what this Marsad must not
    /// touch: not SQLite, not Marsad's, newer than this Marsad, or (with `exact`) older.
    private static func check(_ path: String, exact: Bool) throws {
        var config = Configuration()
        config.readonly = true
        do {
            let (version, objects) = try DatabaseQueue(path: path, configuration: config).read { db in
                (try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0)
            }
            if version == 0 && objects > 0 { throw MarsadError(.usage, "\(path): an SQLite database, but not Marsad's") }
            if version > Schema.version {
                throw MarsadError(.usage, "\(path): written by a newer Marsad (schema \(version); this one knows up to \(Schema.version)); upgrade Marsad")
            }
            if exact && version < Schema.version {
                throw MarsadError(.usage, "\(path): written by an older Marsad (schema \(version)); run marsad ingest --db \(path) once to upgrade it")
            }
        } catch let error as DatabaseError {
            throw describe(error, path)
        }
    }

    static func describe(_ error: DatabaseError, _ path: String) -> MarsadError {
        switch error.resultCode {
        case .SQLITE_NOTADB: return MarsadError(.unreadable, "\(path): not an SQLite database")
        case .SQLITE_FULL: return MarsadError(.unreadable, "\(path): the disk is full (the transaction under way was rolled back)")
        case .SQLITE_READONLY: return MarsadError(.unreadable, "\(path): read-only")
        case .SQLITE_BUSY: return MarsadError(.unreadable, "\(path): locked by another process for too long")
        case .SQLITE_CANTOPEN: return MarsadError(.unreadable, "\(path): cannot open (\(error.message ?? "no such directory?"))")
        default: return MarsadError(.unreadable, "\(path): \(error.message ?? "\(error)")")
        }
    }

    /// Runs a write transaction, turning SQLite errors into Marsad errors.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.write(body) } catch let error as DatabaseError { throw Self.describe(error, path) }
    }

    /// Runs a read, turning SQLite errors into Marsad errors.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch let error as DatabaseError { throw Self.describe(error, path) }
    }

    /// The ids of every stored article (so an ingest can skip analyzing them).
    public func knownIDs() throws -> Set<String> {
        try read { db in Set(try String.fetchAll(db, sql: "SELECT id FROM articles")) }
    }

    /// Starts an ingest run and returns its number.
    public func beginRun(inputs: [String]) throws -> Int64 {
        try write { db in
            let list = String(decoding: (try? JSONEncoder().encode(inputs)) ?? Data("[]".utf8), as: UTF8.self)
            try db.execute(sql: "INSERT INTO runs(started, inputs) VALUES (?, ?)", arguments: [Self.now(), list])
            return db.lastInsertedRowID
        }
    }

    /// Marks a run finished.
    public func finishRun(_ run: Int64) throws {
        try write { db in try db.execute(sql: "UPDATE runs SET finished = ? WHERE id = ?", arguments: [Self.now(), run]) }
    }

    /// Stores a batch in one transaction: new articles with their rows, sightings of stored ones, and
    /// failures with their reasons.
    @discardableResult
    public func save(articles: [StoredArticle], sightings: [Sighting], failures: [(input: String, reason: String)],
                     run: Int64) throws -> SaveCounts {
        try write { db in
            var counts = SaveCounts()
            let findArticle = try db.cachedStatement(sql: "SELECT rowid FROM articles WHERE id = ?")
            let urlSeen = try db.cachedStatement(sql: "SELECT 1 FROM sightings WHERE url = ? LIMIT 1")
            let insertArticle = try db.cachedStatement(sql: """
                INSERT INTO articles(id, title, byline, published, published_source, source, url, input, encoding, text, raw,
                                     paragraphs, sentences, removed, warnings, run, events, quotes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertEntity = try db.cachedStatement(sql: "INSERT INTO entities(article, start, \"end\", text, type, norm, last, actor_id, place_id, actor, place, confidence, basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            let insertEvent = try db.cachedStatement(sql: """
                INSERT INTO events(article, cameo, root, plover, goldstein, quad, sources, targets, source_codes, target_codes,
                                   date, place, polarity, modality, trigger) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertTime = try db.cachedStatement(sql: """
                INSERT INTO times(article, start, "end", text, type, value, mod, anchor, hijri) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertTerms = try db.cachedStatement(sql: "INSERT INTO search(rowid, terms) VALUES (?, ?)")
            let insertSighting = try db.cachedStatement(sql: "INSERT OR IGNORE INTO sightings(article, url, source, input, run) VALUES (?, ?, ?, ?, ?)")

            func sight(_ rowid: Int64, _ url: String?, _ source: String?, _ input: String) throws -> Bool {
                try insertSighting.execute(arguments: [rowid, url ?? "", source ?? "", input, run])
                return db.changesCount > 0
            }

            for a in articles {
                if let rowid = try Int64.fetchOne(findArticle, arguments: [a.id]) {
                    // The same text came twice in this run, or another process stored it meanwhile.
                    if try sight(rowid, a.url, a.source, a.input) { counts.copies += 1 } else { counts.unchanged += 1 }
                    continue
                }
                var changed = false
                if let url = a.url, !url.isEmpty { changed = try Int.fetchOne(urlSeen, arguments: [url]) != nil }
                try insertArticle.execute(arguments: [a.id, a.title, a.byline, a.published, a.publishedSource, a.source, a.url,
                                                      a.input, a.encoding, a.text, Data(a.raw),
                                                      a.paragraphs, a.sentences, a.removed, a.warnings, run, a.eventsJSON, a.quotesJSON])
                let rowid = db.lastInsertedRowID
                for (e, l) in zip(a.entities, a.links) {
                    try insertEntity.execute(arguments: [rowid, e.start, e.end, e.text, e.type, e.norm, e.last,
                                                         l.actorID, l.placeID, l.actor, l.place, l.confidence, l.basis])
                }
                for t in a.times {
                    try insertTime.execute(arguments: [rowid, t.start, t.end, t.text, t.type, t.value, t.mod, t.anchor, t.hijri])
                }
                for e in a.events {
                    try insertEvent.execute(arguments: [rowid, e.cameo, e.root, e.plover, e.goldstein, e.quad, e.sources, e.targets,
                                                        e.sourceCodes, e.targetCodes, e.date, e.place, e.polarity, e.modality, e.trigger])
                }
                try insertTerms.execute(arguments: [rowid, a.terms])
                _ = try sight(rowid, a.url, a.source, a.input)
                if changed { counts.updated += 1 } else { counts.new += 1 }
            }
            var vanished: [(input: String, reason: String)] = []
            for s in sightings {
                guard let rowid = try Int64.fetchOne(findArticle, arguments: [s.id]) else {
                    vanished.append((s.input, "its text was stored when the ingest started but is missing now"))
                    continue
                }
                if try sight(rowid, s.url, s.source, s.input) { counts.copies += 1 } else { counts.unchanged += 1 }
            }
            for f in failures + vanished {
                try db.execute(sql: """
                    INSERT INTO failures(input, run, reason) VALUES (?, ?, ?)
                    ON CONFLICT(input) DO UPDATE SET run = excluded.run, reason = excluded.reason
                    """, arguments: [f.input, run, f.reason])
            }
            // An input that failed in an earlier run and succeeded now is no longer a failure.
            let clear = try db.cachedStatement(sql: "DELETE FROM failures WHERE input = ? AND run < ?")
            for input in articles.map(\.input) + sightings.map(\.input) { try clear.execute(arguments: [input, run]) }
            counts.failed = failures.count + vanished.count
            try db.execute(sql: """
                UPDATE runs SET new = new + ?, updated = updated + ?, copies = copies + ?, unchanged = unchanged + ?,
                failed = failed + ? WHERE id = ?
                """, arguments: [counts.new, counts.updated, counts.copies, counts.unchanged, counts.failed, run])
            return counts
        }
    }

    static func now() -> String {
        let f = ISO8601DateFormatter()
        return f.string(from: Date())
    }
}
