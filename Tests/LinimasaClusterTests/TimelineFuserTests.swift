import LinimasaCluster
import LinimasaCore
import Testing

/// Fusion rules on hand-made mentions.
struct TimelineFuserTests {
    static let kim = Event.Actor(id: "Q56226", name: "Kim Jong Un", role: .source, affiliation: "Q423")
    static let putin = Event.Actor(id: "Q7747", name: "Vladimir Putin", role: .target, affiliation: "Q159")
    static let northKorea = Event.Actor(id: "Q423", name: "North Korea", role: .source, affiliation: "Q423")
    static let russia = Event.Actor(id: "Q159", name: "Russia", role: .target, affiliation: "Q159")
    static let japan = Event.Actor(id: "Q17", name: "Japan", role: .source, affiliation: "Q17")
    static let pyongyang = EntityReference(id: "Q18808", name: "Pyongyang")
    static let vladivostok = EntityReference(id: "kb:vladivostok", name: "Vladivostok")

    /// A mention; `time: nil` means the date is the article's publication day.
    static func mention(
        _ type: String,
        _ date: String?,
        time: String? = "stated",
        actors: [Event.Actor] = [kim, putin],
        place: EntityReference? = nil,
        article: String,
        published: String = "2024-06-20",
        duplicateOf: String? = nil,
        negated: Bool = false,
        modality: Event.Modality = .asserted,
        confidence: Double = 0.9
    ) -> EventMention {
        let event = Event(
            type: type,
            cameo: "04",
            date: date,
            time: date == nil ? nil : time,
            actors: actors,
            place: place,
            sentence: TextRange(start: 0, end: 10),
            trigger: TextRange(start: 0, end: 5),
            negated: negated,
            modality: modality,
            reported: false,
            confidence: confidence
        )
        return EventMention(
            event: event,
            article: article,
            outlet: "Outlet " + article,
            published: CalendarDate(iso: published),
            sentence: "Kalimat \(article).",
            duplicateOf: duplicateOf
        )
    }

    @Test func sameEventFromTwoArticlesIsOneEntry() throws {
        let entries = TimelineFuser().fuse([
            Self.mention("MEET", "2024-06-19", article: "a"),
            Self.mention("MEET", "2024-06-19", article: "b", published: "2024-06-19"),
        ])
        let entry = try #require(entries.first)
        #expect(entries.count == 1)
        #expect(entry.sources.map(\.article) == ["b", "a"])
        #expect(entry.sources.first?.firstReported == true)
        #expect(entry.sources.last?.firstReported == false)
        #expect(entry.independentSources == 2)
    }

    @Test func differentTypesOrActorsStayApart() {
        let entries = TimelineFuser().fuse([
            Self.mention("MEET", "2024-06-19", article: "a"),
            Self.mention("ACCUSATION", "2024-06-19", article: "b"),
            Self.mention("MEET", "2024-06-19", actors: [Self.japan], article: "c"),
        ])
        #expect(entries.count == 3)
    }

    @Test func meetingAndVisitAreKindred() {
        let fused = TimelineFuser().fuse([
            Self.mention("MEET", "2024-06-19", article: "a"),
            Self.mention("VISIT", "2024-06-19", article: "b"),
        ])
        #expect(fused.count == 1)
        #expect(Set(fused.first?.types ?? []) == ["MEET", "VISIT"])
        let apart = TimelineFuser(configuration: .init(kindredTypes: [])).fuse([
            Self.mention("MEET", "2024-06-19", article: "a"),
            Self.mention("VISIT", "2024-06-19", article: "b"),
        ])
        #expect(apart.count == 2)
    }

