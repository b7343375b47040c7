import XCTest
@testable import Entities

final class ViterbiTests: XCTestCase {
    /// The textbook loop: the reference the tagger's Viterbi (SIMD lanes up to 16 tags) must agree with.
    private func reference(_ scores: [Float], _ n: Int, _ T: Int, _ transitions: [Float]) -> [Int] {
        guard n > 0 else { return [] }
        var best = (0..<T).map { transitions[T * T + $0] + scores[$0] }, back = [[Int]](repeating: [Int](repeating: 0, count: T), count: n)
        for i in 1..<n {
            var next = best
            for t in 0..<T {
                var m = -Float.infinity, arg = 0
                for f in 0..<T where best[f] + transitions[f * T + t] > m { m = best[f] + transitions[f * T + t]; arg = f }
                next[t] = m + scores[i * T + t]
                back[i][t] = arg
            }
            best = next
        }
        var t = best.indices.max { best[$0] < best[$1] }!, path = [Int](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) { path[i] = t; if i > 0 { t = back[i][t] } }
        return path
    }

    func testTheBestPathIsTheTextbookOnesTiesAndForbiddenMovesIncluded() {
        var rng = SystemRandomNumberGenerator()
        var back: [Int32] = []
        for T in [1, 2, 5, 9, 16, 17, 20] {
            for _ in 0..<150 {
                let n = Int.random(in: 0...40, using: &rng)
                // Small whole numbers make ties common; -infinity stands for a move BIO forbids.
                func weight() -> Float { Int.random(in: 0..<8, using: &rng) == 0 ? -.infinity : Float(Int.random(in: -3...3, using: &rng)) }
                let transitions = (0..<(T * T + T)).map { _ in weight() }
                let scores = (0..<(n * T)).map { _ in Float(Int.random(in: -4...4, using: &rng)) }
                XCTAssertEqual(SequenceTagger.viterbi(scores, n, T, transitions, &back), reference(scores, n, T, transitions), "T=\(T) n=\(n)")
            }
        }
    }
}
