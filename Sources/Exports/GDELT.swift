import Foundation
import MarsadCore
import Actors
import Events
import Temporal

/// Writes Marsad's events as GDELT 2.0 event-table rows (61 tab-separated columns) and mentions-table
/// rows (16 columns), so existing GDELT tooling reads them unchanged.
///
/// It works from the document JSON that `marsad analyze` writes and the store gives back, so the
/// analyzer and the store export through one path. GDELT records only events that happened: denied and
/// supposed events are left out, and a planned or intended event is written as the CAMEO 03x intent
/// it expresses (a planned meeting as 036, an offer to mediate as 039), or left out when CAMEO has
/// no intent code for it. Fields Marsad has no value for (tone, ADM codes, actor geography) are empty.
public struct GDELTExport: Sendable {
    /// How many times one text was seen: each copy is an article in GDELT's counts and mention table.
    public struct Sighting: Sendable {
        /// The URL, or the input it was read from when there is none, and the source's name.
        public var url: String, source: String
        /// Creates a sighting.
        public init(url: String, source: String) { self.url = url; self.source = source }
    }

    let knowledgeBase: KnowledgeBase
    let codebook: Codebook
    let placeByID: [String: Place]
    let countryByISO3: [String: Place]

    /// The exporter over the shipped knowledge base and codebook.
    public static let standard = GDELTExport(knowledgeBase: .standard, codebook: .standard)

