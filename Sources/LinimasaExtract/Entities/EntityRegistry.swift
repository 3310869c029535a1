public import LinimasaCore

/// Merges spelling variants of names the knowledge base does not know, across a corpus.
///
/// ``EntityExtractor`` gives an unknown name the id `name:` + its normalised
/// form, so the same spelling links across articles by itself. A registry
/// also catches other spellings: feed it each article's entities in turn and
/// it rewrites an unknown entity to one seen before when both have the same
/// type and their normalised names differ by at most one edit (6 to 11
/// letters) or two (12 or more), and start with the same letter
/// (`Andrei Beloussov` in one article, `Andrei Belousov` in another).
/// Entities with a knowledge-base or Wikidata id pass through unchanged.
/// The storage layer keeps one registry per corpus; it is a value, so
/// snapshots are cheap.
public struct EntityRegistry: Sendable {
    private struct Known: Sendable {
        var id: String
        var name: String
        var type: EntityType
        var compact: [UInt8]
    }

    private var known: [Known] = []
    /// Known names by normalised first byte, for a quick scan.
    private var byFirstByte: [UInt8: [Int]] = [:]
    private var byCompact: [[UInt8]: Int] = [:]

    /// An empty registry.
    public init() {}

    /// The number of distinct unknown names registered.
    public var count: Int { known.count }

    /// Rewrites unknown entities of one article to variants registered earlier, and registers new ones.
    ///
    /// Two entities of the article that become one are merged, their mentions in text order.
    ///
    /// - Parameter entities: One article's entities, as ``EntityExtractor/extract(_:reference:)`` returns them.
    /// - Returns: The entities with canonical ids and names, in the same order.
    /// - Complexity: O(*k*) edit-distance checks per unknown entity, *k* the names registered under its first letter.
    public mutating func canonicalize(_ entities: [LinkedEntity]) -> [LinkedEntity] {
        var out: [LinkedEntity] = []
        var indexByID: [String: Int] = [:]
        for var entity in entities {
            if entity.wikidata == nil, entity.id.hasPrefix("name:") {
                let match = resolve(entity)
                entity.id = match.id
                entity.name = match.name
            }
            if let index = indexByID[entity.id] {
                out[index].mentions = (out[index].mentions + entity.mentions).sorted { $0.range < $1.range }
            } else {
                indexByID[entity.id] = out.count
                out.append(entity)
            }
        }
        return out
    }

    private mutating func resolve(_ entity: LinkedEntity) -> Known {
        let compact = NameKey.compact(entity.name)
        if let index = byCompact[compact] { return known[index] }
        let limit = allowedEdits(forLength: compact.count)
        if limit > 0, let first = compact.first {
            for index in byFirstByte[first] ?? [] where known[index].type == entity.type {
                if editDistance(compact, known[index].compact, limit: limit) <= limit {
                    byCompact[compact] = index
                    return known[index]
                }
            }
        }
        let new = Known(id: entity.id, name: entity.name, type: entity.type, compact: compact)
        known.append(new)
        byCompact[compact] = known.count - 1
        if let first = compact.first { byFirstByte[first, default: []].append(known.count - 1) }
        return new
    }
}
