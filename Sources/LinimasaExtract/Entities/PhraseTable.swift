public import LinimasaCore

/// A word table indexed for matching whole words of a body (`perdana menteri`, `kantor berita`).
///
/// Keys are `NameKey`s over units (see `TextUnit`), so case, hyphens and
/// spacing do not matter; every shorter start of a key is marked so that a
/// match can stop as soon as no key can follow.
struct PhraseTable: Sendable {
    struct Node: Sendable {
        var fields: [String]?
        var isPrefix = false
    }

    private(set) var nodes: [UInt64: Node] = [:]

    init() {}

    /// Indexes every key of `lexicon`, tokenised by `pack` as body text is.
    init(_ lexicon: Lexicon, pack: any LanguagePack) {
        for key in lexicon.orderedKeys {
            add(key, fields: lexicon[key] ?? [], pack: pack)
        }
    }

    mutating func add(_ phrase: String, fields: [String], pack: any LanguagePack) {
        let units = TextUnits.units(of: phrase, tokens: pack.tokenRanges(in: phrase), sentences: [])
        guard !units.isEmpty else { return }
        var key = NameKey.seed
        var phrase = phrase
        phrase.withUTF8 { bytes in
            for (i, unit) in units.enumerated() {
                key = NameKey.extend(key, bytes, unit.range)
                if i < units.count - 1 { nodes[key, default: Node()].isPrefix = true }
            }
        }
        nodes[key, default: Node()].fields = fields
    }

    var isEmpty: Bool { nodes.isEmpty }

    /// The fields of a one-unit key.
    @inline(__always)
    func fields(ofUnitKey key: UInt64) -> [String]? { nodes[key]?.fields }

    /// The longest key starting at unit `i`, over units joined by spaces only.
    ///
    /// - Returns: One past the last unit of the match, and the key's fields.
    func longestMatch(
        at i: Int,
        units: UnsafeBufferPointer<TextUnit>,
        bytes: UnsafeBufferPointer<UInt8>
    ) -> (end: Int, fields: [String])? {
        var key = NameKey.seed
        var j = i
        var best: (end: Int, fields: [String])?
        while j < units.count {
            if j > i && !units[j].joinsPrevious { break }
            key = NameKey.extend(key, bytes, units[j].range)
            guard let node = nodes[key] else { break }
            if let fields = node.fields { best = (j + 1, fields) }
            if !node.isPrefix { break }
            j += 1
        }
        return best
    }
}

/// The entity word tables of a language pack, indexed once.
struct EntityLexicons: Sendable {
    var titles = PhraseTable()
    var heads = PhraseTable()
    var stopwords = PhraseTable()
    var prepositions = PhraseTable()
    var anaphora = PhraseTable()
    var connectors = PhraseTable()
    var roleBlockers = PhraseTable()
    var portfolios = PhraseTable()
    var matchWords = PhraseTable()
    var demonyms: [String: String] = [:]
    /// Every key (and start of a key) of the tables and the knowledge base, with the tables it is in.
    var wordFlags: [UInt64: UInt8] = [:]

    /// Reads the pack's `entity-*` tables; a missing table is empty.
    init(pack: any LanguagePack) {
        func table(_ name: String) -> PhraseTable {
            (try? pack.lexicon(name)).map { PhraseTable($0, pack: pack) } ?? PhraseTable()
        }
        titles = table("entity-titles")
        heads = table("entity-heads")
        stopwords = table("entity-stopwords")
        prepositions = table("entity-prepositions")
        anaphora = table("entity-anaphora")
        connectors = table("entity-connectors")
        roleBlockers = table("entity-role-blockers")
        portfolios = table("entity-portfolios")
        matchWords = table("entity-match-words")
        if let lexicon = try? pack.lexicon("entity-demonyms") {
            for key in lexicon.orderedKeys { demonyms[key] = lexicon.value(key) }
        }
    }

    /// Fills `wordFlags` from the tables and the knowledge base's aliases.
    mutating func indexWords(_ kb: KnowledgeBase) {
        wordFlags.reserveCapacity(kb.nodes.count + 1024)
        for key in kb.nodes.keys { wordFlags[key, default: 0] |= WordFlags.knowledgeBase }
        for (table, flag) in [
            (titles, WordFlags.title), (heads, WordFlags.head), (prepositions, WordFlags.preposition),
            (stopwords, WordFlags.stopword), (anaphora, WordFlags.anaphora),
        ] {
            for key in table.nodes.keys { wordFlags[key, default: 0] |= flag }
        }
    }

    /// Marks each unit with the tables its word is in.
    func mark(_ units: inout [TextUnit]) {
        for k in units.indices { units[k].words = wordFlags[units[k].key] ?? 0 }
    }

    @inline(__always)
    func title(at i: Int, units: UnsafeBufferPointer<TextUnit>, bytes: UnsafeBufferPointer<UInt8>) -> (
        end: Int, fields: [String]
    )? {
        units[i].words & WordFlags.title == 0 ? nil : titles.longestMatch(at: i, units: units, bytes: bytes)
    }

    @inline(__always)
    func head(at i: Int, units: UnsafeBufferPointer<TextUnit>, bytes: UnsafeBufferPointer<UInt8>) -> (
        end: Int, fields: [String]
    )? {
        units[i].words & WordFlags.head == 0 ? nil : heads.longestMatch(at: i, units: units, bytes: bytes)
    }

    @inline(__always)
    func anaphoraPhrase(at i: Int, units: UnsafeBufferPointer<TextUnit>, bytes: UnsafeBufferPointer<UInt8>) -> (
        end: Int, fields: [String]
    )? {
        units[i].words & WordFlags.anaphora == 0 ? nil : anaphora.longestMatch(at: i, units: units, bytes: bytes)
    }

    @inline(__always)
    func preposition(_ unit: TextUnit) -> [String]? {
        unit.words & WordFlags.preposition == 0 ? nil : prepositions.fields(ofUnitKey: unit.key)
    }

    /// Whether a unit is a word never found alone as a name (`always`), or not at a sentence start (`initial`).
    @inline(__always)
    func isStopword(_ unit: TextUnit) -> Bool {
        guard unit.words & WordFlags.stopword != 0, let fields = stopwords.fields(ofUnitKey: unit.key) else {
            return false
        }
        return fields.first == "always" || unit.isSentenceStart
    }

    @inline(__always)
    func isAlwaysStopword(_ unit: TextUnit) -> Bool {
        unit.words & WordFlags.stopword != 0 && stopwords.fields(ofUnitKey: unit.key)?.first == "always"
    }
}
