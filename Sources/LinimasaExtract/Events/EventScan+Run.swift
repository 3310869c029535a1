internal import LinimasaCore

extension EventScan {
    /// Confidence of an event dated by a time expression of its own sentence.
    static let statedConfidence = 0.9
    /// Confidence of an event dated by an earlier sentence (`pertemuan tersebut`).
    static let inheritedConfidence = 0.7
    /// Confidence of an event dated by an offset from another (`dua hari setelah X`).
    static let offsetConfidence = 0.75
    /// Confidence of an event given the story's time (the lede's date), scaled by the reference's own.
    static let storyConfidence = 0.6
    /// Confidence of an event given the article's reference date, scaled by that date's own.
    static let referenceConfidence = 0.5
    /// Sentences at the head of the body that may set the story's time.
    static let ledeSentences = 2
    /// How many days before the reference date the story's time may lie.
    static let storyWindowDays = 7

    /// Finds the events of every sentence, in order.
    ///
    /// Dates, in order of precedence: an offset from the main clause (`dua hari setelah X`,
    /// ``offsetDate(for:sentence:main:)``); the sentence's governing time (``governingTime(for:in:until:)``);
    /// after an anaphoric noun trigger (`peluncuran tersebut`, `Pada pertemuan itu, …`) for it and
    /// the triggers after it in its sentence, the date of the last stated event of its class
    /// before the sentence, or none when no such event was dated; an anaphor on a verb's object
    /// (`mengecam peluncuran tersebut`) does not date the verb; none for an event the text
    /// leaves unanchored (``isUnanchored(_:modality:sentence:)``); the story's time, the day
    /// of the first stated event of the lede when it lies in the week up to the reference date;
    /// else the reference date.
    mutating func run(reference: ReferenceDate?) -> [Event] {
        let sentences = article.sentences.isEmpty ? pack.sentenceRanges(in: article.body) : article.sentences
        var events: [Event] = []
        var story: String?
        var t = 0
        for (number, sentence) in sentences.enumerated() {
            while t < tokens.count, tokens[t].start < sentence.start { t += 1 }
            var end = t
            while end < tokens.count, tokens[end].end <= sentence.end { end += 1 }
            let range = t..<end
            t = end
            guard !range.isEmpty else { continue }
            sentenceNumber = number
            // Loops rather than closures over `self`: a closure would copy the whole scan.
            var matches: [Match] = []
            for match in triggers(in: range) where !isInsideName(match, sentence: range) { matches.append(match) }
            var byType: [String: Int] = [:]
            let firstOfSentence = events.count
            var lastSpeech: Match?
            for (n, match) in matches.enumerated() {
                defer { if isSpeech(match.trigger) { lastSpeech = match } }
                var event = makeEvent(
                    match,
                    sentence: sentence,
                    tokens: range,
                    previous: n > 0 ? matches[n - 1] : nil,
                    next: n + 1 < matches.count ? matches[n + 1] : nil,
                    speech: lastSpeech
                )
                let next = n + 1 < matches.count ? matches[n + 1] : nil
                let mainDate = events[firstOfSentence...].last?.date ?? story ?? reference?.date.iso
                let governing = governingTime(for: match, in: sentence, until: next)
                // A time of the trigger's own clause (`setelah BI memangkas bunga pada Januari`) beats an offset.
                let ownTime = governing.map { $0.range.start >= tokens[match.last].end } ?? false
                if !ownTime, let (value, text) = offsetDate(for: match, sentence: range, main: mainDate) {
                    event.date = value
                    event.time = text
                    event.confidence = EventScan.offsetConfidence
                } else if let time = governing, let value = EventScan.dateValue(time) {
                    event.date = value
                    event.time = time.text
                    event.confidence = EventScan.statedConfidence * time.confidence
                } else if let setting = firstAnaphoric(matches[...n], limit: range.upperBound) {
                    // `peluncuran tersebut`: the date of the event referred to, unknown if never stated.
                    if let earlier = events[..<firstOfSentence].last(where: {
                        sameClass($0, setting.trigger) && $0.time != nil
                    }) {
                        event.date = earlier.date
                        event.time = earlier.time
                        event.confidence = EventScan.inheritedConfidence
                    } else {
                        event.confidence = EventScan.referenceConfidence * (reference?.confidence ?? 1) * 0.5
                    }
                } else if isUnanchored(
                    match,
                    modality: event.modality,
                    sentence: range,
                    lede: number < EventScan.ledeSentences
                ) {
                    event.confidence = EventScan.referenceConfidence * (reference?.confidence ?? 1) * 0.5
                } else if let story {
                    event.date = story
                    event.confidence = EventScan.storyConfidence * (reference?.confidence ?? 1)
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
            // The sentence's first person source is the topic later pronouns stand for.
            topics: for event in events[firstOfSentence...] {
                for actor in event.actors where actor.role == .source {
                    if let entity = entities.firstIndex(where: { $0.id == actor.id && $0.type == .person }) {
                        topic = (entity, number)
                        break topics
                    }
                }
            }
            if story == nil, number < EventScan.ledeSentences, let reference {
                story =
                    events.lazy.filter { $0.time != nil }.compactMap { event -> String? in
                        guard let value = event.date, value.utf8.count == 10, let day = CalendarDate(iso: value) else {
                            return nil
                        }
                        let gap = reference.date.daysSinceEpoch - day.daysSinceEpoch
                        return gap >= 0 && gap <= EventScan.storyWindowDays ? value : nil
                    }.first
            }
        }
        return events
    }

    /// The first of `matches` followed by an anaphor (``followsAnaphor(_:limit:)``); a loop, not a
    /// closure, so that the scan is not copied.
    func firstAnaphoric(_ matches: ArraySlice<Match>, limit: Int) -> Match? {
        for match in matches where followsAnaphor(match, limit: limit) { return match }
        return nil
    }

    /// Whether an earlier event is of the class an anaphoric trigger names: the same CAMEO root
    /// (a meeting after a visit: `pertemuan tersebut`), or the same type when it has none.
    func sameClass(_ event: Event, _ trigger: EventWords.Trigger) -> Bool {
        trigger.cameo.isEmpty ? event.type == trigger.type : event.cameo == trigger.cameo
    }

    /// The date of a trigger in a clause set off by a duration (`dua hari setelah X`, `dua
    /// minggu sebelum X`): the main clause's date moved back (`setelah`) or forward (`sebelum`)
    /// by the duration, at the duration's precision (days and weeks give a day, months a month,
    /// years a year).
    ///
    /// The main clause's date is the nearest dated time before the duration in the sentence,
    /// else `main` (the date of the sentence's earlier event, or the story's or reference date).
    /// The trigger must stand in that clause: after the cue, with no comma or other clause
    /// word between.
    ///
    /// - Returns: The ISO value and the text `dua hari setelah`, or `nil`.
    func offsetDate(for match: Match, sentence: Range<Int>, main: String?) -> (String, String)? {
        var k = match.first - 1
        while k > sentence.lowerBound, !commaBefore(k + 1) {
            if let (cue, _) = cue(at: k, before: match.first) {
                guard cue == .following || cue == .preceding else {
                    if EventScan.clauseCues.contains(cue) || cue == .purpose { return nil }
                    k -= 1
                    continue
                }
                let cueStart = tokens[k].start
                // The tagger dated `dua hari setelah` from the sentence: its value is the main
                // clause's date, `linkedOffset` the count to move by.
                if let linked = times.last(where: { $0.range.end == tokens[k].end && $0.linkedOffset != nil }),
                    let (durationValue, _) = linked.linkedOffset, let (amount, unit) = EventScan.durationParts(durationValue),
                    let anchor = linked.value, let day = CalendarDate(iso: String(anchor.prefix(10)))
                {
                    let sign = cue == .following ? -1 : 1
                    let moved: String
                    switch unit {
                    case UInt8(ascii: "D"): moved = day.adding(days: sign * amount).iso
                    case UInt8(ascii: "W"): moved = day.adding(days: sign * amount * 7).iso
                    case UInt8(ascii: "M"): moved = String(day.adding(months: sign * amount).iso.prefix(7))
                    case UInt8(ascii: "Y"): moved = String(day.adding(months: sign * amount * 12).iso.prefix(4))
                    default: return nil
                    }
                    return (moved, linked.text)
                }
                guard
                    let duration = durations.last(where: {
                        $0.range.end <= cueStart && $0.range.end >= tokens[k - 1].end
                    }),
                    let value = duration.value, let (amount, unit) = EventScan.durationParts(value)
                else { return nil }
                let anchor =
                    times.last {
                        $0.range.end <= duration.range.start && $0.range.start >= tokens[sentence.lowerBound].start
                    }
                    .flatMap(EventScan.dateValue) ?? main
                guard let anchor, anchor.utf8.count >= 10, let day = CalendarDate(iso: anchor.prefix(10)) else {
                    return nil
                }
                let sign = cue == .following ? -1 : 1
                let moved: String
                switch unit {
                case UInt8(ascii: "D"): moved = day.adding(days: sign * amount).iso
                case UInt8(ascii: "W"): moved = day.adding(days: sign * amount * 7).iso
                case UInt8(ascii: "M"): moved = String(day.adding(months: sign * amount).iso.prefix(7))
                case UInt8(ascii: "Y"): moved = String(day.adding(months: sign * amount * 12).iso.prefix(4))
                default: return nil
                }
                let text = String(decoding: bytes[duration.range.start..<tokens[k].end], as: UTF8.self)
                return (moved, text)
            }
            k -= 1
        }
        return nil
    }

    /// `P2D` → (2, `D`); `nil` for vague or clock durations (`PXD`, `PT3H`).
    static func durationParts(_ value: String) -> (Int, UInt8)? {
        let utf8 = Array(value.utf8)
        guard utf8.count >= 3, utf8[0] == UInt8(ascii: "P"), let unit = utf8.last else { return nil }
        var amount = 0
        for digit in utf8[1..<(utf8.count - 1)] {
            guard digit >= 0x30, digit <= 0x39 else { return nil }
            amount = amount * 10 + Int(digit - 0x30)
        }
        return amount > 0 ? (amount, unit) : nil
    }

    /// Cues opening a clause whose times and actors are its own (purpose clauses excepted).
    static let clauseCues: Set<EventWords.Cue> = [.boundary, .following, .preceding, .temporal]

    /// CAMEO root of threats.
    static let threatRoot = "13"

    /// Whether the text leaves an undated event without a time of its own, so that it gets no date
    /// rather than the story's or the article's.
    ///
    /// Such an event is planned or possible (not asserted; a threat excepted, being made when
    /// uttered); or lies before the story (`pernah` or `sebelumnya` in its clause; past the lede,
    /// `telah` or `sudah` within three words before it, while in the lede a perfect reports the
    /// news itself); or stands in a sentence opening on another scene (`Sementara itu`,
    /// `Adapun`, `Dalam pernyataan terpisah`).
    func isUnanchored(_ match: Match, modality: Event.Modality, sentence: Range<Int>, lede: Bool) -> Bool {
        // A threat is made when uttered; its future (`akan membalas`) is the threatened act.
        if modality != .asserted, match.trigger.cameo != EventScan.threatRoot { return true }
        // `telah dikerahkan`: past the lede, a perfect reports background (in the lede, the news).
        if !lede {
            for index in max(sentence.lowerBound, match.first - 3)..<match.first {
                if let (cue, _) = cue(at: index, before: match.first), cue == .perfect { return true }
            }
        }
        var low = match.first
        while low > sentence.lowerBound, !commaBefore(low) { low -= 1 }
        var high = match.last + 1
        while high < sentence.upperBound, !commaBefore(high) { high += 1 }
        for index in low..<high {
            if let (cue, _) = cue(at: index, before: high), cue == .anterior { return true }
        }
        // A scene shift opens the sentence, or its fronted phrase (`Dalam pernyataan terpisah, …`).
        var index = sentence.lowerBound
        while index < sentence.upperBound, index <= sentence.lowerBound + 4 {
            if let (cue, _) = cue(at: index, before: sentence.upperBound), cue == .shift { return true }
            if index > sentence.lowerBound, commaBefore(index) { break }
            index += 1
        }
        return false
    }

    /// Whether a trigger word is part of a name: inside an entity mention (`Komisi Pemilihan
    /// Umum`), or capitalised inside the sentence (`Direktur Gempabumi dan Tsunami BMKG`).
    /// Words written all in capitals or with inner capitals (`BI-Rate`) are not names.
    func isInsideName(_ match: Match, sentence: Range<Int>) -> Bool {
        let start = tokens[match.first].start
        let end = tokens[match.last].end
        if mentions(at: match.first).contains(where: {
            mentions[$0].range.start <= start && mentions[$0].range.end >= end
        }) {
            return true
        }
        guard match.first > sentence.lowerBound, !sentenceBreak(before: match.first), isCapitalised(match.first) else {
            return false
        }
        let word = bytes[tokens[match.first].start..<tokens[match.first].end]
        return word.dropFirst().allSatisfy { !($0 >= 0x41 && $0 <= 0x5A) }
    }

    /// Whether a trigger reports speech (its actors are speakers).
    func isSpeech(_ trigger: EventWords.Trigger) -> Bool {
        trigger.frame == .speech || trigger.frame == .after
    }

    /// The time expression governing a trigger in its sentence.
    ///
    /// The first time after the trigger and before the next trigger, with no clause word
    /// (`bahwa`) between, else the nearest time before it that does not stand outside a
    /// clause holding the trigger (`melaporkan pada Rabu bahwa … uji coba`). A speech trigger takes a time after
    /// it only within four tokens (`mengatakan pada hari Selasa bahwa`): times inside what
    /// was said do not date the saying. Other triggers fall back to the nearest time after.
    func governingTime(for match: Match, in sentence: TextRange, until next: Match?) -> TimeExpression? {
        let trigger = TextRange(start: tokens[match.first].start, end: tokens[match.last].end)
        let clauseEnd = next.map { tokens[$0.first].start } ?? sentence.end
        let speech = isSpeech(match.trigger)
        var after: TimeExpression?
        var before: TimeExpression?
        var later: TimeExpression?
        for time in times where sentence.contains(time.range) && !isNameYear(time) {
            if time.range.end <= trigger.start {
                // `KCNA melaporkan pada Rabu bahwa Kim memimpin uji coba`: the report's time, not the test's.
                if !opensClause(between: time.range.end, and: match.first) { before = time }
            } else if time.range.start >= trigger.end {
                let open = !crossesBoundary(
                    from: match.last + 1,
                    to: time.range.start,
                    noun: match.trigger.frame == .noun
                )
                if later == nil, open { later = time }
                if after == nil, time.range.start < clauseEnd, open,
                    !speech || tokenCount(from: match.last + 1, to: time.range.start) <= 4
                {
                    after = time
                }
            }
        }
        return after ?? before ?? (speech ? nil : later)
    }

    /// Whether a clause word (`bahwa`, `setelah`) stands between byte `offset` and token `index`
    /// with no comma after it: the token sits in a clause the earlier words do not govern. A
    /// temporal clause word right after the time (`sejak September 2024, ketika …`) opens a clause on
    /// that time, which it governs.
    func opensClause(between offset: Int, and index: Int) -> Bool {
        var k = index - 1
        while k >= 0, tokens[k].start >= offset {
            if commaBefore(k + 1) { return false }
            if let (cue, _) = cue(at: k, before: index), EventScan.clauseCues.contains(cue) {
                // `sejak September 2024, ketika BI memangkas …`: a clause on the time itself.
                return !(cue == .temporal && k > 0 && tokens[k - 1].end <= offset)
            }
            k -= 1
        }
        return false
    }

    /// A bare year right after a capitalised word belongs to a name (`Piala Dunia 2026`,
    /// `ASEAN 2045`), not to the sentence's time; after a word for year (`Tahun 2026`) it is a time.
    func isNameYear(_ time: TimeExpression) -> Bool {
        guard time.text.utf8.count == 4, time.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        // The first token ending after the year's start: the year's own token.
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].end <= time.range.start { low = mid + 1 } else { high = mid }
        }
        let k = low
        guard k > 0, k < tokens.count else { return false }
        return isCapitalised(k - 1) && !words.yearNouns.contains(lower[k - 1]) && !commaBefore(k) && !sentenceBreak(before: k)
    }

