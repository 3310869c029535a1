import Foundation
import LinimasaCore
import LinimasaServer
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `POST /api/articles` behind the token, body limits, and bad requests that must not disturb others.
@Suite(.serialized) struct IngestAPITests {
    static let token = "rahasia-uji-123"

    static let article = """
        Gubernur Jawa Tengah meresmikan jembatan baru di Semarang

        SEMARANG, KOMPAS.com - Gubernur Jawa Tengah meresmikan jembatan penghubung dua kecamatan di Semarang, \
        Jawa Tengah, pada Senin (3/3/2025). Jembatan sepanjang 120 meter itu dibangun selama delapan bulan.

        "Jembatan ini memangkas waktu tempuh warga hingga 30 menit," kata gubernur dalam sambutannya.
        """

    func server() async throws -> TestServer {
        try await TestServer.start(samples: false, configuration: ServerConfiguration(token: Self.token, maxBodyBytes: 64 * 1024))
    }

    @Test func ingestNeedsTheRightToken() async throws {
        let served = try await server()
        let body = Data(Self.article.utf8)
        let none = try await served.send("POST", "/api/articles", body: body)
        #expect(none.status == 401)
        let wrong = try await served.send("POST", "/api/articles", body: body, headers: ["Authorization": "Bearer salah-token-1"])
        #expect(wrong.status == 403)
        let stored = try await served.get("/api/status")
        #expect((stored.object["statistics"] as? [String: Int])?["articles"] == 0)
    }

    @Test func ingestStoresOnceAndAnswersWithTheLog() async throws {
        let served = try await server()
        let auth = ["Authorization": "Bearer \(Self.token)", "Content-Type": "text/plain"]
        let body = Data(Self.article.utf8)
        let first = try await served.send("POST", "/api/articles?source=https://contoh.example/jembatan", body: body, headers: auth)
        #expect(first.status == 200)
        #expect(first.object["new"] as? Int == 1)
        let rows = first.object["articles"] as? [[String: Any]] ?? []
        let id = try #require(rows.first?["article_id"] as? String)
        #expect(rows.first?["status"] as? String == "new")
        let again = try await served.send("POST", "/api/articles?source=https://contoh.example/jembatan", body: body, headers: auth)
        #expect(again.object["new"] as? Int == 0)
        let article = try await served.get("/api/articles/\(id)")
        #expect(article.object["title"] as? String == "Gubernur Jawa Tengah meresmikan jembatan baru di Semarang")
        #expect((article.object["published"] as? String)?.hasPrefix("2025-03-03") == true)
    }

    @Test func timelineShowsWhatWasJustIngested() async throws {
        let served = try await server()
        let before = try await served.get("/api/timeline?entity=Anwar%20Ibrahim")
        #expect(before.status == 200)
        #expect(before.items.isEmpty)
        let meeting = """
            Prabowo bertemu Anwar Ibrahim di Jakarta

            JAKARTA, KOMPAS.com - Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim \
            di Istana Merdeka, Jakarta, Senin (3/3/2025). Keduanya membahas perbatasan laut.
            """
        let posted = try await served.send(
            "POST", "/api/articles?source=pertemuan", body: Data(meeting.utf8),
            headers: ["Authorization": "Bearer \(Self.token)"])
        #expect(posted.object["new"] as? Int == 1)
        let after = try await served.get("/api/timeline?entity=Anwar%20Ibrahim")
        #expect(after.items.contains { $0["date"] as? String == "2025-03-03" })
    }

    @Test func publishedDatesAnUndatedArticle() async throws {
        let served = try await server()
        let body = "Warga membersihkan sungai\n\nWarga membersihkan sungai bersama relawan dan petugas kebersihan kota."
        let answer = try await served.send(
            "POST", "/api/articles?source=sungai&published=2025-02-14", body: Data(body.utf8),
            headers: ["Authorization": "Bearer \(Self.token)"])
        let id = try #require((answer.object["articles"] as? [[String: Any]])?.first?["article_id"] as? String)
        let article = try await served.get("/api/articles/\(id)")
        #expect((article.object["published"] as? String)?.hasPrefix("2025-02-14") == true)
        #expect(article.object["published_from"] as? String == "given")
    }

