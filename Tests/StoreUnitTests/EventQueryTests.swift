import Foundation
import Testing
import Analysis
import Ingest
@testable import Store

@Suite struct EventQueryTests {
    /// The two reference articles, analyzed in full and stored.
    func referenceStore(_ kind: StoreKind) throws -> any CorpusStore {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let store = try kind.make()
        var articles: [StoredArticle] = []
        for (prefix, date) in [("000", "2023-03-29"), ("002", "2020-09-25")] {
            let dir = root.appendingPathComponent("Examples")
            let name = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasPrefix(prefix) })
            let raw = RawArticle(origin: name, body: [UInt8](try Data(contentsOf: dir.appendingPathComponent(name))), format: .text)
            articles.append(StoredArticle(try Analyzer(published: date).analyze(raw)))
        }
        let run = try store.beginRun(inputs: ["Examples"])
        _ = try store.save(articles: articles, sightings: [], failures: [], run: run)
        return store
    }

    @Test(arguments: StoreKind.available) func everyRussiaIranMeetingAndItsTimeline(_ kind: StoreKind) throws {
        let store = try referenceStore(kind)
        let meetings = try store.events(EventQuery(actors: ["RUS", "IRN"], type: "CONSULT"))
        #expect(meetings.contains { $0.date == "2023-03-29" && $0.sources == "hossein-amir-abdollahian" && $0.targets == "sergey-lavrov" })
        #expect(meetings.contains { $0.date == "2020-09-24" && $0.sources == "sergey-lavrov" && $0.targets == "mohammad-javad-zarif" })
        #expect(try store.events(EventQuery(actors: ["sergey-lavrov"], type: "04", from: "2023-01-01")).allSatisfy { ($0.date ?? "") >= "2023" })

        let years = try store.timeline("RUS", "IRN", type: "CONSULT", periodLength: 4)
        #expect(years.map(\.period) == ["2020", "2023"])
        #expect(years.allSatisfy { $0.events >= 1 && $0.cooperation == $0.events && $0.goldstein > 0 })
        #expect(try store.timeline("RUS", "IRN", type: nil, periodLength: 7).reduce(0) { $0 + $1.events } >= years.reduce(0) { $0 + $1.events })
    }
}
