import MarsadCore
import ArabicText
import Ingest
import Entities
import Temporal
import Actors
import Events

/// One analyzed article: the clean text and every annotation on it, as standoff spans.
public struct AnalyzedDocument: Sendable {
    /// A stable id: 16 hex digits of a 64-bit FNV-1a hash of the clean text.
    public var id: String
    /// Where the article came from (path, `#record`, `!zip-member`).
    public var origin: String
    /// The title, from metadata or the first line.
    public var title: String?
    /// The author line, from metadata or the line after the title.
    public var byline: String?
    /// The publication date as `YYYY-MM-DD`, or nil.
    public var published: String?
    /// Where the date came from: `option`, `metadata:FIELD`, or nil.
    public var publishedSource: String?
    /// The `url` field, if any.
    public var url: String?
    /// The `source` field, if any.
    public var source: String?
    /// The encoding the input was decoded from.
    public var encoding: TextEncoding
    /// The raw body (UTF-8), which `removed` offsets point into.
    public var raw: [UInt8]
    /// The clean body (UTF-8).
    public var text: [UInt8]
    /// What was left out of `raw`.
    public var removed: [Removal]
    /// The paragraphs of `text`.
    public var paragraphs: [Paragraph]
    /// Sentences as byte spans into `text`.
    public var sentences: [ByteSpan]
    /// Tokens as byte spans into `text`.
    public var tokens: [Token]
    /// Mentions of persons, organizations, places, other names, titles and nationalities; nil when
    /// entity recognition was switched off (and the field is left out of the JSON).
    public var entities: [Entity]?
    /// What each entity was linked to (same order as `entities`; nil where nothing was found).
    public var links: [Resolution?] = []
    /// Coded events; nil when event coding was switched off (and the field is left out of the JSON).
    public var events: [Event]?
    /// Quotations with their speakers; empty when event coding was switched off.
    public var quotes: [Quote] = []
    /// Time expressions with their TIMEX3 values, resolved against `published`.
    public var times: [TimeExpression]
    /// Problems that did not stop the analysis (e.g. an unreadable date).
    public var warnings: [String]
}

extension AnalyzedDocument {
    /// The document as JSON; offsets become Unicode scalar offsets. `tokens` adds each token's
    /// normalized form and clitic segments.
    public func json(pretty: Bool, tokens includeTokens: Bool, segmenter: CliticSegmenter? = nil) -> [UInt8] {
        var w = JSONWriter(pretty: pretty, reservingCapacity: text.count * 2 + 1024)
        w.beginObject()
        writeHeader(&w)
        writeParagraphs(&w, key: "paragraphs")
        writeSentences(&w, key: "sentences")
        if entities != nil {
            w.beginArray("entities")
            for (i, e) in scalarEntities().enumerated() {
                let link = i < links.count ? links[i] : nil
                DocumentJSON.entity(&w, start: e.start, end: e.end, text: e.text, type: e.type, link: link)
            }
            w.endArray()
        }
        if events != nil {
            writeEvents(&w, key: "events")
            writeQuotes(&w, key: "quotes")
        }
        w.beginArray("times")
        for t in scalarTimes() {
            DocumentJSON.time(&w, start: t.start, end: t.end, text: t.text, type: t.time.type.rawValue, value: t.time.value,
                              mod: t.time.mod, anchor: t.time.anchor, hijri: t.time.hijri)
        }
        w.endArray()
        if includeTokens { writeTokens(&w, segmenter: segmenter ?? .standard) }
        writeRemoved(&w, key: "removed")
        writeWarnings(&w, key: "warnings")
        w.endObject()
        return w.finish()
    }

    /// The `events` array: each event with its trigger, sides, codes, place, date, polarity and modality.
    /// The `events` array as compact JSON, or nil when events were not coded (what a store keeps).
    public func eventsJSON() -> [UInt8]? {
        events == nil ? nil : Self.compact(writeEvents)
    }

    /// The `quotes` array as compact JSON, or nil when events were not coded.
    public func quotesJSON() -> [UInt8]? {
        events == nil ? nil : Self.compact(writeQuotes)
    }

    private func writeQuotes(_ w: inout JSONWriter, key: String?) {
        let offsets = ScalarOffsets(text)
        w.beginArray(key)
        for q in quotes {
            w.beginObject(inline: true)
            w.int("start", offsets.scalarOffset(ofByte: q.span.start))
            w.int("end", offsets.scalarOffset(ofByte: q.span.end))
            w.string("text", utf8: text[q.span.start..<q.span.end])
            w.string("speaker", q.speaker?.actor.id)
            w.string("speakerText", q.speaker.map { String(decoding: text[$0.span.start..<$0.span.end], as: UTF8.self) })
            w.string("verb", q.verb.map { String(decoding: text[$0.start..<$0.end], as: UTF8.self) })
            w.string("kind", q.kind.rawValue)
            w.endObject()
        }
        w.endArray()
    }

