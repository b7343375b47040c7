import MarsadCore
import ArabicText
import Actors

/// Nouns for the bodies news names by what they are, not by a name (الشرطة، قوات الأمن، الحكومة،
/// منظمات حقوقية), read from `agent-nouns.tsv`: each a CAMEO agent code, and whether it is a body of
/// the article's country when nothing says whose.
public struct AgentNouns: Sendable {
    /// An agent noun found in a text.
    public struct Found: Equatable, Sendable {
        /// The noun without its proclitic (for لل, from the second ل: ل says whom something is for).
        public var span: ByteSpan
        /// The index of the token after its last word.
        public var next: Int
        /// CAMEO agent code (`COP`).
        public var code: String
        /// Whether it is a body of the article's country unless something says whose.
        public var domestic: Bool
    }

    /// A form as written with a proclitic or none: the bytes the word must begin with (the name key
    /// forgives the article, so حكومة and الحكومة, لحكومة and للحكومة share a key) and `lead` bytes of
    /// proclitic before the noun's span.
    struct Form: Sendable { var rest: [UInt64]; var written: [UInt8]; var lead: Int; var code: String; var domestic: Bool }
    /// Forms by the hash of their first word as written with each proclitic, longest form first: a word's
    /// hash, made once per document, finds its forms in one lookup.
    let byFirst: WordHashMap<[Form]>

    /// The bundled agent nouns.
    public static let standard: AgentNouns = {
        do { return try AgentNouns(ResourceFile.text(.module, "agent-nouns", "tsv"), file: "agent-nouns.tsv") } catch {
            fatalError("Marsad's bundled agent nouns are unreadable: \(error)")
        }
    }()

    /// Reads an agent-noun file; a malformed line is an error naming the file and line.
    public init(_ text: String, file: String) throws {
        var byFirst: [UInt64: [Form]] = [:]
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 3, f[0].count == 3, f[0].allSatisfy(\.isUppercase), f[1] == "home" || f[1] == "none" else {
                throw MarsadError(.malformed, "\(file):\(n + 1): expected an agent code, home|none, forms")
            }
            for form in f[2].split(separator: "|") {
                let words = form.split(separator: " ")
                guard let first = words.first, !NameKey.key(form).isEmpty else { throw MarsadError(.malformed, "\(file):\(n + 1): empty form") }
                let rest = words.dropFirst().map { NameKey.hash(ofKey: NameKey.key($0)) }
                // (written, proclitic letters before the span, article to check): و، ف، ب، ك and their pairs
                // before the article; لل (the span from its second ل, so that ل stays before it).
                var variants: [(word: String, begins: String, lead: String)] = []
                if first.hasPrefix("ال") {
                    for p in ["", "و", "ف", "ب", "ك", "وب", "فب", "وك"] { variants.append((p + first, p + "ال", p)) }
                    for p in ["", "و", "ف"] { variants.append((p + "ل" + first.dropFirst(), p + "لل", p + "ل")) }
                } else {
                    for p in ["", "و", "ف"] { variants.append((p + first, p, p)) }
                }
                for v in variants {
                    byFirst[NameKey.hash(ofKey: NameKey.key(v.word)), default: []].append(
                        Form(rest: rest, written: Array(v.begins.utf8), lead: v.lead.utf8.count, code: String(f[0]), domestic: f[1] == "home"))
                }
            }
        }
        self.byFirst = WordHashMap(byFirst.mapValues { $0.sorted { $0.rest.count > $1.rest.count } })
    }

    /// The agent nouns among `tokens`, leaving out tokens `covered` marks (a name the tagger found).
    public func find(_ text: [UInt8], tokens: [Token], words: WordHashes, covered: [Bool]) -> [Found] {
        var found: [Found] = []
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            guard !covered[i], let h = words[i], let forms = byFirst[h] else { continue }
            let t = tokens[i]
            for form in forms {
                guard t.end - t.start > form.written.count, text[t.start..<t.start + form.written.count].elementsEqual(form.written) else { continue }
                let start = t.start + form.lead
                var k = i + 1, matched = true
                for r in form.rest {
                    guard k < tokens.count, tokens[k].kind == .word, !covered[k], words[k] == r else { matched = false; break }
                    k += 1
                }
                guard matched else { continue }
                found.append(Found(span: ByteSpan(start, tokens[k - 1].end), next: k, code: form.code, domestic: form.domestic))
                i = k - 1
                break
            }
        }
        return found
    }
}
