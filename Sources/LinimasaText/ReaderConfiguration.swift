/// How the readers treat their input.
public struct ReaderConfiguration: Sendable {
    /// Inputs larger than this many bytes are refused. The default is 16 MiB.
    public var maxBytes: Int = 16 << 20
    /// A line that appears in at least this many articles of one outlet in a batch is boilerplate. The default is 3.
    public var repeatedLineMinimumArticles: Int = 3

    public init() {}
}
