import MarsadCore
import ArabicText

/// Turns an HTML page into paragraph text for the cleaner: tags dropped, block elements become
/// line breaks, scripts and styles dropped, navigation and footers dropped as boilerplate,
/// figure captions dropped as captions, entities decoded. The `<h1>` (else `<title>`) is the title.
enum HTMLText {
    struct Extracted {
        var text: [UInt8] = []
        var title: String?
        var removed: [Removal] = []
        /// For each copied or decoded piece: where it starts in the text and in the raw page, and its
        /// lengths in both (they differ for an entity: `&raquo;` is 7 raw bytes and 2 text bytes).
        var map: [(text: Int, textLength: Int, raw: Int, rawLength: Int)] = []

        /// The raw offset of a text offset; an offset at or past a piece's end maps past its raw end.
        func rawOffset(_ t: Int) -> Int {
            var lo = 0, hi = map.count - 1, found = -1
            while lo <= hi {
                let mid = (lo + hi) / 2
                if map[mid].text <= t { found = mid; lo = mid + 1 } else { hi = mid - 1 }
            }
            guard found >= 0 else { return 0 }
            let piece = map[found]
            let inside = t - piece.text
            if inside >= piece.textLength { return piece.raw + piece.rawLength }
            return piece.textLength == piece.rawLength ? piece.raw + inside : piece.raw
        }
    }

    private static let dropped: Set<String> = ["script", "style", "noscript", "template", "svg", "iframe", "select", "button"]
    private static let furniture: Set<String> = ["nav", "header", "footer", "aside", "form", "menu"]
    private static let blocks: Set<String> = ["p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table",
                                               "article", "section", "blockquote", "figure", "main", "pre", "hr", "dd", "dt", "body", "td"]

    static func looksLikeHTML(_ t: [UInt8]) -> Bool {
        let head = String(decoding: t.prefix(4096), as: UTF8.self).lowercased()
        return ["<!doctype", "<html", "<body", "<p>", "<p ", "<div", "<head", "<article", "<meta", "<br"].contains { head.contains($0) }
    }

    static func extract(_ raw: [UInt8]) -> Extracted {
        var out = Extracted()
        var h1: [UInt8]?
        var titleTag: [UInt8]?
        raw.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            while i < n {
                if p[i] == UInt8(ascii: "<") {
                    if matches(p, i, "<!--") {
                        let end = find(p, "-->", i + 4).map { $0 + 3 } ?? n
                        out.removed.append(Removal(span: ByteSpan(i, end), reason: .html)); i = end; continue
                    }
                    guard let close = find(p, ">", i + 1) else {
                        out.removed.append(Removal(span: ByteSpan(i, n), reason: .html)); break   // truncated tag
                    }
                    let name = tagName(p, i + 1, close)
                    let closing = i + 1 < n && p[i + 1] == UInt8(ascii: "/")
                    let selfClosing = close > i && p[close - 1] == UInt8(ascii: "/")
                    out.removed.append(Removal(span: ByteSpan(i, close + 1), reason: .html))
                    i = close + 1
                    if !closing, !selfClosing, dropped.contains(name) || furniture.contains(name) || name == "figcaption" || name == "title" || name == "h1" {
                        let end = find(p, "</" + name, i, caseInsensitive: true) ?? n
                        let content = Array(p[i..<end])
                        if name == "title" { titleTag = titleTag ?? content }
                        if name == "h1", h1 == nil { h1 = content }
                        let reason: RemovalReason = furniture.contains(name) ? .boilerplate : name == "figcaption" ? .caption
                            : name == "h1" || name == "title" ? .title : .html
                        if name == "h1" && h1 != content {
                            // A later h1 is a heading inside the body: keep it as a paragraph.
                            out.text.append(0x0A)
                            continue
                        }
                        if end > i { out.removed.append(Removal(span: ByteSpan(i, end), reason: reason)) }
                        i = end
                        continue
                    }
                    if blocks.contains(name) { out.text.append(0x0A) }
                    continue
                }
                if p[i] == UInt8(ascii: "&"), let (decoded, length) = entity(p, i) {
                    let start = out.text.count
                    UTF8Scalars.append(decoded, to: &out.text)
                    out.map.append((start, out.text.count - start, i, length))
                    i += length
                    continue
                }
                // Text up to the next tag or entity (a lone "&" or "<" is text too).
                var j = i + 1
                while j < n && p[j] != UInt8(ascii: "<") && p[j] != UInt8(ascii: "&") { j += 1 }
                out.map.append((out.text.count, j - i, i, j - i))
                for k in i..<j { out.text.append(p[k] == 0x0A || p[k] == 0x0D || p[k] == 0x09 ? 0x20 : p[k]) }
                i = j
            }
        }
        if let title = h1 ?? titleTag {
            let extracted = extract(title).text
            let text = String(decoding: extracted, as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            out.title = text.isEmpty ? nil : text
        }
        return out
    }

    // MARK: - Scanning

    private static func matches(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ s: String) -> Bool {
        let u = Array(s.utf8)
        guard i + u.count <= p.count else { return false }
        for k in 0..<u.count where p[i + k] | 0x20 != u[k] | 0x20 { return false }
        return true
    }

    private static func find(_ p: UnsafeBufferPointer<UInt8>, _ s: String, _ from: Int, caseInsensitive: Bool = false) -> Int? {
        let u = Array(s.utf8)
        var i = from
        while i + u.count <= p.count {
            if p[i] == u[0] && (caseInsensitive ? matches(p, i, s) : (0..<u.count).allSatisfy { p[i + $0] == u[$0] }) { return i }
            i += 1
        }
        return nil
    }

    private static func tagName(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        var i = from
        if i < to && p[i] == UInt8(ascii: "/") { i += 1 }
        var name: [UInt8] = []
        while i < to, (p[i] | 0x20 >= UInt8(ascii: "a") && p[i] | 0x20 <= UInt8(ascii: "z")) || (p[i] >= 0x30 && p[i] <= 0x39) {
            name.append(p[i] | 0x20); i += 1
        }
        return String(decoding: name, as: UTF8.self)
    }

    private static let named: [String: UInt32] = ["amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0x20,
                                                   "laquo": 0xAB, "raquo": 0xBB, "ldquo": 0x201C, "rdquo": 0x201D, "hellip": 0x2026,
                                                   "ndash": 0x2013, "mdash": 0x2014, "rsquo": 0x2019, "lsquo": 0x2018,
                                                   "zwnj": 0x200C, "rlm": 0x200F, "lrm": 0x200E]

    /// Decodes `&name;`, `&#NNN;` or `&#xHH;` at `i`.
    private static func entity(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int)? {
        var j = i + 1
        while j < p.count && j < i + 12 && p[j] != UInt8(ascii: ";") { j += 1 }
        guard j < p.count, p[j] == UInt8(ascii: ";") else { return nil }
        let body = String(decoding: p[(i + 1)..<j], as: UTF8.self)
        var value: UInt32?
        if body.hasPrefix("#x") || body.hasPrefix("#X") { value = UInt32(body.dropFirst(2), radix: 16) }
        else if body.hasPrefix("#") { value = UInt32(body.dropFirst()) }
        else { value = named[body] }
        guard let v = value, v > 0, Unicode.Scalar(v) != nil else { return nil }
        return (v, j + 1 - i)
    }
}

