import Foundation
import Testing

@Suite(.serialized) struct StoreCommandTests {
    @Test func ingestIsIdempotentAndShowGivesBackTheAnalysis() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("m.sqlite").path
        let first = try CLI.run(["ingest", "--db", db, "--published", "2023-03-29", "Examples"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("2 new, 0 updated, 0 identical copies, 0 unchanged, 0 failed"), "\(first.stderr)")
        let again = try CLI.run(["ingest", "--db", db, "--published", "2023-03-29", "Examples"])
        #expect(again.stderr.contains("0 new, 0 updated, 0 identical copies, 2 unchanged, 0 failed"), "\(again.stderr)")

        // The stored document is, byte for byte, what analyze writes.
        let analyzed = try CLI.run(["analyze", "--format", "jsonl", "--published", "2023-03-29", "Examples"])
        for doc in analyzed.documents {
            let shown = try CLI.run(["show", "--db", db, doc["id"] as! String])
            #expect(shown.status == 0)
            let line = String(decoding: analyzed.stdout, as: UTF8.self).split(separator: "\n").first { $0.contains(doc["id"] as! String) }!
            #expect(String(decoding: shown.stdout, as: UTF8.self) == line + "\n")
        }

        let search = try CLI.run(["search", "--db", db, "للافروف", "--format", "jsonl"])
        #expect(search.status == 0)
        #expect(search.documents.count == 2)
        #expect(search.documents.allSatisfy { ($0["snippet"] as! String).contains("لافروف]") })
        // --actor: a whole mention or its last word; Zarif is only in the 2020 article.
        let zarif = try CLI.run(["search", "--db", db, "موسكو", "--actor", "ظريف", "--format", "jsonl"])
        #expect(zarif.documents.map { $0["title"] as? String } == ["موسكو وطهران لتعزيز التنسيق في مواجهة «ضغوط» واشنطن"])
        #expect(try CLI.run(["search", "--db", db, "موسكو", "--actor", "سيرغي لافروف", "--format", "jsonl"]).documents.count == 2)
        let none = try CLI.run(["search", "--db", db, "لافروف", "--to", "2020-01-01", "--format", "csv"])
        #expect(String(decoding: none.stdout, as: UTF8.self) == "id,published,source,title,url,snippet\n")
    }

    @Test func copiesUnderOtherURLsAreStoredOnceAndBadInputIsListed() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("c.sqlite").path
        let lines = [
            #"{"title": "أ", "text": "التقى الوزير نظيره في موسكو أمس.", "url": "https://a.example/1", "source": "a", "date": "2023-03-29"}"#,
            #"{"title": "أ", "text": "التقى الوزير نظيره في موسكو أمس.", "url": "https://b.example/7", "source": "b", "date": "2023-03-29"}"#,
            #"{"title": "ب", "url": "https://a.example/2"}"#,
            #"{"title": "ج", "text": "وصل الوفد إلى طهران.", "url": "https://a.example/3", "date": "2023-03-29"}"#,
        ].joined(separator: "\n")
        let run = try CLI.run(["ingest", "--db", db, "-"], stdin: Data(lines.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("2 new, 0 updated, 1 identical copies, 0 unchanged, 1 failed"), "\(run.stderr)")
        let failures = try CLI.run(["stats", "--db", db, "--failures", "--format", "csv"])
        #expect(String(decoding: failures.stdout, as: UTF8.self).contains("no article text"))
        let stats = try CLI.run(["stats", "--db", db, "--format", "jsonl"])
        let counts = Dictionary(uniqueKeysWithValues: stats.documents.map { ($0["what"] as! String, $0["count"] as! String) })
        #expect(counts["articles"] == "2")
        #expect(counts["sightings (URLs, sources and inputs)"] == "3")
    }

    @Test func storedEventsExportToGDELTAsAnalyzeWritesThemAndCopiesCountAsArticles() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("g.sqlite").path
        func rows(_ run: CLI.Run) -> [[String]] {
            String(decoding: run.stdout, as: UTF8.self).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        }
        // DATEADDED (column 60) is when each path ran; every other column must agree.
        func withoutDateAdded(_ r: [[String]]) -> [[String]] { r.map { var c = $0; c[59] = ""; return c }.sorted { $0[0] < $1[0] } }
        let analyzed = try CLI.run(["analyze", "--format", "gdelt", "--published", "2023-03-29", "Examples"])
        #expect(analyzed.status == 0, "\(analyzed.stderr)")
        #expect(try CLI.run(["ingest", "--db", db, "--published", "2023-03-29", "Examples"]).status == 0)
        let stored = try CLI.run(["events", "--db", db, "--format", "gdelt"])
        #expect(stored.status == 0, "\(stored.stderr)")
        #expect(!rows(stored).isEmpty && rows(stored).allSatisfy { $0.count == 61 })
        #expect(withoutDateAdded(rows(stored)) == withoutDateAdded(rows(analyzed)))
        let meetings = try CLI.run(["events", "--db", db, "--actor", "RUS", "--actor", "IRN", "--type", "CONSULT", "--format", "gdelt-mentions"])
        #expect(!rows(meetings).isEmpty && rows(meetings).allSatisfy { $0.count == 16 && $0[14] == "srclc:ara" })

