import LinimasaCluster
import LinimasaCore
import Testing

/// Facts per outlet and the three kinds of disagreement.
struct SourceComparisonTests {
    typealias A = ClusterTestArticles

    @Test func oppositeWordingAboutOneRelationIsReported() throws {
        let friendly = A.make(
            ["Hubungan antara Korea Utara dan Rusia menjadi semakin bersahabat dalam setahun terakhir."],
            outlet: "Kabar Satu",
            names: [A.northKorea, A.russia]
        )
        let worse = A.make(
            ["Hubungan Pyongyang dan Moskow memburuk sejak musim dingin, menurut para pengamat."],
            outlet: "Kabar Dua",
            names: [A.pyongyang, A.moscow]
        )
        let comparison = try SourceComparison(articles: [friendly, worse], pack: A.pack)
        let relation = try #require(comparison.disagreements.first { $0.kind == .relation })
        #expect(relation.about == "North Korea – Russia")
        #expect(relation.sides.map(\.value) == ["positive", "negative"])
        #expect(relation.sides.map(\.outlet) == ["Kabar Satu", "Kabar Dua"])
        #expect(relation.sides.map(\.text) == ["Hubungan antara Korea Utara dan Rusia menjadi semakin bersahabat", "Hubungan Pyongyang dan Moskow memburuk"])
    }

    @Test func negationFlipsPolarity() throws {
        let a = A.make(["Hubungan Korea Utara dan Rusia tidak memburuk."], names: [A.northKorea, A.russia])
        let b = A.make(["Hubungan Korea Utara dan Rusia membaik."], names: [A.northKorea, A.russia])
        let comparison = try SourceComparison(articles: [a, b], pack: A.pack)
        #expect(comparison.disagreements.isEmpty)
    }

    @Test func differentNumbersForOneQuantityAreReported() throws {
        let comparison = try SourceComparison(articles: [A.quakeA, A.quakeB], pack: A.pack)
        let number = try #require(comparison.disagreements.first { $0.kind == .number })
        #expect(number.sides.map(\.value) == ["4", "6"])
        #expect(number.sides.map(\.text) == ["4 orang", "6 orang"])
        let facts = comparison.articles[0].facts.filter { $0.kind == .number }
        #expect(facts.contains { $0.about == "magnitude" && $0.value == "5.8" })
    }

    @Test func numbersWithMultipliersAndWordsAreRead() throws {
        let a = A.make(["Pemerintah menyalurkan bantuan 2,5 juta rupiah kepada sembilan keluarga dan 10.000 tentara berjaga."])
        let comparison = try SourceComparison(articles: [a], pack: A.pack)
        let values = comparison.articles[0].facts.filter { $0.kind == .number }.map { "\($0.value) \($0.about)" }
        #expect(values.contains("2500000 rupiah"))
        #expect(values.contains("10000 troops jaga"))  // the unit and the stem of the word after it
    }

    @Test func differentDaysForOneEventAreReported() throws {
        func article(_ day: String, _ value: String) -> AnalyzedArticle {
            var analyzed = A.make(["Kim berpidato di depan para perwira pada \(day) dan memerintahkan produksi rudal ditambah."], names: [A.kim])
            let sentence = analyzed.article.sentences[0]
            analyzed.events = [
                Event(
                    type: "STATEMENT", cameo: "01", date: value, time: day,
                    actors: [.init(id: A.kim.id, name: A.kim.name, role: .source)], place: nil,
                    sentence: sentence, trigger: TextRange(start: 4, end: 13), negated: false, modality: .asserted,
                    reported: false, confidence: 1
                )
            ]
            return analyzed
        }
        let comparison = try SourceComparison(articles: [article("Senin", "2024-10-07"), article("Selasa", "2024-10-08")], pack: A.pack)
        let date = try #require(comparison.disagreements.first { $0.kind == .date && $0.about.hasPrefix("STATEMENT") })
        #expect(date.about == "STATEMENT by Kim Jong Un")
        #expect(date.sides.map(\.value) == ["2024-10-07", "2024-10-08"])
    }

    /// Outlet A says the minister announced it, then that the announcement was a speech on
    /// Monday; outlet B says the minister said the same on Tuesday.
    static func statement(_ paragraphs: [String], _ dated: [(trigger: String, day: String, value: String)]) -> AnalyzedArticle {
        var analyzed = A.make(paragraphs, outlet: paragraphs.count > 1 ? "Kabar Satu" : "Kabar Dua", names: [A.prabowo])
        let body = analyzed.article.body
        analyzed.events = analyzed.article.sentences.compactMap { sentence in
            let text = body.slice(sentence)
            guard let entry = dated.first(where: { text.contains($0.trigger) }),
                let trigger = A.ranges(of: entry.trigger, in: body).first
            else { return nil }
            return Event(
                type: "STATEMENT", cameo: "01", date: entry.value, time: entry.day.isEmpty ? nil : entry.day,
                actors: [.init(id: A.prabowo.id, name: A.prabowo.name, role: .source)], place: nil,
                sentence: sentence, trigger: trigger, negated: false, modality: .asserted, reported: false, confidence: 1
            )
        }
        return analyzed
    }

    @Test func oneStatementDatedOnTwoDaysIsReported() throws {
        let a = Self.statement(
            [
                "Prabowo mengumumkan bahwa pemerintah akan mempercepat pembangunan tanggul laut di pesisir utara Jawa.",
                "Pengumuman itu disampaikan dalam pidato di Semarang pada Senin.",
            ],
            [("mengumumkan", "", "2025-03-04"), ("pidato", "Senin", "2025-03-03")]
        )
        let b = Self.statement(
            ["Prabowo mengatakan pada hari Selasa bahwa pemerintah akan mempercepat pembangunan tanggul laut di pesisir utara."],
            [("mengatakan", "hari Selasa", "2025-03-04")]
        )
        let comparison = try SourceComparison(articles: [a, b], pack: A.pack)
        let date = try #require(comparison.disagreements.first { $0.kind == .date })
        #expect(date.about == "STATEMENT by Prabowo Subianto")
        #expect(date.sides.map(\.value) == ["2025-03-03", "2025-03-04"])
        #expect(date.sides.map(\.text) == ["pidato", "mengatakan"])
    }

    @Test func twoStatementsOnTwoDaysAreNotADisagreement() throws {
        let a = Self.statement(
            [
                "Prabowo mengumumkan bahwa pemerintah akan mempercepat pembangunan tanggul laut di pesisir utara Jawa.",
                "Pengumuman itu disampaikan dalam pidato di Semarang pada Senin.",
            ],
            [("mengumumkan", "", "2025-03-04"), ("pidato", "Senin", "2025-03-03")]
        )
        let b = Self.statement(
            ["Prabowo mengatakan pada hari Kamis bahwa anggaran makan siang sekolah dinaikkan tahun depan."],
            [("mengatakan", "hari Kamis", "2025-03-06")]
        )
        let comparison = try SourceComparison(articles: [a, b], pack: A.pack)
        #expect(!comparison.disagreements.contains { $0.kind == .date })
    }

    @Test func agreeingArticlesHaveNoDisagreement() throws {
        let comparison = try SourceComparison(articles: [A.quakeA, A.quakeA], pack: A.pack)
        #expect(comparison.disagreements.isEmpty)
        #expect(comparison.articles.count == 2)
    }
}
