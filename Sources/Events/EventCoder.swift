import MarsadCore
import ArabicText
import Entities
import Actors
import Temporal

/// One side of an event: the actor and the mention that names it.
public struct EventParty: Sendable, Equatable {
    /// The linked actor.
    public var actor: Resolution.LinkedActor
    /// Where the article names it.
    public var span: ByteSpan
    /// The actor's country or group code for dyads (`IRN`, `IGO`), from its country, else its CAMEO code.
    public var dyadCode: String {
        // Who acts for an international or non-governmental body is that body's side, not his country's (a
        // known actor: a head word's guess for a body only the article names is not enough).
        if !actor.isOnlyInText, let code = actor.code, code.hasPrefix("IGO") || code.hasPrefix("NGO") { return String(code.prefix(3)) }
        if let c = actor.country { return c }
        guard let code = actor.code, code.count >= 3 else { return "-" }
        let head = String(code.prefix(3))
        // International and group codes stand for themselves; a bare agent code (GOV, MIL) names no side.
        return ["IGO", "NGO", "MNC", "WST", "ARB", "EUR", "MOS", "IMG"].contains(head) ? head
            : CAMEOAgents.sideless.contains(head) ? "-" : head
    }
}

/// A coded event with its evidence.
public struct Event: Sendable {
    /// Polarity: whether the text affirms or denies the event.
    public enum Polarity: String, Sendable { case positive, negative }
    /// Whether it happened, will happen, is intended or only supposed.
    public enum Modality: String, Sendable { case asserted, future, intended, hypothetical }

    /// Index of the sentence in the document.
    public var sentence: Int
    /// The sentence (byte span).
    public var span: ByteSpan
    /// The trigger words (byte span).
    public var trigger: ByteSpan
    /// Who did it and to whom.
    public var sources: [EventParty], targets: [EventParty]
    /// The CAMEO code with its PLOVER mapping and Goldstein value.
    public var code: EventCode
    /// Where: a place named in the sentence, else the dateline's.
    public var place: Place?
    /// When: a date in the sentence, else the publication date (`dateSource` says which).
    public var date: String?, dateSource: String?
    /// Affirmed or denied; done, future, intended or hypothetical.
    public var polarity: Polarity, modality: Modality
    /// Who reports it, when the sentence attributes it (`نقلت صحيفة وول ستريت جورنال … أن`).
    public var reporter: EventParty?
    /// 0…1.
    public var confidence: Double
    /// Every trigger in the article that reports this same event (same date, sides and code).
    public var mentions: [ByteSpan]
}

/// Codes events sentence by sentence from triggers (`event-patterns.tsv`), the linked entities and agent
/// nouns (`agent-nouns.tsv`) around them, negation and modal words, and the time expressions of the sentence.
public struct EventCoder: Sendable {
    let patterns: EventPatterns
    let codebook: Codebook
    let agents: AgentNouns
    /// At most this many events per sentence (a 2,000-word run-on sentence must not explode).
    public var maximumPerSentence = 8

    /// The coder over the bundled patterns and codebook.
    public static let standard = EventCoder(patterns: .standard, codebook: .standard)

    /// The key hashes of one-word triggers whose noun is a meeting (لقاء، محادثات): PLOVER CONSULT.
    let meetingNouns: WordHashSet
    /// The name key of each function word and trigger word, by key hash: a word's key is looked up, not built
    /// from its letters again in every document.
    let wordKeys: [UInt64: String]
    /// Each thread's memo of the words that carry nothing for the coder.
    private let plainWords = ScratchPool { PlainWords() }

    /// Creates a coder.
    public init(patterns: EventPatterns, codebook: Codebook, agents: AgentNouns = .standard) {
        let meetings = patterns.byKey.keys.filter { key in
            !key.contains(" ") && patterns.pattern(key, verbAllowed: false).map { $0.kind == .noun && codebook.plover($0.cameo) == "CONSULT" } ?? false
        }
        let keys = Self.keysByHash(patterns)
        self.patterns = patterns; self.codebook = codebook; self.agents = agents
        meetingNouns = WordHashSet(meetings.map(NameKey.hash(ofKey:)))
        wordKeys = keys
    }

    /// The keys of the function words and of every word of the trigger forms, by key hash.
    static func keysByHash(_ patterns: EventPatterns) -> [UInt64: String] {
        var keys: [UInt64: String] = [:]
        for key in functionWords { keys[NameKey.hash(ofKey: key)] = key }
        for form in Array(patterns.byKey.keys) + Array(patterns.nounsUnderVerbs.keys) {
            for w in form.split(separator: " ") { keys[NameKey.hash(ofKey: String(w))] = String(w) }
        }
        return keys
    }

    static let normalizer = ArabicNormalizer(.matching)
    static let negators = KeySet(["لم", "لن", "لا", "ما", "ليس", "ليست", "عدم", "غير", "دون", "ولم", "ولن"].map { NameKey.key($0) })
    static let intent = KeySet(["يعتزم", "تعتزم", "ينوي", "تنوي", "استعداد", "استعداده", "استعدادها", "استعدادا", "مستعد",
                                          "مستعدة", "عرض", "عرضت", "يعرض", "اقترح", "اقترحت", "يقترح", "يسعى", "تسعى", "يأمل", "تأمل",
                                          "يريد", "تريد", "خطة", "رغبة", "يرغب", "ترغب", "مبادرة", "جاهزية", "جاهزيته", "جاهزيتها", "تعهد", "تعهدت", "يتعهد",
                                          "تتعهد"].flatMap { [NameKey.key($0), NameKey.key("و" + $0)] })
    /// Intent words written with ة, whose name key drops it (خطة → خط).
    static let feminineIntent = KeySet(["خطة", "رغبة", "مبادرة"].flatMap { [NameKey.key($0), NameKey.key("و" + $0)] })
    /// Conditions and possibilities: what follows them may not happen (إذا، لو، يمكن البدء في محادثات).
    static let hypothetical = KeySet(["إذا", "لو", "حال", "متى", "كلما", "ربما", "يمكن", "يمكنه", "يمكنها", "بإمكان", "محتمل"]
        .flatMap { [$0, "و" + $0, "ف" + $0] }.map { NameKey.key($0) } + [NameKey.key("لربما")])
    /// Words that put what follows ahead (من المتوقع أن يصادق، من المقرر أن يعقد).
    static let expected = KeySet(["المتوقع", "المقرر", "المنتظر", "المرتقب", "يتوقع", "تتوقع", "توقع", "وتوقع", "توقعت"].map { NameKey.key($0) })
    static let reporting = KeySet(["نقلت", "نقل", "ذكرت", "ذكر", "أفادت", "أفاد", "أوردت", "كشفت", "كشف", "قالت", "بحسب",
                                             "وفقا"].map { NameKey.key($0) })
    /// Who and what a hospital, a polling station, an airport or an office receives: no guests of a host (the
    /// wounded and the displaced among them).
    static let notGuests = inNeed.union(["الناخبين", "ناخبين", "الناخبات", "الطلاب", "طلاب", "الطالبات", "طالبات", "المرضى", "مرضى",
                                   "الحالات", "حالات", "الطلبات", "طلبات", "البلاغات", "بلاغات", "الشكاوى", "شكاوى", "الاتصالات",
                                   "اتصالات", "المكالمات", "الحجاج", "حجاج", "المعتمرين", "معتمرين", "المسافرين", "مسافرين", "الركاب",
                                   "ركاب", "المراجعين", "مراجعين", "المتقدمين", "المتقدمات", "الرسائل", "رسائل", "المشاركات", "مشاركات", "الترشيحات",
                                   "المقترحات", "مقترحات", "مقترحاتهم", "الملاحظات", "ملاحظات", "الآراء", "الزوار", "زوار", "الزائرين",
                                   "المصلين", "الجمهور", "الأطفال", "المواليد", "الجثث", "جثث", "جثامين", "جثمان"].map { NameKey.key($0) })
    /// Those who carried an act out (منفذي الهجوم، مرتكبي التفجير), and the one who did (منفذ الهجوم), whom a name
    /// right before is.
    static let perpetrators = perpetrator.union(["منفذي", "منفذو", "لمنفذي", "ومنفذي", "مرتكبي", "مرتكبو", "لمرتكبي"].map { NameKey.key($0) })
    static let perpetrator = KeySet(["منفذ", "مرتكب"].map { NameKey.key($0) })
    /// Words that brand an act (عمل إرهابي، الحادث الإجرامي، الاعتداء الآثم، الهجوم الجبان).
    static let condemning = KeySet(["إرهابي", "إرهابية", "الإرهابي", "الإرهابية", "إجرامي", "إجرامية", "الإجرامي", "الإجرامية",
                                    "جبان", "جبانة", "الجبان", "الجبانة", "آثم", "آثمة", "الآثم", "الآثمة", "وحشي", "وحشية",
                                    "الوحشي", "الوحشية", "غادر", "غادرة", "الغادر", "الغادرة", "الدنيء", "الخسيس", "بالإرهابي",
                                    "بالإجرامي", "بالجبان"].map { NameKey.key($0) })
    /// Words that point esteem at its object (التقدير من الجمهور، الشكر والتقدير إلى، على رعايتكم، التقدير الذي وجهه).
    static let esteemTo = KeySet(["من", "إلى", "على", "الذي", "التي"].map { NameKey.key($0) })
    /// The words before a ruler's name (الملك سلمان، السلطان قابوس).
    static let royalTitles = KeySet(["الملك", "السلطان", "الرئيس", "الإمام"].map { NameKey.key($0) })
    /// Deeds esteemed (تقدير جهود رجال الأمن، تقدير دور المملكة).
    static let esteemedDeeds = KeySet(["جهود", "جهد", "دور", "مواقف", "عطاء", "عطاءات"].map { NameKey.key($0) })
    /// The wounded and the displaced, whom a country takes in from another.
    static let inNeed = KeySet(["الجرحى", "جرحى", "المصابين", "مصابين", "اللاجئين", "لاجئين", "النازحين", "نازحين"].map { NameKey.key($0) })
    /// Planes, ships and loads: one that arrives makes no visit.
    static let vehicles = KeySet(["طائرة", "طائرات", "الطائرة", "الطائرات", "سفينة", "سفن", "السفينة", "باخرة", "الباخرة",
                                            "شحنة", "الشحنة", "قافلة", "القافلة", "المساعدات", "مساعدات", "الدفعة", "دفعة"].map { NameKey.key($0) })

