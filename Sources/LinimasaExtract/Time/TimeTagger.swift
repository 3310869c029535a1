public import LinimasaCore

/// Finds time expressions in Indonesian news text and pins them to the calendar (TIMEX3-like).
///
/// Reads absolute dates (`18 Juni 2024`, `Sep 14, 2023`, `Jumat (29/11/2024)`, `2024-11-29`),
/// clock times (`pukul 10.00 WIB`), dates relative to the reference date (`kemarin`, `pada
/// Jumat`, `pekan lalu`, `tiga hari lalu`), durations (`selama 24 tahun`), sets (`setiap
/// hari`) and TimeML reference values (`kini`, `dulu`). Every word comes from the language
/// pack's tables (`months`, `weekdays`, `number-words`, `time-units`, `time-zones`, `time-words`).
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
            return specs.map { spec in
                let start = tokens[spec.first].start
                let end = tokens[spec.last].end
                let range = TextRange(start: start, end: end)
                let surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                return resolver.resolve(spec, text: surface, range: range)
            }
        }
    }
}
