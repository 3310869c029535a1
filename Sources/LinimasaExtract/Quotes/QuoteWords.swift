internal import LinimasaCore

/// The word tables the quote extractor reads from its language pack.
///
/// - `quote-verbs`: reporting verbs and their form (`kata` after the quote, `mengatakan` before it).
/// - `quote-sources`: source and relay cues (`menurut`, `dikutip oleh`, `dilansir dari`).
/// - `quote-pronouns`: pronouns standing for a speaker (`dia`, `ia`, suffix `-nya`).
/// - `quote-terms`: words before a quoted span that make it a term (`sebagai`, `yang disebut`).
/// - `quote-fronting`: first words of a fronted phrase skipped when looking for a subject (`dalam`).
/// - `quote-media-words`: words marking an outlet's name (`kantor berita`, `news`).
/// - `quote-adverbs`: words between a subject and its verb (`juga`, `sebelumnya`).
/// - `quote-names`: titles before a speaker's name (`kepala negara`, `juru bicara`),
///   lowercase connectors inside names (`dan`, `bin`) and words ending a speaker's
///   description (`kepada`, `yang`).
struct QuoteWords: Sendable {
    /// Where a reporting verb stands relative to its speaker.
    enum VerbForm: Sendable, Equatable {
        /// `"…," kata Kim`: the speaker follows the verb.
        case after
        /// `katanya`: the verb holds a pronoun.
        case selfPronoun
        /// `Kim mengatakan …`: the speaker is the subject before the verb.
        case before
    }

    /// A reporting verb.
    struct Verb: Sendable, Equatable {
        var form: VerbForm
        /// Links speech only through `bahwa`, a comma or a colon.
        var needsBahwa: Bool
    }

    /// A source or relay cue.
    struct SourceCue: Sendable, Equatable {
        /// Words of the cue, lowercased.
        var words: [String]
        /// Starts a chain (`menurut`) rather than extending one (`dikutip`).
        var isOrigin: Bool
        /// Accepts only outlets (`menurut`, `mengutip`).
        var mediaOnly: Bool
        /// The name stands before the cue (`KCNA melaporkan`).
        var nameBefore: Bool
    }

    /// A term cue.
    struct TermCue: Sendable, Equatable {
        var words: [String]
        var isStrong: Bool
    }

    var verbs: [String: Verb]
    /// Cues by first word, longest first.
    var sourceCues: [String: [SourceCue]]
    var pronouns: Set<String>
    var pronounSuffixes: [String]
    /// Words closing a description that refers back (`tersebut`, `itu`).
    var demonstratives: Set<String>
    var termCues: [TermCue]
    var fronting: Set<String>
    var adverbs: Set<String>
    /// Outlet words; multi-word ones as arrays.
    var mediaWords: Set<String>
    var mediaPhrases: [[String]]
    /// Titles written before a name, as word arrays, longest first.
    var titles: [[String]]
    /// Lowercase words that may stand inside a name or a speaker's description.
    var connectors: Set<String>
    /// Lowercase words that end a speaker's description (`kepada`, `yang`).
    var descriptionStops: Set<String>
    /// Words that join a reporting verb to its speech (`bahwa`).
    var complementizers: Set<String>

    init(pack: any LanguagePack) throws {
        verbs = [:]
        for (key, fields) in try pack.lexicon("quote-verbs").entries {
            let form: VerbForm
            switch fields.first ?? "" {
            case "after": form = .after
            case "self": form = .selfPronoun
            case "before": form = .before
            default:
                throw LinimasaError(
                    .invalidData,
                    "word table 'quote-verbs': verb '\(key)' has form '\(fields.first ?? "")'; use after, self or before"
                )
            }
            verbs[key] = Verb(form: form, needsBahwa: fields.count > 1 && fields[1] == "bahwa")
        }
        sourceCues = [:]
        for (key, fields) in try pack.lexicon("quote-sources").entries {
            let words = key.split(separator: " ").map(String.init)
            let cue = SourceCue(
                words: words,
                isOrigin: fields.first == "origin",
                mediaOnly: fields.count > 1 && fields[1] == "media",
                nameBefore: fields.count > 2 && fields[2] == "before"
            )
            sourceCues[words[0], default: []].append(cue)
        }
        for key in sourceCues.keys { sourceCues[key]?.sort { $0.words.count > $1.words.count } }
        pronouns = []
        pronounSuffixes = []
        demonstratives = []
        for (key, fields) in try pack.lexicon("quote-pronouns").entries {
            switch fields.first {
            case "suffix": pronounSuffixes.append(key)
            case "demonstrative": demonstratives.insert(key)
            default: pronouns.insert(key)
            }
        }
        termCues = try pack.lexicon("quote-terms").entries.map { key, fields in
            TermCue(words: key.split(separator: " ").map(String.init), isStrong: fields.first == "strong")
        }
        termCues.sort { $0.words.count > $1.words.count }
        fronting = Set(try pack.lexicon("quote-fronting").orderedKeys)
        adverbs = Set(try pack.lexicon("quote-adverbs").orderedKeys)
        complementizers = Set(try pack.lexicon("quote-complementizers").orderedKeys)
        mediaWords = []
        mediaPhrases = []
        for key in try pack.lexicon("quote-media-words").orderedKeys {
            let words = key.split(separator: " ").map(String.init)
            if words.count == 1 { mediaWords.insert(key) } else { mediaPhrases.append(words) }
        }
        titles = []
        connectors = []
        descriptionStops = []
        for (key, fields) in try pack.lexicon("quote-names").entries {
            switch fields.first ?? "" {
            case "title": titles.append(key.split(separator: " ").map(String.init))
            case "connector": connectors.insert(key)
            case "stop": descriptionStops.insert(key)
            default:
                throw LinimasaError(
                    .invalidData,
                    "word table 'quote-names': '\(key)' has kind '\(fields.first ?? "")'; use title, connector or stop"
                )
            }
        }
        titles.sort { $0.count > $1.count }
    }

    /// The verb a lowercased token is, with `-nya` forms of after-verbs read as holding a pronoun.
    func verb(_ word: String) -> Verb? {
        if let verb = verbs[word] { return verb }
        for suffix in pronounSuffixes
        where word.hasSuffix(suffix) && word.utf8.count > suffix.utf8.count + 2 {
            let stem = String(word.dropLast(suffix.count))
            if let verb = verbs[stem] {
                // ujarnya: the pronoun is the speaker; menyebutnya: the pronoun is the object.
                return verb.form == .after ? Verb(form: .selfPronoun, needsBahwa: false) : verb
            }
        }
        return nil
    }

    /// Whether the lowercased words of a name mark it as an outlet.
    func isMediaName(_ words: [String]) -> Bool {
        for (index, word) in words.enumerated() {
            if mediaWords.contains(word) { return true }
            if word.hasSuffix("com") && word.utf8.count > 4 { return true }
            for phrase in mediaPhrases where index + phrase.count <= words.count {
                if Array(words[index..<(index + phrase.count)]) == phrase { return true }
            }
        }
        return false
    }
}
