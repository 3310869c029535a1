#if PostgreSQL
import Foundation
import LinimasaCore
import LinimasaIndonesian
import LinimasaPostgres
import LinimasaStorage
import Testing

/// The server to test against: `LINIMASA_TEST_POSTGRES_URL`, e.g.
/// `postgres://linimasa:linimasa@127.0.0.1:5432/linimasa_test` (a role that may create databases).
enum TestServer {
    static let url = ProcessInfo.processInfo.environment["LINIMASA_TEST_POSTGRES_URL"]
    static let isSet = url.map { !$0.isEmpty } ?? false

    static let pack: IndonesianPack = {
        do { return try IndonesianPack() } catch { fatalError("cannot load the Indonesian pack: \(error)") }
    }()

    /// Runs `body` with a store in a fresh database of its own, dropped afterwards
    /// (tests run in parallel).
    static func withStore<T>(
        _ body: (PostgresStore, PostgresStore.Configuration) async throws -> T
    ) async throws -> T {
        var configuration = try PostgresStore.Configuration(url: try #require(url))
        let name = "linimasa_t_" + UUID().uuidString.lowercased().replacing("-", with: "")
        try await PostgresStore.administerForTesting("CREATE DATABASE \(name)", configuration: configuration)
        configuration.database = name
        do {
            let result = try await body(PostgresStore(configuration: configuration, pack: pack), configuration)
            try? await PostgresStore.administerForTesting(
                "DROP DATABASE \(name) WITH (FORCE)",
                configuration: configuration
            )
            return result
        } catch {
            try? await PostgresStore.administerForTesting(
                "DROP DATABASE \(name) WITH (FORCE)",
                configuration: configuration
            )
            throw error
        }
    }

    /// An article with a body, title and date, and optionally entities and quotes.
    static func article(
        _ source: String,
        title: String,
        body: String,
        outlet: String? = "Warta Uji",
        day: CalendarDate? = CalendarDate(year: 2024, month: 5, day: 1),
        entities: [LinkedEntity] = [],
        quotes: [Quote] = []
    ) -> AnalyzedArticle {
        let whole = [TextRange(start: 0, end: body.utf8.count)]
        return AnalyzedArticle(
            article: Article(
                source: source,
                title: title,
                outlet: outlet,
                published: day.map {
                    PublishedDate(date: $0, minuteOfDay: 600, utcOffsetMinutes: 420, source: .stated)
                },
                body: body,
                paragraphs: whole,
                sentences: whole
            ),
            entities: entities,
            quotes: quotes,
            warnings: ["a warning"]
        )
    }

    /// The byte range of the first `needle` in `text`.
    static func range(of needle: String, in text: String) -> TextRange {
        let bytes = Array(text.utf8)
        let target = Array(needle.utf8)
        for start in 0...(bytes.count - target.count) where Array(bytes[start..<start + target.count]) == target {
            return TextRange(start: start, end: start + target.count)
        }
        fatalError("'\(needle)' not in the test text")
    }

    /// Five articles: visits, floods, prices, and one with a minister, a city and a quote.
    static let corpus: [AnalyzedArticle] = {
        let body =
            "Menteri Ratna Kusuma mengunjungi sekolah di Bogor. \"Kami akan memperbaiki kelas yang rusak,\" kata Ratna kepada wartawan."
        let said = range(of: "Kami akan memperbaiki kelas yang rusak,", in: body)
        let minister = LinkedEntity(
            id: "test:ratna",
            name: "Ratna Kusuma",
            type: .person,
            mentions: [
                EntityMention(text: "Ratna Kusuma", range: range(of: "Ratna Kusuma", in: body)),
                EntityMention(text: "Ratna", range: range(of: "Ratna kepada", in: body).prefixed(5)),
            ]
        )
        let city = LinkedEntity(
            id: "Q10351",
            name: "Bogor",
            type: .geopolitical,
            wikidata: "Q10351",
            mentions: [EntityMention(text: "Bogor", range: range(of: "Bogor", in: body))]
        )
        let quote = Quote(
            text: String(decoding: Array(body.utf8)[said.start..<said.end], as: UTF8.self),
            range: said,
            direct: true,
            speaker: EntityReference(id: minister.id, name: minister.name)
        )
        return [
            article(
                "kunjungan.txt",
                title: "Kunjungan Kerja ke Papua",
                body: "Rombongan menteri melakukan kunjungan kerja ke Jayapura untuk meninjau pembangunan jalan.",
                day: CalendarDate(year: 2024, month: 1, day: 10)
            ),
            article(
                "kunjungi.txt",
                title: "Warga Diminta Kunjungi Posyandu",
                body: "Dinas kesehatan meminta warga kunjungi posyandu terdekat setiap bulan.",
                outlet: "Kabar Contoh",
                day: CalendarDate(year: 2024, month: 2, day: 5)
            ),
            article(
                "banjir.txt",
                title: "Banjir Rendam Permukiman",
                body: "Banjir bandang merendam ratusan rumah warga di tepi sungai. Warga mengungsi ke balai desa.",
                day: CalendarDate(year: 2024, month: 3, day: 1)
            ),
            article(
                "harga.txt",
                title: "Harga Beras Naik",
                body: "Harga beras di pasar induk naik tajam menjelang musim hujan, sementara banjir belum surut.",
                outlet: "Kabar Contoh",
                day: CalendarDate(year: 2024, month: 3, day: 2)
            ),
            article(
                "sekolah.txt",
                title: "Menteri Tinjau Sekolah",
                body: body,
                day: CalendarDate(year: 2024, month: 4, day: 4),
                entities: [minister, city],
                quotes: [quote]
            ),
        ]
    }()

    /// Saves `articles` as one batch of one run.
    @discardableResult
    static func save(_ articles: [AnalyzedArticle], in store: any ArticleStore) async throws -> [IngestLogEntry] {
        let run = try await store.beginIngest(paths: ["tests"], wait: false)
        let entries = try await store.save(
            articles.map { IngestRecord(source: $0.article.source, result: .success($0)) },
            run: run
        )
        try await store.finishIngest(run: run, summary: IngestSummary())
        return entries
    }
}

extension TextRange {
    /// The first `count` bytes of the range.
    func prefixed(_ count: Int) -> TextRange { TextRange(start: start, end: min(end, start + count)) }
}

@Suite(.enabled(if: TestServer.isSet, "set LINIMASA_TEST_POSTGRES_URL to a PostgreSQL server to run these"))
struct PostgresStoreTests {
    @Test func articlesRoundTripWithEveryAnnotation() async throws {
        try await TestServer.withStore { store, _ in
            let entries = try await TestServer.save(TestServer.corpus, in: store)
            #expect(entries.map(\.status) == Array(repeating: .new, count: TestServer.corpus.count))
            for article in TestServer.corpus {
                #expect(try await store.article(id: article.article.id) == article, "\(article.article.source)")
            }
            let statistics = try await store.statistics()
            #expect(statistics.articles == 5)
            #expect(statistics.entities == 2)
            #expect(statistics.mentions == 3)
            #expect(statistics.quotes == 1)
            #expect(statistics.runs == 1)
            let march = try await store.articles(
                from: CalendarDate(year: 2024, month: 3, day: 1),
                to: CalendarDate(year: 2024, month: 3, day: 31),
                limit: 10
            )
            #expect(march.map(\.article.source) == ["banjir.txt", "harga.txt"])
        }
    }

