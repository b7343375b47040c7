import Foundation
import MarsadCore
import ArabicText
import Entities

/// How a mention was linked: what the resolver knew and how sure it is.
public struct Resolution: Sendable, Equatable {
    /// Why the resolver believes the link.
    public enum Basis: String, Sendable {
        /// The name is in the knowledge base.
        case knowledgeBase
        /// A title next to the name said who the person is (`وزير الخارجية الإيراني، حسين …`).
        case apposition
        /// An earlier mention in the article (a surname, `نظيره الروسي`, `الوزير الإيراني`).
        case coreference
        /// A nationality word names its country (`الإيراني` → IRN).
        case nationality
        /// Only the text: a name the knowledge base does not know.
        case text
    }
    /// The actor, as the JSON shows it: the code and role in force on the publication date.
    public struct LinkedActor: Sendable, Equatable {
        /// Actor id (`sergey-lavrov`, `IRN`), or `text:` and the name's key when only the text knows it.
        public var id: String
        /// English name, when known.
        public var name: String?
        /// Arabic name.
        public var nameAr: String
        /// CAMEO code in force (`RUSGOV`).
        public var code: String?
        /// Country, ISO alpha-3.
        public var country: String?
        /// The role in force (`foreign minister`), nil when none is known or the date is unknown.
        public var role: String?
        /// Creates a linked actor.
        public init(id: String, name: String?, nameAr: String, code: String?, country: String?, role: String?) {
            self.id = id; self.name = name; self.nameAr = nameAr; self.code = code; self.country = country; self.role = role
        }
        /// Whether only the text knows this actor (a `text:` id), tested on bytes.
        public var isOnlyInText: Bool { id.utf8.starts(with: "text:".utf8) }
    }
    /// The actor the mention names, if any.
    public var actor: LinkedActor?
    /// The place the mention names, if any.
    public var place: Place?
    /// 0…1.
    public var confidence: Double
    /// Why.
    public var basis: Basis
}

/// Links entity mentions to the knowledge base, learning from the article as it goes: appositions
/// teach roles, earlier mentions resolve surnames, titles and "his counterpart". One resolver serves
/// every thread; the per-article memory lives in `resolve`.
public struct ActorResolver: Sendable {
    /// The knowledge base it links to.
    public let kb: KnowledgeBase
    /// Place names that are ordinary words, never taken for a place the tagger missed.
    public let placeWords: PlaceWords

    /// The resolver over Marsad's bundled knowledge base and place words.
    public static let standard = ActorResolver(kb: .standard, placeWords: .standard)

    /// Creates a resolver over a knowledge base.
    public init(kb: KnowledgeBase, placeWords: PlaceWords = PlaceWords(tsv: "")) {
        self.kb = kb; self.placeWords = placeWords
        // From the names of two words of bodies: the clubs' bare names (the knowledge base writes clubs with
        // نادي, نادي الهلال; the news writes them bare in sports pages), and the nouns that name a body with a
        // nationality word after them (السلطة in السلطة الفلسطينية).
        let club = NameKey.key("نادي")
        var clubHashes: [UInt64] = [], nouns: [UInt64] = []
        for a in kb.actors where a.kind == .organization || a.kind == .group {
            for v in [a.nameAr] + a.variants {
                let words = NameKey.words(ofKey: NameKey.key(v))
                guard words.count == 2 else { continue }
                if a.kind == .organization, words[0] == club { clubHashes.append(NameKey.hash(ofKey: String(words[1]))) }
                if kb.nationality(key: String(words[1])) != nil { nouns.append(NameKey.hash(ofKey: String(words[0]))) }
            }
        }
        clubNames = WordHashSet(clubHashes)
        var roles = kb.wordRoles
        for h in Self.stateHashes { roles[h] = (roles[h] ?? []).union(.states) }
        for h in Self.townWords { roles[h] = (roles[h] ?? []).union(.townWord) }
        for h in Self.gameWordHashes { roles[h] = (roles[h] ?? []).union(.gameWord) }
        for h in clubHashes { roles[h] = (roles[h] ?? []).union(.clubName) }
        for h in Self.portfolioHashes { roles[h] = (roles[h] ?? []).union(.portfolio) }
        for h in nouns { roles[h] = (roles[h] ?? []).union(.nationBody) }
        for t in kb.countryTitles { roles[t[0]] = (roles[t[0]] ?? []).union(.countryTitle) }
        wordRoles = roles
        wordMemos = ScratchPool { WordHashMemo(roles: roles) }
    }

    /// Each thread's memo of the hashes and roles of words met before.
    private let wordMemos: ScratchPool<WordHashMemo>

    /// The word hashes of an article, with the resolver's word roles, for `resolve(_:tokens:entities:published:words:)`
    /// and the event coder.
    public func wordHashes(_ text: [UInt8], tokens: [Token]) -> WordHashes {
        wordMemos.with { WordHashes(text, tokens: tokens, memo: $0) }
    }

    /// Key hashes of the clubs' bare names (هلال for نادي الهلال).
    let clubNames: WordHashSet

    /// The knowledge base's word roles, with the words for states.
    let wordRoles: WordHashMap<WordRoles>

    /// Whether the word of key hash `h` has `role`.
    func has(_ role: WordRoles, _ h: UInt64) -> Bool { wordRoles[h]?.contains(role) == true }

    /// Resolves the entities of one article. Places the NER missed (`لباكو`, `بجمهورية نخجوان`) are
    /// added as LOC entities, and `نظيره الروسي` as a TITLE; the result is sorted by position, each
    /// entity with its resolution or nil. `published` (YYYY-MM-DD) selects roles and codes in force.
    public func resolve(_ text: [UInt8], tokens: [Token], entities: [Entity], published: String?,
                        words: WordHashes? = nil) -> [(Entity, Resolution?)] {
        // `words` must be the resolver's own (`wordHashes(_:tokens:)`), with its word roles.
        let words = words ?? wordHashes(text, tokens: tokens)
        return keyMemos.with { memo in
            resolve(ArticleMemory(text: text, tokens: tokens, day: published.flatMap(DateRange.day), words: words, keyMemo: memo),
                    entities: entities)
        }
    }

    /// Each thread's memo of name keys.
    private let keyMemos = ScratchPool { NameKeyMemo() }

    /// `resolve(_:tokens:entities:published:words:)` over an article's memory.
    private func resolve(_ article: ArticleMemory, entities: [Entity]) -> [(Entity, Resolution?)] {
        var article = article
        let text = article.text
        let entities = placesCutShort(article, entities: entities)
        var all = entities + missedPlaces(article, entities: entities)
        all += missedTowns(article, entities: all)
        all += listedPlaces(article, entities: all)
        article.sportsNews = isSportsNews(article)
        if article.sportsNews { all += missedClubs(article, entities: all) }
        all += missedOrganizations(article, entities: all)
        all += missedMedia(article, entities: all)
        all += ministriesByPortfolio(article, entities: all)
        all += bodiesOfANation(article, entities: all)
        for (kind, type) in [(Actor.Kind.organization, "ORG"), (.person, "PERSON")] {
            let curated = missedCuratedNames(kind, as: type, article, entities: all)   // in text order
            // The tagger's shorter reading of the same name gives way (مجلس التعاون | لدول الخليج العربية، ب|ان كي مون).
            // So do the people an institution is named after (مركز الملك سلمان للإغاثة).
            all.removeAll { e in
                let after = curated.firstIndex(startingAtOrAfter: e.span.start + 1)   // past the last one starting at or before e
                return (e.type == type || (kind == .organization && (e.type == "PERSON" || e.type == "TITLE")))
                    && after > 0 && e.span.end <= curated[after - 1].span.end
            }
            // A title cut inside a body's name takes in the rest of it (رئيس الهيئة العامة للسياحة والتراث الوطني).
            if kind == .organization {
                for k in all.indices where all[k].type == "TITLE" {
                    let next = curated.firstIndex(startingAtOrAfter: all[k].span.start + 1)
                    if next < curated.count, Self.cutTitle(all[k], curated[next].span) { all[k].span = ByteSpan(all[k].span.start, curated[next].span.end) }
                }
            }
            all += curated
        }
        // A title that names its country by itself (خادم الحرمين الشريفين) is a title wherever the tagger read it as
        // a place or a nationality (الحرمين الشريفين): the king, not the holy mosques.
        // (The region a governor's title names stays a place: أمير | منطقة الباحة.)
        let titles = missedCountryTitles(article, entities: all)
        if !titles.isEmpty {
            all.removeAll { e in
                (e.type == "LOC" || e.type == "NORP" || e.type == "TITLE")
                    && titles.contains { $0.title.span.start < e.span.end && e.span.start < $0.title.span.end && $0.region != e.span }
            }
            all += titles.map(\.title)
        }
        all += counterparts(article, entities: all)
        all.sort { ($0.span.start, -$0.span.end) < ($1.span.start, -$1.span.end) }
        let named = all
        let covered = coverage(article, named)
        all += missedNationalities(article, covered: covered) + missedSurnames(article, entities: named, covered: covered)
        all.sort { ($0.span.start, -$0.span.end) < ($1.span.start, -$1.span.end) }
        var mentions: [String: Int] = [:]
        for e in all where e.type == "LOC" || e.type == "NORP" {
            let key = article.key(e.span)
            if let c = e.type == "NORP" ? nationalCountry(key) : country(named: key) { mentions[c, default: 0] += 1 }
        }
        article.countries = Set(mentions.keys)
        article.mainCountry = mentions.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        if mentions.isEmpty {
            var placed: [String: Int] = [:]
            for e in all where e.type == "LOC" {
                if let c = kb.places(key: article.key(e.span)).max(by: { $0.population < $1.population })?.country { placed[c, default: 0] += 1 }
            }
            article.placesCountry = placed.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        }

        func ofWhom(_ i: Int) -> Bool { titleOfWhom(i, all, article) != nil }
        // The name each title stands before, found once: a title with one takes that name's link.
        let namedAfter = all.indices.map { all[$0].type == "TITLE" ? self.namedAfter($0, all, article) : nil }
        var out: [(Entity, Resolution?)] = []
        out.reserveCapacity(all.count)
        for (i, e) in all.enumerated() {
            let r: Resolution?
            switch e.type {
            case "PERSON": r = person(e, index: i, all, &article)
            case "LOC": r = place(e, &article)
            case "NORP": r = nationality(e, &article)
            case "TITLE": r = namedAfter[i] == nil || ofWhom(i) ? title(e, index: i, all, &article) : nil   // `namedAfter` below links it
            default:
                // (A body named inside a title is of the country of the title's holder: وزير الدفاع | مجلس الوزراء.)
                let holder = out.suffix(4).last { $0.0.type == "TITLE" && $0.0.span.start <= e.span.start && e.span.end <= $0.0.span.end }
                r = organization(e, &article, placedIn: placeAfter(i, all), holderCountry: holder?.1?.actor?.country)
            }
            out.append((e, r))
            if let r, let a = r.actor, e.type == "PERSON" || e.type == "TITLE" {
                article.people.append(PersonMention(actor: a, role: article.learnedRoles[a.id] ?? kb.actor(id: a.id)?.role(on: article.day),
                                                    key: article.nameKey(of: a)))
            }
        }
        // A title right after a name (or after another title of that name) is the same person, as
        // Saudi news writes: محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية.
        // One with ل on it after another keeps its own link, and the titles after it belong to the name before.
        for i in all.indices where all[i].type == "TITLE" && out[i].1 == nil && !ofWhom(i) {
            guard var k = previousOutside(i, all), article.onlySeparators(all[k].span.end, all[i].span.start) else { continue }
            if let p = beforeMissedTitle(k, all, article) { k = p }   // ولي عهد | أبوظبي | نائب القائد الأعلى
            if ofWhom(k), let j = previousOutside(k, all) { k = j }   // النائب الثاني | لرئيس مجلس الوزراء | وزير الدفاع
            if all[k].type == "PERSON" || all[k].type == "TITLE", let r = out[k].1, r.actor != nil {
                out[i].1 = Resolution(actor: r.actor, confidence: r.confidence, basis: .apposition)
            }
        }
        // A title right before a name (or before another title that has one) is the same person:
        // وزير الخارجية الإيراني، حسين أمير عبد اللهيان.
        for i in stride(from: all.count - 1, through: 0, by: -1) where all[i].type == "TITLE" && out[i].1 == nil && !ofWhom(i) {
            if let k = namedAfter[i], let r = out[k].1, r.actor != nil {
                out[i].1 = Resolution(actor: r.actor, confidence: r.confidence, basis: .apposition)
            }
        }
        // A state's head word the tagger cut from its name (مملكة | النرويج) is that state, not the Kingdom that
        // Saudi news writes as المملكة.
        for i in all.indices where all[i].type == "LOC" && Self.stateHeads.contains(where: { text[all[i].span.start..<all[i].span.end].elementsEqual($0) }) {
            guard let k = nextOutside(i, all), all[k].type == "LOC", article.onlySeparators(all[i].span.end, all[k].span.start),
                  let r = out[k].1, r.place?.kind == "country" else { out[i].1 = nil; continue }
            out[i].1 = r
        }
        // A title the tagger ran on into a name (الأستاذ مساعد الزويهري over the PERSON الزويهري) is that name's.
        for i in all.indices where all[i].type == "TITLE" && out[i].1 == nil {
            var j = i + 1
            while j < all.count, all[j].span.start < all[i].span.end {
                if all[j].type == "PERSON", all[j].span.end == all[i].span.end, let r = out[j].1, r.actor != nil {
                    out[i].1 = Resolution(actor: r.actor, confidence: r.confidence, basis: .apposition)
                    break
                }
                j += 1
            }
        }
        // A title the article gave a name before (رئيس اللجنة محمد المخرج … وأكد رئيس اللجنة) is that person
        // again, whatever the title: the knowledge base knows few of them. A shorter title of two words or
        // more that begins the same way is the same post named again (مدير الجامعة after مدير جامعة الملك سعود).
        // The shorter form is looked for among the last 50 titles named, so a long article stays linear.
        var holders: [String: Resolution.LinkedActor] = [:], recent: [(key: String, actor: Resolution.LinkedActor)] = []
        for i in all.indices where all[i].type == "TITLE" && !ofWhom(i) {
            let key = article.key(all[i].span)
            if let a = out[i].1?.actor {
                holders[key] = a
                recent.append((key, a))
                if recent.count > 100 { recent.removeFirst(50) }
            } else if let a = holders[key] ?? (NameKey.isOneWord(key) ? nil : recent.suffix(50).last(where: { ArticleMemory.startsWith(full: $0.key, key) })?.actor) {
                out[i].1 = Resolution(actor: a, confidence: 0.6, basis: .coreference)
            }
        }
        return out
    }