        // One text under two URLs: one event, two articles from two sources, its mentions listed for each.
        let copies = dir.appendingPathComponent("c.sqlite").path
        let text = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني في موسكو أمس."
        let lines = [#"{"title": "أ", "text": "\#(text)", "url": "https://a.example/1", "source": "a", "date": "2023-03-29"}"#,
                     #"{"title": "أ", "text": "\#(text)", "url": "https://b.example/7", "source": "b", "date": "2023-03-29"}"#]
        #expect(try CLI.run(["ingest", "--db", copies, "-"], stdin: Data(lines.joined(separator: "\n").utf8)).status == 0)
        let event = try #require(rows(try CLI.run(["events", "--db", copies, "--type", "CONSULT", "--format", "gdelt"])).first)
        #expect(event[1] == "20230328" && event[32] == "2" && event[33] == "2" && Int(event[31]) == 2 * (Int(event[31])! / 2))
        let mentions = rows(try CLI.run(["events", "--db", copies, "--type", "CONSULT", "--format", "gdelt-mentions"]))
        #expect(Set(mentions.map { $0[5] }) == ["https://a.example/1", "https://b.example/7"] && mentions.count == Int(event[31]))
    }

    @Test func filesThatAreNotMarsadDatabasesAreRefused() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = dir.appendingPathComponent("notes.txt")
        try "not a database, just some notes that should stay as they are".write(to: text, atomically: true, encoding: .utf8)
        let run = try CLI.run(["ingest", "--db", text.path, "Examples"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("not an SQLite database"), "\(run.stderr)")
        #expect(try String(contentsOf: text, encoding: .utf8).hasPrefix("not a database"))
        let missing = try CLI.run(["search", "--db", dir.appendingPathComponent("none.sqlite").path, "لافروف"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no such database"))
    }

    /// SIGKILL at random moments during an ingest, then resume: the database ends with the same
    /// articles and the same analyses as an ingest that was never interrupted.
    @Test func killedIngestsResumeToTheSameDatabase() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus.jsonl")
        let towns = ["موسكو", "طهران", "بغداد", "دمشق", "الرياض", "القاهرة", "عمان", "بيروت"]
        var lines: [String] = []
        for i in 0..<1500 {
            let text = "التقى وزير الخارجية نظيره في \(towns[i % towns.count]) يوم الأربعاء لبحث الملف رقم \(i). وقال الوزير إن المحادثات كانت بناءة."
            lines.append(#"{"title": "خبر \#(i)", "text": "\#(text)", "url": "https://n.example/\#(i)", "date": "2023-03-29"}"#)
        }
        try lines.joined(separator: "\n").write(to: corpus, atomically: true, encoding: .utf8)

        let clean = dir.appendingPathComponent("clean.sqlite").path

        func count(_ db: String) throws -> Int {
            let stats = try CLI.run(["stats", "--db", db, "--format", "jsonl"]).documents
            return stats.first { $0["what"] as? String == "articles" }.flatMap { Int($0["count"] as! String) } ?? 0
        }
        #expect(try CLI.run(["ingest", "--db", clean, "--batch", "25", corpus.path]).status == 0)

        let killed = dir.appendingPathComponent("killed.sqlite").path
        var generator = SystemRandomNumberGenerator()
        var partial: [Int] = []
        for _ in 0..<4 {
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["ingest", "--db", killed, "--batch", "25", corpus.path]
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Wait for the first stored batch (the models load first), then kill at a random moment.
            let before = try count(killed)
            while process.isRunning, try count(killed) == before { usleep(50_000) }
            usleep(UInt32.random(in: 0...400_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            partial.append(try count(killed))
        }
        #expect(partial.contains { $0 > 0 && $0 < 1500 }, "no kill landed mid-ingest: \(partial)")
        #expect(try CLI.run(["ingest", "--db", killed, "--batch", "25", corpus.path]).status == 0)

        func articles(_ db: String) throws -> [String] {
            let ids = try CLI.run(["search", "--db", db, "الخارجية", "--limit", "5000", "--format", "jsonl"]).documents.map { $0["id"] as! String }
            let shown = try CLI.run(["show", "--db", db] + ids)
            return String(decoding: shown.stdout, as: UTF8.self).split(separator: "\n").map(String.init).sorted()
        }
        let expected = try articles(clean), got = try articles(killed)
        #expect(expected.count == 1500)
        #expect(got == expected)
    }
}