    @Test func duplicatesUpdatesAndRerunsAsInSQLite() async throws {
        try await TestServer.withStore { store, _ in
            let first = TestServer.article("a.txt", title: "Satu", body: "Gempa mengguncang Palu pagi ini.")
            try await TestServer.save([first], in: store)
            #expect(
                try await store.alreadyIngested([("a.txt", first.article.id), ("b.txt", first.article.id)]) == [
                    true, false,
                ]
            )
            let copy = TestServer.article("b.txt", title: "Dua", body: "Gempa mengguncang Palu pagi ini.")
            let changed = TestServer.article("a.txt", title: "Satu", body: "Gempa kuat mengguncang Palu pagi ini.")
            let entries = try await TestServer.save([copy, changed], in: store)
            #expect(entries.map(\.status) == [.duplicate, .updated])
            #expect(entries[0].reason == "same text as 'a.txt'")
            #expect(entries[1].reason == "replaces \(first.article.id)")
            #expect(try await store.article(id: first.article.id) == nil)
            #expect(try await store.article(id: changed.article.id) == changed)
            #expect(try await store.alreadyIngested([("b.txt", copy.article.id)]) == [true])
            let failed = try await store.save(
                [IngestRecord(source: "bad.html", result: .failure(LinimasaError(.unreadable, "not UTF-8")))],
                run: 1
            )
            #expect(failed.map(\.status) == [.failed])
            #expect(try await store.ingestLog(run: 1).map(\.status) == [.new, .failed])
        }
    }

