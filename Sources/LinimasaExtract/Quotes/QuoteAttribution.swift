internal import LinimasaCore

/// A speaker found in the text, with the token that names it (for ordering relay cues).
struct FoundSpeaker {
    var ref: EntityReference
    var anchor: Int
}

/// One pass of attribution over one article: walks sentences in order, keeping who spoke
/// last and each speaker's chain of relays.
struct QuoteAttribution {
    /// A quote being built, with what later sentences may still change.
    struct Working {
        var quote: Quote
        var speakerAnchor: Int?
        var sentence: Int
    }

    var document: QuoteDocument
    let words: QuoteWords
    var spans: [QuotedSpan] = []
    var output: [Working] = []
    /// The person last speaking or last a sentence's subject.
    var salient: FoundSpeaker?
    /// Relays known for each speaker id; `""` for the article as a whole.
    var chains: [String: [EntityReference]] = [:]
    /// Index in `output` after which a speaker's quotes have no cue of their own.
    var lastCueOutput: [String: Int] = [:]

    /// Quotes whose speaker is further than this many paragraphs back are not continued silently.
    static let continuationParagraphs = 2
    /// Quoted spans of at most this many words with no reporting clause are terms.
    static let maxTermWords = 4
    /// How many tokens after a reporting verb may describe its speaker
    /// (`kata anggota KPU DKI Jakarta Divisi Teknis Penyelenggaraan Rizky Pratama`).
    static let descriptionWindow = 16

    init(document: QuoteDocument, words: QuoteWords) {
        self.document = document
        self.words = words
    }

    mutating func run() -> [Quote] {
        spans = QuoteMarks.spans(in: document.bytes, paragraphs: document.paragraphs)
        var spansBySentence: [Int: [Int]] = [:]
        var sentenceHasMarks = [Bool](repeating: false, count: document.sentences.count)
        for (k, span) in spans.enumerated() {
            for piece in span.pieces {
                var t = document.token(atOrAfter: piece.start)
                while t < document.tokens.count, document.tokens[t].start < piece.end {
                    document.tokenQuoted[t] = true
                    t += 1
                }
            }
            guard !document.sentences.isEmpty else { continue }
            let close = document.sentence(containing: max(span.closeEnd - 1, span.openMark))
            spansBySentence[close, default: []].append(k)
            for s in document.sentence(containing: span.openMark)...close { sentenceHasMarks[s] = true }
        }
        for s in document.sentences.indices {
            let first = output.count
            for k in spansBySentence[s] ?? [] {
                output.append(attribute(span: k, closingIn: s))
                if let anchor = output[output.count - 1].speakerAnchor,
                    let ref = output[output.count - 1].quote.speaker
                {
                    salient = FoundSpeaker(ref: ref, anchor: anchor)
                }
            }
            if !sentenceHasMarks[s] {
                if let quote = unmarkedQuote(in: s) ?? indirectSpeech(in: s) {
                    output.append(quote)
                    if let anchor = quote.speakerAnchor, let ref = quote.quote.speaker {
                        salient = FoundSpeaker(ref: ref, anchor: anchor)
                    }
                }
            }
            applySourceCues(in: s, newQuotes: first..<output.count)
            let spoke = output[first...].contains { $0.quote.speaker != nil }
            if !spoke,
                let subject = subject(
                    inSentence: s,
                    before: document.tokens(ofSentence: s).upperBound,
                    personOnly: true
                ) ?? namedSubject(inSentence: s)
            {
                salient = subject
            }
        }
        return output.map(\.quote).sorted { $0.range < $1.range }
    }

    // MARK: Direct quotes

