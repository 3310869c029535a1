extension StoryClusterer {
    /// Runs ``evict()`` when the newest day moved on or 1,024 articles arrived since the last run.
    mutating func sweepIfDue() {
        let day = newestDay ?? Int.min
        guard day > lastSweep.day || nextSerial - lastSweep.serial >= 1_024 else { return }
        lastSweep = (day, nextSerial)
        evict()
    }

    /// Evicts stories idle for ``StoryConfiguration/retentionDays`` behind the newest day and for
    /// ``StoryConfiguration/retentionArticles`` arrivals (or, never dated, for
    /// ``StoryConfiguration/undatedRetention`` arrivals), and threads left without
    /// stories whose last day is ``StoryConfiguration/threadRetentionDays`` behind.
    ///
    /// - Complexity: O(*s*) for *s* stories in the window, plus the evicted stories' index entries.
    mutating func evict() {
        var gone: [Int] = []
        for (serial, story) in stories {
            let idle = nextSerial - story.lastArrival
            if let last = story.lastDay {
                if let newest = newestDay, last < newest - configuration.retentionDays,
                    idle >= configuration.retentionArticles
                {
                    gone.append(serial)
                }
            } else if nextSerial - story.lastArrival > configuration.undatedRetention {
                gone.append(serial)
            }
        }
        for serial in gone.sorted() { evictStory(serial) }
        guard let newest = newestDay else { return }
        var staleThreads: [Int] = []
        for (serial, thread) in threads where thread.storySerials.isEmpty {
            if let last = thread.lastDay, last >= newest - configuration.threadRetentionDays { continue }
            if thread.lastDay == nil, !gone.isEmpty { continue }
            staleThreads.append(serial)
        }
        for serial in staleThreads {
            guard let thread = threads.removeValue(forKey: serial) else { continue }
            threadSerials[thread.id] = nil
            for key in thread.keys { removePosting(&threadPostings, key, serial) }
        }
    }

    private mutating func evictStory(_ serial: Int) {
        guard let value = story(serial: serial), let state = stories.removeValue(forKey: serial) else { return }
        evicted.append(value)
        storySerials[state.id] = nil
        for id in state.mergedIDs { storyAliases[id] = nil }
        for id in state.articleIDs { articleStories[id] = nil }
        for article in state.articleSerials { duplicateIndex.remove(serial: article) }
        for key in state.termKeys { removePosting(&termPostings, key, serial) }
        for key in state.entityKeys { removePosting(&entityPostings, key, serial) }
        threads[state.threadSerial]?.storySerials.remove(serial)
    }

    func removePosting(_ postings: inout [Int32: [Int]], _ key: Int32, _ serial: Int) {
        guard var list = postings[key] else { return }
        list.removeAll { $0 == serial }
        postings[key] = list.isEmpty ? nil : list
    }
}
