public import LinimasaCore

/// Which facts each article of a story reports, and where the articles disagree.
///
/// Facts are read from the analysis (dates, linked entities, quotes, events)
/// and from the text (numbers with their units, relations between two parties
/// with a polarity word). Disagreements are:
/// - `number`: two articles give values for the same quantity (same unit and
///   following word, `7 orang meninggal` / `9 orang meninggal`) with no value in common;
/// - `date`: two articles date the same event on different days: the same
///   event type and actors in sentences sharing at least three content stems;
///   or the same event type and actors dated by a time expression of their own
///   in each article, on days no closer than one, with none in common and at most
///   ``accountDayGap`` apart, where one article's dated sentence shares at least
///   three content stems with everything the other says about that event
///   (`mengumumkan … mempercepat langkah … nuklir` then `pidato … pada Senin`
///   against `mengatakan pada hari Selasa bahwa … mempercepat langkah … nuklir`);
///   or two very similar sentences (stem Jaccard at least 0.5) each with one day;
/// - `relation`: one article calls a relation between the same two parties
///   good and another bad (`hubungan X dan Y menjadi lebih bersahabat` / `memburuk`).
///
/// Copies of one another (same body) still count as separate articles; pass
/// only one of each if that is not wanted.
public struct SourceComparison: Sendable, Codable, Hashable {
    /// One fact as an article reports it.
    public struct Fact: Sendable, Codable, Hashable {
        /// What kind of fact this is.
        public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
            case date, number, entity, quote, event, relation
        }

        /// What kind of fact.
        public var kind: Kind
        /// What the fact is about: the day for a date, the quantity (`people meninggal`) for a number,
        /// the entity id, the speaker's name, the event type and actors, the two parties of a relation.
        public var about: String
        /// The value: the ISO day, the number, the entity name, the quote's first words, the event day,
        /// `positive` or `negative`.
        public var value: String
        /// The words as written in the article.
        public var text: String
        /// The sentence it comes from, when it comes from one.
        public var evidence: String?