    // MARK: - Per type

    private func person(_ e: Entity, index: Int, _ all: [Entity], _ m: inout ArticleMemory) -> Resolution? {
        let key = m.key(e.span)
        guard !key.isEmpty else { return nil }
        let oneWord = NameKey.isOneWord(key)
        // A title right before the name (or right after it, set off by a comma) says who this is.
        let title = apposedTitle(index, all, m)
        if let learned = m.learned[NameKey.hash(ofKey: key)] { return Resolution(actor: learned, confidence: 0.9, basis: .apposition) }
        if title == nil, let earlier = m.lastPerson(where: { ArticleMemory.endsWith(full: $0.key, key) && !$0.onlyInText }) {
            return Resolution(actor: earlier.actor, confidence: 0.85, basis: .coreference)
        }
        var found = kb.actors(key: key).filter { $0.kind == .person }
        // A one-word name after الملك، الأمير or الشيخ may be known with it (الملك سلمان).
        if found.isEmpty, oneWord, let h = m.wordBeforeKey(e.span.start), ArticleMemory.rulerHonorifics.contains(h) {
            found = kb.actors(key: h + " " + key).filter { $0.kind == .person }
        }
        // A name written with its family (محمد بن نايف بن عبدالعزيز آل سعود) is the one person the knowledge base knows
        // without it.
        if found.isEmpty, !oneWord { found = knownWithoutFamily(key) }
        // A name the article gave in full before (الأستاذ مساعد الزويهري … الزويهري) beats a spelling
        // variant of someone else's name in the knowledge base.
        if found.isEmpty, title == nil, let earlier = m.lastPerson(where: { ArticleMemory.endsWith(full: $0.key, key) }) {
            return Resolution(actor: earlier.actor, confidence: 0.7, basis: .coreference)
        }
        // Loose spellings (long vowels forgiven) only for full names: one word alone is too easily another's (الزويهري, الزهار).
        if found.isEmpty, !oneWord { found = kb.people(looseKey: NameKey.looseKey(key)) }
        // The one person the knowledge base knows by the last word, if a name of his begins alike (سيرجي لافروف
        // for سيرغي لافروف): سليمان هلال الأسد is not Bashar al-Assad.
        if found.isEmpty, !oneWord {
            let bearers = kb.actors(key: String(NameKey.lastWord(key))).filter { $0.kind == .person }
            let loose = NameKey.looseKey(NameKey.firstWord(key))
            if bearers.count == 1, ([bearers[0].nameAr] + bearers[0].variants).contains(where: { name in
                NameKey.looseKey(NameKey.firstWord(NameKey.key(name))) == loose
            }) { found = bearers }
        }
        let known = pick(found, m.day)
        if let title, var parsed = parseTitle(title.entity, m), !parsed.counterpart {
            if parsed.country == nil { parsed.country = complementCountry(title.index, all, m) ?? chainCountry(title.index, all, m) }
            // The article's own words win over the dictionary: the role holds on the publication date.
            let base = known.map { link($0, m.day) }
            let actor = Resolution.LinkedActor(
                id: base?.id ?? ActorResolver.textID(key), name: base?.name,
                nameAr: base?.nameAr ?? m.string(e.span), code: parsed.country.map { $0 + parsed.role.agent } ?? base?.code,
                country: parsed.country ?? base?.country, role: parsed.role.name)
            m.learn(actor, key: key, role: parsed.role.role, of: parsed.country ?? base?.country)
            return Resolution(actor: actor, confidence: 0.9, basis: .apposition)
        }
        if let known { return Resolution(actor: link(known, m.day), confidence: found.count == 1 ? 0.9 : 0.7, basis: .knowledgeBase) }
        if let earlier = m.lastPerson(where: { ArticleMemory.endsWith(full: $0.key, key) }) {
            return Resolution(actor: earlier.actor, confidence: 0.7, basis: .coreference)
        }
        // A given name alone (الدكتور أيمن) is the one person of the article whose full name it begins.
        if oneWord, let earlier = m.lastPerson(where: { ArticleMemory.startsWith(full: $0.key, key) }),
           m.lastPerson(where: { ArticleMemory.startsWith(full: $0.key, key) && $0.actor.id != earlier.actor.id }) == nil {
            return Resolution(actor: earlier.actor, confidence: 0.6, basis: .coreference)
        }
        let actor = Resolution.LinkedActor(id: ActorResolver.textID(key), name: nil,
                                           nameAr: m.string(e.span), code: nil, country: nil, role: nil)
        m.learned[NameKey.hash(ofKey: key)] = actor
        return Resolution(actor: actor, confidence: 0.3, basis: .text)
    }

    /// The one person the knowledge base knows by a name without its family (محمد بن نايف بن عبدالعزيز | آل سعود). Only the
    /// family goes: a name cut before بن might be a namesake a generation apart (فيصل بن عبدالله بن عبدالعزيز is not the
    /// knowledge base's فيصل بن عبدالله بن محمد).
    private func knownWithoutFamily(_ key: String) -> [Actor] {
        let words = NameKey.words(ofKey: key)
        guard words.count > 3, let cut = words.lastIndex(of: Self.family), cut >= 3, words[..<cut].contains(Self.son) else { return [] }
        let people = kb.actors(key: words[..<cut].joined(separator: " ")).filter { $0.kind == .person }
        return people.count == 1 ? people : []
    }

    /// The keys of بن and آل.
    static let son = Substring(NameKey.key("بن")), family = Substring(NameKey.key("آل"))

    private func place(_ e: Entity, _ m: inout ArticleMemory) -> Resolution? {
        let key = m.key(e.span)
        if let outlet = media(e.span, m) { return outlet }
        // After منطقة، إمارة or أمير a name is the province (أمير منطقة جازان، بإمارة مكة), named with منطقة; so is
        // one after محافظات ("the governorates of") that begins no list.
        if m.afterProvinceWord(e.span.start) || m.afterGovernoratesWord(e.span), let p = kb.places(key: NameKey.key("منطقة " + m.string(e.span))).first(where: { $0.kind == "province" }) {
            return Resolution(actor: nil, place: p, confidence: 0.85, basis: .knowledgeBase)
        }
        // After دول a region is its states (دول الخليج، لدول أوروبا): the group the knowledge base names so.
        if m.wordBefore(e.span.start, isOneOf: ArticleMemory.statesWord),
           let g = kb.actors(key: NameKey.key("دول " + m.string(e.span))).first(where: { $0.kind == .group }) {
            return Resolution(actor: link(g, m.day), confidence: 0.85, basis: .knowledgeBase)
        }
        var candidates = kb.places(key: key)
        // The tagger sometimes takes a first letter for a proclitic (ب|حر قزوين): try the whole word.
        if candidates.isEmpty, let t = m.tokens.last(where: { $0.start < e.span.start && $0.end > e.span.start }) {
            candidates = kb.places(key: m.uncachedKey(ByteSpan(t.start, e.span.end)))
        }
        guard !candidates.isEmpty else { return organization(e, &m) ?? textPlace(e, key: key, m) }
        // Context: a place in a country the article names beats a bigger namesake elsewhere.
        let written = m.string(e.span)
        let best = candidates.max { score($0, m, written: written) < score($1, m, written: written) }!
        var r = Resolution(actor: nil, place: best, confidence: candidates.count == 1 ? 0.9 : 0.75, basis: .knowledgeBase)
        if best.kind == "country", let c = best.country, let a = kb.actor(id: c) { r.actor = link(a, m.day) }
        if best.kind == "site", let a = siteActor(key, best) { r.actor = link(a, m.day) }
        return r
    }

    /// The institution a site stands for (البيت الأبيض, الكرملين): an organization of the site's name and country.
    private func siteActor(_ key: String, _ site: Place) -> Actor? {
        kb.actors(key: key).first { $0.kind == .organization && $0.country == site.country }
    }

    /// A place only the article names (ميسان، أبوعريش): its name as written, with no coordinates or country.
    private func textPlace(_ e: Entity, key: String, _ m: ArticleMemory) -> Resolution? {
        guard !key.isEmpty else { return nil }
        let name = m.string(e.span)
        let place = Place(id: ActorResolver.textID(key), kind: "place", name: "", nameAr: name, variants: [name], country: nil,
                          lat: nil, lon: nil, geonameID: nil, population: 0)
        return Resolution(actor: nil, place: place, confidence: 0.3, basis: .text)
    }

    /// A place's claim to a name: its kind, a country the article names, a spelling as written (القدس is
    /// Jerusalem's; Qods in Iran is قدس, the same key), and its population (log10 / 4).
    private func score(_ p: Place, _ m: ArticleMemory, written: String) -> Double {
        var s = p.kind == "country" ? 3.0 : p.kind == "region" || p.kind == "state" ? 2.5 : 0
        if let c = p.country, m.countries.contains(c) { s += 2 }
        if p.variants.contains(written) { s += 2.5 }
        return s + log10(Double(max(p.population, 1))) / 4
    }

    private func nationality(_ e: Entity, _ m: inout ArticleMemory) -> Resolution? {
        let words = NameKey.words(ofKey: m.key(e.span))
        // اليمنى is "right" (the hand), not Yemeni: a nationality ends in ي, never ى.
        let nationalityWords = m.endsInAlefMaqsura(e.span.end) ? [] : words
        for w in nationalityWords.reversed() {
            if let a = kb.nationality(key: String(w)) {
                return Resolution(actor: link(a, m.day), confidence: 0.9, basis: .nationality)
            }
        }
        // A group (الحوثيين) may be a named actor; a country is named by its nationality words, not
        // by its name (المالية is "financial", not Mali).
        guard let r = organization(e, &m) else { return nil }
        let namesCountry = r.place?.kind == "country" || r.actor.flatMap { kb.actor(id: $0.id) }?.kind == .country
        return namesCountry ? nil : r
    }

    /// A place named right after entity `index` (قوات الطوارئ بمنطقة عسير، أمانة جدة).
    private func placeAfter(_ index: Int, _ all: [Entity]) -> ByteSpan? {
        guard let k = nextOutside(index, all), all[k].type == "LOC", all[k].span.start - all[index].span.end <= 16 else { return nil }
        return all[k].span
    }

    /// `placedIn`: a place named right after the organization, whose country a body only the article
    /// knows belongs to before the country the article names most.
    private func organization(_ e: Entity, _ m: inout ArticleMemory, placedIn: ByteSpan? = nil, holderCountry: String? = nil) -> Resolution? {
        let key = m.key(e.span)
        if let outlet = media(e.span, m) { return outlet }
        // In sports news a club's bare name is the club (الفتح, not Fatah), in an article that names the club's
        // country (or none), and not one a nationality word follows (القادسية الكويتي is Kuwait's).
        if m.sportsNews, e.type == "ORG", NameKey.isOneWord(key), clubNames.contains(NameKey.hash(ofKey: key)),
           !nationalityFollows(e.span, m) {
            let clubs = clubs(named: e.span, m)
            if let club = clubs.first(where: { $0.country == m.mainCountry }) ?? clubs.first(where: { m.mainCountry == nil || m.countries.contains($0.country ?? "") }) {
                return Resolution(actor: link(club, m.day), confidence: 0.7, basis: .knowledgeBase)
            }
        }
        // A ministry named without its country (وزارة الداخلية) is the one of that portfolio the article named
        // with its country (الخارجية الإيرانية … وزارة الخارجية), else its country's below: UniversalPetrarch's
        // bare ministries carry a country of their own (وزارة داخلي: Afghanistan, وزارة عمل: Lebanon).
        let ministry = ministryPortfolio(key)
        if let (portfolio, named) = ministry, !named, let earlier = m.ministries[portfolio] {
            return Resolution(actor: earlier, confidence: 0.6, basis: .coreference)
        }
        // A body of a sport (الاتحاد الأوروبي لكرة القدم، الاتحاد الأفريقي لكرة القدم) is not the body of states its
        // first words name: it is one only the article knows.
        let ofASport = Self.sportBodies.contains(String(NameKey.firstWord(key))) && m.sportFollows(e.span.end)
        if !ofASport, let a = pick(Self.writtenAlike(headWithTaMarbuta: m.headEndsInTaMarbuta(e.span), kb.actorsWithHeadForms(key: key)), m.day),
           ministry.map({ $0.named || !a.id.hasPrefix("up:") }) ?? true {
            var r = Resolution(actor: link(a, m.day), confidence: 0.85, basis: .knowledgeBase)
            r.place = kb.places(key: key).first { $0.kind == "site" && $0.country == a.country }   // the White House is a place too
            if let (portfolio, named) = ministry, named, a.country != nil { m.ministries[portfolio] = r.actor }
            return r
        }
        // A club the tagger calls an organization by its one-word name (الهلال، الأهلي), in an article about
        // the club's country (or one that names none): the knowledge base writes clubs with نادي.
        if e.type == "ORG", NameKey.isOneWord(key), let club = clubs(named: e.span, m).first,
           m.mainCountry == nil || club.country == m.mainCountry {
            return Resolution(actor: link(club, m.day), confidence: 0.7, basis: .knowledgeBase)
        }
        // A place the tagger called something else: any for a body's name (الرياض tagged ORG); for a MISC or
        // NORP mention only a country or a great city, since a small town's name is often a word (الله is
        // no Leh, للشهداء no Ash Shuhada).
        if e.type != "LOC", let p = kb.places(key: key).first,
           e.type == "ORG" || p.kind == "country" || (p.population >= 200_000 && key.unicodeScalars.count >= 4) {
            return Resolution(actor: nil, place: p, confidence: 0.6, basis: .knowledgeBase)
        }
        guard e.type == "ORG", !key.isEmpty else { return nil }
        // An organization only the article names: its country from a nationality or country word in
        // the name, its agent from the first word (وزارة الخارجية الإيرانية → IRNGOV).
        if let learned = m.learned[NameKey.hash(ofKey: key)] { return Resolution(actor: learned, confidence: 0.4, basis: .text) }
        let words = NameKey.words(ofKey: key).map(String.init)
        var country = words.dropFirst().lazy.compactMap(self.country(named:)).first
        let agent = words.count > 1 ? kb.organizationHead(key: words[0] + " " + words[1]) ?? kb.organizationHead(key: words[0]) : kb.organizationHead(key: words[0])
        // A ministry or council with no country in its name is the country's where it is (قوات الطوارئ
        // بمنطقة عسير), else that of the holder of the title it is named in,
        // else the article's own country's, else the country of its places.
        if country == nil, agent != nil, !ofASport {   // (a sport's union is of no country its name does not say)
            country = placedIn.flatMap { kb.places(key: NameKey.key(m.string($0))).first?.country } ?? holderCountry ?? m.mainCountry ?? m.placesCountry
        }
        let code = agent.map { (country ?? "") + $0 } ?? country
        let actor = Resolution.LinkedActor(id: ActorResolver.textID(key), name: nil, nameAr: m.string(e.span),
                                           code: code, country: country, role: nil)
        m.learned[NameKey.hash(ofKey: key)] = actor
        if let (portfolio, named) = ministry, named, country != nil { m.ministries[portfolio] = actor }
        return Resolution(actor: actor, confidence: 0.4, basis: .text)
    }

