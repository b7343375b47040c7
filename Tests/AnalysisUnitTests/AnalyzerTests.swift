import Foundation
import Testing
import Analysis
import Ingest
import MarsadCore
import Actors

@Suite struct AnalyzerTests {
    func document(_ body: String, format: RawArticle.Format = .text, date: (String, String)? = nil,
                  published: String? = nil) throws -> [String: Any] {
        var article = RawArticle(origin: "t", body: Array(body.utf8), format: format)
        article.date = date
        let doc = try Analyzer(published: published).analyze(article)
        return try JSONSerialization.jsonObject(with: Data(doc.json(pretty: true, tokens: true))) as! [String: Any]
    }

    func slice(_ text: String, _ span: [String: Any]) -> String {
        let scalars = Array(text.unicodeScalars)
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[(span["start"] as! Int)..<(span["end"] as! Int)])
        return String(s)
    }

    @Test func offsetsAreScalarOffsetsIntoText() throws {
        let doc = try document("قال الوزيرُ إنّ العلاقات «جيدة». وأضاف: 3.5٪ نمو.", format: .json)
        let text = doc["text"] as! String
        let sentences = (doc["sentences"] as! [[String: Any]]).map { slice(text, $0) }
        #expect(sentences == ["قال الوزيرُ إنّ العلاقات «جيدة».", "وأضاف: 3.5٪ نمو."])
        let tokens = doc["tokens"] as! [[String: Any]]
        #expect(slice(text, tokens[1]) == "الوزيرُ")
        #expect(tokens[1]["norm"] as? String == "الوزير")
        #expect(tokens[1]["segments"] as? [String] == ["ال", "وزير"])
        #expect(tokens.contains { $0["kind"] as? String == "number" && slice(text, $0) == "3.5" })
    }

    @Test func scalarOffsetsComeRightInAnyOrder() {
        // Many 64-byte blocks of one-, two-, three- and four-byte scalars, asked in random order.
        let text = String(repeating: "قال الوزير 😀 إن ٣ «اتفاقات» وُقّعت. Done é.\n", count: 9)
        let bytes = Array(text.utf8)
        var boundaries: [(byte: Int, scalar: Int)] = [(0, 0)]
        for (i, s) in text.unicodeScalars.enumerated() { boundaries.append((boundaries.last!.byte + String(s).utf8.count, i + 1)) }
        let offsets = ScalarOffsets(bytes)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let b = boundaries.randomElement(using: &generator)!
            #expect(offsets.scalarOffset(ofByte: b.byte) == b.scalar)
        }
        #expect(offsets.scalarOffset(ofByte: -5) == 0)
        #expect(offsets.scalarOffset(ofByte: bytes.count + 7) == text.unicodeScalars.count)
        #expect(ScalarOffsets([]).scalarOffset(ofByte: 3) == 0)
    }

    @Test func removedOffsetsPointIntoTheRawInput() throws {
        let raw = "العنوان\n<صورة الوزير (رويترز) قال الوزير إن العلاقات جيدة.\n,"
        let doc = try document(raw)
        let removed = doc["removed"] as! [[String: Any]]
        #expect(removed.map { $0["reason"] as! String } == ["title", "caption", "footer"])
        #expect(slice(raw, removed[1]) == "<صورة الوزير (رويترز)")
        #expect(doc["text"] as? String == "قال الوزير إن العلاقات جيدة.")
    }

    @Test func aTimeWordInAKnownNameIsTheName() throws {
        // تيار المستقبل (the Future Movement) speaks of no future, and its accusation is no plan; a day the tagger
        // ran a body's name into stays a time.
        let doc = try Analyzer(published: "2015-07-25").analyze(RawArticle(origin: "t", body: Array(
            "خبر\nويتهم عون خصومه، لا سيما تيار المستقبل الذي يترأسه سعد الحريري، برفض تعيين روكز. وأعلنت وزارة الصحة المصرية الجمعة إصابة عشرة أشخاص.".utf8), format: .text))
        let times = doc.times.map { String(decoding: doc.text[$0.span.start..<$0.span.end], as: UTF8.self) }
        #expect(!times.contains("المستقبل"), "\(times)")
        #expect(times.contains("الجمعة"))
        #expect(doc.events?.first { $0.code.plover == "ACCUSE" }?.modality == .asserted)
    }

    @Test func publicationDateFromOptionOrMetadata() throws {
        let fromMetadata = try document("نص الخبر.", format: .json, date: ("2015-07-21 02:51:32", "date_extracted"))
        #expect(fromMetadata["published"] as? String == "2015-07-21")
        #expect(fromMetadata["publishedSource"] as? String == "metadata:date_extracted")
        let fromOption = try document("نص الخبر.", format: .json, date: ("2015-07-21", "date"), published: "2023-03-29")
        #expect(fromOption["published"] as? String == "2023-03-29")
        #expect(fromOption["publishedSource"] as? String == "option")
        let wrong = try document("نص الخبر.", format: .json, date: ("2015-02-30", "date"))
        #expect(wrong["published"] is NSNull)
        #expect((wrong["warnings"] as! [String]).first?.contains("2015-02-30") == true)
    }

    @Test func nothingLeftIsAnError() {
        #expect(throws: MarsadError(.noArticle, "no article text: the page holds only markup")) {
            try document("<html><body><img src='x'></body></html>", format: .html)
        }
    }

    @Test func outputIsDeterministic() throws {
        var article = RawArticle(origin: "t", body: Array("عنوان\n\nنص الخبر الأول. ونص ثان.".utf8), format: .text)
        article.url = "http://x"
        let a = try Analyzer().analyze(article).json(pretty: false, tokens: true)
        let b = try Analyzer().analyze(article).json(pretty: false, tokens: true)
        #expect(a == b)
        #expect(a.last == 0x0A)
        #expect(!a.dropLast().contains(0x0A))
    }
}

