import MarsadCore

/// The compiled form of the knowledge base: one tab-separated line per entry, the file that
/// `marsad kb build` writes and Marsad ships.
///
///     role     ID  ENGLISH  AGENT  TITLE|TITLE…
///     actor    ID  KIND  ENGLISH  ARABIC|VARIANT…  COUNTRY  CODE@FROM..TO;…  ROLE@OF@FROM..TO;…  SOURCE,…
///     place    ID  KIND  ENGLISH  ARABIC|VARIANT…  COUNTRY  LAT  LON  GEONAMEID  POPULATION  FIPS  capital?
///     nation   FORM  ACTOR-ID
///     head     WORD  AGENT
extension KnowledgeBase {
    /// Reads a compiled knowledge base; a malformed line is an error naming its number.
    public convenience init(compiled text: String) throws {
        var actors: [Actor] = [], places: [Place] = [], roles: [RoleTitle] = [], nations: [(String, String)] = []
        var heads: [String: String] = [:]
        // Split on bytes: Character-wise splitting of 1.3 MB of Arabic cost most of the load time.
        let bytes = Array(text.utf8)
        for (n, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let f = line.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            func bad() -> MarsadError { MarsadError(.malformed, "knowledge base line \(n + 1): malformed \(f[0]) entry") }
            switch f[0] {
            case "role":
                guard f.count == 5 else { throw bad() }
                roles.append(RoleTitle(role: f[1], name: f[2], agent: f[3], titles: Self.list(f[4])))
            case "actor":
                guard f.count == 9, let kind = Actor.Kind(rawValue: f[2]) else { throw bad() }
                var codes: [DatedCode] = [], dated: [DatedRole] = []
                for c in Self.list(f[6], ";") {
                    let p = c.split(separator: "@")
                    guard p.count == 2, let r = DateRange(p[1]) else { throw bad() }
                    codes.append(DatedCode(code: String(p[0]), dates: r))
                }
                for c in Self.list(f[7], ";") {
                    let p = c.split(separator: "@")
                    guard p.count == 3, let r = DateRange(p[2]) else { throw bad() }
                    dated.append(DatedRole(role: String(p[0]), of: String(p[1]), dates: r))
                }
                let names = Self.list(f[4])
                guard let first = names.first else { throw bad() }
                actors.append(Actor(id: f[1], kind: kind, name: f[3].isEmpty ? nil : f[3], nameAr: first, variants: names,
                                    country: f[5].isEmpty ? nil : f[5], codes: codes, roles: dated, sources: Self.list(f[8], ",")))
            case "place":
                guard f.count == 12, let lat = Double(f[6]), let lon = Double(f[7]), let pop = Int(f[9]) else { throw bad() }
                let names = Self.list(f[4])
                guard let first = names.first else { throw bad() }
                places.append(Place(id: f[1], kind: f[2], name: f[3], nameAr: first, variants: names,
                                    country: f[5].isEmpty ? nil : f[5], lat: lat, lon: lon, geonameID: Int(f[8]), population: pop,
                                    fips: f[10].isEmpty ? nil : f[10], capital: f[11] == "capital"))
            case "nation":
                guard f.count == 3 else { throw bad() }
                nations.append((f[1], f[2]))
            case "head":
                guard f.count == 3 else { throw bad() }
                heads[f[1]] = f[2]
            default:
                throw bad()
            }
        }
        self.init(actors: actors, places: places, roles: roles, nationalities: nations, organizationHeads: heads)
    }

    /// The compiled text of this knowledge base.
    public func compiled(header: String) -> String {
        var out = header
        for r in roles { out += ["role", r.role, r.name, r.agent, r.titles.joined(separator: "|")].joined(separator: "\t") + "\n" }
        for a in actors {
            out += ["actor", a.id, a.kind.rawValue, a.name ?? "", a.variants.joined(separator: "|"), a.country ?? "",
                    a.codes.map { "\($0.code)@\($0.dates.description)" }.joined(separator: ";"),
                    a.roles.map { "\($0.role)@\($0.of)@\($0.dates.description)" }.joined(separator: ";"),
                    a.sources.joined(separator: ",")].joined(separator: "\t") + "\n"
        }
        for p in places {
            out += ["place", p.id, p.kind, p.name, p.variants.joined(separator: "|"), p.country ?? "",
                    p.lat.map { Resolution.decimal($0, places: 4) } ?? "", p.lon.map { Resolution.decimal($0, places: 4) } ?? "", p.geonameID.map(String.init) ?? "", String(p.population), p.fips ?? "", p.capital ? "capital" : ""]
                .joined(separator: "\t") + "\n"
        }
        for (form, id) in nationalityForms { out += "nation\t\(form)\t\(id)\n" }
        for (word, agent) in organizationHeadForms.sorted(by: { $0.key < $1.key }) { out += "head\t\(word)\t\(agent)\n" }
        return out
    }

    static func list(_ s: String, _ sep: Unicode.Scalar = "|") -> [String] {
        s.utf8.split(separator: UInt8(ascii: sep)).map { String(decoding: $0, as: UTF8.self) }
    }
}
