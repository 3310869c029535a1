import LinimasaCluster
import LinimasaTestSupport
import Testing

/// Stories, threads and copies do not depend on the order articles arrive in: the gold of the
/// samples and of the seeds scored after arrival in file order, newest first and three seeded
/// shuffles (see ``StoryEvaluationTests/ordered(_:)``).
struct StoryOrderTests {
    static let orders = [0, 1, 2, 3, 4]

    @Test(arguments: orders)
    func samples(order: Int) throws {
        let run = try StoryEvaluationTests.samplesRun(order: order)
        #expect(run.placements.count == run.gold.count, "order \(order): every sample read and clustered")
        #expect(run.misreported.isEmpty, "order \(order): moves not reported for \(run.misreported)")
        let scores = StoryEvaluationTests.figures(run)
        #expect(scores.duplicates >= 0.95, "samples, order \(order): duplicate pairs F1 \(scores.duplicates)")
        #expect(scores.stories >= 0.95, "samples, order \(order): story F1 \(scores.stories)")
        #expect(scores.threads >= 0.95, "samples, order \(order): thread F1 \(scores.threads)")
    }

    @Test(arguments: orders)
    func seeds(order: Int) throws {
        guard let run = try StoryEvaluationTests.seedsRun(order: order) else { return }  // no ../shared: nothing to score
        #expect(run.placements.count == run.gold.count, "order \(order): every seed read and clustered")
        #expect(run.misreported.isEmpty, "order \(order): moves not reported for \(run.misreported)")
        let scores = StoryEvaluationTests.figures(run)
        #expect(scores.duplicates >= 0.95, "seeds, order \(order): duplicate pairs F1 \(scores.duplicates)")
        #expect(scores.stories >= 0.95, "seeds, order \(order): story F1 \(scores.stories)")
        #expect(scores.threads >= 0.95, "seeds, order \(order): thread F1 \(scores.threads)")
    }
}
