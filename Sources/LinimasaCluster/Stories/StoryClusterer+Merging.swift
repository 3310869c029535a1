import LinimasaCore

/// What one ``StoryClusterer/refine(around:candidates:changes:)`` pass changed.
struct StoryChanges {
    /// Articles that left their story, with the id of the story they were in first.
    var movedFrom: [(articleID: String, storyID: String)] = []
    /// Merged-away story ids.
    var mergedStoryIDs: [String] = []
    /// Story serials whose members changed (survivors and stories that lost a member).
    var touched = Set<Int>()
    /// Threads merged away because their stories merged.
    var mergedThreadIDs: [String] = []

    mutating func noteMove(_ articleID: String, from storyID: String) {
        if !movedFrom.contains(where: { $0.articleID == articleID }) { movedFrom.append((articleID, storyID)) }
    }
}

extension StoryClusterer {
    /// Looks again at the neighbourhood of the story an article just joined or started.
    ///
    /// For each candidate story (one sharing an index key with the article), in the order found:
    /// 1. when the two stories' centres score at least ``StoryConfiguration/mergeThreshold`` by
    ///    the join rule (dates within the window, lead gate, the same weights), they merge into
    ///    the older one;
    /// 2. otherwise each of its last ``StoryConfiguration/refineMembersPerStory`` members whose
    ///    date the story admits moves over when it scores at least the join threshold here and
    ///    more than ``StoryConfiguration/moveMargin`` above its fit with the rest of its own
    ///    story (a story left with no member is merged instead, keeping the older id).
    ///
    /// - Returns: The serial of the story that now holds the article.
    /// - Complexity: O(*c* · (*s* + *m* · *k*)) for *c* candidates, centres of *s* entries and
    ///   *m* members of *k* entries each; candidates outside the date window cost O(1).
    mutating func refine(around start: Int, candidates: [Int], changes: inout StoryChanges) -> Int {
        var current = start
        for candidate in candidates where candidate != current {
            guard let story = stories[current], let other = stories[candidate] else { continue }
            if other.undatedCount == 0, let first = story.firstDay, let last = story.lastDay,
                let otherFirst = other.firstDay, let otherLast = other.lastDay,
                otherLast < first - configuration.joinWindowDays || otherFirst > last + configuration.joinWindowDays
            {
                continue
            }
            // Lead weights are never negative, so no member's lead dot with this story exceeds the
            // candidate's whole lead centre's: below the lowest lead gate, no member can move.
            let leadDot = story.leadCentre.dot(other.leadCentre)
            if let score = score(story, other, leadDot: leadDot), score >= configuration.mergeThreshold {
                current = mergeStories(current, candidate, changes: &changes)
                continue
            }
            let norm = story.leadCentre.normSquared.squareRoot()
            guard norm > 0, Double(leadDot / norm) >= min(configuration.leadMinimum, configuration.leadMinimumWithSharedDays)
            else { continue }
            for member in other.members.suffix(configuration.refineMembersPerStory) {
                guard let here = stories[current], let there = stories[candidate] else { break }
                guard
                    let score = score(
                        terms: member.features.terms,
                        lead: member.features.leadTerms,
                        entities: member.features.entities,
                        dates: member.features.dates,
                        weekdays: member.features.weekdays,
                        day: member.features.day,
                        against: here
                    ), score >= configuration.joinThreshold
                else { continue }
                guard score > fit(of: member, inOwn: there) + configuration.moveMargin else { continue }
                if there.members.count == 1 {
                    current = mergeStories(current, candidate, changes: &changes)
                    break
                }
                move(member.articleID, from: candidate, to: current, changes: &changes)
            }
        }
        return current
    }

