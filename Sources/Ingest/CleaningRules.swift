import Foundation
import ArabicText

/// The knowledge the cleaner uses, loaded from resource files: photo credits and boilerplate phrases.
public struct CleaningRules: Sendable {
    /// Normalized credits that close a caption, e.g. `اسوشييتد برس`.
    let credits: Set<String>
    /// Normalized phrases that open a boilerplate line.
    let boilerplatePrefixes: [String]

    /// The bundled rules.
    public static let standard = CleaningRules(credits: load("credits"), boilerplate: load("boilerplate"))

    /// Creates rules from raw (unnormalized) entries.
    public init(credits: [String], boilerplate: [String]) {
        self.credits = Set(credits.map(Self.key))
        self.boilerplatePrefixes = boilerplate.map(Self.key)
    }

    /// Whether the text inside a pair of parentheses is a photo or agency credit.
    func isCredit(_ inside: String) -> Bool {
        let k = Self.key(inside)
        if credits.contains(k) { return true }
        // "(أ ف ب/Getty)", "(رويترز - أرشيفية)": every part a credit.
        let parts = k.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "،" || $0 == "," })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return parts.count > 1 && parts.allSatisfy(credits.contains)
    }

    /// Whether a line opens with a boilerplate phrase.
    func isBoilerplate(_ line: String) -> Bool {
        let k = Self.key(line)
        return boilerplatePrefixes.contains { k.hasPrefix($0) }
    }

    /// The comparison key: Arabic matching normalization, lower-cased Latin, single spaces.
    static func key(_ s: String) -> String {
        ArabicNormalizer(.matching).normalize(s).lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    private static func load(_ name: String) -> [String] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}
