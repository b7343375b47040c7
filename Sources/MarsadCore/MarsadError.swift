/// An error meant for a person: what went wrong, where, and (when known) what to do.
public struct MarsadError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A stable, open set of error kinds, each mapped to a CLI exit code.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The short name printed in messages.
        public let name: String
        /// Creates a code with a short name.
        public init(_ name: String) { self.name = name }
        /// The input could not be read (missing, a directory where a file was expected, permissions).
        public static let unreadable = Code("unreadable")
        /// The bytes are not text in any supported encoding.
        public static let undecodable = Code("undecodable")
        /// The input decodes, but holds no article (empty, markup only, no body field).
        public static let noArticle = Code("no-article")
        /// The input's structure is broken (invalid JSON, corrupt zip).
        public static let malformed = Code("malformed")
        /// A command-line value is invalid.
        public static let usage = Code("usage")
        /// The short name.
        public var description: String { name }
    }

    /// The kind of failure.
    public let code: Code
    /// A one-line message for a person.
    public let message: String

    /// Creates an error of a kind with a message.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
