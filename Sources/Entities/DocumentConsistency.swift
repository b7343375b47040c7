/// Makes one document's names agree with themselves: a name is one thing throughout an article, so
/// when the tagger calls a name PERS three times and ORG once, all four become PERS, and where it left a
/// name it tagged elsewhere untagged (more often tagged than not), that occurrence is tagged too; and a
/// short mention that follows words of a longer mention of the same name (عبد اللهيان after أمير, when
/// the article said حسين أمير عبد اللهيان) takes those words in.
enum DocumentConsistency {
    /// Rewrites `tags` (tag indexes of `model`, one array per sentence) given each token's bare-word
    /// hash (`TokenKeys.bare`, the word without proclitics), in place.
    static func apply(_ tags: inout [[Int]], bare: [[UInt64]], model: SequenceTagger) {
        let bio = model.bio, begin = bio.beginTag, inside = bio.insideTag
        func surface(_ s: Int, _ span: TokenSpan) -> UInt64 { TaggerLexicons.phraseHash(bare[s][span.start..<span.end]) }
        /// A span's type index: its first tag's.
        func type(_ s: Int, _ span: TokenSpan) -> Int { bio.type[tags[s][span.start]] }

        // Votes for each name (by surface hash): a row of counts by type index.
        var voteRows: [UInt64: Int] = [:], votes: [[Int]] = []
        var spans: [[TokenSpan]] = []
        for (s, sentence) in tags.enumerated() {
            let found = EntitySpans.spans(sentence, bio)
            spans.append(found)
            for span in found {
                let key = surface(s, span)
                let row = voteRows[key] ?? { votes.append([Int](repeating: 0, count: bio.typeNames.count)); voteRows[key] = votes.count - 1; return votes.count - 1 }()
                votes[row][type(s, span)] += 1
            }
        }
        func majority(_ key: UInt64) -> (type: Int, count: Int, total: Int)? {
            guard let row = voteRows[key] else { return nil }
            let v = votes[row]
            var best = 0, total = 0, ties = 0   // ties: how many types have the best count
            for (t, n) in v.enumerated() {
                total += n
                if n > v[best] { best = t; ties = 1 } else if n == v[best] { ties += 1 }
            }
            // A strict majority only: a tie keeps every label as it is.
            return ties == 1 ? (best, v[best], total) : nil
        }
        // Untagged occurrences of one-word names, counted to see whether the name is mostly tagged.
        var untagged: [UInt64: Int] = [:]
        for (s, sentence) in tags.enumerated() {
            for (i, t) in sentence.enumerated() where t == 0 {
                let key = TaggerLexicons.phraseHash(CollectionOfOne(bare[s][i]))
                untagged[key, default: 0] += 1
            }
        }
        // Longer mentions, by type and last word, as distinct sequences of bare words, for extending shorter
        // ones leftwards (indexed so that a long article with many names stays linear).
        var longer = [[UInt64: Set<[UInt64]>]](repeating: [:], count: bio.typeNames.count)
        for (s, found) in spans.enumerated() {
            for span in found where span.end - span.start >= 2 {
                longer[type(s, span)][bare[s][span.end - 1], default: []].insert(Array(bare[s][span.start..<span.end]))
            }
        }
        for s in tags.indices {
            for span in spans[s] {
                let words = bare[s][span.start..<span.end], t = type(s, span)
                var start = span.start
                for full in longer[t][bare[s][span.end - 1]] ?? [] where full.count > words.count && full.suffix(words.count).elementsEqual(words) {
                    var k = span.start, j = full.count - words.count
                    while k > 0, j > 0, tags[s][k - 1] == 0, bare[s][k - 1] == full[j - 1] { k -= 1; j -= 1 }
                    start = min(start, k)
                }
                if start < span.start, let b = begin[t], let i = inside[t] {
                    for k in start..<span.end { tags[s][k] = k == start ? b : i }
                }
            }
            // Re-read the spans: extension may have changed them.
            spans[s] = EntitySpans.spans(tags[s], bio)
            for span in spans[s] {
                guard let m = majority(surface(s, span)), m.type != type(s, span),
                      let b = begin[m.type], let i = inside[m.type] else { continue }
                for k in span.start..<span.end { tags[s][k] = k == span.start ? b : i }
            }
            for k in tags[s].indices where tags[s][k] == 0 {
                let key = TaggerLexicons.phraseHash(CollectionOfOne(bare[s][k]))
                guard let m = majority(key), m.total >= 2, m.total > untagged[key] ?? 0,
                      k + 1 == tags[s].count || !bio.inside[tags[s][k + 1]],
                      let b = begin[m.type] else { continue }
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
        let texts = sentences.map(TokenText.init)
        for text in texts {
            ids.append(text.bytes.withUnsafeBufferPointer { tag($0, text.ranges, scratch: scratch) })
            bare.append(text.ranges.isEmpty ? [] : scratch.keys.map(\.bare))
        }
        DocumentConsistency.apply(&ids, bare: bare, model: self)
        NameEdges.apply(&ids, bare: bare, model: self,
                        clitics: { s, k in texts[s].bytes.withUnsafeBufferPointer { NameEdges.clitics($0, texts[s].ranges[k], segmenter) } },
                        familyName: { s, k in NameEdges.mayBeFamilyName(texts[s].bytes, texts[s].ranges[k]) })
        return ids.map { $0.map { tags[$0] } }
    }
}
