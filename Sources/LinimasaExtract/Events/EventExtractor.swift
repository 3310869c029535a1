public import LinimasaCore

/// Finds typed events in an article's sentences: who did what to whom, where and when.
///
/// What it finds:
/// - Triggers from the pack's `event-triggers` table: a word or phrase matched as written or by
///   its stem (`mengunjungi`, `kunjungan` → VISIT; `mengirimkan 10.000 tentara` → DEPLOYMENT
///   through a gap). Each trigger gives the event type, its CAMEO root code and an argument
///   frame. At a token the longest key wins, then the shorter span, then file order. A sentence
///   yields at most one event per type (the first trigger; actors merged).
/// - Actors: linked persons, organisations and geopolitical entities of the trigger's clause,
///   outside place and setting phrases (`di Istana Merdeka, Jakarta`; `dalam Rapat Dewan Gubernur`);
///   a city acting as a party stands for its country (`Pyongyang menguji rudal` → North Korea).
///   Sources stand before the trigger (after it for `kata Kim`, a noun's genitive
///   `kunjungan Belousov`, or `oleh X` of a passive), targets after it; a country naming a
///   person's office (`Presiden AS Joe Biden`) is not an actor of its own, nor is an abbreviation
///   in brackets restating a name (`(RIDO)`) or a city after a title (`gubernur Jakarta`). A name
///   right before a verb is its subject (`keputusan bank sentral memangkas`). A pronoun (`ia`)
///   stands for the last person named in its sentence, else for the topic (the first person
///   source of a recent sentence), `keduanya` for the last two persons; a description
///   (`bank sentral`, `juru bicara itu`, from `event-descriptions`) for the entity it describes.
///   A speech trigger takes the speaker the quote extractor found for its sentence unless its
///   subject is a pronoun; a charge (`melanggar`) is made by the sentence's speaker against the
///   subject; a state's act (a weapons test) adds the country of a person among its sources.
/// - Place: the geopolitical entity or location after `di`, `ke` or `dari` nearest the trigger,
///   or a visit's object (`mengunjungi Pyongyang`).
/// - Date: an offset from the main clause (`dua hari setelah X`); else the sentence's time governing
///   the trigger (the first after it in its clause, else the nearest before it in a clause it
///   governs; times of day cut to the day, durations, sets and years inside names skipped); else,
///   after an anaphoric noun (`peluncuran tersebut`), the date of the last stated event of its
///   class; else no date when the text leaves the event unanchored (planned, earlier, background,
///   another scene); else the story's time (the lede's stated day) or the reference date, with
///   `time` left `nil` and a lower confidence. See docs/events.md for the exact rules.
/// - Flags: `negated` (a negation within three words before the trigger), `modality`
///   (conditional, hypothetical, future from `event-cues`), and `reported` (inside a quote, after
///   a speech trigger of the same sentence, or in a sentence with an attribution cue).
///
/// Words come from the pack's tables `event-triggers` and `event-cues`, and the optional
/// `event-descriptions` and `entity-titles`.
public struct EventExtractor: Sendable {
    private let pack: any LanguagePack
    let words: EventWords
    /// Entity id → id of the country it belongs to.
    let affiliations: [String: String]
    /// Country id → its canonical name, for a city standing for its government.
    let countryNames: [String: String]

    /// Makes an extractor reading its word tables from `pack`, with no actor affiliations.
    ///
    /// - Throws: ``LinimasaError/Code/notFound`` if the pack lacks a table,
    ///   ``LinimasaError/Code/invalidData`` if a row is malformed.
    public init(pack: any LanguagePack) throws {
        try self.init(pack: pack, affiliations: [:])
    }

    /// Makes an extractor that also marks each actor's country.
    ///
    /// - Parameters:
    ///   - pack: The language pack with the `event-triggers` and `event-cues` tables.
    ///   - affiliations: Entity id → id of its country (`Q56226` Kim Jong Un → `Q423` North Korea);
    ///     a country maps to itself. See ``EventExtractor/affiliations(from:)``.
    ///   - countryNames: Country id → canonical name (`Q423` → `North Korea`). A city acting as a
    ///     party (`Pyongyang menguji rudal`, `menuduh Washington`) becomes its country when the
    ///     country is named here; else it stays the city. The default is none.
    /// - Throws: As ``init(pack:)``.
    public init(pack: any LanguagePack, affiliations: [String: String], countryNames: [String: String] = [:]) throws {
        self.pack = pack
        self.words = try EventWords(pack: pack)
        self.affiliations = affiliations
        self.countryNames = countryNames
    }

    /// Events of `article.body`, in body order.
    ///
    /// - Parameters:
    ///   - article: The article; ranges in the result are UTF-8 byte offsets into its body. Uses
    ///     `article.sentences` when filled, else splits the body with the pack.
    ///   - times: The article's time expressions.
    ///   - entities: Its linked entities with their mentions.
    ///   - quotes: Its quotes; speakers become sources of speech events.
    ///   - reference: The date an undated event falls back to, or `nil` to leave it undated.
    /// - Returns: One event per trigger type per sentence; `date` is `nil` when the text leaves
    ///   an event undated and there is no reference date to fall back to, or when the text marks
    ///   it as planned, earlier or elsewhere without saying when.
    /// - Complexity: O(*n* + *t*·*w*) for *n* body bytes, *t* triggers and a sentence of *w* tokens.
    public func extract(
        _ article: Article,
        times: [TimeExpression],
        entities: [LinkedEntity],
        quotes: [Quote],
        reference: ReferenceDate?
    ) -> [Event] {
        var scan = EventScan(
            article: article,
            pack: pack,
            words: words,
            entities: entities,
            times: times,
            quotes: quotes,
            affiliations: affiliations,
            countryNames: countryNames
        )
        return scan.run(reference: reference)
    }
}
