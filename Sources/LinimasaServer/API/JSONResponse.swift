internal import Foundation
public import Hummingbird

/// A value sent as JSON in the API's style (``APIContext/encoder``).
public struct JSONResponse<Value: Encodable & Sendable>: ResponseGenerator {
    public var value: Value
    public var status: HTTPResponse.Status

    public init(_ value: Value, status: HTTPResponse.Status = .ok) {
        self.value = value
        self.status = status
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        try encoded()
    }

    /// The response, encoded now (for work that should include the encoding).
    public func encoded() throws -> Response {
        Response.json(ByteBuffer(bytes: try APIContext.encoder.encode(value)), status: status)
    }
}

/// One page of a longer list, with where it starts and whether more follow.
public struct Page<Item: Encodable & Sendable>: Encodable, Sendable {
    public var items: [Item]
    public var offset: Int
    public var limit: Int
    /// How many items there are in all, when the list was counted whole.
    public var total: Int?
    /// Whether another page follows.
    public var more: Bool

    public init(items: [Item], offset: Int, limit: Int, total: Int? = nil, more: Bool) {
        self.items = items
        self.offset = offset
        self.limit = limit
        self.total = total
        self.more = more
    }

    /// The page of `all` that `paging` asks for.
    init(slicing all: [Item], _ paging: Paging) {
        let start = min(paging.offset, all.count)
        let end = min(start + paging.limit, all.count)
        self.init(items: Array(all[start..<end]), offset: paging.offset, limit: paging.limit, total: all.count, more: end < all.count)
    }

    /// A page read with one item more than asked, to know whether more follow.
    init(probed items: [Item], _ paging: Paging) {
        self.init(
            items: Array(items.prefix(paging.limit)),
            offset: paging.offset,
            limit: paging.limit,
            more: items.count > paging.limit
        )
    }
}

extension Response {
    /// A JSON response with a body encoded before.
    static func json(_ body: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: body))
    }
}
