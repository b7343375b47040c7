import ArgumentParser
import Foundation
import MarsadCore
import Store
import Exports

/// How query commands print rows.
enum RowFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, jsonl, csv

    /// Prints `rows` under `columns`.
    func print(_ columns: [String], _ rows: [[String?]]) {
        switch self {
        case .table:
            let widths = columns.indices.map { c in min(60, rows.reduce(columns[c].count) { max($0, ($1[c] ?? "").count) }) }
            func cell(_ s: String, _ w: Int) -> String {
                let t = s.count > w ? String(s.prefix(w - 1)) + "…" : s
                return t + String(repeating: " ", count: w - t.count)
            }
            StandardStreams.write(Array((zip(columns, widths).map { cell($0, $1) }.joined(separator: "  ") + "\n").utf8))
            for row in rows {
                let line = row.indices.map { c in c == row.count - 1 ? (row[c] ?? "") : cell(row[c] ?? "", widths[c]) }
                StandardStreams.write(Array((line.joined(separator: "  ") + "\n").utf8))
            }
        case .csv:
            func quote(_ s: String?) -> String {
                guard let s else { return "" }
                return s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
            }
            StandardStreams.write(Array((columns.joined(separator: ",") + "\n").utf8))
            for row in rows { StandardStreams.write(Array((row.map(quote).joined(separator: ",") + "\n").utf8)) }
        case .json, .jsonl:
            var w = JSONWriter(pretty: self == .json)
            if self == .json { w.beginArray() }
            for row in rows {
                w.beginObject(inline: self == .jsonl)
                for (c, v) in zip(columns, row) { w.string(c, v) }
                w.endObject()
                if self == .jsonl { StandardStreams.write(w.finish()); w = JSONWriter(pretty: false) }
            }
            if self == .json { w.endArray(); StandardStreams.write(w.finish()) }
        }
        StandardStreams.flush()
    }
}

/// `marsad search`: Arabic full-text search over the stored articles.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find stored articles containing every word of a query.",
        discussion: "Spelling does not matter: diacritics, hamza forms, ة/ه, ى/ي and clitics are ignored (لافروف finds ولافروف and للافروف).")

    @Argument(help: "The words to find.")
    var query: String

    @OptionGroup var database: StoreOptions

    @Option(help: ArgumentHelp("Published on or after this date.", valueName: "YYYY-MM-DD"))
    var from: PublishedOption?

    @Option(help: ArgumentHelp("Published on or before this date.", valueName: "YYYY-MM-DD"))
    var to: PublishedOption?

    @Option(help: "Only articles from this source.")
    var source: String?

    @Option(help: "Only articles that mention this name (the whole mention or its last word, e.g. لافروف).")
    var actor: String?

    @Option(help: "At most this many articles.")
    var limit = 20

    @Option(help: "table, json, jsonl or csv.")
    var format: RowFormat = .table

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        try NER.reporting {
            let store = try database.existing()
            let hits = try store.search(SearchQuery(text: query, from: from?.date, to: to?.date, source: source, actor: actor, limit: limit))
            format.print(["id", "published", "source", "title", "url", "snippet"],
                         hits.map { [$0.id, $0.published, $0.source, $0.title, $0.url, $0.snippet] })
        }
    }
}

/// `marsad show`: one stored article with its analysis.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print stored articles' analyses, one JSON line each (as analyze --format jsonl), and on stderr where each was seen.")

    @Argument(help: "Article ids (16 hex digits).")
    var ids: [String]

    @OptionGroup var database: StoreOptions

    func run() throws {
        try NER.reporting {
            let store = try database.existing()
            var missing: [String] = []
            for id in ids {
                guard let (json, sightings) = try store.document(id) else { missing.append(id); continue }
                StandardStreams.write(json)
                for s in sightings { StandardStreams.error("\(id) seen: \(s.url.isEmpty ? "-" : s.url)  \(s.source.isEmpty ? "-" : s.source)  \(s.input)") }
            }
            StandardStreams.flush()
            if !missing.isEmpty { throw MarsadError(.usage, "no article \(missing.joined(separator: ", ")) in \(store.location)") }
        }
    }
}

/// `marsad stats`: what the store holds.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Counts of what the corpus database holds.")

    @OptionGroup var database: StoreOptions

    @Option(help: "table, json, jsonl or csv.")
    var format: RowFormat = .table

    @Flag(help: "List the inputs that failed, with their reasons, instead.")
    var failures = false

    func run() throws {
        try NER.reporting {
            let store = try database.existing()
            if failures {
                format.print(["run", "input", "reason"], try store.failures().map { [String($0.run), $0.input, $0.reason] })
            } else {
                format.print(["what", "count"], try store.stats().map { [$0.name, $0.value] })
            }
        }
    }
}