    /// The SQLite store is the oracle: the same articles, the same queries, the same hits.
    @Test func searchFindsWhatSQLiteFinds() async throws {
        let queries = [
            "kunjungan", "mengunjungi", "banjir", "\"banjir bandang\"", "\"bandang banjir\"", "posyan*", "kunjung*",
            "beras OR jagung", "banjir -beras", "banjir NOT beras", "warga", "menteri sekolah", "banjir (",
            "'banjir'", "\"banjir", "rusak", "kelas OR posyandu",
        ]
        let sqlite = try SQLiteStore(path: nil, pack: TestServer.pack)
        try await TestServer.save(TestServer.corpus, in: sqlite)
        try await TestServer.withStore { store, _ in
            try await TestServer.save(TestServer.corpus, in: store)
            for text in queries {
                let want = Set(try await sqlite.search(SearchQuery(text)).map(\.source))
                let got = Set(try await store.search(SearchQuery(text)).map(\.source))
                #expect(got == want, "query \(text)")
                #expect(!got.isEmpty || text == "\"bandang banjir\"", "query \(text)")
            }
            let filtered = [
                SearchQuery("warga", from: CalendarDate(year: 2024, month: 3, day: 1)),
                SearchQuery("warga", to: CalendarDate(year: 2024, month: 2, day: 28)),
                SearchQuery("kunjungan OR banjir", outlet: "kabar contoh"),
                SearchQuery("sekolah", entity: "Ratna"),
                SearchQuery("banjir", entity: "Nobody Known"),
            ]
            for query in filtered {
                let want = Set(try await sqlite.search(query).map(\.source))
                #expect(Set(try await store.search(query).map(\.source)) == want, "query \(query.text)")
            }
        }
    }

    @Test func titleHitsRankFirstAndSnippetsMarkWordsAsWritten() async throws {
        try await TestServer.withStore { store, _ in
            try await TestServer.save(TestServer.corpus, in: store)
            let hits = try await store.search(SearchQuery("banjir"))
            #expect(hits.map(\.source) == ["banjir.txt", "harga.txt"])
            #expect(hits[0].score > hits[1].score)
            let fled = try await store.search(SearchQuery("pengungsian", marks: ("<", ">")))
            #expect(fled.map(\.source) == ["banjir.txt"])
            #expect(fled.first?.snippet.contains("<mengungsi>") == true, "\(fled.first?.snippet ?? "")")
            #expect(fled.first?.published?.date == CalendarDate(year: 2024, month: 3, day: 1))
            let page = try await store.search(SearchQuery("warga", limit: 1, offset: 1))
            let all = try await store.search(SearchQuery("warga"))
            #expect(page.map(\.articleID) == [all[1].articleID])
        }
    }

    @Test(arguments: [
        ("", "nothing to search for in ''; give at least one word"),
        ("-banjir", "a search needs at least one word that must occur, not only excluded ones ('-banjir')"),
    ])
    func emptySearchesAreRefusedAsInSQLite(text: String, message: String) async throws {
        try await TestServer.withStore { store, _ in
            let error = await #expect(throws: LinimasaError.self) { try await store.search(SearchQuery(text)) }
            #expect(error?.code == .invalidInput)
            #expect(error?.message == message)
        }
    }