    /// Words of speech: an outlet with ل after one is who was told (قال لرويترز، في تصريح لـ"الرياض").
    static let speech = KeySet((Array(reporting) + ["قال", "أكد", "أكدت", "أوضح", "أوضحت", "صرح", "صرحت", "تصريح", "تصريحات",
                                                              "تصريحه", "تصريحها", "أضاف", "أضافت", "حديث", "حديثه", "حديثها", "قالوا",
                                                              "يقول", "تقول", "أبلغ", "أبلغت", "أبلغتها", "أبلغته"].map { NameKey.key($0) })
        .flatMap { [$0, NameKey.key("و" + $0)] })
    static let people = KeySet(["المواطنين", "المواطنون", "مواطنين", "مواطنون", "الأهالي", "أهالي", "السكان", "سكان",
                                          "الشعب", "المحتجين", "المتظاهرين", "المتظاهرون"].map { NameKey.key($0) })
    /// Families, the injured, staff, students: people an event reaches, of the article's country when unnamed.
    static let circles = KeySet(["أسرة", "أسر", "عائلة", "عائلات", "ذوي", "المصابين", "الجرحى", "الموظفين", "موظفي",
                                           "الطلاب", "المعلمين", "المرضى", "الأسر"].map { NameKey.key($0) })
    static let peopleReached = people.union(circles)
    static let prepositions = KeySet(["مع", "بين", "إلى", "الى", "على", "في", "ضد", "من", "عن", "لدى"].map { NameKey.key($0) })
    static let with = KeySet(["مع", "بين"].map { NameKey.key($0) })
    static let between = NameKey.key("بين")
    /// Prepositions that put a noun in a verb's object (دعا إلى ضرورة، شدد على ضرورة).
    static let objectMarkers = KeySet(["إلى", "الى", "على"].map { NameKey.key($0) })
    /// Relative pronouns, and ما (كل ما يهدد).
    static let relatives = KeySet(["التي", "الذي", "الذين", "ما"].map { NameKey.key($0) })
    /// Words that make a meeting noun after them a time frame (بعد اللقاء، خلال الزيارة، في ختام الاجتماع).
    /// The frames among them that set what follows during the meeting named after them (خلال اللقاء).
    static let duringFrames = KeySet(["خلال", "أثناء", "اثناء"].flatMap { [NameKey.key($0), NameKey.key("و" + $0)] })
    static let frames = KeySet(["بعد", "خلال", "قبل", "أثناء", "اثناء", "عقب", "نهاية", "ختام", "بداية", "مستهل", "هامش",
                                          "إثر", "اثر"].flatMap { [NameKey.key($0), NameKey.key("و" + $0)] })
    /// The feminine perfect of قتل, and the forces that follow it as its subject (قتلت قوات الاحتلال).
    static let killedShe = KeySet(["قتلت", "وقتلت"].map { NameKey.key($0) })
    static let forces = KeySet(["قوات", "القوات", "طائرات", "ميليشيات", "مليشيات", "الشرطة", "شرطة", "جماعة", "الجماعة", "عناصر",
                                "وحدات", "دورية"].map { NameKey.key($0) })
    /// هاجم and its forms, which attack with words or with arms.
    static let attackVerbs = KeySet(["هاجم", "هاجمت", "يهاجم", "تهاجم", "وهاجم", "وهاجمت", "هاجموا", "وهاجموا"].map { NameKey.key($0) })
    /// Buildings and vehicles one attacks with arms (with `territory`).
    static let attackedThings = KeySet(["منزل", "منازل", "منزلهم", "منزلا", "منزلين", "بيت", "بيوت", "مسجد", "مسجدا", "كنيسة", "سفينة",
                                        "سفن", "بوارج", "سيارة", "سيارات", "دورية", "دوريات", "قافلة", "ثكنة", "مخفر", "مفوضية",
                                        "مقرا", "الأبراج", "أبراج", "طائرة", "مخيم", "قرى", "ثلاث", "كمين", "نقطة", "حافلة",
                                        "مستشفى", "مدرسة", "فندق", "فندقا", "سجن", "مواقع", "موقعا"].map { NameKey.key($0) })
    /// Was (كان): كان باستقباله, he was met by.
    static let was = KeySet(["كان", "وكان", "كانت", "وكانت"].map { NameKey.key($0) })
    /// Lifting or easing (رفع العقوبات، تخفيف الحصار).
    static let lifting = KeySet(["رفع", "برفع", "لرفع", "ورفع", "تخفيف", "بتخفيف", "لتخفيف", "وتخفيف", "إلغاء", "بإلغاء", "رفعت", "يرفع",
                                 "ترفع", "سترفع", "سيرفع"].map { NameKey.key($0) })
    /// Words that set an event named after them in the past of the sentence's own (منذ التوقيع، بعد غارة).
    static let pastFrames = since.union(["منذ", "ومنذ"].map { NameKey.key($0) })
    /// Last words of titles that name the body they are of with ل right after them (الأمين العام للأمم المتحدة،
    /// رئيس للجنة), or, written without ال, in construct (رئيس الحكومة).
    static let complementHeads = KeySet(["العام", "رئيس", "مدير", "أمين", "نائب", "مندوب", "ممثل", "المتحدث", "الناطق",
                                         "عضو", "سفير", "مستشار", "التنفيذي"].map(NameKey.key))
    /// Words that head a title or a body: a trigger noun right after one is part of its name.
    static let heads = KeySet(["رئيس", "رؤساء", "مدير", "مديرة", "مديري", "أمين", "نائب", "لجنة", "مركز", "هيئة",
                                         "إدارة", "قسم", "مكتب", "فريق", "غرفة", "وحدة", "منسق", "مسؤول", "منظمة", "منظمات", "وكالة",
                                         "وكالات", "جمعية", "جمعيات", "فرق", "هيئات", "حي", "رئيسا", "رئاسة", "سكرتير", "مديرا"].flatMap { w in ["", "و", "ل", "ول"].map { NameKey.key($0 + w) } })
    /// Words that express a stance named by the noun after them (أكد دعم، جدد دعمه، أعرب عن شكره).
    static let expresses = KeySet(["أكد", "أكدت", "مؤكدا", "مؤكدة", "جدد", "جددت", "مجددا", "أبدى", "أبدت", "عن",
                                             "أعرب", "أعربت", "معربا", "معربة", "مبديا", "مبدية", "عبر", "عبرت"]
        .flatMap { [NameKey.key($0), NameKey.key("و" + $0)] })
    /// Words that describe a mention by another (الموالي للأكراد، التابعة لداعش، المتحالفة مع إيران): what follows
    /// them is no side.
    static let describers = allies.union(["الموالي", "الموالية", "الموالين", "الموالون", "التابع", "التابعة", "التابعين",
                                                       "المقرب", "المقربة", "المقربين"].map { NameKey.key($0) })
    /// Participles of manner among them: their speaker is the sentence's subject (معربا عن تقديره).
    static let halExpressers = KeySet(["مؤكدا", "مؤكدة", "مجددا", "معربا", "معربة", "مبديا", "مبدية"].map { NameKey.key($0) })
    /// Words whose complement is an attack already done (موقع التفجير، ضحايا الهجوم، جراء القصف، هذا التفجير، متأثرين
    /// بإصابتهما بالتفجير، مقتل شخصين في الهجوم).
    static let scenes = KeySet(["موقع", "مكان", "حادث", "حادثة", "ضحايا", "جراء", "إثر", "اثر", "نتيجة", "مسرح", "هذا", "هذه", "ذلك", "تلك",
                                "إصابة", "إصابته", "إصابتها", "إصابتهم", "إصابتهما", "بإصابة", "بإصابته", "بإصابتها", "بإصابتهم",
                                "بإصابتهما", "مقتل", "بمقتل", "مصرع", "استشهاد", "باستشهاد", "وفاة", "بوفاة"]
        .flatMap { [NameKey.key($0), NameKey.key("و" + $0)] })
    /// Words before the agent of a passive killing (على يد، بأيدي، برصاص، بنيران).
    static let agentMarkers = KeySet(["يد", "يدي", "أيدي", "بأيدي", "بيد", "برصاص", "بنيران", "بقصف"].map { NameKey.key($0) })
    /// Words written with ب that are no ب object (طالب سعودي بعدما، بين، بسبب).
    static let notObjects = KeySet(["بعد", "بعدما", "بعدها", "بين", "بسبب", "بدون", "بينما", "بشكل", "بحسب", "بعض"].map { NameKey.key($0) })
    /// Words after which a verb opens a clause (كما طالب، الذي طالب، وقد طالب).
    static let clauseOpeners = KeySet(["قد", "وقد", "فقد", "لقد", "ولقد", "كما", "ثم", "الذي", "التي", "الذين", "حيث", "بينما",
                                                 "فيما", "كان", "وكان", "كانت", "وكانت", "جانبه", "جانبها", "جهته", "جهتها"].flatMap { [NameKey.key($0), NameKey.key("و" + $0)] })
    /// PLOVER types of nouns whose doer may follow من (انتقادات من، مساعدات من، تهديدات من).
    static let doerAfterFrom: Set<String> = ["ACCUSE", "SUPPORT", "THREATEN", "REQUEST", "AID", "REJECT", "SANCTION"]
    static let yadeen = NameKey.key("يدين"), tadeen = NameKey.key("تدين"), liberation = NameKey.key("تحرير")
    static let control = NameKey.key("سيطرة"), on = NameKey.key("على"), esteem = NameKey.key("تقدير"), least = NameKey.key("أقل")
    static let attributed1 = NameKey.key("عزى"), attributed2 = NameKey.key("عزت")
    /// على with a pronoun (السيطرة عليها).
    static let onIt = KeySet(["عليه", "عليها", "عليهم", "عليهما", "عليهن"].map { NameKey.key($0) })
    /// Ground one takes control of (السيطرة على حي التواهي، على المطار، على مساحة من الأرض).
    static let territory = KeySet(["مدينة", "مدن", "منطقة", "مناطق", "حي", "أحياء", "احياء", "مطار", "ميناء", "قاعدة", "جبل", "جبال",
                                   "معسكر", "معسكرات", "مديرية", "مديريات", "محافظة", "بلدة", "بلدات", "قرية", "قرى", "موقع", "مواقع",
                                   "مقر", "مقرات", "مبنى", "مباني", "قصر", "مركز", "طريق", "خط", "مساحة", "مساحات", "أراض", "أراضي",
                                   "اراضي", "أرض", "ارض", "الأرض", "أجزاء", "اجزاء", "جزء", "مدخل", "مداخل", "تلة", "تلال", "منفذ",
                                   "منافذ", "حقل", "حقول", "جزيرة", "ريف", "شارع", "ساحل", "إقليم", "ولاية", "عاصمة", "العاصمة",
                                   "محيط", "ضواحي", "وسط", "شمال", "جنوب", "شرق", "غرب", "بلاد", "البلاد", "سد", "معبر", "معابر",
                                   "حاجز", "حواجز", "نقطة", "نقاط", "مرتفعات", "جسر", "ثكنة", "مجال", "قواعد", "مطارات", "موانئ",
                                   "بلدتي", "بلدتين", "مدينتي", "مدينتين", "منطقتي", "منطقتين", "مديريتي", "مديريتين", "قريتي",
                                   "قريتين", "محافظتي", "محافظتين", "معقل", "معاقل", "سهل", "طرق", "مؤسسات", "مقار"].map { NameKey.key($0) })
    /// Words that may stand between السيطرة على and the ground taken (على معظم، على أربع مديريات، على هذه المواقع).
    static let partOf = KeySet(["المزيد", "مزيد", "أكبر", "اكبر", "أحد", "احد", "إحدى", "احدى", "ثاني", "كامل", "معظم", "أغلب",
                                "اغلب", "كل", "جميع", "بقية", "باقي", "عدد", "عشرات", "بعض", "هذه", "هذا", "تلك", "ذلك", "اثنين",
                                "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة", "ثماني", "ثمانية", "تسع",
                                "تسعة", "عشر", "عشرة"].map { NameKey.key($0) })
    /// Adverbs with ب that may follow a condemnation (يدين بشدة).
    static let manners = KeySet(["بشدة", "بقوة", "بأشد", "بكل", "بأقسى", "بحزم"].map { NameKey.key($0) })
    static let encounter = NameKey.key("لقاء"), any = NameKey.key("أي"), against = NameKey.key("ضد"), signing = NameKey.key("توقيع")
    /// Words of time before and after: what follows one happened earlier (بعد توقيع الاتفاق).
    static let since = KeySet(["بعد", "قبل", "عقب", "إثر", "اثر"].flatMap { [NameKey.key($0), NameKey.key("و" + $0)] })
    /// Parts of an agreement: the agreement after one is named, not made (بنود الاتفاقية).
    static let agreementParts = KeySet(["بنود", "نص", "تفاصيل", "مسودة", "شروط", "بموجب", "تنفيذ", "بتنفيذ", "وتنفيذ", "تطبيق",
                                                  "بتطبيق", "وتطبيق"].map { NameKey.key($0) })
    /// What a round (جولة) may be of besides a visit: جولة العنف الجديدة، جولة الإعادة.
    static let roundsOf = KeySet(["العنف", "القتال", "الاقتتال", "الاشتباكات", "المعارك", "الانتخابات", "الإعادة", "الاعادة",
                                            "التصفيات", "الدوري", "التفاوض", "الحوار"].map { NameKey.key($0) })
    /// Sums and prices: لقاء before one is "in return for" (لقاء كفالة، لقاء مبلغ).
    static let prices = KeySet(["كفالة", "مبلغ", "ثمن", "أجر", "أجرة", "رسوم", "مقابل", "مكافأة", "تعويض", "دفع", "مبالغ"]
        .map { NameKey.key($0) })
    /// The importance or need of a thing, stressed (نوه بأهمية الرد، يشيد بضرورة): said, not praised.
    static let importance = KeySet(["بأهمية", "بضرورة", "وبأهمية", "وبضرورة"].map { NameKey.key($0) })
    /// Where a verb of travel arrives that is no place (وصل إلى حد القطيعة، يصل إلى مرحلة، إلى مستوى).
    static let extents = KeySet(["حد", "درجة", "مرحلة", "مستوى", "مستويات", "ذروة", "ذروته", "طريق", "نهاية", "قناعة", "نتيجة",
                                 "نقطة"].map { NameKey.key($0) })
    /// Kinds of a thing (ظواهر التفجير، أشكال العنف، أنواع الاعتداءات): an act named as a kind is none that happened.
    /// (Not شكل or نوع alone: على شكل مساعدات is aid given in that form.)
    static let kindsOf = KeySet(["ظاهرة", "ظواهر", "أشكال", "أنواع"].flatMap { [NameKey.key($0), NameKey.key("و" + $0)] })
    /// Preventing and forbidding, before the act prevented (منع الهجمات، تمنع احتجاز الجثث، حظر الاعتقال التعسفي).
    static let preventing = KeySet(["منع", "لمنع", "ومنع", "بمنع", "تمنع", "يمنع", "حظر", "لحظر", "وحظر", "بحظر", "تحظر", "يحظر"]
        .map { NameKey.key($0) })
    /// Masdars of doing before an act asked for (طالب بفرض العقوبات، دعا إلى عقد اجتماع، إلى إرسال المساعدات); not وقف
    /// or إنهاء, whose act is going on (دعا إلى وقف القصف).
    static let doings = KeySet(["فرض", "إجراء", "عقد", "تقديم", "إرسال", "توقيع", "شن", "تنظيم", "إقامة", "إصدار"]
        .flatMap { [NameKey.key($0), NameKey.key("ب" + $0), NameKey.key("و" + $0), NameKey.key("وب" + $0)] })
    /// عشر and عشرة after اثنى (twelve).
    static let teens = KeySet(["عشر", "عشرة"].map { NameKey.key($0) })
    /// What makes a لقاء an interview or a forum (لقاء تلفزيوني، اللقاء الصحفي، لقاء مفتوح), not talks between sides.
    static let interviews = KeySet(["تلفزيوني", "متلفز", "صحفي", "صحافي", "إذاعي", "اذاعي", "مفتوح", "حواري"].map { NameKey.key($0) })
    /// Words of an accident: the dead of a crash, a fire or a drowning were killed by no one (قتلوا في الحادث الذي وقع
    /// إثر اصطدام).
    static let accidents = KeySet(["اصطدام", "تصادم", "مروري", "مرورية", "حريق", "غرق", "غرقا", "انهيار", "صعق", "صعقا", "دهس",
                                   "دهسا", "صاعقة", "زلزال", "فيضانات", "فيضان", "سيول", "عاصفة", "إعصار", "انهيارات"].flatMap { [NameKey.key($0), NameKey.key("ب" + $0), NameKey.key("و" + $0)] })
    /// Words that stress what follows (شدد على ضرورة، أكد ضرورة، وجه بضرورة): a necessity after one is asked for.
    static let stressers = speech.union(expresses).union(["شدد", "شددت", "يشدد", "مشددا", "مشددة", "وجه", "وجهت", "أوصى",
                                                          "أوصت", "نبه", "نبهت", "مشيرا", "مشيرة", "أشار", "أشارت", "لافتا", "لافتة"].flatMap { [NameKey.key($0), NameKey.key("و" + $0)] })
    static let necessity = NameKey.key("ضرورة")
    /// What an office receives besides visitors (استقبال طلبات المتقدمين، استقبال البلاغات): no one is hosted.
    static let paperwork = KeySet(["طلبات", "طلب", "ملفات", "بلاغات", "شكاوى", "شكاوي", "المتقدمين", "المتقدمات", "استفسارات",
                                   "اتصالات", "مكالمات", "رسائل", "وثائق"].map { NameKey.key($0) })
    /// What one signs (وقعا على اتفاق، سيوقع اتفاقية): a signing verb with none after it is something else (وقعا في وقت
    /// واحد: they happened; يوقع به العقاب: he inflicts).
    static let signables = KeySet(["على", "اتفاق", "اتفاقا", "اتفاقية", "اتفاقيات", "مذكرة", "مذكرتي", "مذكرات", "معاهدة", "عقد",
                                   "عقدا", "عقود", "بروتوكول", "ميثاق", "وثيقة", "إعلان", "اعلان", "البيان", "بيان"].map { NameKey.key($0) })
    /// Words that make control a state (الخاضعة لسيطرة الحوثيين، تحت سيطرة الجيش), not a seizure.
    static let underControl = KeySet(["تحت", "الخاضعة", "الخاضع", "خاضعة", "خاضع", "تخضع", "يخضع", "الخاضعين"].map { NameKey.key($0) })
    /// حالة احتجاز, حالات احتجاز: people trapped (in a rockslide, a lift), whom rescuers free.
    static let cases = KeySet(["حالة", "حالات", "حالتا", "حالتي", "حالتين"].map { NameKey.key($0) })
    /// Words after which على طلب is a request granted (بناء على طلب، وافق على طلب، نزولا عند طلب).
    static let granting = KeySet(["بناء", "بناءا", "وافق", "وافقت", "يوافق", "توافق", "موافقة", "الموافقة", "نزولا", "وبناء"].map { NameKey.key($0) })
    static let from = NameKey.key("من"), before = NameKey.key("قبل"), inWord = NameKey.key("في"), summit = NameKey.key("قمة")
    static let onTop = KeySet(["على", "تربع", "اعتلى", "يتربع", "يعتلي", "تتربع"].map { NameKey.key($0) })
    static let searchRoot = NameKey.key("بحث"), about = NameKey.key("عن"), ma = NameKey.key("ما"), readiness = NameKey.key("استعداد")
    /// Words after which ما is a relative pronoun or a mere particle, not a negation (وهو ما أثار، كل ما قدمه، بعد ما،
    /// سرعان ما ندد، إذا ما دعت الحاجة).
    static let beforeRelativeMa = beforeWhatMa.union(["بعد", "أكثر", "أهم", "أبرز", "عند", "مثل", "سرعان", "وسرعان", "فسرعان", "عادة",
                                                      "وعادة", "غالبا", "وغالبا", "كثيرا", "قليلا", "نادرا", "إذا", "وإذا", "فإذا", "متى"]
        .map { NameKey.key($0) })
    /// Words after which ما is "what" or "which" (وهو ما دعا الجيش إلى الانسحاب، كل ما تطلبه، وفق ما يتفق عليه الخبراء): the
    /// verb after it tells what something does or what anyone would, no act the news reports. (After أبرز، أهم it is
    /// an act reported: أبرز ما اتفق عليه الجانبان.)
    static let beforeWhatMa = KeySet(["هو", "وهو", "هي", "وهي", "هذا", "وهذا", "كل", "مع", "وفق", "حسب", "بحسب", "إلى", "على",
                                      "في", "من", "عن", "بين"].map { NameKey.key($0) })
    /// مما ("which", of what went before: مما يدعم الأمن).
    static let fromWhat = KeySet(["مما", "ومما"].map { NameKey.key($0) })
    /// قام به، قامت بها: the relative clause that names who did it.
    static let carriedOut = KeySet(["قام", "قامت", "يقوم", "تقوم", "قاموا"].map { NameKey.key($0) })
    static let withIt = KeySet(["به", "بها"].map { NameKey.key($0) })
    /// لم يعد: "no longer".
    static let noLonger = KeySet(["يعد", "تعد", "يعودوا"].map { NameKey.key($0) })
    /// Words for an amount that a verb of arrival reaches (وصل عدد، وصلت قيمة).
    static let amounts = KeySet(["عدد", "حجم", "إجمالي", "اجمالي", "مجموع", "قيمة", "نسبة", "معدل", "عائدات", "مبيعات", "سعر", "أسعار",
                                 "تكلفة", "كلفة"].map { NameKey.key($0) })
    /// Where, when or how someone was killed, right after a passive verb with no object (قتل في غارة، قتل أمس).
    static let circumstances = KeySet(["في", "أثناء", "خلال", "بعد", "برصاص", "بنيران", "جراء", "إثر", "اليوم", "أمس", "مساء", "صباح"]
        .map { NameKey.key($0) })
    /// Giving out a name, or not (عدم ذكر، نشر، الكشف عن).
    static let disclosing = KeySet(["ذكر", "نشر", "الكشف", "كشف", "الإفصاح", "الإعلان", "عن", "عدم"].map { NameKey.key($0) })
    /// One's own name or identity (اسمه، هويتها).
    static let ownName = KeySet(["اسمه", "اسمها", "اسمهم", "اسمهما", "هويته", "هويتها", "هويتهم", "هويتهما"].map { NameKey.key($0) })

    /// Whether the words after a trigger ask that a name stay unsaid: عدم نشر اسمه، ذكر اسمه، عدم الكشف عن هويته.
    static func unnamed(_ next: ArraySlice<Word>, _ text: [UInt8], _ tokens: [Token]) -> Bool {
        guard let k = next.firstIndex(where: { !disclosing.holds($0, text, tokens) }), k > next.startIndex else { return false }
        return ownName.holds(next[k], text, tokens)
    }

    /// من as "whoever", with the particles written on it.
    static let whoever = KeySet(["من", "ومن", "فمن", "ممن", "لمن"].map { NameKey.key($0) })
    /// قد: before an imperfect verb, "may".
    static let may = KeySet(["قد", "وقد"].map { NameKey.key($0) })
    /// What is signed that is no agreement between sides (وقع قانونا، يوقع مرسوما).
    static let signedActs = KeySet(["قانون", "قانونا", "مرسوم", "مرسوما", "قرار", "قرارا", "أمر", "أمرا"].map { NameKey.key($0) })
    /// Verbs with a pronoun for the attack they follow (هجوم شنته قوات هادي): their subject is the attacker.
    static let perpetrated = KeySet(["شنه", "شنته", "شنها", "نفذه", "نفذته", "نفذها", "ارتكبه", "ارتكبته", "ارتكبها",
                                               "تبناه", "تبنته", "تبنتها"].map { NameKey.key($0) })
    /// Honorifics before a name (استقبل صاحب السمو الملكي الأمير فيصل): no distance between a verb and its subject.
    static let honorifics = KeySet(["صاحب", "السمو", "الملكي", "سمو", "معالي", "سعادة", "فخامة", "جلالة", "دولة",
                                              "الأمير", "الشيخ", "الدكتور", "د", "المهندس", "الأستاذ", "السيد", "السيدة"].map { NameKey.key($0) })

    /// PLOVER types whose nouns after ب name a manner rather than an event (بالتنسيق مع، بدعم من، بترحيب).
    static let mannerNouns: Set<String> = ["COOPERATE", "SUPPORT"]

    /// Whether the verb at word `i` takes the object it needs: a word written with it (`written`: ب) or
    /// that is it (`word`: عن) comes, past the subject and any adverb, before another preposition or أن.
    static func takesObject(after i: Int, _ words: [Word], _ tokens: [Token], _ text: [UInt8], _ args: [Argument],
                            _ written: (Token) -> Bool, word: String? = nil) -> Bool {
        for w in words[(i + 1)..<min(words.count, i + 12)] {
            let t = tokens[w.token]
            if args.contains(where: { $0.span.covers(t) }) { continue }
            if (written(t) && !notObjects.contains(w)) || (word != nil && w.key == word) { return true }
            if prepositions.contains(w) || complementizers.contains(w) { return false }
        }
        return false
    }

    /// Words of sports news: a sentence with two of them speaks of games, not diplomacy.
    static let sports = KeySet(["المباراة", "مباراة", "الدوري", "الفريق", "فريق", "اللاعب", "لاعب", "اللاعبين", "المدرب",
                                          "الملعب", "ملعب", "الموسم", "المنتخب", "التعاقد", "البطولة", "كأس", "الجولة", "التدريبات"]
        .flatMap { [NameKey.key($0), NameKey.key("و" + $0), NameKey.key("ل" + $0)] })
    /// Words only sports news uses: four of them make an article sports news.
    /// (Not هدف، a target too, nor الدوري, whose key is the periodic الدورية's.)
    static let games = KeySet(["المباراة", "مباراة", "المباريات", "مباريات", "اللاعب", "لاعب", "اللاعبين", "لاعبي", "المدرب", "الملعب",
                                         "المنتخب", "الشوط", "ركلة", "هدفين", "النادي", "نادي", "الأندية", "التعاقد", "الإعارة"]
        .flatMap { [NameKey.key($0), NameKey.key("و" + $0), NameKey.key("ل" + $0), NameKey.key("ب" + $0)] })
    static let gameHashes = WordHashSet(games.map(NameKey.hash(ofKey:)))
    static let god = KeySet(["الله", "المولى", "ربه", "ربها", "الباري"].map { NameKey.key($0) })
    /// What follows God's name in a prayer (الله أن، المولى عز وجل، الله تعالى، المولى القدير).
    static let prayerFollowers = KeySet(["أن", "عز", "تعالى", "القدير", "سبحانه", "جل"].map { NameKey.key($0) })
    /// Feelings a thing gives cause for (يدعو للتفاؤل، تدعو إلى القلق): no appeal.
    static let feelings = KeySet(["التفاؤل", "القلق", "الفخر", "الاعتزاز", "الاستغراب", "الدهشة", "التساؤل", "الأسف", "الحزن",
                                            "السخرية", "الريبة", "الشك", "الاطمئنان", "الارتياح", "الإحباط", "التشاؤم", "الاستهجان", "الضحك"]
        .flatMap { [NameKey.key($0), NameKey.key("ل" + $0)] })
    static let toward = KeySet(["إلى", "الى"].map { NameKey.key($0) })
    static let complementizers = KeySet(["أن", "إن", "بأن"].map { NameKey.key($0) })

    /// Who the next sentence's unnamed subject is (وقال، وأضاف) when this one codes no event: the first
    /// person with a role it names, if any.
    static func rememberFirstPerson(_ args: [Argument], _ lastSubject: inout EventParty?) {
        if let a = args.first(where: { $0.actor.map { $0.id != $0.country && $0.role != nil } ?? false }) {
            lastSubject = EventParty(actor: a.actor!, span: a.span)
        }
    }

    /// Whether a token starts with ب, or و then ب.
    static func startsWithBa(_ text: [UInt8], _ t: Token) -> Bool {
        func ba(_ i: Int) -> Bool { i + 1 < t.end && text[i] == 0xD8 && text[i + 1] == 0xA8 }
        return ba(t.start) || (t.start + 1 < t.end && text[t.start] == 0xD9 && text[t.start + 1] == 0x88 && ba(t.start + 2))
    }

