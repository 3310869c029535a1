import Foundation
import Linimasa
import LinimasaCluster
import LinimasaCore
@testable import LinimasaServer
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The JSON API over a real socket, on a store holding the sample corpus.
@Suite struct APITests {
    func server() async throws -> TestServer { try await TestServer.samples.get() }

    @Test func everyRouteIsInTheOpenAPIDocumentAndBack() async throws {
        let served = try await server()
        let document = try await served.get("/openapi.json")
        #expect(document.status == 200)
        let paths = try #require(document.object["paths"] as? [String: [String: Any]])
        var documented: [String] = []
        for (path, operations) in paths {
            for method in operations.keys { documented.append("\(method.uppercased()) \(path)") }
        }
        let server = LinimasaServer(store: served.store, analyzer: try Analyzer(), configuration: .init())
        let page: Set<String> = ["GET /", "GET /app.js", "GET /app.css", "GET /openapi.json"]
        let routes = server.routeList().filter { !page.contains($0) }
        #expect(routes == documented.sorted())
    }

    @Test func statusCountsTheStore() async throws {
        let answer = try await server().get("/api/status")
        #expect(answer.status == 200)
        #expect(answer.contentType?.hasPrefix("application/json") == true)
        let statistics = try #require(answer.object["statistics"] as? [String: Int])
        #expect(statistics["articles"] == 30)
        #expect((statistics["stories"] ?? 0) >= 5)
    }

    @Test func timelineByEntityHasSourcedEntriesAndPages() async throws {
        let served = try await server()
        let all = try await served.get("/api/timeline?entity=Prabowo%20Subianto")
        #expect(all.status == 200)
        let total = try #require(all.object["total"] as? Int)
        #expect(total >= 5)
        for entry in all.items {
            let actors = entry["actors"] as? [[String: Any]] ?? []
            let place = entry["place"] as? [String: Any]
            let named = actors.contains { $0["name"] as? String == "Prabowo Subianto" } || place?["name"] as? String == "Prabowo Subianto"
            #expect(named)
            let sources = entry["sources"] as? [[String: Any]] ?? []
            #expect(!sources.isEmpty)
            #expect(sources.allSatisfy { ($0["sentence"] as? String)?.isEmpty == false && $0["article"] is String })
        }
        let months = all.object["months"] as? [[String: Any]] ?? []
        #expect(!months.isEmpty)
        let page = try await served.get("/api/timeline?entity=Prabowo%20Subianto&limit=2&offset=1")
        #expect(page.items.count == 2)
        #expect(page.object["more"] as? Bool == (total > 3))
        #expect(page.items.first?["id"] as? String == all.items[1]["id"] as? String)
        // An alias finds the same entries.
        let alias = try await served.get("/api/timeline?entity=prabowo%20subianto")
        #expect(alias.object["total"] as? Int == total)
        // Sources are capped per entry; the count keeps them all.
        let capped = try await served.get("/api/timeline?entity=Prabowo%20Subianto&sources=1")
        #expect(capped.items.map { $0["id"] as? String } == all.items.map { $0["id"] as? String })
        #expect(capped.items.allSatisfy { ($0["sources"] as? [Any])?.count == 1 })
        #expect(capped.items.map { $0["source_count"] as? Int } == all.items.map { $0["source_count"] as? Int })
        // The default is 20, and an entry with more says how many it has.
        #expect(all.items.allSatisfy { ($0["sources"] as? [Any])?.count == min(20, $0["source_count"] as? Int ?? 0) })
        #expect(capped.items.contains { ($0["source_count"] as? Int ?? 0) > 1 })
    }

    /// The timeline's hand-written JSON is what `JSONEncoder` with the API's style gives, for
    /// every entry of the samples with all its sources.
    @Test func timelineJSONEqualsTheEncoders() async throws {
        let served = try await server()
        let slice = try await StoredStories.timeline(in: served.store, query: TimelineQuery(), offset: 3, limit: 1_000)
        #expect(slice.entries.count > 100)
        let page = TimelinePage(slice, Paging(offset: 3, limit: 1_000))
        let written = try JSONSerialization.jsonObject(with: Data(TimelineJSON.page(page))) as? NSDictionary
        let encoded = try JSONSerialization.jsonObject(with: try APIContext.encoder.encode(page)) as? NSDictionary
        #expect(written != nil)
        #expect(written == encoded)
        // Escapes: quotes, backslashes, control characters; slashes and non-ASCII as they are.
        var writer = TimelineJSON()
        writer.string("a\"b\\c\n\u{1}/é")
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #""a\"b\\c\n\u0001/é""#)
    }

