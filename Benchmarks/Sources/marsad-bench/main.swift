// Text-layer throughput on one core: decode + clean + tokenize + split + normalize + segment,
// over the article bodies of a corpus (default: SaudiNewsNet), the same text pyarabic_baseline.py reads.
//
//   swift run -c release --package-path Benchmarks marsad-bench [CORPUS_DIR] [--repeat N] [--json]
import Foundation
import ArabicText
import Ingest

var args = Array(CommandLine.arguments.dropFirst())
let asJSON = args.contains("--json")
args.removeAll { $0 == "--json" }
let stagesOnly = args.contains("--stages")
args.removeAll { $0 == "--stages" }
var repeats = 3
if let i = args.firstIndex(of: "--repeat"), i + 1 < args.count { repeats = Int(args[i + 1]) ?? 3; args.removeSubrange(i...(i + 1)) }
let corpus = args.first ?? "../shared/data/corpus/saudinewsnet"
guard FileManager.default.fileExists(atPath: corpus) else {
    FileHandle.standardError.write("marsad-bench: corpus not found at \(corpus) (needs ../shared/data)\n".data(using: .utf8)!)
    exit(2)
}

// Load the raw bodies as UTF-8 bytes, outside the timed region.
var bodies: [[UInt8]] = []
InputReader().read(corpus) { result in
    if case .success(let article) = result { bodies.append(article.body) }
}
let totalBytes = bodies.reduce(0) { $0 + $1.count }

let splitter = SentenceSplitter.standard
let segmenter = CliticSegmenter.standard
let normalizer = ArabicNormalizer(.matching)

func runOnce(stages: Int = 5) -> (seconds: Double, tokens: Int, sentences: Int, clitics: Int) {
    var tokens: [Token] = []
    var norm: [UInt8] = []
    var word: [UInt32] = []
    let scratch = SegmentationScratch()
    var tokenCount = 0, sentenceCount = 0, cliticCount = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for body in bodies {
        guard let decoded = try? TextDecoder.decode(body) else { continue }
        if stages < 2 { continue }
        let clean = ArticleCleaner(findsTitleAndByline: false).clean(decoded.utf8)
        tokens.removeAll(keepingCapacity: true)
        clean.text.withUnsafeBufferPointer { p in
            if stages < 3 { return }
            Tokenizer.tokenize(p, 0..<p.count, into: &tokens)
            sentenceCount += splitter.split(p, tokens: tokens).count
            if stages < 4 { return }
            for t in tokens {
                if t.kind == .word {
                    if stages >= 5 {
                        // One pass writes the match form (the normalized form but for ة/ى) and segments it.
                        let s = segmenter.segment(p, t.start..<t.end, scratch: scratch)
                        cliticCount += s.prefixLetters + (s.suffixLetters > 0 ? 1 : 0)
                    } else {
                        CliticSegmenter.matchForm(p, t.start..<t.end, into: &word)
                    }
                } else {
                    norm.removeAll(keepingCapacity: true)
                    normalizer.normalize(p, t.start..<t.end, into: &norm)
                }
            }
        }
        tokenCount += tokens.count
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return (seconds, tokenCount, sentenceCount, cliticCount)
}

if stagesOnly {
    for (stage, name) in [(1, "decode"), (2, "+ clean"), (3, "+ tokenize + split"), (4, "+ normalize"), (5, "+ segment")] {
        let r = runOnce(stages: stage)
        print(String(format: "%-22@ %.3f s  %.1f MB/s", name as NSString, r.seconds, Double(totalBytes) / 1e6 / r.seconds))
    }
    exit(0)
}
let onlyStage = Int(ProcessInfo.processInfo.environment["MARSAD_BENCH_STAGES"] ?? "") ?? 5
var best = runOnce(stages: onlyStage)
for _ in 1..<max(repeats, 1) { let r = runOnce(stages: onlyStage); if r.seconds < best.seconds { best = r } }
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
let mb = Double(totalBytes) / 1e6
let peakMB = Double(usage.ru_maxrss) / 1024
if asJSON {
    print("{\"tool\":\"marsad\",\"mb\":\(String(format: "%.3f", mb)),\"seconds\":\(String(format: "%.3f", best.seconds)),"
          + "\"mb_per_s\":\(String(format: "%.1f", mb / best.seconds)),\"tokens\":\(best.tokens),\"sentences\":\(best.sentences),"
          + "\"clitics\":\(best.clitics),\"peak_rss_mb\":\(String(format: "%.1f", peakMB))}")
} else {
    print(String(format: "marsad text layer: %.1f MB in %.3f s = %.1f MB/s on one core; %d tokens, %d sentences, %d clitics; peak RSS %.0f MB",
                 mb, best.seconds, mb / best.seconds, best.tokens, best.sentences, best.clitics, peakMB))
}