    /// Whether a token starts with ل (لإغاثة، للتفاوض).
    static func startsWithLam(_ text: [UInt8], _ t: Token) -> Bool {
        t.start + 3 < t.end && text[t.start] == 0xD9 && text[t.start + 1] == 0x84
    }

    /// Whether a token starts with لل (ل and the article: للشعب، للحكومة), or و then لل, and goes on past it.
    static func startsWithLamAl(_ text: [UInt8], _ t: Token) -> Bool {
        func lamLam(_ i: Int) -> Bool { i + 5 < t.end && text[i] == 0xD9 && text[i + 1] == 0x84 && text[i + 2] == 0xD9 && text[i + 3] == 0x84 }
        return lamLam(t.start) || (t.start + 1 < t.end && text[t.start] == 0xD9 && text[t.start + 1] == 0x88 && lamLam(t.start + 2))
    }

    /// Whether a punctuation token is one of the quotation marks `QuoteFinder` pairs (" « » “ ”).
    static func isQuoteMark(_ text: [UInt8], _ t: Token) -> Bool {
        let (scalar, length) = text.withUnsafeBufferPointer { UTF8Scalars.decode($0, t.start) }
        return length == t.end - t.start && QuoteFinder.isMark(scalar)
    }

    /// Words for a room or an area: a meeting noun after one names a facility (منطقة للاستقبال، صالة الاجتماعات).
    static let facilities = KeySet(["منطقة", "صالة", "قاعة", "قاعات", "صالات"].flatMap { w in ["", "و", "ب"].map { NameKey.key($0 + w) } })

    /// An honorific with a pronoun (سموه، معاليه، فخامته): after a noun, the one whose act it is. (Keys drop
    /// a final ه, so the written word is checked for it too.)
    static let honouredPronouns = KeySet(["سموه", "سموها", "معاليه", "معاليها", "فخامته", "جلالته", "سعادته", "سعادتها",
                                                    "سماحته", "فضيلته", "دولته"].map { NameKey.key($0) })

    /// The word of stating that expresses the noun at `i` (أعرب عن استنكاره، أكد دعم، معربا في هذا الصدد عن تقديره),
    /// right before it or before its عن.
    static func expressedBy(_ words: [Word], _ i: Int) -> Word? {
        guard i > 0, expresses.contains(words[i - 1]) else { return nil }
        guard words[i - 1].key == about else { return words[i - 1] }
        return words[max(0, i - 6)..<(i - 1)].last { expresses.contains($0) && $0.key != about } ?? words[i - 1]
    }

    /// Whether the trigger at `span` follows جرى or تم (وجرى بحث العلاقات، تم خلال اللقاء بحث): an act with no
    /// doer of its own, of the sides already told.
    static func impersonal(_ words: [Word], _ tokens: [Token], _ span: ByteSpan) -> Bool {
        guard let i = words.firstIndex(where: { tokens[$0.token].start == span.start }),
              let v = words[max(0, i - 4)..<i].lastIndex(where: { impersonalVerbs.contains($0) }) else { return false }
        // Right before it, or with a time frame between (وجرى خلال اللقاء بحث): not تم إحرازه في مفاوضات.
        return v == i - 1 || frames.contains(words[v + 1])
    }
    /// Verbs with a pronoun for the aid they follow (التي تقدمها، الذي أرسلته): their subject gives it.
    static let giving = KeySet(["تقدمها", "يقدمها", "قدمتها", "قدمها", "ترسلها", "يرسلها", "أرسلتها", "أرسلها", "وزعتها",
                                          "يوزعها", "توزعها", "قدمته", "يقدمه", "تقدمه", "أرسلته", "يرسله"].map { NameKey.key($0) })
    /// Whether a describing word introduces the argument, right before it or before its مع (الموالي للأكراد،
    /// المتحالفة مع إيران). As a subject only an ally or a backer is another side; a parent body or patron
    /// stands for what belongs to it (برنامج الغذاء التابع للأمم المتحدة، القوات الموالية لهادي).
    static func described(_ a: Argument, _ words: [Word], _ tokens: [Token], asSubject: Bool = false) -> Bool {
        let k = token(at: a.span.start, tokens) - 1 - words[0].token   // the word before it (words hold every token)
        guard k >= 0, k < words.count else { return false }
        let set = asSubject ? allies : describers
        return set.contains(words[k]) || (k > 0 && with.contains(words[k]) && set.contains(words[k - 1]))
    }

    /// Allies and backers: the describers that make another side even of a subject.
    static let allies = KeySet(["المتحالف", "المتحالفة", "المتحالفين", "المدعوم", "المدعومة", "المدعومين", "الداعم", "الداعمة"]
        .map { NameKey.key($0) })

    /// Words of taking part in what follows في (شارك في، للمشاركة في، تورط في).
    static let partaking = KeySet(["شارك", "شاركت", "يشارك", "تشارك", "المشاركة", "للمشاركة", "مشاركة", "مشاركته", "مشاركتها",
                                             "تورط", "تورطت", "تورطه", "تورطها", "ضلوع", "ضلوعه", "ضلوعها", "متورط", "متورطة", "المشاركين"]
        .flatMap { [NameKey.key($0), NameKey.key("و" + $0)] })
    static let impersonalVerbs = KeySet(["جرى", "وجرى", "تم", "وتم", "يجري", "ويجري", "سيتم", "وسيتم"].map { NameKey.key($0) })

    /// PLOVER types of deeds done with force or goods, which no news outlet takes part in by reporting them.
    static let materialActs: Set<String> = ["ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID"]

    /// Whether an actor is a business (CAMEO BUS) or a sports club (نادي النصر).
    static func commercial(_ a: Resolution.LinkedActor) -> Bool {
        (a.code?.hasSuffix("BUS") ?? false) || a.nameAr.hasPrefix("نادي ") || a.nameAr.hasPrefix("النادي ")
    }

    /// Whether a time expression names the writer's today: the word اليوم stands in it.
    static func saysToday(_ text: [UInt8], _ span: ByteSpan) -> Bool {
        let today: [UInt8] = Array("اليوم".utf8)
        guard span.end - span.start >= today.count else { return false }
        for i in span.start...(span.end - today.count) where text[i] == today[0] && text[i..<i + today.count].elementsEqual(today) {
            let after = i + today.count
            if (i == span.start || text[i - 1] == 0x20) && (after == span.end || text[after] == 0x20) { return true }
        }
        return false
    }

    /// Whether a stretch of time is the one to come (خلال الأيام القادمة، الأشهر المقبلة).
    static func saysComing(_ text: [UInt8], _ span: ByteSpan) -> Bool {
        let words = String(decoding: text[span.start..<span.end], as: UTF8.self).split(separator: " ")
        return words.contains { comingWords.contains(NameKey.key($0)) }
    }
    static let comingWords: Set<String> = Set(["القادم", "القادمة", "المقبل", "المقبلة", "القادمين", "المقبلين"].map { NameKey.key($0) })

    /// Whether a word is an imperfect verb with a pronoun that takes up the noun before it (لقاء يعقده، زيارة يجريها).
    static func imperfectTakingUp(_ text: [UInt8], _ t: Token) -> Bool {
        let w = String(decoding: text[t.start..<t.end], as: UTF8.self)
        guard let first = w.unicodeScalars.first, first == "ي" || first == "ت" else { return false }
        return endsInPronoun(Substring(w), feminine: false) && !w.hasSuffix("هم") && !w.hasSuffix("هما")
    }

    /// Whether a word ends in a possessive pronoun (اتهامه، لقائهم): ه، ها، هم or هما, after the ت of a
    /// `feminine` noun (زيارته، not زياره, a ة written ه).
    static func endsInPronoun(_ word: Substring, feminine: Bool) -> Bool {
        let s = word.unicodeScalars.lazy.map(\.value).filter { !UTF8Scalars.isArabicDiacritic($0) && $0 != UTF8Scalars.tatweel }
        let letters = Array(s)
        guard letters.count > 4 else { return false }
        let ha: UInt32 = 0x647, mim: UInt32 = 0x645, alef: UInt32 = 0x627
        func ends(_ suffix: UInt32...) -> Bool { letters.suffix(suffix.count).elementsEqual(suffix) }
        let pronoun = ends(ha, mim, alef) ? 3 : ends(ha, alef) || ends(ha, mim) ? 2 : ends(ha) ? 1 : 0   // هما، ها، هم، ه
        guard pronoun > 0 else { return false }
        return !feminine || letters[letters.count - pronoun - 1] == 0x62A   // ت
    }

    /// Whether the last letter of a word, past its marks, is ة or ه (زيارةً، زياره).
    static func endsInTaMarbuta(_ word: String) -> Bool {
        let last = word.unicodeScalars.last { !UTF8Scalars.isArabicDiacritic($0.value) && $0.value != UTF8Scalars.tatweel }
        return last == "ة" || last == "ه"
    }

    /// A word of the sentence, as the pattern lexicon keys it.
    struct Word {
        /// Token index, and the word's name key when it is one the coder looks for (else empty).
        var token: Int; var key: String
        /// `NameKey.hash(ofKey: key)`, or 0 when the word has no key.
        var hash: UInt64
        /// Written with the article or ending in ة: a noun, never a verb (الوزارة is not و + زار).
        var nominal: Bool
        /// The trigger keys the word may carry: as written, and without a proclitic (و ف، the future
        /// س، a preposition ب ل ك), each with what was stripped.
        var triggers: [Trigger]
    }

    /// A trigger key a word may carry, with its `NameKey.hash(ofKey:)` and what was stripped to find it.
    struct Trigger {
        var key: String; var hash: UInt64
        /// Found after the future س.
        var future: Bool
        /// Found after a preposition (ب ل ك).
        var preposition: Bool
    }

    /// Every small word list the coder consults, hashed: a word outside them gets no key.
    static let functionHashes = WordHashSet(functionWords.map(NameKey.hash(ofKey:)))
    /// The keys of those lists.
    static let functionWords = Array([
        negators, intent, hypothetical, reporting, people, honorifics, circles, prepositions, with, perpetrated, relatives, frames,
        heads, expresses, expected, scenes, speech, agentMarkers, complementizers, toward, god, feelings, sports, games, beforeRelativeMa, fromWhat,
        clauseOpeners, notObjects, onTop, manners, halExpressers, describers, impersonalVerbs, partaking, giving, facilities,
        honouredPronouns, prices, vehicles, notGuests, esteemTo, esteemedDeeds, royalTitles, prayerFollowers, condemning, perpetrators,
        agreementParts, carriedOut, withIt, may, signedActs, noLonger, amounts, attributions, roundsOf,
        pastFrames, territory, partOf, was, lifting, onIt, attackVerbs, attackedThings, killedShe, forces, interviews, accidents, stressers, granting, signables, underControl, cases, paperwork, KeySet([NameKey.key("أي"), NameKey.key("أقل")]),
        KeySet([NameKey.key("سوف"), NameKey.key("لن"), NameKey.key("في"), NameKey.key("قبل")]),
    ].joined())

    /// Whether most of the words around word `i` (two either side) carry two short vowels or more: only
    /// scripture, hadith and poetry are written so; news marks a vowel here and there.
    static func vocalized(_ words: [Word], around i: Int, _ tokens: [Token], _ text: [UInt8]) -> Bool {
        var marked = 0, counted = 0
        for w in words[max(0, i - 2)..<min(words.count, i + 3)] where tokens[w.token].kind == .word {
            counted += 1
            var marks = 0, b = tokens[w.token].start
            while b + 1 < tokens[w.token].end {
                if text[b] == 0xD9, (0x8B...0x92).contains(text[b + 1]) { marks += 1 }   // U+064B…U+0652
                b += 1
            }
            if marks >= 2 { marked += 1 }
        }
        return counted >= 3 && 2 * marked > counted
    }

    /// Whether token `t` begins with the bytes `prefix`.
    @inline(__always)
    static func begins(_ text: [UInt8], _ t: Token, with prefix: [UInt8]) -> Bool {
        t.end - t.start >= prefix.count && text[t.start..<t.start + prefix.count].elementsEqual(prefix)
    }
    /// وزارة، وزارته: a ministry, not و + زار (visit).
    static let ministryStems: [[UInt8]] = ["وزارة", "وزارت", "وزاري"].map { Array($0.utf8) }
    /// The article ال in UTF-8.
    static let article: [UInt8] = Array("ال".utf8)
    /// The article, alone or after a proclitic: a word written with one is a noun.
    static let definitePrefixes: [[UInt8]] = ["ال", "وال", "بال", "لل", "فال", "كال"].map { Array($0.utf8) }

    /// Calls `body` with each proclitic length (bytes) to strip from a word, 0 first, and whether what
    /// is stripped marks the future (س) or is a preposition (ب ل ك). No array: it runs for every word.
    static func proclitics(_ text: [UInt8], _ t: Token, _ body: (_ skip: Int, _ future: Bool, _ preposition: Bool) -> Void) {
        body(0, false, false)
        guard t.end - t.start >= 8 else { return }
        func letter(_ at: Int) -> UInt16 { UInt16(text[at]) << 8 | UInt16(text[at + 1]) }
        let waw: UInt16 = 0xD988, fa: UInt16 = 0xD981, sin: UInt16 = 0xD8B3, ba: UInt16 = 0xD8A8, lam: UInt16 = 0xD984, kaf: UInt16 = 0xD983
        func imperfect(_ l: UInt16) -> Bool { l == 0xD98A || l == 0xD8AA || l == 0xD986 || l == 0xD8A3 }   // ي ت ن أ
        let a = letter(t.start), b = letter(t.start + 2), c = letter(t.start + 4)
        if a == waw || a == fa {
            body(2, false, false)
            if b == sin, imperfect(c) { body(4, true, false) }
            if b == ba || b == lam { body(4, false, true) }
        } else if a == sin, imperfect(b) {
            body(2, true, false)
        } else if a == ba || a == lam || a == kaf {
            body(2, false, true)
        }
    }

