public import LinimasaCore

extension EventExtractor {
    /// Makes an extractor whose actors carry their country from `knowledgeBase`.
    ///
    /// - Throws: As ``init(pack:)``.
    public init(pack: any LanguagePack, knowledgeBase: KnowledgeBase) throws {
        try self.init(
            pack: pack,
            affiliations: Self.affiliations(from: knowledgeBase),
            countryNames: Self.countryNames(from: knowledgeBase)
        )
    }

    /// Country link id → canonical name, for every country (ISO 3166) entry.
    public static func countryNames(from knowledgeBase: KnowledgeBase) -> [String: String] {
        var map: [String: String] = [:]
        for entry in knowledgeBase.entries
        where entry.type == .geopolitical && entry.id.utf8.count == 2 && entry.country == nil {
            map[entry.linkID] = entry.name
        }
        return map
    }

    /// Entity id → country id for every knowledge-base entry with a country.
    ///
    /// A person maps to the country of their entry (a leader's state), a city or organisation
    /// to its country, and a country (an ISO 3166 entry) to itself. Ids are link ids
    /// (``KnowledgeBase/Entry/linkID``), as ``LinkedEntity/id`` has them.
    public static func affiliations(from knowledgeBase: KnowledgeBase) -> [String: String] {
        var map: [String: String] = [:]
        map.reserveCapacity(knowledgeBase.count)
        for entry in knowledgeBase.entries {
            if entry.type == .geopolitical, entry.id.utf8.count == 2, entry.country == nil {
                map[entry.linkID] = entry.linkID
            } else if let code = entry.country, let country = knowledgeBase.entry(id: code) {
                map[entry.linkID] = country.linkID
            }
        }
        return map
    }
}
