/// A typed event found in one sentence.
public struct Event: Sendable, Codable, Hashable {
    /// Whether and how the event is asserted.
    public enum Modality: String, Sendable, Codable, Hashable {
        case asserted, future, conditional, hypothetical
    }

    /// An actor and its role in the event.
    public struct Actor: Sendable, Codable, Hashable {
        public enum Role: String, Sendable, Codable, Hashable { case source, target }
        public var id: String
        public var name: String
        public var role: Role
        /// The id of the country the actor belongs to or acts for (a leader's state, a
        /// capital's country, a country itself), when known; fusion uses it to see that
        /// `Kim dan Putin` and `Korea Utara dan Rusia` name the same pair of parties.
        public var affiliation: String?

        public init(id: String, name: String, role: Role, affiliation: String? = nil) {
            self.id = id
            self.name = name
            self.role = role
            self.affiliation = affiliation
        }
    }

    /// `MEET`, `VISIT`, `STATEMENT`, … (see the event lexicon).
    public var type: String
    /// CAMEO root code (`04` consult, `01` public statement, …).
    public var cameo: String
    /// ISO value as in ``TimeExpression/value``, or `nil` when no date could be given.
    public var date: String?
    /// The governing time expression's text, if any.
    public var time: String?
    public var actors: [Actor]
    public var place: EntityReference?
    /// The sentence's span.
    public var sentence: TextRange
    /// The trigger's span.
    public var trigger: TextRange
    public var negated: Bool
    public var modality: Modality
    /// Inside a quote or attributed to a speaker.
    public var reported: Bool
    /// 0 to 1.
    public var confidence: Double

    public init(
        type: String,
        cameo: String,
        date: String?,
        time: String?,
        actors: [Actor],
        place: EntityReference?,
        sentence: TextRange,
        trigger: TextRange,
        negated: Bool,
        modality: Modality,
        reported: Bool,
        confidence: Double
    ) {
        self.type = type
        self.cameo = cameo
        self.date = date
        self.time = time
        self.actors = actors
        self.place = place
        self.sentence = sentence
        self.trigger = trigger
        self.negated = negated
        self.modality = modality
        self.reported = reported
        self.confidence = confidence
    }
}