    /// The actors of a name key as the mention is written. A key drops a final ة, but the head noun's makes another
    /// word: الدول الإسلامية (the Muslim states) is not الدولة الإسلامية (ISIS), جامع (a mosque) no جامعة, بلدي no
    /// بلدية. So a mention whose first word has no ة (nor ه for it) keeps only actors with a name of this key
    /// written without one; one with ة puts first the actors with a name written with it, and keeps the rest (the
    /// stems of UniversalPetrarch's names have none: حكوم يمني). The words after the head agree as writers please
    /// (الشعب الكردي or الكردية).
    static func writtenAlike(headWithTaMarbuta: Bool, _ found: [(actor: Actor, withTaMarbuta: Bool, without: Bool)]) -> [Actor] {
        guard !found.isEmpty else { return [] }
        guard headWithTaMarbuta else { return found.filter(\.without).map(\.actor) }
        return found.filter(\.withTaMarbuta).map(\.actor) + found.filter { !$0.withTaMarbuta }.map(\.actor)
    }

    /// First words of the bodies that run a sport (الاتحاد، اللجنة، الكونفدرالية، الرابطة).
    static let sportBodies: Set<String> = Set(["الاتحاد", "اللجنة", "الكونفدرالية", "الرابطة"].map(NameKey.key))

    /// The portfolio of a ministry's name key (وزارة الخارجية الإيرانية, الخارجية الإيرانية → خارجي) and
    /// whether the name holds its country; nil for any other name.
    private func ministryPortfolio(_ key: String) -> (portfolio: Substring, named: Bool)? {
        let first = NameKey.firstWord(key)   // (most names are no ministry's: tested before splitting the key)
        let isMinistry = first == Self.ministryKey
        guard first.endIndex < key.endIndex, isMinistry || Self.portfolios.contains(NameKey.hash(ofKey: String(first))) else { return nil }
        let words = NameKey.words(ofKey: key)
        guard words.count >= 2 else { return nil }
        if isMinistry {
            return (words[1], words.dropFirst(2).contains { country(named: String($0)) != nil || kb.nationality(key: String($0))?.kind == .country })
        }
        guard words.count == 2, kb.nationality(key: String(words[1]))?.kind == .country else { return nil }
        return (words[0], true)
    }

    /// The key of وزارة.
    static let ministryKey = Substring(NameKey.key("وزارة"))

    /// A title names a person: the one it stands next to, the holder of that role already named in
    /// the article, or the holder the knowledge base knows for the publication date.
    private func title(_ e: Entity, index: Int, _ all: [Entity], _ m: inout ArticleMemory) -> Resolution? {
        // بمرتبة وزير: a rank, no one.
        guard var parsed = parseTitle(e, m), !m.wordBefore(e.span.start, isOneOf: Self.rankWords) else { return nil }
        if parsed.country == nil, !parsed.counterpart { parsed.country = complementCountry(index, all, m) ?? ofTitleCountry(index, all, m) }
        let role = parsed.role.role
        if parsed.counterpart {
            // نظيره الروسي: the holder, in the named country, of the role of the last person named.
            guard let last = m.people.last, let r = last.role, let c = parsed.country else { return nil }
            return holder(role: r.role, of: c, m)
        }
        if let c = parsed.country { return holder(role: role, of: c, m) }
        // A bare title right after a name is that name's (محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء): the
        // apposition after this loop links it.
        if let k = previousOutside(index, all), all[k].type == "PERSON" || all[k].type == "TITLE",
           m.onlySeparators(all[k].span.end, e.span.start) { return nil }
        // A bare title (الوزير): the last person named with that role, else the holder in the
        // country the article is mostly about (ولي العهد in a Saudi story), or else where its places lie.
        if let p = m.lastPerson(where: { $0.role?.role == role }) {
            return Resolution(actor: p.actor, confidence: 0.6, basis: .coreference)
        }
        if let c = m.mainCountry ?? m.placesCountry, var r = holder(role: role, of: c, m) {
            r.confidence = 0.5
            return r
        }
        return nil
    }

    /// مرتبة and رتبة ("rank"), before a title that names a rank (بمرتبة وزير).
    static let rankWords = WordHashSet(["مرتبة", "رتبة"].map { NameKey.hash(ofKey: NameKey.key($0)) })

    private func holder(role: String, of country: String, _ m: ArticleMemory) -> Resolution? {
        // `الوزير الإيراني` names whichever minister of Iran the article has named (not the prime minister).
        let matches: (String) -> Bool = role == "minister" ? { $0.hasSuffix("minister") && $0 != "prime-minister" } : { $0 == role }
        if let p = m.lastPerson(where: { $0.role.map { matches($0.role) && $0.of == country } ?? false }) {
            return Resolution(actor: p.actor, confidence: 0.8, basis: .coreference)
        }
        guard let day = m.day, role != "minister" else { return nil }
        let holders = kb.holders(of: role, for: country, on: day)
        guard holders.count == 1 else { return nil }
        return Resolution(actor: link(holders[0], m.day), confidence: 0.7, basis: .coreference)
    }

    // MARK: - Titles

    struct ParsedTitle { var role: RoleTitle; var country: String?; var counterpart: Bool }

    /// The role and country of a title: `وزير الخارجية الإيراني`, `الرئيس الروسي`, `وزير خارجية إيران`,
    /// `نظيره الروسي` (the counterpart: the role comes from the person before).
    func parseTitle(_ e: Entity, _ m: ArticleMemory) -> ParsedTitle? {
        let words = NameKey.words(ofKey: m.uncachedKey(e.span)).map(String.init)
        guard !words.isEmpty else { return nil }
        let country = words.dropFirst().reversed().lazy.compactMap(self.country(named:)).first
        if words[0].utf8.starts(with: "نظير".utf8) {
            return ParsedTitle(role: RoleTitle(role: "", name: "", agent: "", titles: []), country: country, counterpart: true)
        }
        for n in stride(from: min(kb.longestTitle, words.count), through: 1, by: -1) {
            let head = words[0..<n].joined(separator: " ")
            if let r = kb.role(titleKey: head) {
                // رئيس is any head: in construct it heads what follows it (a minister's portfolio or a crown prince's
                // deputy is still the role).
                if n == 1, n < words.count, r.role == "president", inConstruct(e.span, after: n, word: words[n], m) { return nil }
                return ParsedTitle(role: r, country: country ?? kb.country(titleKey: head) ?? (r.role == "governor" ? placeCountry(words[n...]) : nil),
                                   counterpart: false)
            }
        }
        return nil
    }

    /// The country of the city or province a governor's title names (محافظ | جدة): the whole complement or one word
    /// of it, a place of 100,000 people or more or a province. (Not for any title: a key drops ة, and وزير الرياضة is
    /// no minister of Riyadh.)
    private func placeCountry(_ complement: ArraySlice<String>) -> String? {
        guard !complement.isEmpty else { return nil }
        for key in [complement.joined(separator: " ")] + complement {
            if let p = kb.places(key: key).first(where: { $0.population >= 100_000 || $0.kind == "province" }), let c = p.country { return c }
        }
        return nil
    }

    /// Whether a title's head of `n` words is an indefinite noun in construct with the definite word after it, which
    /// names what it heads (رئيس | التحرير، رئيس | المجلس الأعلى للقضاء); a definite head takes an adjective (الرئيس |
    /// المخلوع، الرئيس | اليمني). A country or nationality word after it is the head's country (رئيس | الجابون).
    private func inConstruct(_ span: ByteSpan, after n: Int, word: String, _ m: ArticleMemory) -> Bool {
        let written = m.text[span.start..<span.end].split(separator: 0x20)
        guard written.count > n, country(named: word) == nil, kb.nationality(key: word) == nil else { return false }
        func definite(_ w: ArraySlice<UInt8>) -> Bool {
            ["ال", "وال", "بال", "لل", "ولل", "وبال"].contains { w.starts(with: $0.utf8) }
        }
        return !definite(written[0]) && definite(written[n])
    }

    /// The TITLE entity set beside person `index`: right before it (or before its complement: السفير
    /// الألماني لدى المملكة بوريس روغه), or right after it (behind a comma,
    /// or with nothing between when it stands before no other name: راشد آل خليفة وزير الداخلية بمملكة البحرين).
    /// An honorific before the name (الأمير مشاري بن سعود، أمير منطقة الباحة) gives way to a role after it.
    private func apposedTitle(_ index: Int, _ all: [Entity], _ m: ArticleMemory) -> (entity: Entity, index: Int)? {
        var before: (entity: Entity, index: Int)?
        for j in stride(from: index - 1, through: max(0, index - 4), by: -1)
        where all[j].type == "TITLE" && all[j].span.end <= all[index].span.start {
            if m.apposes(all[j].span.end, all[index].span.start) || namedAfter(j, all, m) == index { before = (all[j], j); break }
        }
        if let before, parseTitle(before.entity, m) != nil { return before }
        if let k = nextOutside(index, all), all[k].type == "TITLE", m.onlySeparators(all[index].span.end, all[k].span.start),
           m.commaOnly(all[index].span.end, all[k].span.start) || namedAfter(k, all, m) == nil,
           before == nil || parseTitle(all[k], m) != nil {
            return (all[k], k)
        }
        return before
    }

    /// The name or title before place or body `k` when the words between them are a title the tagger
    /// missed, of which the place is the complement (محمد بن زايد ولي عهد أبوظبي): a title after the
    /// place is that name's too.
    func beforeMissedTitle(_ k: Int, _ all: [Entity], _ m: ArticleMemory) -> Int? {
        guard all[k].type == "LOC" || all[k].type == "ORG", let p = previousOutside(k, all),
              all[p].type == "PERSON" || all[p].type == "TITLE", all[k].span.start - all[p].span.end <= 40 else { return nil }
        let words = NameKey.words(ofKey: m.string(ByteSpan(all[p].span.end, all[k].span.start)))
        guard !words.isEmpty, words.count <= 4 else { return nil }
        return kb.role(titleKey: NameKey.key(words.joined(separator: " "))) != nil ? p : nil
    }

    /// The country a title's complement names with ب right after it, or after the titles that follow
    /// it (وزير الداخلية بمملكة البحرين، نائب رئيس مجلس الوزراء وزير الداخلية بدولة الكويت): the
    /// government the titles belong to.
    func complementCountry(_ index: Int, _ all: [Entity], _ m: ArticleMemory) -> String? {
        var last = index
        while let k = nextOutside(last, all), all[k].type == "TITLE", m.onlySeparators(all[last].span.end, all[k].span.start) { last = k }
        guard let k = nextOutside(last, all), all[k].type == "LOC" else { return nil }
        // " ب", or " ب" and a state's head word (وزير الداخلية بدولة الكويت)
        let between = m.text[all[last].span.end..<all[k].span.start]
        guard between.starts(with: [0x20, 0xD8, 0xA8]), between.count == 3
                || (between.last == 0x20 && Self.stateHeads.contains { between.dropFirst(3).dropLast().elementsEqual($0) }) else { return nil }
        return kb.places(key: m.uncachedKey(all[k].span)).first { $0.kind == "country" }?.country
    }

    /// For a title written with ل right after another title, the index of that one, whose deputy or adviser
    /// it names (ولي ولي العهد النائب الثاني | لرئيس مجلس الوزراء).
    func titleOfWhom(_ index: Int, _ all: [Entity], _ m: ArticleMemory) -> Int? {
        guard let k = previousOutside(index, all), all[k].type == "TITLE",
              m.text[all[k].span.end..<all[index].span.start].elementsEqual([0x20, 0xD9, 0x84]) else { return nil }   // " ل"
        return k
    }

    /// The country of a title whose deputy or adviser the title before names (لرئيس مجلس الوزراء: Saudi Arabia's
    /// prime minister after a Saudi prince's titles): the other title's country, else that of the person the titles follow.
    func ofTitleCountry(_ index: Int, _ all: [Entity], _ m: ArticleMemory) -> String? {
        guard let k = titleOfWhom(index, all, m) else { return nil }
        if let parsed = parseTitle(all[k], m), !parsed.counterpart, let c = parsed.country { return c }
        if let c = chainCountry(k, all, m) { return c }
        // The person the titles belong to: named right before them (the last person linked), or right after
        // them (… النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان), else the last one named.
        var first = k
        while let p = previousOutside(first, all), all[p].type == "TITLE", m.onlySeparators(all[p].span.end, all[first].span.start) { first = p }
        if let p = previousOutside(first, all), all[p].type == "PERSON", m.onlySeparators(all[p].span.end, all[first].span.start) {
            return m.people.last?.actor.country
        }
        var j = index
        for _ in 0..<3 {
            guard let next = namedAfter(j, all, m) else { break }
            if all[next].type == "PERSON" {
                if let c = kb.actors(key: m.uncachedKey(all[next].span)).first(where: { $0.kind == .person })?.country { return c }
                break
            }
            j = next
        }
        return m.people.last?.actor.country   // (the titles of the last person named, set off by more than a space)
    }

