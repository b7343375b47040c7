import Foundation
import MarsadCore
import ArabicText

/// A date as the integer YYYYMMDD, so ranges compare as numbers; 0 stands for "open".
public typealias DayNumber = Int

/// A span of dates, either end open (0).
public struct DateRange: Sendable, Equatable, Hashable {
    /// First day, or 0 when open.
    public var from: DayNumber
    /// Last day, or 0 when open.
    public var to: DayNumber
    /// Creates a range.
    public init(from: DayNumber = 0, to: DayNumber = 0) { self.from = from; self.to = to }
    /// Whether `day` falls in the range.
    public func contains(_ day: DayNumber) -> Bool { (from == 0 || day >= from) && (to == 0 || day <= to) }
    /// `20040309..` / `19940922..20040712` / `..`.
    public var description: String { (from == 0 ? "" : String(from)) + ".." + (to == 0 ? "" : String(to)) }
    /// Parses `FROM..TO` with either side empty.
    public init?(_ text: Substring) {
        let parts = text.components(separatedBy: "..")
        guard parts.count == 2, let f = parts[0].isEmpty ? 0 : Int(parts[0]), let t = parts[1].isEmpty ? 0 : Int(parts[1])
        else { return nil }
        self.init(from: f, to: t)
    }
    /// The day number of `YYYY-MM-DD`.
    public static func day(_ iso: String) -> DayNumber? {
        let digits = iso.filter(\.isNumber)
        return digits.count == 8 ? Int(digits) : nil
    }
}

/// A CAMEO actor code in force over a range of dates (`RUSGOV` from 2004-03-09).
public struct DatedCode: Sendable, Equatable, Hashable {
    /// The CAMEO actor code.
    public var code: String
    /// When it applies.
    public var dates: DateRange
}

/// A role held over a range of dates (foreign minister of Russia from 2004-03-09).
public struct DatedRole: Sendable, Equatable, Hashable {
    /// The role id from the role table (`foreign-minister`).
    public var role: String
    /// The country (ISO 3166 alpha-3) or organization code the role is held for.
    public var of: String
    /// When it was held.
    public var dates: DateRange
}

/// A canonical actor: a person, an organization, a country or a group of countries.
public struct Actor: Sendable, Equatable {
    /// What kind of actor this is.
    public enum Kind: String, Sendable { case person, organization, country, group }
    /// Stable id: an English slug for people and organizations, ISO alpha-3 for countries.
    public var id: String
    /// What kind of actor.
    public var kind: Kind
    /// English name, when known.
    public var name: String?
    /// The usual Arabic name.
    public var nameAr: String
    /// Every Arabic spelling the knowledge base knows, `nameAr` first.
    public var variants: [String]
    /// Country (ISO alpha-3), or nil for international actors.
    public var country: String?
    /// CAMEO codes by date.
    public var codes: [DatedCode]
    /// Roles by date.
    public var roles: [DatedRole]
    /// Where the entry came from (`curated`, `up`, `phoenix`, `arwikicats`).
    public var sources: [String]

    /// The code in force on `day`, else the latest one when `day` is nil (unknown date).
    public func code(on day: DayNumber?) -> String? {
        guard let day else { return codes.last?.code }
        return codes.last(where: { $0.dates.contains(day) })?.code
    }
    /// The role in force on `day`, the last listed when several are (the one the person is mainly known by:
    /// king before prime minister); nil when the date is unknown.
    public func role(on day: DayNumber?) -> DatedRole? {
        guard let day else { return nil }
        return roles.last(where: { $0.dates.contains(day) })
    }
}

