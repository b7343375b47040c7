import ArgumentParser
import Foundation
import ArabicText
import Entities
import Ingest
import MarsadCore

extension NER {
    /// `marsad ner clusters`: learn word clusters from a news corpus.
    struct Clusters: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Learn hierarchical word clusters from a corpus (PPMI context vectors, truncated SVD, 8-way k-means tree).")

        @Option(help: "Corpus inputs (files, folders, zips), as for analyze.")
        var corpus: [String] = ["../shared/data/corpus/saudinewsnet"]

        @Option(help: "Words seen fewer times are not clustered.")
        var minCount = 5

        @Option(help: "The deepest split (bits in a path).")
        var depth = 15

        @Option(help: "Seed for the random vectors.")
        var seed: UInt64 = 1

        @Option(help: "Output file.")
        var out = "Sources/Entities/Resources/word-clusters.tsv"

        func run() throws {
            try NER.reporting {
                let started = Date()
                var ids: [String: Int32] = [:]
                var names: [String] = [], counts: [Int] = [], isWord: [Bool] = []
                var documents: [[Int32]] = []
                var letters: [UInt32] = [], tokens: [Token] = []
                var articles = 0
                for path in corpus {
                    InputReader().read(path) { result in
                        guard case .success(let article) = result else { return }
                        articles += 1
                        let text = article.cleaned().text
                        var doc: [Int32] = []
                        tokens.removeAll(keepingCapacity: true)
                        text.withUnsafeBufferPointer { p in
                            Tokenizer.tokenize(p, 0..<p.count, into: &tokens)
                            for t in tokens {
                                let word = WordClusterer.word(p, t.start..<t.end, letters: &letters)
                                if word.isEmpty { continue }
                                let id: Int32
                                if let known = ids[word] { id = known } else {
                                    id = Int32(names.count); ids[word] = id
                                    names.append(word); counts.append(0); isWord.append(t.kind == .word)
                                }
                                counts[Int(id)] += 1
                                doc.append(id)
                            }
                        }
                        documents.append(doc)
                    }
                }
                guard articles > 0 else { throw MarsadError(.noArticle, "no articles found in \(corpus.joined(separator: ", "))") }
                // Renumber by frequency rank, as the clusterer expects.
                let order = counts.indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : names[$0] < names[$1] }
                var rank = [Int32](repeating: 0, count: order.count)
                for (r, id) in order.enumerated() { rank[id] = Int32(r) }
                documents = documents.map { $0.map { rank[Int($0)] } }
                var clusterer = WordClusterer()
                clusterer.minCount = minCount
                clusterer.depth = depth
                clusterer.seed = seed
                let paths = clusterer.cluster(documents: documents, counts: order.map { counts[$0] },
                                              clusterable: order.map { isWord[$0] })
                let tokenCount = counts.reduce(0, +)
                var lines = "# Word clusters for Marsad's NER tagger: matching-form word, bit path, corpus count.\n"
                lines += "# Built by `marsad ner clusters --min-count \(minCount) --depth \(depth) --seed \(seed)` from \(articles) "
                lines += "articles (\(tokenCount) tokens) of SaudiNewsNet\n# (CC BY-NC-SA 4.0, research use; see PROVENANCE.md). "
                lines += "\(paths.count) words.\n"
                for (r, path) in paths.sorted(by: { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }) {
                    lines += "\(names[order[r]])\t\(path)\t\(counts[order[r]])\n"
                }
                try lines.write(toFile: out, atomically: true, encoding: .utf8)
                print(String(format: "clusters: %d words from %d articles (%d tokens) -> %@ in %.0f s",
                             paths.count, articles, tokenCount, out, Date().timeIntervalSince(started)))
            }
        }
    }
}