    mutating func attribute(span k: Int, closingIn s: Int) -> Working {
        let span = spans[k]
        let content = span.content
        let text = span.pieces.map { document.text($0.start, $0.end) }.joined(separator: "\n\n")
        let wordCount = countTokens(in: content)
        var note: String? =
            span.isClosed ? nil : "no closing quotation mark; the quote ends at the paragraph end"
        func make(_ speaker: FoundSpeaker?, kind: Quote.Kind = .statement, extraNote: String? = nil)
            -> Working
        {
            if let extraNote { note = note.map { $0 + "; " + extraNote } ?? extraNote }
            let quote = Quote(
                text: text,
                range: content,
                direct: true,
                kind: kind,
                speaker: kind == .term ? nil : speaker?.ref,
                note: note
            )
            return Working(
                quote: quote,
                speakerAnchor: kind == .term ? nil : speaker?.anchor,
                sentence: s
            )
        }
        let cue = termCue(before: span.openMark)
        if cue == true { return make(nil, kind: .term) }
        if !span.isClosed, let (j, speaker) = unclosedReportingTail(span) {
            // The missing closing mark belonged before the reporting clause (`"Kami siap, kata Budi.`).
            var pieces = span.pieces
            pieces[pieces.count - 1].end = document.tokens[j - 1].end
            let quote = Quote(
                text: pieces.map { document.text($0.start, $0.end) }.joined(separator: "\n\n"),
                range: TextRange(start: pieces[0].start, end: pieces[pieces.count - 1].end),
                direct: true,
                speaker: speaker.ref,
                note: "no closing quotation mark; the quote ends before its reporting clause"
            )
            return Working(quote: quote, speakerAnchor: speaker.anchor, sentence: s)
        }
        let nextOpen = k + 1 < spans.count ? spans[k + 1].openMark : Int.max
        if let speaker = speakerAfterQuote(from: span.closeEnd, limit: nextOpen, sentence: s) {
            return make(speaker)
        }
        let openSentence = document.sentence(containing: span.openMark)
        let isFragment = wordCount <= QuoteAttribution.maxTermWords && !isFullSentence(content)
        if let speaker = speakerBeforeQuote(at: span.openMark, sentence: openSentence, fragment: isFragment) {
            return make(speaker)
        }
        if cue == false || isTitle(content) || isFragment {
            return make(nil, kind: .term)
        }
        if let speaker = speakerBeforeColon(quoteAt: span.openMark) {
            return make(speaker)
        }
        if let previous = output.last(where: { $0.quote.speaker != nil && $0.quote.kind == .statement }
        ),
            let anchor = previous.speakerAnchor,
            document.paragraph(containing: span.openMark)
                - document.paragraph(containing: previous.quote.range.start)
                <= QuoteAttribution.continuationParagraphs,
            let ref = previous.quote.speaker
        {
            return make(
                FoundSpeaker(ref: ref, anchor: anchor),
                extraNote: "speaker inferred from the preceding quote"
            )
        }
        return make(nil, extraNote: "no speaker found")
    }

    /// For a span with no closing mark: a reporting clause closing its last piece, whose
    /// tokens are then no longer counted as quoted.
    mutating func unclosedReportingTail(_ span: QuotedSpan) -> (Int, FoundSpeaker)? {
        let last = tokens(in: span.pieces[span.pieces.count - 1])
        for t in last { document.tokenQuoted[t] = false }
        guard let (j, speaker) = reportingTail(in: last, minWords: 3) else {
            for t in last { document.tokenQuoted[t] = true }
            return nil
        }
        for t in last where t < j { document.tokenQuoted[t] = true }
        return (j, speaker)
    }

    /// `true` for a strong term cue right before byte `mark`, `false` for a weak one, `nil` for none.
    func termCue(before mark: Int) -> Bool? {
        let end = document.token(atOrAfter: mark)
        guard end > 0, gapIsSpace(end - 1, mark) else { return nil }
        for cue in words.termCues where cue.words.count <= end {
            let start = end - cue.words.count
            if zip(cue.words, document.lower[start..<end]).allSatisfy({ $0 == $1 }) {
                return cue.isStrong
            }
        }
        return nil
    }

    /// Whether only spaces lie between the end of token `t` and byte `offset`.
    func gapIsSpace(_ t: Int, _ offset: Int) -> Bool {
        guard t >= 0, t < document.tokens.count, document.tokens[t].end <= offset else { return false }
        return document.bytes[document.tokens[t].end..<offset].allSatisfy(QuoteMarks.isSpace)
    }

    func countTokens(in range: TextRange) -> Int { tokens(in: range).count }

    /// Indices of the tokens inside `range`.
    func tokens(in range: TextRange) -> Range<Int> {
        let first = document.token(atOrAfter: range.start)
        var end = first
        while end < document.tokens.count, document.tokens[end].start < range.end { end += 1 }
        return first..<end
    }

    /// Whether a quoted span reads as a headline: three or more words, most of them capitalised.
    func isTitle(_ range: TextRange) -> Bool {
        let span = tokens(in: range)
        guard span.count >= 3 else { return false }
        let capitalized = span.filter { document.isCapitalized($0) }.count
        return capitalized * 10 >= span.count * 7
    }

    /// Whether a quoted span is a whole sentence: a capital first and `.`, `!` or `?` last.
    func isFullSentence(_ range: TextRange) -> Bool {
        let span = tokens(in: range)
        guard let first = span.first, document.isCapitalized(first), range.end > range.start else {
            return false
        }
        let last = document.bytes[range.end - 1]
        return last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
    }

    // MARK: Speakers

