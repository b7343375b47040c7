import Foundation
import MarsadCore

/// Tokens given as strings (CoNLL input) as the tagger reads them: one UTF-8 text, tokens separated
/// by a space, and each token's byte range in it.
public struct TokenText {
    /// The text.
    public var bytes: [UInt8] = []
    /// Byte range of each token.
    public var ranges: [Range<Int>] = []

    /// Joins `tokens` with spaces.
    public init(_ tokens: [String]) {
        for t in tokens {
            let start = bytes.count
            bytes.append(contentsOf: t.utf8)
            ranges.append(start..<bytes.count)
            bytes.append(0x20)
        }
    }

    /// The whole text of a UTF-8 file, or an error naming the path.
    public static func readFile(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw MarsadError(.unreadable, "\(path): cannot read") }
        guard let text = String(data: data, encoding: .utf8) else { throw MarsadError(.undecodable, "\(path): not UTF-8 text") }
        return text
    }
}
