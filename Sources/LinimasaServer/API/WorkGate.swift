internal import Hummingbird

/// Runs costly requests (timelines, searches) a few at a time, first come first served, and
/// drops a request whose client has gone while it waited.
///
/// Two hundred clients asking at once would otherwise all start their work together, each
/// taking longer, and work for clients that gave up would keep the server busy after they
/// left. With the gate, the work in progress is bounded and every answer is computed for
/// someone still waiting for it.
actor WorkGate {
    let permits: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(permits: Int) {
        self.permits = max(1, permits)
    }

    /// Runs `body` once a permit is free, if `wanted()` still holds then (the client is
    /// still connected); otherwise throws ``CancellationError``.
    nonisolated func run<T: Sendable>(
        while wanted: @Sendable () -> Bool,
        _ body: @Sendable () async throws -> T
    ) async throws -> T {
        await acquire()
        guard wanted() else {
            await release()
            throw CancellationError()
        }
        do {
            let result = try await body()
            await release()
            return result
        } catch {
            await release()
            throw error
        }
    }

    private func acquire() async {
        if running < permits {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            // The permit passes to the first waiter.
            waiting.removeFirst().resume()
        }
    }
}