    /// The country of the titles right before title `index`, which the same person holds (نائب الرئيس
    /// اليمني رئيس الوزراء خالد بحاح: Yemen's prime minister).
    func chainCountry(_ index: Int, _ all: [Entity], _ m: ArticleMemory) -> String? {
        var i = index
        for _ in 0..<3 {
            guard let k = previousOutside(i, all), all[k].type == "TITLE", m.onlySeparators(all[k].span.end, all[i].span.start) else { return nil }
            if let parsed = parseTitle(all[k], m), !parsed.counterpart, let c = parsed.country { return c }
            i = k
        }
        return nil
    }

    /// The person (or title of one) that the title at `index` stands before: right after it, past
    /// honorifics (`apposes`), or past the title's complement, the body or place it is a title of
    /// (رئيس بعثة مجلس التعاون في اليمن السفير سعد العريفي، مدير النظافة بأمانة منطقة جازان عبدالرحمن العبسي).
    func namedAfter(_ index: Int, _ all: [Entity], _ m: ArticleMemory) -> Int? {
        var k = nextOutside(index, all)
        var inComplement: [ByteSpan] = []
        while let j = k, all[j].type == "ORG" || all[j].type == "LOC" || all[j].type == "NORP",
              all[j].span.start - all[index].span.end <= ArticleMemory.longestComplement {
            inComplement.append(all[j].span)
            k = nextOutside(j, all)
        }
        guard let k, all[k].type == "PERSON" || all[k].type == "TITLE" else { return nil }
        if inComplement.isEmpty && m.apposes(all[index].span.end, all[k].span.start) { return k }
        return m.complementLeads(from: all[index].span.end, to: all[k].span.start, names: inComplement) ? k : nil
    }

    /// The outermost entity that ends before `index` starts, if it is the nearest one.
    func previousOutside(_ index: Int, _ all: [Entity]) -> Int? {
        var best: Int?
        for j in stride(from: index - 1, through: max(0, index - 6), by: -1) where all[j].span.end <= all[index].span.start {
            if let b = best {
                if all[j].span.end > all[b].span.end || (all[j].span.end == all[b].span.end && all[j].span.start < all[b].span.start) { best = j }
            } else { best = j }
        }
        return best
    }

    /// The first entity after `index` that is not nested inside it.
    func nextOutside(_ index: Int, _ all: [Entity]) -> Int? {
        var k = index + 1
        while k < all.count, all[k].span.start < all[index].span.end { k += 1 }
        return k < all.count ? k : nil
    }

    // MARK: - Mentions the NER missed

    /// Places the NER missed, from the gazetteer: countries, regions, and cities of 200,000 people
    /// or more, one or two words long, with a proclitic (و ب ل ف ك) allowed on the first word.
    private func missedPlaces(_ m: ArticleMemory, entities: [Entity]) -> [Entity] {
        let covered = coverage(m, entities)
        var found: [Entity] = []
        var i = 0
        while i < m.tokens.count {
            defer { i += 1 }
            let t = m.tokens[i]
            guard m.roles[i].contains(.placeStart), !covered[i], t.end - t.start >= 6 else { continue }   // three letters or more
            for skip in m.procliticLengths(at: t.start) {
                guard let first = m.wordHash(token: i, skip: skip), has(.placeStart, first) else { continue }
                guard writtenAsListed(m, hash: first, ByteSpan(t.start + skip, t.end)) else { continue }
                if i + 1 < m.tokens.count, !covered[i + 1], m.tokens[i + 1].kind == .word, gazetteerPair(m, first: first, skip: skip, token: i + 1) {
                    found.append(Entity(span: ByteSpan(t.start + skip, m.tokens[i + 1].end), type: "LOC"))
                    i += 1
                    break
                }
                if kb.gazetteerWordHashes.contains(first), !placeWords.hashes.contains(first) {
                    found.append(Entity(span: ByteSpan(t.start + skip, t.end), type: "LOC"))
                    break
                }
            }
        }
        return found
    }

    /// Places the tagger cut short (المسجد | الحرام، المسجد | النبوي الشريف): a mention other than a name or a title
    /// that the word or two before it, free of any other mention, make a known place's name is that place, a
    /// proclitic allowed on the first word (بالمسجد الحرام); but a body's head makes a body (إمارة | منطقة مكة),
    /// and a place the tagger found keeps a word for a province or town before it out (منطقة | مكة: `place`
    /// reads it).
    private func placesCutShort(_ m: ArticleMemory, entities: [Entity]) -> [Entity] {
        var out = entities
        var previousEnd = 0   // where the mentions before this one end
        for (n, e) in entities.enumerated() {
            defer { previousEnd = max(previousEnd, e.span.end) }
            guard e.type == "ORG" || e.type == "MISC" || e.type == "LOC" else { continue }
            let first = m.firstToken(endingAfter: e.span.start)
            guard first < m.tokens.count, m.tokens[first].start == e.span.start else { continue }
            var k = first
            for _ in 0..<2 {
                guard k > 0, m.tokens[k - 1].kind == .word, m.tokens[k - 1].end + 1 == m.tokens[k].start,
                      m.tokens[k - 1].start >= previousEnd else { break }
                k -= 1
                guard m.roles[k].contains(.town) else { continue }   // (the first word of no place's name: most)
                // (…but a body's head makes a body: إمارة | منطقة مكة المكرمة is the emirate.)
                let widened = m.procliticLengths(at: m.tokens[k].start).lazy
                    .filter { skip in m.wordHash(token: k, skip: skip).map { h in
                        self.has(.town, h) && kb.organizationHead(hash: h) == nil
                            && !(e.type == "LOC" && (ArticleMemory.provinceWords.contains(h) || Self.townWordSet.contains(h)))
                    } ?? false }
                    .map { ByteSpan(m.tokens[k].start + $0, e.span.end) }
                    .first { kb.hasPlace(key: m.uncachedKey($0)) }
                if let widened {
                    out[n] = Entity(span: widened, type: "LOC")
                    break
                }
            }
        }
        return out
    }

    /// Places of any size the tagger missed, where the article shows they are places: right after a word
    /// for a town (محافظة الخرج، بمدينة الباحة، قرية المالكية), or in a list beside a place (عسير، جيزان،
    /// نجران؛ مكة المكرمة والجموم); then wherever the article writes the name again the same way (a proclitic
    /// allowed). Alone a small town's name is often an ordinary word (الخبر "the news", تربة "soil"), which
    /// is why `missedPlaces` leaves them to this pass.
    private func missedTowns(_ m: ArticleMemory, entities: [Entity]) -> [Entity] {
        let covered = coverage(m, entities.filter { $0.type != "TITLE" })   // a title may hold a place (محافظ بلجرشي)
        var isPlace = coverage(m, entities.filter { $0.type == "LOC" })
        var found: [Entity] = []
        var named = Set<ArraySlice<UInt8>>()   // the names as written, without proclitics
        var namedFirstWords = Set<UInt64>()      // the hashes of their first words
        /// The place name that starts at word token `i` after `skip` bytes, one word or two: its span. A name of
        /// three letters (الخرج، الدول) only right after a word for a town.
        func town(_ i: Int, skip: Int, inside: Bool = false, afterTownWord: Bool = false) -> ByteSpan? {
            guard let first = m.wordHash(token: i, skip: skip) else { return nil }
            let start = m.tokens[i].start + skip
            if i + 1 < m.tokens.count, inside || !covered[i + 1], m.tokens[i + 1].kind == .word, let second = m.wordHash(token: i + 1, skip: 0),
               kb.townPairHashes.contains(KnowledgeBase.pairHash(first, second)) {
                return ByteSpan(start, m.tokens[i + 1].end)
            }
            guard kb.townWordHashes.contains(first), !placeWords.hashes.contains(first), !kb.ordinaryWords.contains(first) else { return nil }
            let span = ByteSpan(start, m.tokens[i].end)
            guard writtenAsListed(m, hash: first, span) else { return nil }
            if kb.shortPlaceName(hash: first) == nil, !afterTownWord, span.end - start - (m.startsWithArticle(start) ? 4 : 0) < 8 {
                return nil   // three letters past the article (two bytes each)
            }
            return span
        }
        /// Whether a one-word name is also an ordinary word the news writes often (قرار، وادي، دوما "always"),
        /// as written without the article, with its proclitic (ولاية is "state", not و + Laya) or without a
        /// final ه (أمنه، خارجه: "its security", "outside it"): such a name is a place only right after a
        /// word for a town.
        func ordinary(_ span: ByteSpan) -> Bool {
            let t = m.firstToken(endingAfter: span.start)
            guard m.tokens[t].end == span.end else { return false }
            let bare = ByteSpan(span.start + (m.startsWithArticle(span.start) ? 4 : 0), span.end)
            let often = { CliticSegmenter.standard.corpusCount(m.string($0)) >= Self.ordinaryTownCount }
            return often(bare) || (m.tokens[t].start < span.start && often(ByteSpan(m.tokens[t].start, span.end)))
                || (bare.end - bare.start > 6 && m.text[bare.end - 2] == 0xD9 && m.text[bare.end - 1] == 0x87 && often(ByteSpan(bare.start, bare.end - 2)))
        }
        /// Whether word token `j` starts with the conjunction و.
        func withAnd(_ j: Int) -> Bool {
            let a = m.tokens[j].start
            return m.tokens[j].end - a > 2 && m.text[a] == 0xD9 && m.text[a + 1] == 0x88
        }
        /// Whether the word before token `j` is a word for a town without the article (محافظة، بمدينة).
        func afterTownWord(_ j: Int) -> Bool {
            guard let w = m.wordIndex(before: m.tokens[j].start) else { return false }
            return m.procliticLengths(at: m.tokens[w].start).first {
                m.wordHash(token: w, skip: $0).map(Self.townWordSet.contains) == true && !m.startsWithArticle(m.tokens[w].start + $0)
            } != nil
        }
        // Names inside the places the article already has (منطقة الباحة) are names of places here.
        for i in m.tokens.indices where isPlace[i] && m.roles[i].contains(.town) {
            if let span = town(i, skip: 0, inside: true) {
                named.insert(m.text[span.start..<span.end])
                namedFirstWords.insert(m.wordHash(token: i, skip: 0) ?? 0)
            }
        }
        var i = 0
        while i < m.tokens.count {
            defer { i += 1 }
            guard m.roles[i].contains(.town), !covered[i], m.tokens[i].kind == .word else { continue }
            let after = i > 0 && m.roles[i - 1].contains(.townWord) && afterTownWord(i)
            // Cheap first: most words that might be a town have neither a word for a town nor a place near them.
            guard after || isPlace[max(0, i - 2)...min(m.tokens.count - 1, i + 3)].contains(true) else { continue }
            let skip = !after && withAnd(i) && town(i, skip: 2) != nil ? 2 : 0
            guard let span = town(i, skip: skip, afterTownWord: after) else { continue }
            let last = m.firstToken(endingAfter: span.end - 1), next = last + 1
            let listed = (m.isComma(i - 1) && i >= 2 && isPlace[i - 2]) || (skip == 2 && isPlace[i - 1])
                || (m.isComma(next) && next + 1 < m.tokens.count && isPlace[next + 1])
                || (next < m.tokens.count && m.tokens[next].kind == .word && withAnd(next) && isPlace[next])
            guard after || (listed && !ordinary(span)) else { continue }
            found.append(Entity(span: span, type: "LOC"))
            named.insert(m.text[span.start..<span.end])
            namedFirstWords.insert(m.wordHash(token: i, skip: span.start - m.tokens[i].start) ?? 0)
            for k in i...last { isPlace[k] = true }
            i = last
        }
        guard !named.isEmpty else { return found }
        let first = coverage(m, found)
        i = 0
        while i < m.tokens.count {
            defer { i += 1 }
            guard m.roles[i].contains(.town), !covered[i], !first[i], m.tokens[i].kind == .word else { continue }
            for skip in m.procliticLengths(at: m.tokens[i].start) {
                guard let h = m.wordHash(token: i, skip: skip), namedFirstWords.contains(h), let span = town(i, skip: skip),
                      named.contains(m.text[span.start..<span.end]), !ordinary(span) else { continue }
                found.append(Entity(span: span, type: "LOC"))
                i = m.firstToken(endingAfter: span.end - 1)
                break
            }
        }
        return found
    }