    /// The speaker named by a reporting clause right after a closing mark (`," kata Kim`,
    /// `," imbuh dia`, `," katanya`, `," Kim menambahkan`, `," menurut Kim`).
    func speakerAfterQuote(from offset: Int, limit: Int, sentence s: Int) -> FoundSpeaker? {
        let range = document.tokens(ofSentence: s)
        let t = document.token(atOrAfter: offset)
        guard t < range.upperBound, t >= range.lowerBound else { return nil }
        var j = t
        while j < min(t + 4, range.upperBound), document.tokens[j].start < limit,
            !document.tokenQuoted[j]
        {
            if j > t, document.breakBefore(j) { break }
            let word = document.lower[j]
            if let verb = words.verb(word) {
                switch verb.form {
                case .after: return speaker(afterVerb: j, allowGeneric: true)
                case .selfPronoun: return salient.map { FoundSpeaker(ref: $0.ref, anchor: j) }
                case .before: return j > t ? speaker(namedIn: t..<j) : nil
                }
            }
            if word == "menurut",
                case .other(let ref, let anchor)? = relay(after: j + 1, mediaOnly: false)
            {
                return FoundSpeaker(ref: ref, anchor: anchor)
            }
            if document.tokenMention[j] >= 0 { j = document.mentions[document.tokenMention[j]].lastToken }
            j += 1
        }
        return nil
    }

    /// The speaker of a quote from a reporting verb or `menurut` before it in its sentence.
    ///
    /// A verb that links speech only through `bahwa` (`berjanji`, `menilai`) still claims a
    /// `fragment` (a few words, not a sentence) in its own clause when its subject is a
    /// person: `Kim berjanji menerapkan strategi "paling keras"` is Kim's wording.
    func speakerBeforeQuote(at mark: Int, sentence s: Int, fragment: Bool = false) -> FoundSpeaker? {
        let range = document.tokens(ofSentence: s)
        let limit = document.token(atOrAfter: mark)
        var j = min(limit, range.upperBound) - 1
        while j >= range.lowerBound {
            defer { j -= 1 }
            guard !document.tokenQuoted[j] else { continue }
            let word = document.lower[j]
            if let verb = words.verb(word) {
                if verb.needsBahwa, !linksThroughBahwa(verb: j, quoteToken: limit) {
                    if fragment, !((j + 1)..<limit).contains(where: { document.breakBefore($0) }),
                        let person = personRightBefore(verb: j, sentence: s)
                    {
                        return person
                    }
                    continue
                }
                let found: FoundSpeaker?
                switch verb.form {
                case .after: found = speaker(afterVerb: j, allowGeneric: true)
                case .selfPronoun: found = salient.map { FoundSpeaker(ref: $0.ref, anchor: j) }
                case .before: found = subject(inSentence: s, before: j, personOnly: false)
                }
                if let found { return found }
            } else if word == "menurut" {
                switch relay(after: j + 1, mediaOnly: false) {
                case .other(let ref, let anchor)?: return FoundSpeaker(ref: ref, anchor: anchor)
                case .media?: return subject(inSentence: s, before: limit, personOnly: false)
                case nil: break
                }
            }
        }
        return nil
    }

    /// The person (a mention or a pronoun) standing right before verb token `j`, past adverbs:
    /// `Kim` in `Kim juga berjanji`, not in `Kim menandatangani perjanjian yang berjanji`.
    func personRightBefore(verb j: Int, sentence s: Int) -> FoundSpeaker? {
        let first = document.tokens(ofSentence: s).lowerBound
        var k = j - 1
        while k > first, words.adverbs.contains(document.lower[k]), !document.breakBefore(k + 1) { k -= 1 }
        guard k >= first, !document.breakBefore(k + 1), !document.tokenQuoted[k] else { return nil }
        if words.pronouns.contains(document.lower[k]) {
            return salient.map { FoundSpeaker(ref: $0.ref, anchor: k) }
        }
        let mention = document.tokenMention[k]
        guard mention >= 0 else { return nil }
        let entity = document.entities[document.mentions[mention].entity]
        guard entity.type == .person else { return nil }
        return FoundSpeaker(ref: reference(entity), anchor: document.mentions[mention].firstToken)
    }

