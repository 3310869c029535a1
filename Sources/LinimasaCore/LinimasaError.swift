/// The one error type of the linimasa libraries.
///
/// A `code` for programs to match, a `message` for people that names the
/// input and what to do, the `cause` kept whole, and where it was thrown.
/// Article text stays out of `description`.
public struct LinimasaError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is. Match on this, never on `message`.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        public var description: String { name }

        /// The input cannot be read as an article: empty, binary, too large, no text.
        public static let invalidInput = Code(name: "invalidInput")
        /// A file or folder could not be opened or read.
        public static let unreadable = Code(name: "unreadable")
        /// Something asked for does not exist.
        public static let notFound = Code(name: "notFound")
        /// A data file shipped with or given to linimasa (lexicon, knowledge base) is malformed.
        public static let invalidData = Code(name: "invalidData")
        /// The store failed or holds data linimasa cannot use.
        public static let storage = Code(name: "storage")
    }

    public var code: Code
    /// What went wrong, with the input named, and what to do about it.
    public var message: String
    /// The error that caused this one, kept whole.
    public var cause: (any Error)?
    /// Where it was thrown (`#fileID:#line`), for logs.
    public var location: String

    public init(
        _ code: Code,
        _ message: String,
        cause: (any Error)? = nil,
        fileID: String = #fileID,
        line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.cause = cause
        self.location = "\(fileID):\(line)"
    }

    public var description: String { cause.map { "\(message) (\($0))" } ?? message }
}
