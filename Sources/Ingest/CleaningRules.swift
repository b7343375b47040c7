import Foundation
import ArabicText
import MarsadCore

/// The knowledge the cleaner uses, loaded from resource files: photo credits, boilerplate phrases and
/// the labels of keyword lists.
public struct CleaningRules: Sendable {
    /// Normalized credits that close a caption, e.g. `اسوشييتد برس`.
    let credits: Set<String>
    /// Normalized phrases that open a boilerplate line.
    let boilerplatePrefixes: [String]
    /// Normalized phrases that close a boilerplate line (entries written `…phrase`).
    let boilerplateSuffixes: [String]
    /// The first two letters of each phrase, normalized and lower-cased: a cheap filter before the full check.
    private let boilerplateInitials: [UInt64]
    /// The last letter of each closing phrase, for the same filter.
    private let boilerplateFinals: [UInt32]
    /// Labels that open a list of keywords at the end of an article (`سمات`), as written in UTF-8.
    let tagLabels: [[UInt8]]

    /// The bundled rules.
    public static let standard = CleaningRules(credits: load("credits"), boilerplate: load("boilerplate"), tagLabels: load("tag-labels"))

    /// Creates rules from raw (unnormalized) entries.
    public init(credits: [String], boilerplate: [String], tagLabels: [String] = []) {
        self.tagLabels = tagLabels.map { Array($0.utf8) }
        self.credits = Set(credits.map(Self.key))
        self.boilerplatePrefixes = boilerplate.filter { !$0.hasPrefix("…") }.map(Self.key)
        self.boilerplateSuffixes = boilerplate.filter { $0.hasPrefix("…") }.map { Self.key(String($0.dropFirst())) }
        self.boilerplateFinals = boilerplateSuffixes.compactMap { $0.unicodeScalars.last?.value }
        self.boilerplateInitials = Array(Set(boilerplatePrefixes.map { phrase in
            phrase.unicodeScalars.prefix(2).reduce(UInt64(0)) { $0 << 32 | UInt64($1.value) }
        }))
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

    /// Whether a line may be boilerplate: its first two letters open a phrase, or its last letter closes one.
    func mayBeBoilerplate(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let normalizer = ArabicNormalizer(.matching)
        func folded(_ s: UInt32) -> UInt32? {
            guard var v = normalizer.map(s) else { return nil }
            if v >= 0x41 && v <= 0x5A { v += 0x20 }
            return v
        }
        var key: UInt64 = 0
        var i = start, taken = 0
        while i < end && taken < 2 {
            let (s, len) = UTF8Scalars.decode(p, i)
            i += len
            guard let v = folded(s) else { continue }
            key = key << 32 | UInt64(v)
            taken += 1
        }
        if boilerplateInitials.contains(key) { return true }
        guard end > start, let last = folded(UTF8Scalars.decode(p, UTF8Scalars.lastScalarStart(p, start, end)).scalar) else { return false }
        return boilerplateFinals.contains(last)
    }

    /// Whether a line opens or closes with a boilerplate phrase.
    func isBoilerplate(_ line: String) -> Bool {
        let k = Self.key(line)
        return boilerplatePrefixes.contains { Self.opens(k, with: $0) } || boilerplateSuffixes.contains { k.hasSuffix($0) }
    }

    /// Whether `line` starts with `phrase` as whole words (`subscribe` does not open `subscribers`).
    private static func opens(_ line: String, with phrase: String) -> Bool {
        guard line.hasPrefix(phrase) else { return false }
        guard let next = line.unicodeScalars.dropFirst(phrase.unicodeScalars.count).first,
              let last = phrase.unicodeScalars.last else { return true }
        let isLetter = { (s: Unicode.Scalar) in UTF8Scalars.isArabicLetter(s.value) || UTF8Scalars.isLatinLetter(s.value) }
        return !(isLetter(next) && isLetter(last))
    }

    /// The comparison key: Arabic matching normalization, lower-cased Latin, single spaces.
    static func key(_ s: String) -> String {
        ArabicNormalizer(.matching).normalize(s).lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    private static func load(_ name: String) -> [String] { ResourceFile.lines(.module, name, "txt") }
}
