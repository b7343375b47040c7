import Foundation
import Testing

@Suite(.serialized) struct TimeCommandTests {
    /// (text, value, mod) of each time of the first document, checking that offsets point at the text.
    func times(_ run: CLI.Run) -> [(text: String, type: String, value: String)] {
        let doc = run.documents[0]
        let text = Array((doc["text"] as! String).unicodeScalars)
        return (doc["times"] as! [[String: Any]]).map { t in
            let span = String(String.UnicodeScalarView(text[(t["start"] as! Int)..<(t["end"] as! Int)]))
            #expect(span == t["text"] as! String)
            return (span, t["type"] as! String, t["value"] as! String)
        }
    }

    @Test func analyzeResolvesTheReferenceArticleAgainstThePublicationDate() throws {
        let run = try CLI.run(["analyze", "--format", "jsonl", "--no-entities", "--published", "2023-03-29",
                               "Examples/000_bdd916e99efcfc1a.txt"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.documents[0]["publishedSource"] as? String == "option")
        let found = times(run)
        for (text, value) in [("الأربعاء", "2023-03-29"), ("الاثنين", "2023-03-27"), ("العاشر من الشهر الجاري", "2023-03-10"),
                              ("الأسبوع المقبل", "2023-W14"), ("خلال الشهرين المقبلين", "P2M"), ("خلال العام الأخير", "P1Y")] {
            #expect(found.contains { $0.text == text && $0.value == value }, "\(text) → \(value): \(found)")
        }
        #expect(found.filter { $0.text == "سبتمبر/أيلول الماضي" }.map(\.value) == ["2022-09", "2022-09"])
    }

    @Test func publicationDateFromMetadataURLOrDateline() throws {
        let lines = [
            #"{"title": "أ", "text": "وصل الوزير أمس إلى بغداد.", "published": "2020-09-25", "date": "2020-09-26"}"#,
            #"{"title": "ب", "text": "وصل الوزير أمس إلى بغداد.", "url": "https://example.com/news/2020/09/25/visit"}"#,
            #"{"title": "ج", "text": "موسكو - 25 سبتمبر 2020: وصل الوزير أمس إلى موسكو."}"#,
            #"{"title": "د", "text": "وصل الوزير أمس إلى بغداد."}"#,
        ].joined(separator: "\n")
        let run = try CLI.run(["analyze", "--format", "jsonl", "--no-entities", "-"], stdin: Data(lines.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        let docs = run.documents
        #expect(docs.map { $0["publishedSource"] as? String } == ["metadata:published", "url", "dateline", nil])
        #expect(docs.map { $0["published"] as? String } == ["2020-09-25", "2020-09-25", "2020-09-25", nil])
        #expect((docs[0]["warnings"] as! [String]).contains { $0.contains("conflicting dates") })
        let yesterday = docs.map { doc in (doc["times"] as! [[String: Any]]).first { $0["text"] as? String == "أمس" }?["value"] as? String }
        #expect(yesterday == ["2020-09-24", "2020-09-24", "2020-09-24", "XXXX-XX-XX"])
    }

    @Test func impossibleDatesAreWarnedAboutNotGuessed() throws {
        let run = try CLI.run(["analyze", "--format", "jsonl", "--no-entities", "--published", "2023-03-29", "-"],
                              stdin: Data("عقد الاجتماع في 31 فبراير 2023 في الرياض.".utf8))
        #expect(run.status == 0)
        #expect(times(run).allSatisfy { !$0.value.contains("02-31") && !$0.value.hasPrefix("2023-03-0") })
        #expect((run.documents[0]["warnings"] as! [String]).contains { $0.contains("31 فبراير 2023") })
    }

    @Test func evalScoresAGoldFileAndRejectsAMalformedOne() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let gold = dir.appendingPathComponent("gold.jsonl")
        let article = #"{"article": "a1", "published": "2023-03-29", "text": "وصل أمس وغادر الأربعاء", "#
            + #""times": [{"start": 4, "end": 7, "text": "أمس", "type": "DATE", "value": "2023-03-28"}, "#
            + #"{"start": 14, "end": 22, "text": "الأربعاء", "type": "DATE", "value": "2023-03-29"}]}"#
        try article.write(to: gold, atomically: true, encoding: .utf8)
        let run = try CLI.run(["time", "eval", gold.path])
        #expect(run.status == 0, "\(run.stderr)")
        let out = String(decoding: run.stdout, as: UTF8.self)
        #expect(out.contains("relaxed spans   P 100.00  R 100.00  F1 100.00"), "\(out)")
        #expect(out.contains("value accuracy (relaxed)   100.00"), "\(out)")

        try "{\"article\": \"a1\"\n".write(to: gold, atomically: true, encoding: .utf8)
        let bad = try CLI.run(["time", "eval", gold.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("gold.jsonl line 1"), "\(bad.stderr)")
    }

    @Test func conllDetectionAgainstDateSpans() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("dates.txt")
        try "ولد O\nعام B-DATE\n1948 I-DATE\nفي O\nيافا B-GPE\n\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try CLI.run(["time", "conll", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(String(decoding: run.stdout, as: UTF8.self).contains("strict spans    P 100.00  R 100.00  F1 100.00"))
    }
}
