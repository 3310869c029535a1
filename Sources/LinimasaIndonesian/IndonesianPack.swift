internal import Foundation
public import LinimasaCore

/// The Indonesian language pack: tokenizer, sentence splitter, stemmer and word tables.
///
/// Word tables are the `.tsv` files under `Resources/lexicon/`, read once
/// when the pack is made; each file says in its header what its fields mean.
/// Other data (the knowledge base, the root-word dictionary) is read on
/// demand with ``resourceText(_:)``.
public struct IndonesianPack: LanguagePack {
    public let languageCode = "id"
    public let tokenizer: Tokenizer
    public let splitter: SentenceSplitter
    private let lexicons: [String: Lexicon]
    private let stemmer: Stemmer

    /// Loads the bundled word tables.
    ///
    /// - Throws: ``LinimasaError/Code/invalidData`` if a bundled table is malformed or missing.
    public init() throws {
        var lexicons: [String: Lexicon] = [:]
        let folder = IndonesianPack.resourceFolder.appendingPathComponent("lexicon")
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw LinimasaError(.invalidData, "cannot list the Indonesian word tables in \(folder.path)", cause: error)
        }
        for file in names where file.hasSuffix(".tsv") {
            let name = String(file.dropLast(4))
            let text = try IndonesianPack.readText(folder.appendingPathComponent(file))
            lexicons[name] = try Lexicon(name: name, tsv: text)
        }
        self.lexicons = lexicons
        self.tokenizer = Tokenizer()
        let abbreviations = lexicons["abbreviations"].map { Set($0.orderedKeys) } ?? []
        self.splitter = SentenceSplitter(abbreviations: abbreviations)
        let rootWords = IndonesianPack.resourceFolder.appendingPathComponent("stemmer/root-words.txt")
        self.stemmer = try Stemmer(
            rootWords: IndonesianPack.readText(rootWords),
            affixes: lexicons["stemmer-affixes"] ?? Lexicon(name: "stemmer-affixes", entries: [])
        )
    }

    public func tokenRanges(in text: String) -> [TextRange] { tokenizer.tokenRanges(in: text) }

    public func sentenceRanges(in text: String) -> [TextRange] { splitter.sentenceRanges(in: text) }

    public func stem(_ word: String) -> String { stemmer.stem(word) }

    public func lexicon(_ name: String) throws -> Lexicon {
        guard let lexicon = lexicons[name] else {
            throw LinimasaError(.notFound, "the Indonesian pack has no word table '\(name)'")
        }
        return lexicon
    }

    /// The text of a data file under the pack's `Resources/` folder (`kb/countries.tsv`).
    ///
    /// - Throws: ``LinimasaError/Code/notFound`` if there is no such file.
    public func resourceText(_ relativePath: String) throws -> String {
        try IndonesianPack.readText(IndonesianPack.resourceFolder.appendingPathComponent(relativePath))
    }

    static var resourceFolder: URL {
        Bundle.module.bundleURL.appendingPathComponent("Resources")
    }

    static func readText(_ url: URL) throws -> String {
        do {
            let data = try Data(contentsOf: url)
            return String(decoding: data, as: UTF8.self)
        } catch {
            throw LinimasaError(.notFound, "cannot read the Indonesian pack's data file \(url.lastPathComponent)", cause: error)
        }
    }
}