@Suite struct PublicationDateTests {
    @Test func formats() {
        #expect(PublicationDate.parse("2023-03-29") == "2023-03-29")
        #expect(PublicationDate.parse("2015-07-21 02:51:32") == "2015-07-21")
        #expect(PublicationDate.parse("2020-09-25T10:00:00Z") == "2020-09-25")
        #expect(PublicationDate.parse("29/3/2023") == "2023-03-29")
        #expect(PublicationDate.parse("٢٠٢٣/٠٣/٢٩") == "2023-03-29")
        #expect(PublicationDate.parse("2024-02-29") == "2024-02-29")
    }

    @Test func wrongDates() {
        #expect(PublicationDate.parse("2023-02-29") == nil)
        #expect(PublicationDate.parse("2023-13-01") == nil)
        #expect(PublicationDate.parse("yesterday") == nil)
        #expect(throws: (any Error).self) { try PublicationDate.parseOption("2023-3-29") }
        #expect(throws: (any Error).self) { try PublicationDate.parseOption("2023-02-30") }
    }
}

@Suite struct EntityJSONTests {
    /// An entity's link written in place is byte for byte the stored form (`actorJSON`, `placeJSON`), pretty or not,
    /// so `marsad show` prints what `analyze` printed.
    @Test func aLinkWrittenInPlaceIsTheStoredForm() throws {
        let doc = try Analyzer(published: "2023-08-15").analyze(RawArticle(origin: "t", body: Array(
            "التقى وزير الخارجية الروسي سيرغي لافروف في موسكو نظيره الإيراني حسين أمير عبد اللهيان.".utf8), format: .text))
        let linked = doc.scalarEntities().indices.filter { doc.links[$0]?.actor != nil || doc.links[$0]?.place != nil }
        #expect(linked.count >= 3)
        for pretty in [false, true] {
            for i in linked {
                let e = doc.scalarEntities()[i], link = doc.links[i]!
                var inPlace = JSONWriter(pretty: pretty), stored = JSONWriter(pretty: pretty)
                inPlace.beginArray()
                DocumentJSON.entity(&inPlace, start: e.start, end: e.end, text: e.text, type: e.type, link: link)
                stored.beginArray()
                DocumentJSON.entity(&stored, start: e.start, end: e.end, text: e.text, type: e.type, actor: link.actorJSON(),
                                    place: link.placeJSON(), confidence: link.confidenceText, basis: link.basis.rawValue)
                #expect(inPlace.bytes == stored.bytes)
                #expect(String(decoding: inPlace.bytes, as: UTF8.self).contains(pretty ? "\"actor\": {\"id\":" : "\"actor\":{\"id\":")
                        || link.actor == nil)
            }
        }
    }
}

@Suite struct JSONWriterTests {
    /// From a tiny buffer that must grow many times, with strings that need escaping: what a JSON reader reads back.
    @Test func whatIsWrittenReadsBackWhateverItsSize() throws {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["وزير", "\"", "\\", "\n", "\t", "\u{1}", "abc", "لافروف «قال»", " "]
        for pretty in [false, true] {
            var w = JSONWriter(pretty: pretty, reservingCapacity: 1)
            var expected: [String] = []
            w.beginObject()
            w.beginArray("values")
            for _ in 0..<2_000 {
                let s = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
                expected.append(s)
                w.string(nil, s)
            }
            w.endArray()
            w.beginObject("link", compact: true)
            w.int("n", -1234567)
            w.string("s", nil)
            w.endObject()
            w.endObject()
            let object = try JSONSerialization.jsonObject(with: Data(w.finish())) as! [String: Any]
            #expect(object["values"] as! [String] == expected)
            #expect((object["link"] as! [String: Any])["n"] as? Int == -1234567)
        }
    }

    /// Strings are read eight bytes at a time: every ASCII byte, at every place in such a run, comes back.
    @Test func everyByteAtEveryPlaceReadsBack() throws {
        var w = JSONWriter(pretty: false)
        var expected: [String] = []
        w.beginArray(nil)
        for scalar in 0..<128 {
            for at in 0..<16 {
                var s = String(repeating: "ب", count: 8)
                s.insert(Character(Unicode.Scalar(UInt8(scalar))), at: s.index(s.startIndex, offsetBy: at / 2))
                s = String(repeating: "a", count: at % 2) + s
                expected.append(s)
                w.string(nil, s)
            }
        }
        w.endArray()
        #expect(try JSONSerialization.jsonObject(with: Data(w.finish())) as! [String] == expected)
    }
}
