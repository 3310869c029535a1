import Testing

@testable import LinimasaServer

/// The gate in front of timelines and searches: a few at a time, and nothing for clients gone.
struct WorkGateTests {
    actor Occupancy {
        var now = 0
        var most = 0
        func enter() {
            now += 1
            most = max(most, now)
        }
        func leave() { now -= 1 }
    }

    @Test func runsAtMostItsPermitsAtOnce() async throws {
        let gate = WorkGate(permits: 2)
        let occupancy = Occupancy()
        try await withThrowingTaskGroup(of: Int.self) { group in
            for n in 0..<12 {
                group.addTask {
                    try await gate.run(while: { true }) {
                        await occupancy.enter()
                        try await Task.sleep(for: .milliseconds(10))
                        await occupancy.leave()
                        return n
                    }
                }
            }
            var done = 0
            for try await _ in group { done += 1 }
            #expect(done == 12)
        }
        #expect(await occupancy.most == 2)
        #expect(await occupancy.now == 0)
    }

    @Test func dropsWorkForAClientThatHasGone() async throws {
        let gate = WorkGate(permits: 1)
        await #expect(throws: CancellationError.self) {
            try await gate.run(while: { false }) { 1 }
        }
        // The permit came back: the next request runs.
        #expect(try await gate.run(while: { true }) { 2 } == 2)
    }
}
