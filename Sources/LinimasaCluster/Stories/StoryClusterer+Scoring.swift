public import LinimasaCore

extension StoryClusterer {
    /// The best story for an article among those sharing one of its index keys, if any reaches the threshold.
    func bestStory(for features: ArticleFeatures) -> (serial: Int, score: Double)? {
        var seen = Set<Int>()
        var best: (serial: Int, score: Double)?
        func consider(_ serial: Int) {
            guard seen.insert(serial).inserted, let story = stories[serial] else { return }
            guard
                story.admits(
                    day: features.day,
                    window: configuration.joinWindowDays,
                    maximumSpan: configuration.maximumStoryDays
                )
            else { return }
            let lead = Double(story.leadCentre.cosine(features.leadTerms))
            guard lead >= configuration.leadMinimum else { return }
            let text = Double(story.centre.cosine(features.terms))
            let entities = Double(story.entityCentre.cosine(features.entities))
            let days = story.sharedDays(features.dates)
            let score =
                configuration.textWeight * text + configuration.leadWeight * lead + configuration.entityWeight * entities
                + configuration.dateWeight * days
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
        return best
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
                story.sharedDays(features.dates),
                story.admits(day: features.day, window: configuration.joinWindowDays, maximumSpan: configuration.maximumStoryDays)
            )
        }
    }
}
