public import LinimasaCore

/// Finds time expressions in Indonesian news text and pins them to the calendar (TIMEX3-like).
///
/// Reads absolute dates (`18 Juni 2024`, `Sep 14, 2023`, `Jumat (29/11/2024)`, `2024-11-29`),
/// ranges as one ISO interval (`14-15 Januari 2025` → `2025-01-14/2025-01-15`), clock times
/// (`pukul 10.00 WIB`, joined to a day right before them: `Kamis (17/7) pukul 10.14 WIB`), dates
/// relative to the reference date (`kemarin`, `pada Jumat`, `Kamis pekan lalu`, `tiga hari lalu`),
/// dates counted from an event the sentence dates (`sehari setelah ... Minggu (20/10/2024)`),
/// durations (`selama 24 tahun`), sets (`setiap hari`) and TimeML reference values (`kini`,
/// `dulu`). A bare year ending a name (`Piala Dunia 2026`) is not a time. Every word comes from
/// the language pack's tables (`months`, `weekdays`, `number-words`, `time-units`, `time-zones`,
/// `time-words`).
///
/// Also the one date grammar of the readers, through ``DateLineParsing``.
public struct TimeTagger: DateLineParsing {
    let lexicon: TimeLexicon

    /// Reads the time tables of `pack`.
    ///
    /// - Throws: ``LinimasaError/Code/notFound`` if the pack lacks a table, or
    ///   ``LinimasaError/Code/invalidData`` if a table line cannot be read.
    public init(pack: any LanguagePack) throws {
        self.lexicon = try TimeLexicon(pack: pack)
    }

    /// Time expressions of `text` (an article body), in order, with byte ranges into `text`.
    ///
    /// Relative expressions are resolved against `reference`; when it is `nil`, against the
    /// latest absolute day-precision date stated in `text` (with lower confidence); when there
    /// is none, they are tagged with a `nil` value.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length of `text`.
    public func tag(_ text: String, reference: ReferenceDate?) -> [TimeExpression] {
        var copy = text
        return copy.withUTF8 { bytes in
            let tokens = TimeTokenizer.tokens(bytes, lexicon: lexicon)
            let grammar = TimeGrammar(DateGrammar(tokens: tokens, lexicon: lexicon))
            let specs = grammar.matches()
            var resolver = TimeResolver(reference: reference, specs: specs, tokens: tokens)
            return resolver.resolveAll(specs) { first, last in
                let start = tokens[first].start
                let end = tokens[last].end
                let surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                return (surface, TextRange(start: start, end: end))
            }
        }
    }
}
