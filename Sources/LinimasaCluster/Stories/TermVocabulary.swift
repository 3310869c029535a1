import LinimasaCore

/// Stems and entities seen so far, as small integer indexes, with their document frequencies.
///
/// Grows with the vocabulary (new words and entities), not with the number of
/// articles: news vocabulary grows roughly with the square root of the corpus.
struct TermVocabulary: Sendable {
    let pack: any LanguagePack
    let stopWords: Set<String>
    /// Lowercase surface word to term index; -1 for a word left out.
    private(set) var wordTerms: [String: Int32] = [:]
    private var stemTerms: [String: Int32] = [:]
    /// The stem of each term index.
    private(set) var stems: [String] = []
    private(set) var termFrequency: [Int32] = []
    /// Entity id to entity index.
    private var entityIndexes: [String: Int32] = [:]
    /// Name and type of each entity index.
    private(set) var entities: [(id: String, name: String, type: EntityType)] = []
    private(set) var entityFrequency: [Int32] = []
    /// Articles counted in the frequencies.
    private(set) var documentCount = 0

    init(pack: any LanguagePack, stopWords: Set<String>) {
        self.pack = pack
        self.stopWords = stopWords
    }

    /// The term index of each token of `text` (-1 for a token left out): lowercase, stemmed,
    /// without stop words, numbers and words shorter than three bytes.
    ///
    /// - Parameter ranges: The token ranges of `text` (from the pack's tokenizer).
    /// - Complexity: O(*n*) in the bytes of the tokens; a word is stemmed once per vocabulary.
    mutating func tokenTerms(in text: String, ranges: [TextRange]) -> [Int32] {
        var terms = [Int32](repeating: -1, count: ranges.count)
        var copy = text
        copy.withUTF8 { bytes in
            var word: [UInt8] = []
            word.reserveCapacity(32)
            for (position, range) in ranges.enumerated() {
                guard range.length >= 3, range.end <= bytes.count else { continue }
                word.removeAll(keepingCapacity: true)
                var hasDigit = false
                for i in range.start..<range.end {
                    var b = bytes[i]
                    if b >= 0x30 && b <= 0x39 {
                        hasDigit = true
                        break
                    }
                    if b >= 0x41 && b <= 0x5A { b += 0x20 }
                    word.append(b)
                }
                if hasDigit { continue }
                terms[position] = termIndex(ofLowercased: String(decoding: word, as: UTF8.self))
            }
        }
        return terms
    }

    /// The term index of a lowercase word, -1 when the word is left out.
    mutating func termIndex(ofLowercased word: String) -> Int32 {
        if let known = wordTerms[word] { return known }
        var term: Int32 = -1
        if !stopWords.contains(word) {
            let stem = pack.stem(word)
            if stem.utf8.count >= 3, !stopWords.contains(stem) {
                if let known = stemTerms[stem] {
                    term = known
                } else {
                    term = Int32(stems.count)
                    stems.append(stem)
                    termFrequency.append(0)
                    stemTerms[stem] = term
                }
            }
        }
        wordTerms[word] = term
        return term
    }

    /// The entity index of `entity`, made on first sight.
    mutating func entityIndex(of entity: LinkedEntity) -> Int32 {
        if let known = entityIndexes[entity.id] { return known }
        let index = Int32(entities.count)
        entities.append((entity.id, entity.name, entity.type))
        entityFrequency.append(0)
        entityIndexes[entity.id] = index
        return index
    }

    /// Counts one more article holding `terms` and `entities`.
    mutating func countDocument(terms: some Sequence<Int32>, entities found: some Sequence<Int32>) {
        documentCount += 1
        for term in terms { termFrequency[Int(term)] += 1 }
        for entity in found { entityFrequency[Int(entity)] += 1 }
    }

    /// Smoothed inverse document frequency of a term: ln((1 + N) / (1 + df)) + 1.
    func termWeight(_ term: Int32) -> Float {
        Self.idf(Float(termFrequency[Int(term)]), Float(documentCount))
    }

    /// Smoothed inverse document frequency of an entity.
    func entityWeight(_ entity: Int32) -> Float {
        Self.idf(Float(entityFrequency[Int(entity)]), Float(documentCount))
    }

    static func idf(_ df: Float, _ n: Float) -> Float {
        logf((1 + n) / (1 + df)) + 1
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
