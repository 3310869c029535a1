public import LinimasaCore

extension StoryClusterer {
    /// The best story for an article among those sharing one of its index keys, if any reaches the
    /// threshold, and the stories sharing a key that admit its date or have undated members (the
    /// neighbourhood ``refine(around:candidates:changes:)`` looks at).
    func bestStory(for features: ArticleFeatures) -> (best: (serial: Int, score: Double)?, candidates: [Int]) {
        var seen = Set<Int>()
        var candidates: [Int] = []
        var best: (serial: Int, score: Double)?
        func consider(_ serial: Int) {
            guard seen.insert(serial).inserted, let story = stories[serial] else { return }
            let admitted = story.admits(
                day: features.day,
                window: configuration.joinWindowDays,
                maximumSpan: configuration.maximumStoryDays
            )
            // Outside the window only a story with undated members can give the article's story one.
            if admitted || story.undatedCount > 0 { candidates.append(serial) }
            guard admitted else { return }
            guard
                let score = score(
                    terms: features.terms,
                    lead: features.leadTerms,
                    entities: features.entities,
                    dates: features.dates,
                    weekdays: features.weekdays,
                    day: features.day,
                    against: story
                )
            else { return }
            guard score >= configuration.joinThreshold else { return }
            if best.map({ score > $0.score || (score == $0.score && serial < $0.serial) }) ?? true {
                best = (serial, score)
            }
        }
        for key in features.terms.heaviest(Self.termKeysPerArticle) {
            for serial in termPostings[key] ?? [] { consider(serial) }
        }
        for key in features.entities.heaviest(Self.entityKeysPerArticle) {
            for serial in entityPostings[key] ?? [] { consider(serial) }
        }
        return (best, candidates)
    }

    /// The score of an article (its unit vectors, mentioned days and publication day) against a
    /// story; `nil` when the story's dates do not admit it or the lead cosine is under
    /// ``StoryConfiguration/leadMinimum``.
    func score(
        terms: SparseVector,
        lead leadTerms: SparseVector,
        entities entityTerms: SparseVector,
        dates: Set<Int32>,
        weekdays: [Int],
        day: Int?,
        against story: StoryState
    ) -> Double? {
        guard story.admits(day: day, window: configuration.joinWindowDays, maximumSpan: configuration.maximumStoryDays)
        else { return nil }
        let days = story.sharedDays(dates, weekdays: weekdays)
        let lead = Double(story.leadCentre.cosine(leadTerms))
        guard lead >= leadMinimum(days) else { return nil }
        let text = Double(story.centre.cosine(terms))
        let entities = Double(story.entityCentre.cosine(entityTerms))
        return configuration.textWeight * text + configuration.leadWeight * lead + configuration.entityWeight * entities
            + configuration.dateWeight * days
    }

    /// How well a member fits the rest of its story: its score against the story without it
    /// (0 when it is the only member or fails the lead gate).
    func fit(of member: StoryState.Member, inOwn story: StoryState) -> Double {
        guard story.members.count > 1 else { return 0 }
        let days = story.sharedDays(member.features.dates, weekdays: member.features.weekdays, member: true)
        let lead = Double(story.leadCentre.cosine(without: member.features.leadTerms))
        guard lead >= leadMinimum(days) else { return 0 }
        let text = Double(story.centre.cosine(without: member.features.terms))
        let entities = Double(story.entityCentre.cosine(without: member.features.entities))
        return configuration.textWeight * text + configuration.leadWeight * lead + configuration.entityWeight * entities
            + configuration.dateWeight * days
    }

