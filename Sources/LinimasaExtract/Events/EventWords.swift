internal import LinimasaCore

/// The word tables the event extractor reads from its language pack.
///
/// - `event-triggers`: words and phrases naming an event, with type, CAMEO root and frame.
/// - `event-cues`: negation, modality, condition, attribution, clause and pronoun cues.
/// - `event-descriptions` (optional): noun phrases standing for an entity named earlier (`bank sentral`).
/// - `entity-titles` (optional): titles, so that a city after an office (`gubernur Jakarta`) is read as
///   the office's domain, not an actor.
struct EventWords: Sendable {
    /// How a trigger's actors are found.
    enum Frame: String, Sendable {
        /// Actors before the trigger are sources, after it targets.
        case act
        /// The subject is the target; `oleh X` is the source.
        case passive
        /// Sources before; a target only after a recipient cue.
        case speech
        /// A noun: the actor right after it is the source (`kunjungan Belousov`), else as ``act``.
        case noun
        /// The speaker follows the verb (`kata Kim`).
        case after
        /// An offence named by whoever reports it (`Blinken menyebut Pyongyang melanggar resolusi`):
        /// the subject is the target, the speaker of the sentence's speech trigger (or of the
        /// quote holding it) the source.
        case charge
        /// No actors.
        case none
    }

    /// One trigger entry.
    struct Trigger: Sendable {
        /// Key words; `nil` stands for the gap `~` (up to four tokens).
        var words: [String?]
        var type: String
        var cameo: String
        var frame: Frame
        /// The event is a state's act (a weapons test): a person among the sources brings their
        /// country along as a source.
        var isStateAct = false
    }

    /// How a description finds the entity it stands for.
    enum DescriptionKind: String, Sendable {
        /// The last named, before the phrase, of the entities listed (`bank sentral`: Bank Indonesia, …).
        case named
        /// The entity named right after the last earlier use of a role phrase (`juru bicara
        /// Kementerian Luar Negeri Korut` … `juru bicara itu`).
        case holder
    }

    /// One description entry.
    struct Description: Sendable {
        /// The phrase's words after the first.
        var rest: [String]
        var kind: DescriptionKind
        /// Canonical entity names for ``DescriptionKind/named``.
        var names: Set<String>
        /// The role phrase's words for ``DescriptionKind/holder``.
        var role: [String]
    }

    /// What a cue word does.
    enum Cue: String, Sendable {
        case negation, future, conditional, hypothetical, attribution, boundary, list, place, agent, recipient
        case person, pair, anaphor
        /// `dalam`: a setting follows (`dalam Rapat Dewan Gubernur`); names in it are no actors.
        case setting
        /// `sebelumnya`, `pernah`: the event lies before the story's time.
        case anterior
        /// `telah`, `sudah` within three words before the trigger: perfect aspect; past the lede,
        /// an undated event so marked is background before the story.
        case perfect
        /// `sementara itu`, `adapun`: the sentence turns to another scene.
        case shift
        /// `ketika`, `saat`: a clause follows that happens at a time; right after a time
        /// (`sejak September 2024, ketika …`) it is a clause on that time.
        case temporal
        /// `setelah`, `sesudah`: a clause follows whose event came before the main one; after a
        /// duration (`dua hari setelah X`) it dates X that long before the main clause's date.
        case following
        /// `sebelum`: a clause follows whose event came after the main one (`dua minggu sebelum X`).
        case preceding
        /// `untuk`, `agar`: a purpose clause follows; a clause boundary for actors, but a time at
        /// its end still dates the main verb (`datang ke Bali untuk menghadiri KTT pada November 2022`).
        case purpose
        /// `dengan`, `bersama`: a partner follows (`pertemuan dengan Putin`); a noun's genitive never does.
        case partner
        /// `menduga`, `diduga`: the sentence is a suspicion (reported, as ``attribution``), but the
        /// name after the word is the suspected clause's subject, not its relay (`menduga Pyongyang memperoleh …`).
        case hearsay
        /// `melalui`, `terhadap`: a preposition shaped like a verb; it does not end a subject.
        case preposition
        /// `sebagai`: a role follows; a body named in it is a party (`ditunjuk sebagai pelatih Timnas Indonesia`).
        case role
        /// `yang`: a relative clause on the noun before it follows.
        case relative
    }

    /// Triggers by their first key word, longest first.
    var triggers: [String: [Trigger]]
    /// Cues by first word, each with its remaining words (longest first).
    var cues: [String: [(rest: [String], cue: Cue)]]
    /// The values of ``cues`` in one array, and each first word's index into it, so that a
    /// scan looks a token up once (``EventScan`` keeps the index per token).
    var cueLists: [[(rest: [String], cue: Cue)]] = []
    /// Per word: the index of its cues in ``cueLists`` (or -1), and whether it starts a trigger
    /// (as written) or a description; one lookup per token tells all three.
    var wordInfo: [String: (cue: Int32, triggerHead: Bool, description: Bool)] = [:]
    /// Descriptions by first word, longest first.
    var descriptions: [String: [Description]]
    /// Titles by their last word, each as its words (`wakil gubernur`: [`wakil`, `gubernur`]).
    var titles: [String: [[String]]]
    /// Verbal prefixes (`me-`, `ber-`, `ter-`, `di-`) from `verb-prefixes.tsv`, as bytes.
    var verbPrefixes: [[UInt8]]
    /// The plain words for a year (`tahun`) from `time-units.tsv`: a year number after one is a
    /// time (`tahun 2026`), not part of a name (`Piala Dunia 2026`).
    var yearNouns: Set<String>