    @Test func syndicatedCopiesCountOnce() throws {
        let copies = TimelineFuser().fuse([
            Self.mention("MEET", "2024-06-19", article: "a", confidence: 0.5),
            Self.mention("MEET", "2024-06-19", article: "b", duplicateOf: "a", confidence: 0.5),
        ])
        let independent = TimelineFuser().fuse([
            Self.mention("MEET", "2024-06-19", article: "a", confidence: 0.5),
            Self.mention("MEET", "2024-06-19", article: "c", confidence: 0.5),
        ])
        let copy = try #require(copies.first)
        let two = try #require(independent.first)
        #expect(copy.sources.count == 2)
        #expect(copy.independentSources == 1)
        #expect(abs(copy.confidence - 0.5) < 1e-9)
        #expect(two.independentSources == 2)
        #expect(abs(two.confidence - 0.75) < 1e-9)
    }

    @Test func mostPreciseDateWins() throws {
        let entries = TimelineFuser().fuse([
            Self.mention("AGREEMENT", "2024", article: "a"),
            Self.mention("AGREEMENT", "2024-06", article: "b"),
            Self.mention("AGREEMENT", "2024-06-19", article: "c"),
        ])
        let entry = try #require(entries.first)
        #expect(entries.count == 1)
        #expect(entry.date == "2024-06-19")
        #expect(entry.dateStated)
        #expect(entry.dateFrom == "2024-01-01")
        #expect(entry.dateTo == "2024-12-31")
        #expect(entry.conflicts.isEmpty)
    }

    @Test func countriesMatchTheirLeaders() {
        let pair = TimelineFuser().fuse([
            Self.mention("AGREEMENT", "2024-06-19", article: "a"),
            Self.mention("AGREEMENT", "2024-06", actors: [Self.northKorea, Self.russia], article: "b"),
        ])
        #expect(pair.count == 1)
        #expect(pair.first?.sources.count == 2)
        // One country in common is not enough.
        let sister = Event.Actor(id: "kb:kim-yo-jong", name: "Kim Yo Jong", role: .source, affiliation: "Q423")
        let apart = TimelineFuser().fuse([
            Self.mention("AGREEMENT", "2024-06-19", article: "a"),
            Self.mention("AGREEMENT", "2024-06", actors: [sister, Self.japan], article: "c"),
        ])
        #expect(apart.count == 2)
    }

    @Test func reportedDateJoinsAStatedOneOfThePastWeek() throws {
        let entries = TimelineFuser().fuse([
            Self.mention("MEET", "2024-06-18", article: "a"),
            Self.mention("MEET", "2024-06-20", time: nil, article: "b"),
            Self.mention("MEET", "2024-07-20", time: nil, article: "c", published: "2024-07-20"),
        ])
        #expect(entries.count == 2)
        let first = try #require(entries.first)
        #expect(first.date == "2024-06-18")
        #expect(first.sources.count == 2)
        let last = try #require(entries.last)
        #expect(last.date == "2024-07-20")
        #expect(!last.dateStated)
    }

    @Test func reportedDateStaysInItsOwnStory() throws {
        // A summit meeting with a stated date, then a state visit two days later that one
        // article reports without a date: the same leader, the same week, another story.
        var summit = Self.mention("MEET", "2024-06-18", article: "a")
        summit.storyID = "summit"
        var visit = Self.mention("VISIT", "2024-06-20", time: nil, article: "b")
        visit.storyID = "visit"
        var summitFollowUp = Self.mention("MEET", "2024-06-20", time: nil, article: "c")
        summitFollowUp.storyID = "summit"
        let entries = TimelineFuser().fuse([summit, visit, summitFollowUp])
        #expect(entries.count == 2)
        let meeting = try #require(entries.first { $0.storyIDs == ["summit"] })
        #expect(Set(meeting.sources.map(\.article)) == ["a", "c"])
        #expect(entries.contains { $0.storyIDs == ["visit"] && $0.sources.map(\.article) == ["b"] })
    }