        /// Makes a fact.
        public init(kind: Kind, about: String, value: String, text: String, evidence: String? = nil) {
            self.kind = kind
            self.about = about
            self.value = value
            self.text = text
            self.evidence = evidence
        }
    }

    /// The facts of one article.
    public struct ArticleFacts: Sendable, Codable, Hashable {
        /// The article's id.
        public var articleID: String
        /// The outlet, if the article names one.
        public var outlet: String?
        /// Its facts: dates, entities, quotes, events, then numbers and relations, each in text order.
        public var facts: [Fact]
    }

    /// Two or more articles reporting the same thing differently.
    public struct Disagreement: Sendable, Codable, Hashable {
        /// What differs.
        public enum Kind: String, Sendable, Codable, Hashable {
            case number, date, relation
        }

        /// One article's side.
        public struct Side: Sendable, Codable, Hashable {
            /// The article's id.
            public var articleID: String
            /// Its outlet, if it names one.
            public var outlet: String?
            /// Its value: a number, an ISO day, `positive` or `negative`.
            public var value: String
            /// The words as written (`1.500 kilometer`, `Hubungan … memburuk`).
            public var text: String
            /// The sentence, when there is one.
            public var evidence: String?
        }

        /// What differs.
        public var kind: Kind
        /// What it is about (`people meninggal`, `STATEMENT by Kim Jong Un`, `North Korea – Russia`).
        public var about: String
        /// Each article's value, in the order the articles were given.
        public var sides: [Side]
    }

    /// Facts per article, in the order given.
    public var articles: [ArticleFacts]
    /// Where articles disagree: numbers first, then relations, then dates.
    public var disagreements: [Disagreement]

    /// Compares the articles of one story.
    ///
    /// - Throws: ``LinimasaError/Code/invalidData`` when one of the pack's `cluster-*` tables is malformed.
    public init(articles analyzed: [AnalyzedArticle], pack: any LanguagePack) throws {
        let words = try ClusterWords(pack: pack)
        var reader = FactReader(pack: pack, words: words)
        let read = analyzed.map { reader.read($0) }
        articles = zip(analyzed, read).map {
            ArticleFacts(articleID: $0.article.id, outlet: $0.article.outlet, facts: $1.facts)
        }
        var found: [Disagreement] = []
        found += Self.disagreements(read, kind: .number, factKind: .number)
        found += Self.disagreements(read, kind: .relation, factKind: .relation)
        found += Self.eventDateDisagreements(read)
        found += Self.accountDateDisagreements(read)
        found += Self.sentenceDateDisagreements(read)
        disagreements = Self.merged(found)
    }

    /// Groups facts of `factKind` by `about` and reports groups where two articles share no value.
    static func disagreements(_ read: [FactReader.Result], kind: Disagreement.Kind, factKind: Fact.Kind)
        -> [Disagreement]
    {
        var order: [String] = []
        var byAbout: [String: [(article: Int, fact: Fact)]] = [:]
        for (index, result) in read.enumerated() {
            for fact in result.facts where fact.kind == factKind {
                if byAbout[fact.about] == nil { order.append(fact.about) }
                byAbout[fact.about, default: []].append((index, fact))
            }
        }
        var found: [Disagreement] = []
        for about in order {
            let entries = byAbout[about] ?? []
            var values: [Int: Set<String>] = [:]
            for entry in entries { values[entry.article, default: []].insert(entry.fact.value) }
            // An article giving several values for one quantity is ambiguous: leave it out.
            let clear = values.filter { $0.value.count <= (factKind == .number ? 2 : 1) }
            let articles = clear.keys.sorted()
            var conflicting = false
            outer: for (i, a) in articles.enumerated() {
                for b in articles[(i + 1)...] where clear[a]!.isDisjoint(with: clear[b]!) {  // keys of `clear`
                    if read[a].articleID == read[b].articleID { continue }
                    conflicting = true
                    break outer
                }
            }
            guard conflicting else { continue }
            var sides: [Disagreement.Side] = []
            var seen = Set<[String]>()
            for entry in entries where clear[entry.article] != nil {
                guard seen.insert([read[entry.article].articleID, entry.fact.value]).inserted else { continue }
                sides.append(
                    Disagreement.Side(
                        articleID: read[entry.article].articleID,
                        outlet: read[entry.article].outlet,
                        value: entry.fact.value,
                        text: entry.fact.text,
                        evidence: entry.fact.evidence
                    )
                )
            }
            found.append(Disagreement(kind: kind, about: about, sides: sides))
        }
        return found
    }

    /// One disagreement per kind and subject, with every article's side once.
    static func merged(_ found: [Disagreement]) -> [Disagreement] {
        var order: [[String]] = []
        var byKey: [[String]: Disagreement] = [:]
        for disagreement in found {
            let key = [disagreement.kind.rawValue, disagreement.about]
            guard var existing = byKey[key] else {
                order.append(key)
                byKey[key] = disagreement
                continue
            }
            for side in disagreement.sides
            where !existing.sides.contains(where: { $0.articleID == side.articleID && $0.value == side.value }) {
                existing.sides.append(side)
            }
            byKey[key] = existing
        }
        return order.compactMap { byKey[$0] }
    }

    /// Events of the same type and actors, dated on different days, whose sentences share at least
    /// three content stems (so two statements on two days are not taken for one).
    static func eventDateDisagreements(_ read: [FactReader.Result]) -> [Disagreement] {
        var found: [Disagreement] = []
        var reported = Set<[String]>()
        for (i, a) in read.enumerated() {
            for b in read[(i + 1)...] where a.articleID != b.articleID {
                for x in a.datedEvents {
                    for y in b.datedEvents where x.about == y.about && x.day != y.day {
                        guard x.stems.intersection(y.stems).count >= 3 else { continue }
                        guard reported.insert([a.articleID, b.articleID, x.about]).inserted else { continue }
                        found.append(
                            Disagreement(
                                kind: .date,
                                about: x.about,
                                sides: [
                                    Disagreement.Side(
                                        articleID: a.articleID,
                                        outlet: a.outlet,
                                        value: x.day,
                                        text: x.trigger,
                                        evidence: x.evidence
                                    ),
                                    Disagreement.Side(
                                        articleID: b.articleID,
                                        outlet: b.outlet,
                                        value: y.day,
                                        text: y.trigger,
                                        evidence: y.evidence
                                    ),
                                ]
                            )
                        )
                    }
                }
            }
        }
        return found
    }

    /// The most days between two outlets' dates for one event that still count as a disagreement
    /// about one event rather than two events: 7.
    public static let accountDayGap = 7

    /// One event type and actors that two articles each date explicitly, on different days with
    /// none in common (at most ``accountDayGap`` apart), where an explicitly dated sentence of one
    /// shares at least three content stems with all the sentences the other writes about it.
    static func accountDateDisagreements(_ read: [FactReader.Result]) -> [Disagreement] {
        var found: [Disagreement] = []
        for (i, a) in read.enumerated() {
            for b in read[(i + 1)...] where a.articleID != b.articleID {
                for about in a.accounts.keys.sorted() {
                    guard let x = a.accounts[about], let y = b.accounts[about], !x.explicit.isEmpty, !y.explicit.isEmpty
                    else { continue }
                    let daysA = Set(x.explicit.map(\.day))
                    let daysB = Set(y.explicit.map(\.day))
                    guard daysA.isDisjoint(with: daysB) else { continue }
                    let retold =
                        x.explicit.contains { $0.stems.intersection(y.stems).count >= 3 }
                        || y.explicit.contains { $0.stems.intersection(x.stems).count >= 3 }
                    guard retold else { continue }
                    let gaps = daysA.flatMap { d in daysB.compactMap { e -> Int? in
                        guard let p = CalendarDate(iso: d), let q = CalendarDate(iso: e) else { return nil }
                        return abs(p.daysSinceEpoch - q.daysSinceEpoch)
                    } }
                    guard let gap = gaps.min(), gap <= accountDayGap else { continue }
                    func sides(_ result: FactReader.Result, _ account: FactReader.Account) -> [Disagreement.Side] {
                        var seen = Set<String>()
                        return account.explicit.compactMap { event in
                            guard seen.insert(event.day).inserted else { return nil }
                            return Disagreement.Side(
                                articleID: result.articleID,
                                outlet: result.outlet,
                                value: event.day,
                                text: event.trigger,
                                evidence: event.evidence
                            )
                        }
                    }
                    found.append(Disagreement(kind: .date, about: about, sides: sides(a, x) + sides(b, y)))
                }
            }
        }
        return found
    }

    /// Very similar sentences of two articles (Jaccard of content stems at least 0.5), each
    /// with exactly one day, on different days.
    static func sentenceDateDisagreements(_ read: [FactReader.Result]) -> [Disagreement] {
        var found: [Disagreement] = []
        var reported = Set<[String]>()
        for (i, a) in read.enumerated() {
            for b in read[(i + 1)...] where a.articleID != b.articleID {
                for x in a.datedSentences {
                    for y in b.datedSentences where x.day != y.day {
                        let shared = x.stems.intersection(y.stems).count
                        let union = x.stems.union(y.stems).count
                        guard union > 0, Double(shared) / Double(union) >= 0.5 else { continue }
                        guard reported.insert([a.articleID, b.articleID, x.text]).inserted else { continue }
                        found.append(
                            Disagreement(
                                kind: .date,
                                about: "the day of: " + String(x.text.prefix(80)),
                                sides: [
                                    Disagreement.Side(
                                        articleID: a.articleID,
                                        outlet: a.outlet,
                                        value: x.day,
                                        text: x.timeText,
                                        evidence: x.text
                                    ),
                                    Disagreement.Side(
                                        articleID: b.articleID,
                                        outlet: b.outlet,
                                        value: y.day,
                                        text: y.timeText,
                                        evidence: y.text
                                    ),
                                ]
                            )
                        )
                    }
                }
            }
        }
        return found
    }
}