extension NER {
    /// `marsad ner gazetteer`: compile the tagger's gazetteer from ../shared/data.
    struct Gazetteer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compile the NER gazetteer (TYPE<TAB>phrase) from the shared data.",
            discussion: """
            Sources: ArWikiCats nationalities (NORP forms, country names as LOC) and people (PERS); the \
            UniversalPetrarch Arabic actor dictionary (ACTOR, any kind of actor); WikiFANE entity mentions of \
            the training part only (PERS, LOC, ORG, MISC through ner-tag-map.tsv); the first and last words of \
            the PERS entries (GIVEN, FAMILY); Marsad's title words (TITLE).
            """)

        @Option(help: "The shared data folder.")
        var data = "../shared/data"

        @Option(help: "The WikiFANE part whose mentions may be used (never the held-out part).")
        var wikifane = "ner/wikifane/WikiFANE_Gold_2014_500K.txt@0-90"

        @Option(help: "Output file.")
        var out = "Sources/Entities/Resources/ner-gazetteer.tsv"

        func run() throws {
            try NER.reporting {
                var entries = Set<String>()
                var bySource: [(String, Int)] = []
                func add(_ type: String, _ phrase: String) {
                    let p = phrase.split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "\t" }).joined(separator: " ")
                    if p.unicodeScalars.contains(where: { (0x0621...0x064A).contains($0.value) }) { entries.insert("\(type)\t\(p)") }
                }
                func count(_ source: String, _ before: Int) { bySource.append((source, entries.count - before)) }

                var before = entries.count
                let nationalities = try JSONSerialization.jsonObject(
                    with: Data(TokenText.readFile("\(data)/gazetteers/arwikicats/nationalities_data.json").utf8)) as? [String: [String: String]] ?? [:]
                for forms in nationalities.values {
                    for key in ["male", "males", "female", "females", "the_male", "the_female"] { if let f = forms[key] { add("NORP", f) } }
                    if let country = forms["ar"] { add("LOC", country) }
                }
                count("arwikicats nationalities", before)

                before = entries.count
                let people = try JSONSerialization.jsonObject(
                    with: Data(TokenText.readFile("\(data)/gazetteers/arwikicats/peoples.json").utf8)) as? [String: String] ?? [:]
                for name in people.values { add("PERS", name) }
                count("arwikicats people", before)

                before = entries.count
                for line in try TokenText.readFile("\(data)/events/universalpetrarch-arabic/actor_dict_ar_v4.txt").split(separator: "\n")
                where !line.hasPrefix("#") && !line.hasPrefix(" ") && !line.hasPrefix("\t") {
                    let name = line.split(separator: "[").first.map(String.init) ?? ""
                    add("ACTOR", name)
                }
                count("UniversalPetrarch actors", before)

                before = entries.count
                for s in try TrainingData.standard.read("\(data)/\(wikifane)", types: ["PERS", "LOC", "ORG", "MISC"]) {
                    for span in EntitySpans.spans(s.tags) where span.end - span.start <= 6 {
                        add(span.type, s.tokens[span.start..<span.end].joined(separator: " "))
                    }
                }
                count("WikiFANE \(wikifane)", before)

                // Name parts: the first and last words of every known person's name, so that a new
                // person with a known given or family name still matches something.
                before = entries.count
                for entry in entries where entry.hasPrefix("PERS\t") {
                    let words = entry.dropFirst(5).split(separator: " ")
                    guard words.count >= 2 else { continue }
                    if words.first!.count >= 2 { add("GIVEN", String(words.first!)) }
                    if words.last!.count >= 2 { add("FAMILY", String(words.last!)) }
                }
                count("given and family names of the PERS entries", before)

                before = entries.count
                for line in ResourceLines.titleWords { add("TITLE", line) }
                count("Marsad title words", before)

                var lines = "# Gazetteer for Marsad's NER tagger: TYPE<TAB>phrase. Built by `marsad ner gazetteer` from\n"
                for (source, n) in bySource { lines += "#   \(source): \(n) entries\n" }
                lines += "# Licences: see PROVENANCE.md beside this file.\n"
                for e in entries.sorted() { lines += e + "\n" }
                try lines.write(toFile: out, atomically: true, encoding: .utf8)
                print("gazetteer: \(entries.count) entries -> \(out)")
                for (source, n) in bySource { print("  \(source): \(n)") }
            }
        }
    }
}
