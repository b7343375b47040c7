import ArgumentParser
import Foundation
import Analysis
import Actors
import Events
import ArabicText
import Ingest
import Entities
import MarsadCore
import Exports

/// `marsad analyze`: one JSON document per article.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Clean and analyze articles; write one JSON document per article.",
        discussion: """
        Inputs are files, folders (read recursively), zip archives, or - for standard input. Each may hold \
        plain or scraped text, HTML, a JSON object, a JSON array of objects, or JSON Lines. Exit status: 0 when \
        every input was analyzed, 1 when at least one failed (each failure is reported on stderr).
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl, gdelt, gdeltMentions = "gdelt-mentions" }

    @Argument(help: "Files, folders, zip archives, or - for standard input.")
    var inputs: [String] = ["-"]

    @Option(help: ArgumentHelp("Publication date for every article, overriding metadata.", valueName: "YYYY-MM-DD"))
    var published: PublishedOption?

    @Option(help: """
        json: indented documents, one after another; jsonl: one document per line; gdelt: GDELT 2.0 event-table \
        rows; gdelt-mentions: GDELT 2.0 mentions-table rows.
        """)
    var format: Format = .json

    @Option(help: ArgumentHelp("Force the input encoding (default: detect).", valueName: "utf-8|utf-16|windows-1256"))
    var encoding: TextEncoding?

    @Flag(help: "Add tokens with their normalized form and clitic segments.")
    var tokens = false

    @Flag(inversion: .prefixedNo, help: "Find named entities, titles and nationality words (the `entities` field).")
    var entities = true

    @Flag(inversion: .prefixedNo, help: "Link entities to actors and places (the `actor`, `place`, `confidence`, `basis` of each entity).")
    var links = true

    @Flag(inversion: .prefixedNo, help: "Code events from the linked entities (the `events` field).")
    var events = true

    @Option(help: "At most this many analysis threads (default: all cores).")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if workers < 1 { throw ValidationError("--workers must be at least 1") }
        if (format == .gdelt || format == .gdeltMentions) && !(events && links && entities) {
            throw ValidationError("--format \(format.rawValue) writes events; it cannot be used with --no-events, --no-links or --no-entities")
        }
    }

    func run() throws {
        let analyzer = Analyzer(published: published?.date, recognizer: entities ? .standard : nil, resolver: links ? .standard : nil,
                                coder: events ? .standard : nil)
        let reader = InputReader(encoding: encoding)
        let pretty = format == .json
        let withTokens = tokens
        let gdelt = format == .gdelt || format == .gdeltMentions ? GDELTExport.standard : nil
        let mentions = format == .gdeltMentions
        let dateAdded = GDELTExport.timestamp(Date())
        var failures = 0
        var analyzed = 0

        let pipeline = BatchPipeline<RawArticle, [UInt8]>(workers: workers) { article in
            do {
                let document = try analyzer.analyze(article)
                guard let gdelt else { return .success(document.json(pretty: pretty, tokens: withTokens)) }
                let rows = try gdelt.rows(document: document.json(pretty: false, tokens: false), dateAdded: dateAdded)
                return .success(Array((mentions ? rows.mentions : rows.events).joined().utf8))
            } catch {
                return .failure(InputFailure(origin: article.origin, error: error as? MarsadError ?? MarsadError(.malformed, "\(error)")))
            }
        }
        pipeline.run(produce: { emit in
            for input in inputs { reader.read(input, emit: emit) }
        }, consume: { result in
            switch result {
            case .success(let bytes):
                analyzed += 1
                StandardStreams.write(bytes)
            case .failure(let failure):
                failures += 1
                StandardStreams.error("marsad: \(failure.origin): \(failure.error.message)")
            }
        })
        StandardStreams.flush()
        if failures > 0 {
            StandardStreams.error("marsad: \(analyzed) article(s) analyzed, \(failures) input(s) failed")
            throw ExitCode(1)
        }
    }
}

/// A `--published` value: a real calendar date written `YYYY-MM-DD`.
struct PublishedOption: ExpressibleByArgument {
    let date: String
    init?(argument: String) {
        guard let date = try? PublicationDate.parseOption(argument) else { return nil }
        self.date = date
    }
    static var defaultValueDescription: String { "YYYY-MM-DD" }
}

extension TextEncoding: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}
