/// How `linimasa serve` listens and who may do what.
public struct ServerConfiguration: Sendable {
    /// The address to listen on. The default is loopback only.
    public var host: String
    /// The TCP port; 0 picks a free one (tests). The default is 8080.
    public var port: Int
    /// The token `POST /api/articles` needs (`Authorization: Bearer …`); `nil` turns ingest
    /// over HTTP off. The default is `nil`.
    public var token: String?
    /// Whether reading needs the token too. The default is `false` (reading is open).
    public var privateReads: Bool
    /// The largest request body accepted, in bytes; bigger ones get 413. The default is 8 MiB.
    public var maxBodyBytes: Int
    /// The most items one page may hold (`limit`). The default is 200.
    public var maxPageSize: Int
    /// Seconds a connection may stay idle before it is closed. The default is 30.
    public var idleTimeoutSeconds: Int64
    /// The most connections served at once; more wait in the listen backlog. The default is 1,000.
    public var maxConnections: Int

    public init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        token: String? = nil,
        privateReads: Bool = false,
        maxBodyBytes: Int = 8 << 20,
        maxPageSize: Int = 200,
        idleTimeoutSeconds: Int64 = 30,
        maxConnections: Int = 1_000
    ) {
        self.host = host
        self.port = port
        self.token = token
        self.privateReads = privateReads
        self.maxBodyBytes = maxBodyBytes
        self.maxPageSize = maxPageSize
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.maxConnections = maxConnections
    }
}
