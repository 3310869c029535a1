import LinimasaCore

/// What clustering reads from one analysed article.
struct ArticleFeatures: Sendable {
    /// A sentence kept as a summary candidate, with its unit TF-IDF vector.
    struct Sentence: Sendable {
        var text: String
        var vector: SparseVector
        var articleID: String
        /// Index of the sentence in its article.
        var position: Int
    }

    var articleID: String
    var outlet: String?
    /// Unit TF-IDF vector of the body (title words count twice).
    var terms: SparseVector
    /// Unit TF-IDF vector of the title and the first ``StoryConfiguration/leadVectorSentences`` sentences:
    /// where news writing states the event.
    var leadTerms: SparseVector
    /// Unit vector of linked entities, mentions weighted `1 + ln(count)` times IDF; outlets left out.
    var entities: SparseVector
    /// Days (since 1970) of the day-precision dates the body mentions.
    var dates: Set<Int32>
    /// Publication day (since 1970), when the article states, gives or dates itself in the lede.
    var day: Int?
    /// For an article without a publication day: ISO weekdays (1 Monday) of the day names its
    /// time tagger could not pin down (`pada hari Selasa`), read later against a story's reference day.
    var weekdays: [Int]
    var title: Sentence?
    var lead: [Sentence]
    var signature: [UInt32]
    var exactHash: UInt64
}

extension ArticleFeatures {
    /// Reads features, counting the article into the vocabulary's document frequencies first.
    static func make(
        _ analyzed: AnalyzedArticle,
        vocabulary: inout TermVocabulary,
        hasher: MinHasher,
        pack: any LanguagePack,
        weekdayNames: [String: Int],
        leadSentences: Int,
        leadVectorSentences: Int
    ) -> ArticleFeatures {
        let article = analyzed.article
        let tokens = pack.tokenRanges(in: article.body)
        let (signature, exactHash) = hasher.signature(of: article.body, ranges: tokens)
        let tokenTerms = vocabulary.tokenTerms(in: article.body, ranges: tokens)
        var titleTerms: [Int32] = []
        if let title = article.title {
            titleTerms = vocabulary.tokenTerms(in: title, ranges: pack.tokenRanges(in: title))
        }
        var counts: [Int32: Float] = [:]
        for term in tokenTerms where term >= 0 { counts[term, default: 0] += 1 }
        for term in titleTerms where term >= 0 { counts[term, default: 0] += 2 }
        var entityCounts: [Int32: Float] = [:]
        for entity in analyzed.entities where entity.type != .media {
            let index = vocabulary.entityIndex(of: entity)
            entityCounts[index, default: 0] += Float(max(1, entity.mentions.count))
        }
        vocabulary.countDocument(terms: counts.keys, entities: entityCounts.keys)

        func tfidf(_ counts: [Int32: Float]) -> SparseVector {
            var weighted: [Int32: Float] = [:]
            weighted.reserveCapacity(counts.count)
            for (term, count) in counts { weighted[term] = (1 + logf(count)) * vocabulary.termWeight(term) }
            return SparseVector(unitFrom: weighted)
        }
        var entityWeights: [Int32: Float] = [:]
        for (entity, count) in entityCounts { entityWeights[entity] = (1 + logf(count)) * vocabulary.entityWeight(entity) }

        var dates = Set<Int32>()
        for time in analyzed.times {
            guard let value = time.value, let day = Self.day(ofValue: value) else { continue }
            dates.insert(Int32(truncatingIfNeeded: day))
        }
        var day: Int?
        if let published = article.published, published.source != .story { day = published.date.daysSinceEpoch }
        var weekdays: [Int] = []
        if day == nil {
            for time in analyzed.times where time.value == nil && time.anchor == .publication && time.kind == .date {
                let words = time.text.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" }
                if let weekday = words.lazy.compactMap({ weekdayNames[String($0)] }).first { weekdays.append(weekday) }
            }
        }

        var title: Sentence?
        if let text = article.title {
            var titleCounts: [Int32: Float] = [:]
            for term in titleTerms where term >= 0 { titleCounts[term, default: 0] += 1 }
            title = Sentence(text: text, vector: tfidf(titleCounts), articleID: article.id, position: -1)
        }
        let sentences = article.sentences.isEmpty ? pack.sentenceRanges(in: article.body) : article.sentences
        var lead: [Sentence] = []
        var leadCounts: [Int32: Float] = [:]
        for term in titleTerms where term >= 0 { leadCounts[term, default: 0] += 1 }
        var tokenIndex = 0
        for (position, sentence) in sentences.prefix(max(leadSentences, leadVectorSentences)).enumerated() {
            var sentenceCounts: [Int32: Float] = [:]
            while tokenIndex < tokens.count, tokens[tokenIndex].start < sentence.start { tokenIndex += 1 }
            var i = tokenIndex
            while i < tokens.count, tokens[i].end <= sentence.end {
                if tokenTerms[i] >= 0 { sentenceCounts[tokenTerms[i], default: 0] += 1 }
                i += 1
            }
            tokenIndex = i
            if position < leadVectorSentences {
                for (term, count) in sentenceCounts { leadCounts[term, default: 0] += count }
            }
            guard position < leadSentences else { continue }
            guard sentenceCounts.count >= 3 else { continue }
            let text = article.text(sentence).trimmingSpaces()
            lead.append(Sentence(text: text, vector: tfidf(sentenceCounts), articleID: article.id, position: position))
        }
        return ArticleFeatures(
            articleID: article.id,
            outlet: article.outlet,
            terms: tfidf(counts),
            leadTerms: tfidf(leadCounts),
            entities: SparseVector(unitFrom: entityWeights),
            dates: dates,
            day: day,
            weekdays: weekdays,
            title: title,
            lead: lead,
            signature: signature,
            exactHash: exactHash
        )
    }

    /// The day of a TIMEX value that names one day (`2024-10-08`, `2024-10-08TMO`, `2024-10-08T10:00`).
    static func day(ofValue value: String) -> Int? {
        let count = value.utf8.count
        guard count >= 10 else { return nil }
        if count > 10, value.utf8.dropFirst(10).first != UInt8(ascii: "T") { return nil }
        return CalendarDate(iso: value)?.daysSinceEpoch
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