    @Test func nearbyDatesAreAConflict() throws {
        let entries = TimelineFuser().fuse([
            Self.mention("MEET", "2025-05-27", article: "a", published: "2025-05-28"),
            Self.mention("MEET", "2025-05-27", article: "b", published: "2025-05-28"),
            Self.mention("MEET", "2025-05-28", article: "c", published: "2025-05-29"),
        ])
        let entry = try #require(entries.first)
        #expect(entries.count == 1)
        #expect(entry.date == "2025-05-27")
        let conflict = try #require(entry.conflicts.first { $0.kind == .date })
        #expect(conflict.values.map(\.value) == ["2025-05-27", "2025-05-28"])
        #expect(conflict.values.map(\.articles) == [["a", "b"], ["c"]])
        let far = TimelineFuser().fuse([
            Self.mention("MEET", "2025-05-20", article: "a"),
            Self.mention("MEET", "2025-05-28", article: "c"),
        ])
        #expect(far.count == 2)
    }

    @Test func differentPlacesAreAConflict() throws {
        let entries = TimelineFuser().fuse([
            Self.mention("MEET", "2019-04-25", place: Self.vladivostok, article: "a"),
            Self.mention("MEET", "2019-04", place: Self.vladivostok, article: "b"),
            Self.mention("MEET", "2019-04-25", place: Self.pyongyang, article: "c"),
        ])
        let entry = try #require(entries.first)
        #expect(entry.place == Self.vladivostok)
        let conflict = try #require(entry.conflicts.first { $0.kind == .place })
        #expect(conflict.values.map(\.value) == ["Vladivostok", "Pyongyang"])
    }

    @Test func negatedAndHypotheticalAreLeftOut() {
        let mentions = [
            Self.mention("MILITARY_ACTION", "2024-06-19", article: "a", negated: true),
            Self.mention("MILITARY_ACTION", "2024-06-19", article: "b", modality: .hypothetical),
            Self.mention("MILITARY_ACTION", "2024-06-19", article: "c", modality: .future),
        ]
        #expect(TimelineFuser().fuse(mentions).flatMap(\.sources).map(\.article) == ["c"])
        let all = TimelineConfiguration(includeNegated: true, includeUnasserted: true)
        #expect(TimelineFuser(configuration: all).fuse(mentions).flatMap(\.sources).count == 3)
    }

    @Test func actorlessEventsNeedThePlace() {
        let entries = TimelineFuser().fuse([
            Self.mention("DISASTER", "2025-07-17", actors: [], place: Self.pyongyang, article: "a"),
            Self.mention("DISASTER", "2025-07-17", actors: [], place: Self.pyongyang, article: "b"),
            Self.mention("DISASTER", "2025-07-17", actors: [], article: "c"),
        ])
        #expect(entries.map(\.sources.count).sorted() == [1, 2])
    }

    @Test func entriesAreInDateOrder() {
        let entries = TimelineFuser().fuse([
            Self.mention("MEET", "2024-06-19", article: "a"),
            Self.mention("MEET", "2019-04", place: Self.vladivostok, article: "b"),
            Self.mention("MEET", nil, actors: [Self.japan], article: "c"),
            Self.mention("MEET", "2023-09-13", article: "d"),
        ])
        #expect(entries.map(\.date) == ["2019-04", "2023-09-13", "2024-06-19", nil])
    }

    @Test func queryByEntityDatesAndStory() {
        var story = Self.mention("MEET", "2024-06-19", article: "a")
        story.storyID = "s1"
        let entries = TimelineFuser().fuse([
            story,
            Self.mention("ACCUSATION", "2023-09-13", actors: [Self.japan], article: "b"),
        ])
        #expect(TimelineQuery(entity: "kim jong un").apply(to: entries).map(\.type) == ["MEET"])
        #expect(TimelineQuery(entity: "Q17").apply(to: entries).map(\.type) == ["ACCUSATION"])
        let from = CalendarDate(year: 2024, month: 1, day: 1)
        #expect(TimelineQuery(from: from).apply(to: entries).map(\.type) == ["MEET"])
        #expect(TimelineQuery(to: from).apply(to: entries).map(\.type) == ["ACCUSATION"])
        #expect(TimelineQuery(story: "s1").apply(to: entries).map(\.type) == ["MEET"])
    }
}
