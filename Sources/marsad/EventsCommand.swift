import ArgumentParser
import Foundation
import Actors
import Analysis
import Entities
import Events
import Ingest
import MarsadCore

/// `marsad events`: compile the CAMEO/PLOVER codebook, and score event coding against the gold set.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List stored events, compile the CAMEO/PLOVER codebook, or score event coding (Evaluation/events).",
        subcommands: [EventsList.self, CodebookCommand.self, Eval.self], defaultSubcommand: EventsList.self)

    struct CodebookCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "codebook",
            abstract: "Compile Sources/Events/Resources/cameo-plover.tsv from ../shared/data/events.")

        @Option(help: "The shared events folder.")
        var data = "../shared/data/events"

        @Option(help: "Marsad's PLOVER rows for the CAMEO codes the official table lacks.")
        var additions = "Knowledge/plover-appeals.txt"

        @Option(help: "Where to write the codebook.")
        var out = "Sources/Events/Resources/cameo-plover.tsv"

        func run() throws {
            try NER.reporting {
                var warnings: [String] = []
                // The codebook's examples hold a few bytes that are not UTF-8; they are replaced, the codes are ASCII.
                guard let csv = FileManager.default.contents(atPath: "\(data)/cameo-codes.csv") else {
                    throw MarsadError(.unreadable, "cannot read \(data)/cameo-codes.csv")
                }
                let text = Codebook.compile(cameoCSV: String(decoding: csv, as: UTF8.self),
                                            plover: try TokenText.readFile("\(data)/CAMEO2PLOVER-2021.txt"),
                                            additions: (additions, try TokenText.readFile(additions)), warnings: &warnings)
                for w in warnings { FileHandle.standardError.write(Data("warning: \(w)\n".utf8)) }
                try Data(text.utf8).write(to: URL(fileURLWithPath: out))
                print("\(text.split(separator: "\n").count - 2) codes; \(warnings.count) warnings; wrote \(out)")
            }
        }
    }

    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score event coding against gold sentences.",
            discussion: """
            Each gold sentence is analyzed within its whole article, as Marsad reads news (`--articles`; with \
            `--context-only`, or for an article not stored, with the 400 characters before it that the annotators \
            saw); Marsad's events whose trigger lies in the sentence are matched to the gold events by PLOVER type (STATEMENT \
            events are left out on both sides). Reports event-type precision, recall and F1, source and target \
            accuracy on matched events (by country or group code), and polarity and modality errors.
            """)

        @Argument(help: "Gold files (JSON Lines: sentence, events).")
        var gold: [String]

        @Option(help: "The sentences.")
        var sentences = "Evaluation/events/sentences.jsonl"

        @Option(help: "The gold sentences' articles (JSON Lines: id, text).")
        var articles = "Evaluation/events/articles.jsonl"

        @Flag(help: "Analyze each sentence with only the 400 characters before it, as the annotators saw it.")
        var contextOnly = false

        @Flag(help: "List every disagreement.")
        var errors = false

        struct Sentence: Decodable { var sentence: String; var id: String?; var published: String?; var text: String; var context: String }
        struct Article: Decodable { var id: String; var text: String }
        struct GoldEvent: Decodable { var trigger: String?; var plover: String; var cameo: String?; var source: [String]; var target: [String]
                                      var polarity: String?; var modality: String? }
        struct GoldLine: Decodable { var sentence: String; var events: [GoldEvent] }

        func run() throws {
            try NER.reporting {
                let texts = Dictionary(try Time.Eval.readLines(sentences, as: Sentence.self).map { ($0.sentence, $0) }, uniquingKeysWith: { a, _ in a })
                let fullTexts = contextOnly || !FileManager.default.fileExists(atPath: articles) ? [:]
                    : Dictionary(try Time.Eval.readLines(articles, as: Article.self).map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
                var lines: [GoldLine] = []
                for g in gold { lines += try Time.Eval.readLines(g, as: GoldLine.self) }
                var tp = 0, fp = 0, fn = 0, sourceRight = 0, targetRight = 0, polarityWrong = 0, modalityWrong = 0
                var byType: [String: (tp: Int, fp: Int, fn: Int)] = [:]
                for line in lines {
                    guard let s = texts[line.sentence] else { throw MarsadError(.malformed, "gold sentence \(line.sentence) is not in \(sentences)") }
                    // The whole article when it is stored and holds the sentence, else the context the annotators saw.
                    let whole = s.id.flatMap { fullTexts[$0] }.flatMap { t in t.range(of: s.text).map { (t, t[..<$0.lowerBound].utf8.count) } }
                    let (body, offset) = whole ?? (s.context + s.text, s.context.utf8.count)
                    var article = RawArticle(origin: line.sentence, body: Array(body.utf8), format: .text)
                    article.title = "-"
                    let doc = try Analyzer(published: s.published).analyze(article)
                    // The cleaner may drop nothing here; find the sentence in the clean text by its content.
                    let clean = doc.text
                    let sentenceBytes = Array(s.text.utf8)
                    let at = Self.find(sentenceBytes, in: clean, near: offset) ?? -1
                    // An event stands for every report of it in the article, so it is predicted in each sentence
                    // where one of its mentions is.
                    let inSentence = { (m: ByteSpan) in at >= 0 && m.start >= at && m.end <= at + sentenceBytes.count }
                    let predicted = (doc.events ?? []).filter { $0.mentions.contains(where: inSentence) }
                        .filter { $0.code.plover != "STATEMENT" }
                    let goldEvents = line.events.filter { $0.plover != "STATEMENT" }
                    var unmatched = Array(predicted.indices)
                    for g in goldEvents {
                        if let k = unmatched.firstIndex(where: { predicted[$0].code.plover == g.plover }) {
                            let p = predicted[unmatched[k]]
                            unmatched.remove(at: k)
                            tp += 1; byType[g.plover, default: (0, 0, 0)].tp += 1
                            let ps = Set(p.sources.map(\.dyadCode).filter { $0 != "-" }), pt = Set(p.targets.map(\.dyadCode).filter { $0 != "-" })
                            let gs = Set(g.source.filter { $0 != "-" }), gt = Set(g.target.filter { $0 != "-" })
                            if ps == gs { sourceRight += 1 }
                            if pt == gt { targetRight += 1 }
                            if (g.polarity ?? "positive") != p.polarity.rawValue { polarityWrong += 1 }
                            if (g.modality ?? "asserted") != p.modality.rawValue { modalityWrong += 1 }
                            if errors && (ps != gs || pt != gt || (g.polarity ?? "positive") != p.polarity.rawValue || (g.modality ?? "asserted") != p.modality.rawValue) {
                                print("\(line.sentence) \(g.plover) gold \(g.source)→\(g.target) \(g.polarity ?? "") \(g.modality ?? "") got \(ps.sorted())→\(pt.sorted()) \(p.polarity.rawValue) \(p.modality.rawValue)")
                            }
                        } else {
                            fn += 1; byType[g.plover, default: (0, 0, 0)].fn += 1
                            if errors { print("\(line.sentence) missed \(g.plover) [\(g.trigger ?? "")] \(g.source)→\(g.target)") }
                        }
                    }
                    for k in unmatched {
                        let p = predicted[k]
                        fp += 1; byType[p.code.plover, default: (0, 0, 0)].fp += 1
                        if errors {
                            let m = p.mentions.first(where: inSentence)!
                            let trig = String(decoding: clean[m.start..<m.end], as: UTF8.self)
                            print("\(line.sentence) spurious \(p.code.plover) [\(trig)] \(p.sources.map(\.dyadCode))→\(p.targets.map(\.dyadCode))")
                        }
                    }
                }
                func prf(_ tp: Int, _ fp: Int, _ fn: Int) -> String {
                    let p = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp), r = tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn)
                    let f = p + r == 0 ? 0 : 2 * p * r / (p + r)
                    return String(format: "P %5.1f  R %5.1f  F1 %5.1f  (%d right, %d spurious, %d missed)", 100 * p, 100 * r, 100 * f, tp, fp, fn)
                }
                for (t, c) in byType.sorted(by: { $0.key < $1.key }) { print(t.padding(toLength: 10, withPad: " ", startingAt: 0) + prf(c.tp, c.fp, c.fn)) }
                print("event type  " + prf(tp, fp, fn))
                let m = Double(max(tp, 1))
                print(String(format: "on the %d matched events: source %.1f%%, target %.1f%%, polarity errors %.1f%%, modality errors %.1f%%",
                             tp, 100 * Double(sourceRight) / m, 100 * Double(targetRight) / m, 100 * Double(polarityWrong) / m,
                             100 * Double(modalityWrong) / m))
            }
        }

        static func find(_ needle: [UInt8], in hay: [UInt8], near: Int) -> Int? {
            guard !needle.isEmpty, needle.count <= hay.count else { return nil }
            let probe = Array(needle.prefix(24))
            var best: Int?
            for i in 0...(hay.count - probe.count) where hay[i] == probe[0] && Array(hay[i..<i + probe.count]) == probe {
                if best == nil || abs(i - near) < abs(best! - near) { best = i }
            }
            return best
        }
    }
}
