import MarsadCore

/// Bundled word lists of the Entities module.
public enum ResourceLines {
    /// Words and phrases that head a title or role (`title-words.txt`).
    public static let titleWords: [String] = ResourceFile.lines(.module, "title-words", "txt")
}
