import LinimasaCore

/// Reads the comparable facts of one article (see ``SourceComparison``).
struct FactReader {
    /// A sentence with exactly one day in it, for date comparison without events.
    struct DatedSentence {
        var text: String
        var day: String
        var timeText: String
        var stems: Set<String>
    }

    /// An asserted event with one day, for date comparison.
    struct DatedEvent {
        var about: String
        var day: String
        var trigger: String
        var evidence: String
        var stems: Set<String>
    }

    /// What one article says about one kind of event by one set of actors (`STATEMENT by Kim Jong Un`):
    /// the events it dates with a time expression of their own, and the content stems of every
    /// sentence reporting such an event.
    struct Account {
        /// Events whose own sentence names their day (``Event/time`` set), not dated by default.
        var explicit: [DatedEvent] = []
        var stems: Set<String> = []
    }

    struct Result {
        var articleID: String
        var outlet: String?
        var facts: [SourceComparison.Fact]
        var datedSentences: [DatedSentence]
        var datedEvents: [DatedEvent]
        /// Accounts by event type and actors (``DatedEvent/about``).
        var accounts: [String: Account]
    }

    let pack: any LanguagePack
    let words: ClusterWords
    private var stems: [String: String] = [:]

    init(pack: any LanguagePack, words: ClusterWords) {
        self.pack = pack
        self.words = words
    }

    mutating func read(_ analyzed: AnalyzedArticle) -> Result {
        let article = analyzed.article
        let body = article.body
        let sentences = article.sentences.isEmpty ? pack.sentenceRanges(in: body) : article.sentences
        func sentence(containing range: TextRange) -> TextRange? {
            sentences.first { $0.start <= range.start && range.end <= $0.end }
        }
        func evidence(_ range: TextRange) -> String? {
            sentence(containing: range).map { article.text($0).trimmingSpaces() }
        }
        let tokens = pack.tokenRanges(in: body)
        let lower = tokens.map { article.text($0).lowercased() }
        var facts: [SourceComparison.Fact] = []

        for time in analyzed.times {
            guard let value = time.value, ArticleFeatures.day(ofValue: value) != nil else { continue }
            let day = String(value.prefix(10))
            facts.append(.init(kind: .date, about: day, value: day, text: time.text, evidence: evidence(time.range)))
        }
        for entity in analyzed.entities where entity.type != .media {
            facts.append(.init(kind: .entity, about: entity.id, value: entity.name, text: entity.mentions.first?.text ?? entity.name))
        }
        for quote in analyzed.quotes where quote.kind == .statement {
            let opening = quote.text.split(separator: " ").prefix(8).joined(separator: " ")
            facts.append(
                .init(kind: .quote, about: quote.speaker?.name ?? "unknown speaker", value: opening, text: quote.text)
            )
        }
        var datedEvents: [DatedEvent] = []
        var accounts: [String: Account] = [:]
        for event in analyzed.events where !event.negated && event.modality == .asserted {
            let actors = event.actors.map(\.name).sorted().joined(separator: ", ")
            let value = event.date ?? "undated"
            let about = event.type + (actors.isEmpty ? "" : " by " + actors)
            var set = Set<String>()
            for (i, token) in tokens.enumerated() where event.sentence.contains(token) {
                if let stem = contentStem(lower[i]) { set.insert(stem) }
            }
            if !actors.isEmpty { accounts[about, default: Account()].stems.formUnion(set) }
            if ArticleFeatures.day(ofValue: value) != nil {
                let dated = DatedEvent(
                    about: about,
                    day: String(value.prefix(10)),
                    trigger: article.text(event.trigger),
                    evidence: article.text(event.sentence).trimmingSpaces(),
                    stems: set
                )
                datedEvents.append(dated)
                if event.time != nil, !actors.isEmpty { accounts[about, default: Account()].explicit.append(dated) }
            }
            facts.append(
                .init(
                    kind: .event,
                    about: event.type + (actors.isEmpty ? "" : " by " + actors),
                    value: ArticleFeatures.day(ofValue: value) != nil ? String(value.prefix(10)) : value,
                    text: article.text(event.trigger),
                    evidence: article.text(event.sentence).trimmingSpaces()
                )
            )
        }
        facts += numbers(article, tokens, lower, evidence)
        facts += relations(analyzed, tokens, lower, sentences)

        var dated: [DatedSentence] = []
        for range in sentences {
            let inside = analyzed.times.filter { range.contains($0.range) }
            let days = Set(inside.compactMap { $0.value.flatMap { ArticleFeatures.day(ofValue: $0) != nil ? String($0.prefix(10)) : nil } })
            guard days.count == 1, let day = days.first, let time = inside.first(where: { $0.value?.hasPrefix(day) ?? false })
            else { continue }
            var set = Set<String>()
            for (i, token) in tokens.enumerated() where range.start <= token.start && token.end <= range.end {
                if let stem = contentStem(lower[i]) { set.insert(stem) }
            }
            dated.append(DatedSentence(text: article.text(range).trimmingSpaces(), day: day, timeText: time.text, stems: set))
        }
        return Result(
            articleID: article.id,
            outlet: article.outlet,
            facts: facts,
            datedSentences: dated,
            datedEvents: datedEvents,
            accounts: accounts
        )
    }

