import Foundation

/// A time expression reduced to what scoring compares: a span in any unit, a type and a value.
public struct ScoredTime: Sendable, Equatable {
    /// Start and end offsets (scalars or tokens, the same unit on both sides).
    public var start: Int, end: Int
    /// DATE, TIME, DURATION or SET.
    public var type: String
    /// The TIMEX3 value.
    public var value: String
    /// Creates one.
    public init(start: Int, end: Int, type: String, value: String) {
        self.start = start; self.end = end; self.type = type; self.value = value
    }
}

/// TempEval-3 style scores: detection with exact (strict) and overlapping (relaxed) spans, and the
/// accuracy of type and value over the relaxed matches.
public struct TimeScore: Sendable {
    /// Expressions in the gold standard and in the predictions.
    public var gold = 0, predicted = 0
    /// Gold expressions matched exactly / by overlap.
    public var strict = 0, relaxed = 0
    /// Relaxed matches whose type / value is right.
    public var typeCorrect = 0, valueCorrect = 0

    /// Whether a predicted value counts as the gold one (exact by default).
    public var valueMatches: @Sendable (_ gold: String, _ predicted: String) -> Bool = { $0 == $1 }

    /// Creates an empty score.
    public init() {}

    /// A lenient comparison for systems that only output full dates (dateparser): a predicted date
    /// is right when it lies in the gold period (`2015-07-21` for `2015-07`, `2015`, `2015-W30` or a
    /// part of day of 2015-07-21).
    public static let lenient: @Sendable (String, String) -> Bool = { gold, predicted in
        if gold == predicted { return true }
        if gold.contains("-W"), let day = CivilDate(iso: String(predicted.prefix(10))) {
            return CivilDate.isoWeekValue(day) == gold
        }
        let g = gold.split(separator: "T").first.map(String.init) ?? gold
        guard predicted.hasPrefix(g), g.count >= 4, g.first?.isNumber == true else { return false }
        let rest = predicted.dropFirst(g.count)
        return rest.isEmpty || rest.first == "-" || rest.first == "T"
    }

    /// One disagreement, for reading.
    public enum Miss: Sendable {
        /// A gold expression nothing overlaps; a prediction no gold expression overlaps; a match with the wrong value.
        case missed(ScoredTime), spurious(ScoredTime), wrongValue(gold: ScoredTime, predicted: ScoredTime)
    }

    /// Adds one document; returns its disagreements.
    @discardableResult
    public mutating func add(gold g: [ScoredTime], predicted p: [ScoredTime]) -> [Miss] {
        gold += g.count; predicted += p.count
        var used = [Bool](repeating: false, count: p.count), misses: [Miss] = []
        for x in g {
            // The exact span first, else the first overlapping prediction not yet taken.
            let k = p.indices.first { !used[$0] && p[$0].start == x.start && p[$0].end == x.end }
                ?? p.indices.first { !used[$0] && p[$0].start < x.end && x.start < p[$0].end }
            guard let k else { misses.append(.missed(x)); continue }
            used[k] = true
            relaxed += 1
            if p[k].start == x.start && p[k].end == x.end { strict += 1 }
            if p[k].type == x.type { typeCorrect += 1 }
            if valueMatches(x.value, p[k].value) { valueCorrect += 1 } else { misses.append(.wrongValue(gold: x, predicted: p[k])) }
        }
        for k in p.indices where !used[k] { misses.append(.spurious(p[k])) }
        return misses
    }

    /// Precision, recall and F1 (percent) for `correct` matches.
    public func prf(_ correct: Int) -> (p: Double, r: Double, f: Double) {
        let p = predicted == 0 ? 0 : 100 * Double(correct) / Double(predicted)
        let r = gold == 0 ? 0 : 100 * Double(correct) / Double(gold)
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
    }

    /// Value (or type) accuracy over relaxed matches, percent.
    public func accuracy(_ correct: Int) -> Double { relaxed == 0 ? 0 : 100 * Double(correct) / Double(relaxed) }

    /// A fixed-width report; `values: false` leaves out the value lines (gold without values).
    public func report(_ name: String, values: Bool = true) -> String {
        func f(_ x: Double) -> String { String(format: "%6.2f", x) }
        let s = prf(strict), r = prf(relaxed), v = prf(valueCorrect)
        let detection = """
        \(name): \(gold) gold, \(predicted) found
          detection, strict spans    P \(f(s.p))  R \(f(s.r))  F1 \(f(s.f))
          detection, relaxed spans   P \(f(r.p))  R \(f(r.r))  F1 \(f(r.f))
        """
        guard values else { return detection }
        return detection + """

          value accuracy (relaxed)   \(f(accuracy(valueCorrect)))   type accuracy \(f(accuracy(typeCorrect)))
          value F1 (right span and value)  P \(f(v.p))  R \(f(v.r))  F1 \(f(v.f))
        """
    }
}