    /// The score of one story's centres against another's, by the rule an article joins by; `nil`
    /// when their dates cannot be one story or the lead centres fail the lead gate.
    ///
    /// - Parameter leadDot: The dot product of the two lead centres, when already known.
    func score(_ a: StoryState, _ b: StoryState, leadDot: Float? = nil) -> Double? {
        guard a.admits(b, window: configuration.joinWindowDays, maximumSpan: configuration.maximumStoryDays) else { return nil }
        // Share of the days the story naming fewer days names that the other names too.
        let (few, many) = a.mentionedDays.count <= b.mentionedDays.count ? (a, b) : (b, a)
        var shared = 0
        for day in few.mentionedDays.keys where many.mentionedDays[day] != nil { shared += 1 }
        let days = few.mentionedDays.isEmpty ? 0 : Double(shared) / Double(few.mentionedDays.count)
        let norms = (a.leadCentre.normSquared * b.leadCentre.normSquared).squareRoot()
        let lead = norms > 0 ? Double((leadDot ?? a.leadCentre.dot(b.leadCentre)) / norms) : 0
        guard lead >= leadMinimum(days) else { return nil }
        let text = Double(a.centre.cosine(b.centre))
        let entities = Double(a.entityCentre.cosine(b.entityCentre))
        return configuration.textWeight * text + configuration.leadWeight * lead + configuration.entityWeight * entities
            + configuration.dateWeight * days
    }

    /// The lead gate for a share of shared days: ``StoryConfiguration/leadMinimumWithSharedDays``
    /// when all days are shared, else ``StoryConfiguration/leadMinimum``.
    func leadMinimum(_ sharedDays: Double) -> Double {
        sharedDays >= 0.999 ? configuration.leadMinimumWithSharedDays : configuration.leadMinimum
    }

    /// Makes an empty story, in the thread `threadID` (made when not in memory).
    mutating func makeStory(id: String, threadID: String) -> Int {
        let serial = nextSerial
        nextSerial += 1
        let resolved = resolvedThreadID(threadID)
        let threadSerial: Int
        if let known = threadSerials[resolved], threads[known] != nil {
            threadSerial = known
        } else {
            threadSerial = serial
            threads[serial] = ThreadState(serial: serial, id: resolved)
            threadSerials[resolved] = serial
        }
        threads[threadSerial]?.storySerials.insert(serial)
        stories[serial] = StoryState(serial: serial, id: id, threadSerial: threadSerial, arrival: serial)
        storySerials[id] = serial
        return serial
    }

    /// Indexes a story under the heaviest stems and entities of a new member.
    mutating func index(_ story: inout StoryState, _ features: ArticleFeatures) {
        for key in features.terms.heaviest(Self.termKeysPerArticle) where story.termKeys.insert(key).inserted {
            termPostings[key, default: []].append(story.serial)
        }
        for key in features.entities.heaviest(Self.entityKeysPerArticle) where story.entityKeys.insert(key).inserted {
            entityPostings[key, default: []].append(story.serial)
        }
    }
}

extension StoryClusterer {
    /// The parts of the score of an article against every story in the window, for tuning and
    /// explaining a decision: `(story id, body cosine, lead cosine, entity cosine, shared days, admitted by dates)`.
    ///
    /// Counts the article into the document frequencies like ``add(_:)`` would, on a copy.
    public func explain(_ analyzed: AnalyzedArticle) -> [(storyID: String, text: Double, lead: Double, entities: Double, days: Double, admitted: Bool)] {
        var vocabulary = self.vocabulary
        let features = ArticleFeatures.make(
            analyzed,
            vocabulary: &vocabulary,
            hasher: hasher,
            pack: pack,
            weekdayNames: weekdayNames,
            leadSentences: configuration.leadSentences,
            leadVectorSentences: configuration.leadVectorSentences
        )
        return stories.keys.sorted().compactMap { serial in
            guard let story = stories[serial] else { return nil }
            return (
                story.id,
                Double(story.centre.cosine(features.terms)),
                Double(story.leadCentre.cosine(features.leadTerms)),
                Double(story.entityCentre.cosine(features.entities)),
                story.sharedDays(features.dates, weekdays: features.weekdays),
                story.admits(day: features.day, window: configuration.joinWindowDays, maximumSpan: configuration.maximumStoryDays)
            )
        }
    }
}