    /// Places only the article names, in a list of places (`تربة، رنية، الخرمة، المويه، ميسان`): a word the
    /// tagger left alone as an item of a comma-separated list in which three items or more, and a quarter of
    /// them at least, hold places, is a place too. Not a word the knowledge base knows in another role, a
    /// function word, a word with vowel marks (`وزوجًا`) or a pronoun (`بلدانهم`), nor an ordinary word by the
    /// segmenter's corpus counts (`البارحة`). Lists of players or dialects with a place among them hold too
    /// few places; the sentence on either side of a list (`…، وأرسلت مجموعة`) gives no name.
    private func listedPlaces(_ m: ArticleMemory, entities: [Entity]) -> [Entity] {
        // Computed for the first list of three items or more (most articles have none).
        var covered: [Bool] = [], isPlace: [Bool] = []
        /// Whether single word token `i` may be a place only the article names.
        func unknownName(_ i: Int) -> ByteSpan? {
            guard !covered[i], m.roles[i].isSubset(of: [.placeStart, .town]) else { return nil }   // (the first word of a longer place's name)
            let t = m.tokens[i]
            let skip = t.end - t.start >= 8 && m.text[t.start] == 0xD9 && m.text[t.start + 1] == 0x88 ? 2 : 0   // والمويه، ولحج
            let span = ByteSpan(t.start + skip, t.end)
            let bare = ByteSpan(span.start + (m.startsWithArticle(span.start) ? 4 : 0), span.end)
            let marked = (span.start..<span.end - 1).contains { m.text[$0] == 0xD9 && m.text[$0 + 1] >= 0x8B && m.text[$0 + 1] <= 0x92 }
            let word = m.text[span.start..<span.end]
            let pronoun = ["ها", "هم", "هما", "هن", "كم"].contains { word.reversed().starts(with: $0.utf8.reversed()) }   // بلدانهم
            guard bare.end - bare.start >= 6, !marked, !pronoun,
                  !ArticleMemory.functionWords.contains(fnv1a(m.text[span.start..<span.end])),
                  CliticSegmenter.standard.corpusCount(m.string(bare)) < Self.ordinaryTownCount else { return nil }
            return span
        }
        // The runs of words between punctuation; a list is a run of them with one comma between each, all of
        // three words at most but the first (its last word counts) and the last (its first word counts).
        var runs: [Range<Int>] = []
        var from = 0
        for k in m.tokens.indices where m.tokens[k].kind != .word {
            runs.append(from..<k)
            from = k + 1
        }
        runs.append(from..<m.tokens.count)
        /// The part of run `k` that is an item of a list, and whether it is a run cut short (it counts its
        /// place but gives no name).
        func item(_ k: Int, first: Bool) -> (range: Range<Int>, cut: Bool) {
            let run = runs[k]
            guard run.count > 3 else { return (run, false) }
            return (first ? run.upperBound - 1..<run.upperBound : run.lowerBound..<run.lowerBound + 1, true)
        }
        var found: [Entity] = []
        var r = 0
        while r < runs.count {
            defer { r += 1 }
            guard m.isComma(runs[r].upperBound), !runs[r].isEmpty else { continue }
            // The list's runs are r...last.
            var last = r
            while last + 1 < runs.count, m.isComma(runs[last].upperBound), !runs[last + 1].isEmpty {
                last += 1
                if runs[last].count > 3 { break }
            }
            let count = last - r + 1
            guard count >= 3 else { continue }
            if isPlace.isEmpty { covered = coverage(m, entities); isPlace = coverage(m, entities.filter { $0.type == "LOC" }) }
            let places = (r...last).reduce(0) { n, k in n + (item(k, first: k == r).range.contains { isPlace[$0] } ? 1 : 0) }
            if places >= 3, places * 4 >= count {
                for k in r...last {
                    let (range, cut) = item(k, first: k == r)
                    guard !cut, range.count == 1, !isPlace[range.lowerBound], let span = unknownName(range.lowerBound) else { continue }
                    found.append(Entity(span: span, type: "LOC"))
                }
            }
            r = max(r, last - 1)   // the last run may begin the next list only if it was cut
        }
        return found
    }

    /// Clubs the tagger missed in sports news, by their bare names (الهلال، والاتفاق، للأهلي): right after a
    /// word of the game (أندية، فريق، لاعب، مدرب), in a list beside a club, and then wherever the article
    /// writes the name again the same way. Only in an article with words of the game three times or more,
    /// since the names are ordinary words elsewhere (التعاون "cooperation", النصر "victory"), and never
    /// before a definite word (الهلال الأحمر is the Red Crescent).
    private func missedClubs(_ m: ArticleMemory, entities: [Entity]) -> [Entity] {
        func skip(_ i: Int, in set: WordHashSet) -> Int? { m.skip(token: i, toWordIn: set) }
        let covered = coverage(m, entities)
        var isClub = [Bool](repeating: false, count: m.tokens.count)
        for e in entities where e.type == "ORG" && clubNames.contains(NameKey.hash(ofKey: m.uncachedKey(e.span))) {
            isClub[m.firstToken(endingAfter: e.span.start)] = true
        }
        /// The club's name at word token `i` as written (after its proclitic, with نادي right before it: بنادي
        /// الهلال), unless a definite word follows.
        func club(_ i: Int) -> ByteSpan? {
            guard !covered[i], m.roles[i].contains(.clubName), let k = skip(i, in: clubNames) else { return nil }
            if i + 1 < m.tokens.count, m.tokens[i + 1].kind == .word, m.startsWithArticle(m.tokens[i + 1].start) { return nil }
            if i > 0, !covered[i - 1], k == 0, let n = skip(i - 1, in: Self.clubWord) { return ByteSpan(m.tokens[i - 1].start + n, m.tokens[i].end) }
            return ByteSpan(m.tokens[i].start + k, m.tokens[i].end)
        }
        func separator(_ j: Int) -> Bool {
            j >= 0 && j < m.tokens.count && m.tokens[j].kind == .punctuation && m.onlySeparators(m.tokens[j].start, m.tokens[j].end)
        }
        var found: [Entity] = [], named = Set<ArraySlice<UInt8>>()
        // Twice, so that a list met before the club that anchors it is found too (كالهلال والاتحاد).
        for _ in 0..<2 {
            for i in m.tokens.indices where !isClub[i] {
                guard let span = club(i) else { continue }
                let cue = i > 0 && skip(i - 1, in: Self.gameWords) != nil
                let listed = (i >= 1 && isClub[i - 1]) || (i >= 2 && separator(i - 1) && isClub[i - 2])
                    || (i + 1 < m.tokens.count && isClub[i + 1]) || (separator(i + 1) && i + 2 < m.tokens.count && isClub[i + 2])
                guard cue || listed || named.contains(m.text[span.start..<span.end]) else { continue }
                found.append(Entity(span: span, type: "ORG"))
                named.insert(m.text[span.start..<span.end])
                isClub[i] = true
            }
        }
        // The same name again, anywhere in the article.
        for i in m.tokens.indices where !isClub[i] {
            guard let span = club(i), named.contains(m.text[span.start..<span.end]) else { continue }
            found.append(Entity(span: span, type: "ORG"))
        }
        return found
    }

    /// The clubs whose name is the word at `span` after نادي (الهلال: نادي الهلال), as the knowledge base writes them.
    private func clubs(named span: ByteSpan, _ m: ArticleMemory) -> [Actor] {
        kb.actors(key: NameKey.key("نادي " + m.string(span))).filter { $0.kind == .organization }
    }

    /// Whether a nationality word comes right after `span` (القادسية الكويتي).
    private func nationalityFollows(_ span: ByteSpan, _ m: ArticleMemory) -> Bool {
        let j = m.firstToken(endingAfter: span.end)
        return j < m.tokens.count && m.tokens[j].kind == .word && m.roles[j].contains(.nationality)
    }

    /// Whether the article is sports news: words of the game three times or more.
    private func isSportsNews(_ m: ArticleMemory) -> Bool {
        var n = 0
        for i in m.tokens.indices where m.roles[i].contains(.gameWord) && m.skip(token: i, toWordIn: Self.gameWords) != nil {
            n += 1
            if n == 3 { return true }
        }
        return false
    }

    /// نادي, which the club's name takes in when it stands right before it (بنادي الهلال).
    static let clubWord = WordHashSet([NameKey.hash(ofKey: NameKey.key("نادي"))])

    /// Words of the game: three of them make an article sports news, and one right before a club's bare
    /// name makes it the club (أندية كالوحدة، لاعب الهلال). Not الفريق, which is also a general's rank.
    static let gameWordHashes = ["أندية", "الأندية", "نادي", "فريق", "لاعب", "لاعبي", "لاعبو", "اللاعب", "مدرب", "المدرب",
                                 "مباراة", "المباراة", "الدوري", "دوري", "جماهير"].map { NameKey.hash(ofKey: NameKey.key($0)) }
    /// The same as a set.
    static let gameWords = WordHashSet(gameWordHashes)

    /// How often the corpus must write a word alone (without the article) for a town of that name to be
    /// taken only after a word for a town: real towns the tagger misses stay below (باحة 36, عرعر 116,
    /// ساحل 146), ordinary words are above (كريمة 239, دوما 416, وادي 500, قرار 1,802).
    static let ordinaryTownCount = 200

    /// Words for a town (with و ب ل written on them), after which a name is a place, by key hash.
    static let townWords = ["محافظة", "محافظات", "مدينة", "بلدة", "قرية", "قرى", "محافظ"].map { NameKey.hash(ofKey: NameKey.key($0)) }
    /// The same as a set.
    static let townWordSet = WordHashSet(townWords)

    /// Whether a place name of key hash `hash` written at `span` is written as `short-place-names.tsv` writes
    /// it when it is a name of three letters there: no article, and ة where it has one (true for any other).
    private func writtenAsListed(_ m: ArticleMemory, hash: UInt64, _ span: ByteSpan) -> Bool {
        guard let withTa = kb.shortPlaceName(hash: hash) else { return true }
        return !m.startsWithArticle(span.start) && (!withTa || m.endsInTaMarbuta(span.end))
    }

    /// Whether word token `j` ends a two-word gazetteer place that starts with the word of hash `first`
    /// (token `j - 1` after `skip` bytes): by hashes, or by keys for a second word `wordHash` does not read.
    private func gazetteerPair(_ m: ArticleMemory, first: UInt64, skip: Int, token j: Int) -> Bool {
        if let second = m.wordHash(token: j, skip: 0) { return kb.gazetteerPairHashes.contains(KnowledgeBase.pairHash(first, second)) }
        let t = m.tokens[j - 1]
        return kb.gazetteer.contains(m.uncachedKey(ByteSpan(t.start + skip, t.end)) + " " + m.uncachedKey(ByteSpan(m.tokens[j].start, m.tokens[j].end)))
    }

    /// The key of token `i` after `skip` bytes of proclitics when it starts a gazetteer place name
    /// (the hash is tested first, so most words cost no key).
    func gazetteerFirstWord(_ m: ArticleMemory, token i: Int, skip: Int) -> String? {
        guard let h = m.wordHash(token: i, skip: skip), has(.placeStart, h) else { return nil }
        let key = m.uncachedKey(ByteSpan(m.tokens[i].start + skip, m.tokens[i].end))
        return kb.gazetteerFirstWords.contains(key) ? key : nil
    }

    /// Which tokens a mention covers, in any order (each mention finds its first token by binary search:
    /// a pass over every token for each call cost more than the passes that ask).
    func coverage(_ m: ArticleMemory, _ entities: [Entity]) -> [Bool] {
        var covered = [Bool](repeating: false, count: m.tokens.count)
        for e in entities {
            var k = m.firstToken(endingAfter: e.span.start)
            while k < m.tokens.count, m.tokens[k].start < e.span.end { covered[k] = true; k += 1 }
        }
        return covered
    }

    /// Surnames the tagger missed after the article named the person in full (`وأضاف البقمي` after
    /// `فهد البقمي`): the last word of a longer PERSON mention, met again after it, a proclitic allowed.
    /// Family names only, with the article or of five letters or more, so that a given name that ends
    /// a name (محمود بن علي) is never taken alone (علي is also على).
    private func missedSurnames(_ m: ArticleMemory, entities: [Entity], covered: [Bool]) -> [Entity] {
        var surnames = WordHashMap<Int>()   // hash of the last word → where its first full mention ends
        for e in entities where e.type == "PERSON" {
            let first = m.firstToken(endingAfter: e.span.start), last = m.firstToken(endingAfter: e.span.end - 1)
            guard last > first, last < m.tokens.count, m.tokens[last].end == e.span.end, m.tokens[last].kind == .word else { continue }
            let t = m.tokens[last]
            let definite = t.end - t.start >= 6 && m.text[t.start] == 0xD8 && m.text[t.start + 1] == 0xA7
                && m.text[t.start + 2] == 0xD9 && m.text[t.start + 3] == 0x84
            // Four letters are enough at the end of a name of three words or more whose last is no son's name
            // (محمد جواد ظريف, not محمود بن علي).
            let familyOfThree = last - first >= 2 && t.end - t.start >= 8
                && !Self.sonOf.contains(m.uncachedKey(ByteSpan(m.tokens[last - 1].start, m.tokens[last - 1].end)))
            guard definite || t.end - t.start >= 10 || familyOfThree, let h = m.wordHash(token: last, skip: 0), surnames[h] == nil else { continue }
            surnames[h] = e.span.end
        }
        guard !surnames.isEmpty else { return [] }
        var found: [Entity] = []
        for (i, t) in m.tokens.enumerated() where !covered[i] && t.kind == .word {
            if let skip = m.firstSkip(token: i, where: { h in surnames[h].map { $0 <= t.start } ?? false }) {
                found.append(Entity(span: ByteSpan(t.start + skip, t.end), type: "PERSON"))
            }
        }
        return found
    }

    /// Nationality words the tagger missed (الأميركية in `العقوبات الأميركية`), a proclitic allowed. A
    /// group's word must be a noun with the article: `الغرب` and `العرب` are the West and the Arabs, but
    /// `غرب العراق` is a direction, and `الغربية`, `العربية` qualify places and languages as often.
    private func missedNationalities(_ m: ArticleMemory, covered: [Bool]) -> [Entity] {
        var found: [Entity] = []
        for (i, t) in m.tokens.enumerated() where !m.roles[i].isDisjoint(with: [.nationality, .states]) && !covered[i] {
            var states: Int?
            let skip = m.procliticLengths(at: t.start).first { skip in
                guard let h = m.wordHash(token: i, skip: skip) else { return false }
                if has(.states, h) { states = skip }
                guard let country = kb.nationalityNamesCountry(hash: h), !m.endsInAlefMaqsura(t.end) else { return false }
                let at = t.start + skip
                let article = at + 3 < t.end && m.text[at] == 0xD8 && m.text[at + 1] == 0xA7 && m.text[at + 2] == 0xD9 && m.text[at + 3] == 0x84
                let feminine = t.end - 2 >= at && m.text[t.end - 2] == 0xD8 && m.text[t.end - 1] == 0xA9   // ة
                // After a word for what sides say or do (الاتهامات الغربية، مخاوف غربية), the adjective is the group.
                let ofStance = i > 0 && m.tokens[i - 1].kind == .word && m.wordHash(token: i - 1, skip: 0).map(Self.stances.contains) == true
                return country || (article && !feminine) || ofStance
            }
            if let skip { found.append(Entity(span: ByteSpan(t.start + skip, t.end), type: "NORP")); continue }
            // A group named as the states of a people (الدول العربية، الدول الغربية): its two words.
            if let states, i + 1 < m.tokens.count, !covered[i + 1], m.tokens[i + 1].kind == .word {
                let span = ByteSpan(t.start + states, m.tokens[i + 1].end)
                if kb.actors(key: m.uncachedKey(span)).contains(where: { $0.kind == .group }) { found.append(Entity(span: span, type: "NORP")) }
            }
        }
        return found
    }

