import ArabicText
import MarsadCore

/// One article as read from an input, before cleaning.
public struct RawArticle: Sendable {
    /// How the body is written.
    public enum Format: String, Sendable {
        /// Plain or scraped text: the first line may be the title, the second the byline.
        case text
        /// An HTML page.
        case html
        /// A JSON record: title and author come from their fields.
        case json
    }

    /// Where it came from: a path, with `#N` for the N-th record of a JSON array or JSON Lines
    /// file and `!member` for a file inside a zip archive.
    public var origin: String
    /// The body as valid UTF-8 (the whole file for text, the body field for JSON).
    public var body: [UInt8]
    /// How the body is written.
    public var format: Format
    /// The encoding the input was decoded from.
    public var encoding: TextEncoding = .utf8
    /// The `title` field, for JSON records.
    public var title: String?
    /// The `author` field, for JSON records.
    public var author: String?
    /// The `url` field.
    public var url: String?
    /// The `source` field.
    public var source: String?
    /// The publication date as written in the metadata, and the field it came from.
    public var date: (value: String, field: String)?
    /// Other date fields the metadata carries, which may disagree with `date`.
    public var otherDates: [(value: String, field: String)] = []

    /// Creates a raw article.
    public init(origin: String, body: [UInt8], format: Format) {
        self.origin = origin
        self.body = body
        self.format = format
    }
}

extension RawArticle {
    /// Cleans the body the way its format needs; `removed` offsets point into `body`.
    public func cleaned() -> CleanedArticle {
        switch format {
        case .html:
            let html = HTMLText.extract(body)
            var cleaned = ArticleCleaner(findsTitleAndByline: false).clean(html.text)
            cleaned.removed = Removal.disjoint(html.removed + cleaned.removed.map {
                Removal(span: ByteSpan(html.rawOffset($0.span.start), html.rawOffset($0.span.end)), reason: $0.reason)
            })
            cleaned.pieces = []   // entities make HTML text differ from the raw bytes; no byte-for-byte map
            cleaned.title = html.title
            return cleaned
        case .text:
            return ArticleCleaner(findsTitleAndByline: title == nil).clean(body)
        case .json:
            return ArticleCleaner(findsTitleAndByline: false).clean(body)
        }
    }
}
