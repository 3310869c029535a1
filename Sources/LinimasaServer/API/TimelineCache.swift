internal import Foundation
internal import Linimasa

/// Timeline pages fused at query time (while the store's kept timeline is not current, or from
/// a store that keeps none), so that repeated queries do not fuse again. Pages read from the
/// kept timeline cost an index read and are not kept.
///
/// An answer is kept for ``lifetime`` (another process may ingest into the store meanwhile) and
/// dropped at once when this server ingests. At most ``capacity`` answers are kept, the least
/// recently used going first. Requests for an answer being computed wait for that computation
/// instead of starting their own, so a crowd asking the same thing fuses it once.
actor TimelineCache {
    typealias Answer = TimelineSlice

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

    /// The answer for `key`, computing and keeping it when missing or stale.
    func answer(_ key: String, compute: @escaping @Sendable () async throws -> Answer) async throws -> Answer {
        clock += 1
        let now = ContinuousClock.now
        if var slot = slots[key], now - slot.stored < lifetime {
            slot.used = clock
            slots[key] = slot
            return try await slot.answer.value
        }
        if slots.count >= capacity, let oldest = slots.min(by: { $0.value.used < $1.value.used })?.key {
            slots.removeValue(forKey: oldest)
        }
        let task = Task { try await compute() }
        slots[key] = Slot(answer: task, stored: now, used: clock)
        do {
            let answer = try await task.value
            if !answer.fusedAtQueryTime, slots[key]?.stored == now { slots.removeValue(forKey: key) }
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