    @Test func entityProfilesAndQuotesMatchSQLite() async throws {
        let sqlite = try SQLiteStore(path: nil, pack: TestServer.pack)
        try await TestServer.save(TestServer.corpus, in: sqlite)
        try await TestServer.withStore { store, _ in
            try await TestServer.save(TestServer.corpus, in: store)
            for name in ["Ratna", "ratna kusuma", "Q10351", "Bogor"] {
                let got = try await store.entityProfile(named: name, quoteLimit: 5)
                #expect(got != nil, "\(name)")
                #expect(got == (try await sqlite.entityProfile(named: name, quoteLimit: 5)), "\(name)")
            }
            #expect(try await store.entityProfile(named: "Nobody Known", quoteLimit: 5) == nil)
            for query in [QuoteQuery(), QuoteQuery(speaker: "Ratna"), QuoteQuery(speaker: "Nobody Known")] {
                #expect(try await store.quotes(query) == (try await sqlite.quotes(query)), "\(query)")
            }
            #expect(try await store.quotes(QuoteQuery(speaker: "Ratna")).count == 1)
        }
    }

    @Test func storiesAreAssignedAndRead() async throws {
        try await TestServer.withStore { store, _ in
            try await TestServer.save(TestServer.corpus, in: store)
            let flood = TestServer.corpus[2].article.id
            try await store.assign([StoryAssignment(articleID: flood, storyID: "s1")])
            let story = StoryRecord(
                id: "s1",
                headline: "Banjir",
                firstDate: CalendarDate(year: 2024, month: 3, day: 1),
                lastDate: nil
            )
            try await store.saveStories([story])
            #expect(try await store.story(id: "s1") == story)
            #expect(try await store.articles(inStory: "s1").map(\.article.id) == [flood])
            #expect(try await store.stories(from: nil, to: nil, entity: nil, limit: 5) == [story])
            #expect(try await store.stories(from: nil, to: nil, entity: "Ratna", limit: 5).isEmpty)
            #expect(try await store.search(SearchQuery("bandang")).first?.storyID == "s1")
        }
    }

