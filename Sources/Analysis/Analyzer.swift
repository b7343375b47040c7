import MarsadCore
import ArabicText
import Ingest
import Entities

/// Composes the stages: clean → tokens → sentences → entities. Later stages (actors, times, events) add
/// their layers here. Stateless and thread-safe: one analyzer serves every core.
public struct Analyzer: Sendable {
    /// A publication date that overrides the metadata (`YYYY-MM-DD`).
    public var published: String?
    private let splitter: SentenceSplitter
    private let recognizer: EntityRecognizer?

    /// Creates an analyzer; without a recognizer, documents carry no entities.
    public init(published: String? = nil, splitter: SentenceSplitter = .standard,
                recognizer: EntityRecognizer? = .standard) {
        self.published = published
        self.splitter = splitter
        self.recognizer = recognizer
    }

    /// Analyzes one article; throws when nothing of an article is left after cleaning.
    public func analyze(_ article: RawArticle) throws -> AnalyzedDocument {
        var warnings: [String] = []
        let cleaned = article.cleaned()
        guard !cleaned.text.isEmpty else {
            throw MarsadError(.noArticle, article.format == .html ? "no article text: the page holds only markup"
                                                                   : "no article text after cleaning")
        }
        var tokens: [Token] = []
        tokens.reserveCapacity(cleaned.text.count / 6)
        let sentences = cleaned.text.withUnsafeBufferPointer { p -> [ByteSpan] in
            Tokenizer.tokenize(p, 0..<p.count, into: &tokens)
            return splitter.split(p, tokens: tokens)
        }

        let entities = recognizer?.entities(cleaned.text, tokens: tokens, sentences: sentences)

        var date: String?
        var dateSource: String?
        if let published {
            date = published; dateSource = "option"
        } else if let (value, field) = article.date {
            if let parsed = PublicationDate.parse(value) { date = parsed; dateSource = "metadata:\(field)" }
            else { warnings.append("unreadable date in field \(field): \"\(value)\"") }
        }

        return AnalyzedDocument(
            id: Self.fingerprint(cleaned.text), origin: article.origin, title: article.title ?? cleaned.title,
            byline: article.author ?? cleaned.byline, published: date, publishedSource: dateSource,
            url: article.url, source: article.source, encoding: article.encoding, raw: article.body,
            text: cleaned.text, removed: cleaned.removed, paragraphs: cleaned.paragraphs,
            sentences: sentences, tokens: tokens, entities: entities, warnings: warnings)
    }

    /// 16 hex digits of the 64-bit FNV-1a hash of the clean text.
    static func fingerprint(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