    @Test func timelineFiltersByDatesAndOutlet() async throws {
        let served = try await server()
        let ranged = try await served.get("/api/timeline?from=2025-05-01&to=2025-05-31")
        #expect(ranged.status == 200)
        #expect(!ranged.items.isEmpty)
        for entry in ranged.items {
            let from = entry["date_from"] as? String ?? entry["date"] as? String ?? ""
            #expect(from <= "2025-05-31")
        }
        let outlets = try await served.get("/api/outlets")
        let first = try #require((outlets.json as? [[String: Any]])?.first?["outlet"] as? String)
        let byOutlet = try await served.get("/api/timeline?outlet=" + first.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!)
        #expect(!byOutlet.items.isEmpty)
        for entry in byOutlet.items {
            let sources = entry["sources"] as? [[String: Any]] ?? []
            #expect(sources.contains { $0["outlet"] as? String == first })
        }
    }

    @Test(arguments: [
        ("/api/timeline?from=2024-13-01", "'from'"),
        ("/api/timeline?from=2025-02-01&to=2025-01-01", "'to'"),
        ("/api/timeline?sources=-1", "'sources'"),
        ("/api/articles?limit=0", "'limit'"),
        ("/api/articles?limit=abc", "'limit'"),
        ("/api/search", "'q'"),
        ("/api/quotes?terms=maybe", "'terms'"),
    ])
    func badParametersAreNamed(path: String, named: String) async throws {
        let answer = try await server().get(path)
        #expect(answer.status == 400)
        let message = try #require(answer.errorMessage)
        #expect(message.contains(named))
        #expect(!message.contains("\n"))
    }

    @Test(arguments: ["/api/articles/nope", "/api/stories/nope", "/api/entities/Tak%20Ada%20Siapa%20Pun", "/api/nothing-here"])
    func unknownThingsAre404(path: String) async throws {
        let answer = try await server().get(path)
        #expect(answer.status == 404)
        #expect(answer.errorMessage != nil)
    }

    @Test func plusIsASpaceAndAnEscapedPlusIsAPlus() async throws {
        let served = try await server()
        let spaced = try await served.get("/api/timeline?entity=Prabowo+Subianto&limit=1")
        #expect((spaced.object["total"] as? Int ?? 0) > 0)
        let plus = try await served.get("/api/timeline?from=2025%2B01-01")
        #expect(plus.errorMessage?.contains("'2025+01-01'") == true)
    }

    @Test func searchMatchesStemsAndMarksHits() async throws {
        let answer = try await server().get("/api/search?q=mengunjungi&limit=3")
        #expect(answer.status == 200)
        #expect(!answer.items.isEmpty)
        for hit in answer.items {
            let html = try #require(hit["snippet_html"] as? String)
            #expect(html.contains("<mark>"))
            #expect(!(hit["snippet"] as? String ?? "").contains("<mark>"))
        }
    }

    @Test func articlesListStoryAndEntity() async throws {
        let served = try await server()
        let list = try await served.get("/api/articles?limit=5")
        #expect(list.items.count == 5)
        let id = try #require(list.items.first?["id"] as? String)
        let article = try await served.get("/api/articles/\(id)")
        #expect(article.object["body"] is String)
        #expect(article.object["events"] is [Any])

        let stories = try await served.get("/api/stories")
        let withMany = try #require(stories.items.first { ($0["article_ids"] as? [String])?.count ?? 0 > 1 })
        let storyID = try #require(withMany["id"] as? String)
        let story = try await served.get("/api/stories/\(storyID)")
        #expect(story.status == 200)
        let comparison = try #require(story.object["comparison"] as? [String: Any])
        #expect((comparison["articles"] as? [Any])?.count ?? 0 > 1)
        let members = try await served.get("/api/articles?story=\(storyID)")
        #expect(members.items.count == (withMany["article_ids"] as? [String])?.count)

        let entity = try await served.get("/api/entities/Prabowo%20Subianto")
        #expect(entity.status == 200)
        let profile = try #require(entity.object["profile"] as? [String: Any])
        #expect((profile["articles"] as? Int ?? 0) > 1)
        #expect((profile["months"] as? [Any])?.isEmpty == false)
    }

    @Test func pageAndItsFilesAreServed() async throws {
        let served = try await server()
        for (path, type) in [("/", "text/html"), ("/app.js", "text/javascript"), ("/app.css", "text/css")] {
            let answer = try await served.get(path)
            #expect(answer.status == 200)
            #expect(answer.contentType?.hasPrefix(type) == true)
            #expect(!answer.bytes.isEmpty)
        }
    }
}
