// Named-entity tagging throughput on one core: the bundled names model alone and both bundled
// models (names + titles/nationalities, as `marsad analyze` runs them), over tokens that are
// already cleaned, tokenized and split, so only tagging is timed.
//
//   swift run -c release --package-path Benchmarks ner-bench [CORPUS_DIR | CONLL_FILE] [--repeat N]
import Foundation
import ArabicText
import Entities
import Ingest
import MarsadCore

var args = Array(CommandLine.arguments.dropFirst())
var repeats = 3
if let i = args.firstIndex(of: "--repeat"), i + 1 < args.count { repeats = Int(args[i + 1]) ?? 3; args.removeSubrange(i...(i + 1)) }
let input = args.first ?? "../shared/data/corpus/saudinewsnet"
guard FileManager.default.fileExists(atPath: input) else {
    FileHandle.standardError.write(Data("ner-bench: \(input) not found (needs ../shared/data)\n".utf8))
    exit(2)
}

// Documents as (text bytes, tokens, sentences), prepared outside the timed region.
var documents: [([UInt8], [Token], [ByteSpan])] = []
var isDirectory: ObjCBool = false
FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory)
if isDirectory.boolValue || input.hasSuffix(".zip") {
    InputReader().read(input) { result in
        guard case .success(let article) = result else { return }
        let text = article.cleaned().text
        var tokens: [Token] = []
        let sentences = text.withUnsafeBufferPointer { p -> [ByteSpan] in
            Tokenizer.tokenize(p, 0..<p.count, into: &tokens)
            return SentenceSplitter.standard.split(p, tokens: tokens)
        }
        documents.append((text, tokens, sentences))
    }
} else {
    // A CoNLL file: each sentence is its tokens joined by spaces, one sentence per document.
    let text = try String(contentsOfFile: input, encoding: .utf8)
    for sentence in CoNLL.readTokens(text) {
        let text = TokenText(sentence)
        let tokens = text.ranges.map { Token(start: $0.lowerBound, end: $0.upperBound, kind: .word) }
        documents.append((text.bytes, tokens, [ByteSpan(0, text.bytes.count)]))
    }
}
let tokenCount = documents.reduce(0) { $0 + $1.1.count }
let recognizer = EntityRecognizer.standard


func time(_ body: () -> Int) -> (Double, Int) {
    var best = Double.infinity, found = 0
    for _ in 0..<max(repeats, 1) {
        let start = DispatchTime.now().uptimeNanoseconds
        found = body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return (best, found)
}

let names = time {
    let scratch = recognizer.names.makeScratch()
    var n = 0
    for (text, tokens, sentences) in documents {
        text.withUnsafeBufferPointer { p in
            var t = 0
            for s in sentences {
                var ranges: [Range<Int>] = []
                while t < tokens.count && tokens[t].start < s.start { t += 1 }
                while t < tokens.count && tokens[t].end <= s.end { ranges.append(tokens[t].start..<tokens[t].end); t += 1 }
                n += recognizer.names.tag(p, ranges, scratch: scratch).filter { $0 != 0 }.count
            }
        }
    }
    return n
}
let both = time { documents.reduce(0) { $0 + recognizer.entities($1.0, tokens: $1.1, sentences: $1.2).count } }
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print(String(format: "%d tokens in %d documents\nnames model:             %.3f s = %.0f tokens/s on one core\n"
             + "names + mentions models: %.3f s = %.0f tokens/s on one core (%d entities)\npeak RSS %.0f MB",
             tokenCount, documents.count, names.0, Double(tokenCount) / names.0, both.0, Double(tokenCount) / both.0,
             both.1, Double(usage.ru_maxrss) / 1024))