    /// Whether a clause word stands between token `index` and byte `offset`: a boundary cue
    /// (`bahwa`, `sebelum`), or `yang` opening a relative clause on a later noun (`proyek … yang
    /// ditargetkan beroperasi pada 2030`). A `yang` right after the trigger, or after a noun
    /// trigger's phrase with no verb between, describes the event itself (`uji coba yang
    /// digelar Senin`, `latihan militer gabungan AS, Freedom Shield, yang dimulai Senin`).
    func crossesBoundary(from index: Int, to offset: Int, noun: Bool = false) -> Bool {
        var k = index
        var verb = false
        while k < tokens.count, tokens[k].start < offset {
            if let (cue, _) = cue(at: k, before: tokens.count), EventScan.clauseCues.contains(cue) { return true }
            // `dalam KTT ke-46 ASEAN yang digelar Senin`: a relative clause on the event's setting dates it.
            if isCue(k, .relative), k > index + 1, !noun || verb, !inPlacePhrase(token: k, apposition: false) {
                return true
            }
            if mentionAt[k] < 0, isVerbLike(k) { verb = true }
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
    ///
    /// Only a noun trigger takes an anaphor (`pertemuan tersebut`, `uji coba rudal itu`); after
    /// a verb it marks the object (`menyambut baik keputusan tersebut`).
    func followsAnaphor(_ match: Match, limit: Int) -> Bool {
        guard match.trigger.frame == .noun || match.trigger.frame == .none else { return false }
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
        speech: Match?
    ) -> Event {
        let trigger = TextRange(start: tokens[match.first].start, end: tokens[match.last].end)
        // A reported clause begins after a speech trigger.
        let clauseStart = previous.map { isSpeech($0.trigger) ? $0.last + 1 : range.lowerBound } ?? range.lowerBound
        let clauseEnd = next?.first ?? range.upperBound
        let actors = actors(for: match, clause: clauseStart..<clauseEnd, sentence: range, speech: speech)
        let (negated, modality) = modality(of: match, sentence: range)
        let inQuote = quotes.contains { $0.direct && $0.range.contains(trigger) }
        var attributed = false
        for index in range {
            if let (cue, _) = cue(at: index, before: range.upperBound), cue == .attribution || cue == .hearsay {
                attributed = true
                break
            }
        }
        let reported = inQuote || (!isSpeech(match.trigger) && (speech != nil || attributed))
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
