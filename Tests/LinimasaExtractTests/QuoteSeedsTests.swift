import Foundation
import LinimasaCore
import LinimasaExtract
import LinimasaIndonesian
import LinimasaTestSupport
import Testing

/// Scores the quote extractor against the gold quotes of the shared seeds (`../shared`), when present.
///
/// Bodies are the seed text without the gold `boilerplate` lines and the `dateline_text`
/// prefix, one paragraph per line. Entities come either from the gold entity table (every
/// whole-word occurrence of a name or alias is a mention: the score of attribution alone)
/// or from ``EntityExtractor`` with the bundled knowledge base (the score of the pipeline).
struct QuoteSeedsTests {
    struct Score {
        var quotes = 0
        var found = 0
        var speakers = 0
        var vias = 0
        var misses: [String] = []
        /// Quoted spans outside the gold that were given a speaker.
        var attributedExtras: [String] = []
    }

    /// Where the entities given to the quote extractor come from.
    enum EntitySource: String, CaseIterable, Sendable {
        case gold
        case extractor
    }

    static let seedsAvailable = Corpus.shared != nil

    @Test(.enabled(if: seedsAvailable), arguments: EntitySource.allCases)
    func speakersAndRelaysOfTheSeeds(entities: EntitySource) throws {
        let score = try Self.score(entities: entities)
        #expect(score.quotes > 0)
        #expect(
            Double(score.speakers) >= 0.9 * Double(score.quotes),
            "\(entities) speakers \(score.speakers)/\(score.quotes): \(score.misses)"
        )
        #expect(
            Double(score.vias) >= 0.8 * Double(score.quotes),
            "\(entities) via \(score.vias)/\(score.quotes): \(score.misses)"
        )
    }

    @Test(.enabled(if: seedsAvailable), arguments: EntitySource.allCases)
    func noScareQuoteIsAttributed(entities: EntitySource) throws {
        let score = try Self.score(entities: entities)
        #expect(score.attributedExtras.isEmpty, "\(entities): \(score.attributedExtras)")
    }

    static func score(entities source: EntitySource) throws -> Score {
        let shared = try #require(Corpus.shared)
        let data = try Data(contentsOf: shared.appendingPathComponent("seeds_gold.json"))
        let gold = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let pack = try IndonesianPack()
        let extractor = try QuoteExtractor(pack: pack)
        let entityExtractor = EntityExtractor(pack: pack, knowledgeBase: try KnowledgeBase(pack: pack))
        var score = Score()
        for name in gold.keys.sorted() {
            let seed = try #require(gold[name] as? [String: Any])
            let text = try Corpus.text(shared.appendingPathComponent("seeds/\(name).txt"))
            let body = Corpus.seedBody(text, gold: seed)
            let goldEntities = seed["entities"] as? [[String: Any]] ?? []
            let article = QuoteTestArticles.article(body, pack: pack)
            let entities: [LinkedEntity]
            switch source {
            case .gold:
                entities = Self.entities(goldEntities, in: body)
            case .extractor:
                let published = (seed["published"] as? String).flatMap { CalendarDate(iso: $0) }
                let reference = published.map { ReferenceDate(date: $0, source: .stated) }
                entities = entityExtractor.extract(article, reference: reference)
            }
            let quotes = extractor.extract(article, entities: entities)

            func forms(_ entityName: String) -> Set<String> {
                for entity in goldEntities {
                    let aliases = entity["aliases"] as? [String] ?? []
                    let canonical = entity["name"] as? String ?? ""
                    if canonical == entityName || aliases.contains(entityName) {
                        return Set(aliases + [canonical])
                    }
                }
                return [entityName]
            }
            func same(_ ref: EntityReference?, _ goldName: String) -> Bool {
                guard let ref else { return false }
                let goldForms = forms(goldName)
                if goldForms.contains(ref.name) { return true }
                let mentions = entities.first { $0.id == ref.id }?.mentions.map(\.text) ?? []
                return mentions.contains { goldForms.contains($0) }
            }

            var matched: Set<Int> = []
            for goldQuote in seed["quotes"] as? [[String: Any]] ?? [] {
                score.quotes += 1
                let start = goldQuote["starts_with"] as? String ?? ""
                guard let index = quotes.firstIndex(where: { $0.text.hasPrefix(start) }) else {
                    score.misses.append("\(name): not found '\(start)'")
                    continue
                }
                score.found += 1
                matched.insert(index)
                let quote = quotes[index]
                let speaker = goldQuote["speaker"] as? String ?? ""
                let via = goldQuote["via"] as? [String] ?? []
                let speakerRight = same(quote.speaker, speaker)
                let viaRight =
                    quote.via.count == via.count && zip(quote.via, via).allSatisfy { same($0, $1) }
                if speakerRight { score.speakers += 1 }
                if viaRight { score.vias += 1 }
                if !speakerRight || !viaRight {
                    score.misses.append(
                        "\(name) '\(start)': \(quote.speaker?.name ?? "-") via \(quote.via.map(\.name)), want \(speaker) via \(via)"
                    )
                }
            }
            for (index, quote) in quotes.enumerated()
            where !matched.contains(index) && quote.direct && quote.speaker != nil
                && quote.note?.contains("without quotation marks") != true
            {
                score.attributedExtras.append("\(name): '\(quote.text)' to \(quote.speaker?.name ?? "")")
            }
        }
        return score
    }


    /// Gold entities with a mention at every whole-word occurrence of their name and aliases.
    static func entities(_ gold: [[String: Any]], in body: String) -> [LinkedEntity] {
        let specs: [(name: String, type: EntityType, forms: [String])] = gold.map { entity in
            (
                entity["name"] as? String ?? "",
                EntityType(rawValue: entity["type"] as? String ?? "") ?? .organization,
                entity["aliases"] as? [String] ?? []
            )
        }
        return QuoteTestArticles.entities(specs, in: body)
    }
}
