import ArgumentParser
import Foundation
import ArabicText

/// `marsad segment`: clitic segmentation of words, and its evaluation against UD treebanks.
struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Segment words into clitics, or evaluate the segmenter.",
        subcommands: [Words.self, Eval.self], defaultSubcommand: Words.self)

    struct Words: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the clitic segments of each word given.")
        @Argument(help: "Arabic words.") var words: [String]
        func run() {
            for word in words {
                let segments = Array(word.utf8).withUnsafeBufferPointer { CliticSegmenter.standard.segments($0, 0..<$0.count) }
                print("\(word)\t\(segments.segments.joined(separator: " + "))")
            }
        }
    }

    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Word-level clitic segmentation accuracy on a CoNLL-U file whose clitics are tokens joined by SpaceAfter=No.",
            discussion: "The first half of the sentences is the tuning half, the second the held-out half; both are reported.")

        @Argument(help: "A CoNLL-U file.")
        var file = "../shared/data/ud/ar_pud-ud-test.conllu"

        @Option(help: "Print up to this many errors of the held-out half.")
        var errors = 0

        @Option(help: "A rules file to evaluate instead of the bundled one (for tuning).")
        var rules: String?

        func run() throws {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw ValidationError("cannot read \(file) (the evaluation needs ../shared/data/ud)")
            }
            let sentences = SegmentationGold.read(text)
            var segmenter = CliticSegmenter.standard
            if let rules { segmenter = try CliticSegmenter(lexicon: CliticSegmenter.bundledLexicon(), rules: String(contentsOfFile: rules, encoding: .utf8)) }
            let half = sentences.count / 2
            var shown = 0
            for (name, part) in [("tuning (first half)", sentences[..<half]), ("held-out (second half)", sentences[half...]),
                                 ("all", sentences[...])] {
                var total = 0, correct = 0, split = 0, splitCorrect = 0
                for sentence in part {
                    for word in sentence {
                        let predicted = word.predictedBoundaries(segmenter)
                        total += 1
                        if !word.boundaries.isEmpty { split += 1 }
                        if predicted == word.boundaries {
                            correct += 1
                            if !word.boundaries.isEmpty { splitCorrect += 1 }
                        } else if name.hasPrefix("held") && shown < errors {
                            shown += 1
                            print("  \(word.surface)\tgold \(word.boundaries)\tours \(predicted)")
                        }
                    }
                }
                let pct = { (a: Int, b: Int) in String(format: "%.2f%%", 100 * Double(a) / Double(max(b, 1))) }
                print("\(name): \(part.count) sentences, \(total) words, accuracy \(pct(correct, total)); "
                      + "words with clitics \(split), correct \(pct(splitCorrect, split))")
            }
        }
    }
}

/// Gold clitic boundaries read from CoNLL-U: each Arabic word with the letter positions where
/// its syntactic tokens meet.
struct SegmentationGold {
    var surface: String
    var boundaries: [Int]

    static func read(_ conllu: String) -> [[SegmentationGold]] {
        var sentences: [[SegmentationGold]] = []
        var words: [SegmentationGold] = []
        var group: [String] = []
        for line in conllu.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                words += Self.words(of: group)
                group = []
                if !words.isEmpty { sentences.append(words); words = [] }
                continue
            }
            if line.hasPrefix("#") { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count == 10, !cols[0].contains("-"), !cols[0].contains(".") else { continue }
            group.append(String(cols[1]))
            if !cols[9].contains("SpaceAfter=No") {
                words += Self.words(of: group)
                group = []
            }
        }
        words += Self.words(of: group)
        if !words.isEmpty { sentences.append(words) }
        return sentences
    }

    /// The Arabic words of a run of tokens written without spaces, each with the letter positions
    /// where its gold tokens meet.
    static func words(of forms: [String]) -> [SegmentationGold] {
        guard !forms.isEmpty else { return [] }
        var bytes: [UInt8] = []
        var cuts: [Int] = []     // byte offsets where gold tokens meet
        for (k, form) in forms.enumerated() {
            if k > 0 { cuts.append(bytes.count) }
            bytes += Array(form.utf8)
        }
        return bytes.withUnsafeBufferPointer { p in
            var tokens: [Token] = []
            Tokenizer.tokenize(p, 0..<p.count, into: &tokens)
            return tokens.filter { $0.kind == .word }.map { t in
                let letters = cuts.filter { $0 > t.start && $0 < t.end }.map { letterCount(p, t.start..<$0) }
                return SegmentationGold(surface: String(decoding: p[t.start..<t.end], as: UTF8.self), boundaries: letters)
            }
        }
    }

    func predictedBoundaries(_ segmenter: CliticSegmenter) -> [Int] {
        let word = Array(surface.utf8).withUnsafeBufferPointer { segmenter.segments($0, 0..<$0.count) }
        let letters = word.norm.unicodeScalars.count
        let seg = word.segmentation
        var b = seg.prefixLetters > 0 ? Array(1...seg.prefixLetters) : []
        if seg.suffixLetters > 0 && letters - seg.suffixLetters > seg.prefixLetters { b.append(letters - seg.suffixLetters) }
        return b
    }

    private static func letterCount(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int {
        var w: [UInt32] = []
        CliticSegmenter.matchForm(p, r, into: &w)
        return w.count
    }
}