    /// Codes the events of one document. `entities` and `links` are the resolver's output (same
    /// order); `published` is `YYYY-MM-DD` or nil; `words`, the tokens' name-key hashes when the caller has them.
    public func code(_ text: [UInt8], tokens: [Token], sentences: [ByteSpan], entities: [Entity], links: [Resolution?],
                     times: [TimeExpression], published: String?, words: WordHashes? = nil) -> [Event] {
        let words = words ?? WordHashes(text, tokens: tokens)
        var arguments = Self.withAgents(Self.arguments(entities, links, text),
                                        agents.find(text, tokens: tokens, words: words, covered: Self.covered(tokens, by: entities)), text, tokens)
        // A nationality word that names a language (هتافات بالإنجليزية، اللغة الإنجليزية) is no side, nor the
        // article's country: left out below, once the arguments next to it have been read.
        let isLanguage = arguments.map { a in !a.isPlace && a.actor.map { $0.id == $0.country } == true && Self.language(text, tokens, a.span) }
        // The country the document names most: the side of its citizens, residents and people.
        var counts: [String: Int] = [:]
        for (a, language) in zip(arguments, isLanguage) where !language {
            if let c = a.actor?.country ?? a.place?.country { counts[c, default: 0] += 1 }
        }
        let home = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        // A person or body only the article knows, with nothing that says whose it is, is of the country
        // of a place named right after it (مسجد قوات الطوارئ بمنطقة عسير), else of the country the article
        // names most (a province's emir or a minister in a Saudi story).
        // So is one the knowledge base knows with no side: a bare agent code or none on that date (وزارة
        // التجارة: GOV, of no country).
        for i in arguments.indices where arguments[i].isActor && arguments[i].actor?.country == nil && arguments[i].agentDomestic != false
            && (arguments[i].actor!.isOnlyInText || arguments[i].actor!.code.map { CAMEOAgents.sideless.contains(String($0.prefix(3))) } ?? true) {
            // (…past the titles that follow it: محمد الخالد الصباح نائب رئيس مجلس الوزراء وزير الداخلية بدولة الكويت.)
            var placed: String?, j = i + 1, end = arguments[i].span.end
            while j < arguments.count, arguments[j].span.start - end <= 16 {
                if let p = arguments[j].place { placed = p.country; break }
                guard arguments[j].bareTitle else { break }
                end = arguments[j].span.end
                j += 1
            }
            let nested = arguments[i].nestedCountry
            arguments[i].actor?.country = nested ?? placed ?? home
            arguments[i].countryAssumed = true
            // An agent noun is its country's body of that kind (SAUCOP).
            if arguments[i].agentDomestic == true, let c = arguments[i].actor?.country, let code = arguments[i].actor?.code {
                arguments[i].actor?.id = c + code
                arguments[i].actor?.code = c + code
            }
        }
        if isLanguage.contains(true) { arguments = zip(arguments, isLanguage).filter { !$0.1 }.map(\.0) }
        // The dateline (موسكو - …), else the city the article names most: where its events happen by default.
        var cities: [String: (Place, Int)] = [:]
        for a in arguments { if let p = a.place, p.kind != "country" { cities[p.id, default: (p, 0)].1 += 1 } }
        var dateline = arguments.first { $0.isPlace && $0.place?.kind != "country" && $0.span.start < 40 }?.place
        let mostNamed = cities.values.max { ($0.1, $1.0.id) < ($1.1, $0.0.id) }?.0

        var perSentence: [[Word]] = []
        var sportsWords: [UInt64: Int] = [:]
        var t0 = 0
        // The per-word closure below captures these tables, not `self` or `patterns`: capturing either copied
        // it, with a reference count on each of its tables, for every word. (Static lists too: each use of one
        // checks that it was made.)
        let triggerHashes = patterns.hashes, feminine = patterns.feminine, verbsWithAlef = patterns.verbsWithAlef, wordKeys = wordKeys
        let functionHashes = Self.functionHashes, gameHashes = Self.gameHashes, ministryStems = Self.ministryStems
        plainWords.with { plain in text.withUnsafeBufferPointer { bytes in
            for sentence in sentences {
                while t0 < tokens.count, tokens[t0].end <= sentence.start { t0 += 1 }
                var t1 = t0
                while t1 < tokens.count, tokens[t1].start < sentence.end { t1 += 1 }
                perSentence.append((t0..<t1).map { i -> Word in
                    let t = tokens[i]
                    guard t.kind == .word else { return Word(token: i, key: "", hash: 0, nominal: false, triggers: []) }
                    // What a word carries depends on its bytes alone.
                    let plainHash = PlainWords.hash(bytes, t.start..<t.end)
                    if plain.contains(plainHash) { return Word(token: i, key: "", hash: 0, nominal: false, triggers: []) }
                    func raw(_ skip: Int) -> String { String(decoding: text[t.start + skip..<t.end], as: UTF8.self) }
                    var triggers: [Trigger] = []
                    let h0 = words[i]
                    Self.proclitics(text, t) { skip, future, preposition in
                        if let h = skip == 0 ? h0 : NameKey.wordHash(text, t.start + skip..<t.end), triggerHashes.contains(h) {
                            let written = raw(skip)
                            if feminine.contains(h), !Self.endsInTaMarbuta(written) { return }
                            // A plural verb drops its final alef before a pronoun (دعوه): دعواه is a noun, his claim.
                            if t.end - t.start >= 6, text[t.end - 6..<t.end].elementsEqual([0xD9, 0x88, 0xD8, 0xA7, 0xD9, 0x87]) { return }
                            // وزارته is his ministry, not و + زارت + ه (she visited him).
                            if skip > 0, ministryStems.contains(where: { Self.begins(text, t, with: $0) }) { return }
                            triggers.append(Trigger(key: wordKeys[h] ?? NameKey.key(written), hash: h, future: future, preposition: preposition))
                        }
                    }
                    var key = ""
                    if let h = h0, functionHashes.contains(h) || triggerHashes.contains(h) {
                        key = wordKeys[h] ?? NameKey.key(raw(0))
                        if gameHashes.contains(h) { sportsWords[h, default: 0] += 1 }
                    }
                    var nominal = false
                    if !triggers.isEmpty {
                        nominal = (t.end - t.start >= 2 && text[t.end - 2] == 0xD8 && text[t.end - 1] == 0xA9)   // ة
                            || Self.definitePrefixes.contains(where: { Self.begins(text, t, with: $0) })
                        if nominal, text[t.start..<t.end].indices.dropLast(3).contains(where: { text[$0..<$0 + 4].elementsEqual(Self.article) }) {
                            let n = Self.normalizer.normalize(raw(0))
                            if verbsWithAlef.contains(n) || ((n.hasPrefix("و") || n.hasPrefix("ف")) && verbsWithAlef.contains(String(n.dropFirst()))) {
                                nominal = false   // التقى، واجتمع: verbs that start with alef-lam
                            }
                        }
                    }
                    if key.isEmpty && triggers.isEmpty { plain.insert(plainHash) }
                    return Word(token: i, key: key, hash: key.isEmpty ? 0 : h0 ?? 0, nominal: nominal, triggers: triggers)
                })
                t0 = t1
            }
        } }
        // A capital named as a side (اتهامات واشنطن لطهران، طهران ترفض، دعت موسكو) is its country's
        // government, as the news writes it: one with ل on it, or right beside an event word, and never one
        // with ب on it or after في، إلى، من… (where something is), nor one inside a title (ولي عهد أبوظبي).
        var triggerTokens = Set<Int>(), meetingNounTokens = Set<Int>()
        for sentenceWords in perSentence {
            for k in sentenceWords.indices where !sentenceWords[k].triggers.isEmpty {
                triggerTokens.insert(sentenceWords[k].token)
                if sentenceWords[k].triggers.contains(where: { meetingNouns.contains($0.hash) }) {
                    meetingNounTokens.insert(sentenceWords[k].token)
                }
            }
        }
        for i in arguments.indices where !arguments[i].isActor {
            let k = Self.token(at: arguments[i].span.start, tokens)
            guard let p = arguments[i].place, p.capital, let c = p.country, k < tokens.count else { continue }
            var last = k
            while last + 1 < tokens.count, tokens[last + 1].start < arguments[i].span.end { last += 1 }
            // (…but after a noun of meeting it is where they meet: مفاوضات فيينا، قمة الرياض.)
            // (…or the owner of a stance an event word takes as its object, past its subject: انتقد لافروف إعلان واشنطن.)
            let stanceOwner = k >= 2 && words[k - 1].map(Self.stanceNouns.contains) == true
                && (max(0, k - 4)..<(k - 1)).contains { triggerTokens.contains($0) && !meetingNounTokens.contains($0) }
            guard Self.withLam(text, tokens, arguments[i].span) || (triggerTokens.contains(k - 1) && !meetingNounTokens.contains(k - 1))
                    || triggerTokens.contains(last + 1) || stanceOwner,
                  !Self.locative(text, tokens, at: arguments[i].span.start) else { continue }
            arguments[i].actor = Resolution.LinkedActor(id: c, name: nil, nameAr: p.nameAr, code: c + "GOV", country: c, role: nil)
        }
        if dateline == nil, let first = arguments.first(where: { $0.isPlace }) {
            // The first place an article puts something in (في موسكو), looked for from the first place named.
            for (si, sentence) in sentences.enumerated() where sentence.end > first.span.start {
                let args = arguments.filter { $0.span.start >= sentence.start && $0.span.end <= sentence.end }
                if let p = Self.explicitPlace(perSentence[si], tokens, text, args) { dateline = p }
                break
            }
        }
        dateline = dateline ?? mostNamed
        // Sports news: words of games four times or more, two of them different (المباراة، اللاعب، المدرب).
        let sportsNews = sportsWords.count >= 2 && sportsWords.values.reduce(0, +) >= 4
        var events: [Event] = []
        var lastSubject: EventParty?
        var a0 = 0, m0 = 0
        for (si, sentence) in sentences.enumerated() {
            let words = perSentence[si]
            while a0 < arguments.count, arguments[a0].span.start < sentence.start { a0 += 1 }
            var a1 = a0
            while a1 < arguments.count, arguments[a1].span.start < sentence.end { a1 += 1 }
            let args = arguments[a0..<a1].filter { $0.span.end <= sentence.end }
            while m0 < times.count, times[m0].span.start < sentence.start { m0 += 1 }
            var m1 = m0
            while m1 < times.count, times[m1].span.start < sentence.end { m1 += 1 }
            let sentenceTimes = times[m0..<m1].filter { $0.span.end <= sentence.end }
            var sentenceEvents = Self.mergeWithinSentence(
                codeSentence(si, sentence, words, tokens, text, args, sentenceTimes, published, dateline, home, sportsNews, &lastSubject))
            if sentenceEvents.count > maximumPerSentence { sentenceEvents.removeLast(sentenceEvents.count - maximumPerSentence) }
            // A meeting named again with the article (وجرى خلال اللقاء، كما تناول اللقاء) is the meeting the
            // article told last: its sides, not the topics the sentence names, and its date unless the
            // sentence gives one. A sentence that dates it otherwise (وتواجه المفاوضات انسداداً منذ سبتمبر)
            // tells of another.
            // So are talks in a sentence set during it with no other side, or with no doer at all (وجرى خلال
            // الاستقبال استعراض …، إضافة إلى بحث القضايا: the topics name no side).
            // (Looked for only in a sentence with talks: most have none.)
            let duringMeeting = sentenceEvents.contains { $0.code.plover == "CONSULT" } && words.indices.dropLast().contains { i in
                Self.duringFrames.contains(words[i]) && words[i + 1].triggers.contains { meetingNouns.contains($0.hash) }
            }
            let impersonalSentence = duringMeeting && words.first(where: { !$0.key.isEmpty }).map(Self.impersonalVerbs.contains) == true
            for k in sentenceEvents.indices where sentenceEvents[k].code.plover == "CONSULT"
                && (Self.definite(text, sentenceEvents[k].trigger) || Self.impersonal(words, tokens, sentenceEvents[k].trigger)
                    || (duringMeeting && sentenceEvents[k].targets.isEmpty) || impersonalSentence) {
                guard var told = events.last(where: { $0.code.plover == "CONSULT" }) else { break }
                // Talks told with one side only (وبحث مستجدات الأحداث) are those of that side's meeting told before.
                if told.targets.isEmpty, let sides = events.last(where: { $0.code.plover == "CONSULT" && !$0.targets.isEmpty
                    && $0.sources.map(\.actor.id) == told.sources.map(\.actor.id) }) { told = sides }
                if sentenceEvents[k].dateSource == "text", sentenceEvents[k].date != told.date { continue }
                sentenceEvents[k].sources = told.sources
                sentenceEvents[k].targets = told.targets
                if sentenceEvents[k].dateSource != "text" { (sentenceEvents[k].date, sentenceEvents[k].dateSource) = (told.date, told.dateSource) }
            }
            events += sentenceEvents
        }
        return Self.merge(events)
    }

    /// An argument: an outermost linked mention (a title and the name it belongs to count once).
    struct Argument {
        var span: ByteSpan; var actor: Resolution.LinkedActor?; var place: Place?
        /// The actor's country is the article's or a nearby place's, not its own.
        var countryAssumed = false
        /// The country of the first linked mention inside this one, if that one has a country.
        var nestedCountry: String?
        var nestedSeen = false
        /// Named as where something is or goes (في الرياض، إلى سنغافورة، في إقليم كردستان): nobody's subject.
        var whereSomethingIs = false
        /// For an agent noun (الشرطة), whether it is a body of the article's country; nil for a mention.
        var agentDomestic: Bool?
        /// A person or a title, not a body, place or nationality.
        var person = false
        /// A title no one is named for (وزير العدل), standing as its own side.
        var bareTitle = false
        /// Whether the mention is a place. (`place != nil` compared two optional places as Equatable values,
        /// copying both.)
        var isPlace: Bool { if case .some = place { true } else { false } }
        /// Whether the mention is an actor (the same for `actor != nil`).
        var isActor: Bool { if case .some = actor { true } else { false } }
    }

