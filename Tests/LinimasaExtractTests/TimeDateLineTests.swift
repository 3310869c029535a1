import LinimasaCore
import LinimasaExtract
import LinimasaIndonesian
import Testing

struct TimeDateLineTests {
    static let tagger: TimeTagger = {
        // The bundled pack is part of the build; failing to load it is a build error.
        try! TimeTagger(pack: IndonesianPack())
    }()

    @Test(arguments: [
        ("18 November 2024 17:10", "2024-11-18T17:10"),
        ("Sep 14, 2023 - 13:49", "2023-09-14T13:49"),
        ("Senin, 18 November 2024 10:15 WIB", "2024-11-18T10:15+07:00"),
        ("Kamis, 12 Des 2024 | 08:00 WIB", "2024-12-12T08:00+07:00"),
        ("18/11/2024, 17:10 WIB", "2024-11-18T17:10+07:00"),
        ("2024-11-18T17:10:00+07:00", "2024-11-18T17:10+07:00"),
        ("2024-11-18", "2024-11-18"),
        ("  Selasa, 8 Oktober 2024  ", "2024-10-08"),
        ("Jumat, 29 Nov 2024 - 14.30 WITA", "2024-11-29T14:30+08:00"),
        ("Rabu, 13/9/2023 pukul 20.15 WIT", "2023-09-13T20:15+09:00"),
        ("Selasa, 10/8/2024", "2024-10-08"),
        ("14 September 2023", "2023-09-14"),
        ("September 14, 2023", "2023-09-14"),
        ("2023-09-14 13:49:05", "2023-09-14T13:49"),
        ("Minggu, 1 Desember 2024 • 07:45 WIB", "2024-12-01T07:45+07:00"),
        ("29-11-2024 09:00", "2024-11-29T09:00"),
        ("Senin 18 Nov 2024, 17:10 WIB", "2024-11-18T17:10+07:00"),
        ("2024-11-18T10:00:00Z", "2024-11-18T10:00+00:00"),
    ])
    func readsDateLines(line: String, iso: String) {
        let date = Self.tagger.publishedDate(inLine: line)
        #expect(date?.iso == iso, "line \(line)")
        #expect(date?.source == .stated, "line \(line)")
    }

    @Test(arguments: [
        "Kim bertemu Putin pada 18 Juni 2024.",
        "Marcheilla Ariesta • 18 November 2024 17:10",
        "31 Februari 2024",
        "2024-13-01",
        "10.000 tentara",
        "Pasal 4 ayat 2",
        "",
        "Jumat",
        "18 November",
        "Sep 14, 2023 - 13:49 oleh redaksi",
        "18/11/2024 25:10",
    ])
    func rejectsOtherLines(line: String) {
        #expect(Self.tagger.publishedDate(inLine: line) == nil, "line \(line)")
    }

    @Test func secondsGivePrecision() throws {
        let date = try #require(Self.tagger.publishedDate(inLine: "2024-11-18T17:10:05+07:00"))
        #expect(date.precision == .second)
        #expect(date.utcOffsetMinutes == 420)
        #expect(date.minuteOfDay == 17 * 60 + 10)
    }
}
