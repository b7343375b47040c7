import GRDB
import MarsadCore

/// A query over stored events.
public struct EventQuery: Sendable {
    /// Every one of these must be a side of the event: an actor id (`sergey-lavrov`) or a country or
    /// group code (`RUS`, `IGO`).
    public var actors: [String] = []
    /// A PLOVER event (`CONSULT`) or a CAMEO code prefix (`04`, `042`).
    public var type: String?
    /// Event dates, inclusive (`YYYY-MM-DD`; a month `2023-03` works as a prefix bound).
    public var from: String?, to: String?
    /// At most this many rows.
    public var limit = 100
    /// Creates a query.
    public init(actors: [String] = [], type: String? = nil, from: String? = nil, to: String? = nil, limit: Int = 100) {
        self.actors = actors; self.type = type; self.from = from; self.to = to; self.limit = limit
    }
}

/// One stored event, as the `events` query lists it.
public struct EventRow: Sendable, Equatable {
    /// The article's id and title.
    public var article: String, title: String?
    /// Date, CAMEO code, PLOVER event, Goldstein value.
    public var date: String?, cameo: String, plover: String, goldstein: Double
    /// Sides: actor ids and country or group codes, space-separated.
    public var sources: String, targets: String, sourceCodes: String, targetCodes: String
    /// Polarity, modality, the place id and the trigger as written.
    public var polarity: String, modality: String, place: String?, trigger: String
    /// The event's position in its article's `events` array, and when the article was stored (ISO 8601).
    public var ordinal: Int, stored: String
    /// Creates a row.
    public init(article: String, title: String?, date: String?, cameo: String, plover: String, goldstein: Double, sources: String,
                targets: String, sourceCodes: String, targetCodes: String, polarity: String, modality: String, place: String?,
                trigger: String, ordinal: Int, stored: String) {
        self.article = article; self.title = title; self.date = date; self.cameo = cameo; self.plover = plover; self.goldstein = goldstein
        self.sources = sources; self.targets = targets; self.sourceCodes = sourceCodes; self.targetCodes = targetCodes
        self.polarity = polarity; self.modality = modality; self.place = place; self.trigger = trigger; self.ordinal = ordinal
        self.stored = stored
    }
}

/// One period of a dyad's timeline.
public struct TimelinePeriod: Sendable, Equatable {
    /// `2023-03` (month), `2023` (year) or `2023-03-29` (day).
    public var period: String
    /// Events in the period, and how many were cooperation (quad classes 1–2) and conflict (3–4).
    public var events: Int, cooperation: Int, conflict: Int
    /// The sum of their Goldstein values: above 0 leans to cooperation, below to conflict.
    public var goldstein: Double
    /// Creates a period.
    public init(period: String, events: Int, cooperation: Int, conflict: Int, goldstein: Double) {
        self.period = period; self.events = events; self.cooperation = cooperation; self.conflict = conflict; self.goldstein = goldstein
    }
}

extension SQLiteStore {
    /// The SQL that keeps events with `side` among their sources or targets (ids or codes).
    private static let sideTest = """
        (instr(' ' || e.sources || ' ' || e.targets || ' ', ' ' || ? || ' ') > 0
         OR instr(' ' || e.source_codes || ' ' || e.target_codes || ' ', ' ' || ? || ' ') > 0)
        """

    /// Events matching a query, newest first.
    public func events(_ q: EventQuery) throws -> [EventRow] {
        var conditions = ["1"], arguments: [DatabaseValueConvertible?] = []
        for a in q.actors { conditions.append(Self.sideTest); arguments += [a, a] }
        if let type = q.type {
            conditions.append(type.allSatisfy(\.isNumber) ? "e.cameo LIKE ? || '%'" : "e.plover = ?")
            arguments.append(type.uppercased())
        }
        if let from = q.from { conditions.append("e.date >= ?"); arguments.append(from) }
        if let to = q.to { conditions.append("e.date <= ? || '~'"); arguments.append(to) }
        arguments.append(q.limit)
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.title, e.*, r.started,
                       (SELECT count(*) FROM events p WHERE p.article = e.article AND p.rowid < e.rowid) AS ordinal
                FROM events e JOIN articles a ON a.rowid = e.article JOIN runs r ON r.id = a.run
                WHERE \(conditions.joined(separator: " AND ")) ORDER BY e.date DESC, e.rowid LIMIT ?
                """, arguments: StatementArguments(arguments)!).map { r in
                EventRow(article: r["id"], title: r["title"], date: r["date"], cameo: r["cameo"], plover: r["plover"], goldstein: r["goldstein"],
                         sources: r["sources"], targets: r["targets"], sourceCodes: r["source_codes"], targetCodes: r["target_codes"],
                         polarity: r["polarity"], modality: r["modality"], place: r["place"], trigger: r["trigger"],
                         ordinal: r["ordinal"], stored: r["started"])
            }
        }
    }

    /// The events between two sides (`RUS`, `IRN`, in either direction) per period: counts and the
    /// Goldstein-weighted balance. Only events that happened count: denied, planned and supposed ones
    /// are left out.
    public func timeline(_ a: String, _ b: String, type: String?, periodLength: Int) throws -> [TimelinePeriod] {
        // ?1, ?2 the sides, ?3 the period length, ?4 the type.
        let isSource = { (x: String) in "instr(' ' || e.source_codes || ' ' || e.sources || ' ', ' ' || \(x) || ' ') > 0" }
        let isTarget = { (x: String) in "instr(' ' || e.target_codes || ' ' || e.targets || ' ', ' ' || \(x) || ' ') > 0" }
        let typeSQL = type == nil ? "1" : type!.allSatisfy(\.isNumber) ? "e.cameo LIKE ?4 || '%'" : "e.plover = ?4"
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT substr(e.date, 1, ?3) AS period, count(*) AS n,
                       sum(e.quad <= 2) AS cooperation, sum(e.quad >= 3) AS conflict, sum(e.goldstein) AS goldstein
                FROM events e
                WHERE e.date IS NOT NULL AND e.polarity = 'positive' AND e.modality = 'asserted' AND \(typeSQL)
                  AND ((\(isSource("?1")) AND \(isTarget("?2"))) OR (\(isSource("?2")) AND \(isTarget("?1"))))
                GROUP BY period ORDER BY period
                """, arguments: StatementArguments([a, b, periodLength] + (type.map { [$0.uppercased()] } ?? []) as [DatabaseValueConvertible])).map { r in
                TimelinePeriod(period: r["period"], events: r["n"], cooperation: r["cooperation"], conflict: r["conflict"], goldstein: r["goldstein"])
            }
        }
    }
}