    @Test func jsonLinesBodyGivesOneRowPerLine() async throws {
        let served = try await server()
        let lines = (1...3).map { n in
            #"{"url":"https://contoh.example/\#(n)","title":"Banjir di kota \#(n)","published":"2025-01-0\#(n)","text":"Banjir merendam \#(n * 100) rumah warga di Bekasi, Jawa Barat, pada Rabu. BPBD mengerahkan \#(n * 10) perahu karet untuk evakuasi."}"#
        } + ["bukan json"]
        let answer = try await served.send(
            "POST", "/api/articles?format=jsonl&source=umpan", body: Data(lines.joined(separator: "\n").utf8),
            headers: ["Authorization": "Bearer \(Self.token)"])
        #expect(answer.status == 200)
        #expect(answer.object["new"] as? Int == 3)
        #expect(answer.object["failed"] as? Int == 1)
        let failed = (answer.object["articles"] as? [[String: Any]] ?? []).first { $0["status"] as? String == "failed" }
        #expect((failed?["reason"] as? String)?.isEmpty == false)
    }

    @Test func emptyBadAndOversizedBodiesAreRefused() async throws {
        let served = try await server()
        let auth = ["Authorization": "Bearer \(Self.token)"]
        let empty = try await served.send("POST", "/api/articles", body: Data(), headers: auth)
        #expect(empty.status == 400)
        let format = try await served.send("POST", "/api/articles?format=pdf", body: Data("x".utf8), headers: auth)
        #expect(format.status == 400)
        #expect(format.errorMessage?.contains("'format'") == true)
        let big = Data(repeating: UInt8(ascii: "a"), count: 200 * 1024)
        let oversized = try await served.send("POST", "/api/articles", body: big, headers: auth)
        #expect(oversized.status == 413)
        // The server still answers afterwards.
        let status = try await served.get("/api/status")
        #expect(status.status == 200)
    }

    @Test func ingestIsOffWithoutAToken() async throws {
        let served = try await TestServer.start(samples: false)
        let answer = try await served.send("POST", "/api/articles", body: Data(Self.article.utf8))
        #expect(answer.status == 403)
        #expect(answer.errorMessage?.contains("--token") == true)
    }

    @Test func privateReadsNeedTheToken() async throws {
        let served = try await TestServer.start(
            samples: false, configuration: ServerConfiguration(token: Self.token, privateReads: true))
        #expect(try await served.get("/api/status").status == 401)
        #expect(try await served.get("/api/status", headers: ["Authorization": "Bearer \(Self.token)"]).status == 200)
    }

    @Test func malformedRequestDoesNotDisturbOthers() async throws {
        let served = try await server()
        // Garbage on one connection, a header line far over the limit on another.
        let garbage = try Self.exchange(port: served.port, Array("GARBAGE \u{1}\u{2} NOT HTTP\r\n\r\n".utf8))
        #expect(!garbage.contains("200 OK"))
        let header = "GET /api/status HTTP/1.1\r\nHost: x\r\nX-Big: " + String(repeating: "a", count: 200_000) + "\r\n\r\n"
        let huge = try Self.exchange(port: served.port, Array(header.utf8))
        #expect(!huge.contains("200 OK"))
        let status = try await served.get("/api/status")
        #expect(status.status == 200)
    }

    /// Sends raw bytes on a new connection and returns what comes back before it closes (or 5 s).
    static func exchange(port: Int, _ bytes: [UInt8]) throws -> String {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        _ = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            answer += buffer[0..<count]
        }
        return String(decoding: answer, as: UTF8.self)
    }
}
