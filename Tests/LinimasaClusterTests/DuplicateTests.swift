import Foundation
import LinimasaCluster
import LinimasaCore
import Testing

/// Exact and near-duplicate detection (MinHash with LSH).
struct DuplicateTests {
    typealias A = ClusterTestArticles

    @Test func exactCopyIgnoresCaseAndSpacing() throws {
        var clusterer = try StoryClusterer(pack: A.pack)
        let original = A.quakeA
        let copy = A.make(
            [original.article.body.uppercased().replacingOccurrences(of: " ", with: "  ")],
            title: "Judul lain",
            outlet: "Salinan",
            published: "2025-02-11"
        )
        _ = clusterer.add(original)
        let placement = clusterer.add(copy)
        #expect(placement.duplicateOf == DuplicateMatch(articleID: original.article.id, kind: .exact, similarity: 1))
        #expect(placement.storyID == original.article.id)
    }

    @Test func syndicatedCopyWithOtherTitleAndTrimmedSentenceIsNear() throws {
        var clusterer = try StoryClusterer(pack: A.pack)
        let original = A.quakeA
        let paragraphs = original.article.body.components(separatedBy: "\n\n")
        let copy = A.make(
            ["GARUT, KABARNUSA - " + paragraphs[0], paragraphs[1], "Baca juga: Daftar posko pengungsian gempa"],
            title: "Ratusan rumah rusak diguncang gempa",
            outlet: "KabarNusa",
            published: "2025-02-11"
        )
        _ = clusterer.add(original)
        let placement = clusterer.add(copy)
        let match = try #require(placement.duplicateOf)
        #expect(match.articleID == original.article.id)
        #expect(match.kind == .near)
        #expect(match.similarity >= 0.5 && match.similarity < 1)
        #expect(placement.storyID == original.article.id)
    }

    @Test func thresholdIsConfigurable() throws {
        var configuration = StoryConfiguration()
        configuration.nearDuplicateThreshold = 0.99
        var clusterer = try StoryClusterer(pack: A.pack, configuration: configuration)
        let paragraphs = A.quakeA.article.body.components(separatedBy: "\n\n")
        _ = clusterer.add(A.quakeA)
        let placement = clusterer.add(A.make(Array(paragraphs.prefix(2)), published: "2025-02-11"))
        #expect(placement.duplicateOf == nil)
    }

    @Test func sameEventInOtherWordsIsNotADuplicate() throws {
        var clusterer = try StoryClusterer(pack: A.pack)
        _ = clusterer.add(A.quakeA)
        let placement = clusterer.add(A.quakeB)
        #expect(placement.duplicateOf == nil)
    }
}
