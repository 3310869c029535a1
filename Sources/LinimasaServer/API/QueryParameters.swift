internal import Foundation
internal import Hummingbird
internal import LinimasaCore

/// Where a list starts and how long it is: `offset` and `limit` of the query string.
struct Paging: Sendable {
    var offset: Int
    var limit: Int
}

/// The query string of a request, read with checks: a bad value is a 400 that names the
/// parameter, what it got and what it takes.
struct QueryParameters {
    let values: [String: String]

    /// Reads the raw query: `+` is a space (as forms send it), then `%XX` escapes are decoded,
    /// so `%2B` stays a plus. The first value of a repeated name counts.
    init(_ request: Request) {
        var values: [String: String] = [:]
        for pair in (request.uri.query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            let key = decode(parts[0])
            if values[key] == nil { values[key] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        self.values = values
    }

    /// A text parameter, trimmed; `nil` when absent or empty.
    func text(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    /// A text parameter that must be present.
    func required(_ name: String) throws -> String {
        guard let value = text(name) else { throw HTTPError(.badRequest, message: "missing query parameter '\(name)'") }
        return value
    }

    /// A `YYYY-MM-DD` day.
    func day(_ name: String) throws -> CalendarDate? {
        guard let value = text(name) else { return nil }
        guard value.utf8.count == 10, let date = CalendarDate(iso: value) else {
            throw HTTPError(.badRequest, message: "'\(name)' takes a date as YYYY-MM-DD, not '\(value)'")
        }
        return date
    }

    /// A whole number within `range`, else `fallback` when absent.
    func integer(_ name: String, _ fallback: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let value = text(name) else { return fallback }
        guard let number = Int(value), range.contains(number) else {
            throw HTTPError(
                .badRequest,
                message: "'\(name)' takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(value)'"
            )
        }
        return number
    }

    /// `true`/`false` (also `1`/`0`, `yes`/`no`).
    func flag(_ name: String) throws -> Bool {
        guard let value = text(name)?.lowercased() else { return false }
        switch value {
        case "1", "true", "yes": return true
        case "0", "false", "no": return false
        default: throw HTTPError(.badRequest, message: "'\(name)' takes true or false, not '\(value)'")
        }
    }

    /// `offset` and `limit`, the limit capped at `maxLimit`.
    func paging(defaultLimit: Int, maxLimit: Int) throws -> Paging {
        Paging(
            offset: try integer("offset", 0, in: 0...1_000_000),
            limit: try integer("limit", min(defaultLimit, maxLimit), in: 1...maxLimit)
        )
    }

    /// The `from`–`to` day range, checked to be in order.
    func days() throws -> (from: CalendarDate?, to: CalendarDate?) {
        let from = try day("from")
        let to = try day("to")
        if let from, let to, to < from {
            throw HTTPError(.badRequest, message: "'to' (\(to.iso)) is before 'from' (\(from.iso))")
        }
        return (from, to)
    }
}

extension Request {
    /// A path parameter, percent-decoded.
    func pathParameter(_ name: String, _ context: some RequestContext) throws -> String {
        let raw = try context.parameters.require(name)
        return raw.removingPercentEncoding ?? raw
    }
}