/// `marsad events list`: stored events by side, type and date.
struct EventsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List stored events: every Russia–Iran meeting is `--actor RUS --actor IRN --type CONSULT`.")

    @Option(name: .customLong("actor"), help: "A side of the event: an actor id (sergey-lavrov) or a country or group code (RUS). Repeat for both sides.")
    var actors: [String] = []

    @Option(help: "A PLOVER event (CONSULT) or a CAMEO code prefix (04, 042).")
    var type: String?

    @Option(help: ArgumentHelp("Events on or after this date.", valueName: "YYYY-MM-DD"))
    var from: PublishedOption?

    @Option(help: ArgumentHelp("Events on or before this date.", valueName: "YYYY-MM-DD"))
    var to: PublishedOption?

    @OptionGroup var database: StoreOptions

    @Option(help: "At most this many events (default: 100 in a table, json or csv; all in the GDELT formats).")
    var limit: Int?

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, jsonl, csv, gdelt, gdeltMentions = "gdelt-mentions"
    }

    @Option(help: "table, json, jsonl, csv, gdelt (GDELT 2.0 event rows) or gdelt-mentions (GDELT 2.0 mention rows).")
    var format: Format = .table

    func run() throws {
        try NER.reporting {
            let store = try database.existing()
            let all = format == .gdelt || format == .gdeltMentions
            let rows = try store.events(EventQuery(actors: actors, type: type, from: from?.date, to: to?.date,
                                                   limit: limit ?? (all ? Int(Int32.max) : 100)))
            guard let format = RowFormat(rawValue: format.rawValue) else { return try writeGDELT(rows, from: store) }
            format.print(["date", "plover", "cameo", "source", "target", "polarity", "modality", "trigger", "article", "title"],
                         rows.map { [$0.date, $0.plover, $0.cameo, $0.sources, $0.targets, $0.polarity, $0.modality, $0.trigger, $0.article, $0.title] })
        }
    }

    /// GDELT rows for the listed events, article by article, counting every place each text was seen.
    private func writeGDELT(_ rows: [EventRow], from store: any CorpusStore) throws {
        var order: [String] = [], wanted: [String: (ordinals: Set<Int>, stored: String)] = [:]
        for r in rows {
            if wanted[r.article] == nil { order.append(r.article); wanted[r.article] = ([], r.stored) }
            wanted[r.article]!.ordinals.insert(r.ordinal)
        }
        let iso = ISO8601DateFormatter()
        for id in order {
            guard let (json, seen) = try store.document(id), let w = wanted[id] else { continue }
            let added = GDELTExport.timestamp(iso.date(from: w.stored) ?? Date())
            let out = try GDELTExport.standard.rows(document: json, dateAdded: added, sightings: seen.map {
                GDELTExport.Sighting(url: $0.url.isEmpty ? $0.input : $0.url, source: $0.source)
            }, only: w.ordinals)
            StandardStreams.write(Array((format == .gdelt ? out.events : out.mentions).joined().utf8))
        }
        StandardStreams.flush()
    }
}

/// `marsad timeline`: a dyad's events per period, with the balance of cooperation and conflict.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Count a dyad's events per period, with their Goldstein-weighted balance.",
        discussion: "Only events that happened count: denied, planned, intended and hypothetical ones are left out.")

    enum Period: String, ExpressibleByArgument { case day, month, year }

    @Option(help: "The two sides, as codes or actor ids joined by a hyphen: RUS-IRN.")
    var dyad: String

    @Option(help: "A PLOVER event (CONSULT) or a CAMEO code prefix.")
    var type: String?

    @Option(help: "day, month or year.")
    var by: Period = .month

    @OptionGroup var database: StoreOptions

    @Option(help: "table, json, jsonl or csv.")
    var format: RowFormat = .table

    func validate() throws {
        if dyad.split(separator: "-").count != 2 { throw ValidationError("--dyad takes two sides joined by a hyphen, e.g. RUS-IRN") }
    }

    func run() throws {
        try NER.reporting {
            let sides = dyad.split(separator: "-").map(String.init)
            let store = try database.existing()
            let periods = try store.timeline(sides[0], sides[1], type: type, periodLength: by == .day ? 10 : by == .month ? 7 : 4)
            format.print(["period", "events", "cooperation", "conflict", "goldstein"],
                         periods.map { [$0.period, String($0.events), String($0.cooperation), String($0.conflict), String(format: "%.1f", $0.goldstein)] })
        }
    }
}
