public import LinimasaCore
public import LinimasaExtract
internal import LinimasaIndonesian
public import LinimasaText

/// The analysis pipeline: reads articles, then finds their times, entities, quotes and events.
///
/// One analyser holds the loaded language pack, knowledge base and extractors;
/// it is `Sendable` and can analyse articles from several tasks at once.
public struct Analyzer: Sendable {
    /// One input article's result.
    public struct Outcome: Sendable {
        public var source: String
        public var result: Result<AnalyzedArticle, LinimasaError>
        public var warnings: [String]
    }

    public private(set) var configuration: AnalyzerConfiguration
    public let pack: any LanguagePack
    public let knowledgeBase: KnowledgeBase
    let reader: ArticleReader
    let times: TimeTagger
    let entities: EntityExtractor
    let quotes: QuoteExtractor
    let events: EventExtractor

    /// Loads the Indonesian pack, the knowledge base and the extractors.
    ///
    /// - Throws: ``LinimasaError`` when bundled data or a `--kb` file cannot be read.
    public init(configuration: AnalyzerConfiguration = .init()) throws {
        self.configuration = configuration
        let pack = try IndonesianPack()
        self.pack = pack
        let times = try TimeTagger(pack: pack)
        self.times = times
        self.reader = try ArticleReader(pack: pack, dates: times, configuration: configuration.reader)
        self.knowledgeBase = try KnowledgeBase(pack: pack, userFiles: configuration.knowledgeBaseFiles)
        self.entities = EntityExtractor(pack: pack, knowledgeBase: knowledgeBase)
        self.quotes = try QuoteExtractor(pack: pack)
        self.events = try EventExtractor(pack: pack, knowledgeBase: knowledgeBase)
    }

    /// This analyser with another publication date for articles that state none; the pack,
    /// knowledge base and extractors are shared, not loaded again.
    public func givingPublished(_ date: CalendarDate?) -> Analyzer {
        var copy = self
        copy.configuration.published = date
        return copy
    }

    /// Reads and analyses every file of `paths` (folders recursively, `-` for standard input).
    ///
    /// Each input and each article succeeds or fails on its own.
    public func analyze(paths: [String], format: InputFormat? = nil) -> [Outcome] {
        reader.read(paths: paths, format: format).map(analyze)
    }

    /// Reads and analyses one buffer (one article, or several for JSON Lines).
    public func analyze(bytes: [UInt8], source: String, format: InputFormat? = nil) -> [Outcome] {
        reader.read(bytes: bytes, source: source, format: format).map(analyze)
    }

    func analyze(_ outcome: ArticleReader.Outcome) -> Outcome {
        switch outcome.result {
        case .failure(let error):
            return Outcome(source: outcome.source, result: .failure(error), warnings: outcome.warnings)
        case .success(let article):
            var analyzed = analyze(article)
            analyzed.warnings = outcome.warnings + analyzed.warnings
            return Outcome(source: outcome.source, result: .success(analyzed), warnings: analyzed.warnings)
        }
    }

    /// Analyses one read article.
    ///
    /// The reference date for relative times is the stated or given
    /// publication date; failing that, the user's `--published`; failing
    /// that, a full date in the lede (`Jumat (29/11/2024)`), which then
    /// becomes the publication date, marked `lede`.
    public func analyze(_ input: Article) -> AnalyzedArticle {
        var article = input
        if let outlet = article.outlet { article.outlet = knownSpelling(ofOutlet: outlet) }
        if article.published == nil, let given = configuration.published {
            article.published = PublishedDate(date: given, source: .given)
        }
        var found = times.tag(article.body, reference: ReferenceDate(article: article))
        if article.published == nil, let lede = ledeDate(article, found) {
            article.published = lede
            found = times.tag(article.body, reference: ReferenceDate(article: article))
        }
        let reference = ReferenceDate(article: article)
        let linked = entities.extract(article, reference: reference)
        let said = quotes.extract(article, entities: linked)
        let happened = events.extract(article, times: found, entities: linked, quotes: said, reference: reference)
        return AnalyzedArticle(article: article, times: found, entities: linked, quotes: said, events: happened)
    }

    /// The outlet as the knowledge base spells it when the article writes it in capitals
    /// (`ANTARA` → `Antara`); unknown outlets keep their own spelling (`ILLINI NEWS`).
    func knownSpelling(ofOutlet outlet: String) -> String {
        guard outlet == outlet.uppercased() else { return outlet }
        for (entry, _) in knowledgeBase.lookup(outlet) where entry.type == .media {
            let spellings = [entry.name] + entry.aliases
            if let spelling = spellings.first(where: { $0.lowercased() == outlet.lowercased() && $0 != $0.uppercased() }) {
                return spelling
            }
        }
        return outlet
    }

    /// A full date with its day in the first two paragraphs, read as the publication date.
    ///
    /// Only absolute day-precision dates count, and not one whose weekday contradicts it.
    func ledeDate(_ article: Article, _ found: [TimeExpression]) -> PublishedDate? {
        guard let limit = article.paragraphs.prefix(2).last?.end else { return nil }
        for time in found where time.range.end <= limit && time.anchor == .absolute {
            // A day, or a time on a day (`Selasa (25/3/2025) malam` is 2025-03-25TNI).
            guard time.kind == .date || time.kind == .time, let value = time.value, value.utf8.count >= 10,
                let date = CalendarDate(iso: value), value.utf8.count == 10 || value.utf8.dropFirst(10).first == UInt8(ascii: "T")
            else { continue }
            if let note = time.note, note.contains("mismatch") { continue }
            return PublishedDate(date: date, source: .lede)
        }
        return nil
    }
}