    private func writeEvents(_ w: inout JSONWriter, key: String?) {
        let offsets = ScalarOffsets(text)
        func scalar(_ b: Int) -> Int { offsets.scalarOffset(ofByte: b) }
        w.beginArray(key)
        for (n, e) in (events ?? []).enumerated() {
            w.beginObject()
            w.string("id", "e\(n + 1)")
            w.int("sentence", e.sentence)
            w.int("start", scalar(e.span.start))
            w.int("end", scalar(e.span.end))
            w.beginObject("trigger", inline: true)
            w.int("start", scalar(e.trigger.start))
            w.int("end", scalar(e.trigger.end))
            w.string("text", utf8: text[e.trigger.start..<e.trigger.end])
            w.endObject()
            w.beginArray("source"); for p in e.sources { w.string(nil, p.actor.id) }; w.endArray()
            w.beginArray("target"); for p in e.targets { w.string(nil, p.actor.id) }; w.endArray()
            w.beginArray("sourceCodes"); for p in e.sources { w.string(nil, p.actor.code ?? p.dyadCode) }; w.endArray()
            w.beginArray("targetCodes"); for p in e.targets { w.string(nil, p.actor.code ?? p.dyadCode) }; w.endArray()
            w.string("cameo", e.code.cameo)
            w.string("cameoRoot", e.code.root)
            w.int("quadClass", e.code.quadClass)
            w.raw("goldstein", json: Array(String(e.code.goldstein).utf8))
            w.beginObject("plover", inline: true)
            w.string("event", e.code.plover)
            w.string("mode", e.code.mode.isEmpty ? nil : e.code.mode)
            w.string("context", e.code.context.isEmpty ? nil : e.code.context)
            w.endObject()
            if let p = e.place {
                w.beginObject("place", inline: true)
                w.string("id", p.id); w.string("name", p.name.isEmpty ? nil : p.name); w.string("nameAr", p.nameAr)
                w.string("country", p.country)
                w.endObject()
            } else { w.string("place", nil) }
            w.string("date", e.date)
            w.string("dateSource", e.dateSource)
            w.string("polarity", e.polarity.rawValue)
            w.string("modality", e.modality.rawValue)
            if let r = e.reporter { w.string("reporter", r.actor.id) }
            w.raw("confidence", json: Array(String(e.confidence).utf8))
            w.beginArray("mentions")
            for m in e.mentions {
                w.beginObject(inline: true); w.int("start", scalar(m.start)); w.int("end", scalar(m.end)); w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
    }

    /// The entities with scalar offsets and their text (empty when recognition was off).
    public func scalarEntities() -> [(start: Int, end: Int, text: ArraySlice<UInt8>, type: String)] {
        let offsets = ScalarOffsets(text)
        return (entities ?? []).map {
            (offsets.scalarOffset(ofByte: $0.span.start), offsets.scalarOffset(ofByte: $0.span.end), text[$0.span.start..<$0.span.end], $0.type)
        }
    }

    /// The time expressions with scalar offsets and their text.
    public func scalarTimes() -> [(start: Int, end: Int, text: ArraySlice<UInt8>, time: TimeExpression)] {
        let offsets = ScalarOffsets(text)
        return times.map {
            (offsets.scalarOffset(ofByte: $0.span.start), offsets.scalarOffset(ofByte: $0.span.end), text[$0.span.start..<$0.span.end], $0)
        }
    }

    /// The sections a store keeps as compact JSON beside its rows, so that it can write the document
    /// again exactly as `json(pretty: false, tokens: false)` does.
    public func compactSections() -> (paragraphs: [UInt8], sentences: [UInt8], removed: [UInt8], warnings: [UInt8]) {
        (Self.compact(writeParagraphs), Self.compact(writeSentences), Self.compact(writeRemoved), Self.compact(writeWarnings))
    }

    /// One section written on its own as compact JSON (a value, without its key).
    private static func compact(_ write: (inout JSONWriter, String?) -> Void) -> [UInt8] {
        var w = JSONWriter(pretty: false)
        write(&w, nil)
        return w.bytes
    }

    /// id … text, in the documented order.
    private func writeHeader(_ w: inout JSONWriter) {
        DocumentJSON.header(&w, id: id, input: origin, title: title, byline: byline, published: published,
                            publishedSource: publishedSource, url: url, source: source, encoding: encoding.rawValue, text: text)
    }

    private func writeParagraphs(_ w: inout JSONWriter, key: String?) {
        let offsets = ScalarOffsets(text)
        w.beginArray(key)
        for paragraph in paragraphs {
            w.beginObject(inline: true)
            w.int("start", offsets.scalarOffset(ofByte: paragraph.span.start))
            w.int("end", offsets.scalarOffset(ofByte: paragraph.span.end))
            w.bool("heading", paragraph.isHeading)
            w.endObject()
        }
        w.endArray()
    }

    private func writeSentences(_ w: inout JSONWriter, key: String?) {
        let offsets = ScalarOffsets(text)
        w.beginArray(key)
        for sentence in sentences {
            w.beginObject(inline: true)
            w.int("start", offsets.scalarOffset(ofByte: sentence.start))
            w.int("end", offsets.scalarOffset(ofByte: sentence.end))
            w.endObject()
        }
        w.endArray()
    }

    private func writeTokens(_ w: inout JSONWriter, segmenter: CliticSegmenter) {
        let offsets = ScalarOffsets(text)
        let memo = SegmentationMemo(bits: 12)
        w.beginArray("tokens")
        text.withUnsafeBufferPointer { p in
            for token in tokens {
                w.beginObject(inline: true)
                w.int("start", offsets.scalarOffset(ofByte: token.start))
                w.int("end", offsets.scalarOffset(ofByte: token.end))
                w.string("kind", token.kind.name)
                if token.kind == .word {
                    let word = segmenter.segments(p, token.start..<token.end, memo: memo)
                    w.string("norm", word.norm)
                    w.beginArray("segments")
                    for segment in word.segments { w.string(nil, segment) }
                    w.endArray()
                } else {
                    var norm: [UInt8] = []
                    ArabicNormalizer(.matching).normalize(p, token.start..<token.end, into: &norm)
                    w.string("norm", utf8: norm)
                }
                w.endObject()
            }
        }
        w.endArray()
    }

    private func writeRemoved(_ w: inout JSONWriter, key: String?) {
        let rawOffsets = ScalarOffsets(raw)
        w.beginArray(key)
        for removal in removed {
            w.beginObject(inline: true)
            w.int("start", rawOffsets.scalarOffset(ofByte: removal.span.start))
            w.int("end", rawOffsets.scalarOffset(ofByte: removal.span.end))
            w.string("reason", removal.reason.rawValue)
            w.endObject()
        }
        w.endArray()
    }

    private func writeWarnings(_ w: inout JSONWriter, key: String?) {
        w.beginArray(key)
        for warning in warnings { w.string(nil, warning) }
        w.endArray()
    }
}

/// The JSON form of a document's parts, shared by `marsad analyze` and the store, which writes stored
/// documents back from its rows.
public enum DocumentJSON {
    /// The document's first members, id to text.
    public static func header<T: Collection>(_ w: inout JSONWriter, id: String, input: String, title: String?, byline: String?,
                                             published: String?, publishedSource: String?, url: String?, source: String?,
                                             encoding: String, text: T) where T.Element == UInt8 {
        w.string("id", id)
        w.string("input", input)
        w.string("title", title)
        w.string("byline", byline)
        w.string("published", published)
        w.string("publishedSource", publishedSource)
        w.string("url", url)
        w.string("source", source)
        w.string("encoding", encoding)
        w.string("text", utf8: text)
    }

    /// One entity of the `entities` array.
    /// `actor` and `place` are compact JSON objects; `confidence` a JSON number; all four nil when unlinked.
    public static func entity<T: Collection>(_ w: inout JSONWriter, start: Int, end: Int, text: T, type: String,
                                             actor: [UInt8]?, place: [UInt8]?, confidence: String?, basis: String?) where T.Element == UInt8 {
        beginEntity(&w, start: start, end: end, text: text, type: type)
        if let actor { w.raw("actor", json: actor) }
        if let place { w.raw("place", json: place) }
        if let confidence, let basis {
            w.raw("confidence", json: confidence.utf8)
            w.string("basis", basis)
        }
        w.endObject()
    }

    /// One entity with its link, written in place (the same bytes as the stored form above).
    public static func entity(_ w: inout JSONWriter, start: Int, end: Int, text: ArraySlice<UInt8>, type: String, link: Resolution?) {
        beginEntity(&w, start: start, end: end, text: text, type: type)
        if let link {
            link.writeActor(&w, key: "actor")
            link.writePlace(&w, key: "place")
            w.decimal("confidence", link.confidence, places: 2)
            w.string("basis", link.basis.rawValue)
        }
        w.endObject()
    }

    private static func beginEntity<T: Collection>(_ w: inout JSONWriter, start: Int, end: Int, text: T, type: String) where T.Element == UInt8 {
        w.beginObject(inline: true)
        w.int("start", start)
        w.int("end", end)
        w.string("text", utf8: text)
        w.string("type", type)
    }

    /// One time expression of the `times` array.
    public static func time<T: Collection>(_ w: inout JSONWriter, start: Int, end: Int, text: T, type: String, value: String,
                                           mod: String?, anchor: String?, hijri: String?) where T.Element == UInt8 {
        w.beginObject(inline: true)
        w.int("start", start)
        w.int("end", end)
        w.string("text", utf8: text)
        w.string("type", type)
        w.string("value", value)
        if let mod { w.string("mod", mod) }
        if let anchor { w.string("anchor", anchor) }
        if let hijri { w.string("hijri", hijri) }
        w.endObject()
    }
}
