import ArgumentParser
import Foundation
import Analysis
import ArabicText
import Ingest
import MarsadCore

/// `marsad analyze`: one JSON document per article.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Clean and analyze articles; write one JSON document per article.",
        discussion: """
        Inputs are files, folders (read recursively), zip archives, or - for standard input. Each may hold \
        plain or scraped text, HTML, a JSON object, a JSON array of objects, or JSON Lines. Exit status: 0 when \
        every input was analyzed, 1 when at least one failed (each failure is reported on stderr).
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl }

    @Argument(help: "Files, folders, zip archives, or - for standard input.")
    var inputs: [String] = ["-"]

    @Option(help: "Publication date (YYYY-MM-DD) for every article, overriding metadata.")
    var published: String?

    @Option(help: "json: indented documents, one after another; jsonl: one document per line.")
    var format: Format = .json

    @Option(help: "Force the input encoding: utf-8, utf-16 or windows-1256 (default: detect).")
    var encoding: String?

    @Flag(help: "Add tokens with their normalized form and clitic segments.")
    var tokens = false

    @Option(help: "Worker threads (default: all cores).")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if let published { _ = try wrapUsage { try PublicationDate.parseOption(published) } }
        if let encoding, TextEncoding(rawValue: encoding.lowercased()) == nil {
            throw ValidationError("--encoding must be one of utf-8, utf-16, windows-1256")
        }
        if workers < 1 { throw ValidationError("--workers must be at least 1") }
    }

    func run() throws {
        let date = try published.map { value in try wrapUsage { try PublicationDate.parseOption(value) } }
        let analyzer = Analyzer(published: date)
        let reader = InputReader(encoding: encoding.flatMap { TextEncoding(rawValue: $0.lowercased()) })
        let pretty = format == .json
        let withTokens = tokens
        var failures = 0
        var analyzed = 0

        let pipeline = BatchPipeline<RawArticle, [UInt8]>(workers: workers) { article in
            do {
                return .success(try analyzer.analyze(article).json(pretty: pretty, tokens: withTokens))
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

/// Runs a usage check, turning Marsad's usage errors into argument-parser validation errors.
func wrapUsage<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as MarsadError { throw ValidationError(error.message) }
}
