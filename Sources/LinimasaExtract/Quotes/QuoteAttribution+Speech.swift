internal import LinimasaCore

extension QuoteAttribution {
    /// Direct speech without quotation marks: a sentence of at least six words, then a comma
    /// and an after-quote reporting clause that ends the sentence (`…, katanya seperti dikutip
    /// Reuters.`, `…, kata Kim, Senin.`). The speaker must be a pronoun or a name.
    func unmarkedQuote(in s: Int) -> Working? {
        let range = document.tokens(ofSentence: s)
        guard range.count >= 8, let (j, speaker) = reportingTail(in: range, minWords: 6) else {
            return nil
        }
        let start = document.tokens[range.lowerBound].start
        let end = document.tokens[j - 1].end
        let quote = Quote(
            text: document.text(start, end),
            range: TextRange(start: start, end: end),
            direct: true,
            speaker: speaker.ref,
            note: "direct speech without quotation marks"
        )
        return Working(quote: quote, speakerAnchor: speaker.anchor, sentence: s)
    }

    /// A closing reporting clause in tokens `range`: a comma, a lowercase after-form verb at
    /// token `j` (at least `minWords` into the range), a pronoun or name right after it (or
    /// a `-nya` verb), and nothing after but source cues and dates.
    func reportingTail(in range: Range<Int>, minWords: Int) -> (Int, FoundSpeaker)? {
        guard range.count > minWords else { return nil }
        for j in (range.lowerBound + minWords)..<range.upperBound {
            guard document.gapBefore(j, contains: UInt8(ascii: ",")), !document.isCapitalized(j),
                let verb = words.verb(document.lower[j]), verb.form != .before
            else { continue }
            let speaker: FoundSpeaker?
            let tail: Int
            if verb.form == .selfPronoun {
                speaker = salient.map { FoundSpeaker(ref: $0.ref, anchor: j) }
                tail = j + 1
            } else {
                // The name must follow the verb, past titles only (`, kata Menteri Budi.`).
                speaker = self.speaker(afterVerb: j, allowGeneric: false).flatMap {
                    $0.anchor > j && isTitleRun((j + 1)..<$0.anchor) || $0.anchor == j + 1 ? $0 : nil
                }
                tail = speaker.map { nameEnd($0.anchor) } ?? j + 1
            }
            guard let speaker, tailIsAttribution(from: tail, to: range.upperBound) else { continue }
            return (j, speaker)
        }
        return nil
    }

    /// Token after the name at `anchor`: past its mention, pronoun or capitalised run.
    func nameEnd(_ anchor: Int) -> Int {
        let mention = document.tokenMention[anchor]
        if mention >= 0 { return document.mentions[mention].lastToken + 1 }
        if words.pronouns.contains(document.lower[anchor]) { return anchor + 1 }
        return capitalizedRun(from: anchor, end: document.tokens.count).upperBound
    }

    /// Whether tokens `from..<to` hold only source cues and dates: each clause opens with a
    /// cue word, and clauses after a comma may instead open with a capitalised word or a digit.
    func tailIsAttribution(from: Int, to: Int) -> Bool {
        var i = from
        var first = true
        while i < to {
            let word = document.lower[i]
            let opensWithCue = words.sourceCues[word] != nil
            if first {
                guard opensWithCue || commaBefore(i) else { return false }
            }
            if !first || commaBefore(i) {
                let b = document.bytes[document.tokens[i].start]
                guard opensWithCue || document.isCapitalized(i) || (b >= 0x30 && b <= 0x39) else {
                    return false
                }
            }
            first = false
            i += 1
            while i < to, !commaBefore(i) { i += 1 }
        }
        return true
    }

    /// Indirect speech: `Kim mengatakan (bahwa) …`, `Ia mengatakan, …`, `Menurut Kim, …`,
    /// `…, menurut Kim.`; the clause after the verb (after `bahwa` when it follows soon) is
    /// the text, and the subject of the verb the speaker.
    func indirectSpeech(in s: Int) -> Working? {
        let range = document.tokens(ofSentence: s)
        guard !range.isEmpty else { return nil }
        let sentenceEnd = document.tokens[range.upperBound - 1].end
        for j in range where !document.tokenQuoted[j] {
            let word = document.lower[j]
            if let verb = words.verb(word), verb.form == .before {
                var start = -1
                for k in (j + 1)..<min(j + 9, range.upperBound) where words.complementizers.contains(document.lower[k]) {
                    start = k + 1
                    break
                }
                if start < 0, j + 1 < range.upperBound {
                    if commaBefore(j + 1) {
                        start = j + 1
                    } else if !verb.needsBahwa {
                        start = j + 1
                        if document.lower[j + 1] == "kepada",
                            let comma = ((j + 2)..<min(j + 8, range.upperBound)).first(where: { commaBefore($0) })
                        {
                            start = comma
                        }
                    }
                }
                guard start >= 0, range.upperBound - start >= 3,
                    let speaker = subject(inSentence: s, before: j, personOnly: false)
                else { continue }
                let begin = document.tokens[start].start
                let quote = Quote(
                    text: document.text(begin, sentenceEnd),
                    range: TextRange(start: begin, end: sentenceEnd),
                    direct: false,
                    speaker: speaker.ref
                )
                return Working(quote: quote, speakerAnchor: speaker.anchor, sentence: s)
            }
            if word == "menurut",
                case .other(let ref, let anchor)? = relay(after: j + 1, mediaOnly: false)
            {
                let found = FoundSpeaker(ref: ref, anchor: anchor)
                if j == range.lowerBound,
                    let comma = ((j + 2)..<range.upperBound).first(where: { commaBefore($0) }),
                    range.upperBound - comma >= 3
                {
                    let begin = document.tokens[comma].start
                    return indirect(found, begin, sentenceEnd, s)
                }
                if j > range.lowerBound + 2, commaBefore(j), nameEnd(anchor) >= range.upperBound {
                    let begin = document.tokens[range.lowerBound].start
                    return indirect(found, begin, document.tokens[j - 1].end, s)
                }
            }
        }
        return nil
    }

    private func indirect(_ speaker: FoundSpeaker, _ begin: Int, _ end: Int, _ s: Int) -> Working {
        let quote = Quote(
            text: document.text(begin, end),
            range: TextRange(start: begin, end: end),
            direct: false,
            speaker: speaker.ref
        )
        return Working(quote: quote, speakerAnchor: speaker.anchor, sentence: s)
    }
}
