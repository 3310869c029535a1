internal import LinimasaCore

extension EventScan {
    /// Confidence of an event dated by a time expression of its own sentence.
    static let statedConfidence = 0.9
    /// Confidence of an event dated by an earlier sentence (`pertemuan tersebut`).
    static let inheritedConfidence = 0.7
    /// Confidence of an event given the article's reference date, scaled by that date's own.
    static let referenceConfidence = 0.5

    /// Finds the events of every sentence, in order.
    mutating func run(reference: ReferenceDate?) -> [Event] {
        let sentences = article.sentences.isEmpty ? pack.sentenceRanges(in: article.body) : article.sentences
        var events: [Event] = []
        var lastDate: (value: String, text: String)?
        var t = 0
        for sentence in sentences {
            while t < tokens.count, tokens[t].start < sentence.start { t += 1 }
            var end = t
            while end < tokens.count, tokens[end].end <= sentence.end { end += 1 }
            let range = t..<end
            t = end
            guard !range.isEmpty else { continue }
            let matches = triggers(in: range)
            var byType: [String: Int] = [:]
            // `pertemuan tersebut`: the sentence goes on about an event dated before.
            let anaphoric = matches.contains { followsAnaphor($0, limit: range.upperBound) }
            for (n, match) in matches.enumerated() {
                var event = makeEvent(
                    match,
                    sentence: sentence,
                    tokens: range,
                    previous: n > 0 ? matches[n - 1] : nil,
                    next: n + 1 < matches.count ? matches[n + 1] : nil,
                    speechBefore: matches[..<n].contains { isSpeech($0.trigger) }
                )
                // Date: the sentence's time nearest the trigger, an earlier sentence's, or the reference.
                let next = n + 1 < matches.count ? matches[n + 1] : nil
                if let time = governingTime(for: match, in: sentence, until: next), let value = EventScan.dateValue(time) {
                    event.date = value
                    event.time = time.text
                    event.confidence = EventScan.statedConfidence * time.confidence
                } else if let inherited = lastDate, anaphoric {
                    event.date = inherited.value
                    event.time = inherited.text
                    event.confidence = EventScan.inheritedConfidence
                } else if let reference {
                    event.date = reference.date.iso
                    event.confidence = EventScan.referenceConfidence * reference.confidence
                } else {
                    event.confidence = EventScan.referenceConfidence * 0.5
                }
                if event.modality != .asserted || event.negated { event.confidence *= 0.8 }
                if let index = byType[event.type] {
                    for actor in event.actors where !events[index].actors.contains(where: { $0.id == actor.id }) {
                        events[index].actors.append(actor)
                    }
                    if events[index].place == nil { events[index].place = event.place }
                    // A later trigger of the type with a time of its own dates the event.
                    if events[index].time == nil, event.time != nil {
                        events[index].date = event.date
                        events[index].time = event.time
                        events[index].confidence = event.confidence
                    }
                } else {
                    byType[event.type] = events.count
                    events.append(event)
                }
            }
            if let dated = times.last(where: { sentence.contains($0.range) }), let value = EventScan.dateValue(dated) {
                lastDate = (value, dated.text)
            }
        }
        return events
    }

    /// Whether a trigger reports speech (its actors are speakers).
    func isSpeech(_ trigger: EventWords.Trigger) -> Bool {
        trigger.frame == .speech || trigger.frame == .after
    }

    /// The time expression governing a trigger in its sentence.
    ///
    /// The first time after the trigger and before the next trigger, with no clause word
    /// (`bahwa`) between, else the nearest time before it. A speech trigger takes a time after
    /// it only within four tokens (`mengatakan pada hari Selasa bahwa`): times inside what
    /// was said do not date the saying. Other triggers fall back to the nearest time after.
    func governingTime(for match: Match, in sentence: TextRange, until next: Match?) -> TimeExpression? {
        let trigger = TextRange(start: tokens[match.first].start, end: tokens[match.last].end)
        let clauseEnd = next.map { tokens[$0.first].start } ?? sentence.end
        let speech = isSpeech(match.trigger)
        var after: TimeExpression?
        var before: TimeExpression?
        var later: TimeExpression?
        for time in times where sentence.contains(time.range) {
            if time.range.end <= trigger.start {
                before = time
            } else if time.range.start >= trigger.end {
                if later == nil { later = time }
                if after == nil, time.range.start < clauseEnd, !crossesBoundary(from: match.last + 1, to: time.range.start),
                    !speech || tokenCount(from: match.last + 1, to: time.range.start) <= 4
                {
                    after = time
                }
            }
        }
        return after ?? before ?? (speech ? nil : later)
    }

