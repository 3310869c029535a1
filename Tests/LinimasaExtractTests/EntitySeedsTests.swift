import Foundation
import LinimasaCore
import LinimasaExtract
import LinimasaIndonesian
import LinimasaTestSupport
import Testing

/// Scores entity recognition and linking against the gold entities of the shared seeds (`../shared`), when present.
///
/// Bodies are the seed text without the gold `boilerplate` lines and the `dateline_text` prefix,
/// one paragraph per line; the reference date is the gold `published` date. An entity matches
/// by Wikidata QID where the gold has one, else by canonical name.
struct EntitySeedsTests {
    struct Score {
        var gold = 0
        var found = 0
        var correct = 0
        var typeAgreement = 0
        var missing: [String] = []
        var extra: [String] = []
        var initialStopwords: [String] = []

        var precision: Double { found == 0 ? 0 : Double(correct) / Double(found) }
        var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var summary: String {
            let p = (precision * 1000).rounded() / 1000
            let r = (recall * 1000).rounded() / 1000
            let f = (f1 * 1000).rounded() / 1000
            return
                "P \(p) R \(r) F1 \(f) (\(correct) of \(gold) gold, \(found) found); missing \(missing); extra \(extra)"
        }
    }

    static let seedsAvailable = Corpus.shared != nil

    @Test(.enabled(if: seedsAvailable))
    func linkedEntitiesMatchTheGold() throws {
        let score = try Self.score()
        #expect(score.gold > 0)
        #expect(score.f1 >= 0.9, "\(score.summary)")
        #expect(
            score.typeAgreement >= score.correct * 9 / 10,
            "types agree on \(score.typeAgreement) of \(score.correct)"
        )
    }

    @Test(.enabled(if: seedsAvailable))
    func noSentenceInitialFunctionWordIsAnEntity() throws {
        let score = try Self.score()
        #expect(score.initialStopwords.isEmpty, "\(score.initialStopwords)")
    }

    static func score() throws -> Score {
        let shared = try #require(Corpus.shared)
        let data = try Data(contentsOf: shared.appendingPathComponent("seeds_gold.json"))
        let gold = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let pack = EntityTestSupport.pack
        let stopwords = try pack.lexicon("entity-stopwords")
        var score = Score()
        for name in gold.keys.sorted() {
            let seed = try #require(gold[name] as? [String: Any])
            let text = try Corpus.text(shared.appendingPathComponent("seeds/\(name).txt"))
            let body = Corpus.seedBody(text, gold: seed)
            let entities = EntityTestSupport.entities(body, on: seed["published"] as? String)

            var goldKeys: [String: String] = [:]
            for entity in seed["entities"] as? [[String: Any]] ?? [] {
                let key = (entity["wikidata"] as? String) ?? (entity["name"] as? String ?? "")
                goldKeys[key] = entity["type"] as? String ?? ""
            }
            var foundKeys: [String: String] = [:]
            for entity in entities { foundKeys[entity.wikidata ?? entity.name] = entity.type.rawValue }
            score.gold += goldKeys.count
            score.found += foundKeys.count
            for (key, type) in goldKeys {
                if let found = foundKeys[key] {
                    score.correct += 1
                    if found == type { score.typeAgreement += 1 }
                } else {
                    score.missing.append("\(name.prefix(3)):\(key)")
                }
            }
            for key in foundKeys.keys where goldKeys[key] == nil { score.extra.append("\(name.prefix(3)):\(key)") }
            for entity in entities {
                for mention in entity.mentions {
                    let first = mention.text.split(separator: " ").first.map(String.init) ?? mention.text
                    if stopwords[first]?.first == "always" { score.initialStopwords.append(mention.text) }
                }
            }
        }
        return score
    }

}
