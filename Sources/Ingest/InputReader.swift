import Foundation
import MarsadCore
import ArabicText
import ZIPFoundation

/// Reads articles from files, folders, zip archives and standard input, in a stable order.
///
/// A path may hold plain or scraped text, HTML, a JSON object, a JSON array of objects or JSON Lines;
/// the format is told from the content, not the file name. Folders are read recursively in name
/// order; zip archives member by member. Each failure names its input and does not stop the others.
public struct InputReader: Sendable {
    /// Forces an encoding instead of detecting one.
    public var encoding: TextEncoding?

    /// Creates a reader.
    public init(encoding: TextEncoding? = nil) { self.encoding = encoding }

    /// Reads every article under `path` (`-` is standard input), calling `emit` for each article or failure.
    public func read(_ path: String, emit: (Result<RawArticle, InputFailure>) -> Void) {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            parse([UInt8](data), origin: "-", emit: emit)
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            emit(.failure(InputFailure(origin: path, error: MarsadError(.unreadable, "no such file or directory"))))
            return
        }
        if isDirectory.boolValue {
            readDirectory(path, emit: emit)
            return
        }
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            emit(.failure(InputFailure(origin: path, error: MarsadError(.unreadable, "cannot read the file (\(Self.reason(error)))"))))
            return
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            readZip(bytes, origin: path, emit: emit)
        } else {
            parse(bytes, origin: path, emit: emit)
        }
    }

    private func readDirectory(_ path: String, emit: (Result<RawArticle, InputFailure>) -> Void) {
        guard let walker = FileManager.default.enumerator(atPath: path) else {
            emit(.failure(InputFailure(origin: path, error: MarsadError(.unreadable, "cannot list the directory"))))
            return
        }
        var files: [String] = []
        while let item = walker.nextObject() as? String {
            let full = (path as NSString).appendingPathComponent(item)
            let hidden = (item as NSString).lastPathComponent.hasPrefix(".")
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                if hidden { walker.skipDescendants() }
            } else if !hidden {
                files.append(full)
            }
        }
        if files.isEmpty {
            emit(.failure(InputFailure(origin: path, error: MarsadError(.noArticle, "the directory holds no files"))))
        }
        for file in files.sorted() { read(file, emit: emit) }
    }

    private func readZip(_ bytes: [UInt8], origin: String, emit: (Result<RawArticle, InputFailure>) -> Void) {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            emit(.failure(InputFailure(origin: origin, error: MarsadError(.malformed, "not a readable zip archive (\(Self.reason(error)))"))))
            return
        }
        let entries = archive.filter { entry in
            entry.type == .file && !entry.path.split(separator: "/").contains { $0.hasPrefix(".") || $0 == "__MACOSX" }
        }.sorted { $0.path < $1.path }
        for entry in entries {
            var member = [UInt8]()
            member.reserveCapacity(Int(clamping: min(entry.uncompressedSize, 1 << 30)))
            do {
                _ = try archive.extract(entry, bufferSize: 1 << 20, skipCRC32: false) { member.append(contentsOf: $0) }
            } catch {
                emit(.failure(InputFailure(origin: "\(origin)!\(entry.path)", error: MarsadError(.malformed, "cannot extract (\(Self.reason(error)))"))))
                continue
            }
            parse(member, origin: "\(origin)!\(entry.path)", emit: emit)
        }
    }

    /// Decodes bytes and tells their format from the content.
    public func parse(_ bytes: [UInt8], origin: String, emit: (Result<RawArticle, InputFailure>) -> Void) {
        let decoded: DecodedText
        do {
            decoded = try TextDecoder.decode(bytes, forced: encoding)
        } catch let error as MarsadError {
            emit(.failure(InputFailure(origin: origin, error: error)))
            return
        } catch {
            emit(.failure(InputFailure(origin: origin, error: MarsadError(.undecodable, "\(error)"))))
            return
        }
        let text = decoded.utf8
        guard let first = text.firstIndex(where: { !JSONArticles.isSpace($0) }) else {
            emit(.failure(InputFailure(origin: origin, error: MarsadError(.noArticle, "empty input"))))
            return
        }
        switch text[first] {
        case let b where (b == UInt8(ascii: "[") || b == UInt8(ascii: "{")) && Self.opensJSON(text, first):
            JSONArticles.read(text, opening: text[first], origin: origin, encoding: decoded.encoding, emit: emit)
        case UInt8(ascii: "<") where HTMLText.looksLikeHTML(text):
            var article = RawArticle(origin: origin, body: text, format: .html)
            article.encoding = decoded.encoding
            emit(.success(article))
        default:
            var article = RawArticle(origin: origin, body: text, format: .text)
            article.encoding = decoded.encoding
            emit(.success(article))
        }
    }

    /// `{` or `[` followed by what JSON allows next (`{"`, `[{`, `[1`, `[]`), not text such as `[فيديو]`.
    private static func opensJSON(_ text: [UInt8], _ at: Int) -> Bool {
        guard let next = text[(at + 1)...].first(where: { !JSONArticles.isSpace($0) }) else { return true }
        return jsonValueStarts.contains(next)
    }

    private static let jsonValueStarts = Set("\"{[]}-0123456789tfn".utf8)

    static func reason(_ error: Error) -> String {
        if let error = error as? CocoaError, let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return (error as NSError).localizedDescription
    }
}

/// An input that could not be read, and why.
public struct InputFailure: Error, Sendable {
    /// The path (and record or member) that failed.
    public var origin: String
    /// What went wrong.
    public var error: MarsadError
    /// Creates a failure for an input.
    public init(origin: String, error: MarsadError) { self.origin = origin; self.error = error }
}