    /// Whether a clause word stands between token `index` and byte `offset`.
    func crossesBoundary(from index: Int, to offset: Int) -> Bool {
        var k = index
        while k < tokens.count, tokens[k].start < offset {
            if let (cue, _) = cue(at: k, before: tokens.count), cue == .boundary { return true }
            k += 1
        }
        return false
    }

    /// Tokens from `index` up to byte `offset`.
    func tokenCount(from index: Int, to offset: Int) -> Int {
        var k = index
        while k < tokens.count, tokens[k].start < offset { k += 1 }
        return k - index
    }

    /// Whether an anaphor (`tersebut`, `itu`) follows the trigger within two tokens.
    func followsAnaphor(_ match: Match, limit: Int) -> Bool {
        var index = match.last + 1
        while index < limit, index <= match.last + 2 {
            if let (cue, _) = cue(at: index, before: limit), cue == .anaphor { return true }
            index += 1
        }
        return false
    }

    /// The event of one trigger, without its date.
    mutating func makeEvent(
        _ match: Match,
        sentence: TextRange,
        tokens range: Range<Int>,
        previous: Match?,
        next: Match?,
        speechBefore: Bool
    ) -> Event {
        let trigger = TextRange(start: tokens[match.first].start, end: tokens[match.last].end)
        let clauseStart = previous.map { $0.last + 1 } ?? range.lowerBound
        let clauseEnd = next?.first ?? range.upperBound
        let actors = actors(for: match, clause: clauseStart..<clauseEnd, sentence: range)
        let (negated, modality) = modality(of: match, sentence: range)
        let inQuote = quotes.contains { $0.direct && $0.range.contains(trigger) }
        let attributed = range.contains { index in
            if let (cue, _) = cue(at: index, before: range.upperBound) { return cue == .attribution }
            return false
        }
        let reported = inQuote || (!isSpeech(match.trigger) && (speechBefore || attributed))
        let place = place(for: match, sentence: range, actors: actors)
        return Event(
            type: match.trigger.type,
            cameo: match.trigger.cameo,
            date: nil,
            time: nil,
            actors: actors.filter { $0.role == .source || $0.id != place?.id },
            place: place,
            sentence: sentence,
            trigger: trigger,
            negated: negated,
            modality: modality,
            reported: reported,
            confidence: 0
        )
    }

    /// Negation and modality from the cues around a trigger.
    func modality(of match: Match, sentence: Range<Int>) -> (negated: Bool, modality: Event.Modality) {
        var negated = false
        var future = false
        var hypothetical = false
        var conditional = false
        var index = match.first - 1
        var distance = 1
        while index >= sentence.lowerBound {
            if let (cue, _) = cue(at: index, before: match.first) {
                switch cue {
                case .negation where distance <= 3: negated = true
                case .future where distance <= 4: future = true
                case .hypothetical where distance <= 4: hypothetical = true
                case .conditional: conditional = true
                default: break
                }
            }
            index -= 1
            distance += 1
        }
        // `X akan Y jika Z`: a planned event with its condition after it.
        if !conditional, future || hypothetical {
            for index in (match.last + 1)..<sentence.upperBound {
                if let (cue, _) = cue(at: index, before: sentence.upperBound), cue == .conditional {
                    conditional = true
                    break
                }
            }
        }
        let modality: Event.Modality =
            conditional ? .conditional : hypothetical ? .hypothetical : future ? .future : .asserted
        return (negated, modality)
    }
}
