internal import LinimasaCore

extension EventScan {
    /// Source and target actors of a trigger, by its frame.
    mutating func actors(for match: Match, clause: Range<Int>, sentence: Range<Int>) -> [Event.Actor] {
        var sources: [Int] = []
        var targets: [Int] = []
        var pronoun: EventWords.Cue?
        let surface = lower[match.first]
        switch match.trigger.frame {
        case .none:
            return []
        case .act:
            (sources, pronoun) = subjects(before: match.first, sentence: sentence)
            targets = objects(after: match.last, sentence: sentence).targets
        case .passive:
            (targets, pronoun) = subjects(before: match.first, sentence: sentence)
            sources = objects(after: match.last, sentence: sentence).agents
        case .speech:
            if let speaker = speaker(near: match, sentence: sentence) {
                sources = [speaker]
            } else {
                (sources, pronoun) = subjects(before: match.first, sentence: sentence)
            }
            targets = objects(after: match.last, sentence: sentence).recipients
        case .after:
            if let speaker = speaker(near: match, sentence: sentence) {
                sources = [speaker]
            } else {
                let next = match.last + 1
                if next < sentence.upperBound, mentionAt[next] >= 0, isActor(mentionAt[next]) {
                    sources = [mentionAt[next]]
                } else {
                    pronoun = .person
                }
            }
        case .noun:
            let genitive = genitives(after: match.last, sentence: sentence)
            let found = objects(after: match.last, sentence: sentence)
            if !genitive.isEmpty {
                sources = genitive
                targets = found.recipients
            } else if surface.hasSuffix("nya") {
                pronoun = .person
                targets = found.recipients
            } else {
                (sources, pronoun) = subjects(before: match.first, sentence: sentence)
                targets = found.recipients.isEmpty ? found.targets : found.recipients
                if sources.isEmpty, pronoun == nil { sources = frontedSubject(after: match.last, sentence: sentence) }
            }
        }
        var result: [Event.Actor] = []
        var seen: Set<String> = []
        if sources.isEmpty, let pronoun {
            for entity in antecedents(pronoun, before: tokens[sentence.lowerBound].start, cue: match) {
                let linked = entities[entity]
                if seen.insert(linked.id).inserted { result.append(actor(linked, .source)) }
            }
        }
        for mention in sources {
            let linked = entities[mentions[mention].entity]
            if seen.insert(linked.id).inserted { result.append(actor(linked, .source)) }
        }
        for mention in targets {
            let linked = entities[mentions[mention].entity]
            // A city after the verb is where, not whom (`… di Istana Merdeka, Jakarta`).
            if linked.type == .geopolitical, let country = affiliations[linked.id], country != linked.id { continue }
            if seen.insert(linked.id).inserted { result.append(actor(linked, .target)) }
        }
        return result
    }

    func actor(_ entity: LinkedEntity, _ role: Event.Actor.Role) -> Event.Actor {
        Event.Actor(id: entity.id, name: entity.name, role: role, affiliation: affiliations[entity.id])
    }

    /// Whether a mention can be an actor: a person, organisation or geopolitical entity that
    /// neither follows a place word nor names the country of a person's office.
    func isActor(_ mention: Int) -> Bool {
        let type = entities[mentions[mention].entity].type
        guard type == .person || type == .organization || type == .geopolitical else { return false }
        let first = firstToken(of: mention)
        if first > 0, let (cue, _) = cue(at: first - 1, before: first), cue == .place { return false }
        if type == .geopolitical, isModifier(mention) { return false }
        return true
    }

