public import LinimasaCore

/// Turns a cleaned draft into an ``Article``: the body, its paragraph and sentence spans, and its id.
public struct ArticleAssembler: Sendable {
    let pack: any LanguagePack

    public init(pack: any LanguagePack) {
        self.pack = pack
    }

    /// The article of `draft`.
    ///
    /// - Throws: ``LinimasaError/Code/invalidInput`` when no article text is left.
    public func assemble(_ draft: ArticleDraft) throws -> Article {
        var body = ""
        body.reserveCapacity(draft.paragraphs.reduce(0) { $0 + $1.utf8.count + 2 })
        var paragraphs: [TextRange] = []
        var offset = 0
        for paragraph in draft.paragraphs where !paragraph.isEmpty {
            if !body.isEmpty {
                body += "\n\n"
                offset += 2
            }
            body += paragraph
            let length = paragraph.utf8.count
            paragraphs.append(TextRange(start: offset, end: offset + length))
            offset += length
        }
        guard !body.isEmpty else {
            throw LinimasaError(.invalidInput, "no article text in '\(draft.source)': every line was boilerplate or markup")
        }
        return Article(
            source: draft.source,
            title: draft.title,
            outlet: draft.outlet,
            dateline: draft.dateline,
            datelineText: draft.datelineText,
            authors: draft.authors,
            editors: draft.editors,
            published: draft.published,
            language: pack.languageCode,
            body: body,
            boilerplate: draft.boilerplate,
            paragraphs: paragraphs,
            sentences: pack.sentenceRanges(in: body)
        )
    }
}
