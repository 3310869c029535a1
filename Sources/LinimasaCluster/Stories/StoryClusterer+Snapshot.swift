import LinimasaCore

extension StoryClusterer {
    /// The public value of a story in the window.
    func story(serial: Int) -> Story? {
        guard let state = stories[serial] else { return nil }
        let threadID = threads[state.threadSerial]?.id ?? resolvedThreadID(state.id)
        let headline = state.titles.max { a, b in
            let x = state.centre.cosine(a.vector)
            let y = state.centre.cosine(b.vector)
            return x < y || (x == y && a.articleID > b.articleID)
        }?.text
        let top = state.entityArticles
            .sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
            .prefix(configuration.topEntityCount)
            .map { entry in
                let known = vocabulary.entities[Int(entry.key)]
                return EntityReference(id: known.id, name: known.name)
            }
        return Story(
            id: state.id,
            threadID: threadID,
            headline: headline,
            articleIDs: state.articleIDs,
            outlets: state.outlets,
            firstDate: state.firstDay.map { CalendarDate(daysSinceEpoch: $0) },
            lastDate: state.lastDay.map { CalendarDate(daysSinceEpoch: $0) },
            referenceDate: state.referenceDay.map { CalendarDate(daysSinceEpoch: $0) },
            topEntities: top,
            summary: summary(of: state),
            duplicates: state.duplicates,
            mergedStoryIDs: state.mergedIDs
        )
    }

    /// Up to ``StoryConfiguration/summarySentences`` lead sentences by centrality (cosine with
    /// the story centre), skipping any whose cosine with one already chosen exceeds 0.5
    /// (maximal marginal relevance with a hard redundancy cut).
    func summary(of state: StoryState) -> [String] {
        let ranked = state.sentences.enumerated()
            .map { (offset: $0.offset, sentence: $0.element, score: state.centre.cosine($0.element.vector)) }
            .sorted { $0.score > $1.score || ($0.score == $1.score && $0.offset < $1.offset) }
        var chosen: [ArticleFeatures.Sentence] = []
        for candidate in ranked {
            guard chosen.count < configuration.summarySentences else { break }
            if chosen.contains(where: { $0.vector.dot(candidate.sentence.vector) > 0.5 }) { continue }
            chosen.append(candidate.sentence)
        }
        return chosen.map(\.text)
    }

    /// The assignment of an article to a story as it stands.
    func assignment(articleID: String, story: StoryState, started: Bool, duplicate: DuplicateMatch?, score: Double)
        -> StoryPlacement
    {
        let reference = story.referenceDay.map { CalendarDate(daysSinceEpoch: $0) }
        let undated = story.undatedCount > 0 && story.members.contains { $0.articleID == articleID && $0.features.day == nil }
        return StoryPlacement(
            articleID: articleID,
            storyID: story.id,
            threadID: threads[story.threadSerial]?.id ?? story.id,
            startedStory: started,
            duplicateOf: duplicate,
            score: score,
            referenceDate: undated ? reference : nil,
            storyReferenceDate: reference
        )
    }
}