    /// The token where a mention starts.
    func firstToken(of mention: Int) -> Int {
        let start = mentions[mention].range.start
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < start { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// `Presiden AS Joe Biden`: a country right before a person's name (up to three capitalised words between).
    func isModifier(_ mention: Int) -> Bool {
        var index = firstToken(of: mention)
        while index < tokens.count, mentionAt[index] == mention { index += 1 }
        var skipped = 0
        while index < tokens.count, skipped <= 3, !commaBefore(index) {
            let other = mentionAt[index]
            if other >= 0, other != mention {
                let type = entities[mentions[other].entity].type
                return type == .person
            }
            guard let first = bytes[tokens[index].start...].first, first >= 0x41, first <= 0x5A else { return false }
            skipped += 1
            index += 1
        }
        return false
    }

    /// Actors of the clause before token `index`, and a pronoun standing there if none is named.
    ///
    /// Walks back past a list (`A, B, dan C`) and drops relative clauses (`, yang …,`); stops at
    /// a comma or clause word once an actor is found, and after one clause word otherwise.
    func subjects(before index: Int, sentence: Range<Int>) -> ([Int], EventWords.Cue?) {
        var found: [Int] = []
        var segment: [Int] = []
        var pronoun: EventWords.Cue?
        var sawList = false
        var boundaries = 0
        var k = index - 1
        while k >= sentence.lowerBound {
            for mention in mentions(at: k).reversed()
            where !segment.contains(mention) && !found.contains(mention) && isActor(mention) {
                segment.append(mention)
            }
            if let (cue, _) = cue(at: k, before: index) {
                switch cue {
                case .boundary:
                    found += segment
                    segment = []
                    boundaries += 1
                    if !found.isEmpty || boundaries > 1 { return (found.reversed(), pronoun) }
                case .list: sawList = true
                case .person, .pair: if found.isEmpty, segment.isEmpty, pronoun == nil { pronoun = cue }
                default: break
                }
            }
            if commaBefore(k) {
                if lower[k] != "yang" { found += segment }
                segment = []
                if !found.isEmpty, !sawList { return (found.reversed(), pronoun) }
            }
            k -= 1
        }
        found += segment
        return (found.reversed(), pronoun)
    }

    /// Actors after token `index`: targets of the clause, the agent of a passive (`oleh X`),
    /// and recipients (`kepada X`, `dengan X`).
    func objects(after index: Int, sentence: Range<Int>) -> (targets: [Int], agents: [Int], recipients: [Int]) {
        var targets: [Int] = []
        var agents: [Int] = []
        var recipients: [Int] = []
        var mode = 0  // 0 target, 1 agent, 2 recipient
        var boundaries = 0
        var k = index + 1
        while k < sentence.upperBound {
            if commaBefore(k), !targets.isEmpty || !agents.isEmpty || !recipients.isEmpty {
                // A list goes on (`AS, Korea Selatan, dan Ukraina`); anything else ends the clause.
                let listed = (mentionAt[k] >= 0) || (k + 1 < sentence.upperBound && words.cues[lower[k]]?.first?.cue == .list)
                if !listed { break }
            }
            if let (cue, _) = cue(at: k, before: sentence.upperBound) {
                switch cue {
                case .boundary:
                    boundaries += 1
                    if !targets.isEmpty || !agents.isEmpty || !recipients.isEmpty || boundaries > 1 {
                        return (targets, agents, recipients)
                    }
                case .agent: mode = 1
                case .recipient: mode = 2
                default: break
                }
            }
            for mention in mentions(at: k)
            where isActor(mention) && !targets.contains(mention) && !agents.contains(mention)
                && !recipients.contains(mention)
            {
                switch mode {
                case 1: agents.append(mention)
                case 2: recipients.append(mention)
                default: targets.append(mention)
                }
            }
            k += 1
        }
        return (targets, agents, recipients)
    }

    /// The actors right after a noun trigger (`kunjungan Belousov`, `klaim AS, Korea Selatan, dan Ukraina`),
    /// past at most two lowercase words (`kunjungan kenegaraan Presiden Macron`).
    func genitives(after index: Int, sentence: Range<Int>) -> [Int] {
        var k = index + 1
        var skipped = 0
        while k < sentence.upperBound, mentionAt[k] < 0, skipped < 2, !commaBefore(k) {
            if cue(at: k, before: sentence.upperBound) != nil { return [] }
            guard let first = bytes[tokens[k].start...].first, first >= 0x61, first <= 0x7A else { break }
            k += 1
            skipped += 1
        }
        guard k < sentence.upperBound, mentionAt[k] >= 0, !commaBefore(k) || skipped == 0 else { return [] }
        var found: [Int] = []
        while k < sentence.upperBound {
            if mentionAt[k] >= 0 {
                for mention in mentions(at: k) where isActor(mention) && !found.contains(mention) { found.append(mention) }
            } else if let (cue, _) = cue(at: k, before: sentence.upperBound), cue == .list {
                // joins the next name
            } else if let first = bytes[tokens[k].start...].first, first >= 0x41, first <= 0x5A {
                // a title word before the next name (`Presiden`)
            } else {
                break
            }
            k += 1
        }
        return found
    }

    /// The subject after a fronted phrase (`Dalam pertemuan dengan Putin pada Rabu, Kim …`).
    func frontedSubject(after index: Int, sentence: Range<Int>) -> [Int] {
        var k = index + 1
        while k < sentence.upperBound, !commaBefore(k) { k += 1 }
        guard k < sentence.upperBound else { return [] }
        var skipped = 0
        while k < sentence.upperBound, skipped < 3 {
            let mention = mentionAt[k]
            if mention >= 0 { return isActor(mention) ? [mention] : [] }
            k += 1
            skipped += 1
        }
        return []
    }

    /// The speaker of the quote nearest a speech trigger in its sentence, as a mention of that entity.
    func speaker(near match: Match, sentence: Range<Int>) -> Int? {
        let span = TextRange(start: tokens[sentence.lowerBound].start, end: tokens[sentence.upperBound - 1].end)
        let trigger = tokens[match.first].start
        var best: (distance: Int, id: String)?
        for quote in quotes where quote.kind == .statement && quote.range.overlaps(span) {
            guard let speaker = quote.speaker else { continue }
            let distance = abs(quote.range.start - trigger)
            if best == nil || distance < best!.distance { best = (distance, speaker.id) }  // best checked non-nil first
        }
        guard let id = best?.id, let entity = entities.firstIndex(where: { $0.id == id }) else { return nil }
        // The mention of that entity nearest the trigger, for a stable role and order.
        var chosen: Int?
        for (index, mention) in mentions.enumerated() where mention.entity == entity {
            if chosen == nil || abs(mention.range.start - trigger) < abs(mentions[chosen!].range.start - trigger) {
                chosen = index  // chosen checked non-nil first
            }
        }
        return chosen
    }

    /// The entities a pronoun stands for: the last person named before `offset`, or for a
    /// pair the last two (two countries for `kedua negara`).
    func antecedents(_ pronoun: EventWords.Cue, before offset: Int, cue match: Match) -> [Int] {
        let wanted = pronoun == .pair ? 2 : 1
        var countries = false
        if pronoun == .pair {
            // `kedua negara` names countries; the other pair cues name people.
            for index in max(0, match.first - 4)..<match.first where lower[index] == "negara" { countries = true }
        }
        var found: [Int] = []
        var k = mentions.count - 1
        while k >= 0, found.count < wanted {
            let mention = mentions[k]
            if mention.range.end <= offset, !found.contains(mention.entity) {
                let type = entities[mention.entity].type
                if countries ? type == .geopolitical && !isModifier(k) : type == .person { found.append(mention.entity) }
            }
            k -= 1
        }
        return found.reversed()
    }

    /// The place of an event: the place-word phrase nearest the trigger, or a visit's object.
    func place(for match: Match, sentence: Range<Int>, actors: [Event.Actor]) -> EntityReference? {
        let triggerStart = tokens[match.first].start
        var best: (distance: Int, entity: Int)?
        var seen = -1
        for k in sentence {
            let mention = mentionAt[k]
            guard mention >= 0, mention != seen else { continue }
            seen = mention
            let entity = entities[mentions[mention].entity]
            guard entity.type == .geopolitical || entity.type == .location else { continue }
            let first = firstToken(of: mention)
            var placed = first > 0 && (cue(at: first - 1, before: first).map { $0.0 == .place } ?? false)
            if match.trigger.type == "VISIT", first == match.last + 1 { placed = true }
            guard placed else { continue }
            var distance = abs(mentions[mention].range.start - triggerStart)
            if mentions[mention].range.start < triggerStart { distance += 1000 }  // after the trigger first
            if best == nil || distance < best!.distance { best = (distance, mentions[mention].entity) }  // best checked non-nil first
        }
        guard let entity = best?.entity else { return nil }
        return EntityReference(id: entities[entity].id, name: entities[entity].name)
    }
}
