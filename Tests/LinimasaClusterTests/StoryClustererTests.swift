import LinimasaCluster
import LinimasaCore
import Testing

/// Story assignment: joining, splitting by time, undated articles, ids, eviction and restoring.
struct StoryClustererTests {
    typealias A = ClusterTestArticles

    @Test func sameEventFromTwoOutletsIsOneStory() throws {
        var clusterer = try StoryClusterer(pack: A.pack)
        let first = clusterer.add(A.quakeA)
        let second = clusterer.add(A.quakeB)
        #expect(first.startedStory)
        #expect(!second.startedStory)
        #expect(second.storyID == first.storyID)
        #expect(second.score >= clusterer.configuration.joinThreshold)
    }

    @Test func sameEntitiesWeeksApartAreTwoStoriesInOneThread() throws {
        var clusterer = try StoryClusterer(pack: A.pack)
        let first = clusterer.add(A.quakeA)
        let later = clusterer.add(A.quakeLater)
        #expect(later.startedStory)
        #expect(later.storyID != first.storyID)
        #expect(later.threadID == first.threadID)
    }

    @Test func otherTopicSameDayIsAnotherStoryAndThread() throws {
        var clusterer = try StoryClusterer(pack: A.pack)
        let quake = clusterer.add(A.quakeB)
        let rates = clusterer.add(A.rates)
        #expect(rates.storyID != quake.storyID)
        #expect(rates.threadID != quake.threadID)
    }

    @Test func undatedArticleGetsTheStoryDate() throws {
        var clusterer = try StoryClusterer(pack: A.pack)
        _ = clusterer.add(A.quakeA)
        _ = clusterer.add(A.quakeB)
        let undated = A.make(
            [
                "Korban meninggal gempa Garut kini 6 orang, menurut BNPB, dan ratusan rumah warga rusak sehingga pengungsi bertahan di tenda darurat.",
                "BMKG mengingatkan warga agar waspada terhadap gempa susulan dan menjauhi bangunan yang retak.",
            ],
            names: [A.bmkg, A.bnpb, A.garut]
        )
        let placement = clusterer.add(undated)
        #expect(placement.storyID == A.quakeA.article.id)
        // Days 2025-02-11 and 2025-02-12 once each: the earliest wins the tie.
        #expect(placement.referenceDate == CalendarDate(year: 2025, month: 2, day: 11))
    }

    @Test func undatedArticleFirstIsDatedWhenItsStoryIs() throws {
        var clusterer = try StoryClusterer(pack: A.pack)
        var undated = A.quakeB
        undated.article.published = nil
        let first = clusterer.add(undated)
        #expect(first.referenceDate == nil)
        let second = clusterer.add(A.quakeA)
        #expect(second.storyID == first.storyID)
        #expect(second.newlyDatedArticleIDs == [undated.article.id])
        #expect(second.storyReferenceDate == CalendarDate(year: 2025, month: 2, day: 11))
    }

    @Test func outOfOrderArrivalGivesTheSameGrouping() throws {
        var forward = try StoryClusterer(pack: A.pack)
        var backward = try StoryClusterer(pack: A.pack)
        let articles = [A.quakeA, A.rates, A.quakeB, A.quakeLater]
        let ahead = articles.map { forward.add($0) }
        let behind = articles.reversed().map { backward.add($0) }.reversed()
        func pairs(_ placements: some Sequence<StoryPlacement>) -> Set<[Int]> {
            let list = Array(placements)
            var same = Set<[Int]>()
            for i in list.indices { for j in list.indices where i < j && list[i].storyID == list[j].storyID { same.insert([i, j]) } }
            return same
        }
        #expect(pairs(ahead) == [[0, 2]])
        #expect(pairs(behind) == [[0, 2]])
    }

    @Test func addingTheSameArticleTwiceChangesNothing() throws {
        var clusterer = try StoryClusterer(pack: A.pack)
        let first = clusterer.add(A.quakeA)
        let again = clusterer.add(A.quakeA)
        #expect(again.storyID == first.storyID)
        #expect(clusterer.story(id: first.storyID)?.articleIDs == [A.quakeA.article.id])
    }

    @Test func storyHasHeadlineOutletsDatesEntitiesAndSummary() throws {
        var clusterer = try StoryClusterer(pack: A.pack)
        let placement = clusterer.add(A.quakeA)
        _ = clusterer.add(A.quakeB)
        let story = try #require(clusterer.story(id: placement.storyID))
        #expect(story.id == A.quakeA.article.id)
        #expect(story.articleIDs == [A.quakeA.article.id, A.quakeB.article.id])
        #expect(story.outlets == ["Kabar Priangan", "Warta Bandung"])
        #expect(story.firstDate == CalendarDate(year: 2025, month: 2, day: 11))
        #expect(story.lastDate == CalendarDate(year: 2025, month: 2, day: 12))
        #expect([A.quakeA.article.title, A.quakeB.article.title].contains(story.headline))
        #expect(Set(story.topEntities.map(\.name)) == ["BMKG", "BNPB", "Garut"])
        #expect(story.summary.count == 3)
        #expect(Set(story.summary).count == 3)
    }

    @Test func oldStoriesAreEvictedAndHandedBack() throws {
        var configuration = StoryConfiguration()
        configuration.retentionDays = 10
        configuration.retentionArticles = 1
        var clusterer = try StoryClusterer(pack: A.pack, configuration: configuration)
        let quake = clusterer.add(A.quakeA)
        _ = clusterer.add(A.quakeLater)  // 37 days later: the first story leaves the window
        let evicted = clusterer.takeEvictedStories()
        #expect(evicted.map(\.id) == [quake.storyID])
        #expect(clusterer.story(id: quake.storyID) == nil)
        #expect(clusterer.activeStories.count == 1)
        #expect(clusterer.takeEvictedStories().isEmpty)
    }

    @Test func restoringStoredPlacementsContinuesTheSameStories() throws {
        var original = try StoryClusterer(pack: A.pack)
        let a = original.add(A.quakeA)
        let b = original.add(A.rates)
        var restored = try StoryClusterer(pack: A.pack)
        _ = restored.restore(A.quakeA, storyID: a.storyID, threadID: a.threadID)
        _ = restored.restore(A.rates, storyID: b.storyID, threadID: b.threadID)
        let next = restored.add(A.quakeB)
        #expect(next.storyID == a.storyID)
        #expect(next.threadID == a.threadID)
    }
}
