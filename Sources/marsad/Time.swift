import ArgumentParser
import Foundation
import ArabicText
import Entities
import MarsadCore
import Temporal

/// `marsad time`: evaluate the temporal tagger on Marsad's gold set or on CoNLL DATE/TIME spans.
struct Time: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "time",
        abstract: "Evaluate Marsad's time expression tagger.",
        subcommands: [Eval.self, CoNLLEval.self])

    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score time expressions against a gold set (Evaluation/time/gold.jsonl).",
            discussion: """
            The gold set has one article per line: {article, published, text, times: [{start, end, type, value}]} \
            with scalar offsets. Without --predictions, Marsad tags each text with its published date as anchor. \
            With --predictions, the file's lines {article, times: [...]} are scored instead (another system's output).
            """)

        @Argument(help: "The gold set (JSON Lines).")
        var gold: String

        @Option(help: "Score these predictions instead of Marsad's.")
        var predictions: String?

        @Flag(help: "List every disagreement.")
        var errors = false

        @Flag(help: "Count a predicted full date as right when it lies in the gold period (for systems that only output dates).")
        var lenient = false

        @Option(help: "Tag the articles this many times for the speed figure (the scores are the same each pass).")
        var passes = 1

        func run() throws {
            try NER.reporting {
                let articles = try Self.readLines(gold, as: GoldArticle.self)
                for a in articles {
                    let count = a.text.unicodeScalars.count
                    for t in a.times where !(0 <= t.start && t.start <= t.end && t.end <= count) {
                        throw MarsadError(.malformed, "\(gold): article \(a.article) has a time at \(t.start)-\(t.end) outside its \(count)-character text")
                    }
                }
                var predicted: [String: [ScoredTime]] = [:]
                var seconds = 0.0
                if let predictions {
                    let counts = Dictionary(articles.map { ($0.article, $0.text.unicodeScalars.count) }, uniquingKeysWith: { a, _ in a })
                    for p in try Self.readLines(predictions, as: Predictions.self) {
                        for t in p.times where !(0 <= t.start && t.start <= t.end && t.end <= (counts[p.article] ?? 0)) {
                            throw MarsadError(.malformed, "\(predictions): article \(p.article) has a time at \(t.start)-\(t.end) outside its text")
                        }
                        predicted[p.article] = p.times.map(\.scored)
                    }
                } else {
                    TimeTagger.warmUp()
                    let started = Date()
                    for _ in 0..<max(1, passes) { for a in articles { predicted[a.article] = Self.marsad(a) } }
                    seconds = max(Date().timeIntervalSince(started) / Double(max(1, passes)), 1e-6)
                }
                var score = TimeScore()
                if lenient { score.valueMatches = TimeScore.lenient }
                for a in articles {
                    let misses = score.add(gold: a.times.map(\.scored), predicted: predicted[a.article] ?? [])
                    guard errors else { continue }
                    let scalars = Array(a.text.unicodeScalars)
                    func text(_ t: ScoredTime) -> String { String(String.UnicodeScalarView(scalars[t.start..<t.end])) }
                    for miss in misses {
                        switch miss {
                        case let .missed(g): print("\(a.article)\tmissed\t\(text(g))\t\(g.type) \(g.value)")
                        case let .spurious(p): print("\(a.article)\tspurious\t\(text(p))\t\(p.type) \(p.value)")
                        case let .wrongValue(g, p):
                            print("\(a.article)\tvalue\t\(text(g)) | \(text(p))\tgold \(g.type) \(g.value)\tfound \(p.type) \(p.value)")
                        }
                    }
                }
                print(score.report((predictions ?? "Marsad") + (lenient ? " (lenient values)" : "")))
                if predictions == nil {
                    let characters = articles.reduce(0) { $0 + $1.text.unicodeScalars.count }
                    print(String(format: "  speed: %d articles, %d characters in %.4f s (mean of %d passes, one core): %.0f articles/s",
                                 articles.count, characters, seconds, max(1, passes), Double(articles.count) / seconds))
                }
            }
        }

        /// Marsad's expressions for one gold article, in scalar offsets.
        static func marsad(_ a: GoldArticle) -> [ScoredTime] {
            let bytes = Array(a.text.utf8)
            let found = TimeTagger.standard.tag(a.text, anchor: a.published.flatMap(CivilDate.init(iso:))).expressions
            let offsets = ScalarOffsets(bytes)
            return found.map {
                let start = offsets.scalarOffset(ofByte: $0.span.start)
                return ScoredTime(start: start, end: offsets.scalarOffset(ofByte: $0.span.end), type: $0.type.rawValue, value: $0.value)
            }
        }

        static func readLines<T: Decodable>(_ path: String, as: T.Type) throws -> [T] {
            let text = try TokenText.readFile(path)
            var out: [T] = []
            for (n, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
                where !line.allSatisfy(\.isWhitespace) {
                do { out.append(try JSONDecoder().decode(T.self, from: Data(line.utf8))) }
                catch { throw MarsadError(.malformed, "\(path) line \(n + 1): \(error)") }
            }
            return out
        }
    }

    struct CoNLLEval: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "conll",
            abstract: "Score detection against the DATE and TIME spans of CoNLL files (Wojood), in tokens.",
            discussion: "Sentences have no publication date, so only spans are compared: a found expression covers "
                + "the tokens it overlaps. Nested tag columns are read; types are not compared (conventions differ).")

        @Argument(help: "CoNLL files with DATE/TIME tags (token, then up to 4 nested tags).")
        var files: [String]

        @Flag(help: "List every disagreement.")
        var errors = false

        func run() throws {
            try NER.reporting {
                var score = TimeScore()
                for file in files {
                    let sentences = try CoNLL.read(try TokenText.readFile(file), options: .init(maxTagColumns: 4), origin: file)
                    for s in sentences {
                        var gold: [ScoredTime] = []
                        for column in 0..<(s.tags.first?.count ?? 0) {
                            let tags = s.tags.map { column < $0.count ? $0[column] : "O" }
                            gold += EntitySpans.spans(tags).filter { $0.type == "DATE" || $0.type == "TIME" }
                                .map { ScoredTime(start: $0.start, end: $0.end, type: "", value: "") }
                        }
                        let text = TokenText(s.tokens)
                        let found = TimeTagger.standard.tag(String(decoding: text.bytes, as: UTF8.self), anchor: nil).expressions
                        let predicted = found.map { e -> ScoredTime in
                            let first = text.ranges.firstIndex { $0.upperBound > e.span.start } ?? 0
                            let last = text.ranges.lastIndex { $0.lowerBound < e.span.end } ?? first
                            return ScoredTime(start: first, end: last + 1, type: "", value: "")
                        }
                        let misses = score.add(gold: gold.sorted { $0.start < $1.start }, predicted: predicted)
                        guard errors else { continue }
                        for miss in misses {
                            switch miss {
                            case let .missed(g): print("missed\t" + s.tokens[g.start..<g.end].joined(separator: " "))
                            case let .spurious(p): print("spurious\t" + s.tokens[p.start..<p.end].joined(separator: " "))
                            case .wrongValue: break
                            }
                        }
                    }
                }
                print(score.report("Marsad on \(files.joined(separator: " ")) (DATE+TIME spans)", values: false))
            }
        }
    }
}

/// One article of the gold set.
struct GoldArticle: Decodable {
    var article: String
    var published: String?
    var text: String
    var times: [GoldTime]
}

/// One expression in a gold set or prediction file, in scalar offsets.
struct GoldTime: Decodable {
    var start: Int, end: Int
    var type: String
    var value: String
    var scored: ScoredTime { ScoredTime(start: start, end: end, type: type, value: value) }
}

/// Another system's output for one article.
struct Predictions: Decodable {
    var article: String
    var times: [GoldTime]
}
