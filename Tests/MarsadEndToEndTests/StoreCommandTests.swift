import Foundation
import Testing

/// The store the store tests run against: a SQLite file, and a new database in the PostgreSQL cluster
/// that `Scripts/test.sh` starts (named by MARSAD_TEST_POSTGRES).
struct Backend: CustomStringConvertible, Sendable {
    let description: String

    static let sqlite = Backend(description: "sqlite"), postgres = Backend(description: "postgres")
    static var server: String? { ProcessInfo.processInfo.environment["MARSAD_TEST_POSTGRES"] }
    /// SQLite always; PostgreSQL when a test cluster is running.
    static var all: [Backend] { [.sqlite] + (server == nil ? [] : [.postgres]) }

    /// The options naming a new store of this kind (`marsad ingest` creates a missing PostgreSQL database).
    func newStore(in dir: URL) -> [String] {
        guard description == "postgres", let server = Self.server else {
            return ["--db", dir.appendingPathComponent("\(UUID().uuidString.prefix(8)).sqlite").path]
        }
        let name = "t" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
        return ["--postgres", String(server[..<server.lastIndex(of: "/")!]) + "/" + name]
    }

    /// Runs one SQL statement with psql and returns its unaligned output.
    @discardableResult
    static func psql(_ url: String, _ sql: String) throws -> String {
        let process = Process(), out = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", url, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql]
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileReadUnknown) }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

@Suite(.serialized) struct StoreCommandTests {
    @Test(arguments: Backend.all) func ingestIsIdempotentAndShowGivesBackTheAnalysis(_ backend: Backend) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = backend.newStore(in: dir)
        let first = try CLI.run(["ingest"] + db + ["--published", "2023-03-29", "Examples"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("2 new, 0 updated, 0 identical copies, 0 unchanged, 0 failed"), "\(first.stderr)")
        let again = try CLI.run(["ingest"] + db + ["--published", "2023-03-29", "Examples"])
        #expect(again.stderr.contains("0 new, 0 updated, 0 identical copies, 2 unchanged, 0 failed"), "\(again.stderr)")

        // The stored document is, byte for byte, what analyze writes.
        let analyzed = try CLI.run(["analyze", "--format", "jsonl", "--published", "2023-03-29", "Examples"])
        for doc in analyzed.documents {
            let shown = try CLI.run(["show"] + db + [doc["id"] as! String])
            #expect(shown.status == 0)
            let line = String(decoding: analyzed.stdout, as: UTF8.self).split(separator: "\n").first { $0.contains(doc["id"] as! String) }!
            #expect(String(decoding: shown.stdout, as: UTF8.self) == line + "\n")
        }

        let search = try CLI.run(["search"] + db + ["للافروف", "--format", "jsonl"])
        #expect(search.status == 0)
        #expect(search.documents.count == 2)
        #expect(search.documents.allSatisfy { ($0["snippet"] as! String).contains("لافروف]") })
        // --actor: a whole mention or its last word; Zarif is only in the 2020 article.
        let zarif = try CLI.run(["search"] + db + ["موسكو", "--actor", "ظريف", "--format", "jsonl"])
        #expect(zarif.documents.map { $0["title"] as? String } == ["موسكو وطهران لتعزيز التنسيق في مواجهة «ضغوط» واشنطن"])
        #expect(try CLI.run(["search"] + db + ["موسكو", "--actor", "سيرغي لافروف", "--format", "jsonl"]).documents.count == 2)
        let none = try CLI.run(["search"] + db + ["لافروف", "--to", "2020-01-01", "--format", "csv"])
        #expect(String(decoding: none.stdout, as: UTF8.self) == "id,published,source,title,url,snippet\n")
    }