    /// A state's head word written without the article, as it begins a country's name (مملكة النرويج).
    static let stateHeads: [[UInt8]] = ["مملكة", "جمهورية", "سلطنة", "إمارة", "دولة", "امارة"].map { Array($0.utf8) }   // as written

    /// Words that make the next one a father's given name (محمود بن علي).
    static let sonOf: Set<String> = Set(["بن", "بنت", "ابن", "ابنة", "أبو", "أبي", "ابو"].map(NameKey.key))

    /// Quotation marks that set off a name, opening and closing.
    static let quotes: [(open: [UInt8], close: [UInt8])] = [("«", "»"), ("“", "”"), ("\"", "\"")].map { (Array($0.utf8), Array($1.utf8)) }

    static let stateHashes = ["الدول", "دول"].map { NameKey.hash(ofKey: NameKey.key($0)) }

    /// Words for what sides say or do, after which a group adjective names the group (الاتهامات الغربية).
    static let stances = WordHashSet(["اتهامات", "اتهام", "انتقادات", "عقوبات", "ضغوط", "ضغوطات", "مخاوف", "تهديدات", "مواقف", "تصريحات",
                              "دعوات", "مطالب", "مزاعم", "ادعاءات", "جهود", "وساطة", "مساعي", "مبادرة", "دعم", "تدخل"]
        .map { NameKey.hash(ofKey: NameKey.key($0)) })

    /// Outlets the NER missed, named in quotes (قال لـ«عكاظ»، ذكرت «الرياض»، لـ"الوطن"): one to three words the
    /// knowledge base knows as an organization, alone or written with صحيفة.
    private func missedMedia(_ m: ArticleMemory, entities: [Entity]) -> [Entity] {
        var found: [Entity] = []
        let covered = coverage(m, entities)
        for (i, t) in m.tokens.enumerated() where t.kind == .punctuation {
            let mark = m.text[t.start..<t.end]
            guard mark.first == 0xC2 || mark.first == 0xE2 || mark.first == 0x22 else { continue }   // « “ "
            guard let closing = Self.quotes.first(where: { mark.elementsEqual($0.open) })?.close else { continue }
            guard let close = m.tokens[(i + 1)..<min(m.tokens.count, i + 5)].firstIndex(where: { m.text[$0.start..<$0.end].elementsEqual(closing) }),
                  close > i + 1, m.tokens[(i + 1)..<close].allSatisfy({ $0.kind == .word }) else { continue }
            let span = ByteSpan(m.tokens[i + 1].start, m.tokens[close - 1].end)
            guard !covered[(i + 1)..<close].contains(true) else { continue }
            if media(span, m) != nil || kb.actors(key: m.uncachedKey(span)).contains(where: { $0.kind == .organization }) {
                found.append(Entity(span: span, type: "ORG"))
            }
        }
        return found
    }

    /// Organizations and people of the curated table the tagger missed (عين اليوم، تويتر، لقاء الجبير مع), a
    /// proclitic allowed on the first word; never when a definite word follows, which would make the name
    /// another's (مجلس الأمن القومي is not the Security Council).
    private func missedCuratedNames(_ kind: Actor.Kind, as type: String, _ m: ArticleMemory, entities: [Entity]) -> [Entity] {
        guard let curated = kb.curatedNames[kind] else { return [] }
        // A name may hold places and nationality words (مجلس التعاون لدول الخليج العربية) and a shorter reading
        // of itself that the tagger made (مجلس التعاون), an institution's also the person it is named after
        // (مركز الملك سلمان للإغاثة), but no other name, and none that crosses its ends.
        func nested(_ e: Entity) -> Bool {
            e.type == "LOC" || e.type == "NORP" || e.type == type || (kind == .organization && (e.type == "PERSON" || e.type == "TITLE"))
        }
        let inner = entities.filter(nested).sorted { $0.span.start < $1.span.start }
        /// The inner mentions that start in `from..<to` (binary search: a long article stays linear).
        func innerStarting(_ from: Int, _ to: Int) -> ArraySlice<Entity> {
            inner[inner.firstIndex(startingAtOrAfter: from)..<inner.firstIndex(startingAtOrAfter: to)]
        }
        let covered = coverage(m, entities.filter { !nested($0) })
        var found: [Entity] = []
        var i = 0
        while i < m.tokens.count {
            defer { i += 1 }
            guard m.roles[i].contains(kind == .organization ? .curatedOrganization : .curatedPerson), !covered[i] else { continue }
            for skip in m.procliticLengths(at: m.tokens[i].start) {
                guard let h = m.wordHash(token: i, skip: skip), let names = curated[h] else { continue }
                let match = names.first { name in
                    let end = i + name.words.count
                    guard end <= m.tokens.count, (1..<name.words.count).allSatisfy({ m.wordHash(token: i + $0, skip: 0) == name.hashes[$0] }),
                          !covered[i..<end].contains(true), m.tokens[i..<end].allSatisfy({ $0.kind == .word }) else { return false }
                    // A definite word after the name may go on with it (مجلس الأمن | الوطني); not after a person's name of three
                    // words (عبدربه منصور هادي | المليشيات الحوثية).
                    if kind == .organization || name.words.count < 3,
                       end < m.tokens.count, m.tokens[end].kind == .word, m.text[m.tokens[end].start..<m.tokens[end].end].starts(with: "ال".utf8),
                       !ArticleMemory.honorifics.contains(m.uncachedKey(ByteSpan(m.tokens[end].start, m.tokens[end].end))) { return false }
                    let span = ByteSpan(m.tokens[i].start + skip, m.tokens[end - 1].end)
                    // (A mention that crosses the start began at most 256 bytes before it.)
                    let near = innerStarting(span.start - 256, span.end)
                    // A title the tagger cut inside a body's name (رئيس الهيئة العامة للسياحة | والتراث الوطني) does not count:
                    // `resolve` extends it over the name.
                    if near.contains(where: { $0.span.start < span.end && span.start < $0.span.end && ($0.span.start < span.start || $0.span.end > span.end)
                                              && !(kind == .organization && Self.cutTitle($0, span)) }) { return false }
                    // An entity of the same type that already is the whole name: nothing to add.
                    if near.contains(where: { $0.type == type && $0.span == span }) { return false }
                    return m.uncachedKey(span) == name.words.joined(separator: " ")
                }
                if let name = match {
                    found.append(Entity(span: ByteSpan(m.tokens[i].start + skip, m.tokens[i + name.words.count - 1].end), type: type))
                    i += name.words.count - 1
                    break
                }
            }
        }
        return found
    }

    /// The titles that name their country (`KnowledgeBase.countryTitles`) where no title, person or body the
    /// tagger found holds them whole.
    private func missedCountryTitles(_ m: ArticleMemory, entities: [Entity]) -> [(title: Entity, region: ByteSpan?)] {
        var found: [(title: Entity, region: ByteSpan?)] = []
        var i = 0
        while i < m.tokens.count {
            defer { i += 1 }
            guard m.roles[i].contains(.countryTitle) else { continue }
            for skip in m.procliticLengths(at: m.tokens[i].start) {
                guard let h = m.wordHash(token: i, skip: skip),
                      let title = kb.countryTitles.first(where: { t in
                          t[0] == h && i + t.count <= m.tokens.count && (1..<t.count).allSatisfy { m.wordHash(token: i + $0, skip: 0) == t[$0] }
                      }) else { continue }
                var span = ByteSpan(m.tokens[i].start + skip, m.tokens[i + title.count - 1].end)
                // A title that ends in a word for a region takes in the region's name (أمير منطقة | الباحة).
                let last = m.tokens[i + title.count - 1]
                let region = entities.first { $0.type == "LOC" && ($0.span.start == last.start || $0.span.start == last.end + 1) }?.span
                if let region { span.end = max(span.end, region.end) }
                // Not the one whose envoy or office it names (سفير خادم الحرمين الشريفين، رئيس الشؤون الخاصة لخادم
                // الحرمين الشريفين): the name after it is the envoy's.
                let ofAnOffice = (i > 0 && m.wordHash(token: i - 1, skip: 0).map(Self.officesOf.contains) == true)
                    || (skip > 0 && m.text[m.tokens[i].start + skip - 2] == 0xD9 && m.text[m.tokens[i].start + skip - 1] == 0x84   // ل
                        && entities.contains { $0.type == "TITLE" && $0.span.end <= m.tokens[i].start && m.tokens[i].start - $0.span.end <= 1 })
                if !ofAnOffice, !entities.contains(where: { ["TITLE", "PERSON", "ORG"].contains($0.type) && $0.span.start <= span.start && span.end <= $0.span.end }) {
                    found.append((Entity(span: span, type: "TITLE"), region))
                }
                i += title.count - 1
                break
            }
        }
        return found
    }

    /// Words for an envoy, an adviser or an office of someone (سفير، سفارة، مستشار، ديوان), by key hash.
    static let officesOf = WordHashSet(["سفير", "سفيرة", "سفارة", "سفراء", "ملحق", "مستشار", "مستشارة", "مبعوث", "ممثل", "ديوان", "مكتب",
                                        "حرس", "وكيل", "نائب", "رئيس", "مدير", "أمين", "مراسم", "قصر", "مجلس", "عهد", "لدى"].flatMap { w in
        [NameKey.key(w), NameKey.key("و" + w)].map(NameKey.hash(ofKey:))
    })

    /// Whether `e` is a title that starts before a body's name at `span` and ends inside it (the tagger's cut).
    static func cutTitle(_ e: Entity, _ span: ByteSpan) -> Bool {
        e.type == "TITLE" && e.span.start < span.start && e.span.end > span.start && e.span.end < span.end
    }

    /// A ministry named by its portfolio and its country's adjective, as the news names the foreign,
    /// interior and defence ministries (`الخارجية الإيرانية`، `الداخلية السعودية`، `المتحدث باسم الدفاع
    /// الروسية`): the portfolio word and a feminine nationality word of a country right after it, where
    /// no organization has them already (a title may hold them). Not after وزير: `وزير الخارجية الإيرانية`
    /// is a minister.
    private func ministriesByPortfolio(_ m: ArticleMemory, entities: [Entity]) -> [Entity] {
        var found: [Entity] = []
        var bodies: [Entity]?   // the organizations by start, sorted once an article has a candidate
        for i in m.tokens.indices.dropLast() where m.roles[i].contains(.portfolio) && m.tokens[i + 1].kind == .word {
            guard let skip = m.skip(token: i, toWordIn: Self.portfolios), m.startsWithArticle(m.tokens[i].start + skip),
                  let h = m.wordHash(token: i + 1, skip: 0), kb.nationalityNamesCountry(hash: h) == true,
                  m.endsInTaMarbuta(m.tokens[i + 1].end), !afterMinisterWord(m, token: i) else { continue }
            let span = ByteSpan(m.tokens[i].start + skip, m.tokens[i + 1].end)
            if bodies == nil { bodies = entities.filter { $0.type == "ORG" }.sorted { $0.span.start < $1.span.start } }
            guard !bodies!.anyOverlaps(span) else { continue }
            found.append(Entity(span: span, type: "ORG"))
        }
        return found
    }

    /// A body the knowledge base names by a noun and a nationality (السلطة الفلسطينية، الحكومة اليمنية) where
    /// the tagger saw only the nationality word: the noun (with the article, a proclitic allowed) right
    /// before a NORP mention that no organization holds, when the two are an organization or group of the
    /// knowledge base; not after وزير.
    private func bodiesOfANation(_ m: ArticleMemory, entities: [Entity]) -> [Entity] {
        let nationalities = entities.filter { $0.type == "NORP" }
        guard !nationalities.isEmpty else { return [] }
        let bodies = entities.filter { $0.type == "ORG" || $0.type == "PERSON" || $0.type == "LOC" }.sorted { $0.span.start < $1.span.start }
        var found: [Entity] = []
        for e in nationalities {
            // (وزير الخارجية الأمريكي: the nationality is the minister's.)
            guard let w = m.wordIndex(before: e.span.start), m.roles[w].contains(.nationBody), !afterMinisterWord(m, token: w),
                  let skip = m.procliticLengths(at: m.tokens[w].start).first(where: { m.startsWithArticle(m.tokens[w].start + $0) }) else { continue }
            let span = ByteSpan(m.tokens[w].start + skip, e.span.end)   // والسلطة الفلسطينية
            guard !bodies.anyOverlaps(span), kb.actors(key: m.uncachedKey(span)).contains(where: { $0.kind == .organization || $0.kind == .group }) else { continue }
            found.append(Entity(span: span, type: "ORG"))
        }
        return found
    }

    /// الخارجية، الداخلية، الدفاع: portfolios the news names a ministry by.
    static let portfolioHashes = ["الخارجية", "الداخلية", "الدفاع"].map { NameKey.hash(ofKey: NameKey.key($0)) }
    /// The same as a set.
    static let portfolios = WordHashSet(portfolioHashes)
    /// وزير and وزيرة.
    static let ministerWords = WordHashSet(["وزير", "وزيرة"].map { NameKey.hash(ofKey: NameKey.key($0)) })

    /// Whether word token `i` comes right after وزير (a proclitic allowed): its nationality is the minister's.
    private func afterMinisterWord(_ m: ArticleMemory, token i: Int) -> Bool {
        i > 0 && m.skip(token: i - 1, toWordIn: Self.ministerWords) != nil
    }

