import Foundation
import MarsadCore

/// Training and evaluation sentences read from CoNLL files, with their tag types mapped to
/// Marsad's mention types (`ner-tag-map.tsv`) and narrowed to the types a model learns.
public struct TrainingData {
    /// Source tag type → Marsad type (`O` drops it).
    public let typeMap: [String: String]

    /// The bundled mapping.
    public static let standard = TrainingData(mapping: ResourceFile.text(.module, "ner-tag-map", "tsv"))

    /// Creates a mapping from `SOURCE<TAB>TARGET` lines.
    public init(mapping: String) {
        var map: [String: String] = [:]
        for line in mapping.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t")
            if f.count == 2 { map[String(f[0])] = String(f[1]) }
        }
        typeMap = map
    }

    /// Reads `PATH` or `PATH@FROM-TO`, the sentences from FROM% to TO% of the file (so one file can give
    /// a training part and a held-out part), keeping only `types`. Nested annotation (several tag
    /// columns) contributes, per token, the first layer whose type is kept.
    public func read(_ spec: String, types: Set<String>, joinExtraColumns: Bool = false) throws -> [(tokens: [String], tags: [String])] {
        var path = spec
        var range = 0.0..<100.0
        if let at = spec.lastIndex(of: "@"), !FileManager.default.fileExists(atPath: spec) {
            path = String(spec[..<at])
            let bounds = spec[spec.index(after: at)...].split(separator: "-").compactMap { Double($0) }
            guard bounds.count == 2, bounds[0] < bounds[1], bounds[0] >= 0, bounds[1] <= 100 else {
                throw MarsadError(.usage, "\(spec): a part is written PATH@FROM-TO in percent, e.g. file.txt@0-90")
            }
            range = bounds[0]..<bounds[1]
        }
        let text = try TokenText.readFile(path)
        let sentences = try CoNLL.read(text, options: .init(maxTagColumns: 4, joinExtraColumns: joinExtraColumns),
                                       origin: path)
        let lower = Int((Double(sentences.count) * range.lowerBound / 100).rounded())
        let upper = Int((Double(sentences.count) * range.upperBound / 100).rounded())
        return sentences[lower..<upper].map { s in
            (s.tokens, s.tags.map { layers in
                for tag in layers {
                    let (prefix, type) = EntitySpans.split(tag)
                    guard prefix != "O" else { continue }
                    let mapped = typeMap[String(type)] ?? String(type)
                    if types.contains(mapped) { return "\(prefix)-\(mapped)" }
                }
                return "O"
            })
        }
    }
}