    @Test(arguments: Backend.all) func copiesUnderOtherURLsAreStoredOnceAndBadInputIsListed(_ backend: Backend) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = backend.newStore(in: dir)
        let lines = [
            #"{"title": "أ", "text": "التقى الوزير نظيره في موسكو أمس.", "url": "https://a.example/1", "source": "a", "date": "2023-03-29"}"#,
            #"{"title": "أ", "text": "التقى الوزير نظيره في موسكو أمس.", "url": "https://b.example/7", "source": "b", "date": "2023-03-29"}"#,
            #"{"title": "ب", "url": "https://a.example/2"}"#,
            #"{"title": "ج", "text": "وصل الوفد إلى طهران.", "url": "https://a.example/3", "date": "2023-03-29"}"#,
        ].joined(separator: "\n")
        let run = try CLI.run(["ingest"] + db + ["-"], stdin: Data(lines.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("2 new, 0 updated, 1 identical copies, 0 unchanged, 1 failed"), "\(run.stderr)")
        let failures = try CLI.run(["stats"] + db + ["--failures", "--format", "csv"])
        #expect(String(decoding: failures.stdout, as: UTF8.self).contains("no article text"))
        let stats = try CLI.run(["stats"] + db + ["--format", "jsonl"])
        let counts = Dictionary(uniqueKeysWithValues: stats.documents.map { ($0["what"] as! String, $0["count"] as! String) })
        #expect(counts["articles"] == "2")
        #expect(counts["sightings (URLs, sources and inputs)"] == "3")
    }

    @Test(arguments: Backend.all) func storedEventsExportToGDELTAsAnalyzeWritesThemAndCopiesCountAsArticles(_ backend: Backend) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = backend.newStore(in: dir)
        func rows(_ run: CLI.Run) -> [[String]] {
            String(decoding: run.stdout, as: UTF8.self).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        }
        // DATEADDED (column 60) is when each path ran; every other column must agree.
        func withoutDateAdded(_ r: [[String]]) -> [[String]] { r.map { var c = $0; c[59] = ""; return c }.sorted { $0[0] < $1[0] } }
        let analyzed = try CLI.run(["analyze", "--format", "gdelt", "--published", "2023-03-29", "Examples"])
        #expect(analyzed.status == 0, "\(analyzed.stderr)")
        #expect(try CLI.run(["ingest"] + db + ["--published", "2023-03-29", "Examples"]).status == 0)
        let stored = try CLI.run(["events"] + db + ["--format", "gdelt"])
        #expect(stored.status == 0, "\(stored.stderr)")
        #expect(!rows(stored).isEmpty && rows(stored).allSatisfy { $0.count == 61 })
        #expect(withoutDateAdded(rows(stored)) == withoutDateAdded(rows(analyzed)))
        let meetings = try CLI.run(["events"] + db + ["--actor", "RUS", "--actor", "IRN", "--type", "CONSULT", "--format", "gdelt-mentions"])
        #expect(!rows(meetings).isEmpty && rows(meetings).allSatisfy { $0.count == 16 && $0[14] == "srclc:ara" })

