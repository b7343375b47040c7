import ArgumentParser
import Foundation
import Actors
import Analysis
import ArabicText
import Entities
import Ingest
import MarsadCore

/// `marsad actors`: the actors of a set of articles with their mention counts, and the scorer of
/// actor and place resolution against the gold set.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List the actors and places the articles mention, or score resolution against a gold set.",
        subcommands: [List.self, Eval.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Analyze the inputs and count mentions per actor and place.")

        @Argument(help: "Files, folders, zips, or - for standard input.")
        var inputs: [String] = ["-"]

        @Option(help: "Publication date for every article (YYYY-MM-DD).")
        var published: String?

        func run() throws {
            let analyzer = Analyzer(published: published)
            var counts: [String: (label: String, n: Int)] = [:]
            let reader = InputReader()
            for input in inputs {
                reader.read(input) { item in
                    guard case .success(let article) = item, let doc = try? analyzer.analyze(article) else { return }
                    for link in doc.links {
                        let (id, label): (String, String)
                        if let a = link?.actor {
                            id = a.id; label = [a.name ?? a.nameAr, a.code, a.role].compactMap { $0 }.joined(separator: ", ")
                        } else if let p = link?.place {
                            id = p.id; label = "\(p.name) (\(p.kind), \(p.country ?? "-"))"
                        } else { continue }
                        counts[id, default: (label, 0)].n += 1
                    }
                }
            }
            for (id, v) in counts.sorted(by: { ($0.value.n, $1.key) > ($1.value.n, $0.key) }) {
                print("\(v.n)\t\(id)\t\(v.label)")
            }
        }
    }

    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score actor and place resolution (Evaluation/actors).",
            discussion: """
            Reads the articles (Evaluation/actors/articles.jsonl: article, published, text) and the gold mentions \
            (one JSON object per line: article, start, end, kind, name, nameAr, country). Marsad tags and resolves \
            each text with its publication date; a gold mention counts as right when the predicted entity that \
            overlaps it most is linked to the same referent: the same country for countries and nationality words; \
            the same English or Arabic name (by Marsad's name key) for people, organizations, places and groups.
            """)

        @Argument(help: "Gold mention files (JSON Lines).")
        var gold: [String]

        @Option(help: "The articles.")
        var articles = "Evaluation/actors/articles.jsonl"

        @Flag(help: "List every wrong mention.")
        var errors = false

        struct Article: Decodable { var article: String; var published: String?; var text: String }
        struct Mention: Decodable { var article: String; var start: Int; var end: Int; var text: String; var kind: String
                                    var name: String?; var nameAr: String?; var country: String? }

        func run() throws {
            try NER.reporting {
                let texts = Dictionary(try Time.Eval.readLines(articles, as: Article.self).map { ($0.article, $0) }, uniquingKeysWith: { a, _ in a })
                var mentions: [Mention] = []
                for g in gold { mentions += try Time.Eval.readLines(g, as: Mention.self) }
                let byArticle = Dictionary(grouping: mentions, by: \.article)
                var total: [String: (right: Int, all: Int)] = [:]
                var seconds = 0.0
                var found = (right: 0, all: 0)   // gold mentions Marsad's entities reach
                var nonEntities = (linked: 0, all: 0)
                for (id, gold) in byArticle.sorted(by: { $0.key < $1.key }) {
                    guard let a = texts[id] else { throw MarsadError(.malformed, "gold article \(id) is not in \(articles)") }
                    let started = Date()
                    let predicted = Self.resolve(a)
                    seconds += Date().timeIntervalSince(started)
                    // A mention the annotators call no entity (المرضى، الله، دولار) should stay unlinked: each link is a false one.
                    for m in gold where m.kind == "none" {
                        guard let e = predicted.first(where: { $0.start == m.start && $0.end == m.end }) else { continue }
                        nonEntities.all += 1
                        if let l = e.link, l.actor != nil || l.place != nil {
                            nonEntities.linked += 1
                            if errors { print("\(id) \(m.start)-\(m.end) \(m.text) [none] got \(l.actor?.id ?? l.place?.id ?? "-")") }
                        }
                    }
                    for m in gold where m.kind != "none" {
                        // The same span, else the entity sharing most characters with it (the shorter on a tie,
                        // so a nationality word inside a title is scored as itself).
                        let best = predicted.first { $0.start == m.start && $0.end == m.end } ?? predicted
                            .filter { $0.start < m.end && m.start < $0.end }
                            .max { (min($0.end, m.end) - max($0.start, m.start), $1.end - $1.start) < (min($1.end, m.end) - max($1.start, m.start), $0.end - $0.start) }
                        let ok = best.map { Self.matches(m, $0.link) } ?? false
                        total[m.kind, default: (0, 0)].all += 1
                        if ok { total[m.kind, default: (0, 0)].right += 1 }
                        if best != nil { found.all += 1; if ok { found.right += 1 } }
                        if !ok && errors {
                            let got = best == nil ? "no entity" : best?.link.map { l in
                                l.actor.map { "\($0.id) \($0.name ?? $0.nameAr)" } ?? l.place.map { "\($0.id) \($0.name)" } ?? "-"
                            } ?? "unlinked"
                            print("\(id) \(m.start)-\(m.end) \(m.text) [\(m.kind)] gold \(m.name ?? "-")/\(m.country ?? "-") got \(got)")
                        }
                    }
                }
                let right = total.values.reduce(0) { $0 + $1.right }, all = total.values.reduce(0) { $0 + $1.all }
                print("kind           right   all   accuracy")
                for (k, v) in total.sorted(by: { $0.key < $1.key }) {
                    print(k.padding(toLength: 14, withPad: " ", startingAt: 0) + String(format: "%5d %5d   %5.1f%%", v.right, v.all, 100 * Double(v.right) / Double(max(v.all, 1))))
                }
                print(String(format: "all           %5d %5d   %5.1f%%", right, all, 100 * Double(right) / Double(max(all, 1))))
                print(String(format: "found by the tagger %5d %5d   %5.1f%%  (resolution of the mentions Marsad finds)",
                             found.right, found.all, 100 * Double(found.right) / Double(max(found.all, 1))))
                print(String(format: "linked though no entity %3d %5d   %5.1f%%  (false links on tagger mentions the annotators call none)",
                             nonEntities.linked, nonEntities.all, 100 * Double(nonEntities.linked) / Double(max(nonEntities.all, 1))))
                print(String(format: "tagging and resolution of %d articles: %.2f s", byArticle.count, seconds))
            }
        }

        /// Marsad's entities and links for one text, in scalar offsets.
        static func resolve(_ a: Article) -> [(start: Int, end: Int, link: Resolution?)] {
            let bytes = Array(a.text.utf8)
            var tokens: [Token] = []
            let sentences = bytes.withUnsafeBufferPointer { p -> [ByteSpan] in
                Tokenizer.tokenize(p, 0..<p.count, into: &tokens)
                return SentenceSplitter.standard.split(p, tokens: tokens)
            }
            let entities = EntityRecognizer.standard.entities(bytes, tokens: tokens, sentences: sentences)
            let offsets = ScalarOffsets(bytes)
            return ActorResolver.standard.resolve(bytes, tokens: tokens, entities: entities, published: a.published).map { e, link in
                (offsets.scalarOffset(ofByte: e.span.start), offsets.scalarOffset(ofByte: e.span.end), link)
            }
        }

        static func matches(_ m: Mention, _ link: Resolution?) -> Bool {
            guard let link else { return false }
            if m.kind == "country" {
                return link.actor?.id == m.country || (link.place?.kind == "country" && link.place?.country == m.country)
            }
            // Any Arabic spelling the knowledge base has for the referent counts (مكة for Makkah).
            func sameName(_ english: String?, _ arabic: [String]) -> Bool {
                if let e = english, let g = m.name, latin(e) == latin(g) { return true }
                guard let g = m.nameAr, !g.isEmpty else { return false }
                return arabic.contains { NameKey.key($0) == NameKey.key(g) || NameKey.looseKey($0) == NameKey.looseKey(g) }
            }
            if m.kind == "place" {
                if let p = link.place { return sameName(p.name, p.variants) }
                return false
            }
            if let a = link.actor {
                return sameName(a.name, [a.nameAr] + (KnowledgeBase.standard.actor(id: a.id)?.variants ?? []))
            }
            return false
        }

        /// Lowercase ASCII letters only, so `Amir-Abdollahian` and `Amir Abdollahian` agree.
        static func latin(_ s: String) -> String {
            String(s.lowercased().unicodeScalars.filter { $0.isASCII && CharacterSet.letters.contains($0) }.map(Character.init))
        }
    }
}
