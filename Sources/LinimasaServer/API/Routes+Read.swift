internal import Foundation
internal import Hummingbird
internal import Linimasa
internal import LinimasaCore
internal import LinimasaExtract

extension LinimasaServer {
    /// `GET /api/status`, `/api/articles`, `/api/articles/{id}`, `/api/outlets`, `/api/search`,
    /// `/api/entities/{name}` and `/api/quotes`.
    func addReadRoutes(to router: Router<APIContext>) {
        let store = self.store
        let maxPage = configuration.maxPageSize
        let knowledgeBase = analyzer.knowledgeBase
        let gate = workGate

        router.get("/api/status") { _, _ in
            JSONResponse(Status(statistics: try await store.statistics(), version: LinimasaServer.version))
        }

        router.get("/api/articles") { request, _ in
            let query = QueryParameters(request)
            let paging = try query.paging(defaultLimit: 50, maxLimit: maxPage)
            let (from, to) = try query.days()
            let list = ArticleListQuery(
                from: from,
                to: to,
                outlet: query.text("outlet"),
                story: query.text("story"),
                entity: query.text("entity"),
                limit: paging.limit + 1,
                offset: paging.offset
            )
            return JSONResponse(Page(probed: try await store.articleSummaries(list), paging))
        }

        router.get("/api/articles/:id") { request, context in
            let id = try request.pathParameter("id", context)
            guard let analyzed = try await store.article(id: id) else {
                throw HTTPError(.notFound, message: "no article with id '\(id)'")
            }
            return JSONResponse(ArticleJSON(analyzed))
        }

        router.get("/api/outlets") { _, _ in
            JSONResponse(try await store.outlets())
        }

        router.get("/api/search") { request, context in
            let query = QueryParameters(request)
            let paging = try query.paging(defaultLimit: 20, maxLimit: maxPage)
            let (from, to) = try query.days()
            let search = SearchQuery(
                try query.required("q"),
                from: from,
                to: to,
                outlet: query.text("outlet"),
                entity: query.text("entity"),
                limit: paging.limit + 1,
                offset: paging.offset,
                marks: (SearchHitJSON.open, SearchHitJSON.close)
            )
            return try await gate.run(while: context.clientConnected) {
                let hits = try await store.search(search).map(SearchHitJSON.init)
                return try JSONResponse(Page(probed: hits, paging)).encoded()
            }
        }

        router.get("/api/entities/:name") { request, context in
            let name = try request.pathParameter("name", context)
            let quoteLimit = try QueryParameters(request).integer("quotes", 10, in: 0...maxPage)
            let profile = try await store.entityProfile(named: name, quoteLimit: quoteLimit)
            let known = knowledgeBase.lookup(name).map { KnowledgeBaseJSON($0.entry, matched: $0.alias) }
            guard profile != nil || !known.isEmpty else {
                throw HTTPError(.notFound, message: "no entity named '\(name)' in the store or the knowledge base")
            }
            return JSONResponse(EntityJSON(name: name, profile: profile, knowledgeBase: known))
        }

        router.get("/api/quotes") { request, _ in
            let query = QueryParameters(request)
            let paging = try query.paging(defaultLimit: 20, maxLimit: maxPage)
            guard paging.offset <= 10_000 else {
                throw HTTPError(.badRequest, message: "'offset' for quotes goes up to 10000; narrow by speaker or dates")
            }
            let (from, to) = try query.days()
            let quotes = try await store.quotes(
                QuoteQuery(
                    speaker: query.text("speaker"),
                    from: from,
                    to: to,
                    includeTerms: try query.flag("terms"),
                    limit: paging.offset + paging.limit + 1
                )
            )
            return JSONResponse(Page(probed: Array(quotes.dropFirst(paging.offset)), paging))
        }
    }

    /// The version `GET /api/status` reports.
    static let version = "0.2.0"
}

/// What `GET /api/status` answers.
struct Status: Encodable, Sendable {
    var statistics: StoreStatistics
    var version: String
}

/// A search hit with its snippet twice: as plain text and as HTML with `<mark>` around hits.
struct SearchHitJSON: Encodable, Sendable {
    /// Private-use characters the store puts around hits, never found in news text.
    static let open = "\u{E000}"
    static let close = "\u{E001}"

    var articleID: String
    var source: String
    var title: String?
    var outlet: String?
    var published: String?
    var snippet: String
    var snippetHTML: String
    var score: Double
    var storyID: String?

    init(_ hit: SearchHit) {
        articleID = hit.articleID
        source = hit.source
        title = hit.title
        outlet = hit.outlet
        published = hit.published?.date.iso
        snippet = hit.snippet.replacingOccurrences(of: Self.open, with: "").replacingOccurrences(of: Self.close, with: "")
        snippetHTML = HTML.escape(hit.snippet)
            .replacingOccurrences(of: Self.open, with: "<mark>")
            .replacingOccurrences(of: Self.close, with: "</mark>")
        score = (hit.score * 1000).rounded() / 1000
        storyID = hit.storyID
    }
}

/// A knowledge-base entry as `GET /api/entities/{name}` shows it.
struct KnowledgeBaseJSON: Encodable, Sendable {
    struct Office: Encodable, Sendable {
        var role: String
        var country: String
        var from: String?
        var to: String?
    }
    var id: String
    var name: String
    var type: String
    var wikidata: String?
    var description: String
    var country: String?
    var aliases: [String]
    var offices: [Office]
    var matched: String

    init(_ entry: KnowledgeBase.Entry, matched: String) {
        id = entry.linkID
        name = entry.name
        type = entry.type.rawValue
        wikidata = entry.qid
        description = entry.description
        country = entry.country
        aliases = entry.aliases
        offices = entry.offices.map { Office(role: $0.role, country: $0.country, from: $0.from?.iso, to: $0.to?.iso) }
        self.matched = matched
    }
}

/// `GET /api/entities/{name}`: the store's profile and the knowledge base's entries.
struct EntityJSON: Encodable, Sendable {
    var name: String
    var profile: EntityProfile?
    var knowledgeBase: [KnowledgeBaseJSON]
}

/// Escaping text for HTML.
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
