import Foundation
import MarsadCore

/// One sentence of a CoNLL file: its tokens and, per token, the tag of each annotation layer.
public struct CoNLLSentence: Sendable, Equatable {
    /// The tokens as written.
    public var tokens: [String]
    /// `tags[i]` holds token i's tags, one per layer (ANERcorp has one layer, Wojood up to four).
    public var tags: [[String]]
    /// The 1-based line number of the sentence's first token, for messages.
    public var line: Int

    /// Creates a sentence.
    public init(tokens: [String], tags: [[String]], line: Int) {
        self.tokens = tokens
        self.tags = tags
        self.line = line
    }
}

/// Reads and writes `token TAG` files: one token per line, whitespace between token and tag,
/// a blank line between sentences (the CoNLL 2003 convention ANERcorp, Wojood and WikiFANE follow).
public enum CoNLL {
    /// How strictly to read.
    public struct Options: Sendable {
        /// The most tag columns a line may carry (nested annotation such as Wojood's has up to four).
        public var maxTagColumns = 1
        /// Whether a line with more than one column before its tags joins them into one token (ANERcorp's
        /// test file has a token with a space in it) instead of failing.
        public var joinExtraColumns = false
        /// Creates options.
        public init(maxTagColumns: Int = 1, joinExtraColumns: Bool = false) {
            self.maxTagColumns = maxTagColumns
            self.joinExtraColumns = joinExtraColumns
        }
    }

    /// Reads sentences with tags, failing on the first malformed line with its number.
    /// Accepts CRLF line ends, tabs or spaces between columns, and strips direction marks (WikiFANE
    /// starts every token with U+200E). `tagSet`, when given, lists the tags allowed.
    public static func read(_ text: String, options: Options = Options(), tagSet: Set<String>? = nil,
                            origin: String = "input") throws -> [CoNLLSentence] {
        var sentences: [CoNLLSentence] = []
        var current = CoNLLSentence(tokens: [], tags: [], line: 0)
        var lineNumber = 0
        func flush() {
            if !current.tokens.isEmpty { sentences.append(current) }
            current = CoNLLSentence(tokens: [], tags: [], line: 0)
        }
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let fields = Self.fields(raw).filter { !$0.isEmpty }
            if fields.isEmpty { flush(); continue }
            guard fields.count > 1 else {
                throw MarsadError(.malformed, "\(origin):\(lineNumber): missing tag after token \"\(fields[0])\"")
            }
            var tagCount = 0
            while tagCount < options.maxTagColumns, tagCount < fields.count - 1,
                  isWellFormed(fields[fields.count - 1 - tagCount]) { tagCount += 1 }
            guard tagCount > 0 else {
                throw MarsadError(.malformed, "\(origin):\(lineNumber): unknown tag \"\(fields.last!)\"")
            }
            let leading = fields.count - tagCount
            if leading > 1 && !options.joinExtraColumns {
                throw MarsadError(.malformed, "\(origin):\(lineNumber): \(fields.count) columns where `token TAG` was expected"
                                  + " (\"\(fields[1])\" is not a tag)")
            }
            let tags = Array(fields[leading...])
            for tag in tags where tagSet.map({ !$0.contains(tag) }) ?? false {
                throw MarsadError(.malformed, "\(origin):\(lineNumber): unknown tag \"\(tag)\"")
            }
            if current.tokens.isEmpty { current.line = lineNumber }
            current.tokens.append(fields[0..<leading].joined(separator: " "))
            current.tags.append(tags)
        }
        flush()
        // A very long single "sentence" is a file without sentence breaks, which would make one
        // decoding problem of a whole corpus: say so rather than train or score on it.
        if sentences.count == 1 && sentences[0].tokens.count > 20_000 {
            throw MarsadError(.malformed, "\(origin): no blank line between sentences in \(lineNumber) lines; "
                              + "CoNLL files separate sentences with blank lines")
        }
        return sentences
    }

    /// Reads untagged tokens: one per line (any further columns are ignored), blank lines between sentences.
    public static func readTokens(_ text: String) -> [[String]] {
        var sentences: [[String]] = []
        var current: [String] = []
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let token = Self.fields(raw).first ?? ""
            if token.isEmpty {
                if !current.isEmpty { sentences.append(current); current = [] }
            } else {
                current.append(token)
            }
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }

    /// The columns of a line, split at spaces and tabs, with direction marks removed (a column of
    /// marks only becomes empty).
    static func fields(_ line: Substring) -> [String] {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            .map { String(String.UnicodeScalarView($0.unicodeScalars.filter { !isDirectionMark($0) })) }
    }

    /// Whether a tag is `O` or `B-X` / `I-X` with a non-empty type.
    static func isWellFormed(_ tag: String) -> Bool {
        if tag == "O" { return true }
        let u = Array(tag.utf8)
        return u.count > 2 && (u[0] == UInt8(ascii: "B") || u[0] == UInt8(ascii: "I")) && u[1] == UInt8(ascii: "-")
    }

    static func isDirectionMark(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x200E || s.value == 0x200F || s.value == 0xFEFF || (0x202A...0x202E).contains(s.value)
    }
}