    /// Merges two stories into the older one (the smaller serial) and their threads likewise.
    ///
    /// The merged-away id resolves to the survivor's (``StoryClusterer/resolvedStoryID(_:)``).
    /// - Returns: The survivor's serial.
    mutating func mergeStories(_ a: Int, _ b: Int, changes: inout StoryChanges) -> Int {
        let (keep, gone) = a < b ? (a, b) : (b, a)
        guard var survivor = stories[keep], let absorbed = stories.removeValue(forKey: gone) else { return a }
        for member in absorbed.members {
            survivor.add(
                member,
                title: absorbed.titles.first { $0.articleID == member.articleID },
                lead: absorbed.sentences.filter { $0.articleID == member.articleID },
                leadLimit: configuration.leadSentences
            )
            articleStories[member.articleID] = keep
            changes.noteMove(member.articleID, from: absorbed.id)
        }
        survivor.mergedIDs += [absorbed.id] + absorbed.mergedIDs
        storySerials[absorbed.id] = nil
        storyAliases[absorbed.id] = survivor.id
        for key in absorbed.termKeys {
            removePosting(&termPostings, key, gone)
            if survivor.termKeys.insert(key).inserted { termPostings[key, default: []].append(keep) }
        }
        for key in absorbed.entityKeys {
            removePosting(&entityPostings, key, gone)
            if survivor.entityKeys.insert(key).inserted { entityPostings[key, default: []].append(keep) }
        }
        if var thread = threads[absorbed.threadSerial] {
            thread.storySerials.remove(gone)
            thread.profile.add(absorbed.threadContribution, scale: -1)
            threads[absorbed.threadSerial] = thread
        }
        stories[keep] = survivor
        let (from, to) = (absorbed.threadSerial, survivor.threadSerial)
        if from != to, threads[from] != nil, threads[to] != nil {
            changes.mergedThreadIDs += from < to ? mergeThread(to, into: from) : mergeThread(from, into: to)
        }
        changes.mergedStoryIDs.append(absorbed.id)
        changes.touched.remove(gone)
        changes.touched.insert(keep)
        return keep
    }

    /// Moves one member from story `source` to story `target`.
    mutating func move(_ articleID: String, from source: Int, to target: Int, changes: inout StoryChanges) {
        guard var from = stories[source], var to = stories[target], let taken = from.remove(articleID: articleID) else { return }
        to.add(taken.member, title: taken.title, lead: taken.lead, leadLimit: configuration.leadSentences)
        for key in taken.member.features.terms.heaviest(Self.termKeysPerArticle) where to.termKeys.insert(key).inserted {
            termPostings[key, default: []].append(target)
        }
        for key in taken.member.features.entities.heaviest(Self.entityKeysPerArticle) where to.entityKeys.insert(key).inserted {
            entityPostings[key, default: []].append(target)
        }
        stories[source] = from
        stories[target] = to
        articleStories[articleID] = target
        changes.noteMove(articleID, from: from.id)
        changes.touched.insert(source)
        changes.touched.insert(target)
    }

    /// The current id of a story, following merges (an id never merged is its own).
    public func resolvedStoryID(_ id: String) -> String { Self.resolve(id, through: storyAliases) }

    /// `id` followed through `aliases` (a merged id to its survivor's) to an id not merged, in
    /// at most 64 steps.
    static func resolve(_ id: String, through aliases: [String: String]) -> String {
        var current = id
        var steps = 0
        while let next = aliases[current], steps < 64 {
            current = next
            steps += 1
        }
        return current
    }

    /// Where the articles a refine pass moved are now (the added article itself left out).
    func moves(_ changes: StoryChanges, except articleID: String) -> [StoryMove] {
        changes.movedFrom.compactMap { entry in
            guard entry.articleID != articleID, let serial = articleStories[entry.articleID], let story = stories[serial],
                story.id != entry.storyID, let member = story.members.first(where: { $0.articleID == entry.articleID })
            else { return nil }
            return StoryMove(
                articleID: entry.articleID,
                fromStoryID: entry.storyID,
                storyID: story.id,
                threadID: threads[story.threadSerial]?.id ?? story.id,
                duplicateOf: member.duplicate,
                referenceDate: member.features.day == nil ? story.referenceDay.map { CalendarDate(daysSinceEpoch: $0) } : nil
            )
        }
    }
}
