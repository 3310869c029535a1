import Foundation
import LinimasaCore
import LinimasaIndonesian
import LinimasaStorage

/// Builders for storage tests: stores on the real migrator, and articles written for these tests.
enum StoreFixtures {
    /// The real Indonesian pack, loaded once for all tests.
    static let pack: IndonesianPack = {
        do { return try IndonesianPack() } catch { fatalError("cannot load the Indonesian pack: \(error)") }
    }()

    /// A private in-memory store.
    static func memoryStore() throws -> SQLiteStore {
        try SQLiteStore(path: nil, pack: pack)
    }

    /// A fresh folder under the temporary directory, removed by the caller's `defer`.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("linimasa-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The byte range of the first `needle` in `body` (after `from` bytes).
    static func range(of needle: String, in body: String, from: Int = 0) -> TextRange {
        let bytes = Array(body.utf8)
        let target = Array(needle.utf8)
        var index = from
        while index + target.count <= bytes.count {
            if Array(bytes[index..<index + target.count]) == target {
                return TextRange(start: index, end: index + target.count)
            }
            index += 1
        }
        fatalError("'\(needle)' not in the test body")
    }

    /// Paragraph ranges of a body whose paragraphs are separated by a blank line.
    static func paragraphs(_ body: String) -> [TextRange] {
        var ranges: [TextRange] = []
        var start = 0
        let bytes = Array(body.utf8)
        var index = 0
        while index < bytes.count {
            if index + 1 < bytes.count, bytes[index] == 0x0A, bytes[index + 1] == 0x0A {
                ranges.append(TextRange(start: start, end: index))
                index += 2
                start = index
                continue
            }
            index += 1
        }
        ranges.append(TextRange(start: start, end: bytes.count))
        return ranges
    }

    /// An article with every kind of annotation filled in.
    static func fullArticle(
        source: String = "tests/kunjungan.txt",
        title: String = "Menteri Kunjungi Sekolah di Bogor",
        outlet: String? = "Warta Uji",
        published: CalendarDate? = CalendarDate(year: 2024, month: 3, day: 4),
        body: String? = nil
    ) -> AnalyzedArticle {
        let text =
            body ?? """
                Menteri Pendidikan Ratna Kusuma melakukan kunjungan ke sebuah sekolah dasar di Bogor pada Senin pagi.

                "Kami akan memperbaiki ruang kelas yang rusak tahun ini," kata Ratna Kusuma kepada wartawan.

                Ratna didampingi Wali Kota Bogor Arif Santoso selama kunjungan tersebut.
                """
        let paragraphs = paragraphs(text)
        let article = Article(
            source: source,
            title: title,
            outlet: outlet,
            dateline: "Bogor",
            datelineText: "BOGOR, Warta Uji –",
            authors: ["Dewi Lestari", "Budi Rahman"],
            editors: ["Sinta"],
            published: published.map {
                PublishedDate(date: $0, minuteOfDay: 9 * 60 + 30, utcOffsetMinutes: 420, source: .stated)
            },
            body: text,
            boilerplate: [
                BoilerplateLine("Baca juga: Sekolah Baru Dibuka", reason: .pattern),
                BoilerplateLine(title, reason: .title),
            ],
            paragraphs: paragraphs,
            sentences: paragraphs
        )
        guard body == nil else { return AnalyzedArticle(article: article) }
        let minister = LinkedEntity(
            id: "test:ratna-kusuma",
            name: "Ratna Kusuma",
            type: .person,
            wikidata: nil,
            mentions: [
                EntityMention(text: "Ratna Kusuma", range: range(of: "Ratna Kusuma", in: text)),
                EntityMention(text: "Ratna", range: range(of: "Ratna didampingi", in: text).prefix(5)),
            ]
        )
        let city = LinkedEntity(
            id: "Q10351",
            name: "Bogor",
            type: .geopolitical,
            wikidata: "Q10351",
            mentions: [EntityMention(text: "Bogor", range: range(of: "Bogor", in: text))]
        )
        let mayor = LinkedEntity(
            id: "test:arif-santoso",
            name: "Arif Santoso",
            type: .person,
            mentions: [EntityMention(text: "Arif Santoso", range: range(of: "Arif Santoso", in: text))]
        )
        let said = range(of: "Kami akan memperbaiki ruang kelas yang rusak tahun ini,", in: text)
        let quote = Quote(
            text: text.slice(said),
            range: said,
            direct: true,
            speaker: EntityReference(id: minister.id, name: minister.name),
            via: [EntityReference(id: "test:warta", name: "Warta Uji")],
            note: "test"
        )
        let monday = range(of: "Senin pagi", in: text)
        let time = TimeExpression(
            text: "Senin pagi",
            range: monday,
            kind: .time,
            value: "2024-03-04TMO",
            precision: "day",
            anchor: .publication,
            confidence: 0.9,
            note: nil
        )
        let visit = range(of: "kunjungan", in: text)
        let event = Event(
            type: "visit",
            cameo: "042",
            date: "2024-03-04",
            time: nil,
            actors: [Event.Actor(id: minister.id, name: minister.name, role: .source)],
            place: EntityReference(id: city.id, name: city.name),
            sentence: paragraphs[0],
            trigger: visit,
            negated: false,
            modality: .asserted,
            reported: false,
            confidence: 0.75
        )
        return AnalyzedArticle(
            article: article,
            times: [time],
            entities: [minister, city, mayor],
            quotes: [quote],
            events: [event],
            warnings: ["test warning"]
        )
    }

    /// A plain article with only a body, title and date.
    static func plainArticle(
        source: String,
        title: String,
        body: String,
        outlet: String? = "Warta Uji",
        published: CalendarDate? = CalendarDate(year: 2024, month: 5, day: 1)
    ) -> AnalyzedArticle {
        AnalyzedArticle(
            article: Article(
                source: source,
                title: title,
                outlet: outlet,
                published: published.map { PublishedDate(date: $0, source: .given) },
                body: body,
                paragraphs: paragraphs(body),
                sentences: paragraphs(body)
            )
        )
    }

    /// Saves analysed articles as one batch of one ingest run and returns the log rows.
    @discardableResult
    static func save(_ articles: [AnalyzedArticle], in store: SQLiteStore) async throws -> [IngestLogEntry] {
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
    func prefix(_ count: Int) -> TextRange { TextRange(start: start, end: min(end, start + count)) }
}
