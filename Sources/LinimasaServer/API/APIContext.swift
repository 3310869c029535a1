internal import Foundation
public import Hummingbird
internal import LinimasaCore

/// The request context of every route.
public struct APIContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Whether the client is still connected (its connection is open).
    let clientConnected: @Sendable () -> Bool

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        let channel = source.channel
        self.clientConnected = { channel.isActive }
    }

    /// Snake-case keys, sorted, slashes unescaped: the API's JSON style.
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .custom { path in SnakeCaseKey(path.last!.stringValue) }
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}
