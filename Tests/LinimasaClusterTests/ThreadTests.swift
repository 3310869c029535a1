import LinimasaCluster
import LinimasaCore
import Testing

/// Threads: stories linked by their entities, more strictly the further apart they are.
struct ThreadTests {
    typealias A = ClusterTestArticles

    static func visit(_ published: String, _ paragraphs: [String]) -> AnalyzedArticle {
        A.make(paragraphs, outlet: "Kabar Dunia", published: published, names: [A.kim, A.northKorea, A.russia, A.pyongyang, A.moscow, A.antara])
    }

    static let spring = [
        "Pemimpin Korea Utara Kim Jong Un menerima delegasi Rusia di Pyongyang untuk membahas pasokan amunisi.",
        "Delegasi yang dipimpin seorang wakil menteri meninjau pabrik peluru dan galangan kapal di pesisir timur Korea Utara.",
        "Moskow menjanjikan bantuan pangan, sementara Kim menyebut Rusia sahabat paling setia.",
    ]
    static let summer = [
        "Kapal perang Rusia berlabuh di pelabuhan Wonsan untuk latihan bersama angkatan laut Korea Utara selama tiga hari.",
        "Kim Jong Un menyaksikan manuver kapal dari dermaga dan memuji awak kapal Rusia atas ketangkasan mereka.",
        "Pejabat di Pyongyang menyebut latihan itu bukti kemitraan strategis dengan Moskow.",
    ]
    @Test func storiesMonthsApartWithTheSameActorsShareAThread() throws {
        var clusterer = try StoryClusterer(pack: A.pack)
        let first = clusterer.add(Self.visit("2024-03-02", Self.spring))
        let second = clusterer.add(Self.visit("2024-07-15", Self.summer))
        #expect(second.duplicateOf == nil)
        #expect(second.storyID != first.storyID)
        #expect(second.threadID == first.threadID)
    }

    @Test func unrelatedStoriesKeepTheirOwnThreads() throws {
        var clusterer = try StoryClusterer(pack: A.pack)
        let quake = clusterer.add(A.quakeA)
        let visit = clusterer.add(Self.visit("2025-02-13", Self.spring))
        #expect(visit.threadID != quake.threadID)
    }

    @Test func weakOverlapYearsApartDoesNotLink() throws {
        var configuration = StoryConfiguration()
        configuration.threadPenaltyPerYear = 1  // a year apart needs a cosine of 1.45: never
        var clusterer = try StoryClusterer(pack: A.pack, configuration: configuration)
        let first = clusterer.add(Self.visit("2022-01-10", Self.spring))
        let second = clusterer.add(Self.visit("2024-06-10", Self.summer))
        #expect(second.storyID != first.storyID)
        #expect(second.threadID != first.threadID)
    }
}