    /// The largest gap `~` stands for, in tokens.
    static let maxGap = 4

    init(pack: any LanguagePack) throws {
        triggers = [:]
        // File order, so that ties between equally long keys are settled the same way every run.
        let triggerTable = try pack.lexicon("event-triggers")
        for key in triggerTable.orderedKeys {
            let fields = triggerTable.entries[key] ?? []
            guard fields.count >= 3, let frame = Frame(rawValue: fields.count > 2 ? fields[2] : "") else {
                throw LinimasaError(
                    .invalidData,
                    "word table 'event-triggers': '\(key)' needs type, CAMEO root and frame (act, passive, speech, noun, after, charge or none)"
                )
            }
            let flags = fields.count > 3 ? fields[3] : ""
            guard flags.isEmpty || flags == "state" else {
                throw LinimasaError(
                    .invalidData,
                    "word table 'event-triggers': '\(key)' has flag '\(flags)'; the only flag is 'state'"
                )
            }
            let words = key.split(separator: " ").map { $0 == "~" ? nil : String($0) }
            guard let first = words.first, let head = first else {
                throw LinimasaError(.invalidData, "word table 'event-triggers': '\(key)' cannot start with '~'")
            }
            triggers[head, default: []].append(
                Trigger(words: words, type: fields[0], cameo: fields[1], frame: frame, isStateAct: flags == "state")
            )
        }
        for (key, list) in triggers { triggers[key] = EventWords.longestFirst(list) { $0.words.count } }
        cues = [:]
        let cueTable = try pack.lexicon("event-cues")
        for key in cueTable.orderedKeys {
            let fields = cueTable.entries[key] ?? []
            guard let cue = Cue(rawValue: fields.first ?? "") else {
                throw LinimasaError(
                    .invalidData,
                    "word table 'event-cues': '\(key)' has kind '\(fields.first ?? "")'; see the table's header for kinds"
                )
            }
            let words = key.split(separator: " ").map(String.init)
            cues[words[0], default: []].append((Array(words.dropFirst()), cue))
        }
        for (key, list) in cues { cues[key] = EventWords.longestFirst(list) { $0.rest.count } }
        for (key, list) in cues {
            wordInfo[key] = (Int32(cueLists.count), false, false)
            cueLists.append(list)
        }
        for key in triggers.keys { wordInfo[key, default: (-1, false, false)].triggerHead = true }
        descriptions = [:]
        // Optional tables: a pack without them has no descriptions and no titles.
        let descriptionTable = try? pack.lexicon("event-descriptions")
        for key in descriptionTable?.orderedKeys ?? [] {
            let fields = descriptionTable?.entries[key] ?? []
            guard let kind = DescriptionKind(rawValue: fields.first ?? ""), fields.count >= 2, !fields[1].isEmpty else {
                throw LinimasaError(
                    .invalidData,
                    "word table 'event-descriptions': '\(key)' needs a kind (named or holder) and its names or role"
                )
            }
            let words = key.split(separator: " ").map(String.init)
            let names = kind == .named ? Set(fields[1].split(separator: "|").map(String.init)) : []
            let role = kind == .holder ? fields[1].lowercased().split(separator: " ").map(String.init) : []
            descriptions[words[0], default: []].append(
                Description(rest: Array(words.dropFirst()), kind: kind, names: names, role: role)
            )
        }
        for (key, list) in descriptions { descriptions[key] = EventWords.longestFirst(list) { $0.rest.count } }
        for key in descriptions.keys { wordInfo[key, default: (-1, false, false)].description = true }
        verbPrefixes = try pack.lexicon("verb-prefixes").orderedKeys.map { Array($0.utf8) }
        // Unit `Y` with no count packed into the word (`setahun` is a duration, not a noun before a year).
        yearNouns = Set(try pack.lexicon("time-units").entries.filter { $0.value == ["Y"] }.map(\.key))
        titles = [:]
        for key in (try? pack.lexicon("entity-titles"))?.orderedKeys ?? [] {
            let words = key.split(separator: " ").map(String.init)
            if let last = words.last { titles[last, default: []].append(words) }
        }
    }

    /// `list` by `length`, longest first; equally long entries keep their order (file order).
    static func longestFirst<T>(_ list: [T], by length: (T) -> Int) -> [T] {
        list.enumerated().sorted { a, b in
            let (x, y) = (length(a.element), length(b.element))
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
    }
}
