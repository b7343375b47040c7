import ArgumentParser
import Foundation
import ArabicText
import Ingest

/// `marsad lexicon build`: the word-frequency lexicon the clitic segmenter decides with.
struct Lexicon: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the clitic segmenter's word-frequency lexicon from a news corpus.",
        subcommands: [Build.self])

    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count match-form words (no diacritics, unified alef, ة kept) over a corpus.")

        @Option(help: "Corpus inputs (files, folders, zips), as for analyze.")
        var corpus: [String] = ["../shared/data/corpus/saudinewsnet"]

        @Option(help: "Keep words seen at least this many times.")
        var minCount = 2

        @Option(help: "Output file.")
        var out = "Sources/ArabicText/Resources/clitic-lexicon.tsv"

        func run() throws {
            var counts: [[UInt32]: UInt32] = [:]
            var articles = 0
            var word: [UInt32] = []
            for path in corpus {
                InputReader().read(path) { result in
                    guard case .success(let article) = result else { return }
                    articles += 1
                    let text = article.cleaned().text
                    var tokens: [Token] = []
                    text.withUnsafeBufferPointer { p in
                        Tokenizer.tokenize(p, 0..<p.count, into: &tokens)
                        for t in tokens where t.kind == .word {
                            CliticSegmenter.matchForm(p, t.start..<t.end, into: &word)
                            counts[word, default: 0] += 1
                        }
                    }
                }
            }
            guard articles > 0 else { throw ValidationError("no articles found in \(corpus.joined(separator: ", "))") }
            let kept = counts.filter { $0.value >= UInt32(minCount) }
                .map { (String(String.UnicodeScalarView($0.key.compactMap(Unicode.Scalar.init))), $0.value) }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            var lines = "# Word frequencies for Marsad's clitic segmenter: match form (ArabicNormalizer .segmentation), count.\n"
            lines += "# Built by `marsad lexicon build --min-count \(minCount)` from \(articles) articles of SaudiNewsNet\n"
            lines += "# (CC BY-NC-SA 4.0, research use; see PROVENANCE.md beside this file). \(kept.count) words.\n"
            for (w, n) in kept { lines += "\(w)\t\(n)\n" }
            try lines.write(toFile: out, atomically: true, encoding: .utf8)
            print("lexicon: \(kept.count) words from \(articles) articles -> \(out)")
        }
    }
}
