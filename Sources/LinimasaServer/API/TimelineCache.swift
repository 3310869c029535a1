internal import Foundation
internal import NIOCore

/// Encoded timeline pages, shared by identical requests in flight and kept a while when they
/// were fused at query time (while the store's kept timeline is not current, or from a store
/// that keeps none). Pages read from the kept timeline cost an index read and are not kept.
///
/// A kept answer lasts ``lifetime`` (another process may ingest into the store meanwhile) and
/// is dropped at once when this server ingests. At most ``capacity`` answers are kept, the least
/// recently used going first. Requests for an answer being computed wait for that computation
/// instead of starting their own, so a crowd asking the same thing reads, fuses and encodes it
/// once; if the request that started it is dropped (its client left), the next one computes
/// it itself.
actor TimelineCache {
    struct Answer: Sendable {
        /// The response body.
        var body: ByteBuffer
        /// Whether to keep it for later requests (it was costly).
        var keep: Bool
    }

    private struct Slot {
        var answer: Task<Answer, any Error>
        var stored: ContinuousClock.Instant
        var used: UInt64
    }

    let capacity: Int
    let lifetime: Duration
    private var slots: [String: Slot] = [:]
    private var clock: UInt64 = 0

    init(capacity: Int = 64, lifetime: Duration = .seconds(30)) {
        self.capacity = capacity
        self.lifetime = lifetime
    }

    /// The answer for `key`, computing it when missing or stale.
    func answer(_ key: String, compute: @escaping @Sendable () async throws -> Answer) async throws -> Answer {
        clock += 1
        let now = ContinuousClock.now
        if var slot = slots[key], now - slot.stored < lifetime {
            slot.used = clock
            slots[key] = slot
            do {
                return try await slot.answer.value
            } catch is CancellationError {
                // Dropped for the request that started it: compute it for this one.
                return try await computing(key, compute: compute)
            }
        }
        return try await computing(key, compute: compute)
    }

    private func computing(_ key: String, compute: @escaping @Sendable () async throws -> Answer) async throws -> Answer {
        let now = ContinuousClock.now
        if slots[key] == nil, slots.count >= capacity, let oldest = slots.min(by: { $0.value.used < $1.value.used })?.key {
            slots.removeValue(forKey: oldest)
        }
        let task = Task { try await compute() }
        slots[key] = Slot(answer: task, stored: now, used: clock)
        do {
            let answer = try await task.value
            if !answer.keep, slots[key]?.stored == now { slots.removeValue(forKey: key) }
            return answer
        } catch {
            // A failure is not kept: the next request tries again.
            if slots[key]?.stored == now { slots.removeValue(forKey: key) }
            throw error
        }
    }

    /// Forgets every answer (after an ingest).
    func clear() { slots.removeAll() }
}
