import Foundation
import Testing
import ZIPFoundation

/// Runs the real `marsad` binary built beside the tests.
struct CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("marsad")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return root.appendingPathComponent(".build/debug/marsad")
    }

    struct Run {
        var status: Int32
        var stdout: Data
        var stderr: String
        var documents: [[String: Any]] {
            String(decoding: stdout, as: UTF8.self).split(separator: "\n").map {
                try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
            }
        }
    }

    static func run(_ arguments: [String], stdin: Data? = nil) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        var outData = Data(), errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }
}

func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}

@Suite(.serialized) struct AnalyzeCommandTests {
    @Test func referenceArticles() throws {
        let run = try CLI.run(["analyze", "--format", "jsonl", "--published", "2023-03-29",
                               "Examples/000_bdd916e99efcfc1a.txt", "Examples/002_2472718d78e8a15d.txt"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let docs = run.documents
        #expect(docs.count == 2)
        #expect(docs[0]["title"] as? String == "أمير عبد اللهيان يلتقي لافروف في موسكو: تنامي العلاقات الثنائية وسط مخاوف غربية")
        #expect(docs[0]["byline"] as? String == "صابر غل عنبري")
        #expect(docs[0]["published"] as? String == "2023-03-29")
        #expect((docs[0]["text"] as! String).hasPrefix("التقى وزير الخارجية الإيراني"))
        #expect((docs[0]["removed"] as! [[String: Any]]).map { $0["reason"] as! String }
                    == ["title", "byline", "caption", "html", "footer", "footer", "footer"])
        #expect(docs[1]["byline"] is NSNull)
        #expect((docs[1]["sentences"] as! [Any]).count > 15)
    }

    @Test func prettyJSONIsTheDefaultAndTokensAreOptIn() throws {
        let run = try CLI.run(["analyze", "--tokens", "-"], stdin: Data("عنوان\n\nوبالعلاقات نظيره.".utf8))
        #expect(run.status == 0)
        let doc = try JSONSerialization.jsonObject(with: run.stdout) as! [String: Any]
        let tokens = doc["tokens"] as! [[String: Any]]
        #expect(tokens.map { $0["segments"] as? [String] ?? [] } == [["و", "ب", "ال", "علاقات"], ["نظير", "ه"], []])
        #expect(String(decoding: run.stdout, as: UTF8.self).contains("\n  \"text\": "))
    }

    @Test func outputDoesNotDependOnTheNumberOfWorkers() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let records = (1...600).map { #"{"title":"خبر \#($0)","content":"نص الخبر رقم \#($0). وتفاصيل أخرى."}"# }
        try Data(("[" + records.joined(separator: ",") + "]").utf8).write(to: dir.appendingPathComponent("many.json"))
        let one = try CLI.run(["analyze", "--workers", "1", "--tokens", "Examples", dir.path])
        let four = try CLI.run(["analyze", "--workers", "4", "--tokens", "Examples", dir.path])
        #expect(one.status == 0)
        #expect(one.stdout == four.stdout)
        #expect(one.stdout.count > 100_000)
    }

    @Test func zipArchiveOfJSONArrays() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let zip = dir.appendingPathComponent("2015-07-21.zip")
        let archive = try Archive(url: zip, accessMode: .create)
        let json = Data(#"[{"source":"aawsat","url":"http://a/1","date_extracted":"2015-07-21 02:51:32","title":"خبر","author":"لندن: مراسل","content":"نص الخبر الأول.\n\n وتابع النص."},{"title":"كاريكاتير","content":""}]"#.utf8)
        try archive.addEntry(with: "2015-07-21.json", type: .file, uncompressedSize: Int64(json.count), compressionMethod: .deflate) { p, n in
            json.subdata(in: Int(p)..<Int(p) + n)
        }
        let run = try CLI.run(["analyze", "--format", "jsonl", zip.path])
        #expect(run.status == 1)   // the empty record is reported
        #expect(run.documents.count == 1)
        let doc = run.documents[0]
        #expect(doc["text"] as? String == "نص الخبر الأول.\nوتابع النص.")
        #expect(doc["published"] as? String == "2015-07-21")
        #expect(doc["byline"] as? String == "لندن: مراسل")
        #expect(doc["input"] as? String == "\(zip.path)!2015-07-21.json#1")
        #expect(run.stderr.contains("!2015-07-21.json#2: no article text"))
    }
}

@Suite(.serialized) struct BadInputTests {
    /// Each bad input: one clear line on stderr, exit 1, and the good input beside it still analyzed.
    @Test func eachBadInputFailsAloneAndClearly() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func file(_ name: String, _ bytes: [UInt8]) throws -> String {
            let url = dir.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            return url.path
        }
        let good = try file("good.txt", Array("عنوان\n\nنص الخبر.".utf8))
        let emptyDir = dir.appendingPathComponent("empty-dir")
        try FileManager.default.createDirectory(at: emptyDir, withIntermediateDirectories: true)
        let cases: [(path: String, message: String)] = [
            (try file("empty.txt", []), "empty input"),
            (try file("spaces.txt", Array("  \n\n ".utf8)), "empty input"),
            (try file("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48]), "binary data"),
            (try file("cut.txt", Array("عنوان\n\nنص".utf8) + [0xD8]), "invalid UTF-8 at byte 16"),
            (try file("markup.html", Array("<html><body><div><img src='a.png'></div></body></html>".utf8)), "only markup"),
            (dir.appendingPathComponent("missing.txt").path, "no such file or directory"),
            (emptyDir.path, "holds no files"),
        ]
        for bad in cases {
            let run = try CLI.run(["analyze", "--format", "jsonl", bad.path, good])
            #expect(run.status == 1, "\(bad.path)")
            #expect(run.documents.count == 1, "\(bad.path)")
            let lines = run.stderr.split(separator: "\n")
            #expect(lines.first?.contains(bad.message) == true, "\(bad.path): \(run.stderr)")
            #expect(lines.first?.hasPrefix("marsad: \(bad.path)") == true)
        }
    }

    @Test func legacyEncodingsAndDirectionMarksAreRead() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // "عنوان" / "سلام" in Windows-1256.
        let cp1256: [UInt8] = [0xDA, 0xE4, 0xE6, 0xC7, 0xE4, 0x0A, 0x0A, 0xD3, 0xE1, 0xC7, 0xE3, 0x2E]
        try Data(cp1256).write(to: dir.appendingPathComponent("legacy.txt"))
        let mixed = "Title\n\n\u{200F}قال Lavrov\u{200E} إن NATO «تتوسع».".utf8
        try Data(mixed).write(to: dir.appendingPathComponent("mixed.txt"))
        let run = try CLI.run(["analyze", "--format", "jsonl", dir.path])
        #expect(run.status == 0)
        let docs = run.documents
        #expect(docs.count == 2)
        #expect(docs[0]["encoding"] as? String == "windows-1256")
        #expect(docs[0]["title"] as? String == "عنوان")
        #expect(docs[0]["text"] as? String == "سلام.")
        #expect((docs[1]["text"] as! String).contains("Lavrov"))
    }

