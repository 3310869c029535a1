/// The kinds of named entity linimasa recognises.
public enum EntityType: String, Sendable, Codable, Hashable, CaseIterable {
    case person = "PERSON"
    case organization = "ORG"
    /// A country, city or region acting as a political actor.
    case geopolitical = "GPE"
    /// A place that is not a political actor (a peninsula, a cosmodrome).
    case location = "LOC"
    /// An outlet or news agency.
    case media = "MEDIA"
    /// A named event (`KTT APEC`, `Perang Dunia III`).
    case event = "EVENT"
}

/// One place an entity is named in a body.
public struct EntityMention: Sendable, Codable, Hashable {
    public var text: String
    public var range: TextRange

    public init(text: String, range: TextRange) {
        self.text = text
        self.range = range
    }
}

/// An identity named in an article, with every mention that refers to it.
public struct LinkedEntity: Sendable, Codable, Hashable {
    /// Stable id: the Wikidata QID when known, else a knowledge-base id, else one made from the normalised name.
    public var id: String
    /// Canonical name.
    public var name: String
    public var type: EntityType
    public var wikidata: String?
    public var mentions: [EntityMention]

    public init(id: String, name: String, type: EntityType, wikidata: String? = nil, mentions: [EntityMention] = []) {
        self.id = id
        self.name = name
        self.type = type
        self.wikidata = wikidata
        self.mentions = mentions
    }
}

/// A reference to an entity by id and name, as quotes and events carry them.
public struct EntityReference: Sendable, Codable, Hashable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
