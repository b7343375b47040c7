import Foundation
import Testing
import Analysis
import Ingest
import MarsadCore
@testable import Store
@testable import PostgresStore

func temporaryPath(_ name: String) -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-store-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.appendingPathComponent(name).path
}

/// An analyzed article from text and metadata (entities off: the store is what is tested here).
func stored(_ text: String, url: String? = nil, source: String? = nil, input: String = "test") throws -> StoredArticle {
    var raw = RawArticle(origin: input, body: Array(text.utf8), format: .json)
    raw.url = url; raw.source = source; raw.date = ("2023-03-29", "published")
    return StoredArticle(try Analyzer(recognizer: nil).analyze(raw))
}

/// The stores every store test runs against: SQLite always, and PostgreSQL when `Scripts/test.sh`
/// started a test cluster (MARSAD_TEST_POSTGRES); each test gets a new database.
enum StoreKind: String, CustomStringConvertible, Sendable {
    case sqlite, postgres
    var description: String { rawValue }
    static var server: String? { ProcessInfo.processInfo.environment["MARSAD_TEST_POSTGRES"] }
    static var available: [StoreKind] { server == nil ? [.sqlite] : [.sqlite, .postgres] }

    func make() throws -> any CorpusStore {
        guard self == .postgres, let server = Self.server else { return try SQLiteStore(path: temporaryPath("t.sqlite")) }
        let name = "u" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
        return try PostgresStore(url: String(server[..<server.lastIndex(of: "/")!]) + "/" + name)   // created on first use
    }
}

@Suite struct StoreTests {
    @Test(arguments: StoreKind.available) func sameArticlesTwiceAddNothingAndCopiesAreOneArticle(_ kind: StoreKind) throws {
        let store = try kind.make()
        let text = "التقى وزير الخارجية الإيراني نظيره الروسي سيرغي لافروف في موسكو أمس."
        let a = try stored(text, url: "https://a.example/1", source: "a")
        let b = try stored(text, url: "https://b.example/9", source: "b")
        let c = try stored("وقال لافروف إن العلاقات جيدة.", url: "https://a.example/2", source: "a")
        let run1 = try store.beginRun(inputs: ["x"])
        let first = try store.save(articles: [a, b, c], sightings: [], failures: [("bad.json", "no article text")], run: run1)
        #expect(first.new == 2 && first.copies == 1 && first.failed == 1)

        let run2 = try store.beginRun(inputs: ["x"])
        let again = try store.save(articles: [], sightings: [a, b, c].map { Sighting(id: $0.id, url: $0.url, source: $0.source, input: $0.input) },
                                   failures: [], run: run2)
        #expect(again == { var c = SaveCounts(); c.unchanged = 3; return c }())
        let stats = Dictionary(uniqueKeysWithValues: try store.stats().map { ($0.name, $0.value) })
        #expect(stats["articles"] == "2")
        #expect(stats["sightings (URLs, sources and inputs)"] == "3")
        #expect(try store.document(a.id)?.sightings.map(\.url) == ["https://a.example/1", "https://b.example/9"])
    }

    /// PostgreSQL: an unreachable server, a database without Marsad's tables (for queries) and one
    /// written by a newer Marsad get clear errors, and text PostgreSQL cannot hold (U+0000) does not
    /// cost the batch.
    @Test(.enabled(if: StoreKind.server != nil)) func postgresRefusesWhatItMustNotTouch() throws {
        func message(_ body: () throws -> Void) -> String {
            do { try body(); return "no error" } catch { return (error as? MarsadError)?.message ?? "\(error)" }
        }
        #expect(message { _ = try PostgresStore(url: "postgres://marsad@127.0.0.1:1/none") }.contains("cannot connect to PostgreSQL"))
        #expect(message { _ = try PostgresStore(url: "mysql://x@y/z") }.contains("not a PostgreSQL URL"))
        let store = try StoreKind.postgres.make() as! PostgresStore
        let url = store.location   // the test cluster has no passwords
        try store.execute("CREATE DATABASE " + String(url.split(separator: "/").last!) + "_empty")
        #expect(message { _ = try PostgresStore(url: url + "_empty", creating: false) }.contains("no Marsad store in this database"))

        let run = try store.beginRun(inputs: [])
        let counts = try store.save(articles: [try stored("التقى الوزير\u{0} نظيره في موسكو."), try stored("وصل الوفد إلى طهران.")],
                                    sightings: [], failures: [], run: run)
        #expect(counts.new == 2)

        // TLS as libpq means it: require encrypts, verify-full refuses the test cluster's self-signed certificate.
        if ProcessInfo.processInfo.environment["MARSAD_TEST_POSTGRES_TLS"] == "1" {
            let tls = try PostgresStore(url: url + "?sslmode=require", creating: false)
            #expect(try tls.query("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").first?["ssl"].decode(Bool.self) == true)
            #expect(message { _ = try PostgresStore(url: url + "?sslmode=verify-full", creating: false) }.contains("cannot connect"))
        }
        #expect(message { _ = try PostgresStore(url: url + "?sslmode=sometimes") }.contains("sslmode must be"))

        try store.query("INSERT INTO marsad_schema(version) VALUES (99)")
        #expect(message { _ = try PostgresStore(url: url) }.contains("newer Marsad"))
        #expect(message { _ = try PostgresStore(url: url, creating: false) }.contains("newer Marsad"))
    }