/// A place: a country, city or region, with coordinates.
public struct Place: Sendable, Equatable {
    /// Stable id: `gn:` and the GeoNames id, or `region:` and a slug; `text:` and the name's key for a
    /// place only the article names.
    public var id: String
    /// `country`, `province`, `state` (of the US), `city`, `region` or `site` (a building or compound: البيت الأبيض);
    /// `place` for a place only the article names.
    public var kind: String
    /// English name.
    public var name: String
    /// The usual Arabic name.
    public var nameAr: String
    /// Every Arabic spelling known.
    public var variants: [String]
    /// ISO alpha-3, or nil for regions across countries.
    public var country: String?
    /// Latitude and longitude in degrees; nil for a place only the article names.
    public var lat: Double?, lon: Double?
    /// GeoNames id, where one exists.
    public var geonameID: Int?
    /// Population (for choosing among places of one name).
    public var population: Int
    /// A country's FIPS 10-4 code (`RS` for Russia), which GDELT's geography fields use; nil for other places.
    public var fips: String? = nil
    /// Whether the place is its country's capital (طهران، موسكو), which the news names for its government.
    public var capital = false
}

/// A role and the Arabic titles that name it (`foreign-minister`: وزير الخارجية، وزير خارجية).
public struct RoleTitle: Sendable, Equatable {
    /// Role id.
    public var role: String
    /// English name of the role.
    public var name: String
    /// CAMEO agent code of the holder (`GOV`).
    public var agent: String
    /// Arabic titles.
    public var titles: [String]
}

/// What a word may begin or be, for the resolver's passes over every word of an article.
public struct WordRoles: OptionSet, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    /// The first word of a place in the gazetteer.
    public static let placeStart = WordRoles(rawValue: 1)
    /// The first word of an organization's head (وزارة، هيئة).
    public static let organizationHead = WordRoles(rawValue: 2)
    /// The first word of a curated organization's or person's name.
    public static let curatedOrganization = WordRoles(rawValue: 4), curatedPerson = WordRoles(rawValue: 8)
    /// A nationality word.
    public static let nationality = WordRoles(rawValue: 16)
    /// A word for states (الدول) that begins a group's name (الدول العربية); the resolver's own.
    public static let states = WordRoles(rawValue: 32)
    /// The first word of any place's name, however small the place (الجموم، سراة عبيدة).
    public static let town = WordRoles(rawValue: 64)
    /// A word for a town (محافظة، مدينة), after which a name is a place; the resolver's own.
    public static let townWord = WordRoles(rawValue: 128)
    /// A word of the game (لاعب، مدرب) or a club's bare name (هلال); the resolver's own.
    public static let gameWord = WordRoles(rawValue: 256), clubName = WordRoles(rawValue: 512)
    /// A ministry's portfolio (الخارجية) or a noun that names a body with a nationality word (السلطة); the resolver's own.
    public static let portfolio = WordRoles(rawValue: 1024), nationBody = WordRoles(rawValue: 2048)
    /// The first word of a title that names its country (خادم of خادم الحرمين الشريفين); the resolver's own.
    public static let countryTitle = WordRoles(rawValue: 4096)
}

