import Foundation
import Linimasa
import LinimasaCore
import LinimasaTestSupport
import Testing

/// The bundled sample corpus read against its gold (Samples/gold.json): metadata and boilerplate.
struct SampleCorpusTests {
    struct Gold: Decodable {
        var title: String?
        var outlet: String?
        var published: String?
        var published_from: String?
        var dateline: String?
        var dateline_text: String?
        var boilerplate: [String]
    }

    static let analyzer = try! Analyzer()  // bundled data; a failure is a packaging bug
    static let gold: [String: Gold] = {
        let data = try! Data(contentsOf: Corpus.samples.appendingPathComponent("gold.json"))
        return try! JSONDecoder().decode([String: Gold].self, from: data)
    }()
    static let outcomes: [String: AnalyzedArticle] = {
        let folder = Corpus.samples.appendingPathComponent("articles").path
        var byKey: [String: AnalyzedArticle] = [:]
        for outcome in analyzer.analyze(paths: [folder]) {
            guard case .success(let analyzed) = outcome.result else { continue }
            byKey[key(analyzed.article.source)] = analyzed
        }
        return byKey
    }()

    /// `01-name` for a file, `feed.jsonl:2` for a JSON Lines item (whose source may be its URL).
    static func key(_ source: String) -> String {
        let name = (source as NSString).lastPathComponent
        if source.contains(".jsonl:") { return name }
        return (name as NSString).deletingPathExtension
    }

    static var keys: [String] { gold.keys.filter { !$0.contains(".jsonl") }.sorted() }

    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{00A0}", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: keys)
    func metadata(key: String) throws {
        let gold = try #require(Self.gold[key])
        let analyzed = try #require(Self.outcomes[key], "\(key) was not read")
        let article = analyzed.article
        #expect(article.title == gold.title, "\(key) title")
        #expect(article.outlet == gold.outlet, "\(key) outlet")
        #expect(article.dateline == gold.dateline, "\(key) dateline")
        let expectedFrom = gold.published_from == "story" ? nil : gold.published_from
        let expectedDate = gold.published_from == "story" ? nil : gold.published
        #expect(article.published.map { String($0.iso.prefix(10)) } == expectedDate, "\(key) published")
        #expect(article.published?.source.rawValue == expectedFrom, "\(key) published_from")
    }

    @Test(arguments: keys)
    func boilerplateIsRemovedAndNothingElse(key: String) throws {
        let gold = try #require(Self.gold[key])
        let analyzed = try #require(Self.outcomes[key], "\(key) was not read")
        let body = Self.normalized(analyzed.article.body)
        let removed = Set(analyzed.article.boilerplate.map { Self.normalized($0.text) })
        for line in gold.boilerplate.map(Self.normalized) {
            #expect(removed.contains(line) || !body.contains(line), "\(key): boilerplate left in body: \(line)")
        }
        // Every other line of a plain-text sample is body text (less its dateline and a final editor code).
        let url = Corpus.samples.appendingPathComponent("articles/\(key).txt")
        guard let text = try? Corpus.text(url) else { return }
        let boilerplate = Set(gold.boilerplate.map(Self.normalized))
        for raw in text.split(separator: "\n") {
            var line = Self.normalized(String(raw))
            guard !line.isEmpty, line != "&nbsp;", !boilerplate.contains(line) else { continue }
            if let dateline = gold.dateline_text.map(Self.normalized), line.hasPrefix(dateline) {
                line = String(line.dropFirst(dateline.count)).trimmingCharacters(in: .whitespaces)
            }
            if let code = line.range(of: #"\s*\((\*|[a-z]{2,5}(/[a-z]{2,5})?)\)$"#, options: .regularExpression) {
                line.removeSubrange(code)
            }
            #expect(body.contains(line), "\(key): body line lost: \(line)")
        }
    }
}
