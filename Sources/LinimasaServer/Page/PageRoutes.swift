internal import Foundation
internal import Hummingbird

/// The web page and the OpenAPI document, served from the module's resources.
///
/// The page is plain HTML, CSS and JavaScript with no build step and nothing fetched from
/// elsewhere; it reads the JSON API. Files are read once, at the first request.
enum PageRoutes {
    /// Path → (resource file, content type).
    static let files: [(path: String, file: String, type: String)] = [
        ("/", "page/index.html", "text/html; charset=utf-8"),
        ("/app.js", "page/app.js", "text/javascript; charset=utf-8"),
        ("/app.css", "page/app.css", "text/css; charset=utf-8"),
        ("/openapi.json", "openapi.json", "application/json; charset=utf-8"),
    ]

    /// The bytes of every file, loaded once.
    static let contents: [String: [UInt8]] = {
        var out: [String: [UInt8]] = [:]
        for item in files {
            guard let url = Bundle.module.url(forResource: "Resources/" + item.file, withExtension: nil),
                let data = try? Data(contentsOf: url)
            else { continue }
            out[item.file] = Array(data)
        }
        return out
    }()

    static func add(to router: Router<APIContext>) {
        for item in files {
            router.get(RouterPath(item.path)) { _, _ in
                guard let bytes = contents[item.file] else {
                    throw HTTPError(.internalServerError, message: "the page file \(item.file) is missing from this build")
                }
                var headers = HTTPFields()
                headers[.contentType] = item.type
                headers[.cacheControl] = "no-cache"
                headers[.contentSecurityPolicy] =
                    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'"
                headers[.xContentTypeOptions] = "nosniff"
                return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
            }
        }
    }

    /// The OpenAPI document's bytes (tests compare its paths with the router's).
    static var openAPI: [UInt8]? { contents["openapi.json"] }
}
