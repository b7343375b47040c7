import Foundation
import Store

// store-bench DB QUERIES.tsv: runs every query (TAB-separated: text, from, to, source; empty = none)
// twice through SQLiteStore.search (limit 20, with snippets) and prints latency percentiles per pass.
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: store-bench DB QUERIES.tsv\n".utf8))
    exit(64)
}
let store = try SQLiteStore(existing: arguments[1])
let queries = try String(contentsOfFile: arguments[2], encoding: .utf8).split(separator: "\n").map { line -> SearchQuery in
    let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.isEmpty ? nil : String($0) }
    return SearchQuery(text: f[0]!, from: f.count > 1 ? f[1] : nil, to: f.count > 2 ? f[2] : nil, source: f.count > 3 ? f[3] : nil)
}
for pass in 1...2 {
    var times: [Double] = [], hits = 0
    for q in queries {
        let start = DispatchTime.now().uptimeNanoseconds
        hits += try store.search(q).count
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    times.sort()
    func p(_ x: Double) -> Double { times[min(times.count - 1, Int(Double(times.count) * x))] }
    print(String(format: "pass %d: %d queries, %d hits; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms",
                 pass, queries.count, hits, p(0.5), p(0.95), p(0.99), times.last ?? 0))
}