    /// Organizations the tagger missed: a head word (وزارة، جامعة، هيئة، نادي…) and the definite words
    /// that follow it, up to six (وزارة الشؤون الإسلامية، وكالة أنباء البحرين، كتائب القسام). The span may
    /// hold places and nationality words but never cuts through another mention.
    private func missedOrganizations(_ m: ArticleMemory, entities: [Entity]) -> [Entity] {
        var found: [Entity] = []
        // Tokens inside a name of a body or person, and the mentions by start: a long article stays linear.
        // A title may hold the body its holder heads (رئيس الهيئة العامة للسياحة، الأمين العام لمنظمة
        // التعاون الإسلامي): a body is looked for inside it, up to its end.
        let named = coverage(m, entities.filter { $0.type == "ORG" || $0.type == "PERSON" })
        let titles = entities.filter { $0.type == "TITLE" }.sorted { $0.span.start < $1.span.start }
        let byStart = entities.sorted { $0.span.start < $1.span.start }
        let placesStarting = Dictionary(entities.filter { $0.type == "LOC" }.map { ($0.span.start, $0.span) }, uniquingKeysWith: { a, b in a.end >= b.end ? a : b })
        /// Whether a mention that starts in `from..<to` ends after `to`.
        func crossing(_ from: Int, _ to: Int) -> Bool {
            byStart[byStart.firstIndex(startingAtOrAfter: from)..<byStart.firstIndex(startingAtOrAfter: to)].contains { $0.span.end > to }
        }
        var i = 0
        while i < m.tokens.count {
            defer { i += 1 }
            let t = m.tokens[i]
            guard m.roles[i].contains(.organizationHead) else { continue }
            guard let skip = m.procliticLengths(at: t.start).first(where: {
                m.wordHash(token: i, skip: $0).map { kb.organizationHead(hash: $0) != nil } == true
            }) else { continue }
            // وزارة (or وزاره) is a ministry, وزار (visited) is not.
            let last = m.text[(t.start + skip)..<t.end].suffix(2)
            if !last.elementsEqual("ة".utf8), !last.elementsEqual("ه".utf8),
               kb.headsWithTaMarbuta.contains(m.uncachedKey(ByteSpan(t.start + skip, t.end))) { continue }
            if named[i] { continue }
            let k = titles.firstIndex(startingAtOrAfter: t.start + 1)   // past the last title starting at or before t
            let limit = k > 0 && titles[k - 1].span.end > t.start ? titles[k - 1].span.end : Int.max
            guard t.end <= limit else { continue }
            var end = t.end, j = i + 1, placed = false
            // A place of two words or more named right after the head, which the loop below may not cut through, is the
            // body's (حكومة | إقليم كردستان، أمانة | المنطقة الشرقية): the body takes it in, and after it only another
            // place, a nationality or a complement with ل (حكومة إقليم كردستان العراق, not … القصف). (A one-word place
            // the loop takes as before: محكمة بروكسل الجنائية.)
            if j < m.tokens.count, let place = placesStarting[m.tokens[j].start], place.end > m.tokens[j].end, place.end <= limit {
                end = place.end
                j = m.firstToken(endingAfter: place.end)
                placed = true
            }
            while j < m.tokens.count, j <= i + 6, m.tokens[j].kind == .word, m.tokens[j].end <= limit {
                let w = m.tokens[j], word = m.text[w.start..<w.end]
                guard !ArticleMemory.functionWords.contains(fnv1a(word)),
                      m.keyHash(token: j, skip: word.starts(with: "و".utf8) ? 2 : 0).map(ArticleMemory.endsNames.contains) != true else { break }
                let definite = word.starts(with: "ال".utf8) || word.starts(with: "لل".utf8) || (j > i + 1 && word.starts(with: "وال".utf8))
                let known = m.keyHash(token: j).map { kb.hasPlace(hash: $0) || kb.isNationality(hash: $0) } == true
                let construct = j == i + 1 && j + 1 < m.tokens.count && m.tokens[j + 1].kind == .word
                    && (m.text[m.tokens[j + 1].start..<m.tokens[j + 1].end].starts(with: "ال".utf8) || m.keyHash(token: j + 1).map(kb.hasPlace) == true)
                // (…a complement with ل opens the name again: مركز الخليج | للدراسات الاستراتيجية.)
                if placed, word.starts(with: "لل".utf8) { placed = false }
                guard known || (!placed && (definite || construct)) else { break }
                // Never cut through another mention.
                if crossing(t.start, w.end) { break }
                end = w.end
                j += 1
            }
            guard j > i + 1 else { continue }
            found.append(Entity(span: ByteSpan(t.start + skip, end), type: "ORG"))
            i = j - 1
        }
        return found
    }

    /// `نظيره الروسي`, `نظيرها الإيرانية`: a counterpart with a nationality, as a TITLE.
    private func counterparts(_ m: ArticleMemory, entities: [Entity]) -> [Entity] {
        var found: [Entity] = []
        for e in entities where e.type == "NORP" {
            let t = m.firstToken(endingAfter: e.span.start) - 1   // the last token that ends before it
            guard t >= 0 else { continue }
            let word = m.string(ByteSpan(m.tokens[t].start, m.tokens[t].end))
            let skip = word.utf8.starts(with: "نظير".utf8) ? 0 : ["ونظير", "بنظير", "لنظير"].contains(where: { word.utf8.starts(with: $0.utf8) }) ? 2 : -1
            // نظيره، نظيرها، نظيريه: the noun with a pronoun (one letter, two bytes; و/ب/ل before it take two more).
            guard skip >= 0, word.utf8.count - skip >= 10, word.utf8.count - skip <= 14 else { continue }
            found.append(Entity(span: ByteSpan(m.tokens[t].start + skip, e.span.end), type: "TITLE"))
        }
        return found.filter { c in !entities.contains { $0.type == "TITLE" && $0.span.start <= c.span.start && $0.span.end >= c.span.end } }
    }

    // MARK: - Helpers

    /// The outlet a name in «» or after صحيفة، جريدة or قناة stands for (قال لـ«الرياض»), when the knowledge
    /// base knows one by that name written with صحيفة.
    func media(_ span: ByteSpan, _ m: ArticleMemory) -> Resolution? {
        guard m.quoted(span) || m.afterMediaWord(span.start),
              let outlet = kb.actors(key: NameKey.key("صحيفة " + m.string(span))).first(where: { $0.kind == .organization }) else { return nil }
        return Resolution(actor: link(outlet, m.day), confidence: 0.85, basis: .knowledgeBase)
    }

    /// The country a one-word key names, as a nationality word (الإيراني) or a country name (إيران).
    func country(named key: String) -> String? { kb.country(hash: NameKey.hash(ofKey: key)) }

    /// The country a nationality word names (الإيراني → IRN).
    private func nationalCountry(_ key: String) -> String? {
        if let a = kb.nationality(key: key), a.kind == .country { return a.country }
        return nil
    }

    /// The id of an actor only the text knows: `text:` and its name key with `_` for spaces.
    static func textID(_ key: String) -> String {
        var bytes = Array("text:".utf8)
        bytes.append(contentsOf: key.utf8.lazy.map { $0 == 0x20 ? 0x5F : $0 })
        return String(decoding: bytes, as: UTF8.self)
    }

    private func pick(_ actors: [Actor], _ day: DayNumber?) -> Actor? {
        guard let day else { return actors.first }
        return actors.first { $0.code(on: day) != nil } ?? actors.first
    }

    func link(_ a: Actor, _ day: DayNumber?) -> Resolution.LinkedActor {
        let role = a.role(on: day)
        return Resolution.LinkedActor(id: a.id, name: a.name, nameAr: a.nameAr, code: a.code(on: day), country: a.country ?? role?.of,
                                      role: role.flatMap { r in kb.roles.first { $0.role == r.role }?.name })
    }
}

