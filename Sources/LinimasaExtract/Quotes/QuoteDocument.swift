internal import LinimasaCore

/// An article body indexed for attribution: tokens, sentences, entity mentions, quoted bytes.
///
/// Everything is by token index; `lower[i]` is token `i` lowercased (ASCII letters only,
/// which is all Indonesian function words need).
struct QuoteDocument {
    /// One entity mention, by tokens.
    struct Mention {
        var entity: Int
        var firstToken: Int
        var lastToken: Int
        var range: TextRange
    }

    let body: String
    let bytes: [UInt8]
    let tokens: [TextRange]
    let lower: [String]
    let sentences: [TextRange]
    let paragraphs: [TextRange]
    let entities: [LinkedEntity]
    /// Sentence index of each token.
    let tokenSentence: [Int]
    /// First token of each sentence (`tokens.count` for an empty sentence at the end).
    let sentenceFirstToken: [Int]
    /// Mention covering each token (the longest one), or -1.
    let tokenMention: [Int]
    let mentions: [Mention]
    /// Whether each token lies inside quotation marks.
    var tokenQuoted: [Bool]
    /// Lowercased words written somewhere as a capitalised word with no capitalised neighbour
    /// in its clause (`Rizky` in `Rizky menjelaskan`): the short form of a name.
    private(set) var loneWords: Set<String> = []
    /// Lowercased words written capitalised somewhere inside a clause, not at its start: names
    /// and acronyms rather than sentence-initial common words.
    private(set) var properWords: Set<String> = []

    init(article: Article, pack: any LanguagePack, entities: [LinkedEntity]) {
        body = article.body
        bytes = Array(article.body.utf8)
        tokens = pack.tokenRanges(in: article.body)
        var lower: [String] = []
        lower.reserveCapacity(tokens.count)
        for token in tokens {
            var word = Array(bytes[token.start..<token.end])
            for i in word.indices where word[i] >= 0x41 && word[i] <= 0x5A { word[i] += 0x20 }
            lower.append(String(decoding: word, as: UTF8.self))
        }
        self.lower = lower
        sentences =
            article.sentences.isEmpty ? pack.sentenceRanges(in: article.body) : article.sentences
        paragraphs =
            article.paragraphs.isEmpty ? QuoteDocument.paragraphs(of: bytes) : article.paragraphs
        self.entities = entities

        var tokenSentence = [Int](repeating: 0, count: tokens.count)
        var sentenceFirstToken = [Int](repeating: tokens.count, count: sentences.count)
        var s = 0
        for (i, token) in tokens.enumerated() {
            while s + 1 < sentences.count, token.start >= sentences[s].end { s += 1 }
            tokenSentence[i] = s
            if sentenceFirstToken[s] == tokens.count { sentenceFirstToken[s] = i }
        }
        // An empty sentence starts where the next one does.
        for index in sentenceFirstToken.indices.reversed()
        where sentenceFirstToken[index] == tokens.count {
            if index + 1 < sentenceFirstToken.count {
                sentenceFirstToken[index] = sentenceFirstToken[index + 1]
            }
        }
        self.tokenSentence = tokenSentence
        self.sentenceFirstToken = sentenceFirstToken

        var mentions: [Mention] = []
        for (e, entity) in entities.enumerated() {
            for mention in entity.mentions {
                let first = QuoteDocument.firstToken(atOrAfter: mention.range.start, in: tokens)
                var last = first
                while last + 1 < tokens.count, tokens[last + 1].start < mention.range.end { last += 1 }
                guard first < tokens.count, tokens[first].start < mention.range.end else { continue }
                mentions.append(
                    Mention(entity: e, firstToken: first, lastToken: last, range: mention.range)
                )
            }
        }
        var tokenMention = [Int](repeating: -1, count: tokens.count)
        let byLength = mentions.indices.sorted { mentions[$0].range.length > mentions[$1].range.length }
        for m in byLength {
            let mention = mentions[m]
            guard (mention.firstToken...mention.lastToken).allSatisfy({ tokenMention[$0] == -1 }) else {
                continue
            }
            for t in mention.firstToken...mention.lastToken { tokenMention[t] = m }
        }
        self.tokenMention = tokenMention
        self.mentions = mentions
        tokenQuoted = [Bool](repeating: false, count: tokens.count)
        for i in tokens.indices where isCapitalized(i) {
            let joinedBefore = !breakBefore(i)
            let capitalizedBefore = joinedBefore && isCapitalized(i - 1)
            let capitalizedAfter = i + 1 < tokens.count && !breakBefore(i + 1) && isCapitalized(i + 1)
            if !capitalizedBefore && !capitalizedAfter { loneWords.insert(lower[i]) }
            if joinedBefore { properWords.insert(lower[i]) }
        }
    }

