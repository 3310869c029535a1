internal import LinimasaCore

/// One article's token view for the event extractor: tokens, their lowercase forms and
/// stems, the entity mention under each token, and the cues.
struct EventScan {
    /// A trigger found in the body.
    struct Match {
        var trigger: EventWords.Trigger
        /// First and last token index.
        var first: Int
        var last: Int
    }

    /// One entity mention, flattened.
    struct Mention {
        var range: TextRange
        var entity: Int
        /// A description (`juru bicara itu`), not a name.
        var isDescription = false
    }

    let article: Article
    let pack: any LanguagePack
    let words: EventWords
    let entities: [LinkedEntity]
    let times: [TimeExpression]
    /// Durations of the body (`dua hari`, `P2D`), for offsets like `dua hari setelah X`.
    let durations: [TimeExpression]
    let quotes: [Quote]
    let affiliations: [String: String]
    let countryNames: [String: String]
    let bytes: [UInt8]
    let tokens: [TextRange]
    let lower: [String]
    var stems: [String?]
    /// Mentions sorted by start.
    let mentions: [Mention]
    /// Index into `mentions` of the mention covering each token, or -1.
    let mentionAt: [Int]
    /// Further mentions overlapping a token, for the rare token holding two names.
    let alsoAt: [Int: [Int]]
    /// Index into ``EventWords/cueLists`` of the cues starting with each token, or -1.
    let cueAt: [Int32]
    /// Whether each token, as written, is the first word of a trigger.
    let isTriggerHead: [Bool]
    /// The number of the sentence being read.
    var sentenceNumber = 0
    /// The first person among the sources of the last sentence that had one: the entity a
    /// pronoun opening a later sentence most likely stands for, and that sentence's number.
    var topic: (entity: Int, sentence: Int)?

    init(
        article: Article,
        pack: any LanguagePack,
        words: EventWords,
        entities: [LinkedEntity],
        times: [TimeExpression],
        quotes: [Quote],
        affiliations: [String: String],
        countryNames: [String: String]
    ) {
        self.article = article
        self.pack = pack
        self.words = words
        self.entities = entities
        self.durations = times.filter { $0.kind == .duration && $0.value != nil }.sorted { $0.range < $1.range }
        self.times = EventScan.joinDayRanges(
            times.filter { EventScan.dateValue($0) != nil }.sorted { $0.range < $1.range },
            in: article.body
        )
        self.quotes = quotes
        self.affiliations = affiliations
        self.countryNames = countryNames
        let bytes = Array(article.body.utf8)
        self.bytes = bytes
        let tokens = pack.tokenRanges(in: article.body)
        self.tokens = tokens
        let lowered = tokens.map { EventScan.lowercase(bytes[$0.start..<$0.end]) }
        self.lower = lowered
        // One table lookup per token; the many cue tests of a scan then need no hashing.
        var cueAt = [Int32](repeating: -1, count: lowered.count)
        var isTriggerHead = [Bool](repeating: false, count: lowered.count)
        var hasDescription = false
        for (t, word) in lowered.enumerated() {
            guard let info = words.wordInfo[word] else { continue }
            cueAt[t] = info.cue
            isTriggerHead[t] = info.triggerHead
            hasDescription = hasDescription || info.description
        }
        self.cueAt = cueAt
        self.isTriggerHead = isTriggerHead
        self.stems = Array(repeating: nil, count: tokens.count)
        var mentions: [Mention] = []
        for (index, entity) in entities.enumerated() {
            for mention in entity.mentions { mentions.append(Mention(range: mention.range, entity: index)) }
        }
        mentions.sort { $0.range < $1.range }
        let lower = lowered
        if hasDescription {
            let found = EventScan.descriptions(
                words: words,
                tokens: tokens,
                lower: lower,
                mentions: mentions,
                names: entities.map(\.name)
            )
            if !found.isEmpty {
                mentions += found
                mentions.sort { $0.range < $1.range }
            }
        }
        self.mentions = mentions
        var mentionAt = Array(repeating: -1, count: tokens.count)
        var alsoAt: [Int: [Int]] = [:]
        var m = 0
        for (t, token) in tokens.enumerated() {
            while m < mentions.count, mentions[m].range.end <= token.start { m += 1 }
            var k = m
            // Every mention overlapping the token: `Utara-Rusia` is one token of two names.
            while k < mentions.count, mentions[k].range.start < token.end {
                if mentions[k].range.end > token.start {
                    if mentionAt[t] < 0 { mentionAt[t] = k } else { alsoAt[t, default: []].append(k) }
                }
                k += 1
            }
        }
        self.alsoAt = alsoAt
        self.mentionAt = mentionAt
    }

