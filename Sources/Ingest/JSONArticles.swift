import Foundation
import MarsadCore
import ArabicText

/// Reads articles from a JSON object, a JSON array of objects, or JSON Lines.
///
/// Fields: `title`; the body from `content`, `text`, `body` or `article` (the first that is a
/// non-empty string); `url`/`link`; `author`/`byline`; `source`/`site`; the date from `published`,
/// `date`, `date_published`, `publishedAt` or `date_extracted`.
enum JSONArticles {
    static let bodyFields = ["content", "text", "body", "article"]
    static let dateFields = ["published", "date", "date_published", "publishedAt", "date_extracted"]

    static func read(_ text: [UInt8], origin: String, encoding: TextEncoding,
                     emit: (Result<RawArticle, InputFailure>) -> Void) {
        let data = Data(text)
        if let whole = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) {
            if let array = whole as? [Any] {
                if array.isEmpty { emit(.failure(InputFailure(origin: origin, error: MarsadError(.noArticle, "empty JSON array")))) }
                for (i, item) in array.enumerated() { emitRecord(item, origin: "\(origin)#\(i + 1)", encoding: encoding, emit: emit) }
            } else {
                emitRecord(whole, origin: origin, encoding: encoding, emit: emit)
            }
            return
        }
        // Not one JSON value: read it as JSON Lines, one record a line.
        var lineNumber = 0
        var start = 0
        var sawRecord = false
        for i in 0...text.count where i == text.count || text[i] == 0x0A {
            lineNumber += 1
            let line = text[start..<i]
            start = i + 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
            let lineOrigin = "\(origin)#\(lineNumber)"
            guard let value = try? JSONSerialization.jsonObject(with: Data(line), options: []) else {
                let what = sawRecord || lineNumber > 1 ? "invalid JSON on line \(lineNumber)" : "invalid JSON (neither one JSON value nor JSON Lines)"
                emit(.failure(InputFailure(origin: lineOrigin, error: MarsadError(.malformed, what))))
                continue
            }
            sawRecord = true
            emitRecord(value, origin: lineOrigin, encoding: encoding, emit: emit)
        }
    }

    private static func emitRecord(_ value: Any, origin: String, encoding: TextEncoding,
                                   emit: (Result<RawArticle, InputFailure>) -> Void) {
        guard let object = value as? [String: Any] else {
            emit(.failure(InputFailure(origin: origin, error: MarsadError(.malformed, "expected a JSON object with article fields"))))
            return
        }
        func string(_ keys: [String]) -> (String, String)? {
            for key in keys {
                if let s = object[key] as? String, !s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return (s, key) }
                if let n = object[key] as? NSNumber, key.contains("date") || key.contains("publish") { return (n.stringValue, key) }
            }
            return nil
        }
        guard let (body, _) = string(bodyFields) else {
            let title = string(["title"])?.0
            let what = title.map { "no article text (no content/text/body field) in \"\($0.prefix(60))\"" } ?? "no article text (no content/text/body field)"
            emit(.failure(InputFailure(origin: origin, error: MarsadError(.noArticle, what))))
            return
        }
        let looksHTML = body.utf8.first(where: { $0 != 0x20 && $0 != 0x0A }) == UInt8(ascii: "<") && HTMLText.looksLikeHTML(Array(body.utf8))
        var article = RawArticle(origin: origin, body: Array(body.utf8), format: looksHTML ? .html : .json)
        article.encoding = encoding
        article.title = string(["title", "headline"])?.0
        article.author = string(["author", "byline", "authors"])?.0
        article.url = string(["url", "link"])?.0
        article.source = string(["source", "site", "publisher"])?.0
        if let (date, field) = string(dateFields) { article.date = (date, field) }
        emit(.success(article))
    }
}