    /// Paragraph spans: text between blank lines.
    static func paragraphs(of bytes: [UInt8]) -> [TextRange] {
        var result: [TextRange] = []
        var start = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A, i + 1 < bytes.count, bytes[i + 1] == 0x0A {
                if i > start { result.append(TextRange(start: start, end: i)) }
                while i < bytes.count, bytes[i] == 0x0A { i += 1 }
                start = i
            } else {
                i += 1
            }
        }
        if bytes.count > start { result.append(TextRange(start: start, end: bytes.count)) }
        return result
    }

    /// Index of the first token starting at or after `offset` (binary search).
    static func firstToken(atOrAfter offset: Int, in tokens: [TextRange]) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Index of the first token starting at or after `offset`.
    func token(atOrAfter offset: Int) -> Int {
        QuoteDocument.firstToken(atOrAfter: offset, in: tokens)
    }

    /// The sentence holding byte `offset`.
    func sentence(containing offset: Int) -> Int {
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].end <= offset { low = mid + 1 } else { high = mid }
        }
        return min(low, max(sentences.count - 1, 0))
    }

    /// The paragraph holding byte `offset`, or the one before it.
    func paragraph(containing offset: Int) -> Int {
        var low = 0
        var high = paragraphs.count
        while low < high {
            let mid = (low + high) / 2
            if paragraphs[mid].end <= offset { low = mid + 1 } else { high = mid }
        }
        return min(low, max(paragraphs.count - 1, 0))
    }

    /// Tokens of sentence `s` as a range of token indices.
    func tokens(ofSentence s: Int) -> Range<Int> {
        let first = sentenceFirstToken[s]
        let end = s + 1 < sentences.count ? sentenceFirstToken[s + 1] : tokens.count
        return first..<max(first, end)
    }

    /// Whether a clause break (comma, semicolon, colon, dash, quotation mark) lies between tokens `i - 1` and `i`.
    func breakBefore(_ i: Int) -> Bool {
        guard i > 0, i < tokens.count else { return true }
        return isBreak(from: tokens[i - 1].end, to: tokens[i].start)
    }

    /// Whether bytes `from..<to` hold a clause break.
    func isBreak(from: Int, to: Int) -> Bool {
        var k = from
        while k < to {
            switch bytes[k] {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "\""),
                UInt8(ascii: "."),
                UInt8(ascii: "!"), UInt8(ascii: "?"), 0x0A:
                return true
            case 0xE2:
                // “ ” ‘ ’ (E2 80 98..9D), en and em dashes (E2 80 93/94); a ’ between letters is an apostrophe.
                if k + 2 < bytes.count, bytes[k + 1] == 0x80, (0x93...0x9D).contains(bytes[k + 2]),
                    !(bytes[k + 2] == 0x99 && k == from && k + 3 == to)
                {
                    return true
                }
            default: break
            }
            k += 1
        }
        return false
    }

    /// Whether the bytes between tokens `i - 1` and `i` hold byte `byte`.
    func gapBefore(_ i: Int, contains byte: UInt8) -> Bool {
        guard i > 0, i < tokens.count else { return false }
        return bytes[tokens[i - 1].end..<tokens[i].start].contains(byte)
    }

    /// Whether token `i` starts with an uppercase ASCII letter or is an acronym.
    func isCapitalized(_ i: Int) -> Bool {
        let b = bytes[tokens[i].start]
        return b >= 0x41 && b <= 0x5A
    }

    /// The entity type of the mention covering token `i`, if any.
    func mentionType(_ i: Int) -> EntityType? {
        let m = tokenMention[i]
        return m < 0 ? nil : entities[mentions[m].entity].type
    }

    /// Text of a byte range.
    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