extension Array where Element == Entity {
    /// In mentions sorted by start, the index of the first that starts at or after byte `start` (binary search).
    func firstIndex(startingAtOrAfter start: Int) -> Int {
        var lo = 0, hi = count
        while lo < hi { let mid = (lo + hi) / 2; if self[mid].span.start < start { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    /// In mentions sorted by start, whether one overlaps `span` (one that crosses its start began at most
    /// 256 bytes before it).
    func anyOverlaps(_ span: ByteSpan) -> Bool {
        self[firstIndex(startingAtOrAfter: span.start - 256)..<firstIndex(startingAtOrAfter: span.end)]
            .contains { $0.span.start < span.end && span.start < $0.span.end }
    }
}

/// The proclitic lengths to try at a word start: 0, 2, 4 bytes, the first `count` of them.
struct ProcliticLengths: Sequence, IteratorProtocol {
    let count: Int
    private var position = 0
    init(count: Int) { self.count = count }
    mutating func next() -> Int? {
        defer { position += 1 }
        return position < count ? position * 2 : nil
    }
    func first(where test: (Int) -> Bool) -> Int? {
        for i in 0..<count where test(i * 2) { return i * 2 }
        return nil
    }
}

/// A person the article named, with the role in force and the key of the linked name.
struct PersonMention {
    let actor: Resolution.LinkedActor
    let role: DatedRole?
    let key: String
    /// Whether only the article knows this person (a `text:` id).
    let onlyInText: Bool

    init(actor: Resolution.LinkedActor, role: DatedRole?, key: String) {
        self.actor = actor; self.role = role; self.key = key
        onlyInText = actor.isOnlyInText
    }
}

/// What the resolver remembers while it reads one article.
struct ArticleMemory {
    let text: [UInt8]
    let tokens: [Token]
    let day: DayNumber?
    /// Countries named in the article (for choosing among places of one name).
    var countries: Set<String> = []
    /// The country the article names most.
    var mainCountry: String?
    /// For an article that names no country, the country most of its places lie in (a story from Jeddah).
    var placesCountry: String?
    /// Whether the article is sports news (its clubs' bare names are clubs).
    var sportsNews = false
    /// Names the article taught, by key.
    var learned: [UInt64: Resolution.LinkedActor] = [:]
    /// The ministries the article named with their country, by portfolio (خارجي for الخارجية الإيرانية).
    var ministries: [Substring: Resolution.LinkedActor] = [:]
    /// Roles the article taught, by actor id.
    var learnedRoles: [String: DatedRole] = [:]
    /// People resolved so far, in order.
    var people: [PersonMention] = []
    /// Name keys of the mentions, by span (each mention is keyed once).
    private var keys: [Int: String] = [:]

    /// Per word token, `NameKey.wordHash` after each of its proclitic lengths (0, 2, 4 bytes): the passes
    /// over every word share them.
    let words: WordHashes
    /// The thread's memo of name keys.
    let keyMemo: NameKeyMemo
    /// Per token, the roles its key may have with any of its proclitic lengths: a pass that looks for one
    /// role skips the tokens without it.
    var roles: [WordRoles] { words.roles }
    /// Per byte of the text, the index of the first token that ends after it: the passes look up the token of
    /// a mention's edges thousands of times an article. Empty for a text over a megabyte (four bytes a byte).
    private let tokenEndingAfter: [Int32]

    /// `words` must carry the resolver's word roles.
    init(text: [UInt8], tokens: [Token], day: DayNumber?, words: WordHashes, keyMemo: NameKeyMemo = NameKeyMemo(bits: 4)) {
        self.text = text; self.tokens = tokens; self.day = day; self.words = words; self.keyMemo = keyMemo
        var after = [Int32](repeating: Int32(tokens.count), count: text.count <= 1 << 20 ? text.count : 0)
        var from = 0
        for (i, t) in tokens.enumerated() where t.end > from && !after.isEmpty {
            for b in from..<t.end { after[b] = Int32(i) }
            from = t.end
        }
        tokenEndingAfter = after
    }

    /// The `NameKey.hash(ofKey:)` of the key of word token `i` after `skip` bytes: `wordHash`'s, or for a
    /// word it does not read (a non-letter inside, or too long) the key's own; nil for no key.
    func keyHash(token i: Int, skip: Int = 0) -> UInt64? {
        if let h = wordHash(token: i, skip: skip) { return h }
        let key = uncachedKey(ByteSpan(tokens[i].start + skip, tokens[i].end))
        return key.isEmpty ? nil : NameKey.hash(ofKey: key)
    }

    /// The hash of token `i`'s key after `skip` bytes of proclitics, if it has one.
    func wordHash(token i: Int, skip: Int) -> UInt64? { words.hash(token: i, skip: skip) }

    func string(_ span: ByteSpan) -> String { String(decoding: text[span.start..<span.end], as: UTF8.self) }

    /// The name key of a span, computed from its bytes (`key(_:)` keeps the keys of mentions).
    func uncachedKey(_ span: ByteSpan) -> String {
        text.withUnsafeBufferPointer { keyMemo.key(UnsafeBufferPointer(rebasing: $0[span.start..<span.end])) }
    }

    mutating func learn(_ actor: Resolution.LinkedActor, key: String, role: String, of country: String?) {
        learned[NameKey.hash(ofKey: key)] = actor
        if let country { learnedRoles[actor.id] = DatedRole(role: role, of: country, dates: DateRange()) }
    }

    /// The last of the people named lately that passes `test`: coreference looks back 300 mentions
    /// (a bounded window keeps a 40,000-sentence article linear).
    func lastPerson(where test: (PersonMention) -> Bool) -> PersonMention? {
        var i = people.count - 1
        while i >= max(0, people.count - 300) {
            if test(people[i]) { return people[i] }
            i -= 1
        }
        return nil
    }

    /// Whether `key` is the start of a fuller name (أيمن before أيمن الصفدي).
    static func startsWith(full: String, _ key: String) -> Bool {
        let f = full.utf8, k = key.utf8
        guard f.count > k.count + 1 else { return false }
        return f[f.index(f.startIndex, offsetBy: k.count)] == 0x20 && f.starts(with: k)
    }

    /// Whether `key` is the end of a fuller name (لافروف after سيرغي لافروف).
    /// Not after بن: the last name of عبدالله بن عبدالعزيز is his father's (الملك عبدالعزيز is another man).
    @inline(__always)
    static func endsWith(full: String, _ key: String) -> Bool {
        let f = full.utf8, k = key.utf8
        guard f.count > k.count + 1 else { return false }
        let space = f.index(f.endIndex, offsetBy: -k.count - 1)
        guard f[space] == 0x20, f.suffix(k.count).elementsEqual(k) else { return false }
        // Not after " بن" (but بن رودس, Ben Rhodes, starts the name: a first name).
        guard f.distance(from: f.startIndex, to: space) >= 5 else { return true }
        let before = f.index(space, offsetBy: -5)
        return !f[before..<space].elementsEqual(Self.sonBytes)
    }

    /// " بن" in UTF-8.
    static let sonBytes: [UInt8] = Array(" بن".utf8)

    /// The name key of an actor's Arabic name.
    func nameKey(of actor: Resolution.LinkedActor) -> String { NameKey.key(actor.nameAr) }

    /// The name key of a span, computed once per article.
    mutating func key(_ span: ByteSpan) -> String {
        let id = span.start << 32 | span.end
        if let k = keys[id] { return k }
        let k = uncachedKey(span)
        keys[id] = k
        return k
    }

    /// Whether the first word of a span ends in ة, or in ه written for it (vowel marks and tatweel aside).
    func headEndsInTaMarbuta(_ span: ByteSpan) -> Bool {
        var end = text[span.start..<span.end].firstIndex(of: 0x20) ?? span.end
        while end - span.start >= 2, text[end - 2] == 0xD9, (0x8B...0x92).contains(text[end - 1]) || text[end - 1] == 0x80 { end -= 2 }
        guard end - span.start >= 2 else { return false }
        return endsInTaMarbuta(end) || (text[end - 2] == 0xD9 && text[end - 1] == 0x87)
    }

    /// Whether the span stands in quotation marks («», “”, "").
    func quoted(_ span: ByteSpan) -> Bool {
        let i = firstToken(endingAfter: span.start) - 1, j = firstToken(endingAfter: span.end)
        guard i >= 0, j < tokens.count, tokens[i].end == span.start, tokens[j].start == span.end else { return false }
        let open = text[tokens[i].start..<tokens[i].end], close = text[tokens[j].start..<tokens[j].end]
        return ActorResolver.quotes.contains { open.elementsEqual($0.open) && close.elementsEqual($0.close) }
    }

    /// Whether the word before byte `start` names a medium (صحيفة، جريدة، قناة، مجلة، with و ب ل written on it).
    func afterMediaWord(_ start: Int) -> Bool { wordBefore(start, isOneOf: Self.mediaWords) }

    /// Whether a sport follows byte `end` as a whole word (` لكرة القدم`، ` للسباحة`, not ` للتنسيق`): what
    /// makes a union or committee a sport's.
    func sportFollows(_ end: Int) -> Bool {
        Self.sports.contains { sport in
            let to = end + sport.count
            return to <= text.count && text[end..<to].elementsEqual(sport)
                && (to == text.count || [0x20, 0x0A, 0x2C, 0x2E].contains(text[to])
                    || (to + 1 < text.count && text[to] == 0xD8 && text[to + 1] == 0x8C))   // space, newline, comma, period, ،
        }
    }
    static let sports: [[UInt8]] = [" لكرة", " للكرة", " لألعاب", " للألعاب", " لالعاب", " للالعاب", " للسباحة", " للفروسية", " للتنس",
                                    " للجودو", " للكاراتيه", " للرياضة", " للرياضات", " للملاكمة", " للمصارعة", " للدراجات",
                                    " للرماية", " للشطرنج", " للغولف", " للجولف", " للبولينج", " للتايكوندو"].map { Array($0.utf8) }

    static let mediaWords = WordHashSet(["صحيفة", "جريدة", "قناة", "مجلة", "موقع"].map { NameKey.hash(ofKey: NameKey.key($0)) })

    /// The proclitic length after which word token `i` is a word of `set`, if it is one.
    func skip(token i: Int, toWordIn set: WordHashSet) -> Int? {
        firstSkip(token: i) { set.contains($0) }
    }

    /// The shortest proclitic length after which the key hash of word token `i` passes `test`.
    @inline(__always)
    func firstSkip(token i: Int, where test: (UInt64) -> Bool) -> Int? {
        for reading in 0..<3 {
            if let h = words.hash(token: i, skip: 2 * reading), test(h) { return 2 * reading }
        }
        return nil
    }

    /// The name key of the word right before byte `start`, if it is a word.
    func wordBeforeKey(_ start: Int) -> String? {
        wordIndex(before: start).map { uncachedKey(ByteSpan(tokens[$0].start, tokens[$0].end)) }
    }

    /// The word token right before byte `start` (a space at most between), if there is one.
    func wordIndex(before start: Int) -> Int? {
        let i = firstToken(endingAfter: start) - 1
        return i >= 0 && tokens[i].kind == .word && start - tokens[i].end <= 1 ? i : nil
    }

    /// Honorifics the knowledge base writes with rulers' names (الملك سلمان، الأمير محمد بن سلمان).
    static let rulerHonorifics: Set<String> = Set(["الملك", "الأمير", "الشيخ", "السلطان"].map(NameKey.key))

    /// Whether the word right before byte `start`, with or without a proclitic, is one of `words` (name-key hashes).
    func wordBefore(_ start: Int, isOneOf words: WordHashSet) -> Bool {
        wordIndex(before: start).flatMap { skip(token: $0, toWordIn: words) } != nil
    }

    /// Whether the word before byte `start` is منطقة، إمارة or أمير (with و ب ل written on it).
    func afterProvinceWord(_ start: Int) -> Bool { wordBefore(start, isOneOf: Self.provinceWords) }

    static let provinceWords = WordHashSet(["منطقة", "إمارة", "أمير"].map { NameKey.hash(ofKey: NameKey.key($0)) })

    /// Whether the place at `span` follows محافظات ("the governorates of": محافظات جازان is the province's),
    /// unless a list goes on after it with و (محافظات الباحة والمندق والحجرة names three governorates).
    func afterGovernoratesWord(_ span: ByteSpan) -> Bool {
        guard wordBefore(span.start, isOneOf: Self.governoratesWord) else { return false }
        let next = firstToken(endingAfter: span.end)
        return !(next < tokens.count && tokens[next].kind == .word && text[tokens[next].start] == 0xD9 && text[tokens[next].start + 1] == 0x88)
    }

    static let governoratesWord = WordHashSet([NameKey.hash(ofKey: NameKey.key("محافظات"))])

    /// The word دول ("the states of").
    static let statesWord = WordHashSet([NameKey.hash(ofKey: NameKey.key("دول"))])

    /// Whether the text before byte `end` ends in ى, which no nationality word does (اليمنى is the right hand).
    func endsInAlefMaqsura(_ end: Int) -> Bool { end >= 2 && text[end - 2] == 0xD9 && text[end - 1] == 0x89 }

    /// Whether the word ending at byte `end` ends in ة.
    func endsInTaMarbuta(_ end: Int) -> Bool { end >= 2 && text[end - 2] == 0xD8 && text[end - 1] == 0xA9 }

    /// Whether the text at byte `start` begins with the article ال (or with أل or إل).
    func startsWithArticle(_ start: Int) -> Bool {
        start + 3 < text.count && text[start] == 0xD8 && (text[start + 1] == 0xA7 || text[start + 1] == 0xA3 || text[start + 1] == 0xA5)
            && text[start + 2] == 0xD9 && text[start + 3] == 0x84
    }

    /// Whether token `j` is a comma (، or ,); false for an index outside the article.
    func isComma(_ j: Int) -> Bool {
        j >= 0 && j < tokens.count && tokens[j].isComma(in: text)
    }

    /// Whether only spaces, commas and dashes lie between two byte offsets.
    func onlySeparators(_ a: Int, _ b: Int) -> Bool {
        guard a <= b, b - a <= 8 else { return false }
        return text[a..<b].allSatisfy { $0 == 0x20 || $0 == 0x2C || $0 == 0x2D || $0 == 0xD8 || $0 == 0x8C || $0 == 0x0A }
    }

    /// Whether a title at `a` stands in apposition to what starts at `b`: only separators and at most
    /// three honorifics between them (الدكتور، المهندس، الأمير، الشيخ…).
    func apposes(_ a: Int, _ b: Int) -> Bool {
        if onlySeparators(a, b) { return true }
        guard a <= b, b - a <= 60 else { return false }
        var words = 0
        for t in tokens[firstToken(endingAfter: a)...] {
            if t.start >= b { break }
            if t.end > b || t.start < a { return false }   // a proclitic in between (والأمير): a new phrase
            if t.kind == .punctuation, text[t.start] == 0x2C || (text[t.start] == 0xD8 && text[t.start + 1] == 0x8C) || abbreviationDot(t) { continue }
            // The key reads لل as ل + ال, but للشيخ (to the sheikh) begins another phrase.
            guard t.kind == .word, !text[t.start..<t.end].starts(with: "لل".utf8),
                  Self.honorifics.contains(uncachedKey(ByteSpan(t.start, t.end))) else { return false }
            words += 1
        }
        return words <= 3
    }

    /// Whether the words from `a` to `b` are the complement of a title and lead to a name: names of
    /// bodies and places (`names`), definite words that continue the title (العامة، والتوعية،
    /// بالجامعة، للانتخابات), a construct begun with ل or ب (لدول الخليج), في before a place, and
    /// honorifics; at most eight words, no punctuation but a comma, and no other word (a verb or
    /// preposition begins a new phrase: رئيس اللجنة على تحقيق توجيهات معالي الوزير).
    func complementLeads(from a: Int, to b: Int, names: [ByteSpan]) -> Bool {
        guard a <= b, b - a <= Self.longestComplement else { return false }
        var words = 0, previousWasIn = false
        for i in firstToken(endingAfter: a)..<tokens.count {
            let t = tokens[i]
            if t.start >= b { break }
            if t.end > b || t.start < a { return false }
            if t.kind == .punctuation, text[t.start] == 0x2C || (text[t.start] == 0xD8 && text[t.start + 1] == 0x8C) || abbreviationDot(t) { continue }
            guard t.kind == .word else { return false }
            words += 1
            let covered = names.contains { $0.start < t.end && t.start < $0.end }
            let written = text[t.start..<t.end]
            // An honorific with a preposition on it (للشيخ، والأمير) begins another phrase: لـ names who receives.
            if Self.startsWithClitic(written) {
                // لل is ل + ال: للشيخ is ل + الشيخ.
                var rest = string(ByteSpan(t.start + 2, t.end))
                if rest.hasPrefix("ل") { rest = "ا" + rest }
                if Self.honorifics.contains(NameKey.key(rest)) { return false }
            }
            let definite = ["ال", "وال", "بال", "لل", "وبال", "ولل"].contains { written.starts(with: $0.utf8) }
            let next = i + 1 < tokens.count && tokens[i + 1].end <= b ? tokens[i + 1] : nil
            let nextContinues = next.map { n in
                names.contains { $0.start < n.end && n.start < $0.end } || ["ال", "وال"].contains { text[n.start..<n.end].starts(with: $0.utf8) }
            } ?? false
            // ل or ب on the first noun of a construct: لدول الخليج، بأمانة منطقة جازان.
            let construct = (written.starts(with: "ل".utf8) || written.starts(with: "ب".utf8)) && nextContinues
            let wasIn = previousWasIn
            previousWasIn = false
            if definite || construct { continue }   // it continues the title, and is not في: no key needed
            let key = uncachedKey(ByteSpan(t.start, t.end))
            let beforePlace = !wasIn && key == "في" && next.map { n in names.contains { $0.start < n.end && n.start < $0.end } } == true
            previousWasIn = beforePlace
            guard covered || beforePlace || Self.honorifics.contains(key) else { return false }
        }
        return words <= 8
    }

    /// Whether a word starts with ل، و، ب or ف, which may be a proclitic (للشيخ، والأمير).
    static func startsWithClitic(_ w: ArraySlice<UInt8>) -> Bool {
        w.count > 4 && w.first == 0xD9 && [0x84, 0x88, 0x81].contains(w[w.startIndex + 1])
            || w.count > 4 && w.first == 0xD8 && w[w.startIndex + 1] == 0xA8
    }

    /// The most bytes a title's complement spans (رئيس بعثة مجلس التعاون في اليمن …).
    static let longestComplement = 160

    /// Prepositions and particles that never continue an organization's name.
    /// (As written: by `fnv1a` of their bytes.)
    static let functionWords = WordHashSet(["في", "من", "على", "إلى", "الى", "عن", "مع", "أن", "إن", "التي", "الذي", "بعد", "قبل",
                                            "خلال", "عبر", "حول", "منذ", "حتى", "لدى", "أو", "ثم", "كما", "قد", "لم", "لن", "هو", "هي",
                                            "اليوم", "أمس", "غدا", "الماضي", "المقبل", "الجاري", "الحالي", "الأخير"].map { fnv1a($0.utf8) })

    /// Whether token `t` is the period of an abbreviated honorific (د. for doctor, أ. for professor, م. for engineer).
    func abbreviationDot(_ t: Token) -> Bool {
        guard t.kind == .punctuation, t.end - t.start == 1, text[t.start] == 0x2E, t.start >= 2 else { return false }
        let letter = text[(t.start - 2)..<t.start]
        let before = t.start >= 3 ? text[t.start - 3] : 0x20
        guard before == 0x20 || before == 0x2E || before == 0x0A else { return false }   // a letter standing alone
        return letter.elementsEqual("د".utf8) || letter.elementsEqual("أ".utf8) || letter.elementsEqual("م".utf8)
    }

    static let honorifics: Set<String> = Set(["الدكتور", "الدكتورة", "د", "أ", "م", "المهندس", "الأستاذ", "الأستاذة", "الشيخ", "الأمير",
        "الأميرة", "الملك", "السيد", "السيدة", "اللواء", "العميد", "الفريق", "العقيد", "المستشار", "سمو", "معالي", "فضيلة", "سماحة"]
        .map { NameKey.key($0) })

    /// The index of the first token that ends after byte `a`.
    func firstToken(endingAfter a: Int) -> Int {
        if !tokenEndingAfter.isEmpty { return a < 0 ? 0 : a < text.count ? Int(tokenEndingAfter[a]) : tokens.count }
        var lo = 0, hi = tokens.count   // binary search in a text too long for the table
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end > a { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// Honorifics and relative pronouns, by `NameKey.hash(ofKey:)`: an organization's name stops before them
    /// (جامعة الحدود الشمالية | والدكتور يوسف الهاشم، مجلس التعاون الخليجي | والذي).
    static let endsNames = WordHashSet(honorifics.union(["الذي", "التي", "الذين"].map { NameKey.key($0) }).map(NameKey.hash(ofKey:)))

    /// Whether a comma (، or ,) and spaces lie between two offsets.
    func commaOnly(_ a: Int, _ b: Int) -> Bool {
        guard a <= b, b - a <= 6, onlySeparators(a, b) else { return false }
        return text[a..<b].contains(0x2C) || text[a..<b].contains(0x8C)
    }

    /// Byte lengths of proclitics to try at a word start: none, then و ب ل ف ك (and وب، ول).
    @inline(__always)
    func procliticLengths(at start: Int) -> ProcliticLengths {
        ProcliticLengths(count: text.withUnsafeBufferPointer { NameKey.procliticCount($0, at: start) })
    }
}