    /// Mentions for the descriptions of the body (`bank sentral` → Bank Indonesia): a phrase of
    /// the `event-descriptions` table outside any name, standing for the entity it describes.
    ///
    /// A `named` description stands for the listed entity named last before it; a `holder`
    /// description for the entity named right after the last earlier use of its role phrase
    /// (`juru bicara Kementerian Luar Negeri Korut`). With no such entity it stands for none.
    ///
    /// - Parameters:
    ///   - mentions: The article's mentions, sorted by start.
    ///   - names: Each entity's canonical name, by entity index.
    /// - Returns: One mention per resolved description, over its words.
    static func descriptions(
        words: EventWords,
        tokens: [TextRange],
        lower: [String],
        mentions: [Mention],
        names: [String]
    ) -> [Mention] {
        var found: [Mention] = []
        var m = 0
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard let options = words.descriptions[lower[index]] else { continue }
            let start = tokens[index].start
            while m < mentions.count, mentions[m].range.end <= start { m += 1 }
            // Inside a name (`Bank Sentral AS`): part of the name.
            if m < mentions.count, mentions[m].range.start <= start { continue }
            guard
                let option = options.first(where: { option in
                    index + option.rest.count < tokens.count
                        && option.rest.indices.allSatisfy { lower[index + 1 + $0] == option.rest[$0] }
                })
            else { continue }
            let end = tokens[index + option.rest.count].end
            var entity: Int?
            switch option.kind {
            case .named:
                // Mentions before `m` end before the phrase; the last of a listed entity wins.
                var k = m - 1
                while k >= 0, entity == nil {
                    if option.names.contains(names[mentions[k].entity]) { entity = mentions[k].entity }
                    k -= 1
                }
            case .holder:
                var k = index - option.role.count
                while k >= 0, entity == nil {
                    if option.role.indices.allSatisfy({ lower[k + $0] == option.role[$0] }),
                        k + option.role.count < tokens.count
                    {
                        let next = tokens[k + option.role.count].start
                        entity = mentions.first(where: { $0.range.start == next })?.entity
                    }
                    k -= 1
                }
            }
            if let entity { found.append(Mention(range: TextRange(start: start, end: end), entity: entity, isDescription: true)) }
            index += option.rest.count
        }
        return found
    }

    /// Every mention overlapping token `index`, in order.
    func mentions(at index: Int) -> MentionsAt {
        let first = mentionAt[index]
        // `alsoAt` is nearly always empty: no lookup then.
        return MentionsAt(first: first, more: first < 0 || alsoAt.isEmpty ? nil : alsoAt[index])
    }

    /// The mentions overlapping one token, without building an array (the walks ask for every token).
    struct MentionsAt: RandomAccessCollection {
        /// The first mention, or -1 for none.
        let first: Int
        let more: [Int]?
        var startIndex: Int { 0 }
        var endIndex: Int { first < 0 ? 0 : 1 + (more?.count ?? 0) }
        subscript(position: Int) -> Int { position == 0 ? first : more![position - 1] }  // more exists past 0
    }

    /// Lowercase text of a token; ASCII is mapped byte by byte.
    static func lowercase(_ slice: ArraySlice<UInt8>) -> String {
        var ascii = true
        for b in slice where b >= 0x80 {
            ascii = false
            break
        }
        guard ascii else { return String(decoding: slice, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: slice.count) { buffer in
            var i = 0
            for b in slice {
                buffer[i] = (b >= 0x41 && b <= 0x5A) ? b + 0x20 : b
                i += 1
            }
            return slice.count
        }
    }

    /// The stem of token `index`, computed once.
    mutating func stem(_ index: Int) -> String {
        if let known = stems[index] { return known }
        let word = lower[index]
        // Names, numbers and short words are not stemmed: no trigger is one.
        let first = word.utf8.first ?? 0
        let value = word.utf8.count >= 4 && first >= 0x61 && first <= 0x7A ? pack.stem(word) : word
        stems[index] = value
        return value
    }

    /// Whether token `index` reads as `word`, as written or by its stem.
    mutating func token(_ index: Int, is word: String) -> Bool {
        lower[index] == word || stem(index) == word
    }

    /// The cue starting at token `index` within `limit`, and its length in tokens.
    func cue(at index: Int, before limit: Int) -> (EventWords.Cue, Int)? {
        let id = cueAt[index]
        guard id >= 0 else { return nil }
        let options = words.cueLists[Int(id)]
        for option in options where index + option.rest.count < limit {
            var ok = true
            for (offset, word) in option.rest.enumerated() where lower[index + 1 + offset] != word {
                ok = false
                break
            }
            if ok { return (option.cue, option.rest.count + 1) }
        }
        return nil
    }

    /// Whether token `index` is a one-word cue of `kind`.
    func isCue(_ index: Int, _ kind: EventWords.Cue) -> Bool {
        cue(at: index, before: index + 1)?.0 == kind
    }

    /// Whether a comma stands between tokens `index - 1` and `index`.
    func commaBefore(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        for offset in tokens[index - 1].end..<tokens[index].start where bytes[offset] == UInt8(ascii: ",") {
            return true
        }
        return false
    }

    /// Triggers of tokens `range`, longest match first at each token, surface matches before stem ones.
    mutating func triggers(in range: Range<Int>) -> [Match] {
        var found: [Match] = []
        var index = range.lowerBound
        while index < range.upperBound {
            var best: Match?
            let stem = stem(index)
            // The word as written, then its stem (no array of heads: this runs for every token).
            for pass in 0..<2 {
                let head: String
                if pass == 0 {
                    guard isTriggerHead[index] else { continue }
                    head = lower[index]
                } else {
                    guard stem != lower[index] else { continue }
                    head = stem
                }
                for trigger in words.triggers[head] ?? [] {
                    // Longest key first; among equally long keys the shorter span (`pengiriman pasukan dan
                    // amunisi`: `pengiriman ~ pasukan`), then file order.
                    if let last = match(trigger, at: index, limit: range.upperBound),
                        best == nil || trigger.words.count > best!.trigger.words.count  // best checked non-nil first
                            || (trigger.words.count == best!.trigger.words.count && last < best!.last)
                    {
                        best = Match(trigger: trigger, first: index, last: last)
                    }
                }
                if best != nil { break }
            }
            if let best {
                found.append(best)
                index = best.trigger.words.contains(where: { $0 == nil }) ? index + 1 : best.last + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// The last token of `trigger` matched from `index`, or `nil`.
    mutating func match(_ trigger: EventWords.Trigger, at index: Int, limit: Int) -> Int? {
        var position = index + 1
        var k = 1
        while k < trigger.words.count {
            guard let word = trigger.words[k] else {
                // A gap: the next key word within `maxGap` tokens.
                guard k + 1 < trigger.words.count, let next = trigger.words[k + 1] else { return nil }
                var found = -1
                var probe = position
                while probe < limit, probe <= position + EventWords.maxGap {
                    if token(probe, is: next) {
                        found = probe
                        break
                    }
                    probe += 1
                }
                guard found >= 0 else { return nil }
                position = found + 1
                k += 2
                continue
            }
            guard position < limit, token(position, is: word) else { return nil }
            position += 1
            k += 1
        }
        return position - 1
    }

    /// Joins a bare day number and the date after a dash into one range (`14-15 Januari 2025`
    /// → `2025-01-14/2025-01-15`): a day number alone is no date, only the first day of the
    /// span the whole phrase names.
    static func joinDayRanges(_ times: [TimeExpression], in body: String) -> [TimeExpression] {
        let utf8 = Array(body.utf8)
        var result: [TimeExpression] = []
        var index = 0
        while index < times.count {
            let time = times[index]
            if index + 1 < times.count, time.text.utf8.count <= 2,
                time.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                let first = time.value, first.utf8.count == 10
            {
                let next = times[index + 1]
                let gap = utf8[time.range.end..<max(time.range.end, next.range.start)]
                let dash = gap.contains(UInt8(ascii: "-")) || gap.starts(with: [0xE2, 0x80, 0x93])
                let onlyDash = gap.allSatisfy {
                    $0 == UInt8(ascii: "-") || $0 == 0x20 || $0 == 0xE2 || $0 == 0x80 || $0 == 0x93
                }
                if dash, onlyDash, gap.count <= 5, let last = next.value, last.utf8.count == 10, first < last {
                    var joined = next
                    joined.range = TextRange(start: time.range.start, end: next.range.end)
                    joined.text = String(decoding: utf8[time.range.start..<next.range.end], as: UTF8.self)
                    joined.value = first + "/" + last
                    joined.confidence = min(time.confidence, next.confidence)
                    result.append(joined)
                    index += 2
                    continue
                }
            }
            result.append(time)
            index += 1
        }
        return result
    }

    /// The ISO date of a time expression as an event date: the day of a time, a date or
    /// range as is; `nil` for durations, sets and reference words.
    static func dateValue(_ time: TimeExpression) -> String? {
        guard time.kind == .date || time.kind == .time, let value = time.value else { return nil }
        let utf8 = Array(value.utf8)
        guard utf8.count >= 4, utf8[0..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if let t = utf8.firstIndex(of: UInt8(ascii: "T")), !utf8.contains(UInt8(ascii: "/")) {
            return String(decoding: utf8[..<t], as: UTF8.self)
        }
        return value
    }
}
