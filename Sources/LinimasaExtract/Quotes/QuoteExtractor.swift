public import LinimasaCore

/// Finds reported speech in an article: direct quotes, indirect speech, their speakers and relays.
///
/// What it finds:
/// - Direct quotes between straight or curly marks (`"…"`, `“…”`, `‘…’`), over several
///   sentences, or several paragraphs when each one reopens the mark; a quote split by its
///   reporting clause (`"…," kata Kim, "…"`) gives two quotes. A span with no closing mark
///   ends at its paragraph's end, with a ``Quote/note``.
/// - Direct speech without marks when a sentence ends in an after-quote reporting clause
///   (`…, katanya seperti dikutip Reuters.`), and indirect speech (`Kim mengatakan dia …`,
///   `direct: false`).
/// - The speaker: from the reporting verb after the quote (`kata Kim`, `imbuh dia`, `katanya`)
///   or before it (`Kim mengatakan "…"`, the subject of the sentence, past fronted phrases
///   such as `Dalam pertemuan dengan Putin,`), or `menurut Kim`. Pronouns, titles alone
///   (`ujar Kepala Negara`) and descriptions ending in a demonstrative (`kata pelatih itu`) go
///   to the person last speaking, or else the last person a sentence was about. A name the
///   entities lack is read past its titles (`kata anggota KPU Divisi Teknis Rizky Pratama`,
///   `Kepala ekonom sebuah bank, Dimas Hardiansyah, menyebut`); an unnamed official or
///   spokesperson speaks for the organisation named (`kata seorang pejabat Departemen
///   Keuangan AS`).
/// - The relays, nearest the speaker first (`kata Kim, menurut KCNA, dikutip oleh UPI` →
///   KCNA, UPI; `Menurut Yonhap, mengutip KCNA, Kim …` → KCNA, Yonhap). Cues in a sentence
///   set the chain of that sentence's speaker for what follows; a relay cue in a sentence
///   with no quote of its own (`…, mengutip Anadolu Agency.`) also covers that speaker's
///   quotes since the last cue; a relay cue in a sentence about no one applies to every
///   speaker (`Dilansir dari Antara, …`), an origin cue there (`Menurut KCNA, rudal itu …`)
///   to no one. Any organisation after a relay cue relays (`dikutip dari siaran pers
///   Sekretariat Presiden`).
/// - Fragments (four words or fewer) in the clause of a person's `berjanji` or `menilai`
///   are that person's (`Kim berjanji menerapkan strategi "paling keras"`).
/// - Short quoted spans (four words or fewer) that no reporting clause claims, or that follow
///   a term cue (`yang disebut`), are kept with `kind: .term` and no speaker.
///
/// Words come from the pack's tables `quote-verbs`, `quote-sources`, `quote-pronouns`,
/// `quote-terms`, `quote-fronting`, `quote-adverbs`, `quote-media-words` and `quote-names`.
public struct QuoteExtractor: Sendable {
    private let pack: any LanguagePack
    let words: QuoteWords

    /// Makes an extractor reading its word tables from `pack`.
    ///
    /// - Throws: ``LinimasaError/Code/notFound`` if the pack lacks one of the tables,
    ///   ``LinimasaError/Code/invalidData`` if a verb has an unknown form or a `quote-names`
    ///   entry an unknown kind.
    public init(pack: any LanguagePack) throws {
        self.pack = pack
        self.words = try QuoteWords(pack: pack)
    }

    /// Quotes of `article.body` (direct and indirect), speakers and relays linked to `entities`.
    ///
    /// Speakers and relays are the entities whose mentions name them; a name with no entity
    /// gets the id `name:` followed by the name lowercased (`name:tv rusia`) and the name as
    /// written. Uses `article.sentences` and `article.paragraphs` when filled, else splits the
    /// body with the pack and at blank lines.
    ///
    /// - Parameters:
    ///   - article: The article; ranges in the result are UTF-8 byte offsets into its body.
    ///   - entities: Entities with mentions in the same body.
    /// - Returns: Quotes in body order.
    /// - Complexity: O(*n* + *q*·*w*) for *n* body bytes, *q* quotes and a window *w* of a sentence.
    public func extract(_ article: Article, entities: [LinkedEntity]) -> [Quote] {
        var attribution = QuoteAttribution(
            document: QuoteDocument(article: article, pack: pack, entities: entities),
            words: words
        )
        return attribution.run()
    }
}
