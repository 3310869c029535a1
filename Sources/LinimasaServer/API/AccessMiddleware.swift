internal import HTTPTypes
internal import Hummingbird

/// Who may call a route: writes need the token; reads need it too when reads are private.
///
/// The token comes as `Authorization: Bearer TOKEN` (or `X-Linimasa-Token`) and is compared
/// in constant time. A missing token is 401, a wrong one 403; with no token configured,
/// writing is turned off (403 saying how to turn it on).
struct AccessMiddleware<Context: RequestContext>: RouterMiddleware {
    let configuration: ServerConfiguration

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let writes = request.method != .get && request.method != .head && request.method != .options
        let isAPI = request.uri.path.hasPrefix("/api/")
        guard isAPI, writes || configuration.privateReads else { return try await next(request, context) }
        guard let token = configuration.token else {
            throw HTTPError(.forbidden, message: "ingest over HTTP is off; start `linimasa serve` with --token or LINIMASA_TOKEN")
        }
        guard let given = Self.presentedToken(request) else {
            throw HTTPError(.unauthorized, message: "this needs a token: send 'Authorization: Bearer TOKEN'")
        }
        guard Self.equalInConstantTime(Array(given.utf8), Array(token.utf8)) else {
            throw HTTPError(.forbidden, message: "the token is not valid")
        }
        return try await next(request, context)
    }

    /// The token the request presents, if any.
    static func presentedToken(_ request: Request) -> String? {
        if let header = request.headers[.authorization] {
            let parts = header.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer" { return String(parts[1]) }
            return nil
        }
        if let name = HTTPField.Name("X-Linimasa-Token"), let header = request.headers[name] { return header }
        return nil
    }

    /// Whether two byte strings are equal, taking the same time wherever they differ.
    static func equalInConstantTime(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = a.count ^ b.count
        for index in 0..<max(a.count, b.count) {
            let x = index < a.count ? a[index] : 0
            let y = index < b.count ? b[index] : 0
            difference |= Int(x ^ y)
        }
        return difference == 0
    }
}
