import Foundation

/// Reads the text resources bundled with a module (lexicons, rule lists).
public enum ResourceFile {
    /// The whole text of `name.ext` in `bundle`. A missing or unreadable bundled resource means a
    /// broken installation, so it stops the program with a message saying which file.
    public static func text(_ bundle: Bundle, _ name: String, _ ext: String) -> String {
        guard let url = bundle.url(forResource: name, withExtension: ext),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("Marsad's bundled resource \(name).\(ext) is missing from \(bundle.bundlePath); rebuild or reinstall Marsad")
        }
        return text
    }

    /// The bytes of `name.ext` in `bundle` (binary resources such as models); stops the program when missing.
    public static func bytes(_ bundle: Bundle, _ name: String, _ ext: String) -> [UInt8] {
        guard let url = bundle.url(forResource: name, withExtension: ext), let data = try? Data(contentsOf: url) else {
            fatalError("Marsad's bundled resource \(name).\(ext) is missing from \(bundle.bundlePath); rebuild or reinstall Marsad")
        }
        return [UInt8](data)
    }

    /// The lines of `name.ext`, trimmed, without blank lines and `#` comments.
    public static func lines(_ bundle: Bundle, _ name: String, _ ext: String) -> [String] {
        text(bundle, name, ext).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}