    @Test(arguments: StoreKind.available) func aChangedArticleIsANewVersion(_ kind: StoreKind) throws {
        let store = try kind.make()
        let run = try store.beginRun(inputs: [])
        try store.save(articles: [try stored("النص الأول للخبر.", url: "https://a.example/1")], sightings: [], failures: [], run: run)
        let counts = try store.save(articles: [try stored("النص المعدل للخبر.", url: "https://a.example/1")], sightings: [], failures: [], run: run)
        #expect(counts.updated == 1 && counts.new == 0)
    }

    @Test(arguments: StoreKind.available) func searchIgnoresClitcsDiacriticsAndHamza(_ kind: StoreKind) throws {
        let store = try kind.make()
        let run = try store.beginRun(inputs: [])
        try store.save(articles: [
            try stored("واجتمع الرئيس مع وزير الخارجية ولافروف في موسكو.", url: "u1", source: "a"),
            try stored("أكَّد وزير الخارجية للافروف أن الاتفاق قائم.", url: "u2", source: "b"),
            try stored("لا علاقة لهذا الخبر بالموضوع.", url: "u3", source: "a"),
        ], sightings: [], failures: [], run: run)
        #expect(try store.search(SearchQuery(text: "لافروف")).count == 2)
        #expect(try store.search(SearchQuery(text: "لافروف", source: "b")).map(\.source) == ["b"])
        #expect(try store.search(SearchQuery(text: "اكد")).count == 1)        // أكَّد
        #expect(try store.search(SearchQuery(text: "الرئيس موسكو")).count == 1)
        #expect(try store.search(SearchQuery(text: "لافروف", to: "2020-01-01")).isEmpty)
        let snippet = try store.search(SearchQuery(text: "لافروف", source: "b"))[0].snippet
        #expect(snippet.contains("[للافروف]"), "\(snippet)")
    }

    /// A full disk (simulated with SQLite's page limit): a clear error, the batch rolled back, the
    /// articles stored before intact, and the database still usable.
    @Test func aFullDiskLosesOnlyTheBatchUnderWay() throws {
        let path = temporaryPath("full.sqlite")
        let store = try SQLiteStore(path: path)
        let run = try store.beginRun(inputs: [])
        let first = try stored("التقى الوزير نظيره في موسكو أمس.", url: "u1")
        try store.save(articles: [first], sightings: [], failures: [], run: run)
        let pages = try store.read { try Int.fetchOne($0, sql: "PRAGMA page_count") ?? 0 }
        try store.write { try $0.execute(sql: "PRAGMA max_page_count = \(pages + 2)") }
        let big = try (0..<40).map { i in
            try stored(String(repeating: "وصل الوفد \(i) إلى طهران وبحث العلاقات الثنائية مع المسؤولين. ", count: 60), url: "big\(i)")
        }
        do {
            try store.save(articles: big, sightings: [], failures: [], run: run)
            Issue.record("a batch larger than the page limit was stored")
        } catch let error as MarsadError {
            #expect(error.message.contains("disk is full"), "\(error.message)")
        }
        #expect(try store.knownIDs() == [first.id])
        #expect(try store.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
        #expect(try store.search(SearchQuery(text: "موسكو")).map(\.id) == [first.id])
    }

    @Test func refusesFilesItDoesNotOwn() throws {
        let notSQLite = temporaryPath("n.sqlite")
        try Data("this is not a database at all, just text that goes on for a while".utf8).write(to: URL(fileURLWithPath: notSQLite))
        #expect(throws: MarsadError.self) { try SQLiteStore(path: notSQLite) }
        #expect(try String(contentsOfFile: notSQLite, encoding: .utf8).hasPrefix("this is not"))

        let newer = temporaryPath("newer.sqlite")
        _ = try SQLiteStore(path: newer)
        let db = try SQLiteStore(path: newer)
        try db.write { try $0.execute(sql: "PRAGMA user_version = 99") }
        do { _ = try SQLiteStore(path: newer); Issue.record("opened a newer database") }
        catch let e as MarsadError { #expect(e.message.contains("newer Marsad")) }

        #expect(throws: MarsadError.self) { try SQLiteStore(existing: temporaryPath("missing.sqlite")) }
    }
}
