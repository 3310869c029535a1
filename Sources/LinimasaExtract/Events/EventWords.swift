internal import LinimasaCore

/// The word tables the event extractor reads from its language pack.
///
/// - `event-triggers`: words and phrases naming an event, with type, CAMEO root and frame.
/// - `event-cues`: negation, modality, condition, attribution, clause and pronoun cues.
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
    }

    /// Triggers by their first key word, longest first.
    var triggers: [String: [Trigger]]
    /// Cues by first word, each with its remaining words (longest first).
    var cues: [String: [(rest: [String], cue: Cue)]]

    /// The largest gap `~` stands for, in tokens.
    static let maxGap = 4

    init(pack: any LanguagePack) throws {
        triggers = [:]
        for (key, fields) in try pack.lexicon("event-triggers").entries {
            guard fields.count >= 3, let frame = Frame(rawValue: fields.count > 2 ? fields[2] : "") else {
                throw LinimasaError(
                    .invalidData,
                    "word table 'event-triggers': '\(key)' needs type, CAMEO root and frame (act, passive, speech, noun, after or none)"
                )
            }
            let words = key.split(separator: " ").map { $0 == "~" ? nil : String($0) }
            guard let first = words.first, let head = first else {
                throw LinimasaError(.invalidData, "word table 'event-triggers': '\(key)' cannot start with '~'")
            }
            triggers[head, default: []].append(Trigger(words: words, type: fields[0], cameo: fields[1], frame: frame))
        }
        for key in triggers.keys { triggers[key]!.sort { $0.words.count > $1.words.count } }  // key exists: iterating keys
        cues = [:]
        for (key, fields) in try pack.lexicon("event-cues").entries {
            guard let cue = Cue(rawValue: fields.first ?? "") else {
                throw LinimasaError(
                    .invalidData,
                    "word table 'event-cues': '\(key)' has kind '\(fields.first ?? "")'; see the table's header for kinds"
                )
            }
            let words = key.split(separator: " ").map(String.init)
            cues[words[0], default: []].append((Array(words.dropFirst()), cue))
        }
        for key in cues.keys { cues[key]!.sort { $0.rest.count > $1.rest.count } }  // key exists: iterating keys
    }
}