    /// Whether a complementizer (`bahwa`), a comma or a colon stands between a verb and a quote.
    func linksThroughBahwa(verb j: Int, quoteToken: Int) -> Bool {
        if j + 1 < document.tokens.count,
            document.bytes[document.tokens[j].end..<document.tokens[j + 1].start]
                .contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ":") })
        {
            return true
        }
        var k = j + 1
        while k < min(quoteToken, j + 8) {
            if words.complementizers.contains(document.lower[k]) { return true }
            k += 1
        }
        return false
    }

    /// For a long quote opening a paragraph: the speaker of a previous sentence ending in a colon.
    func speakerBeforeColon(quoteAt mark: Int) -> FoundSpeaker? {
        var k = mark - 1
        while k >= 0, QuoteMarks.isSpace(document.bytes[k]) { k -= 1 }
        guard k >= 0, document.bytes[k] == UInt8(ascii: ":") else { return nil }
        let s = document.sentence(containing: k)
        return speakerBeforeQuote(at: k, sentence: s)
    }

    /// The speaker after an after-form verb, read from its description up to a clause break,
    /// a preposition or a lowercase word after a name (`saat`, `di`, `kepada`). In order:
    /// a pronoun right after the verb or a person mention; a description ending in a
    /// demonstrative (`kata pelatih asal Belanda tersebut`: the person spoken of); the last
    /// capitalised name without an entity, past its titles (`kata anggota KPU Divisi Teknis
    /// Rizky Pratama`); the last organisation named (`kata seorang pejabat Departemen
    /// Keuangan AS`: an unnamed official speaks for it); another entity right after the verb
    /// (`kata Korea Utara`); titles alone (`ujar Kepala Negara`: the person spoken of); and
    /// with `allowGeneric`, a short description (`kata seorang pejabat`).
    func speaker(afterVerb j: Int, allowGeneric: Bool) -> FoundSpeaker? {
        let end = min(j + QuoteAttribution.descriptionWindow, document.tokens.count)
        var name: Range<Int>?
        var titles: Range<Int>?
        var organization: FoundSpeaker?
        var leading: FoundSpeaker?
        var sawName = false
        var m = j + 1
        var last = j
        while m < end {
            if document.breakBefore(m) || document.tokenQuoted[m] { break }
            let word = document.lower[m]
            if m == j + 1, words.pronouns.contains(word) {
                return salient.map { FoundSpeaker(ref: $0.ref, anchor: m) }
            }
            let mention = document.tokenMention[m]
            if mention >= 0 {
                let entity = document.entities[document.mentions[mention].entity]
                if entity.type == .person { return FoundSpeaker(ref: reference(entity), anchor: m) }
                if entity.type == .organization || entity.type == .media {
                    organization = FoundSpeaker(ref: reference(entity), anchor: m)
                } else if m == j + 1 {
                    leading = FoundSpeaker(ref: reference(entity), anchor: m)
                }
                sawName = true
                m = document.mentions[mention].lastToken
            } else if document.isCapitalized(m) {
                let run = nameRun(from: m, end: end)
                if isTitleRun(run) {
                    if titles == nil { titles = run }
                } else {
                    name = run
                }
                sawName = true
                m = run.upperBound - 1
            } else if words.demonstratives.contains(word) {
                last = m
                break
            } else if (sawName && !words.connectors.contains(word)) || words.fronting.contains(word)
                || words.descriptionStops.contains(word)
            {
                break
            }
            last = m
            m += 1
        }
        if last > j, words.demonstratives.contains(document.lower[last]), let salient {
            // `kata pelatih asal Belanda tersebut`: the person spoken of.
            return FoundSpeaker(ref: salient.ref, anchor: j + 1)
        }
        if let name,
            let person = personName(
                in: name,
                titled: ((j + 1)..<name.lowerBound).contains { titleLength(at: $0, end: name.lowerBound) > 0 }
            )
        {
            return FoundSpeaker(ref: personReference(person), anchor: person.lowerBound)
        }
        if let found = organization ?? leading { return found }
        if let titles {
            if let salient { return FoundSpeaker(ref: salient.ref, anchor: titles.lowerBound) }
            return FoundSpeaker(ref: nameReference(titles), anchor: titles.lowerBound)
        }
        guard allowGeneric, last > j, last - j <= 4 else { return nil }
        let generic = (j + 1)..<(last + 1)
        return FoundSpeaker(ref: nameReference(generic), anchor: j + 1)
    }

    /// A speaker named by tokens `range` (`Kim` in `," Kim menambahkan`).
    func speaker(namedIn range: Range<Int>) -> FoundSpeaker? {
        for i in range {
            if words.pronouns.contains(document.lower[i]) {
                return salient.map { FoundSpeaker(ref: $0.ref, anchor: i) }
            }
            let mention = document.tokenMention[i]
            if mention >= 0 {
                return FoundSpeaker(
                    ref: reference(document.entities[document.mentions[mention].entity]),
                    anchor: i
                )
            }
            if document.isCapitalized(i) {
                return FoundSpeaker(
                    ref: nameReference(capitalizedRun(from: i, end: range.upperBound)),
                    anchor: i
                )
            }
        }
        return nil
    }

    /// The subject of sentence `s` before token `v`: the first person (or pronoun) outside
    /// fronted phrases; else an organisation or place opening a clause; else (not with
    /// `personOnly`) a short generic subject opening the sentence (`Para ahli`).
    func subject(inSentence s: Int, before v: Int, personOnly: Bool) -> FoundSpeaker? {
        let range = document.tokens(ofSentence: s)
        let end = min(v, range.upperBound)
        guard end > range.lowerBound else { return nil }
        // Comma-separated segments before v.
        var segments: [Range<Int>] = []
        var start = range.lowerBound
        for i in (range.lowerBound + 1)..<max(end, range.lowerBound + 1) where commaBefore(i) {
            segments.append(start..<i)
            start = i
        }
        segments.append(start..<end)
        var firstOpen = 0
        while firstOpen < segments.count - 1,
            words.fronting.contains(document.lower[segments[firstOpen].lowerBound])
        {
            firstOpen += 1
        }
        var other: FoundSpeaker?
        for segment in segments[firstOpen...] {
            var i = segment.lowerBound
            while i < segment.upperBound {
                defer { i += 1 }
                if document.tokenQuoted[i] { continue }
                if words.pronouns.contains(document.lower[i]) {
                    if let salient { return FoundSpeaker(ref: salient.ref, anchor: i) }
                    continue
                }
                let mention = document.tokenMention[i]
                guard mention >= 0 else { continue }
                let entity = document.entities[document.mentions[mention].entity]
                if entity.type == .person { return FoundSpeaker(ref: reference(entity), anchor: i) }
                if other == nil, i == segment.lowerBound, entity.type != .event, entity.type != .location {
                    other = FoundSpeaker(ref: reference(entity), anchor: i)
                }
                i = document.mentions[mention].lastToken
            }
        }
        if personOnly { return nil }
        if v < range.upperBound, let named = nameBeforeVerb(v, from: segments[firstOpen].lowerBound) {
            return named
        }
        if let other { return other }
        // A short generic subject opening the sentence, right before the verb (`Para ahli juga`).
        var last = segments[segments.count - 1]
        while last.count > 1, words.adverbs.contains(document.lower[last.upperBound - 1]) {
            last = last.lowerBound..<(last.upperBound - 1)
        }
        if last.count >= 2, words.demonstratives.contains(document.lower[last.upperBound - 1]),
            !document.isCapitalized(last.upperBound - 2) || last.count > 2, let salient
        {
            // `Pemimpin Korea Utara itu mengatakan`: the person spoken of.
            return FoundSpeaker(ref: salient.ref, anchor: last.lowerBound)
        }
        if segments.count == 1, last.count >= 1, last.count <= 3, v < range.upperBound,
            document.isCapitalized(last.lowerBound),
            !words.pronouns.contains(document.lower[last.lowerBound]),
            !words.adverbs.contains(document.lower[last.upperBound - 1]),
            !(last.lowerBound + 1..<last.upperBound).contains(where: { document.isCapitalized($0) })
        {
            return FoundSpeaker(ref: nameReference(last), anchor: last.lowerBound)
        }
        return nil
    }

    /// Whether a comma, semicolon, colon or dash separates tokens `i - 1` and `i`.
    func commaBefore(_ i: Int) -> Bool {
        guard i > 0, i < document.tokens.count else { return false }
        let gap = document.bytes[document.tokens[i - 1].end..<document.tokens[i].start]
        return gap.contains {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":")
        }
            || (gap.count >= 3 && gap.contains(0xE2) && (gap.contains(0x93) || gap.contains(0x94)))
    }

    /// Tokens of a run of capitalised words from `i` (`TV Rusia`, `Kang Dae-sik`).
    func capitalizedRun(from i: Int, end: Int) -> Range<Int> {
        var j = i + 1
        while j < end, document.isCapitalized(j), !document.breakBefore(j), !document.tokenQuoted[j] {
            j += 1
        }
        return i..<j
    }

    func reference(_ entity: LinkedEntity) -> EntityReference {
        EntityReference(id: entity.id, name: entity.name)
    }

    /// A reference for a name with no entity: id `name:` and the name lowercased.
    func nameReference(_ tokens: Range<Int>) -> EntityReference {
        let name = document.text(
            document.tokens[tokens.lowerBound].start,
            document.tokens[tokens.upperBound - 1].end
        )
        let key = tokens.map { document.lower[$0] }.joined(separator: " ")
        return EntityReference(id: "name:" + key, name: name)
    }
}