    @Test func largeInputIsHandled() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Every sentence names people, bodies and places, so each pass over the article's mentions runs at scale.
        let paragraph = String(repeating: "التقى وزير الخارجية نظيره في موسكو وبحثا العلاقات الثنائية. ", count: 10)
            + String(repeating: "وقال خامنئي إن مجلس التعاون لدول الخليج العربية وبان كي مون في القدس. ", count: 10)
        let body = "عنوان\n\n" + Array(repeating: paragraph, count: 2_000).joined(separator: "\n")
        let url = dir.appendingPathComponent("big.txt")
        try body.write(to: url, atomically: true, encoding: .utf8)
        let run = try CLI.run(["analyze", "--format", "jsonl", url.path])
        #expect(run.status == 0)
        let doc = run.documents[0]
        #expect((doc["sentences"] as! [Any]).count == 40_000)
        #expect((doc["text"] as! String).unicodeScalars.count == (body.unicodeScalars.count - 7 - 2_000 * 1))
    }

    @Test func invalidOptionsAreUsageErrors() throws {
        let run = try CLI.run(["analyze", "--published", "2023-02-30", "Examples"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("YYYY-MM-DD"))
        let encoding = try CLI.run(["analyze", "--encoding", "latin9", "Examples"])
        #expect(encoding.status == 64)
    }
}

@Suite(.serialized) struct EntityCommandTests {
    @Test func analyzeReportsEntitiesWithScalarOffsets() throws {
        let run = try CLI.run(["analyze", "--format", "jsonl", "Examples/002_2472718d78e8a15d.txt"])
        #expect(run.status == 0)
        let doc = run.documents[0]
        let text = Array((doc["text"] as! String).unicodeScalars)
        let entities = doc["entities"] as! [[String: Any]]
        var found = Set<String>()
        for e in entities {
            let start = e["start"] as! Int, end = e["end"] as! Int
            let span = String(String.UnicodeScalarView(text[start..<end]))
            #expect(span == e["text"] as! String)
            found.insert("\(e["type"]!) \(span)")
        }
        for expected in ["PERSON لافروف", "PERSON محمد جواد ظريف", "LOC موسكو", "LOC طهران", "LOC واشنطن",
                         "ORG مجلس الأمن الدولي", "TITLE وزير الخارجية", "NORP الإيراني"] {
            #expect(found.contains(expected), "missing \(expected)")
        }
    }

