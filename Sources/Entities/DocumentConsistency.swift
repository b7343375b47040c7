/// Makes one document's names agree with themselves: a name is one thing throughout an article, so
/// when the tagger calls a name PERS three times and ORG once, all four become PERS, and where it left a
/// name it tagged elsewhere untagged (more often tagged than not), that occurrence is tagged too; and a
/// short mention that follows words of a longer mention of the same name (عبد اللهيان after أمير, when
/// the article said حسين أمير عبد اللهيان) takes those words in.
enum DocumentConsistency {
    /// Rewrites `tags` (tag indexes of `model`, one array per sentence) given each token's bare-word
    /// hash (`TokenKeys.bare`, the word without proclitics), in place.
    static func apply(_ tags: inout [[Int]], bare: [[UInt64]], model: SequenceTagger) {
        let names = model.tags, bio = BIOTags(names)
        var index: [String: Int] = [:]
        for (i, t) in names.enumerated() { index[t] = i }
        func surface(_ s: Int, _ span: TokenSpan) -> UInt64 { TaggerLexicons.phraseHash(bare[s][span.start..<span.end]) }

        var votes: [UInt64: [String: Int]] = [:]
        var spans: [[TokenSpan]] = []
        for (s, sentence) in tags.enumerated() {
            let found = EntitySpans.spans(sentence, bio)
            spans.append(found)
            for span in found { votes[surface(s, span), default: [:]][span.type, default: 0] += 1 }
        }
        func majority(_ key: UInt64) -> (type: String, count: Int, total: Int)? {
            guard let v = votes[key], let best = v.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key })
            else { return nil }
            let total = v.values.reduce(0, +)
            // A strict majority only: a tie keeps every label as it is.
            return v.values.filter { $0 == best.value }.count == 1 ? (best.key, best.value, total) : nil
        }
        // Untagged occurrences of one-word names, counted to see whether the name is mostly tagged.
        var untagged: [UInt64: Int] = [:]
        for (s, sentence) in tags.enumerated() {
            for (i, t) in sentence.enumerated() where t == 0 { untagged[TaggerLexicons.phraseHash([bare[s][i]]), default: 0] += 1 }
        }
        // Longer mentions, by type and last word, as distinct sequences of bare words, for extending shorter
        // ones leftwards (indexed so that a long article with many names stays linear).
        var longer: [String: [UInt64: Set<[UInt64]>]] = [:]
        for (s, found) in spans.enumerated() {
            for span in found where span.end - span.start >= 2 {
                longer[span.type, default: [:]][bare[s][span.end - 1], default: []].insert(Array(bare[s][span.start..<span.end]))
            }
        }
        for s in tags.indices {
            for span in spans[s] {
                let words = bare[s][span.start..<span.end]
                var start = span.start
                for full in longer[span.type]?[bare[s][span.end - 1]] ?? [] where full.count > words.count && full.suffix(words.count).elementsEqual(words) {
                    var k = span.start, j = full.count - words.count
                    while k > 0, j > 0, tags[s][k - 1] == 0, bare[s][k - 1] == full[j - 1] { k -= 1; j -= 1 }
                    start = min(start, k)
                }
                if start < span.start, let b = index["B-\(span.type)"], let i = index["I-\(span.type)"] {
                    for k in start..<span.end { tags[s][k] = k == start ? b : i }
                }
            }
            // Re-read the spans: extension may have changed them.
            spans[s] = EntitySpans.spans(tags[s], bio)
            for span in spans[s] {
                guard let m = majority(surface(s, span)), m.type != span.type,
                      let b = index["B-\(m.type)"], let i = index["I-\(m.type)"] else { continue }
                for k in span.start..<span.end { tags[s][k] = k == span.start ? b : i }
            }
            for k in tags[s].indices where tags[s][k] == 0 {
                let key = TaggerLexicons.phraseHash([bare[s][k]])
                guard let m = majority(key), m.total >= 2, m.total > untagged[key, default: 0],
                      k + 1 == tags[s].count || !names[tags[s][k + 1]].hasPrefix("I-"),
                      let b = index["B-\(m.type)"] else { continue }
                tags[s][k] = b
            }
        }
    }
}

extension SequenceTagger {
    /// Tags the sentences of one document (tokens as strings), then makes its names consistent and
    /// mends their last words, as `EntityRecognizer` does for an article.
    public func tagDocument(_ sentences: [[String]], scratch: Scratch) -> [[String]] {
        var ids: [[Int]] = [], bare: [[UInt64]] = []
        for tokens in sentences {
            let text = TokenText(tokens)
            ids.append(text.bytes.withUnsafeBufferPointer { tag($0, text.ranges, scratch: scratch) })
            bare.append(tokens.isEmpty ? [] : scratch.keys.map(\.bare))
        }
        DocumentConsistency.apply(&ids, bare: bare, model: self)
        NameEdges.apply(&ids, bare: bare, model: self)
        return ids.map { $0.map { tags[$0] } }
    }
}
