import ArgumentParser
import Foundation
import Ingest

/// `marsad clean-report`: what the cleaner removes from a corpus, by reason, with a sample to read.
struct CleanReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean-report",
        abstract: "Count what the cleaner removes from a corpus, by reason, and draw a random sample of removals to check by eye.")

    @Argument(help: "Corpus inputs (files, folders, zips), as for analyze.")
    var inputs: [String] = ["../shared/data/corpus/saudinewsnet"]

    @Option(help: "How many removals to sample.")
    var sample = 100

    @Option(help: "Seed of the sample.")
    var seed: UInt64 = 1

    @Option(help: "Write the sample here, one removal per line: number, reason, removed text, origin.")
    var out = "clean-sample.tsv"

    func run() throws {
        var byReason: [RemovalReason: Int] = [:]
        var articles = 0, lines = 0
        var removals: [(reason: RemovalReason, text: String, origin: String)] = []
        for input in inputs {
            InputReader().read(input) { result in
                guard case .success(let article) = result else { return }
                articles += 1
                lines += article.body.split(separator: 0x0A).filter { $0.contains { $0 > 0x20 } }.count
                for removal in article.cleaned().removed {
                    byReason[removal.reason, default: 0] += 1
                    let text = String(decoding: article.body[removal.span.start..<removal.span.end], as: UTF8.self)
                    removals.append((removal.reason, text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " "), article.origin))
                }
            }
        }
        guard articles > 0 else { throw ValidationError("no articles found in \(inputs.joined(separator: ", "))") }
        print("articles: \(articles), non-empty lines: \(lines), removals: \(removals.count)")
        for reason in RemovalReason.allCases where byReason[reason] != nil {
            print("  \(reason.rawValue): \(byReason[reason]!)")
        }
        // A seeded shuffle (SplitMix64), so the sample can be drawn again.
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        var order = Array(removals.indices)
        for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, Int(next() % UInt64(i + 1))) }
        var tsv = "n\treason\tremoved\torigin\n"
        for (n, i) in order.prefix(sample).enumerated() {
            let r = removals[i]
            tsv += "\(n + 1)\t\(r.reason.rawValue)\t\(r.text.prefix(300))\t\(r.origin)\n"
        }
        try tsv.write(toFile: out, atomically: true, encoding: .utf8)
        print("sample of \(min(sample, removals.count)) removals (seed \(seed)) -> \(out)")
    }
}