    @Test func concurrentWorkersClaimDisjointBatches() async throws {
        try await TestServer.withStore { store, configuration in
            let inputs = (0..<60).map { n in
                QueuedInput(kind: .file, source: "input-\(n).txt", content: Array("Berita nomor \(n) hari ini.".utf8))
            }
            #expect(try await store.enqueue(inputs).count == 60)
            #expect(try await store.enqueue(Array(inputs.prefix(5))).isEmpty)
            // Two workers, each with its own connections, as on two machines.
            let other = PostgresStore(configuration: configuration, pack: TestServer.pack)
            let claimed = try await withThrowingTaskGroup(of: [String].self) { group in
                for (index, worker) in [store, other].enumerated() {
                    group.addTask {
                        var mine: [String] = []
                        let run = try await worker.beginIngest(paths: [], worker: "w\(index)")
                        while true {
                            let batch = try await worker.claim(4, worker: "w\(index)")
                            if batch.isEmpty { return mine }
                            mine += batch.map(\.source)
                            let records = batch.map { input in
                                IngestRecord(
                                    source: input.source,
                                    result: .success(
                                        TestServer.article(
                                            input.source,
                                            title: input.source,
                                            body: String(decoding: input.content, as: UTF8.self)
                                        )
                                    )
                                )
                            }
                            let completions = batch.map { QueueCompletion(number: $0.number, sources: 1) }
                            _ = try await worker.save(records, run: run, completing: completions)
                        }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(claimed.count == 2)
            #expect(Set(claimed[0]).isDisjoint(with: claimed[1]))
            #expect((claimed[0] + claimed[1]).sorted() == inputs.map(\.source).sorted())
            #expect(try await store.statistics().articles == 60)
            #expect(try await store.integerForTesting("SELECT count(*) FROM ingest_queue WHERE done_at IS NULL") == 0)
            #expect(try await store.claim(4, worker: "late").isEmpty)
            let status = try await store.queueStatus(worker: "w0")
            #expect(status.open == 0)
            #expect(status.workers.map(\.inputs).reduce(0, +) == 60)
            #expect(Set(status.workers.map(\.name)).isSubset(of: ["w0", "w1"]))
        }
    }

    @Test func queuedInputsKeepTheirBytesAndAreQueuedOncePerContent() async throws {
        try await TestServer.withStore { store, _ in
            let bytes: [UInt8] = [0x00, 0xFF, 0x0A] + Array("Isi berkas 🌧 hujan".utf8)
            let first = QueuedInput(kind: .lines, source: "umpan.jsonl", firstLine: 101, format: "jsonl", content: bytes)
            #expect(try await store.enqueue([first]).count == 1)
            // The same input with the same bytes is not queued again; changed bytes are.
            #expect(try await store.enqueue([first]).isEmpty)
            var changed = first
            changed.content += [0x21]
            #expect(try await store.enqueue([changed]).count == 1)
            let claimed = try await store.claim(10, worker: "a")
            #expect(claimed.map(\.content) == [bytes, bytes + [0x21]])
            #expect(claimed.allSatisfy { $0.kind == .lines && $0.firstLine == 101 && $0.format == "jsonl" })
            #expect(claimed.map(\.number) == claimed.map(\.number).sorted())
        }
    }

    @Test func aClaimWhoseWorkerDiedIsHandedOnAfterTheLease() async throws {
        try await TestServer.withStore { store, _ in
            let inputs = (0..<3).map { QueuedInput(kind: .file, source: "\($0).txt", content: [UInt8]("teks \($0)".utf8)) }
            _ = try await store.enqueue(inputs)
            let dead = try await store.claim(2, worker: "dead")
            #expect(dead.map(\.source) == ["0.txt", "1.txt"])
            // Within the lease the other worker only gets what is left, and is told to wait.
            let left = try await store.claim(10, worker: "live", lease: 60)
            #expect(left.map(\.source) == ["2.txt"])
            let run = try await store.beginIngest(paths: [], worker: "live")
            _ = try await store.save([], run: run, completing: left.map { QueueCompletion(number: $0.number, sources: 1) })
            var status = try await store.queueStatus(worker: "live", lease: 60)
            #expect(status.open == 2)
            #expect(status.claimedByOthers == 2)
            try await Task.sleep(for: .milliseconds(1_200))
            let taken = try await store.claim(10, worker: "live", lease: 1)
            #expect(taken.map(\.source) == ["0.txt", "1.txt"])
            _ = try await store.save([], run: run, completing: taken.map { QueueCompletion(number: $0.number, sources: 1) })
            status = try await store.queueStatus(worker: "live")
            #expect(status.open == 0)
            #expect(status.workers.map(\.name) == ["live"])
            #expect(status.workers.first?.inputs == 3)
        }
    }

    @Test func concurrentSavesOfOneArticleStoreItOnce() async throws {
        try await TestServer.withStore { store, configuration in
            let other = PostgresStore(configuration: configuration, pack: TestServer.pack)
            let article = TestServer.article("same.txt", title: "Sama", body: "Dua pekerja menyimpan berita yang sama.")
            let statuses = try await withThrowingTaskGroup(of: IngestStatus.self) { group in
                for worker in [store, other] {
                    group.addTask {
                        let run = try await worker.beginIngest(paths: ["same.txt"], wait: false)
                        let record = IngestRecord(source: "same.txt", result: .success(article))
                        return try await worker.save([record], run: run)[0].status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.sorted { $0.rawValue < $1.rawValue } == [.duplicate, .new])
            #expect(try await store.statistics().articles == 1)
        }
    }

    @Test func aDroppedConnectionFailsClearlyAndKeepsWhatWasCommitted() async throws {
        try await TestServer.withStore { store, _ in
            try await TestServer.save(Array(TestServer.corpus.prefix(2)), in: store)
            let error = await #expect(throws: LinimasaError.self) {
                try await store.executeForTesting("SELECT pg_terminate_backend(pg_backend_pid())")
            }
            #expect(error?.code == .storage)
            #expect(
                error?.message.hasPrefix("cannot run a test statement on PostgreSQL at ") == true,
                "\(error?.message ?? "")"
            )
            #expect(error?.message.contains("everything committed before is kept") == true, "\(error?.message ?? "")")
            // As the message says, run again: the pool may hand out the dead connection once more
            // before it notices; then it reconnects, and what was committed is there.
            var articles: Int? = nil
            for _ in 0..<10 where articles == nil {
                articles = try? await store.statistics().articles
                if articles == nil { try await Task.sleep(for: .milliseconds(200)) }
            }
            #expect(articles == 2)
            #expect(try await store.article(id: TestServer.corpus[0].article.id) == TestServer.corpus[0])
        }
    }

    @Test func anUnreachableServerIsNamedInOneLine() async throws {
        var configuration = try PostgresStore.Configuration(url: "postgres://nobody@127.0.0.1:1/none")
        configuration.timeout = 2
        let store = PostgresStore(configuration: configuration, pack: TestServer.pack)
        let error = await #expect(throws: LinimasaError.self) { try await store.statistics() }
        #expect(error?.code == .storage)
        #expect(
            error?.message.hasPrefix("cannot open PostgreSQL at nobody@127.0.0.1:1/none") == true,
            "\(error?.message ?? "")"
        )
    }

    @Test func readOnlyOpeningDoesNotCreateAStore() async throws {
        try await TestServer.withStore { _, configuration in
            var readOnly = configuration
            readOnly.create = false
            // The helper's store has not been used, so the database is still empty.
            let error = await #expect(throws: LinimasaError.self) {
                try await PostgresStore(configuration: readOnly, pack: TestServer.pack).prepare()
            }
            #expect(error?.message.hasPrefix("no linimasa store in the database") == true, "\(error?.message ?? "")")
        }
    }

    @Test(arguments: [
        ("postgres://u:p%40ss@db.example:6543/news", "u@db.example:6543/news", "p@ss"),
        ("postgresql://localhost/linimasa", "postgres@localhost:5432/linimasa", nil),
    ])
    func urlsAreRead(url: String, name: String, password: String?) throws {
        let configuration = try PostgresStore.Configuration(url: url)
        #expect(configuration.displayName == name)
        #expect(configuration.password == password)
        #expect(configuration.tls == .disable)
    }

    /// With `sslmode=require` the session is encrypted when the server offers TLS,
    /// and refused with a one-line error when it does not.
    @Test func requiredTLSEncryptsOrRefuses() async throws {
        try await TestServer.withStore { store, configuration in
            let offered = try await store.integerForTesting("SELECT (current_setting('ssl') = 'on')::int") == 1
            var secure = configuration
            secure.tls = .require
            secure.timeout = 5
            let encrypted = PostgresStore(configuration: secure, pack: TestServer.pack)
            if offered {
                let ssl = try await encrypted.integerForTesting(
                    "SELECT ssl::int FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
                )
                #expect(ssl == 1)
            } else {
                let error = await #expect(throws: LinimasaError.self) {
                    _ = try await encrypted.integerForTesting("SELECT 1")
                }
                #expect(error?.code == .storage)
                #expect(error?.message.contains(configuration.displayName) == true, "\(error?.message ?? "")")
            }
        }
    }

    @Test func tlsModesAreReadFromTheURL() throws {
        let required = try PostgresStore.Configuration(url: "postgres://u@db.example/news?sslmode=require")
        #expect(required.tls == .require)
        let verified = try PostgresStore.Configuration(
            url: "postgresql://u@db.example/news?sslmode=verify-full&sslrootcert=/etc/ssl/ca.pem"
        )
        #expect(verified.tls == .verifyFull)
        #expect(verified.rootCertificate == "/etc/ssl/ca.pem")
        let error = #expect(throws: LinimasaError.self) {
            try PostgresStore.Configuration(url: "postgres://u@db.example/news?sslmode=sometimes")
        }
        #expect(error?.message.contains("sslmode takes disable, prefer, require, verify-ca or verify-full") == true)
    }
}
#endif
