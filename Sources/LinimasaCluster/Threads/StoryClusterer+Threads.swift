extension StoryClusterer {
    /// Entities of a story that speak for it in its thread.
    static let threadEntityCount = 12
    /// Threads looked at per shared entity, the most recently indexed first, so a popular entity
    /// (a president) does not make every story scan every thread of the year.
    static let threadCandidatesPerEntity = 64

    /// Refreshes the thread profile after story `serial` changed, then links its thread to the
    /// most similar other thread when the entity cosine passes the time-dependent threshold.
    ///
    /// - Returns: The ids of threads merged away.
    /// - Parameter link: Whether to look for a thread to merge with (not when restoring).
    mutating func updateThread(ofStory serial: Int, link: Bool) -> [String] {
        guard var story = stories[serial] else { return [] }
        // Story entity weights carry a full IDF; threads use its square root, so the actors a
        // thread is about (frequent in a topical corpus) still count against the rare extras.
        var weights: [Int32: Float] = [:]
        for index in story.entityCentre.heaviest(Self.threadEntityCount) {
            weights[index] = (story.entityCentre.weights[index] ?? 0) / vocabulary.entityWeight(index).squareRoot()
        }
        let contribution = SparseVector(unitFrom: weights)
        let old = story.threadContribution
        story.threadContribution = contribution
        stories[serial] = story
        if var thread = threads[story.threadSerial] {
            thread.profile.add(old, scale: -1)
            thread.profile.add(contribution)
            thread.widen(first: story.firstDay, last: story.lastDay)
            for key in contribution.indexes where thread.keys.insert(key).inserted {
                threadPostings[key, default: []].append(thread.serial)
            }
            threads[thread.serial] = thread
        }
        guard link, !contribution.isEmpty else { return [] }

        // The story alone, and the whole thread it is in, each against the other threads.
        let own = threads[story.threadSerial]
        let ownProfile = (own?.storySerials.count ?? 0) > 1 ? own?.profile.unitVector : nil
        var best: (serial: Int, score: Double)?
        var seen: Set<Int> = [story.threadSerial]
        for key in contribution.indexes {
            let postings = threadPostings[key] ?? []
            for candidate in postings.suffix(Self.threadCandidatesPerEntity).reversed() where seen.insert(candidate).inserted {
                guard let thread = threads[candidate] else { continue }
                var score = Double(thread.profile.cosine(contribution))
                if let ownProfile { score = max(score, Double(thread.profile.cosine(ownProfile))) }
                let gap = Double(thread.gap(first: story.firstDay, last: story.lastDay))
                let required = configuration.threadThreshold + configuration.threadPenaltyPerYear * gap / 365
                guard score >= required else { continue }
                if best.map({ score > $0.score }) ?? true { best = (candidate, score) }
            }
        }
        guard let best else { return [] }
        let (survivor, absorbed) =
            best.serial < story.threadSerial ? (best.serial, story.threadSerial) : (story.threadSerial, best.serial)
        return mergeThread(absorbed, into: survivor)
    }

    /// Moves every story of thread `absorbed` into `survivor`.
    mutating func mergeThread(_ absorbed: Int, into survivor: Int) -> [String] {
        guard let gone = threads.removeValue(forKey: absorbed), var kept = threads[survivor] else { return [] }
        for storySerial in gone.storySerials {
            stories[storySerial]?.threadSerial = survivor
            kept.storySerials.insert(storySerial)
        }
        for (key, weight) in gone.profile.weights {
            kept.profile.add(SparseVector(indexes: [key], weights: [weight]))
        }
        kept.widen(first: gone.firstDay, last: gone.lastDay)
        for key in gone.keys where kept.keys.insert(key).inserted {
            threadPostings[key, default: []].append(survivor)
        }
        threads[survivor] = kept
        threadAliases[gone.id] = kept.id
        return [gone.id]
    }

    /// The current id of a thread, following merges.
    public func resolvedThreadID(_ id: String) -> String { Self.resolve(id, through: threadAliases) }
}
