internal import Foundation
public import Hummingbird
internal import LinimasaCore
internal import Logging

/// The body of every error answer: `{"error": {"status": 400, "message": "…"}}`.
struct APIErrorBody: Encodable, Sendable {
    struct Detail: Encodable, Sendable {
        var status: Int
        var message: String
    }
    var error: Detail
}

/// Turns every failure of a route into a JSON error with a one-line message: a bad request
/// names the parameter and why; a store failure is 503; anything unexpected is 500 and logged.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            return try Self.answer(error.status, error.body ?? error.status.reasonPhrase, request, context)
        } catch let error as LinimasaError {
            let status: HTTPResponse.Status =
                switch error.code {
                case .notFound: .notFound
                case .invalidInput: .badRequest
                case .storage: .serviceUnavailable
                default: .internalServerError
                }
            if status == .internalServerError || status == .serviceUnavailable {
                context.logger.error("\(request.method) \(request.uri.path): \(error.description)")
            }
            return try Self.answer(status, error.description, request, context)
        } catch let error as any HTTPResponseError {
            return try Self.answer(error.status, error.status.reasonPhrase, request, context)
        } catch {
            context.logger.error("\(request.method) \(request.uri.path): \(error)")
            return try Self.answer(.internalServerError, "internal error; see the server log", request, context)
        }
    }

    static func answer(_ status: HTTPResponse.Status, _ message: String, _ request: Request, _ context: Context) throws
        -> Response
    {
        let line = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        return try JSONResponse(APIErrorBody(error: .init(status: status.code, message: line)), status: status)
            .response(from: request, context: context)
    }
}