/// The knowledge base: actors, places, nationality words and role titles, with indexes by name key.
public final class KnowledgeBase: @unchecked Sendable {
    /// Every actor.
    public let actors: [Actor]
    /// Every place.
    public let places: [Place]
    /// Roles with their titles.
    public let roles: [RoleTitle]
    /// Nationality word key (الإيراني, الروسية, أميركيين) → actor index (a country or a group).
    // Indexes are keyed by `NameKey.hash(ofKey:)`: hashing a String of Arabic letters normalizes it
    // to NFC first, which costs more than the rest of a lookup.
    let nationalities: WordHashMap<Int>
    /// Keys of words listed as nationalities that name no country (مالية: financial, not Malian).
    let ordinaryWords: WordHashSet
    /// The nationality words as given (one per key; `-` for an ordinary word), for the compiled file.
    let nationalityForms: [(form: String, actor: String)]
    let actorsByKey: [UInt64: [Int]]
    /// Per actor and name key (`headFormHash`), whether its names of that key write their first word with a
    /// final ة (bit 1) and without (bit 2): a key drops the ة.
    let headForms: WordHashMap<UInt8>
    let actorsByLooseKey: [UInt64: [Int]]
    let placesByKey: [UInt64: [Int]]
    let rolesByTitleKey: [UInt64: Int]
    /// Titles that name their country (`خادم الحرمين الشريفين@SAU` in the role table).
    let titleCountries: [UInt64: String]
    /// Those of two words or more, as the key hashes of their words, longest first.
    let countryTitles: [[UInt64]]
    /// First words of organization names (key) → the CAMEO agent they imply (وزارة → GOV, صحيفة → MED).
    public let organizationHeads: [String: String]
    /// The same by `NameKey.hash(ofKey:)`.
    let organizationHeadsByHash: [UInt64: String]
    /// The same words as written, for the compiled file.
    let organizationHeadForms: [String: String]
    /// Keys of head words written with a final ة: a word with that key but no ة is another word (وزار, visited).
    let headsWithTaMarbuta: Set<String>
    /// Actors by the FNV hash of their id's bytes (Swift's `Hasher` normalizes an id with Arabic in it
    /// first, and cost thousands of instructions a lookup); the id is compared on a hit.
    let actorByID: WordHashMap<Int>
    let holdersByRole: [String: [Int]]
    /// The longest role title, in words.
    let longestTitle: Int
    /// Keys of the places worth finding where the tagger saw nothing (countries, regions, cities of
    /// 200,000 people or more; four letters or longer), and the first words of those keys.
    let gazetteer: Set<String>, gazetteerFirstWords: Set<String>
    /// The same by hash: `NameKey.hash(ofKey:)` of the one-word keys, and `pairHash` of the words of the two-word ones.
    let gazetteerWordHashes: WordHashSet, gazetteerPairHashes: WordHashSet
    /// The names of every place, however small, three letters or longer, by hash as the gazetteer's: the
    /// resolver takes them only where the article shows they are places (محافظة الخرج، عسير، جيزان، نجران).
    let townWordHashes: WordHashSet, townPairHashes: WordHashSet

    /// The hash of two words' key hashes, in order.
    static func pairHash(_ first: UInt64, _ second: UInt64) -> UInt64 { (first &* 0x9E37_79B9_7F4A_7C15) ^ second }
    /// Keys of the curated organizations' and people's names (Knowledge/actors.tsv), by the `NameKey.hash` of
    /// their first word, longest first: found where the tagger saw nothing. An organization's names are
    /// written for the news, so none is an ordinary word; a person's one-word name must have five letters
    /// or more past ال (لافروف، نتنياهو, not ظريف، المعلم، شكري, which are also ordinary words).
    let curatedNames: [Actor.Kind: WordHashMap<[CuratedName]>]

    /// What each word may begin, by the `NameKey.hash` of its key: one lookup tells the resolver's passes
    /// over every word of an article which of them need a closer look.
    public let wordRoles: WordHashMap<WordRoles>

    /// A curated name's key words and their `NameKey.hash`es, which are compared first.
    struct CuratedName { let words: [String]; let hashes: [UInt64] }

    /// The knowledge base compiled into Marsad (`marsad kb build`).
    public static let standard: KnowledgeBase = {
        do { return try KnowledgeBase(compiled: ResourceFile.text(.module, "knowledge-base", "tsv")) } catch {
            fatalError("Marsad's bundled knowledge base is unreadable: \(error)")
        }
    }()