    /// The stem of a content word, or `nil` for stop words, numbers and short words.
    mutating func contentStem(_ word: String) -> String? {
        if let known = stems[word] { return known.isEmpty ? nil : known }
        var stem = ""
        if word.utf8.count >= 3, !words.stopWords.contains(word), !word.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
            stem = pack.stem(word)
        }
        stems[word] = stem
        return stem.isEmpty ? nil : stem
    }

    /// Numbers with a unit from `cluster-units`: `10.000 tentara`, `9,8 juta dolar`, `Rp900`, `magnitudo 5,9`.
    mutating func numbers(
        _ article: Article,
        _ tokens: [TextRange],
        _ lower: [String],
        _ evidence: (TextRange) -> String?
    ) -> [SourceComparison.Fact] {
        var facts: [SourceComparison.Fact] = []
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            // A unit written before its number, glued (`rp900`, `m5,9`) or apart (`magnitudo 5,9`).
            if let (unit, value) = gluedBeforeUnit(lower[i]) {
                facts.append(numberFact(unit, value, article, tokens[i], tokens[i], evidence))
                continue
            }
            if let unit = words.units[lower[i]], unit.before, i + 1 < tokens.count, let value = Self.number(lower[i + 1]) {
                facts.append(numberFact(unit.unit, value, article, tokens[i], tokens[i + 1], evidence))
                i += 1
                continue
            }
            guard var value = Self.number(lower[i]) ?? words.numberWords[lower[i]] else { continue }
            var j = i + 1
            if j < tokens.count, let factor = words.multipliers[lower[j]] {
                value *= factor
                j += 1
            }
            guard j < tokens.count, let unit = words.units[lower[j]], !unit.before else { continue }
            var about = unit.unit
            if j + 1 < tokens.count, words.units[lower[j + 1]] == nil, let stem = contentStem(lower[j + 1]) {
                about += " " + stem
            }
            facts.append(numberFact(about, value, article, tokens[i], tokens[j], evidence))
            i = j
        }
        return facts
    }

    private func numberFact(
        _ about: String,
        _ value: Double,
        _ article: Article,
        _ first: TextRange,
        _ last: TextRange,
        _ evidence: (TextRange) -> String?
    ) -> SourceComparison.Fact {
        let span = TextRange(start: first.start, end: last.end)
        return .init(kind: .number, about: about, value: Self.format(value), text: article.text(span), evidence: evidence(span))
    }

    private func gluedBeforeUnit(_ token: String) -> (String, Double)? {
        guard let digit = token.utf8.firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }), digit != token.utf8.startIndex else {
            return nil
        }
        let prefix = String(token[..<digit])
        guard let unit = words.units[prefix], unit.before, let value = Self.number(String(token[digit...])) else {
            return nil
        }
        return (unit.unit, value)
    }

    /// Reads `10.000` (10000), `5,75` (5.75), `1.250.000`, `24`; not dates, times or ordinals.
    static func number(_ token: String) -> Double? {
        var integer = ""
        var fraction: String?
        var groups: [Substring] = []
        let parts = token.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty else { return nil }
        groups = whole.split(separator: ".", omittingEmptySubsequences: false)
        for (index, group) in groups.enumerated() {
            guard !group.isEmpty, group.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            if index > 0, group.utf8.count != 3 { return nil }
            integer += group
        }
        if parts.count == 2 {
            let tail = parts[1]
            guard !tail.isEmpty, tail.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            fraction = String(tail)
        }
        return Double(integer + (fraction.map { "." + $0 } ?? ""))
    }

    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Relations between two parties with a polarity: a relation head, then the parties, then a
    /// polarity word within the sentence (`Hubungan antara Korea Utara dan Rusia menjadi lebih bersahabat`).
    func relations(_ analyzed: AnalyzedArticle, _ tokens: [TextRange], _ lower: [String], _ sentences: [TextRange])
        -> [SourceComparison.Fact]
    {
        let article = analyzed.article
        var facts: [SourceComparison.Fact] = []
        for sentence in sentences {
            let inside = tokens.indices.filter { sentence.start <= tokens[$0].start && tokens[$0].end <= sentence.end }
            for (offset, h) in inside.enumerated() where words.relationHeads.contains(lower[h]) {
                var sign = 0
                var end = h
                for p in inside[(offset + 1)...].prefix(25) {
                    if words.relationHeads.contains(lower[p]) { break }
                    guard let polarity = words.polarity[lower[p]] else { continue }
                    let negated = (p - 1 > h && words.negations.contains(lower[p - 1]))
                        || (p - 2 > h && words.negations.contains(lower[p - 2]))
                    sign = negated ? -polarity : polarity
                    end = p
                    break
                }
                guard sign != 0 else { continue }
                let between = TextRange(start: tokens[h].end, end: tokens[end].start)
                var parties = Set<String>()
                for entity in analyzed.entities where entity.mentions.contains(where: { between.contains($0.range) }) {
                    parties.insert(words.metonyms[entity.name.lowercased()] ?? entity.name)
                }
                guard parties.count >= 2 else { continue }
                facts.append(
                    .init(
                        kind: .relation,
                        about: parties.sorted().joined(separator: " – "),
                        value: sign > 0 ? "positive" : "negative",
                        text: article.text(TextRange(start: tokens[h].start, end: tokens[end].end)),
                        evidence: article.text(sentence).trimmingSpaces()
                    )
                )
            }
        }
        return facts
    }
}
