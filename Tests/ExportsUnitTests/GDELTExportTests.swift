import Foundation
import Testing
import Analysis
import Ingest
import Events
@testable import Exports

private func exampleDocument(_ prefix: String, published: String) throws -> [UInt8] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let dir = root.appendingPathComponent("Examples")
    let name = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasPrefix(prefix) })
    var article = RawArticle(origin: name, body: Array(try Data(contentsOf: dir.appendingPathComponent(name))), format: .text)
    article.url = "https://example.org/\(prefix)"
    article.source = "example.org"
    return try Analyzer(published: published).analyze(article).json(pretty: false, tokens: false)
}

private func columns(_ line: String) -> [String] {
    line.dropLast().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
}

@Suite struct GDELTExportTests {
    @Test func theReferenceMeetingIsAGDELTEventRowWithItsArabicOffsets() throws {
        let json = try exampleDocument("000", published: "2023-03-29")
        let rows = try GDELTExport.standard.rows(document: json, dateAdded: "20230329120000")
        #expect(!rows.events.isEmpty)
        for line in rows.events { #expect(columns(line).count == 61) }
        for line in rows.mentions { #expect(columns(line).count == 16) }

        let meeting = columns(rows.events[0])
        // Actor1 Amir-Abdollahian (IRNGOV), Actor2 Lavrov (RUSGOV), CAMEO 040 in Moscow on the day.
        #expect(meeting[1] == "20230329" && meeting[2] == "202303" && meeting[3] == "2023")
        #expect(meeting[5] == "IRNGOV" && meeting[6] == "HOSSEIN AMIR-ABDOLLAHIAN" && meeting[7] == "IRN" && meeting[12] == "GOV")
        #expect(meeting[15] == "RUSGOV" && meeting[17] == "RUS")
        #expect(meeting[25] == "1" && meeting[26] == "040" && meeting[27] == "040" && meeting[28] == "04" && meeting[29] == "1")
        #expect(meeting[51] == "4" && meeting[52] == "Moscow, Russia" && meeting[53] == "RS" && meeting[58] == "524901")
        #expect(abs((Double(meeting[56]) ?? 0) - 55.75) < 0.05 && abs((Double(meeting[57]) ?? 0) - 37.62) < 0.05)
        #expect(meeting[59] == "20230329120000" && meeting[60] == "https://example.org/000")
        #expect(Int(meeting[31]) == rows.mentions.filter { columns($0)[0] == meeting[0] }.count)

        // Each mention's action offset points at the trigger in the Arabic text, in Unicode scalars.
        let document = try JSONSerialization.jsonObject(with: Data(json)) as! [String: Any]
        let text = Array((document["text"] as! String).unicodeScalars)
        let first = columns(rows.mentions[0])
        #expect(first[0] == meeting[0] && first[5] == "https://example.org/000" && first[4] == "example.org" && first[14] == "srclc:ara")
        let action = try #require(Int(first[9])), actor1 = try #require(Int(first[7])), actor2 = try #require(Int(first[8]))
        #expect(String(String.UnicodeScalarView(text[action..<action + 5])) == "التقى")
        #expect(actor1 >= 0 && actor2 >= 0)
    }

    @Test func deniedAndSupposedEventsAreLeftOutAndPlansBecomeIntents() throws {
        let json = try exampleDocument("000", published: "2023-03-29")
        let document = try JSONSerialization.jsonObject(with: Data(json)) as! [String: Any]
        let events = document["events"] as! [[String: Any]]
        let rows = try GDELTExport.standard.rows(document: json, dateAdded: "20230329120000")
        let byNumber = Dictionary(uniqueKeysWithValues: rows.events.map { line -> (Int, [String]) in
            let c = columns(line)
            return (Int(UInt64(c[0])! % 1_000_000) - 1, c)
        })
        for (i, e) in events.enumerated() {
            let cameo = e["cameo"] as! String, modality = e["modality"] as! String, polarity = e["polarity"] as! String
            if polarity == "negative" || modality == "hypothetical" { #expect(byNumber[i] == nil) }
            if polarity == "positive" && modality == "asserted" { #expect(byNumber[i]?[26] == cameo) }
            if polarity == "positive" && modality == "intended" && cameo.hasPrefix("045") { #expect(byNumber[i]?[26] == "039") }
        }
        #expect(events.contains { $0["modality"] as? String != "asserted" })
    }

    @Test func intentCodesAndDatesFollowCAMEOAndGDELT() {
        #expect(Codebook.intentCode("040") == "036" && Codebook.intentCode("0451") == "039" && Codebook.intentCode("061") == "031")
        #expect(Codebook.intentCode("112") == nil)
        #expect(GDELTExport.day("2023-03-29T17:00") == "2023-03-29" && GDELTExport.day("2022-09") == "2022-09-01")
        #expect(GDELTExport.day("2023-W14") == "2023-04-03" && GDELTExport.day("2015") == "2015-01-01")
        #expect(GDELTExport.day("XXXX-WXX-3") == nil && GDELTExport.day("PRESENT_REF") == nil)
        #expect(GDELTExport.fractionDate("2023-12-31") == "2023.9973")
        #expect(GDELTExport.line(["a\tb", "c\nd"]) == "a b\tc d\n")
    }

    @Test func aDocumentThatIsNotMarsadJSONIsAClearError() {
        #expect(throws: (any Error).self) { try GDELTExport.standard.rows(document: Array("{}".utf8), dateAdded: "x") }
    }
}
