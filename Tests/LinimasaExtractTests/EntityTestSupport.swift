import Foundation
import LinimasaCore
import LinimasaExtract
import LinimasaIndonesian

/// The real pack and knowledge base, loaded once for all entity tests.
enum EntityTestSupport {
    static let pack: IndonesianPack = {
        do { return try IndonesianPack() } catch { fatalError("cannot load the Indonesian pack: \(error)") }
    }()

    static let knowledgeBase: KnowledgeBase = {
        do { return try KnowledgeBase(pack: pack) } catch { fatalError("cannot load the knowledge base: \(error)") }
    }()

    static let extractor = EntityExtractor(pack: pack, knowledgeBase: knowledgeBase)

    /// An article of `body` with the pack's sentences.
    static func article(_ body: String) -> Article {
        Article(source: "test", body: body, sentences: pack.sentenceRanges(in: body))
    }

    /// Entities of `body`, resolved against `date` (`2024-11-18`) when given.
    static func entities(_ body: String, on date: String? = nil) -> [LinkedEntity] {
        let reference = date.flatMap { text -> ReferenceDate? in
            let parts = text.split(separator: "-").compactMap { Int($0) }
            return CalendarDate(year: parts[0], month: parts[1], day: parts[2]).map {
                ReferenceDate(date: $0, source: .stated)
            }
        }
        return extractor.extract(article(body), reference: reference)
    }

    /// The entity with a mention whose text is `surface`.
    static func entity(mentioning surface: String, in entities: [LinkedEntity]) -> LinkedEntity? {
        entities.first { $0.mentions.contains { $0.text == surface } }
    }
}
