import ArgumentParser
import Foundation
import Entities
import MarsadCore

/// `marsad ner`: train, evaluate and run the named-entity tagger.
struct NER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train, evaluate and run Marsad's named-entity tagger.",
        subcommands: [Train.self, Eval.self, Tag.self, Clusters.self, Gazetteer.self])

    /// Runs `body`, turning a Marsad error into one line on stderr and exit status 1.
    static func reporting(_ body: () throws -> Void) throws {
        do { try body() } catch let error as MarsadError {
            FileHandle.standardError.write(Data("marsad: \(error.message)\n".utf8))
            throw ExitCode(1)
        }
    }

    /// Which model to run: a file, or one of the bundled two.
    struct ModelChoice: ParsableArguments {
        @Option(help: "The model (default: the bundled names model).")
        var model: String?

        @Flag(help: "Use the bundled TITLE/NORP mentions model instead.")
        var mentions = false

        /// The model at `--model`, or the bundled one.
        func load() throws -> SequenceTagger {
            if let model { return try SequenceTagger.load(path: model) }
            return mentions ? EntityRecognizer.standard.mentions : EntityRecognizer.standard.names
        }
    }

    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train a tagger (averaged structured perceptron) on CoNLL files.",
            discussion: """
            Each --train or --dev value is a file or FILE@FROM-TO, the sentences from FROM% to TO% of the file. \
            Tag types are mapped by ner-tag-map.tsv (WikiFANE's 50 types and Wojood's 21 to Marsad's), and only \
            the --types are learned. Training is deterministic for a given --seed.
            """)

        @Option(parsing: .upToNextOption, help: "Training files (token TAG per line), FILE or FILE@FROM-TO.")
        var train: [String]

        @Option(help: "A development file: its score is printed after each pass.")
        var dev: String?

        @Option(help: "Where to write the model.")
        var model: String

        @Option(help: "Mention types to learn, comma-separated.")
        var types = "PERS,LOC,ORG,MISC"

        @Option(help: "Passes over the training data.")
        var epochs = 12

        @Option(help: "Seed for the order of sentences.")
        var seed: UInt64 = 1

        @Option(help: "Word clusters (word<TAB>bits), or none.")
        var clusters = "Sources/Entities/Resources/word-clusters.tsv"

        @Option(help: "Gazetteer (TYPE<TAB>phrase), or none.")
        var gazetteer = "Sources/Entities/Resources/ner-gazetteer.tsv"

        @Option(help: "Feature groups to leave out, comma-separated (context, morphology, shape, clusters, gazetteer).")
        var without = ""

        @Option(help: "Drop features seen fewer times than this in training.")
        var minFeatureCount = 1

        @Flag(help: "Join extra columns before the tags into the token instead of failing.")
        var joinExtraColumns = false

        func run() throws {
            try NER.reporting {
                let started = Date()
                let typeSet = Set(types.split(separator: ",").map(String.init))
                var sentences: [(tokens: [String], tags: [String])] = []
                for spec in train { sentences += try TrainingData.standard.read(spec, types: typeSet, joinExtraColumns: joinExtraColumns) }
                guard !sentences.isEmpty else { throw MarsadError(.noArticle, "no training sentences in \(train.joined(separator: " "))") }
                let devSentences = try dev.map { try TrainingData.standard.read($0, types: typeSet, joinExtraColumns: joinExtraColumns) }

                var lexicons = TaggerLexicons()
                if clusters != "none" { try lexicons.addClusters(try TokenText.readFile(clusters)) }
                if gazetteer != "none" { try lexicons.addGazetteer(try TokenText.readFile(gazetteer)) }
                var groups = FeatureGroups.all
                for name in without.split(separator: ",") {
                    guard let g = FeatureGroups.names.first(where: { $0.0 == name })?.1 else {
                        throw MarsadError(.usage, "unknown feature group \(name)")
                    }
                    groups.remove(g)
                }
                let tags = ["O"] + typeSet.sorted().flatMap { ["B-\($0)", "I-\($0)"] }
                var trainer = PerceptronTrainer()
                trainer.epochs = epochs
                trainer.seed = seed
                trainer.groups = groups
                trainer.minFeatureCount = minFeatureCount
                if let devSentences {
                    trainer.onEpoch = { epoch, tagger in
                        let score = NER.score(tagger, devSentences)
                        print(String(format: "pass %2d: dev F1 %.2f (P %.2f R %.2f)", epoch, score.all.f1, score.all.precision, score.all.recall))
                    }
                }
                let tokenCount = sentences.reduce(0) { $0 + $1.tokens.count }
                let note = "marsad ner train --train \(train.joined(separator: " ")) --types \(types) --epochs \(epochs) --seed \(seed)"
                    + (without.isEmpty ? "" : " --without \(without)") + "; \(sentences.count) sentences, \(tokenCount) tokens"
                let tagger = trainer.train(sentences, tags: tags, lexicons: lexicons, note: note)
                let bytes = tagger.serialized()
                guard FileManager.default.createFile(atPath: model, contents: Data(bytes)) else {
                    throw MarsadError(.unreadable, "\(model): cannot write the model")
                }
                print(String(format: "model: %d sentences, %d tokens, %d features, %.1f MB -> %@ in %.0f s",
                             sentences.count, tokenCount, tagger.featureCount, Double(bytes.count) / 1e6, model,
                             Date().timeIntervalSince(started)))
            }
        }
    }

    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score a model on CoNLL files: precision, recall and F1 per type and micro-averaged (conlleval rules).")

        @OptionGroup var choice: ModelChoice

        @Argument(help: "Gold files (token TAG per line), FILE or FILE@FROM-TO.")
        var files: [String]

        @Flag(help: "Join extra columns before the tags into the token instead of failing.")
        var joinExtraColumns = false

        @Option(help: ArgumentHelp("Treat each run of N sentences as one document and make its names consistent, "
                                   + "as analyze does within an article (CoNLL files do not mark documents).", valueName: "N"))
        var documentSentences: Int?

        func run() throws {
            try NER.reporting {
                let tagger = try choice.load()
                let types = Set(tagger.tags.filter { $0 != "O" }.map { String($0.dropFirst(2)) })
                var sentences: [(tokens: [String], tags: [String])] = []
                for f in files { sentences += try TrainingData.standard.read(f, types: types, joinExtraColumns: joinExtraColumns) }
                let started = Date()
                let score = NER.score(tagger, sentences, documentSentences: documentSentences)
                let seconds = Date().timeIntervalSince(started)
                print(score.report(), terminator: "")
                print(String(format: "tagged %d tokens in %.2f s (%.0f tokens/s, one thread)", score.tokens, seconds,
                             Double(score.tokens) / max(seconds, 1e-9)))
            }
        }
    }

    struct Tag: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Tag CoNLL tokens (one per line, blank line between sentences); write `token TAG` lines.")

        @OptionGroup var choice: ModelChoice

        @Argument(help: "Token files, or - for standard input.")
        var files: [String] = ["-"]

        func run() throws {
            try NER.reporting {
                let tagger = try choice.load()
                let scratch = tagger.makeScratch()
                var out = ""
                for f in files {
                    let text = try f == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                        : TokenText.readFile(f)
                    for sentence in CoNLL.readTokens(text) {
                        for (token, tag) in zip(sentence, tagger.tag(tokens: sentence, scratch: scratch)) { out += "\(token) \(tag)\n" }
                        out += "\n"
                        if out.utf8.count > 1 << 16 { FileHandle.standardOutput.write(Data(out.utf8)); out = "" }
                    }
                }
                FileHandle.standardOutput.write(Data(out.utf8))
            }
        }
    }

    static func score(_ tagger: SequenceTagger, _ sentences: [(tokens: [String], tags: [String])],
                      documentSentences: Int? = nil) -> EntityScore {
        let scratch = tagger.makeScratch()
        var score = EntityScore()
        guard let n = documentSentences, n > 0 else {
            for s in sentences { score.add(gold: s.tags, predicted: tagger.tag(tokens: s.tokens, scratch: scratch)) }
            return score
        }
        for start in stride(from: 0, to: sentences.count, by: n) {
            let document = sentences[start..<min(start + n, sentences.count)]
            for (gold, predicted) in zip(document, tagger.tagDocument(document.map(\.tokens), scratch: scratch)) {
                score.add(gold: gold.tags, predicted: predicted)
            }
        }
        return score
    }
}