    @Test func trainEvalAndTagOnCoNLLFiles() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let train = dir.appendingPathComponent("train.txt"), model = dir.appendingPathComponent("toy.model")
        let sentence = "قال O\nأحمد B-PERS\nفي O\nبغداد B-LOC\n\nقال O\nسمير B-PERS\nفي O\nدمشق B-LOC\n\n"
        try String(repeating: sentence, count: 5).write(to: train, atomically: true, encoding: .utf8)
        let trained = try CLI.run(["ner", "train", "--train", train.path, "--model", model.path, "--types", "PERS,LOC",
                                   "--clusters", "none", "--gazetteer", "none", "--epochs", "3"])
        #expect(trained.status == 0, "\(trained.stderr)")
        let eval = try CLI.run(["ner", "eval", "--model", model.path, train.path])
        #expect(String(decoding: eval.stdout, as: UTF8.self).contains("F1 100.00"))
        let tagged = try CLI.run(["ner", "tag", "--model", model.path, "-"], stdin: Data("قال\nأحمد\nفي\nدمشق\n".utf8))
        #expect(String(decoding: tagged.stdout, as: UTF8.self) == "قال O\nأحمد B-PERS\nفي O\nدمشق B-LOC\n\n")
    }

    @Test func badFilesAndModelsGetOneLineErrors() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let gold = dir.appendingPathComponent("gold.txt")
        try "موسكو B-LOC\nقال O O2 x\n".write(to: gold, atomically: true, encoding: .utf8)
        let malformed = try CLI.run(["ner", "eval", gold.path])
        #expect(malformed.status == 1)
        #expect(malformed.stderr.contains("gold.txt:2:"))
        let missing = try CLI.run(["ner", "eval", "--model", dir.appendingPathComponent("none.model").path, gold.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot read the model file"))
        let corrupt = dir.appendingPathComponent("corrupt.model")
        try Data("MARSAD-NER-1\ngarbage garbage garbage".utf8).write(to: corrupt)
        let bad = try CLI.run(["ner", "tag", "--model", corrupt.path, gold.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("corrupt"))
    }
}
