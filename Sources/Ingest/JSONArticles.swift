import Foundation
import MarsadCore
import ArabicText

/// Reads articles from a JSON object, a JSON array of objects, or JSON Lines.
///
/// Fields: `title`/`headline`; the body from `content`, `text`, `body` or `article` (the first
/// that is a non-empty string); `url`/`link`; `author`/`byline`; `source`/`site`/`publisher`; the
/// date from `published`, `date`, `date_published`, `publishedAt` or `date_extracted`.
enum JSONArticles {
    /// JSON's white space: space, tab, line feed, carriage return.
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    /// Reads `text`, whose first non-space byte is `opening` (`[` or `{`).
    static func read(_ text: [UInt8], opening: UInt8, origin: String, encoding: TextEncoding,
                     emit: (Result<RawArticle, InputFailure>) -> Void) {
        let data = Data(text)
        let decoder = JSONDecoder()
        if opening == UInt8(ascii: "["), let array = try? decoder.decode([Record].self, from: data) {
            if array.isEmpty { emit(.failure(InputFailure(origin: origin, error: MarsadError(.noArticle, "empty JSON array")))) }
            for (i, record) in array.enumerated() { emit(record.article(origin: "\(origin)#\(i + 1)", encoding: encoding)) }
            return
        }
        if opening == UInt8(ascii: "{"), let record = try? decoder.decode(Record.self, from: data) {
            emit(record.article(origin: origin, encoding: encoding))
            return
        }
        // Not one JSON value: read it as JSON Lines, one record a line. Bad lines are reported
        // one by one when other lines are records; when none is, the input is simply not JSON.
        var lineNumber = 0
        var start = 0
        var results: [Result<RawArticle, InputFailure>] = []
        var records = 0
        for i in 0...text.count where i == text.count || text[i] == 0x0A {
            lineNumber += 1
            let line = text[start..<i]
            start = i + 1
            guard line.contains(where: { !isSpace($0) }) else { continue }
            let lineOrigin = "\(origin)#\(lineNumber)"
            if let record = try? decoder.decode(Record.self, from: Data(line)) {
                records += 1
                results.append(record.article(origin: lineOrigin, encoding: encoding))
            } else {
                results.append(.failure(InputFailure(origin: lineOrigin, error: MarsadError(.malformed, "invalid JSON on line \(lineNumber)"))))
            }
        }
        guard records > 0 else {
            emit(.failure(InputFailure(origin: origin, error: MarsadError(.malformed, "invalid JSON (neither one JSON value nor JSON Lines)"))))
            return
        }
        results.forEach(emit)
    }

    /// One JSON record; tolerant of missing fields, numbers where strings were expected, and non-objects.
    struct Record: Decodable {
        var fields: [String: String] = [:]
        var isObject = true

        static let bodyKeys = ["content", "text", "body", "article"]
        static let dateKeys = ["published", "date", "date_published", "publishedAt", "date_extracted"]
        static let otherKeys = ["title", "headline", "url", "link", "author", "byline", "authors", "source", "site", "publisher"]

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: Decoder) throws {
            guard let container = try? decoder.container(keyedBy: Key.self) else { isObject = false; return }
            for name in Self.bodyKeys + Self.dateKeys + Self.otherKeys {
                let key = Key(stringValue: name)
                guard container.contains(key) else { continue }
                if let s = try? container.decode(String.self, forKey: key) { fields[name] = s }
                else if let n = try? container.decode(Double.self, forKey: key) {
                    fields[name] = Int64(exactly: n).map { String($0) } ?? String(n)
                } else if let list = try? container.decode([String].self, forKey: key) {
                    fields[name] = list.joined(separator: "، ")
                }
            }
        }

        private func first(_ keys: [String]) -> (String, String)? {
            for key in keys {
                if let value = fields[key], value.utf8.contains(where: { $0 > 0x20 }) { return (value, key) }
            }
            return nil
        }

        func article(origin: String, encoding: TextEncoding) -> Result<RawArticle, InputFailure> {
            guard isObject else {
                return .failure(InputFailure(origin: origin, error: MarsadError(.malformed, "expected a JSON object with article fields")))
            }
            guard let (body, _) = first(Self.bodyKeys) else {
                let title = first(["title", "headline"]).map { " in \"\($0.0.prefix(60))\"" } ?? ""
                return .failure(InputFailure(origin: origin, error: MarsadError(.noArticle, "no article text (no content/text/body field)\(title)")))
            }
            let bytes = Array(body.utf8)
            let looksHTML = bytes.first(where: { $0 > 0x20 }) == UInt8(ascii: "<") && HTMLText.looksLikeHTML(bytes)
            var article = RawArticle(origin: origin, body: bytes, format: looksHTML ? .html : .json)
            article.encoding = encoding
            article.title = first(["title", "headline"])?.0
            article.author = first(["author", "byline", "authors"])?.0
            article.url = first(["url", "link"])?.0
            article.source = first(["source", "site", "publisher"])?.0
            if let (date, field) = first(Self.dateKeys) {
                article.date = (date, field)
                article.otherDates = Self.dateKeys.filter { $0 != field }.compactMap { key in fields[key].map { ($0, key) } }
            }
            return .success(article)
        }
    }
}
