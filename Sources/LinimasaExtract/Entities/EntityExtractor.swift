public import LinimasaCore

/// Finds the named entities of an article and links every mention to one identity.
///
/// Recognition (``EntityRecognizer`` rules: knowledge-base aliases, titles, head words,
/// capitalised runs with Indonesian cues) gives mentions; linking then, within the article:
/// - resolves roles by the reference date (`Presiden AS` in November 2024 is Joe Biden);
/// - links a later first or last name alone (`Kim`, `Putin`, `Lewis`) to the one person of the
///   article whose full name has it (never a title word: `Presiden` is not a short name of the
///   alias `Presiden Jokowi`), and names written apart to the same identity when they differ
///   by a spelling edit or two (`Beloussov` ~ `Belousov`; none below 6 letters);
/// - links `sang presiden` to the one person of the article holding that role;
/// - gives names not in the knowledge base a stable id from their normalised name (`name:jeffrey-lewis`),
///   so the same unknown person links across articles (see ``EntityRegistry`` for spelling variants
///   across a corpus).
public struct EntityExtractor: Sendable {
    let pack: any LanguagePack
    let knowledgeBase: KnowledgeBase
    let lexicons: EntityLexicons

    /// Makes an extractor; reads the pack's `entity-*` word tables once.
    public init(pack: any LanguagePack, knowledgeBase: KnowledgeBase) {
        self.pack = pack
        self.knowledgeBase = knowledgeBase
        var lexicons = EntityLexicons(pack: pack)
        lexicons.indexWords(knowledgeBase)
        self.lexicons = lexicons
    }

    /// Entities of an article body with all their mentions (byte ranges into `article.body`), linked.
    ///
    /// - Parameters:
    ///   - article: The article; its `sentences` are used when present, else the pack splits the body.
    ///   - reference: The date roles are resolved against (Presiden AS in 2024 = Joe Biden); without
    ///     one, a title with no name after it is not a mention.
    /// - Returns: Entities in order of first mention; each entity's mentions in text order.
    /// - Complexity: O(*n*) in the length of the body, plus a small cost per capitalised word.
    public func extract(_ article: Article, reference: ReferenceDate?) -> [LinkedEntity] {
        let body = article.body
        let tokens = pack.tokenRanges(in: body)
        let sentences = article.sentences.isEmpty ? pack.sentenceRanges(in: body) : article.sentences
        var units = TextUnits.units(of: body, tokens: tokens, sentences: sentences)
        lexicons.mark(&units)
        var text = body
        return text.withUTF8 { bytes in
            units.withUnsafeBufferPointer { units in
                let recognizer = EntityRecognizer(kb: knowledgeBase, lexicons: lexicons)
                var candidates = recognizer.candidates(units: units, bytes: bytes, reference: reference?.date)
                recognizer.readTeams(&candidates, units: units, bytes: bytes)
                var linker = DocumentLinker(
                    kb: knowledgeBase,
                    lexicons: lexicons,
                    recognizer: recognizer,
                    units: units,
                    bytes: bytes,
                    reference: reference?.date
                )
                return linker.link(candidates)
            }
        }
    }
}
