public import LinimasaCore

/// The formats linimasa reads.
public enum InputFormat: String, Sendable, CaseIterable {
    case text, html, jsonLines = "jsonl"

    /// The format a file name implies, or `nil`.
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") {
            self = .html
        } else if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
            self = .jsonLines
        } else if lower.hasSuffix(".txt") || lower.hasSuffix(".text") {
            self = .text
        } else {
            return nil
        }
    }

    /// The format the content itself suggests: markup, one JSON object a line, or text.
    public init(sniffing text: String) {
        let head = text.utf8.prefix(512)
        guard let first = head.firstIndex(where: { $0 > 0x20 }) else {
            self = .text
            return
        }
        let start = String(decoding: head[first...].prefix(64), as: UTF8.self).lowercased()
        if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") || start.hasPrefix("<head")
            || start.hasPrefix("<body") || start.hasPrefix("<article") || start.hasPrefix("<div")
            || start.hasPrefix("<?xml") || start.hasPrefix("<!--")
        {
            self = .html
        } else if start.hasPrefix("{\"") || start.hasPrefix("{ \"") {
            self = .jsonLines
        } else {
            self = .text
        }
    }
}

/// Reads files, folders, standard input and byte buffers into cleaned ``Article``s.
///
/// One input may hold many articles (JSON Lines); each one succeeds or fails
/// on its own, so one bad line never loses the others.
public struct ArticleReader: Sendable {
    /// One article read, or why it could not be.
    public struct Outcome: Sendable {
        /// Where the article came from (a path, `path:line`, or a URL).
        public var source: String
        public var result: Result<Article, LinimasaError>
        /// Things a person should know that did not stop the reading.
        public var warnings: [String]
    }

    public let configuration: ReaderConfiguration
    let cleaner: ArticleCleaner
    let assembler: ArticleAssembler
    let dates: any DateLineParsing

    public init(pack: any LanguagePack, dates: any DateLineParsing, configuration: ReaderConfiguration = .init()) throws {
        self.configuration = configuration
        self.cleaner = try ArticleCleaner(pack: pack, dates: dates)
        self.assembler = ArticleAssembler(pack: pack)
        self.dates = dates
    }

    /// Reads every file of `paths` (folders recursively, `-` for standard input).
    ///
    /// Lines repeated across articles of one outlet are removed as boilerplate across the whole batch.
    /// A path that cannot be read is a failed outcome in its place; the others are still read.
    public func read(paths: [String], format: InputFormat? = nil) -> [Outcome] {
        var drafts: [(Outcome?, ArticleDraft?)] = []
        for expanded in InputFiles.expand(paths) {
            let path: String
            switch expanded {
            case .success(let file): path = file
            case .failure(let error):
                drafts.append((Outcome(source: error.message, result: .failure(error), warnings: []), nil))
                continue
            }
            do {
                let bytes = try InputFiles.bytes(of: path, limit: configuration.maxBytes)
                drafts.append(contentsOf: try self.drafts(bytes: bytes, source: path, format: format ?? InputFormat(path: path)))
            } catch let error as LinimasaError {
                drafts.append((Outcome(source: path, result: .failure(error), warnings: []), nil))
            } catch {
                let wrapped = LinimasaError(.invalidInput, "cannot read '\(path)'", cause: error)
                drafts.append((Outcome(source: path, result: .failure(wrapped), warnings: []), nil))
            }
        }
        return finish(drafts)
    }

    /// Reads one buffer holding one article, or several for JSON Lines.
    public func read(bytes: [UInt8], source: String, format: InputFormat? = nil) -> [Outcome] {
        do {
            return finish(try drafts(bytes: bytes, source: source, format: format ?? InputFormat(path: source)))
        } catch let error as LinimasaError {
            return [Outcome(source: source, result: .failure(error), warnings: [])]
        } catch {
            return [Outcome(source: source, result: .failure(LinimasaError(.invalidInput, "cannot read '\(source)'", cause: error)), warnings: [])]
        }
    }

    /// Cleaned drafts (or failures) of one buffer.
    func drafts(bytes: [UInt8], source: String, format: InputFormat?) throws -> [(Outcome?, ArticleDraft?)] {
        let decoded = try TextDecoding.decode(bytes, source: source, limit: configuration.maxBytes)
        let kind = format ?? InputFormat(sniffing: decoded.text)
        switch kind {
        case .text:
            var draft = PlainTextReader().draft(text: decoded.text, source: source)
            draft.warnings = decoded.warnings
            return [(nil, cleaner.clean(draft))]
        case .html:
            var draft = try HTMLReader(dates: dates).draft(html: decoded.text, source: source)
            draft.warnings += decoded.warnings
            return [(nil, cleaner.clean(draft))]
        case .jsonLines:
            return JSONLinesReader().items(text: decoded.text, source: source).map { item in
                switch item {
                case .failure(let error):
                    return (Outcome(source: source, result: .failure(error), warnings: []), nil)
                case .success(let item):
                    do {
                        return (nil, try draft(of: item, warnings: decoded.warnings))
                    } catch let error as LinimasaError {
                        return (Outcome(source: item.source, result: .failure(error), warnings: []), nil)
                    } catch {
                        return (Outcome(source: item.source, result: .failure(LinimasaError(.invalidInput, "cannot read '\(item.source)'", cause: error)), warnings: []), nil)
                    }
                }
            }
        }
    }

    /// The cleaned draft of one JSON Lines item: its fields override what the content says.
    func draft(of item: JSONLinesReader.Item, warnings: [String]) throws -> ArticleDraft {
        var draft: ArticleDraft
        if let html = item.html {
            draft = try HTMLReader(dates: dates).draft(html: html, source: item.source)
        } else {
            draft = PlainTextReader().draft(text: item.text ?? "", source: item.source)
        }
        draft.warnings += warnings
        var cleaned = cleaner.clean(draft)
        if let title = item.title?.trimmingSpaces(), !title.isEmpty {
            if cleaned.title == nil, let index = cleaned.paragraphs.firstIndex(of: title) {
                cleaned.paragraphs.remove(at: index)
                cleaned.boilerplate.append(BoilerplateLine(title, reason: .title))
            }
            cleaned.title = title
        }
        if let published = item.published {
            if var date = dates.publishedDate(inLine: published) {
                date.source = .given
                cleaned.published = date
            } else {
                cleaned.warnings.append("'\(item.source)': cannot read published date '\(published)'; ignored")
            }
        }
        return cleaned
    }

    /// Removes repeated lines across the batch, then assembles each draft.
    func finish(_ drafts: [(Outcome?, ArticleDraft?)]) -> [Outcome] {
        let cleaned = drafts.compactMap(\.1)
        var filtered = RepeatedLineFilter(minimumArticles: configuration.repeatedLineMinimumArticles).apply(cleaned)[...]
        var outcomes: [Outcome] = []
        for (failure, draft) in drafts {
            if let failure {
                outcomes.append(failure)
                continue
            }
            guard draft != nil, let next = filtered.popFirst() else { continue }
            do {
                outcomes.append(Outcome(source: next.source, result: .success(try assembler.assemble(next)), warnings: next.warnings))
            } catch let error as LinimasaError {
                outcomes.append(Outcome(source: next.source, result: .failure(error), warnings: next.warnings))
            } catch {
                outcomes.append(Outcome(source: next.source, result: .failure(LinimasaError(.invalidInput, "cannot read '\(next.source)'", cause: error)), warnings: next.warnings))
            }
        }
        return outcomes
    }
}
