internal import Foundation
internal import Hummingbird
internal import Linimasa
internal import LinimasaCluster
internal import LinimasaCore

extension LinimasaServer {
    /// `GET /api/stories`, `/api/stories/{id}` and `/api/timeline`.
    func addStoryRoutes(to router: Router<APIContext>) {
        let store = self.store
        let maxPage = configuration.maxPageSize
        let pack = analyzer.pack
        let cache = timelineCache
        let gate = workGate

        router.get("/api/stories") { request, _ in
            let query = QueryParameters(request)
            let paging = try query.paging(defaultLimit: 50, maxLimit: maxPage)
            guard paging.offset <= 10_000 else {
                throw HTTPError(.badRequest, message: "'offset' for stories goes up to 10000; narrow by dates or entity")
            }
            let (from, to) = try query.days()
            let records = try await StoredStories.stories(
                in: store,
                from: from,
                to: to,
                entity: query.text("entity"),
                limit: paging.offset + paging.limit + 1
            )
            let stories = records.dropFirst(paging.offset).map { StoryJSON(record: $0.record, story: $0.story) }
            return JSONResponse(Page(probed: Array(stories), paging))
        }

        router.get("/api/stories/:id") { request, context in
            let id = try request.pathParameter("id", context)
            guard let (record, story) = try await StoredStories.story(id: id, in: store) else {
                throw HTTPError(.notFound, message: "no story with id '\(id)'")
            }
            let articles = try await store.articles(inStory: record.id)
            let comparison = try SourceComparison(articles: articles, pack: pack)
            let summaries = articles.map { analyzed in
                let article = analyzed.article
                return ArticleSummary(
                    id: article.id,
                    source: article.source,
                    title: article.title,
                    outlet: article.outlet,
                    published: article.published,
                    storyID: record.id
                )
            }
            return JSONResponse(
                StoryDetailJSON(story: StoryJSON(record: record, story: story), articles: summaries, comparison: comparison)
            )
        }

        router.get("/api/timeline") { request, context in
            let query = QueryParameters(request)
            let paging = try query.paging(defaultLimit: 100, maxLimit: maxPage * 5)
            let (from, to) = try query.days()
            let timeline = TimelineQuery(
                entity: query.text("entity"),
                from: from,
                to: to,
                story: query.text("story"),
                outlet: query.text("outlet"),
                datedOnly: try query.flag("dated")
            )
            let sources = try query.integer("sources", 20, in: 0...1_000)
            let key = [timeline.entity, timeline.from?.iso, timeline.to?.iso, timeline.story, timeline.outlet]
                .map { $0 ?? "" }.joined(separator: "\u{1F}")
                + "|\(timeline.datedOnly)|\(paging.offset)|\(paging.limit)|\(sources)"
            let answer = try await cache.answer(key) {
                try await gate.run(while: context.clientConnected) {
                    let slice = try await StoredStories.timeline(
                        in: store,
                        query: timeline,
                        offset: paging.offset,
                        limit: paging.limit,
                        sourceLimit: sources
                    )
                    let body = ByteBuffer(bytes: TimelineJSON.page(TimelinePage(slice, paging)))
                    return TimelineCache.Answer(body: body, keep: slice.fusedAtQueryTime)
                }
            }
            return Response.json(answer.body)
        }
    }
}

/// A story as the API lists it: the stored record and, when it decodes, the whole story.
struct StoryJSON: Encodable, Sendable {
    var id: String
    var headline: String
    var firstDate: String?
    var lastDate: String?
    var threadID: String?
    var articleIDs: [String]
    var outlets: [String]
    var topEntities: [EntityReference]
    var summary: [String]
    var duplicates: [String: String]

    init(record: StoryRecord, story: Story?) {
        id = record.id
        headline = record.headline.isEmpty ? (story?.summary.first ?? "") : record.headline
        firstDate = record.firstDate?.iso
        lastDate = record.lastDate?.iso
        threadID = story?.threadID
        articleIDs = story?.articleIDs ?? []
        outlets = story?.outlets ?? []
        topEntities = story?.topEntities ?? []
        summary = story?.summary ?? []
        duplicates = story?.duplicates.mapValues(\.articleID) ?? [:]
    }
}

/// `GET /api/stories/{id}`: the story, its articles and the comparison of its sources.
struct StoryDetailJSON: Encodable, Sendable {
    var story: StoryJSON
    var articles: [ArticleSummary]
    var comparison: SourceComparison
}

/// `GET /api/timeline`: a page of entries, and how many entries each month has in the whole
/// answer (for the page's zoom strip).
struct TimelinePage: Encodable, Sendable {
    struct Month: Encodable, Sendable {
        var month: String
        var entries: Int
    }
    var items: [TimelineEntry]
    var offset: Int
    var limit: Int
    var total: Int
    var more: Bool
    var months: [Month]

    init(_ answer: TimelineSlice, _ paging: Paging) {
        items = answer.entries
        offset = paging.offset
        limit = paging.limit
        total = answer.total
        more = paging.offset + answer.entries.count < answer.total
        months = answer.months.map { Month(month: $0.month, entries: $0.entries) }
    }
}