    /// An exporter that finds places, country codes and names in `knowledgeBase`.
    public init(knowledgeBase: KnowledgeBase, codebook: Codebook) {
        self.knowledgeBase = knowledgeBase
        self.codebook = codebook
        placeByID = Dictionary(knowledgeBase.places.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        countryByISO3 = Dictionary(knowledgeBase.places.filter { $0.kind == "country" && $0.country != nil }.map { ($0.country!, $0) },
                                   uniquingKeysWith: { a, _ in a })
    }

    /// The event-table and mentions-table lines (each ending in `\n`) for one document's events.
    /// - Parameters:
    ///   - json: the document as `marsad analyze` writes it.
    ///   - dateAdded: when Marsad analyzed it, `YYYYMMDDHHMMSS` (GDELT's DATEADDED).
    ///   - sightings: every place the text was seen; empty means its own URL or input.
    ///   - only: the events to write, by their index in the document's events array; nil writes all.
    public func rows(document json: [UInt8], dateAdded: String, sightings: [Sighting] = [], only: Set<Int>? = nil) throws
        -> (events: [String], mentions: [String]) {
        let doc: Document
        do { doc = try JSONDecoder().decode(Document.self, from: Data(json)) } catch {
            throw MarsadError(.malformed, "cannot read the document for GDELT export: \(error)")
        }
        let seen = sightings.isEmpty ? [Sighting(url: doc.url ?? doc.input ?? doc.id, source: doc.source ?? "")] : sightings
        let published = doc.published.flatMap(Self.day)
        let docLength = doc.text.unicodeScalars.count
        let leadEnd = doc.paragraphs.first(where: { !($0.heading ?? false) })?.end ?? 0
        var actorByID: [String: LinkedActor] = [:]
        for e in doc.entities ?? [] { if let a = e.actor, actorByID[a.id] == nil { actorByID[a.id] = a } }
        let prefix = Self.articleNumber(doc.id)
        var events: [String] = [], mentions: [String] = []

        for (index, e) in (doc.events ?? []).enumerated() where only?.contains(index) ?? true {
            guard let cameo = Self.gdeltCode(e), let code = codebook.code(cameo) else { continue }
            let eventID = String(prefix * 1_000_000 + UInt64(index + 1))
            let day = Self.day(e.date ?? "") ?? published
            let actor1 = e.source.first.map { party($0, code: e.sourceCodes.first, named: actorByID) } ?? Party.none
            let actor2 = e.target.first.map { party($0, code: e.targetCodes.first, named: actorByID) } ?? Party.none
            let sources = Set(seen.map(\.source)).count
            var f: [String] = [eventID]
            f += day.map { [Self.compact($0), String(Self.compact($0).prefix(6)), String($0.prefix(4)), Self.fractionDate($0)] } ?? ["", "", "", ""]
            f += actor1.fields + actor2.fields
            f += [e.start < leadEnd ? "1" : "0", code.cameo, String(code.cameo.prefix(3)), code.root, String(code.quadClass),
                  Resolution.decimal(code.goldstein, places: 1),
                  String(e.mentions.count * seen.count), String(sources), String(seen.count), ""]
            f += Self.emptyGeo + Self.emptyGeo + geo(e.place?.id)
            f += [dateAdded, seen[0].url]
            events.append(Self.line(f))

            let sentenceOf = { (offset: Int) in doc.sentences.lastIndex(where: { $0.start <= offset }) ?? 0 }
            for s in seen {
                for m in e.mentions {
                    let si = sentenceOf(m.start)
                    let sentence = doc.sentences.indices.contains(si) ? doc.sentences[si] : Span(start: 0, end: docLength)
                    let offset1 = Self.offset(of: e.source.first, near: m.start, in: sentence, entities: doc.entities ?? [])
                    let offset2 = Self.offset(of: e.target.first, near: m.start, in: sentence, entities: doc.entities ?? [])
                    mentions.append(Self.line([eventID, dateAdded, published.map { Self.compact($0) + "000000" } ?? dateAdded, "1",
                                               s.source, s.url, String(si + 1), String(offset1), String(offset2), String(m.start), "1",
                                               String(Int((min(max(e.confidence, 0), 1) * 100).rounded())), String(docLength), "",
                                               "srclc:ara", ""]))
                }
            }
        }
        return (events, mentions)
    }

    // MARK: - Codes

    /// The CAMEO code GDELT should carry, or nil when the event is not one GDELT records.
    static func gdeltCode(_ e: Event) -> String? {
        guard e.polarity == "positive" else { return nil }
        switch e.modality {
        case "asserted": return e.cameo
        case "future", "intended": return Codebook.intentCode(e.cameo)
        default: return nil
        }
    }

    /// GDELT's ten actor fields: code, name, country, known group, ethnic, two religions, three types.
    struct Party {
        var fields: [String]
        static let none = Party(fields: Array(repeating: "", count: 10))
    }

    /// Codes GDELT puts in the type fields: the agent roles and the kinds of international and non-state
    /// group; any other code after the country (`UNO`) goes in the known-group field.
    static let typeCodes: Set<String> = CAMEOAgents.sideless.union(["IGO", "NGO", "NGM", "MNC", "IMG", "UIS", "ENV", "HRI", "AMN", "IRC", "GRP"])
    static let religionCodes: Set<String> = ["MOS", "CHR", "JEW", "HIN", "BUD", "SHI", "SUN", "CTH", "ORT", "PRO", "SFI", "ALE", "DRZ"]

    func party(_ id: String, code: String?, named: [String: LinkedActor]) -> Party {
        let linked = named[id], known = knowledgeBase.actor(id: id)
        let code = code ?? linked?.code ?? known?.code(on: nil) ?? ""
        let name = linked?.name ?? known?.name ?? linked?.nameAr ?? known?.nameAr ?? id
        var country = linked?.country ?? known?.country ?? "", group = "", religions: [String] = [], types: [String] = []
        var chunks = stride(from: 0, to: code.count - code.count % 3, by: 3).map { String(Array(code)[$0..<$0 + 3]) }
        if let first = chunks.first, countryByISO3[first] != nil || ["WST", "EUR", "ARB", "AFR", "ASA", "MEA"].contains(first) {
            country = first
            chunks.removeFirst()
        }
        for c in chunks {
            if Self.typeCodes.contains(c) { types.append(c) } else if Self.religionCodes.contains(c) { religions.append(c) }
            else if group.isEmpty { group = c }
        }
        func at(_ list: [String], _ i: Int) -> String { i < list.count ? list[i] : "" }
        return Party(fields: [code, name.uppercased(), country, group, "", at(religions, 0), at(religions, 1),
                              at(types, 0), at(types, 1), at(types, 2)])
    }

    // MARK: - Geography

    static let emptyGeo = Array(repeating: "", count: 8)

    /// GDELT's eight geography fields for a place id: type (1 country, 3 US city, 4 world city, 5 an area
    /// within or across countries), full name, FIPS country code, ADM1, ADM2, lat, lon, feature id.
    func geo(_ id: String?) -> [String] {
        guard let id, let p = placeByID[id] else { return Self.emptyGeo }
        let country = p.country.flatMap { countryByISO3[$0] }
        let fips = p.fips ?? country?.fips ?? ""
        let type: String
        switch p.kind {
        case "country": type = "1"
        case "city": type = p.country == "USA" ? "3" : "4"
        default: type = "5"
        }
        let fullName = p.kind == "country" || country == nil ? p.name : "\(p.name), \(country!.name)"
        let feature = p.kind == "country" ? fips : p.geonameID.map(String.init) ?? p.id
        return [type, fullName, fips, "", "", p.lat.map { Resolution.decimal($0, places: 4) } ?? "", p.lon.map { Resolution.decimal($0, places: 4) } ?? "", feature]
    }

    // MARK: - Dates, ids, offsets

    /// A day `YYYY-MM-DD` for an event date: the day itself, or the first day of the week, month or
    /// year Marsad knows it to; nil for dates it cannot place (`XXXX-WXX-3`).
    static func day(_ value: String) -> String? { CivilDate.firstDay(ofValue: value)?.description }

    static func compact(_ day: String) -> String { day.replacingOccurrences(of: "-", with: "") }

    /// GDELT's FractionDate: the year plus the share of it gone by before the day (0 … 0.9999).
    static func fractionDate(_ day: String) -> String {
        let p = day.split(separator: "-").compactMap { Int($0) }
        guard p.count == 3 else { return "" }
        let cumulative = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
        let dayOfYear = cumulative[min(max(p[1], 1), 12) - 1] + p[2]
        return String(format: "%.4f", Double(p[0]) + Double(min(dayOfYear - 1, 364)) / 365)
    }

    /// The article's part of GLOBALEVENTID: the first 43 bits of its id, so an event id is the article
    /// number times a million plus the event's position, and stays the same on every export.
    static func articleNumber(_ id: String) -> UInt64 { (UInt64(id.prefix(16), radix: 16) ?? 0) >> 21 }

    /// Where the mention of `actor` nearest to `trigger` starts in the sentence, or -1.
    static func offset(of actor: String?, near trigger: Int, in sentence: Span, entities: [Entity]) -> Int {
        guard let actor else { return -1 }
        var best = -1
        for e in entities where e.start >= sentence.start && e.end <= sentence.end && (e.actor?.id == actor || e.place?.id == actor) {
            if best < 0 || abs(e.start - trigger) < abs(best - trigger) { best = e.start }
        }
        return best
    }

    /// One tab-separated line; tabs and line breaks inside a field become spaces.
    static func line(_ fields: [String]) -> String {
        fields.map { f in f.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" })
            ? String(f.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }) : f }.joined(separator: "\t") + "\n"
    }

    // MARK: - The document, as far as the export reads it

    struct Span: Decodable { var start: Int, end: Int; var heading: Bool? }
    struct LinkedActor: Decodable { var id: String; var name: String?; var nameAr: String?; var code: String?; var country: String? }
    struct PlaceRef: Decodable { var id: String }
    struct Entity: Decodable { var start: Int, end: Int; var actor: LinkedActor?; var place: PlaceRef? }
    struct Event: Decodable {
        var start: Int
        var source: [String], target: [String], sourceCodes: [String], targetCodes: [String]
        var cameo: String, polarity: String, modality: String, confidence: Double
        var place: PlaceRef?, date: String?
        var mentions: [Span]
    }
    struct Document: Decodable {
        var id: String, input: String?, url: String?, source: String?, published: String?
        var text: String
        var paragraphs: [Span], sentences: [Span]
        var entities: [Entity]?, events: [Event]?
    }
}

extension GDELTExport {
    /// GDELT's DATEADDED for a moment: `YYYYMMDDHHMMSS` in UTC.
    public static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02d%02d%02d%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
