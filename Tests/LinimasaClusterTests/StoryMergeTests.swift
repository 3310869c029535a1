import LinimasaCluster
import LinimasaCore
import Testing

/// Stories merge and members move after the fact, so arrival order does not decide the grouping.
struct StoryMergeTests {
    typealias A = ClusterTestArticles

    @Test func storiesKeptApartMergeWhenAnArticleLinksThem() throws {
        var clusterer = try StoryClusterer(pack: A.pack)
        // Restored into two stories (as a store might hold them), then a third report arrives.
        _ = clusterer.restore(A.quakeA, storyID: "quake-a", threadID: "quake-a")
        _ = clusterer.restore(A.quakeB, storyID: "quake-b", threadID: "quake-b")
        let third = A.make(
            [
                "Gempa magnitudo 5,8 yang mengguncang Garut pada Selasa pagi merusak ratusan rumah, dan korban meninggal menjadi 6 orang menurut BNPB.",
                "BMKG mencatat guncangan terasa hingga Bandung, sementara pengungsi di tenda darurat membutuhkan selimut dan makanan.",
            ],
            title: "Gempa Garut: korban meninggal 6 orang, ratusan rumah rusak",
            outlet: "Suara Garut",
            published: "2025-02-12",
            names: [A.bmkg, A.bnpb, A.garut],
            times: [("Selasa pagi", "2025-02-11TMO")]
        )
        let placement = clusterer.add(third)
        #expect(placement.storyID == "quake-a", "the older id is kept")
        #expect(placement.mergedStoryIDs == ["quake-b"])
        #expect(placement.mergedThreadIDs == ["quake-b"])
        let moved = try #require(placement.movedArticles.first)
        #expect(placement.movedArticles.count == 1)
        #expect(moved.articleID == A.quakeB.article.id)
        #expect(moved.fromStoryID == "quake-b")
        #expect(moved.storyID == "quake-a")
        #expect(moved.storeAssignment.storyID == "quake-a")
        #expect(clusterer.resolvedStoryID("quake-b") == "quake-a")
        let story = try #require(clusterer.story(id: "quake-b"))
        #expect(story.id == "quake-a")
        #expect(Set(story.articleIDs) == [A.quakeA.article.id, A.quakeB.article.id, third.article.id])
        #expect(story.mergedStoryIDs == ["quake-b"])
        #expect(clusterer.storyID(ofArticle: A.quakeB.article.id) == "quake-a")
        #expect(clusterer.activeStories.count == 1)
    }

    @Test func eventsWeeksApartStayApartInAnyOrder() throws {
        let articles = [A.quakeLater, A.quakeB, A.quakeA]
        for order in [articles, Array(articles.reversed())] {
            var clusterer = try StoryClusterer(pack: A.pack)
            for article in order { _ = clusterer.add(article) }
            let later = clusterer.storyID(ofArticle: A.quakeLater.article.id)
            #expect(clusterer.storyID(ofArticle: A.quakeA.article.id) == clusterer.storyID(ofArticle: A.quakeB.article.id))
            #expect(later != clusterer.storyID(ofArticle: A.quakeA.article.id), "same agencies and place, five weeks apart")
            #expect(clusterer.activeStories.count == 2)
        }
    }

    /// An undated report of Tuesday's speech first joins a later event of the same actors; when
    /// the speech's own report arrives, it moves there: its `hari Selasa`, read against that
    /// story's day, is a day the story names.
    @Test func undatedArticleMovesToTheStoryItsDayNameFits() throws {
        let speech = [
            "Kim Jong Un berpidato di akademi militer Pyongyang pada Selasa dan memerintahkan produksi rudal ditambah.",
            "Dalam pidato itu Kim menyebut Rusia sahabat dekat dan memuji kerja sama pertahanan kedua negara.",
            "Kim juga mengirim ucapan selamat kepada pemimpin Rusia yang berulang tahun.",
        ]
        let dated = A.make(
            speech, outlet: "Kabar Satu", published: "2024-10-08", names: [A.kim, A.russia, A.pyongyang],
            times: [("Selasa", "2024-10-08")]
        )
        let visit = A.make(
            [
                "Kim Jong Un menerima menteri pertahanan Rusia di Pyongyang pada Jumat untuk membahas kerja sama pertahanan.",
                "Kim menyebut Rusia sahabat dekat dan berjanji mendukung Moskow dalam perang.",
                "Kedua pihak meninjau pabrik amunisi di pinggiran kota.",
            ],
            outlet: "Kabar Dua", published: "2024-11-29", names: [A.kim, A.russia, A.pyongyang, A.moscow],
            times: [("Jumat", "2024-11-29")]
        )
        var undated = A.make(
            [
                "Kim Jong Un mengirim ucapan selamat ulang tahun kepada pemimpin Rusia dan menyebutnya sahabat dekat.",
                "Kim juga mengatakan pada hari Selasa bahwa produksi rudal akan ditambah setelah pidato di akademi militer.",
            ],
            names: [A.kim, A.russia]
        )
        let day = try #require(A.ranges(of: "hari Selasa", in: undated.article.body).first)
        undated.times = [TimeExpression(text: "hari Selasa", range: day, kind: .date, value: nil, anchor: .publication)]

        var clusterer = try StoryClusterer(pack: A.pack)
        _ = clusterer.add(visit)
        let first = clusterer.add(undated)
        let placement = clusterer.add(dated)
        let final = try #require(clusterer.storyID(ofArticle: undated.article.id))
        #expect(final == clusterer.storyID(ofArticle: dated.article.id))
        #expect(final != clusterer.storyID(ofArticle: visit.article.id))
        if first.storyID != final {
            let move = try #require(placement.movedArticles.first { $0.articleID == undated.article.id })
            #expect(move.storyID == final)
            #expect(move.referenceDate == CalendarDate(year: 2024, month: 10, day: 8))
        }
    }
}
