/// What the readers and extractors need to know about a language.
///
/// The extractors never hard-code words: they ask the pack for tokens,
/// sentences, stems and named word tables (`months`, `weekdays`,
/// `reporting-verbs`, …), so they can be tested against a tiny fake pack.
public protocol LanguagePack: Sendable {
    /// ISO 639-1 code (`id`).
    var languageCode: String { get }

    /// Word tokens of `text`, as byte ranges in order.
    ///
    /// A token is a maximal run of letters and digits joined by in-word
    /// hyphens and apostrophes, or a number with its separators (`10.000`,
    /// `3,5`, `29/11/2024`, `17:10`); anything else separates tokens.
    func tokenRanges(in text: String) -> [TextRange]

    /// Sentence spans of `text`, never crossing a paragraph break (`"\n\n"`).
    func sentenceRanges(in text: String) -> [TextRange]

    /// The stem of one lowercase word (`mengunjungi` → `kunjung`); the word itself if it has none.
    func stem(_ word: String) -> String

    /// The word table called `name`.
    ///
    /// - Throws: ``LinimasaError/Code/notFound`` if the pack has no such table.
    func lexicon(_ name: String) throws -> Lexicon

    /// The text of another data file shipped with the pack (`kb/curated-people.tsv`), relative to its resources.
    ///
    /// - Throws: ``LinimasaError/Code/notFound`` if there is no such file.
    func resourceText(_ relativePath: String) throws -> String
}