    /// Builds the indexes over the given entries.
    /// `organizationHeads` maps head words as written (وزارة) to their agent codes.
    public init(actors: [Actor], places: [Place], roles: [RoleTitle], nationalities: [(form: String, actor: String)],
                organizationHeads: [String: String] = [:]) {
        organizationHeadForms = organizationHeads
        self.organizationHeads = Dictionary(organizationHeads.map { (NameKey.key($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        organizationHeadsByHash = Dictionary(self.organizationHeads.map { (NameKey.hash(ofKey: $0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        headsWithTaMarbuta = Set(organizationHeads.keys.filter { $0.hasSuffix("ة") }.map(NameKey.key))
        self.actors = actors; self.places = places; self.roles = roles
        var byID: [String: Int] = [:], byKey: [UInt64: [Int]] = [:], byLoose: [UInt64: [Int]] = [:]
        var holders: [String: [Int]] = [:], heads: [UInt64: UInt8] = [:]
        for (i, a) in actors.enumerated() {
            byID[a.id] = i
            for r in Set(a.roles.map { $0.role + "|" + $0.of }) { holders[r, default: []].append(i) }
            var keys = Set<UInt64>()
            for v in Set(a.variants) {
                let key = NameKey.key(v)
                guard !key.isEmpty else { continue }
                let h = NameKey.hash(ofKey: key)
                if keys.insert(h).inserted { byKey[h, default: []].append(i) }
                heads[Self.headFormHash(h, i), default: 0] |= Self.headEndsInTaMarbuta(v) ? 1 : 2
            }
            if a.kind == .person {
                for v in Set(a.variants.map(NameKey.looseKey)) where !v.isEmpty { byLoose[NameKey.hash(ofKey: v), default: []].append(i) }
            }
        }
        var curated: [Actor.Kind: [UInt64: [CuratedName]]] = [:]
        for a in actors where (a.kind == .organization || a.kind == .person) && a.sources.contains("curated") {
            for v in Set(a.variants) {
                let key = NameKey.key(v), words = key.split(separator: " ").map(String.init)
                guard key.unicodeScalars.count >= 3 else { continue }
                if a.kind == .person, words.count == 1, v.replacingOccurrences(of: "ال", with: "", options: .anchored).count < 5 { continue }
                let hashes = words.map(NameKey.hash(ofKeyWord:))
                curated[a.kind, default: [:]][hashes[0], default: []].append(CuratedName(words: words, hashes: hashes))
            }
        }
        curatedNames = curated.mapValues { WordHashMap($0.mapValues { $0.sorted { ($0.words.count, $0.words.joined()) > ($1.words.count, $1.words.joined()) } }) }
        var placeKeys: [UInt64: [Int]] = [:], gazetteer: Set<String> = [], firstWords: Set<String> = [], towns: Set<String> = []
        for (i, p) in places.enumerated() {
            for v in Set(p.variants.map(NameKey.key)) where !v.isEmpty {
                let h = NameKey.hash(ofKey: v)
                placeKeys[h, default: []].append(i)
                guard v.unicodeScalars.count >= 3 || Self.shortPlaceNames[h] != nil else { continue }
                towns.insert(v)
                if (p.kind != "city" || p.population >= 200_000) && (v.unicodeScalars.count >= 4 || Self.shortPlaceNames[h] != nil) {
                    gazetteer.insert(v)
                    firstWords.insert(String(v.split(separator: " ")[0]))
                }
            }
        }
        self.gazetteer = gazetteer; gazetteerFirstWords = firstWords
        /// One-word keys by hash, and two-word keys by `pairHash`.
        func hashes(_ keys: Set<String>) -> (words: WordHashSet, pairs: WordHashSet) {
            let words = keys.map { NameKey.words(ofKey: $0).map { NameKey.hash(ofKey: String($0)) } }
            return (WordHashSet(words.filter { $0.count == 1 }.map { $0[0] }), WordHashSet(words.filter { $0.count == 2 }.map { Self.pairHash($0[0], $0[1]) }))
        }
        (gazetteerWordHashes, gazetteerPairHashes) = hashes(gazetteer)
        (townWordHashes, townPairHashes) = hashes(towns)
        var nat: [UInt64: Int] = [:], forms: [(form: String, actor: String)] = [], ordinary = Set<UInt64>()
        for (form, id) in nationalities {
            let h = NameKey.hash(ofKey: NameKey.key(form))
            // The form as written is kept: its key depends on how its first letter is written (ألماني).
            if id == "-", nat[h] == nil, ordinary.insert(h).inserted { forms.append((form, id)) }
            if let i = byID[id], nat[h] == nil, !ordinary.contains(h) { nat[h] = i; forms.append((form, id)) }
        }
        ordinaryWords = WordHashSet(ordinary)
        nationalityForms = forms.sorted { $0.form < $1.form }
        var titleKeys: [UInt64: Int] = [:], longest = 1, titleCountries: [UInt64: String] = [:]
        for (i, r) in roles.enumerated() {
            for t in r.titles {
                let parts = t.split(separator: "@")
                let k = NameKey.key(parts[0]), h = NameKey.hash(ofKey: k)
                titleKeys[h] = i
                if parts.count == 2 { titleCountries[h] = String(parts[1]) }
                longest = max(longest, k.split(separator: " ").count)
            }
        }
        self.titleCountries = titleCountries
        // Titles of two words or more that name their country, longest first (نائب خادم الحرمين الشريفين before
        // خادم الحرمين الشريفين).
        countryTitles = roles.flatMap(\.titles).filter { $0.contains("@") }.map { NameKey.key(String($0.split(separator: "@")[0])) }
            .filter { $0.contains(" ") }.sorted { ($0.count, $0) > ($1.count, $1) }
            .map { NameKey.words(ofKey: $0).map { NameKey.hash(ofKey: String($0)) } }
        var idHashes = WordHashMap<Int>(capacity: byID.count)
        for (id, i) in byID { idHashes[fnv1a(id.utf8)] = i }
        actorByID = idHashes
        for (h, list) in placeKeys where list.count > 1 {   // most populous first (stable: ties keep the built order)
            placeKeys[h] = list.enumerated().sorted { (places[$0.1].population, -$0.0) > (places[$1.1].population, -$1.0) }.map(\.1)
        }
        headForms = WordHashMap(heads)
        holdersByRole = holders; actorsByKey = byKey; actorsByLooseKey = byLoose; placesByKey = placeKeys
        self.nationalities = WordHashMap(nat); rolesByTitleKey = titleKeys; longestTitle = longest
        var roles: [UInt64: WordRoles] = [:]
        for w in firstWords { roles[NameKey.hash(ofKey: w), default: []].insert(.placeStart) }
        for t in towns { roles[NameKey.hash(ofKey: String(NameKey.firstWord(t))), default: []].insert(.town) }
        for k in self.organizationHeads.keys { roles[NameKey.hash(ofKey: String(NameKey.firstWord(k))), default: []].insert(.organizationHead) }
        for (kind, names) in curated {
            for h in names.keys { roles[h, default: []].insert(kind == .organization ? .curatedOrganization : .curatedPerson) }
        }
        for h in nat.keys { roles[h, default: []].insert(.nationality) }
        wordRoles = WordHashMap(roles)
    }

    /// Three-letter place names the resolver looks for where the tagger missed them (`short-place-names.tsv`;
    /// most names that short are ordinary words too), by key hash: whether the name is written with ة.
    static let shortPlaceNames: [UInt64: Bool] = Dictionary(
        ResourceFile.lines(.module, "short-place-names", "tsv").compactMap { line in
            line.split(separator: "\t").first.map { (NameKey.hash(ofKey: NameKey.key(String($0))), $0.hasSuffix("ة")) }
        }, uniquingKeysWith: { a, _ in a })
    /// For a key hash of `short-place-names.tsv`, whether the name is written with ة; nil for any other.
    func shortPlaceName(hash: UInt64) -> Bool? { Self.shortPlaceNames[hash] }

    /// The actor with this id.
    public func actor(id: String) -> Actor? {
        guard let i = actorByID[fnv1a(id.utf8)], actors[i].id.utf8.elementsEqual(id.utf8) else { return nil }
        return actors[i]
    }

    /// Actors whose name has this exact key.
    public func actors(key: String) -> [Actor] { (actorsByKey[NameKey.hash(ofKey: key)] ?? []).map { actors[$0] } }
    /// The actors of a name key, each with whether its names of that key write their first word with a final ة
    /// and without one.
    public func actorsWithHeadForms(key: String) -> [(actor: Actor, withTaMarbuta: Bool, without: Bool)] {
        let h = NameKey.hash(ofKey: key)
        return (actorsByKey[h] ?? []).map { i in
            let forms = headForms[Self.headFormHash(h, i)] ?? 3
            return (actors[i], forms & 1 != 0, forms & 2 != 0)
        }
    }
    /// The `headForms` hash of a name key's hash and an actor's index.
    static func headFormHash(_ key: UInt64, _ actor: Int) -> UInt64 { key &+ UInt64(actor + 1) &* 0x9E37_79B9_7F4A_7C15 }
    /// Whether a name's first word ends in ة, vowel marks aside.
    static func headEndsInTaMarbuta(_ name: String) -> Bool {
        let first = name.split(separator: " ").first ?? ""
        return first.unicodeScalars.last { !UTF8Scalars.isArabicDiacritic($0.value) && $0.value != UTF8Scalars.tatweel } == "ة"
    }
    /// People whose name has this loose key.
    public func people(looseKey: String) -> [Actor] { (actorsByLooseKey[NameKey.hash(ofKey: looseKey)] ?? []).map { actors[$0] } }
    /// Places whose name has this key, most populous first.
    public func places(key: String) -> [Place] { (placesByKey[NameKey.hash(ofKey: key)] ?? []).map { places[$0] } }
    /// Whether any place has this key (no allocation).
    public func hasPlace(key: String) -> Bool { hasPlace(hash: NameKey.hash(ofKey: key)) }
    /// Whether any place has a key of this `NameKey.hash(ofKey:)`.
    func hasPlace(hash: UInt64) -> Bool { placesByKey[hash] != nil }
    /// Whether a nationality word has a key of this `NameKey.hash(ofKey:)`.
    func isNationality(hash: UInt64) -> Bool { nationalities[hash] != nil }
    /// Whether a word the sources list as a nationality is, in the news, an ordinary word naming no country.
    public func isOrdinaryWord(key: String) -> Bool { ordinaryWords.contains(NameKey.hash(ofKey: key)) }
    /// For a nationality word given as its key's `NameKey.hash`, whether it names a country (الإيراني)
    /// rather than a group (الغرب، العرب); nil for any other word.
    func nationalityNamesCountry(hash: UInt64) -> Bool? { nationalities[hash].map { actors[$0].kind == .country } }
    /// The country a name of this `NameKey.hash(ofKey:)` names: as a nationality word (الإيراني) or as a
    /// country's name (إيران), never an ordinary word the sources list as one (وزارة المالية is not Mali's).
    func country(hash: UInt64) -> String? {
        if ordinaryWords.contains(hash) { return nil }
        if let a = nationalities[hash] { if actors[a].kind == .country { return actors[a].country } }
        return placesByKey[hash]?.lazy.map { self.places[$0] }.first { $0.kind == "country" }?.country
    }
    /// The country or group a nationality word names.
    public func nationality(key: String) -> Actor? { nationalities[NameKey.hash(ofKey: key)].map { actors[$0] } }
    /// The role a title names (key of the title words).
    public func role(titleKey: String) -> RoleTitle? { rolesByTitleKey[NameKey.hash(ofKey: titleKey)].map { roles[$0] } }
    /// The country a title names by itself, if any (`خادم الحرمين الشريفين` → SAU).
    public func country(titleKey: String) -> String? { titleCountries[NameKey.hash(ofKey: titleKey)] }

    /// The CAMEO agent an organization's head word or words imply (`وزارة` → GOV), by key.
    func organizationHead(key: String) -> String? { organizationHead(hash: NameKey.hash(ofKey: key)) }
    /// The same for a key given by its `NameKey.hash(ofKey:)`.
    func organizationHead(hash: UInt64) -> String? { organizationHeadsByHash[hash] }

    /// Who held `role` of `of` on `day` (the foreign minister of RUS on 2023-03-29).
    public func holders(of role: String, for of: String, on day: DayNumber) -> [Actor] {
        (holdersByRole[role + "|" + of] ?? []).map { actors[$0] }
            .filter { $0.roles.contains { $0.role == role && $0.of == of && $0.dates.contains(day) } }
    }

    /// Looks a name up as the `kb lookup` command does: actors, places and nationality words.
    public func lookup(_ name: String) -> (actors: [Actor], places: [Place], nationality: Actor?) {
        let k = NameKey.key(name)
        var found = actors(key: k)
        if found.isEmpty { found = people(looseKey: NameKey.looseKey(name)) }
        return (found, places(key: k), nationality(key: k))
    }
}