        // One text under two URLs: one event, two articles from two sources, its mentions listed for each.
        let copies = backend.newStore(in: dir)
        let text = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني في موسكو أمس."
        let lines = [#"{"title": "أ", "text": "\#(text)", "url": "https://a.example/1", "source": "a", "date": "2023-03-29"}"#,
                     #"{"title": "أ", "text": "\#(text)", "url": "https://b.example/7", "source": "b", "date": "2023-03-29"}"#]
        #expect(try CLI.run(["ingest"] + copies + ["-"], stdin: Data(lines.joined(separator: "\n").utf8)).status == 0)
        let event = try #require(rows(try CLI.run(["events"] + copies + ["--type", "CONSULT", "--format", "gdelt"])).first)
        #expect(event[1] == "20230328" && event[32] == "2" && event[33] == "2" && Int(event[31]) == 2 * (Int(event[31])! / 2))
        let mentions = rows(try CLI.run(["events"] + copies + ["--type", "CONSULT", "--format", "gdelt-mentions"]))
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

    /// A JSON Lines corpus of `n` short, distinct articles.
    static func corpus(_ n: Int, in dir: URL) throws -> String {
        let corpus = dir.appendingPathComponent("corpus.jsonl")
        let towns = ["موسكو", "طهران", "بغداد", "دمشق", "الرياض", "القاهرة", "عمان", "بيروت"]
        var lines: [String] = []
        for i in 0..<n {
            let text = "التقى وزير الخارجية نظيره في \(towns[i % towns.count]) يوم الأربعاء لبحث الملف رقم \(i). وقال الوزير إن المحادثات كانت بناءة."
            lines.append(#"{"title": "خبر \#(i)", "text": "\#(text)", "url": "https://n.example/\#(i)", "date": "2023-03-29"}"#)
        }
        try lines.joined(separator: "\n").write(to: corpus, atomically: true, encoding: .utf8)
        return corpus.path
    }

    /// Every stored article's document, sorted: equal lists mean equal articles and analyses.
    static func documents(_ db: [String]) throws -> [String] {
        let ids = try CLI.run(["search"] + db + ["الخارجية", "--limit", "5000", "--format", "jsonl"]).documents.map { $0["id"] as! String }
        let shown = try CLI.run(["show"] + db + ids)
        return String(decoding: shown.stdout, as: UTF8.self).split(separator: "\n").map(String.init).sorted()
    }

    /// SIGKILL at random moments during an ingest, then resume: the database ends with the same
    /// articles and the same analyses as an ingest (into SQLite) that was never interrupted.
    @Test(arguments: Backend.all) func killedIngestsResumeToTheSameDatabase(_ backend: Backend) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try Self.corpus(1500, in: dir)
        let clean = ["--db", dir.appendingPathComponent("clean.sqlite").path]

        func count(_ db: [String]) throws -> Int {
            let stats = try CLI.run(["stats"] + db + ["--format", "jsonl"]).documents
            return stats.first { $0["what"] as? String == "articles" }.flatMap { Int($0["count"] as! String) } ?? 0
        }
        #expect(try CLI.run(["ingest"] + clean + ["--batch", "25", corpus]).status == 0)

        let killed = backend.newStore(in: dir)
        var generator = SystemRandomNumberGenerator()
        var partial: [Int] = []
        for _ in 0..<4 {
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["ingest"] + killed + ["--batch", "25", corpus]
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
        #expect(try CLI.run(["ingest"] + killed + ["--batch", "25", corpus]).status == 0)
        let expected = try Self.documents(clean), got = try Self.documents(killed)
        #expect(expected.count == 1500)
        #expect(got == expected)
    }

    /// Three ingest processes on one PostgreSQL database, started together on the same input: they
    /// share the work, and every article is stored exactly once, as one process alone stores it.
    @Test(.enabled(if: Backend.server != nil)) func threeConcurrentIngestsStoreEachArticleOnce() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try Self.corpus(600, in: dir)
        let shared = Backend.postgres.newStore(in: dir)
        try Backend.psql(Backend.server!, "CREATE DATABASE \(shared[1].split(separator: "/").last!)")   // not left to three racing processes
        var processes: [(Process, Pipe)] = []
        for _ in 0..<3 {
            let process = Process(), err = Pipe()
            process.executableURL = CLI.binary
            process.arguments = ["ingest"] + shared + ["--batch", "20", "--workers", "1", corpus]
            process.standardError = err
            processes.append((process, err))
        }
        for (p, _) in processes { try p.run() }
        var news: [Int] = []
        for (p, err) in processes {
            let log = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "\(log)")
            let new = log.split(separator: " ").firstIndex(of: "new,").flatMap { i in Int(log.split(separator: " ")[i - 1]) }
            news.append(new ?? -1)
        }
        #expect(news.reduce(0, +) == 600, "new per process: \(news)")
        #expect(news.filter { $0 > 0 }.count >= 2, "the work was not shared: \(news)")
        let url = shared[1]
        #expect(try Backend.psql(url, "SELECT count(*), count(DISTINCT id) FROM articles") == "600|600")
        #expect(try Backend.psql(url, "SELECT count(*) FROM sightings") == "600")
        #expect(try Backend.psql(url, "SELECT count(*) FROM work WHERE NOT done") == "0")
        #expect(try Backend.psql(url, "SELECT count(*) FROM failures") == "0")
        let alone = ["--db", dir.appendingPathComponent("alone.sqlite").path]
        #expect(try CLI.run(["ingest"] + alone + [corpus]).status == 0)
        #expect(try Self.documents(shared) == Self.documents(alone))
    }
}
