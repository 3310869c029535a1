public import LinimasaCore

/// Reads an HTML page into a draft: its metadata and the paragraphs of its main text.
///
/// The page is parsed by libxml2's HTML parser, which recovers from any
/// markup as browsers do and decodes entities. Metadata comes from `og:title`,
/// `og:site_name`, `article:published_time`, JSON-LD `NewsArticle`,
/// `<meta name="author">`, `<time datetime>` and `<title>` (see
/// ``HTMLMetadata``). The main text is the container with the most text of
/// low link density (the idea behind readability, jusText and trafilatura);
/// `script`, `style`, `nav`, `header`, `footer`, `aside`, forms, related-link
/// boxes, share bars, comments and ads are dropped, and the dropped text that
/// is visible is kept in the draft's `boilerplate`.
///
/// The draft is not cleaned: boilerplate patterns (`Baca juga:`, editor codes)
/// and the dateline are left to ``ArticleCleaner``.
public struct HTMLReader: Sendable {
    let dates: any DateLineParsing

    /// A reader that reads publication dates with `dates` (the time tagger's date grammar).
    public init(dates: any DateLineParsing) {
        self.dates = dates
    }

    /// Parses an HTML page and returns a draft: metadata plus the main-text paragraphs, in reading order.
    ///
    /// One paragraph is the text of one block: a `<p>`, a heading or list item
    /// inside the body, a paragraph of a `<blockquote>`, or a run of text
    /// between `<br>`s. Inline elements (`a`, `b`, `em`, `span`…) are joined
    /// into their block's text; white space, NBSP included, is folded into
    /// single spaces. The draft has `mayHaveFrontMatter == false`, and its
    /// `published` date, if any, has source ``PublishedDate/Source/stated``.
    ///
    /// - Parameters:
    ///   - html: The page, already decoded to a string (its `<meta charset>` is ignored).
    ///   - source: Where the page came from, for the draft and error messages.
    /// - Returns: The draft, with dropped visible text in `boilerplate` (captions as
    ///   ``BoilerplateLine/Reason/caption``, navigation, related links, comments and
    ///   share bars as ``BoilerplateLine/Reason/pageFurniture``).
    /// - Throws: ``LinimasaError/Code/invalidInput`` when the page has no article text.
    /// - Complexity: O(*n* · *d*) for *n* bytes of markup nested *d* deep, after libxml2's parse.
    public func draft(html: String, source: String) throws -> ArticleDraft {
        guard let document = HTMLDocument(html: html) else {
            throw LinimasaError(.invalidInput, "no article text in '\(source)': the page is empty")
        }
        let page = HTMLPage(document: document)
        let provisionalTitle = page.metas.first { $0.key == "og:title" }?.value
        var text = HTMLMainText(page: page, title: provisionalTitle)
        let metadata = HTMLMetadata(page: page, text: text, dates: dates)
        if metadata.title != provisionalTitle, let title = metadata.title {
            // A body heading repeating a title found elsewhere is the title, not text.
            if text.paragraphs.contains(title) {
                text.paragraphs.removeAll { $0 == title }
                text.boilerplate.append(BoilerplateLine(title, reason: .title))
            }
        }
        let total = text.paragraphs.reduce(0) { $0 + $1.utf8.count }
        guard !text.paragraphs.isEmpty, total >= 10 else {
            throw LinimasaError(
                .invalidInput,
                "no article text in '\(source)': the page has only navigation, link lists or page furniture; "
                    + "pass the article page itself, or its text as a .txt file"
            )
        }
        var draft = ArticleDraft(source: source, paragraphs: text.paragraphs, mayHaveFrontMatter: false)
        draft.title = metadata.title
        draft.outlet = metadata.outlet
        draft.published = metadata.published
        draft.authors = metadata.authors
        draft.boilerplate = text.boilerplate
        return draft
    }
}
