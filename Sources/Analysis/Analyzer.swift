import MarsadCore
import ArabicText
import Ingest
import Entities
import Temporal
import Actors
import Events

/// Composes the stages: clean → tokens → sentences → entities → times. Later stages (actors, events)
/// add their layers here. Thread-safe: one analyzer serves every core (its memos are lent to one thread at a time).
public struct Analyzer: Sendable {
    /// A publication date that overrides the metadata (`YYYY-MM-DD`).
    public var published: String?
    private let splitter: SentenceSplitter
    private let recognizer: EntityRecognizer?
    private let timeTagger: TimeTagger
    private let resolver: ActorResolver?
    private let coder: EventCoder?

    /// Creates an analyzer; without a recognizer, documents carry no entities (and no links).
    public init(published: String? = nil, splitter: SentenceSplitter = .standard,
                recognizer: EntityRecognizer? = .standard, timeTagger: TimeTagger = .standard,
                resolver: ActorResolver? = .standard, coder: EventCoder? = .standard) {
        self.published = published
        self.splitter = splitter
        self.recognizer = recognizer
        self.timeTagger = timeTagger
        self.resolver = recognizer == nil ? nil : resolver
        self.coder = self.resolver == nil ? nil : coder
    }

    /// Analyzes one article; throws when nothing of an article is left after cleaning.
    public func analyze(_ article: RawArticle) throws -> AnalyzedDocument {
        analyze(article, cleaned: try clean(article))
    }

    /// What `analyze(_:skipping:)` gives: the analysis, or the id of a text it was told to skip.
    public enum Outcome: Sendable {
        case analyzed(AnalyzedDocument)
        case skipped(id: String)
    }

    /// Analyzes one article unless the hash of its clean text is in `known` (a store that holds it
    /// already); the article is cleaned once either way.
    public func analyze(_ article: RawArticle, skipping known: Set<String>) throws -> Outcome {
        let cleaned = try clean(article)
        let id = Self.fingerprint(cleaned.text)
        return known.contains(id) ? .skipped(id: id) : .analyzed(analyze(article, cleaned: cleaned))
    }

    private func clean(_ article: RawArticle) throws -> CleanedArticle {
        let cleaned = article.cleaned()
        guard !cleaned.text.isEmpty else {
            throw MarsadError(.noArticle, article.format == .html ? "no article text: the page holds only markup"
                                                                   : "no article text after cleaning")
        }
        return cleaned
    }

    private func analyze(_ article: RawArticle, cleaned: CleanedArticle) -> AnalyzedDocument {
        var warnings: [String] = []
        var tokens: [Token] = []
        tokens.reserveCapacity(cleaned.text.count / 6)
        let sentences = cleaned.text.withUnsafeBufferPointer { p -> [ByteSpan] in
            Tokenizer.tokenize(p, 0..<p.count, into: &tokens)
            return splitter.split(p, tokens: tokens)
        }

        var entities = recognizer?.entities(cleaned.text, tokens: tokens, sentences: sentences)

        var (date, dateSource) = publicationDate(article, warnings: &warnings)
        var times = timeTagger.tag(cleaned.text, tokens: tokens, sentences: sentences, anchor: date.flatMap(CivilDate.init(iso:)))
        if date == nil, let dateline = Self.datelineDate(times.expressions, sentences: sentences) {
            date = dateline; dateSource = "dateline"
            times = timeTagger.tag(cleaned.text, tokens: tokens, sentences: sentences, anchor: CivilDate(iso: dateline))
        }
        warnings += times.warnings

        var links: [Resolution?] = []
        // The name-key hash of every word, which the resolver, the coder and the quote finder all test.
        let words = resolver?.wordHashes(cleaned.text, tokens: tokens)
        if let resolver, let found = entities {
            let resolved = resolver.resolve(cleaned.text, tokens: tokens, entities: found, published: date, words: words)
            entities = resolved.map(\.0)
            links = resolved.map(\.1)
            if date == nil, !found.isEmpty {
                warnings.append("no publication date: roles and codes are those of unknown date (latest code, no role)")
            }
        }

        // A time word inside a known name is part of the name (تيار المستقبل، جريدة اليوم), no time.
        if let resolver, let entities { times.expressions = Self.outsideKnownNames(times.expressions, entities, cleaned.text, resolver.kb) }

        let events = coder?.code(cleaned.text, tokens: tokens, sentences: sentences, entities: entities ?? [], links: links,
                                 times: times.expressions, published: date, words: words)

        var document = AnalyzedDocument(
            id: Self.fingerprint(cleaned.text), origin: article.origin, title: article.title ?? cleaned.title,
            byline: article.author ?? cleaned.byline, published: date, publishedSource: dateSource,
            url: article.url, source: article.source, encoding: article.encoding, raw: article.body,
            text: cleaned.text, removed: cleaned.removed, paragraphs: cleaned.paragraphs,
            sentences: sentences, tokens: tokens, entities: entities, times: times.expressions, warnings: warnings)
        document.links = links
        document.events = events
        if events != nil {
            document.quotes = QuoteFinder.standard.quotes(cleaned.text, tokens: tokens, sentences: sentences, entities: entities ?? [], links: links,
                                                          words: words)
        }
        return document
    }

    /// The time expressions that lie within no name the knowledge base knows whole (entities sorted by start): a
    /// name the tagger ran on into a time (وزارة الصحة المصرية | الجمعة) keeps its time.
    static func outsideKnownNames(_ times: [TimeExpression], _ entities: [Entity], _ text: [UInt8], _ kb: KnowledgeBase) -> [TimeExpression] {
        var k = 0, known: [ByteSpan] = []   // the names starting at or before the time that the knowledge base knows
        return times.filter { t in
            while k < entities.count, entities[k].span.start <= t.span.start {
                let e = entities[k]
                k += 1
                guard e.type == "PERSON" || e.type == "ORG" || e.type == "LOC", e.span.end >= t.span.end else { continue }
                let key = text.withUnsafeBufferPointer { NameKey.key(utf8: UnsafeBufferPointer(rebasing: $0[e.span.start..<e.span.end])) }
                if !kb.actors(key: key).isEmpty || kb.hasPlace(key: key) { known.append(e.span) }
            }
            return !known.contains { $0.start <= t.span.start && t.span.end <= $0.end }
        }
    }

    /// The publication date and where it came from: the option, else the metadata (warning when its
    /// date fields disagree or one is unreadable), else a date in the URL; nil when none is known.
    private func publicationDate(_ article: RawArticle, warnings: inout [String]) -> (String?, String?) {
        if let published { return (published, "option") }
        if let (value, field) = article.date {
            if let parsed = PublicationDate.parse(value) {
                for other in article.otherDates {
                    if let day = PublicationDate.parse(other.value), day != parsed {
                        warnings.append("conflicting dates: \(field) \(parsed), \(other.field) \(day); using \(field)")
                    }
                }
                return (parsed, "metadata:\(field)")
            }
            warnings.append("unreadable date in field \(field): \"\(value)\"")
        }
        if let url = article.url, let day = PublicationDate.inURL(url) { return (day, "url") }
        return (nil, nil)
    }

    /// A full date at the very start of the article (`موسكو - 29 مارس 2023 -`), the dateline.
    static func datelineDate(_ times: [TimeExpression], sentences: [ByteSpan]) -> String? {
        guard let first = times.first, let sentence = sentences.first, first.span.start < min(sentence.end, 120),
              first.type == .date, first.anchor == nil, let day = CivilDate(iso: first.value) else { return nil }
        return day.description
    }

    /// 16 hex digits of the 64-bit FNV-1a hash of the clean text.
    static func fingerprint(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
