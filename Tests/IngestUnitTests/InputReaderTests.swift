import Foundation
import Testing
import ZIPFoundation
@testable import Ingest

@Suite struct InputReaderTests {
    func read(_ json: String) -> [Result<RawArticle, InputFailure>] {
        var out: [Result<RawArticle, InputFailure>] = []
        InputReader().parse(Array(json.utf8), origin: "t") { out.append($0) }
        return out
    }

    @Test func jsonArrayWithTheUsualFields() throws {
        let results = read(#"[{"title":"عنوان","content":"نص الخبر.","author":"كاتب","url":"http://x/1","date_extracted":"2015-07-21 02:51:32","source":"aawsat"},{"title":"ثان","text":"نص آخر."}]"#)
        #expect(results.count == 2)
        let first = try results[0].get()
        #expect(first.origin == "t#1")
        #expect(first.title == "عنوان")
        #expect(text(first.body) == "نص الخبر.")
        #expect(first.author == "كاتب")
        #expect(first.source == "aawsat")
        #expect(first.date?.value == "2015-07-21 02:51:32")
        #expect(first.date?.field == "date_extracted")
        #expect(text(try results[1].get().body) == "نص آخر.")
    }

    @Test func jsonObjectAndJSONLines() throws {
        #expect(try read(#"{"body":"نص.","published":"2020-09-25"}"#)[0].get().date?.value == "2020-09-25")
        let lines = read("{\"content\":\"أ.\"}\n\n{\"content\":\"ب.\"}\n")
        #expect(lines.count == 2)
        #expect(try lines[1].get().origin == "t#3")
    }

    @Test func hugeNumbersAndBadLinesDoNotStopTheRest() throws {
        let big = try read(#"{"content":"نص.","title":1e20,"source":12345678901234567890}"#)[0].get()
        #expect(text(big.body) == "نص.")
        let lines = read("{\"content\":\"أ\n{\"content\":\"ب.\"}\n")
        #expect(lines.count == 2)
        guard case .failure(let f) = lines[0] else { Issue.record("expected a failure"); return }
        #expect(f.error.message == "invalid JSON on line 1")
        #expect(try lines[1].get().origin == "t#2")
    }

    @Test func recordsWithoutTextAndBrokenJSONFailClearly() {
        let missing = read(#"[{"title":"كاريكاتير","content":""}]"#)
        guard case .failure(let f) = missing[0] else { Issue.record("expected a failure"); return }
        #expect(f.error.message.contains("no article text"))
        let broken = read("{\"content\": \"نص")
        guard case .failure(let g) = broken[0] else { Issue.record("expected a failure"); return }
        #expect(g.error.message.contains("invalid JSON"))
    }

    @Test func plainTextAndHTMLAreToldApart() throws {
        #expect(try read("عنوان\n\nنص.")[0].get().format == .text)
        #expect(try read("[فيديو] عنوان\n\nنص.")[0].get().format == .text)
        #expect(try read("<html><body><p>نص</p></body></html>")[0].get().format == .html)
    }

    @Test func zipOfJSONArraysAndFolders() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let zipURL = dir.appendingPathComponent("day.zip")
        let archive = try Archive(url: zipURL, accessMode: .create)
        let json = Data(#"[{"title":"أ","content":"نص أول."},{"title":"ب","content":"نص ثان."}]"#.utf8)
        try archive.addEntry(with: "day.json", type: .file, uncompressedSize: Int64(json.count), compressionMethod: .deflate) { position, size in
            json.subdata(in: Int(position)..<Int(position) + size)
        }
        try "عنوان\n\nنص ثالث.".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let hidden = dir.appendingPathComponent(".git")
        try FileManager.default.createDirectory(at: hidden, withIntermediateDirectories: true)
        try "ref: refs/heads/main".write(to: hidden.appendingPathComponent("HEAD"), atomically: true, encoding: .utf8)
        var origins: [String] = []
        InputReader().read(dir.path) { if case .success(let a) = $0 { origins.append(a.origin) } }
        #expect(origins == [dir.appendingPathComponent("a.txt").path, "\(zipURL.path)!day.json#1", "\(zipURL.path)!day.json#2"])
    }

    @Test func missingPathFails() {
        var failures: [InputFailure] = []
        InputReader().read("/nonexistent/marsad") { if case .failure(let f) = $0 { failures.append(f) } }
        #expect(failures.count == 1)
        #expect(failures.first?.error.message == "no such file or directory")
    }
}