    /// Two lists of arguments in text order, merged in text order (sorting copied these large values at every
    /// comparison).
    static func merged(_ a: [Argument], _ b: [Argument]) -> [Argument] {
        guard !b.isEmpty else { return a }
        var out: [Argument] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i].span.start <= b[j].span.start) { out.append(a[i]); i += 1 } else { out.append(b[j]); j += 1 }
        }
        return out
    }

    /// Which tokens lie inside an entity: a word of a name is never an agent noun (قوات الطوارئ).
    static func covered(_ tokens: [Token], by entities: [Entity]) -> [Bool] {
        var covered = [Bool](repeating: false, count: tokens.count)
        for e in entities {
            var k = token(at: e.span.start, tokens)
            while k < tokens.count, tokens[k].start < e.span.end { covered[k] = true; k += 1 }
        }
        return covered
    }

    /// The mentions' arguments with the agent nouns added, but for one a nationality, a place or a body
    /// names right after it (الشرطة الإسرائيلية, السلطات السعودية): that mention is the side already.
    static func withAgents(_ arguments: [Argument], _ agents: [AgentNouns.Found], _ text: [UInt8], _ tokens: [Token]) -> [Argument] {
        var added: [Argument] = []
        var k = 0
        for a in agents {
            while k < arguments.count, arguments[k].span.start < a.span.end { k += 1 }
            // (…nor one a group's name follows: المليشيات الحوثية; a person after it is its object: اعتقلت الشرطة فلانا.)
            if a.next < tokens.count, k < arguments.count, arguments[k].span.start == tokens[a.next].start, !arguments[k].person { continue }
            let written = String(decoding: text[a.span.start..<a.span.end], as: UTF8.self)
            var argument = Argument(span: a.span, actor: Resolution.LinkedActor(id: a.code, name: nil, nameAr: written, code: a.code,
                                                                               country: nil, role: nil), place: nil)
            argument.agentDomestic = a.domestic
            added.append(argument)
        }
        return merged(arguments, added)
    }

    static func arguments(_ entities: [Entity], _ links: [Resolution?], _ text: [UInt8]) -> [Argument] {
        var out: [Argument] = []
        var outerType = ""   // the type of the entity the last argument ends with
        var sidelessTitle = ByteSpan(0, 0)   // the last title that is no side
        var titleEnd = -1
        for (e, link) in zip(entities, links) {
            if e.type == "TITLE" {
                // A title with ل on it right after another (النائب الثاني لرئيس مجلس الوزراء) says whose deputy that
                // one is: no side, even when it names the holder.
                let ofWhom = ofWhomTitle(e.span, after: titleEnd, text)
                titleEnd = max(titleEnd, e.span.end)
                if !(link?.isActor ?? false) || ofWhom { sidelessTitle = e.span }
                if ofWhom { continue }
            }
            // The body a title that is no side names (لرئيس مجلس الوزراء) is the title's, no side either.
            if e.type == "ORG", sidelessTitle.start <= e.span.start, e.span.end <= sidelessTitle.end { continue }
            guard let link, link.isActor || link.isPlace else { continue }
            // The body a person's title is of, with ل right after a title that needs one (الأمين العام للأمم المتحدة،
            // بان كي مون) or in construct with its bare head (فؤاد السنيورة، رئيس | الحكومة اللبنانية السابق), is part
            // of the title, as one inside it is: the person's, not whom the act is against (but وجه وزير الخارجية
            // للأمم المتحدة رسالة: a minister's title is whole).
            if e.type == "ORG", outerType == "TITLE", let last = out.last, last.isActor, e.span.start == last.span.end + 1 {
                let title = String(decoding: text[last.span.start..<last.span.end], as: UTF8.self)
                let head = title.split(separator: " ").last ?? ""
                let withLam = text[e.span.start] == 0xD9 && text[e.span.start + 1] == 0x84   // ل
                if (withLam || !head.hasPrefix("ال")) && complementHeads.contains(String(NameKey.lastWord(NameKey.key(title)))) {
                    out[out.count - 1].span = ByteSpan(last.span.start, e.span.end)
                }
            }
            if let last = out.last, last.span.start <= e.span.start, e.span.end <= last.span.end {   // nested
                // The first name inside a title or body says whose it is (رئيس جمهورية الشيشان: Russia's), if it says;
                // not a word inside a person's name (تركي مشهور العنزي is no Turk).
                if !out[out.count - 1].nestedSeen, outerType != "PERSON" {
                    out[out.count - 1].nestedSeen = true
                    out[out.count - 1].nestedCountry = link.actor?.country ?? link.place?.country
                }
                continue
            }
            var arg = Argument(span: e.span, actor: link.actor, place: link.place)
            arg.person = e.type == "PERSON" || e.type == "TITLE"
            // An apposition chain (وزير الخارجية الإيراني حسين أمير عبد اللهيان) is one argument.
            if let last = out.last, let a = last.actor, a.id == arg.actor?.id, e.span.start - last.span.end <= 4 {
                out[out.count - 1].span = ByteSpan(last.span.start, e.span.end)
                outerType = e.type
                continue
            }
            out.append(arg)
            outerType = e.type
        }
        // A bare title no one is named for (أمير المنطقة، وزير العدل) still names a side: of the article's country,
        // as any body only the article knows. Not one with a name or nationality inside it, or beside it past
        // an honorific at most (وكيل الجامعة الدكتور عبدالفتاح مشاط، محمد بن زايد ولي عهد أبوظبي): that one is the side.
        // Nor one with ل on it right after another title (النائب الثاني لرئيس مجلس الوزراء): it says whose deputy
        // that one is.
        var bare: [Argument] = []
        titleEnd = -1
        for (e, link) in zip(entities, links) where e.type == "TITLE" {
            defer { titleEnd = max(titleEnd, e.span.end) }
            guard !(link?.isActor ?? false) else { continue }
            if ofWhomTitle(e.span, after: titleEnd, text) { continue }
            var k = 0, hi = out.count   // the first argument starting at or after the title (binary search)
            while k < hi { let mid = (k + hi) / 2; if out[mid].span.start < e.span.start { k = mid + 1 } else { hi = mid } }
            /// Whether only an honorific or a comma stands between two spans (or they overlap).
            func beside(_ a: ByteSpan, _ b: ByteSpan) -> Bool {
                guard a.end < b.start else { return a.start < b.end }
                var gap = String.UnicodeScalarView(), bytes = text[a.end..<b.start].makeIterator(), utf8 = Unicode.UTF8()
                while case .scalarValue(let c) = utf8.decode(&bytes) {
                    if c.properties.isWhitespace || c == "،" || c == "," { continue }
                    gap.append(c)
                    if gap.count > 32 { return false }   // longer than any honorific, even written with every vowel
                }
                return gap.isEmpty || honorifics.contains(NameKey.key(String(gap)))
            }
            let near = ((k > 0 ? [out[k - 1]] : []) + (k < out.count ? [out[k]] : [])).filter { $0.isActor }
            guard !near.contains(where: { $0.span.start < e.span.start ? beside($0.span, e.span) : beside(e.span, $0.span) }),
                  bare.last.map({ $0.span.end <= e.span.start }) ?? true else { continue }
            let written = String(decoding: text[e.span.start..<e.span.end], as: UTF8.self)
            var title = Argument(span: e.span, actor: Resolution.LinkedActor(id: "text:" + NameKey.key(written), name: nil, nameAr: written,
                                                                             code: nil, country: nil, role: nil), place: nil)
            title.bareTitle = true
            bare.append(title)
        }
        return merged(out, bare)
    }

    /// Whether a title written with ل starts right after the end of another (`titleEnd`, -1 for none).
    static func ofWhomTitle(_ span: ByteSpan, after titleEnd: Int, _ text: [UInt8]) -> Bool {
        titleEnd >= 0 && titleEnd + 3 == span.start && text[titleEnd..<span.start].elementsEqual([0x20, 0xD9, 0x84])   // " ل"
    }

    private func codeSentence(_ si: Int, _ sentence: ByteSpan, _ words: [Word], _ tokens: [Token], _ text: [UInt8],
                              _ args: [Argument], _ times: [TimeExpression], _ published: String?, _ dateline: Place?,
                              _ home: String?, _ sportsNews: Bool, _ lastSubject: inout EventParty?) -> [Event] {
        // Triggers, two-word forms first; a word inside a linked mention is a name, not a trigger.
        var found: [(first: Int, last: Int, pattern: EventPattern, future: Bool)] = []
        var i = 0
        while i < words.count {
            defer { i += 1 }
            let w = words[i]
            guard !w.triggers.isEmpty, !args.contains(where: { $0.span.covers(tokens[w.token]) }) else { continue }
            for key in w.triggers {
                let verbAllowed = !(key.preposition || w.nominal)
                if patterns.firstWords.contains(key.hash), i + 1 < words.count, !words[i + 1].key.isEmpty,
                   let p = patterns.pattern(key.key + " " + words[i + 1].key, verbAllowed: verbAllowed) {
                    // مدير العمليات العسكرية: a title, not an operation.
                    if p.kind == .noun, i > 0, Self.heads.contains(words[i - 1]) { i += 1; break }
                    // على طلب is a request only as what was granted (بناء على طلب، وافق على طلب): not يعتمد على الطلب المحلي.
                    if p.flags.contains("granted"), i == 0 || !Self.granting.contains(words[i - 1]) || Self.definite(text, tokens[words[i + 1].token]) { i += 1; break }
                    found.append((i, i + 1, p, key.future)); i += 1; break
                }
                if let p = patterns.pattern(hash: key.hash, verbAllowed: verbAllowed) {
                    let verbBefore = found.last.flatMap { $0.pattern.kind == .verb ? codebook.plover($0.pattern.cameo) : nil }
                    if !onlyLooksLikeAnEvent(p, key: key.key, preposition: key.preposition, at: i, words, tokens, text, args, afterVerbOf: verbBefore) {
                        found.append((i, i, p, key.future))
                    }
                    break
                }
            }
        }
        guard !found.isEmpty else { Self.rememberFirstPerson(args, &lastSubject); return [] }
        // An outlet with ل on it after words of speech (قال لرويترز، في تصريح لـ"الرياض") is who was told, no side of
        // what is told (but جولة لـ"الرياض" is the paper's own).
        let args = args.filter { a in
            guard a.actor?.code?.hasSuffix("MED") ?? false, Self.told(text, tokens, a.span) else { return true }
            return !words.contains { tokens[$0.token].end <= a.span.start && Self.speech.contains($0) }
        }.map { a -> Argument in
            var a = a
            // (`locative` includes `afterPlaceWord`, the one test a mention with no place gets.)
            a.whereSomethingIs = a.isPlace ? Self.locative(text, tokens, at: a.span.start) : Self.afterPlaceWord(text, tokens, at: a.span.start)
            return a
        }

        // `times` are the sentence's own.
        let dates = times.filter { $0.type == .date && $0.value.count >= 7 && $0.value.first?.isNumber == true }
        // A date, week, month or year that starts after the publication day is ahead (الأسبوع المقبل).
        let publishedDay = published.flatMap { CivilDate(iso: $0) }
        let isFuture = { (t: TimeExpression) in
            t.value == "FUTURE_REF" || (publishedDay.map { p in CivilDate.firstDay(ofValue: t.value).map { $0 > p } ?? false } ?? false)
        }
        // The writer's today (اليوم، مساء اليوم، اليوم الأربعاء) is today even when the paper is dated the day after it.
        let isTodayOrLater = { (t: TimeExpression) in
            Self.saysToday(text, t.span)
                || publishedDay.map { p in t.value.count >= 10 && (CivilDate(iso: String(t.value.prefix(10))).map { $0 >= p } ?? false) } ?? false
        }
        // Where: a place the sentence puts the event in (في موسكو), else the article's.
        let sentencePlace = Self.explicitPlace(words, tokens, text, args)
        var events: [Event] = []
        var suppressed = Set<Int>()   // triggers that are the object of a rejection or a denial
        var announced = Set<String>()   // PLOVER types of the verbs of the sentence that announce a happening
        var untensed: [Int] = []   // events of nouns that nothing marks as future, intended or supposed
        for (n, f) in found.enumerated() where !suppressed.contains(n) {
            let start = tokens[words[f.first].token].start, end = tokens[words[f.last].token].end
            // A rejection of an accusation, or a denial of an event, governs the trigger after it.
            let between = { (a: Int, b: Int) -> Int in   // words between two triggers that are not actor mentions
                (a + 1..<b).filter { k in !args.contains { $0.span.covers(tokens[words[k].token]) } }.count
            }
            var cameo = f.pattern.cameo
            // هاجم attacks a place, a building or a vehicle (هاجم مستوطنون منزلهم، هاجمت طائرة حربية مواقع): an assault,
            // not the verbal attack it is on a person or a policy (هاجم روحاني منتقدي الاتفاق).
            if cameo == "111", f.pattern.kind == .verb, Self.attackVerbs.contains(words[f.first]),
               words[(f.last + 1)..<min(words.count, f.last + 7)].contains(where: { Self.territory.contains($0) || Self.attackedThings.contains($0) }) {
                cameo = "180"
            }
            // Sanctions lifted or eased (رفع كل العقوبات، تخفيف العقوبات الاقتصادية) are an easing, not sanctions.
            if cameo.hasPrefix("16"), f.pattern.kind == .noun, words[max(0, f.first - 2)..<f.first].contains(where: { Self.lifting.contains($0) }) {
                cameo = "085"
            }
            if f.pattern.flags.contains("reject") || f.pattern.flags.contains("deny"), n + 1 < found.count, between(f.last, found[n + 1].first) <= 3 {
                suppressed.insert(n + 1)
                if found[n + 1].pattern.cameo.prefix(2) == "11" { cameo = "120" }   // نفى الاتهامات rejects them
                if f.pattern.flags.contains("deny"), found[n + 1].pattern.cameo.prefix(2) != "11" {
                    // نفى أن يكون التقى: the denied event is coded, negative.
                    continue
                }
            }
            // A trigger's own time is the first one after it, before the next trigger, else one before it with no
            // trigger between (لقاء الجبير مع لافروف غداً … استكمالاً للاجتماع الثلاثي … الأسبوع الماضي).
            let nextStart = n + 1 < found.count ? tokens[words[found[n + 1].first].token].start : Int.max
            /// Where the next trigger that is not joined to this one by و starts.
            func nextOwnStart(_ n: Int) -> Int {
                var m = n + 1
                while m < found.count, found[m].first == found[m - 1].last + 1, text[tokens[words[found[m].first].token].start] == 0xD9,
                      text[tokens[words[found[m].first].token].start + 1] == 0x88 { m += 1 }   // و
                return m < found.count ? tokens[words[found[m].first].token].start : Int.max
            }
            let previousEnd = n > 0 ? tokens[words[found[n - 1].last].token].end : 0
            // (A verb after الذي، التي opens a clause of its own: the time before it is another's.)
            let relativeClause = f.pattern.kind == .verb && f.first > 0 && Self.relatives.contains(words[f.first - 1])
            let own = times.first { $0.span.start >= end && $0.span.start < nextStart }
                ?? (relativeClause ? nil : times.last { $0.span.end <= start && $0.span.start >= previousEnd })
            let futureTime = own.map(isFuture) ?? false, todayOrLater = own.map(isTodayOrLater) ?? false
            let sentenceDate = own.flatMap { t in dates.contains(t) ? t : nil } ?? dates.first
            var polarity = Event.Polarity.positive, modality = Event.Modality.asserted
            let before = words[max(0, f.first - 3)..<f.first].map(\.key)
            // (لم تعد المواجهات مقصورة: "no longer", which negates what follows, not the clashes.)
            if before.suffix(2).contains(where: { Self.negators.contains($0) && $0 != Self.ma }),
               !(before.count >= 2 && Self.negators.contains(before[before.count - 2]) && Self.noLonger.contains(before[before.count - 1])) { polarity = .negative }
            // ما negates a verb right after it; after a comma or a word it is a relative (، ما أثار انتقادات).
            if f.pattern.kind == .verb, f.first > 0, words[f.first - 1].key == Self.ma {
                let t = words[f.first - 1].token
                let afterComma = t > 0 && tokens[t - 1].kind == .punctuation
                let previous = f.first > 1 && words[f.first - 2].token == t - 1 ? words[f.first - 2] : nil
                if afterComma || previous.map({ Self.beforeWhatMa.contains($0) }) == true { continue }
                if previous.map({ Self.beforeRelativeMa.contains($0) }) != true { polarity = .negative }
            }
            if f.pattern.kind == .verb, f.first > 0, Self.fromWhat.contains(words[f.first - 1]) { continue }
            if n > 0, found[n - 1].pattern.flags.contains("deny"), between(found[n - 1].last, f.first) <= 3 { polarity = .negative }
            if f.first > 0, words[f.first - 1].key == Self.any, Self.negatedAny(words, f.first) { polarity = .negative }
            // An imperfect verb (يلتقي) with a date of today or later announces the event.
            var written = Substring(String(decoding: text[start..<end], as: UTF8.self))
            if written.count > 4, written.first == "و" || written.first == "ف" { written = written.dropFirst() }
            // (…as is a noun a verb of that tense takes up with a pronoun: في لقاء يعقده الوزير اليوم.)
            let imperfect = f.pattern.kind == .verb ? written.first == "ي" || written.first == "ت"
                : f.last + 1 < words.count && Self.imperfectTakingUp(text, tokens[words[f.last + 1].token])
            // Asking or refusing that one's name be given (الذي طلب عدم نشر اسمه، رفض ذكر اسمه، طلب عدم الكشف عن هويته)
            // is how the news quotes a source who stays unnamed: no demand, no rejection.
            if Self.unnamed(words[(f.last + 1)...].prefix(4), text, tokens) { continue }
            // An imperfect verb after من tells of whoever might do it (كل من يرفض هذا الاتفاق، إن من يزور المدينة يدرك،
            // ومن يقتل مؤمنا متعمدا): no one did. (Only one with ي: من قتل، من تعاون may be من and a verbal noun.)
            if imperfect, written.first == "ي", f.first > 0, Self.whoever.holds(words[f.first - 1], text, tokens) { continue }
            let futureVerb = f.pattern.kind == .verb && written.count > 3 && written.first == "س" && "يتنأ".contains(written.dropFirst().first!)
            let expected = words[max(0, f.first - 8)..<f.first].contains { Self.expected.contains($0) }
            // A stretch of time to come close by (سيصدر بيانا خلال الساعات المقبلة) is when the happening will be; never a
            // done deed's (وصلت القوات … قرب سقوط العند خلال الساعات القادمة).
            let comingSoon = own.map { t in
                let gap = t.span.start >= end ? end..<t.span.start : t.span.end..<start
                return t.type == .duration && Self.saysComing(text, t.span) && gap.count <= 80
                    && !tokens[max(0, words[f.first].token - 40)..<min(tokens.count, words[f.last].token + 40)]
                        .contains { $0.kind == .punctuation && gap.contains($0.start) && !$0.isComma(in: text) }
            } ?? false
            // A perfect verb (اجتمع) tells what was done, whatever date follows it (اتفقا على عقد اجتماع الأسبوع المقبل).
            let perfect = f.pattern.kind == .verb && !imperfect && !futureVerb && !f.future
            if f.future || futureVerb || before.contains(NameKey.key("سوف")) || before.suffix(2).contains(NameKey.key("لن"))
                || (futureTime && !perfect) || (imperfect && todayOrLater) || expected { modality = .future }
            // … not a noun with the article (في نهاية العرض: the show), but for readiness (أكد الاستعداد).
            if words[max(0, f.first - 5)..<f.first].contains(where: { w in
                let span = ByteSpan(tokens[w.token].start, tokens[w.token].end)
                guard Self.intent.contains(w) else { return false }
                // خطة، رغبة، مبادرة only as written with ة: خط الدفاع is no plan.
                if Self.feminineIntent.contains(w), !Self.endsInTaMarbuta(String(decoding: text[span.start..<span.end], as: UTF8.self)) { return false }
                return w.key.hasPrefix(Self.readiness) || !Self.definite(text, span)
            }) { modality = .intended }
            // (…a cue word of a name is none: لو دريان.)
            // (…in the trigger's clause: no punctuation between, as في حالة الأزمات، … التقى is no supposition.)
            let clauseStart = tokens[..<words[f.first].token].lastIndex { $0.kind == .punctuation && !Self.isQuoteMark(text, $0) } ?? -1
            if words[0..<f.first].contains(where: { w in w.token > clauseStart && Self.hypothetical.contains(w)
                && !args.contains { $0.span.covers(tokens[w.token]) } }),
               modality == .asserted { modality = .hypothetical }
            // قد before an imperfect verb is "may" (وقد يزور الإيرانيون عمان); before a perfect one it affirms (قد زار).
            if imperfect, f.first > 0, Self.may.contains(words[f.first - 1]), modality == .asserted { modality = .hypothetical }
            if comingSoon, !perfect, modality == .asserted { modality = .future }

            // The people of the country the article is about, when one of `keys` is among the three words
            // after the trigger (or after the subject that follows it).
            func homePeople(among keys: KeySet, after position: Int = 0) -> EventParty? {
                guard let home, let from = words[(f.last + 1)...].firstIndex(where: { tokens[$0.token].start >= position }),
                      let w = words[from..<min(words.count, from + 3)].first(where: { keys.contains($0) }) else { return nil }
                return EventParty(actor: Resolution.LinkedActor(id: home, name: nil, nameAr: "", code: home + "CVL", country: home, role: nil),
                                  span: ByteSpan(tokens[w.token].start, tokens[w.token].end))
            }
            // A noun with a pronoun on it (اتهامه بيونجيانج، زيارته موسكو) has its doer in the pronoun: the
            // actor after it is what the act is aimed at, never its doer.
            let possessed = f.pattern.kind == .noun && f.first == f.last
                && Self.endsInPronoun(written, feminine: words[f.first].triggers.contains { patterns.feminine.contains($0.hash) })
            // …or in an honorific with a pronoun after it (زيارة سموه للأردن): the one honoured, the dignitary the
            // sentence names first (not the last person named: برقية شكر لجلالة الملك عبدالله).
            let meeting = codebook.plover(f.pattern.cameo) == "CONSULT"
            let honoured = f.pattern.kind == .noun && f.last + 1 < words.count && Self.honouredPronouns.contains(words[f.last + 1])
                && text[tokens[words[f.last + 1].token].end - 2] == 0xD9 && text[tokens[words[f.last + 1].token].end - 1] == 0x87   // ه: سموه, not سمو
            // An event named as the time of another (منذ التوقيع على الاتفاق، بعد غارة على سوريا) happened before
            // it: whoever the sentence names before it did not do it, so only its own words give its doer. (But one
            // done with someone, عقب مواجهات مع قوات التمرد، بعد التنسيق مع القيادة, and a meeting, قال بعد اجتماع
            // مجلس الوزراء, are the subject's.)
            let backgrounded = f.pattern.kind == .noun && !possessed && !honoured && !meeting && f.first > 0
                && Self.pastFrames.contains(words[f.first - 1]) && !words[(f.last + 1)...].prefix(3).contains { Self.with.contains($0) }
            // Arguments: the subject right after a verb (Arabic is verb-first), else the actor before it.
            let after = args.filter { $0.span.start >= end && $0.isActor }
            // (Not one named as where something is, nor one a describing word introduces: الحوثي المتحالفة مع إيران.)
            // (…nor one an attribution names: وبحسب وكالة الصحافة الفرنسية فقد دعا والد الرهينة.)
            let beforeArgs = args.filter { $0.span.end <= start && $0.isActor && !$0.whereSomethingIs && !Self.described($0, words, tokens, asSubject: true)
                && !Self.attributed($0, words, tokens) }
            var source: EventParty?, target: EventParty?
            let gapTokens = { (a: Argument) in
                words.filter { tokens[$0.token].start >= end && tokens[$0.token].end <= a.span.start && !Self.honorifics.contains($0) }.count
            }
            /// The words of the sentence between byte offsets `from` and `to`.
            let wordsBetween = { (from: Int, to: Int) in words.filter { tokens[$0.token].start >= from && tokens[$0.token].end <= to }.count }
            let gapBefore = { (a: Argument) in wordsBetween(a.span.end, start) }
            /// The actor right after (a word at most) one of `verbs` among the first `within` words after the trigger:
            /// the doer told in a relative clause (هجوم شنته قوات هادي، المساعدات التي تقدمها الأمم المتحدة).
            func doer(after verbs: KeySet, within: Int) -> Argument? {
                guard let v = words[(f.last + 1)...].prefix(within).first(where: { verbs.contains($0) }),
                      let a = after.first(where: { $0.span.start >= tokens[v.token].end }),
                      wordsBetween(tokens[v.token].end, a.span.start) <= 1 else { return nil }
                return a
            }
            // …unless punctuation parts them (وبشأن الحرب الأوكرانية، رفض أمير عبد اللهيان).
            let punctuationBefore = { (a: Argument) in tokens[words[0].token..<words[f.first].token].contains { $0.kind == .punctuation && $0.start >= a.span.end } }
            let strongPunctuationBefore = { (a: Argument) in
                tokens[words[0].token..<words[f.first].token].contains { $0.kind == .punctuation && $0.start >= a.span.end && !$0.isComma(in: text) }
            }
            // An attack named by a noun after another event (أعرب عن استنكاره للاعتداء، نقل التعازي في حادث
            // التفجير، ندد بمقتل طفل في هجوم): who is named before it reacts to it and did not do it.
            let ploverOf = { (p: EventPattern) in codebook.plover(p.cameo) }
            let assaultNoun = f.pattern.kind == .noun && ploverOf(f.pattern) == "ASSAULT"
            let reportedAssault = assaultNoun && (found[..<n].contains { ploverOf($0.pattern) != "ASSAULT" }
                || (f.first > 0 && Self.scenes.contains(words[f.first - 1]))   // وقف على موقع التفجير
                // استشهد شرطي في هجوم: the one named before is its victim, unless it takes part (للمشاركة في عملية عسكرية).
                || (f.first > 1 && words[f.first - 1].key == Self.inWord && !Self.partaking.contains(words[f.first - 2])))
            // A killing is written in the passive (قُتل ثلاثة جنود، 1332 عراقيا قتلوا): the one named beside the
            // verb is the victim, and the killer only one named after على يد، برصاص، بنيران.
            var victim: EventParty?
            let agent = words[(f.last + 1)...].prefix(8).first(where: { Self.agentMarkers.contains($0) })
                .flatMap { by in after.first { $0.span.start >= tokens[by.token].end } }
            // A participle of manner (رافضا إياها، داعيا إلى الحوار) has the sentence's subject: the actor named
            // after its first word or two (وقال وزير الخارجية …), else the last sentence's (وأضاف أنه …).
            func sentenceSubject() -> EventParty? {
                // (…or the nationality of the title it opens with: وقال وزير الخارجية الإيطالي.)
                let opening = args.first { a in a.isActor && a.span.end <= start && words.filter { tokens[$0.token].end <= a.span.start }.count <= 2 }
                    ?? args.first { a in a.isActor && a.span.end <= start && a.actor!.id == a.actor!.country
                        && words.filter { tokens[$0.token].end <= a.span.start }.count <= 4 }
                return opening.map { EventParty(actor: $0.actor!, span: $0.span) } ?? lastSubject ?? events.first?.sources.first
            }
            if f.pattern.flags.contains("hal"), let subject = sentenceSubject() {
                source = subject
            } else if f.pattern.flags.contains("passive"), let killer = after.first, gapTokens(killer) == 0, !Self.withLam(text, tokens, killer.span),
                      let killed = after.first(where: { a in
                          let k = Self.token(at: a.span.start, tokens)
                          return a.span.start > killer.span.end && (Self.withLam(text, tokens, a.span) || k > 0 && Self.startsWithLamAl(text, tokens[k - 1]))
                      }),
                      killed.span.start < nextOwnStart(n), wordsBetween(killer.span.end, killed.span.start) <= 8 {
                // The verbal noun with its doer and ل before whom it befell, or before his title (قتل سليمان الأسد - نجل
                // ابن عم بشار الأسد - للعقيد حسان الشيخ).
                source = EventParty(actor: killer.actor!, span: killer.span)
                victim = EventParty(actor: killed.actor!, span: killed.span)
            } else if f.pattern.flags.contains("passive"), f.pattern.kind == .verb, agent == nil, let killer = after.first, gapTokens(killer) == 0,
                      !killer.person, !killer.isPlace, !Self.withLam(text, tokens, killer.span),
                      let killed = after.dropFirst().first, !killed.isPlace, killed.span.start < nextOwnStart(n),
                      !(killed.span.start >= 2 && text[killed.span.start - 2] == 0xD9 && text[killed.span.start - 1] == 0x88),   // و
                      !words.contains(where: { w in tokens[w.token].start >= killer.span.end && tokens[w.token].end <= killed.span.start
                          && !times.contains { $0.span.covers(tokens[w.token]) } }) {
                // Written active, as the news also writes it: a force right after the verb, then whom it killed, past
                // a time at most (قتلت قوات الاحتلال الإسرائيلي فجر أمس محمد علاونة); not a list of victims (و).
                source = EventParty(actor: killer.actor!, span: killer.span)
                victim = EventParty(actor: killed.actor!, span: killed.span)
            } else if f.pattern.flags.contains("passive"), f.pattern.kind == .verb, agent == nil, Self.killedShe.contains(words[f.first]),
                      let force = after.first, gapTokens(force) == 0, f.last + 1 < words.count, Self.forces.contains(words[f.last + 1]) {
                // قتلت قوات الاحتلال …، قتلت جماعة بوكو حرام …: a force right after the feminine verb killed (forces are
                // not what the news says was killed), whoever it killed unnamed or no actor.
                source = EventParty(actor: force.actor!, span: force.span)
            } else if f.pattern.flags.contains("passive"),
               // (A person's name may end in a comma before it, when nothing the verb does follows it: إن محسن الفضلي، قتل
               // في الثامن من يوليو; not فرانك روف، الذي قتل 9 سود.)
               let v = beforeArgs.last.flatMap({ gapBefore($0) <= 2 && (!punctuationBefore($0) || ($0.person && !strongPunctuationBefore($0)
                    && f.last + 1 < words.count && Self.circumstances.holds(words[f.last + 1], text, tokens))) ? $0 : nil })
                ?? after.first(where: { $0.actor!.id != agent?.actor!.id && gapTokens($0) <= 2 }) {
                victim = EventParty(actor: v.actor!, span: v.span)
                source = agent.map { EventParty(actor: $0.actor!, span: $0.span) }
            } else if f.pattern.kind == .verb, f.pattern.cameo == "173", let held = after.first, held.person, !held.bareTitle, gapTokens(held) == 0,
                      beforeArgs.last.map({ gapBefore($0) > 1 || punctuationBefore($0) }) ?? true {
                // A person right after an arrest verb is whom it holds (واعتُقل راندولف بروس أداير): people are arrested,
                // the police, the army and the forces arrest. The arrester is only one named after على يد or من قبل.
                victim = EventParty(actor: held.actor!, span: held.span)
                source = agent.map { EventParty(actor: $0.actor!, span: $0.span) }
            } else if reportedAssault {
                // Its attacker is only one the noun's own words give: a nationality right after it (القصف
                // الإسرائيلي), or the subject of شنه/نفذه/ارتكبه after it (هجوم شنته قوات هادي).
                // (An attack named after في is also reported: استشهد شرطي في هجوم لداعش.)
                if let first = after.first, gapTokens(first) == 0, !first.isPlace,
                   first.actor!.id == first.actor!.country || Self.withLam(text, tokens, first.span) {
                    source = EventParty(actor: first.actor!, span: first.span)   // …or one with ل right after it (هجوم لداعش)
                } else if let a = doer(after: Self.perpetrated, within: 3) {
                    source = EventParty(actor: a.actor!, span: a.span)
                }
            } else if f.pattern.kind == .verb, let last = beforeArgs.last,
                      (gapBefore(last) <= 1 && !punctuationBefore(last))
                        || (gapBefore(last) <= 2 && f.first > 0 && Self.relatives.contains(words[f.first - 1]) && words[f.first - 1].key != Self.ma) {
                // The subject right before the verb, or before its relative pronoun, past a comma or a word of its
                // name the tagger left out (خالد محفوظ بحاح الذي يزور الإمارات، موغيريني، التي زارت طهران).
                source = EventParty(actor: last.actor!, span: last.span)
            } else if f.pattern.kind == .noun, let expressed = Self.expressedBy(words, f.first),
                      let speaker = Self.halExpressers.contains(expressed) ? sentenceSubject() : beforeArgs.last.flatMap({
                          punctuationBefore($0) ? nil : EventParty(actor: $0.actor!, span: $0.span) }) {
                // A noun a statement expresses (أعرب السيسي عن استنكاره) is the speaker's act; after a participle of
                // manner (معربا عن تقديره) the speaker is the sentence's subject.
                source = speaker
            } else if !possessed, !honoured, let first = after.first, gapTokens(first) <= (f.pattern.kind == .verb ? 3 : 2),
                      // (…a reception's is its host only with ل before the guest, استقبال الأمير للوفد; else the guest:
                      // وافق الأردن على استقبال جرحى يمنيين.)
                      !(f.pattern.kind == .noun && f.pattern.flags.contains("host")
                        && !after.contains { $0.span.start > first.span.end && Self.withLam(text, tokens, $0.span) }),
                      // (…an arrest's or a detention's is whom it holds: مكان احتجاز الرهينة الكرواتي.)
                      !(f.pattern.kind == .noun && f.pattern.cameo.hasPrefix("17")),
                      // (…not past the next trigger, whose argument it is: مذكرات اعتقال اتهمت فيها البشير; but
                      // triggers joined by و share it: تعازي ومواساة خادم الحرمين، تهديدات واعتداءات تنظيم القاعدة.)
                      first.span.start < nextOwnStart(n),
                      !words.contains(where: { tokens[$0.token].start >= end && tokens[$0.token].end <= first.span.start && Self.prepositions.contains($0) }),
                      !Self.withLam(text, tokens, first.span),
                      !words.indices.contains(where: { k in
                          let t = tokens[words[k].token]
                          // (…but a blessing is no object: وصل بحفظ الله ورعايته نائب خادم الحرمين الشريفين.)
                          return t.start >= end && (t.end <= first.span.start || (t.start < first.span.start && first.span.start < t.end))
                              && (Self.startsWithBa(text, t) || (!meeting && Self.startsWithLamAl(text, t)))
                              && !(k + 1 < words.count && Self.god.contains(words[k + 1]))
                      }) {
                // The actor right after the trigger, with no preposition between (زيارة وزير…, التقى الوزير…); one
                // with ل on it, or but for meetings after a word with لل (مساعدات للشعب اليمني, but الزيارة
                // الثانية للأمير محمد), is whom the act is for or against (اتهامات لطهران), one in a ب object
                // what it is about (وأشاد بالدور الروسي).
                source = EventParty(actor: first.actor!, span: first.span)
            } else if honoured, let person = beforeArgs.first(where: { $0.actor!.id != $0.actor!.country && !$0.actor!.isOnlyInText }) {
                source = EventParty(actor: person.actor!, span: person.span)
            } else if possessed, let person = beforeArgs.last(where: { $0.actor!.id != $0.actor!.country }) {
                // The pronoun of زيارته is a person's, not the nationality named last (مع المسؤولين الروس خلال زيارته).
                source = EventParty(actor: person.actor!, span: person.span)
            } else if !backgrounded, let last = beforeArgs.last(where: { $0.agentDomestic == nil || gapBefore($0) <= 2 }) {
                // (An agent noun only near the trigger: رجال الأمن far before زيارة are whom the visit was for.)
                source = EventParty(actor: last.actor!, span: last.span)
            } else if !backgrounded, let people = homePeople(among: Self.people) {
                source = people   // أشاد عدد من المواطنين
            } else if !backgrounded {
                source = lastSubject
            }
            // A verb written as its own verbal noun (دعم، شكر) is a verb only with its subject beside it, or a
            // noun that a statement expresses (أكد دعم باريس للبنان، أعرب عن شكره): ودعم التعاون البحثي is
            // support as a noun, in a list.
            if f.pattern.flags.contains("masdar"), f.first == 0 || !Self.expresses.contains(words[f.first - 1]),
               !(beforeArgs.last.map { gapBefore($0) == 0 && !punctuationBefore($0) } ?? false),
               !(after.first.map { gapTokens($0) == 0 } ?? false) { continue }
            // Not a side: the source itself, nor one a describing word introduces (حزب الشعب الديموقراطي الموالي
            // للأكراد أردوغان: the Kurds describe the party).
            // (An agent noun only near the trigger.)
            var rest = after.filter { a in a.actor!.id != source?.actor.id && !Self.described(a, words, tokens) && (a.agentDomestic == nil || gapTokens(a) <= 4) }
            // The source's own title (تميم بن حمد آل ثاني أمير دولة قطر) names its country, not a second side.
            if let s = source, s.span.start >= end, let title = rest.first, title.actor!.id == s.actor.country, title.actor!.id == title.actor!.country,
               !(args.first { $0.span == s.span }?.countryAssumed ?? true),
               title.span.start > s.span.end, wordsBetween(s.span.end, title.span.start) <= 2 {
                rest.removeFirst()
            }
            // The doer's own country right after a noun a statement expresses (عبر الجبير عن استنكار المملكة) is no target.
            if f.pattern.kind == .noun, let s = source, s.span.end <= start, let first = rest.first, first.actor!.id == s.actor.country,
               gapTokens(first) == 0 { rest.removeFirst() }
            // A condemnation of an attack (أعرب عن استنكاره للاعتداء على مسجد قوات الطوارئ), also one told a few words on
            // (استنكر بشدة في بيان صادر عنه أمس الهجوم), is aimed at the attacker: not at the victims and places named
            // after the attack, only at a nationality right after its noun (للقصف الإسرائيلي).
            if ploverOf(f.pattern) == "ACCUSE", n + 1 < found.count, found[n + 1].pattern.kind == .noun,
               ploverOf(found[n + 1].pattern) == "ASSAULT", between(f.last, found[n + 1].first) <= 10 {
                let attack = ByteSpan(tokens[words[found[n + 1].first].token].start, tokens[words[found[n + 1].last].token].end)
                let nextWord = words.first { tokens[$0.token].start >= attack.end }.map { tokens[$0.token] }
                rest.removeAll { a in
                    a.span.start >= attack.start
                        && !(a.span.start == nextWord?.start && !a.isPlace && a.actor!.id == a.actor!.country)
                }
            }
            if f.pattern.flags.contains("meet") || f.pattern.flags.contains("host") || f.pattern.kind == .noun {
                // A country named as where they meet is no party to it (استقبل … في الإمارات … الجبير).
                rest.removeAll { a in a.isPlace && Self.explicitPlace(words, tokens, text, [a]) != nil }
                // …nor, for a meeting, a room or a palace they meet in (استقبل الملك في مكتبه بقصر اليمامة اليوم الوزير).
                if meeting { rest.removeAll { a in Self.rightAfterIn(a, words, tokens) } }
                // The other principal: after مع or بين if there is one, else the next actor.
                let withIndex = words.firstIndex { $0.token > words[f.last].token && Self.with.contains($0) }
                // … but only when no other actor comes first (التقى X نظيره Y: Y is the object).
                let afterWith = withIndex.flatMap { wi -> Argument? in
                    let at = tokens[words[wi].token].start
                    if let direct = rest.first, direct.span.start < at { return nil }
                    return rest.first { $0.span.start >= at }
                }
                target = (afterWith ?? rest.first).map { EventParty(actor: $0.actor!, span: $0.span) }
            } else {
                target = rest.first.map { EventParty(actor: $0.actor!, span: $0.span) }
            }
            // A noun of what two sides do together, then بين and the two (اشتباكات بين الجنود الأتراك ومتمردي
            // حزب العمال، محادثات بين إيران والقوى الكبرى): the first is the source, the second the target.
            if f.pattern.kind == .noun, let b = words[(f.last + 1)...].prefix(4).first(where: { $0.key == Self.between }) {
                let from = tokens[b.token].end
                if let first = after.first(where: { $0.span.start >= from }), wordsBetween(from, first.span.start) <= 1,
                   let second = after.first(where: { $0.span.start >= first.span.end }), wordsBetween(first.span.end, second.span.start) <= 2 {
                    source = EventParty(actor: first.actor!, span: first.span)
                    target = EventParty(actor: second.actor!, span: second.span)
                }
            }
            // A noun whose doer a relative clause names (الزيارة التي قام بها وفد جامعة واشنطن): that one did it.
            if f.pattern.kind == .noun, let v = words[(f.last + 1)...].prefix(3).firstIndex(where: { Self.carriedOut.contains($0) }),
               v + 1 < words.count, Self.withIt.contains(words[v + 1]),
               let a = after.first(where: { $0.span.start >= tokens[words[v + 1].token].end }), wordsBetween(tokens[words[v + 1].token].end, a.span.start) <= 3 {
                if target?.actor.id == a.actor!.id { target = nil }
                source = EventParty(actor: a.actor!, span: a.span)
            }
            // Aid that a body gives, told in a relative clause (المساعدات التي تقدمها الأمم المتحدة): that body gives it.
            if ploverOf(f.pattern) == "AID", f.pattern.kind == .noun, let giver = doer(after: Self.giving, within: 5) {
                if let s = source, s.actor.id != giver.actor!.id, target == nil || target?.actor.id == giver.actor!.id { target = s }
                source = EventParty(actor: giver.actor!, span: giver.span)
            }
            // A noun whose doer follows من (انتقادات من منظمات حقوقية، مساعدات من المملكة، هجوم من قبل المسلحين):
            // that one is the source, and the side the sentence gave it otherwise is the target. (من قبل, "by", may
            // come after a word or two more: القصف العشوائي والقنص من قبل الحوثي; not after a demand, whose words
            // name the act demanded and its doer: ضرورة إعادة النظر من قبل مؤسسة النقد.)
            let fromWord = words[(f.last + 1)...].prefix(4).indices.first { k in
                words[k].key == Self.from && (k <= f.last + 2 || (k + 1 < words.count && words[k + 1].key == Self.before && ploverOf(f.pattern) != "REQUEST"))
            }.map { words[$0] }
            if f.pattern.kind == .noun, let m = fromWord {
                let afterFrom = words.first { tokens[$0.token].start >= tokens[m.token].end }
                let by = afterFrom.map { $0.key == Self.before } ?? false
                let from = by ? tokens[afterFrom!.token].end : tokens[m.token].end
                // (After من قبل the doer's name may follow a word or two for what it is: من قبل المليشيات الحوثية،
                // من قبل الطيران الحربي السوري.)
                if by || Self.doerAfterFrom.contains(ploverOf(f.pattern) ?? ""),
                   let doer = after.first(where: { $0.span.start >= from }),
                   wordsBetween(from, doer.span.start) <= (by ? 2 : 0),
                   doer.actor!.id != source?.actor.id {
                    if let s = source { target = s } else if target?.actor.id == doer.actor!.id { target = nil }
                    source = EventParty(actor: doer.actor!, span: doer.span)
                }
            }
            // وكان في استقباله X، وكان في استقبال الملك X، كان باستقباله X: X received him (or the king named), not the reverse.
            if f.pattern.flags.contains("host"), f.pattern.kind == .noun, f.first > 0,
               words[f.first - 1].key == Self.inWord || (Self.was.contains(words[f.first - 1]) && Self.startsWithBa(text, tokens[words[f.first].token])) {
                let guest = possessed ? (beforeArgs.last ?? lastSubject.map { Argument(span: $0.span, actor: $0.actor, place: nil) })
                                      : after.first.flatMap { gapTokens($0) == 0 ? $0 : nil }
                if let guest, let host = after.first(where: { $0.span.start >= (possessed ? end : guest.span.end) && $0.actor!.id != guest.actor?.id }) {
                    source = EventParty(actor: host.actor!, span: host.span)
                    target = EventParty(actor: guest.actor!, span: guest.span)
                }
            }
            // Whom an act is against is named after ضد (العقوبات الاقتصادية ضد إيران): its target, never its source.
            if let by = words[(f.last + 1)...].prefix(4).first(where: { $0.key == Self.against }),
               let a = after.first(where: { $0.span.start >= tokens[by.token].end }), wordsBetween(tokens[by.token].end, a.span.start) == 0 {
                if source?.actor.id == a.actor!.id { source = nil }
                target = EventParty(actor: a.actor!, span: a.span)
            }
            // Two principals joined by و before a meeting (عقد الأمير محمد بن سلمان ووزير الدفاع الأميركي اجتماعاً
            // بحثا خلاله): the one is the source, the other the target.
            if target == nil, meeting, f.pattern.flags.contains("meet"), let s = source,
               let k = beforeArgs.firstIndex(where: { $0.span == s.span }) {
                let joined = { (a: Argument, b: Argument) in a.span.end + 3 == b.span.start && text[a.span.end..<b.span.start].elementsEqual([0x20, 0xD9, 0x88]) }   // " و"
                if k > 0, joined(beforeArgs[k - 1], beforeArgs[k]), beforeArgs[k - 1].actor!.id != s.actor.id {
                    source = EventParty(actor: beforeArgs[k - 1].actor!, span: beforeArgs[k - 1].span)
                    target = s
                } else if k + 1 < beforeArgs.count, joined(beforeArgs[k], beforeArgs[k + 1]), beforeArgs[k + 1].actor!.id != s.actor.id {
                    target = EventParty(actor: beforeArgs[k + 1].actor!, span: beforeArgs[k + 1].span)
                }
            }
            if target == nil {   // استقبل أسرة الشيخ، استقبل الوزير أسر المصابين
                target = homePeople(among: Self.peopleReached) ?? source.flatMap { homePeople(among: Self.peopleReached, after: $0.span.end) }
            }
            if let victim { target = victim }
            // Rejecting an accusation just told (اتهامات واشنطن لطهران …، رافضا إياها) is aimed at its accuser.
            if f.pattern.flags.contains("reject"), f.pattern.flags.contains("hal"),
               let accuser = events.last(where: { $0.code.plover == "ACCUSE" })?.sources.first {
                target = accuser
            }
            // An attack with no actor named hits the country of the place it names, else of the place
            // the sentence puts it in (تفجير … مسجد قوات الطوارئ بمنطقة عسير).
            let placeHit = reportedAssault && target == nil
            if f.pattern.flags.contains("visit") || placeHit,
               let p = args.first(where: { $0.span.start >= end && $0.isPlace })?.place ?? (placeHit ? sentencePlace : nil),
               let c = p.country {
                target = EventParty(actor: Resolution.LinkedActor(id: c, name: nil, nameAr: p.nameAr, code: c, country: c, role: nil),
                                    span: args.first(where: { $0.place?.id == p.id })!.span)
            }
            // A visit is never the visited country's own (ثم يزور ماليزيا after سيتوجه كيري): its visitor is the subject.
            if f.pattern.flags.contains("visit"), let s = source, let t = target, s.dyadCode == t.dyadCode, s.actor.id == s.actor.country,
               let subject = sentenceSubject(), subject.dyadCode != t.dyadCode { source = subject }
            // A counterpart the sentence does not name, of an act by the home country's own actors, is
            // that country (domestic news: طالب الوزير بضرورة…, ألقت الشرطة القبض على…).
            // Meetings and mobilizations have no such implicit counterpart, and whom a condemnation or a
            // rejection is aimed at is not the country itself (أدان التفجير: the attacker, unnamed).
            // The home country as a side no word names: the act implies it.
            let impliedHome = { (home: String) in
                EventParty(actor: Resolution.LinkedActor(id: home, name: nil, nameAr: "", code: home, country: home, role: nil), span: ByteSpan(start, end))
            }
            if target == nil, let s = source, let home, s.dyadCode == home, let plover = ploverOf(f.pattern),
               !["CONSULT", "MOBILIZE", "ACCUSE", "REJECT"].contains(plover) {
                target = impliedHome(home)
            }
            // Fighting in the home country with no side named (معارك عنيفة في عدن، العملية العسكرية التي نفذت في
            // لحج، استعادة السيطرة) is the country's own: a civil war's sides are both of it. Not a bombing or
            // an assault (18x), whose unnamed attacker may be anyone.
            if source == nil, let t = target, let home, t.dyadCode == home, cameo.hasPrefix("19") { source = impliedHome(home) }
            // Reported speech: a reporting verb before the trigger, its actor the reporter.
            var reporter: EventParty?
            if let r = words[0..<f.first].lastIndex(where: { !$0.key.isEmpty && Self.reporting.contains($0) }),
               let a = args.first(where: { $0.isActor && $0.span.start >= tokens[words[r].token].end && $0.span.end <= start }),
               a.actor?.id != source?.actor.id {
                reporter = EventParty(actor: a.actor!, span: a.span)
            }
            // An intention to cooperate is CAMEO's own event (03x, PLOVER AGREE), not the cooperation itself:
            // يعتزم زيارة is an intent to meet (036), مستعدون لإرسال المساعدات an intent to give aid (033).
            if modality == .intended, let intent = Codebook.intentCode(cameo) { cameo = intent }
            guard let code = codebook.code(cameo) else { continue }
            // In sports news an attack is a team's, a threat a rival's, sanctions a league's, a refusal a club's
            // answer to an offer (رفض العرض وتمسك باللاعب), an agreement or a signing a transfer (وقع للنصر،
            // الاتفاقية بين الناديين), a demand a club's of its players (وطالب نادي النصر جميع اللاعبين), an
            // arrival a player's (وصل اللاعب لمدينة ميلانو), and a لقاء or يلتقي برشلونة مع فيورنتينا a match:
            // only a visit is still one (زارت بعثة الفريق عمدة المدينة).
            if sportsNews, code.plover != "CONSULT" || f.pattern.kind == .noun || !f.pattern.flags.contains("visit") || f.pattern.flags.contains("goes") { continue }
            // A verb of travel (توجه، وصل) is a visit only to a place the sentence names, and to the one after
            // its إلى: لم توجه اتهامات and وصل إلى الدور النهائي (في كأس العالم في روسيا) are no visits (زار
            // may visit people: زار المصابين).
            if f.pattern.flags.contains("goes") {
                // وصل عدد الزوار، بلغ حجم: an amount reached.
                if f.last + 1 < words.count, Self.amounts.contains(words[f.last + 1]) { continue }
                // A player who arrives in a sentence about a game joins a camp, he visits no one (وصل لاعب خط الوسط
                // للانضمام لمعسكر الفريق), in an article the sports test missed.
                if words.filter({ Self.sports.contains($0) }).count >= 2 { continue }
                let to = words[(f.last + 1)...].prefix(6).first { Self.toward.contains($0) }
                // وصل إلى حد القطيعة، يصل إلى مرحلة: an extent reached, no place.
                if let to, let w = words.firstIndex(where: { $0.token == to.token }), w + 1 < words.count, Self.extents.holds(words[w + 1], text, tokens) { continue }
                // The place after إلى may follow a word for it (إلى العاصمة الروسية موسكو), no more.
                let destination = args.first { $0.span.start >= (to.map { tokens[$0.token].end } ?? end) && $0.isPlace }
                // …and no clause between (وصلت إلى قناعة أن اليمن: a conviction reached, no visit).
                guard let destination else { continue }
                // A plane, a ship or a load that arrives is no visitor (وصلت أمس ثاني طائرة إلى مطار عدن).
                // Its subject is near the verb (ووصلت الى عدن اول سفينة), or before إلى past a phrase or two (وصلت بحفظ الله
                // ورعايته أمس الطائرة الإغاثية).
                if words[(f.last + 1)...].prefix(4).contains(where: { Self.vehicles.contains($0) })
                    || words[(f.last + 1)...].prefix(while: { $0.token != to?.token }).prefix(8).contains(where: { Self.vehicles.contains($0) }) { continue }
                let between = to.map { w in words.filter { tokens[$0.token].start >= tokens[w.token].end && tokens[$0.token].end <= destination.span.start } } ?? []
                guard between.count <= 3, !between.contains(where: { Self.complementizers.contains($0) }) else { continue }
            }
            // A host receives someone: استقبل بحفاوة من طرف الجمهور (was received) and استقبلت مدينة عدن
            // إغاثة (a city took in aid) host no one.
            if f.pattern.flags.contains("host"), source == nil || target == nil { continue }
            // Patients, voters, pilgrims, refugees, requests and planes received (لاستقبال الحالات المرضية، استقبال
            // الناخبين، استقبال الحجاج السوريين) are no guests; but wounded or refugees named with a nationality are
            // that country's, whom another takes in (وافق الأردن على استقبال جرحى يمنيين: Jordan hosts Yemen's).
            if f.pattern.flags.contains("host"),
               let k = words[(f.last + 1)...].prefix(2).firstIndex(where: { Self.notGuests.contains($0) || Self.vehicles.contains($0) }),
               !(Self.inNeed.contains(words[k]) && args.contains { a in a.actor.map { $0.id == $0.country } == true
                   && (a.span.start == tokens[words[k].token].start || (k + 1 < words.count && a.span.start == tokens[words[k + 1].token].start)) }) {
                continue
            }
            // استقبل البرنامج 100 طالب: a number received is no guest.
            if f.pattern.flags.contains("host"), let t = words[(f.last + 1)...].first?.token,
               (t..<min(t + 3, tokens.count)).contains(where: { tokens[$0].kind == .number }) { continue }
            // An attack named for what the speaker calls it (أكد المتحدث أن الهجوم عمل إرهابي جبان، وصف الوزير التفجير
            // بالإجرامي) is condemned by whoever names it before, not done by them.
            // So is one whose doers are named by what they did (وصف الوزير منفذي الهجوم بأنهم), unless the name is
            // theirs, right before (جابر الخشناوي منفذ الهجوم).
            if ploverOf(f.pattern) == "ASSAULT", f.pattern.kind == .noun, let s = source, s.span.end <= start {
                let branded = words[(f.last + 1)...].prefix(5).contains { Self.condemning.contains($0) }
                let before = f.first > 0 ? words[f.first - 1] : nil
                let doersNamed = before.map { Self.perpetrators.contains($0) } ?? false
                let nameIsTheDoer = before.map { Self.perpetrator.contains($0) } ?? false
                    && f.first > 1 && tokens[words[f.first - 2].token].end <= s.span.end
                if branded || (doersNamed && !nameIsTheDoer) { source = nil }
            }
            // A news outlet reports fighting, arrests and aid; it is no side of them (وذكرت وكالة الأناضول أنه قتل …).
            // So does a monitor of human rights (المرصد السوري لحقوق الإنسان، هيومن رايتس ووتش: a CAMEO NGO…HRI) of the violence
            // it counts; aid it may give.
            if let plover = ploverOf(f.pattern), Self.materialActs.contains(plover) {
                func reports(_ code: String?) -> Bool {
                    guard let code else { return false }
                    return code.hasSuffix("MED") || (plover != "AID" && code.contains("NGO") && code.hasSuffix("HRI"))
                }
                if reports(source?.actor.code) { source = nil }
                if reports(target?.actor.code) { target = nil }
            }
            // No one meets or visits himself (زيارة البحرين as a heading: Bahrain is where, not who).
            if ploverOf(f.pattern) == "CONSULT", let s = source, let t = target, s.actor.id == t.actor.id { source = nil }
            if source == nil && target == nil { continue }
            // A call or a talk with a newspaper (في اتصال هاتفي مع «الوطن») is an interview, not a consultation.
            if ploverOf(f.pattern) == "CONSULT", [source, target].contains(where: { $0?.actor.code?.hasSuffix("MED") ?? false }) { continue }
            // Companies and clubs among themselves (وقعت الشركة اتفاقية مع النادي) make business or sport, not politics.
            if [source, target].allSatisfy({ $0.map { Self.commercial($0.actor) } ?? true }) { continue }
            if f.pattern.kind == .noun, modality == .asserted { untensed.append(events.count) }
            if f.pattern.kind == .verb, modality == .future { announced.insert(code.plover) }
            events.append(Event(sentence: si, span: sentence, trigger: ByteSpan(start, end), sources: source.map { [$0] } ?? [],
                                targets: target.map { [$0] } ?? [], code: code, place: sentencePlace ?? dateline,
                                date: sentenceDate.map { String($0.value.prefix(10)) } ?? published,
                                dateSource: sentenceDate != nil ? "text" : (published == nil ? nil : "published"),
                                polarity: polarity, modality: modality, reporter: reporter,
                                confidence: source != nil && target != nil ? 0.7 : 0.4, mentions: [ByteSpan(start, end)]))
        }
        // A noun has no tense: with a verb of its kind that announces the happening (يلتقي كيري اليوم لافروف على هامش
        // اجتماع، أن الاجتماع سيناقش) it is that announced happening.
        for i in untensed where announced.contains(events[i].code.plover) { events[i].modality = .future }
        if let s = events.first?.sources.first { lastSubject = s } else { Self.rememberFirstPerson(args, &lastSubject) }
        return events
    }

    /// Whether the trigger word at `i` only looks like an event here; `afterVerbOf` is the PLOVER type of
    /// the verb trigger right before it in the sentence, if that is the last trigger found.
    func onlyLooksLikeAnEvent(_ p: EventPattern, key: String, preposition: Bool, at i: Int, _ words: [Word], _ tokens: [Token],
                              _ text: [UInt8], _ args: [Argument], afterVerbOf verb: String?) -> Bool {
        let plover = codebook.plover(p.cameo)
        let token = tokens[words[i].token]
        let previous = i > 0 ? words[i - 1].key : ""
        let withBa = preposition && Self.startsWithBa(text, token)
        // Fully vocalized words are scripture, a hadith or verse quoted (مَنْ قَتَلَ نَفْسًا بِغَيْرِ نَفْسٍ), not news.
        if Self.vocalized(words, around: i, tokens, text) { return true }
        // A law or a decree signed (يوقع قانون منح السود حق التصويت) is no agreement between sides.
        if p.cameo == "057", i + 1 < words.count, Self.signedActs.contains(words[i + 1]) { return true }
        if p.kind == .noun {
            // ب + a noun of cooperation or support is a manner (بالتنسيق مع، بترحيب من).
            if withBa, let plover, Self.mannerNouns.contains(plover) { return true }
            // A noun of the verb's own kind as its object (طالب … بضرورة، دعا إلى ضرورة) is what the verb asks.
            if let verb, verb == plover, withBa || Self.objectMarkers.contains(previous) { return true }
            // A noun after the head of a title or body names it (رؤساء التحرير، لجنة الإغاثة، فريق التفاوض), and a
            // meeting noun after a word for a room or an area a facility (منطقة للاستقبال، قاعة الاجتماعات).
            if Self.heads.contains(previous) || (plover == "CONSULT" && Self.facilities.contains(previous)) { return true }
            // …and one with ل right after a body's name, in a name of its own (with the article or before a word with it),
            // is the body's purpose (اللجنة العليا لإغاثة النازحين، منظمة مرام للإغاثة والتنمية), not what the body
            // underwent or went to do (تعرض أعضاء في اللجنة التنفيذية لعقوبات بسبب، مع الهيئة لتوقيع اتفاقية).
            if preposition, Self.startsWithLam(text, token), i > 0,
               Self.startsWithLamAl(text, token) || (i + 1 < words.count && Self.definite(text, tokens[words[i + 1].token])),
               let body = args.last(where: { $0.span.end < token.start }),
               body.isActor, !body.person, !body.isPlace, body.span.end >= tokens[words[i - 1].token].end,
               let head = words.first(where: { tokens[$0.token].start == body.span.start }), Self.heads.contains(head) { return true }
            // An act named as a kind (ظواهر التفجير، أشكال العنف) is none that happened, nor one prevented or forbidden
            // (منع الهجمات، تمنع احتجاز الجثث، حظر الاعتقال التعسفي).
            if i > 0, Self.kindsOf.holds(words[i - 1], text, tokens) || Self.preventing.holds(words[i - 1], text, tokens) { return true }
            // An act a demand or an appeal asks done (طالب بفرض أشد العقوبات، دعا إلى عقد اجتماع) has not happened: the
            // request is the event.
            if verb == "REQUEST", words[max(0, i - 2)..<i].contains(where: { Self.doings.holds($0, text, tokens) }) { return true }
            // Coordination is an event with a partner: التنسيق مع الحكومة, not بعض التنسيق.
            if plover == "COOPERATE", !words[(i + 1)..<min(words.count, i + 3)].contains(where: { Self.with.contains($0) }) { return true }
            // Visits counted (بلغت 22978 زيارة، نفذت 12 جولة) are a tally of inspections, not a visit.
            if p.flags.contains("visit"), words[i].token > 0, tokens[words[i].token - 1].kind == .number { return true }
            // A round of violence or of an election (جولة العنف الجديدة، جولة الإعادة) is no visit.
            if p.flags.contains("visit"), i + 1 < words.count, Self.roundsOf.contains(words[i + 1]) { return true }
            // A round of talks (جولة جديدة من محادثات السلام) is the talks, not a visit.
            if p.flags.contains("visit"), words[(i + 1)..<min(words.count, i + 4)].contains(where: { $0.key == Self.from }),
               words[(i + 1)..<min(words.count, i + 5)].contains(where: { w in w.triggers.contains { patterns.pattern(hash: $0.hash, verbAllowed: false).map { $0.flags.contains("meet") } ?? false } }) { return true }
            // The meeting already told, as a time frame (وبعد اللقاء، خلال الاجتماع، قبل نهاية الزيارة).
            if plover == "CONSULT", words[i].nominal, Self.frames.contains(previous) { return true }
            // What any such act would be (يشجبون أي اعتداء) is no act; denied, it is one that did not happen
            // (لم توجه السلطات أي اتهامات: negative, below).
            if previous == Self.any, !Self.negatedAny(words, i) { return true }
            // لقاء before a sum or a price is "in return for" (لقاء كفالة قدرها خمسة ملايين دولار).
            if plover == "CONSULT", key == Self.encounter, !Self.definite(text, token), i + 1 < words.count,
               Self.prices.contains(words[i + 1]) || tokens[words[i].token + 1].kind == .number { return true }
            // An agreement named as a time or by its parts (بعد توقيع الاتفاق النووي، بنود الاتفاقية) was told before
            // (but خلال توقيع الاتفاقية is the signing told now).
            if plover == "AGREE" || p.cameo == "057", Self.since.contains(previous) || Self.agreementParts.contains(previous)
                || (previous == Self.signing && i > 1 && Self.since.contains(words[i - 2])) { return true }
            // لقاء تلفزيوني، اللقاء الصحفي is an interview.
            if key == Self.encounter, i + 1 < words.count, Self.interviews.contains(words[i + 1]) { return true }
            // ضرورة is a demand only as what someone stresses: after على or with ب (أكد على ضرورة، وجه بضرورة), or after a
            // comma, إلى or و with a word of stress earlier in the sentence (أكد الوزير، ضرورة; مشيرا إلى ضرورة; وجه بتوفير …
            // وضرورة). Said of something (أصبح المعسكر الخارجي ضرورة، ما هي ضرورة) it is none.
            if key == Self.necessity, !withBa, previous != Self.on,
               !(i > 0 && (tokens[words[i - 1].token].kind == .punctuation || Self.toward.contains(previous) || text[token.start] == 0xD9 && text[token.start + 1] == 0x88)
                 && words[..<i].contains { Self.stressers.contains($0) }) { return true }
            // على قمة الترتيب is the top of a table, not a summit.
            if plover == "CONSULT", key == Self.summit, Self.onTop.contains(previous) { return true }
            // In a sentence about a game, لقاء is a match and مفاوضات a transfer (استعداداً للقاء الأول أمام فريق أحد).
            if plover == "CONSULT", words.filter({ Self.sports.contains($0) }).count >= 2 { return true }
        }
        // داعيا الله أن يتغمد الشهداء is a prayer, not an appeal to anyone on earth; تدعو للتفاؤل gives cause for a feeling.
        if plover == "REQUEST", words[(i + 1)..<min(words.count, i + 3)].contains(where: { Self.god.contains($0) || Self.feelings.contains($0) }) { return true }
        // …as is one that names God within eight words, praised or with أن after (ودعت الخارجية العراقية الله عز وجل أن يتقبل،
        // ودعا معاليه في ختام تصريحه المولى عز وجل أن يحفظ).
        if plover == "REQUEST", let g = words[(i + 1)..<min(words.count, i + 9)].firstIndex(where: { w in
               // (not a word of a longer name: عبد ربه منصور هادي)
               Self.god.contains(w) && !args.contains { a in a.span.covers(tokens[w.token])
                   && a.span != ByteSpan(tokens[w.token].start, tokens[w.token].end) }
           }), words[(g + 1)..<min(words.count, g + 4)].contains(where: { Self.prayerFollowers.contains($0) }) { return true }
        // اثنى عشر is twelve (اثني written with ى), not praise.
        if plover == "SUPPORT", i + 1 < words.count, Self.teens.holds(words[i + 1], text, tokens) { return true }
        // أيده الله، شكر الله سعيكم: a blessing, not support or thanks from anyone on earth.
        if plover == "SUPPORT", i + 1 < words.count, Self.god.contains(words[i + 1]) { return true }
        // استقبال الطلبات: an office receiving applications hosts no one.
        if p.flags.contains("host"), p.kind == .noun, i + 1 < words.count, Self.paperwork.contains(words[i + 1]) { return true }
        // حشد من الشباب is a crowd; يدين بفوزه owes, يدين بالإسلام professes: a condemnation takes its object bare.
        if plover == "MOBILIZE", p.kind == .noun, i + 1 < words.count, words[i + 1].key == Self.from { return true }
        if plover == "ACCUSE", p.kind == .verb, key == Self.yadeen || key == Self.tadeen,
           let next = words[(i + 1)...].first(where: { w in !args.contains { $0.span.covers(tokens[w.token]) } }),
           Self.startsWithBa(text, tokens[next.token]), !Self.manners.contains(next) { return true }
        // With the article, التحرير has no object at all (رئيس التحرير، ميدان التحرير); the object is a side or a place
        // (تحرير عدن), or a word for ground in construct (تحرير مدينة، تحرير عدد من المحافظات), not what a definite word
        // names (تحرير الأسعار، تحرير الأرض) nor prices or letters (تحرير أسعار الوقود، تحرير رسائل).
        if key == Self.liberation {
            if Self.definite(text, token) || i + 1 >= words.count { return true }
            let next = tokens[words[i + 1].token]
            let freed = args.contains { $0.span.start <= next.start && next.start < $0.span.end }
            let ground = !Self.definite(text, next) && (Self.territory.contains(words[i + 1]) || Self.partOf.contains(words[i + 1]))
            if !freed, !ground { return true }
        }
        // The dead of an accident were killed by no one (قتلوا في الحادث الذي وقع إثر اصطدام).
        if plover == "ASSAULT", p.flags.contains("passive"), words[(i + 1)..<min(words.count, i + 9)].contains(where: { Self.accidents.contains($0) }) { return true }
        // A signing verb signs something named within five words (وقعا على اتفاق، سيوقع الجانبان اتفاقية).
        if p.cameo == "057", p.kind == .verb, !words[(i + 1)..<min(words.count, i + 6)].contains(where: { Self.signables.contains($0) }) { return true }
        // حالتا احتجاز are people trapped (in a rockslide, a lift), not held by anyone.
        if p.cameo == "173", p.kind == .noun, Self.cases.contains(previous) { return true }
        // على أقل تقدير is "at least", not esteem.
        if key == Self.esteem, previous == Self.least { return true }
        // Esteem goes to someone or something done (الشكر والتقدير لخادم الحرمين، تقدير جهود رجال الأمن، التقدير الذي
        // وجهه): with none of ل، إلى، من، على in the six words after it, تقدير is an estimate, a grade or a worth
        // (تقدير التعويضات، لا يقل التقدير عن جيد، يستحق التقدير). The words are counted past whoever holds the
        // esteem, title and name (تقدير خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز لجهود).
        if key == Self.esteem, !(i + 1 < words.count && Self.esteemedDeeds.contains(words[i + 1])) {
            var from = i + 1
            func pointsAt(_ w: Word) -> Bool { Self.esteemTo.contains(w) || (Self.startsWithLam(text, tokens[w.token]) && !Self.negators.contains(w)) }
            while from < words.count, !pointsAt(words[from]) {
                if Self.honorifics.contains(words[from]) || Self.royalTitles.contains(words[from]) { from += 1; continue }
                guard let holder = args.first(where: { $0.actor != nil && $0.span.start == tokens[words[from].token].start }) else { break }
                while from < words.count, tokens[words[from].token].end <= holder.span.end { from += 1 }
            }
            if !words[from..<min(words.count, from + 6)].contains(where: pointsAt) { return true }
        }
        // عزا/عزى ما حدث إلى attributes a cause (written alike without its shadda), it offers no condolences.
        if p.cameo == "055", p.kind == .verb, (key == Self.attributed1 || key == Self.attributed2),
           words[(i + 1)..<min(words.count, i + 7)].contains(where: { Self.toward.contains($0) }) { return true }
        // Control under which a place is (الخاضعة لسيطرة الحوثيين، تحت سيطرة الجيش) is a state, not a seizure.
        if key == Self.control, Self.underControl.contains(previous) { return true }
        // Control with no على in the four words after it, nor whose it is in the two (وظائف في القيادة والسيطرة، الوضع
        // تحت السيطرة) is a field or a state, not a seizure (but السيطرة الكاملة على، سيطرة الكيان الغاصب على، سيطرة الحوثيين).
        if key == Self.control, !words[(i + 1)..<min(words.count, i + 5)].contains(where: { $0.key == Self.on || Self.onIt.contains($0) }),
           !words[(i + 1)..<min(words.count, i + 3)].contains(where: { w in args.contains { $0.span.start == tokens[w.token].start && $0.isActor } }) {
            return true
        }
        // السيطرة على takes ground or a side (السيطرة على حي التواهي، على المطار، على صنعاء), not a fire, a disease or
        // the situation (السيطرة على الحريق، على تفشي المرض، على الوضع).
        if key == Self.control, i + 2 < words.count, words[i + 1].key == Self.on {
            var k = i + 2   // past a part, a number, a quote mark or a demonstrative (على معظم، على 5 دونمات، على هذه المواقع)
            while k + 1 < words.count, k < i + 6, Self.partOf.contains(words[k]) || tokens[words[k].token].kind != .word
                    || (k > i + 2 && words[k].key == Self.from) { k += 1 }   // (على عدد من مواقع الحوثيين، على «معسكر لبوزة»)
            let object = tokens[words[k].token]
            if !Self.territory.contains(words[k]), !args.contains(where: { $0.span.start <= object.start && object.start < $0.span.end }) { return true }
        }
        // A threat noun needs its threatener or its threatened beside it (تهديدات إيران، تهديد لأمن المملكة): مصدر
        // تهديد لحياتهم is a danger.
        if plover == "THREATEN", p.kind == .noun {
            let lo = i > 0 ? tokens[words[i - 1].token].start : token.start
            let hi = i + 2 < words.count ? tokens[words[i + 2].token].end : token.end
            if !args.contains(where: { $0.isActor && $0.span.start < hi && lo < $0.span.end && !$0.span.covers(token) }) { return true }
        }
        // A threat needs a threatener beside its verb (مخاطر الإرهاب تهدد هذه المكاسب is a danger, not a threat).
        if plover == "THREATEN", p.kind == .verb {
            let t = token
            let beside = args.contains { a in
                guard a.isActor else { return false }
                if a.span.end <= t.start { return words[..<i].filter { tokens[$0.token].start >= a.span.end }.count <= 1 }
                return a.span.start >= t.end && words[(i + 1)...].filter { tokens[$0.token].end <= a.span.start }.count <= 2
            }
            if !beside { return true }
        }
        // نوه praises what follows with ب (نوه بالدور); نوه إلى أن، نوه عن point something out.
        if p.flags.contains("ba"), !Self.takesObject(after: i, words, tokens, text, args, { Self.startsWithBa(text, $0) }) { return true }
        // نوه بأهمية الرد، أشاد بضرورة: the importance of a thing stressed is a statement, not praise (but تدعم الفعالية،
        // إيمانا منها بضرورة… supports the event).
        if plover == "SUPPORT", p.kind == .verb,
           let object = words[(i + 1)...].first(where: { w in !args.contains { $0.span.covers(tokens[w.token]) } }),
           Self.importance.holds(object, text, tokens) { return true }
        // A verb right after an indefinite head noun is a noun in construct (فريق بحث وتحر، لجنة دعم): no event.
        if p.kind == .verb, Self.heads.contains(previous), i > 0, !Self.definite(text, tokens[words[i - 1].token]),
           text[token.start] != 0xD9 || text[token.start + 1] != 0x88 { return true }
        // طالب demands at the head of a clause (وطالب، كما طالب، الذي طالب) or with a ب object (طالب
        // الوزير بـ…); elsewhere it is a student (أكثر من 500 طالب سعودي، طالب علم).
        if p.flags.contains("clause"), text[token.start] != 0xD9 || (text[token.start + 1] != 0x88 && text[token.start + 1] != 0x81) {   // not و، ف
            let t = words[i].token
            var k = t - 1
            while k > 0, tokens[k].kind == .punctuation, Self.isQuoteMark(text, tokens[k]) { k -= 1 }
            if k >= 0, tokens[k].kind == .number { return true }   // 1500 طالب، "700" طالب
            let opens = i == 0 || tokens[t - 1].kind == .punctuation || Self.clauseOpeners.contains(previous)
            // (…or with a person as its subject right after it, past a fronted phrase: وفي واشنطن طلب وزير الدفاع.)
            let subject = i + 1 < words.count && !Self.prepositions.contains(previous) && !Self.since.contains(previous)
                && args.contains { $0.person && $0.span.start == tokens[words[i + 1].token].start }
            if !opens, !subject, !Self.takesObject(after: i, words, tokens, text, args, { Self.startsWithBa(text, $0) }) { return true }
        }
        // دافع defends only what follows with عن (دافع عن حق تركيا); يدافع alone may be a defender's play.
        if p.flags.contains("an"), !Self.takesObject(after: i, words, tokens, text, args, { _ in false }, word: Self.about) { return true }
        // بحث عن is a search, not talks (لا تبحث عن الخير).
        if p.flags.contains("meet"), key.contains(Self.searchRoot), i + 1 < words.count, words[i + 1].key == Self.about { return true }
        // A threat told of a thing (الغارات التي تهدد الهدنة، كل ما يهدد أمننا) describes a danger; an actor's
        // threat has the actor before its relative pronoun.
        if plover == "THREATEN", p.kind == .verb, Self.relatives.contains(previous) {
            guard i >= 2 else { return true }
            let antecedent = tokens[words[i - 2].token]
            return !args.contains { $0.isActor && $0.span.covers(antecedent) }
        }
        return false
    }

    /// Whether the mention starting at byte `start` is where something is: ب written on it (بموسكو), or
    /// right after في، إلى، من، داخل، نحو، عبر، خارج، حول or قرب.
    static func locative(_ text: [UInt8], _ tokens: [Token], at start: Int) -> Bool {
        let lo = token(at: start, tokens)
        guard lo < tokens.count else { return false }
        let t = tokens[lo]
        if t.start < start { return stride(from: t.start, to: start - 1, by: 2).contains { text[$0] == 0xD8 && text[$0 + 1] == 0xA8 } }   // ب
        guard lo > 0, tokens[lo - 1].kind == .word else { return false }
        if Self.hash(text, tokens[lo - 1]).map(Self.locativeHashes.contains) == true { return true }
        return afterPlaceWord(text, tokens, at: start)
    }

    /// A token's name-key hash, as `WordHashes` has it.
    static func hash(_ text: [UInt8], _ t: Token) -> UInt64? { NameKey.wordHash(text, t.start..<t.end) }

    /// Whether the mention at byte `start` follows في and a word for a place (في إقليم كردستان، إلى مدينة أربيل):
    /// a place, whatever the knowledge base knows by its name.
    static func afterPlaceWord(_ text: [UInt8], _ tokens: [Token], at start: Int) -> Bool {
        let lo = token(at: start, tokens)
        guard lo > 1, lo < tokens.count, tokens[lo].start == start, tokens[lo - 1].kind == .word, tokens[lo - 2].kind == .word else { return false }
        return hash(text, tokens[lo - 1]).map(placeWordHashes.contains) == true && hash(text, tokens[lo - 2]).map(locativeHashes.contains) == true
    }

    static let placeWordHashes = WordHashSet(["إقليم", "اقليم", "مدينة", "منطقة", "محافظة", "ولاية", "بلدة", "قرية", "العاصمة",
                                      "فندق", "مطار", "ميناء", "مسجد", "ملعب", "قاعة", "مستشفى", "ساحة", "ميدان", "شارع", "مقر"]
        .map { NameKey.hash(ofKey: NameKey.key($0)) })
    /// Words for a state before its name (في دولة الإمارات): with في before them, where something happens;
    /// but a side's all the same after من or in a description (وفد من الجمهورية الجزائرية، البعض في الدولة التركية).
    /// Nouns of a stance or an act whose owner the word after them names (إعلان واشنطن، قرار موسكو، موقف طهران).
    static let stanceNouns = WordHashSet(["إعلان", "اعلان", "قرار", "قرارات", "موقف", "مواقف", "سياسة", "سياسات", "تصريحات",
                                          "تدخل", "رد", "خطة", "مقترح", "اقتراح", "مبادرة", "دعوة", "دعوات", "مطالب", "شروط"]
        .map { NameKey.hash(ofKey: NameKey.key($0)) })
    static let stateHeadHashes = WordHashSet(["دولة", "جمهورية", "مملكة", "سلطنة", "إمارة"].map { NameKey.hash(ofKey: NameKey.key($0)) })

    /// Whether a nationality word at `span` is written with ب and ends in ية (بالإسبانية، بالعربية), or with و after
    /// one (بالإنجليزية والإسبانية), or follows اللغة: a language.
    static func language(_ text: [UInt8], _ tokens: [Token], _ span: ByteSpan) -> Bool {
        func definiteFeminine(_ a: Int, _ b: Int) -> Bool {
            b - a >= 8 && text[a] == 0xD8 && text[a + 1] == 0xA7 && text[b - 4] == 0xD9 && text[b - 3] == 0x8A && text[b - 2] == 0xD8 && text[b - 1] == 0xA9
        }
        let k = token(at: span.start, tokens)
        // After اللغة، باللغة، لغة: اللغة الإنجليزية.
        if k > 0, k < tokens.count, tokens[k].start == span.start, tokens[k - 1].kind == .word, tokens[k - 1].end - tokens[k - 1].start <= 12,
           text[tokens[k - 1].start..<tokens[k - 1].end].reversed().starts(with: [0xA9, 0xD8, 0xBA, 0xD8, 0x84, 0xD9]) { return true }   // …لغة
        guard k < tokens.count, tokens[k].start == span.start - 2, definiteFeminine(span.start, span.end) else { return false }
        if text[span.start - 2] == 0xD8 && text[span.start - 1] == 0xA8 { return true }   // ب
        guard text[span.start - 2] == 0xD9, text[span.start - 1] == 0x88, k > 0 else { return false }   // و after a language
        let before = tokens[k - 1]
        return before.kind == .word && text[before.start] == 0xD8 && text[before.start + 1] == 0xA8 && definiteFeminine(before.start + 2, before.end)
    }

    /// Whether a negation comes in the six words before the أي right before word `i` (لم توجه السلطات أي اتهامات).
    static func negatedAny(_ words: [Word], _ i: Int) -> Bool {
        words[max(0, i - 7)..<(i - 1)].contains { negators.contains($0) && $0.key != ma }
    }

    /// Whether an attribution (بحسب، حسب، وفق) stands right before a mention: the source of the news, not a doer
    /// in it. (Not عن: نقلت الوكالة عن الرئيس names the speaker, who may well be the doer.)
    static func attributed(_ a: Argument, _ words: [Word], _ tokens: [Token]) -> Bool {
        guard let w = words.last(where: { tokens[$0.token].end <= a.span.start }) else { return false }
        return attributions.contains(w) && a.span.start - tokens[w.token].end <= 1
    }
    static let attributions = KeySet(["بحسب", "وبحسب", "حسب", "وحسب", "وفق", "وفقا", "ووفق", "ووفقا"].map { NameKey.key($0) })

    /// Whether the word right before a mention is في.
    static func rightAfterIn(_ a: Argument, _ words: [Word], _ tokens: [Token]) -> Bool {
        words.last { tokens[$0.token].end <= a.span.start }.map { $0.key == inWord && a.span.start - tokens[$0.token].end <= 1 } ?? false
    }

    /// Whether the mention at `span` has ل on it, written on it or alone before a quotation mark (لرويترز، ل"الرياض").
    static func told(_ text: [UInt8], _ tokens: [Token], _ span: ByteSpan) -> Bool {
        if withLam(text, tokens, span) { return true }
        let k = token(at: span.start, tokens)
        guard k >= 2, k < tokens.count, tokens[k - 1].kind == .punctuation, isQuoteMark(text, tokens[k - 1]) else { return false }
        let l = tokens[k - 2]
        return l.end == tokens[k - 1].start && (text[l.start..<l.end].elementsEqual([0xD9, 0x84])   // ل
            || text[l.start..<l.end].elementsEqual([0xD9, 0x84, 0xD9, 0x80]))                        // لـ
    }

    /// Whether the mention at `span` has ل written on it (لطهران، للبنان).
    static func withLam(_ text: [UInt8], _ tokens: [Token], _ span: ByteSpan) -> Bool {
        let k = token(at: span.start, tokens)
        return k < tokens.count && tokens[k].start < span.start && span.start >= 2 && text[span.start - 2] == 0xD9 && text[span.start - 1] == 0x84
    }

    /// The index of the first token that ends after byte `start` (binary search).
    static func token(at start: Int, _ tokens: [Token]) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].end <= start { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    static let locatives = KeySet(["في", "إلى", "الى", "من", "داخل", "نحو", "عبر", "خارج", "حول", "قرب", "أمام"]
        .flatMap { [NameKey.key($0), NameKey.key("و" + $0)] })
    static let locativeHashes = WordHashSet(locatives.map(NameKey.hash(ofKey:)))

    /// Whether the word at `span` is written with the article, a conjunction or preposition allowed before it
    /// (اللقاء، واللقاء، للقاء، بالاجتماع).
    static func definite(_ text: [UInt8], _ span: ByteSpan) -> Bool {
        Self.definiteOpenings.contains { text[span.start..<span.end].starts(with: $0) }
    }

    /// Whether a token starts with the article, as `definite(_:_:)` reads a span.
    static func definite(_ text: [UInt8], _ t: Token) -> Bool { definite(text, ByteSpan(t.start, t.end)) }

    /// The article, alone or after a conjunction or preposition, in UTF-8.
    static let definiteOpenings: [[UInt8]] = ["ال", "وال", "فال", "بال", "وبال", "لل", "ولل"].map { Array($0.utf8) }

    /// A place named as where something happens: after في, or with ب attached (بموسكو).
    static func explicitPlace(_ words: [Word], _ tokens: [Token], _ text: [UInt8], _ args: [Argument]) -> Place? {
        args.first { a in
            guard a.isPlace, let w = words.lastIndex(where: { tokens[$0.token].end <= a.span.start }) else { return false }
            return words[w].key == inWord
                || (w > 0 && words[w - 1].key == inWord && hash(text, tokens[words[w].token]).map(stateHeadHashes.contains) == true)   // في دولة الإمارات
                || (a.span.start >= 2 && text[a.span.start - 2] == 0xD8 && text[a.span.start - 1] == 0xA8)
        }?.place
    }

    /// Triggers of one sentence that name one happening (اجتماع … اللقاء … المحادثات) are one event:
    /// the same PLOVER type, polarity and modality, one side named alike in both and the other alike
    /// or unnamed in one of them (for a meeting, in either order). The first trigger keeps the event,
    /// takes the sides it lacked and lists the others as mentions.
    static func mergeWithinSentence(_ events: [Event]) -> [Event] {
        func same(_ x: [EventParty], _ y: [EventParty]) -> Bool { !x.isEmpty && Set(x.map(\.dyadCode)) == Set(y.map(\.dyadCode)) }
        func agree(_ x: [EventParty], _ y: [EventParty]) -> Bool { x.isEmpty || y.isEmpty || same(x, y) }
        // One side named alike in both, the other alike or unnamed in one.
        func oneHappening(_ s1: [EventParty], _ t1: [EventParty], _ s2: [EventParty], _ t2: [EventParty]) -> Bool {
            (same(s1, s2) && agree(t1, t2)) || (same(t1, t2) && agree(s1, s2))
        }
        var out: [Event] = []
        for e in events {
            let meeting = e.code.plover == "CONSULT"
            if let i = out.firstIndex(where: { o in
                o.code.plover == e.code.plover && o.polarity == e.polarity && o.modality == e.modality
                    && (oneHappening(o.sources, o.targets, e.sources, e.targets)
                        || (meeting && oneHappening(o.sources, o.targets, e.targets, e.sources)))
            }) {
                let swapped = !oneHappening(out[i].sources, out[i].targets, e.sources, e.targets)
                if out[i].sources.isEmpty { out[i].sources = swapped ? e.targets : e.sources }
                if out[i].targets.isEmpty { out[i].targets = swapped ? e.sources : e.targets }
                out[i].mentions.append(e.trigger)
                continue
            }
            out.append(e)
        }
        return out
    }

    /// One event per (date, sources, targets, code) in an article, with all its mentions. Sides are
    /// compared as countries or groups (Lavrov and RUS are one side), in either order for a meeting;
    /// the merged event keeps the most specific actors its mentions name.
    static func merge(_ events: [Event]) -> [Event] {
        var out: [Event] = [], index: [String: Int] = [:]
        func specificity(_ e: Event) -> Int { (e.sources + e.targets).filter { $0.actor.id != $0.dyadCode }.count }
        for e in events {
            var sides = [e.sources.map(\.dyadCode).sorted().joined(separator: ","), e.targets.map(\.dyadCode).sorted().joined(separator: ",")]
            if e.code.cameo.hasPrefix("04") && e.code.cameo != "042" && e.code.cameo != "043" { sides.sort() }   // meeting: no direction
            let key = ([e.date ?? "", e.code.cameo, e.polarity.rawValue, e.modality.rawValue] + sides).joined(separator: "|")
            if let i = index[key] {
                out[i].mentions.append(e.trigger)
                if specificity(e) > specificity(out[i]) { out[i].sources = e.sources; out[i].targets = e.targets }
                continue
            }
            index[key] = out.count
            out.append(e)
        }
        return out
    }
}

extension Resolution {
    /// Whether the link names an actor, tested as `Argument.isActor` tests it (without copying the actor).
    var isActor: Bool { if case .some = actor { true } else { false } }
    /// Whether the link names a place, tested as `Argument.isPlace` tests it.
    var isPlace: Bool { if case .some = place { true } else { false } }
}

extension ByteSpan {
    /// Whether token `t` lies wholly inside the span (a word of an actor's or a time's mention).
    @inline(__always)
    func covers(_ t: Token) -> Bool { start <= t.start && t.end <= end }
}
