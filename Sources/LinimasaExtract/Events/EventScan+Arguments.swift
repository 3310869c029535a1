internal import LinimasaCore

extension EventScan {
    /// Source and target actors of a trigger, by its frame.
    ///
    /// `clause` starts after a speech trigger earlier in the sentence (`Kim mengatakan dia akan
    /// menyerang`): the subject of the reported clause is sought after it, and a pronoun there
    /// stands for a name before it. An agent phrase (`oleh AS`) after an active or noun
    /// trigger names the source.
    /// A trigger inside a direct quote takes its actors from the quote only; with no subject
    /// there, the quote's speaker is the source (`"Kami akan membalas," kata Kim`).
    /// A charge (`melanggar`) takes the source of `speech`, the sentence's speech trigger before it.
    /// A state's act (a weapons test) adds the country of each person among its sources.
    mutating func actors(
        for match: Match,
        clause: Range<Int>,
        sentence whole: Range<Int>,
        speech: Match? = nil
    ) -> [Event.Actor] {
        var sources: [Int] = []
        var targets: [Int] = []
        var pronoun: EventWords.Cue?
        var pronounAt: Int?
        let surface = lower[match.first]
        let quote = enclosingQuote(of: match, sentence: whole)
        let sentence = quote?.tokens ?? whole
        // The subject of a clause reported by a speech verb stands after that verb.
        let bounded = clause.lowerBound > sentence.lowerBound && clause.lowerBound <= match.first
        let subjectSpan = (bounded ? clause.lowerBound : sentence.lowerBound)..<sentence.upperBound
        switch match.trigger.frame {
        case .none:
            return []
        case .act:
            (sources, pronoun, pronounAt) = subjects(before: match.first, sentence: subjectSpan, type: match.trigger.type)
            let found = objects(after: match.last, sentence: sentence)
            targets = found.targets
            // `pengumuman tarif impor oleh AS`: an agent phrase names the source.
            if !found.agents.isEmpty { (sources, pronoun) = (found.agents, nil) }
        case .passive:
            (targets, pronoun, pronounAt) = subjects(before: match.first, sentence: subjectSpan, type: match.trigger.type)
            let found = objects(after: match.last, sentence: sentence)
            sources = found.agents
            // `ditunjuk sebagai pelatih Timnas Indonesia`: the body of the role is a party.
            targets += found.roles.filter { entities[mentions[$0].entity].type == .organization }
            // `Indonesia dibantai Australia`: a name right after a passive verb is its agent.
            let next = match.last + 1
            if sources.isEmpty, next < sentence.upperBound, mentionAt[next] >= 0, firstToken(of: mentionAt[next]) == next,
                isActor(mentionAt[next], adjacent: true)
            {
                sources = [mentionAt[next]]
            }
        case .charge:
            (targets, pronoun, pronounAt) = subjects(before: match.first, sentence: subjectSpan, type: match.trigger.type)
            if let speech, let speaker = speaker(near: speech, sentence: sentence) {
                sources = [speaker]
            } else if let speech {
                sources = subjects(before: speech.first, sentence: sentence).mentions
            }
            // A pronoun subject of the offence is its target, not a source.
            if !targets.isEmpty || pronoun != nil {
                if targets.isEmpty, let pronoun, let at = pronounAt {
                    targets = antecedents(pronoun, before: tokens[at].start, sentence: whole, cue: match).compactMap {
                        entity in mentions.lastIndex { $0.entity == entity }
                    }
                }
                pronoun = nil
            }
        case .speech:
            let subject = subjects(before: match.first, sentence: sentence)
            if subject.mentions.isEmpty, subject.pronoun == .person {
                // `Ia mengatakan …`: the pronoun's antecedent, read with the sentences' topics.
                (sources, pronoun, pronounAt) = subject
            } else if let speaker = speaker(near: match, sentence: sentence) {
                sources = [speaker]
            } else {
                (sources, pronoun, pronounAt) = subject
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
            } else if !found.agents.isEmpty {
                sources = found.agents
                targets = found.recipients
            } else {
                (sources, pronoun, pronounAt) = subjects(before: match.first, sentence: subjectSpan, type: match.trigger.type)
                targets = found.recipients.isEmpty ? found.targets : found.recipients
                if sources.isEmpty, pronoun == nil { sources = frontedSubject(after: match.last, sentence: sentence) }
            }
        }
        // `Pyongyang … berjanji akan membalas`: a reported clause without a subject shares the speaker's.
        if bounded, sources.isEmpty, pronoun == nil, match.trigger.frame != .none, match.trigger.frame != .passive,
            match.trigger.frame != .charge
        {
            (sources, pronoun, pronounAt) = subjects(before: match.first, sentence: sentence)
        }
        if let quote, sources.isEmpty, pronoun == nil, match.trigger.frame != .none, let speaker = quote.speaker {
            sources = [speaker]
        }
        var result: [Event.Actor] = []
        var seen: Set<String> = []
        if sources.isEmpty, let pronoun {
            // A pronoun stands for a name before it (`Kim mengatakan dia …`, `Trump, sejak ia kembali menjabat`);
            // a noun with `-nya` or `katanya` for a name before its clause.
            let limit = pronounAt.map { tokens[$0].start } ?? tokens[bounded ? clause.lowerBound : sentence.lowerBound].start
            for entity in antecedents(pronoun, before: limit, sentence: whole, cue: match) {
                let made = actor(entities[entity], .source)
                if seen.insert(made.id).inserted { result.append(made) }
            }
        }
        for mention in sources {
            let made = actor(entities[mentions[mention].entity], .source)
            if seen.insert(made.id).inserted { result.append(made) }
        }
        for mention in targets {
            let linked = entities[mentions[mention].entity]
            // A city after a verb of movement or contact is where, not whom (`mengunjungi Pyongyang`);
            // after a verb of disapproval, threat or sanction it is its government (`menuduh Washington`).
            if isCity(linked), !EventScan.partyObjectRoots.contains(match.trigger.cameo) { continue }
            let made = actor(linked, .target)
            if seen.insert(made.id).inserted { result.append(made) }
        }
        if match.trigger.isStateAct {
            // `Kim Jong Un memimpin uji coba`: the leader tests for the state.
            for source in result where source.role == .source {
                guard let country = source.affiliation, country != source.id, let name = countryNames[country],
                    entities.contains(where: { $0.id == source.id && $0.type == .person })
                else { continue }
                if seen.insert(country).inserted {
                    result.append(Event.Actor(id: country, name: name, role: .source, affiliation: country))
                }
            }
        }
        return result
    }

    /// CAMEO roots whose object is a party, never a place: disapprove, threaten, reduce relations.
    static let partyObjectRoots: Set<String> = ["11", "13", "16"]

    /// A description naming the speaker in a quote's reporting clause (`…," kata juru bicara
    /// tersebut`: the foreign ministry named with the spokesperson before), as a mention. The quote
    /// extractor reads names there, not descriptions, so this one is preferred to its speaker.
    func reportingDescription(after quote: Quote) -> Int? {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < quote.range.end { low = mid + 1 } else { high = mid }
        }
        let verb = low
        guard verb + 1 < tokens.count, tokens[verb].start - quote.range.end <= 8,
            words.triggers[lower[verb]]?.contains(where: { $0.frame == .after }) == true
        else { return nil }
        let mention = mentionAt[verb + 1]
        guard mention >= 0, mentions[mention].isDescription, firstToken(of: mention) == verb + 1 else { return nil }
        return mention
    }

    /// Whether an entity is a city or region of a country (not the country itself).
    func isCity(_ entity: LinkedEntity) -> Bool {
        guard entity.type == .geopolitical, let country = affiliations[entity.id] else { return false }
        return country != entity.id
    }

    /// The actor an entity makes. A city acting (`Pyongyang menguji rudal`) stands for its
    /// country's government, so it becomes that country when the country's name is known.
    func actor(_ entity: LinkedEntity, _ role: Event.Actor.Role) -> Event.Actor {
        if isCity(entity), let country = affiliations[entity.id], let name = countryNames[country] {
            return Event.Actor(id: country, name: name, role: role, affiliation: country)
        }
        return Event.Actor(id: entity.id, name: entity.name, role: role, affiliation: affiliations[entity.id])
    }

    /// The direct quote holding a trigger: its tokens and its speaker as a mention.
    func enclosingQuote(of match: Match, sentence: Range<Int>) -> (tokens: Range<Int>, speaker: Int?)? {
        let trigger = TextRange(start: tokens[match.first].start, end: tokens[match.last].end)
        guard let quote = quotes.first(where: { $0.direct && $0.range.contains(trigger) }) else { return nil }
        var low = match.first
        while low > sentence.lowerBound, tokens[low - 1].start >= quote.range.start { low -= 1 }
        var high = match.last + 1
        while high < sentence.upperBound, tokens[high].end <= quote.range.end { high += 1 }
        // The speaker's mention nearest the quote's end (`…," kata Kim`).
        if let described = reportingDescription(after: quote) { return (low..<high, described) }
        var speaker: Int?
        if let id = quote.speaker?.id, let entity = entities.firstIndex(where: { $0.id == id }) {
            for (index, mention) in mentions.enumerated() where mention.entity == entity {
                if speaker == nil
                    || abs(mention.range.start - quote.range.end)
                        < abs(mentions[speaker!].range.start - quote.range.end)  // checked non-nil first
                {
                    speaker = index
                }
            }
        }
        return (low..<high, speaker)
    }

    /// Whether a mention can be an actor: a person, organisation or geopolitical entity that
    /// neither follows a place word nor names the country of a person's office.
    ///
    /// Not actors: part of a word (`BI` in `BI-Rate`); a name inside a longer name (`AS` in
    /// `Departemen Keuangan AS`); a name in a
    /// place or setting phrase (``inPlacePhrase(token:depth:)``); the source after an
    /// attribution word (`menurut Sugiono`, `dikutip Reuters`); an organisation or country
    /// naming a person's office (`Gubernur BI Perry Warjiyo`, `Presiden AS Joe Biden`); a city
    /// naming an office's domain (`wakil gubernur Jakarta`); an abbreviation in brackets right
    /// after a name (`Ridwan Kamil-Suswono (RIDO)`), which restates it.
    ///
    /// - Parameter adjacent: The mention stands right after a trigger ending in a place word
    ///   (`kalah dari Australia`), so that word is part of the trigger, not a place phrase.
    func isActor(_ mention: Int, adjacent: Bool = false) -> Bool {
        let type = entities[mentions[mention].entity].type
        guard type == .person || type == .organization || type == .geopolitical else { return false }
        let range = mentions[mention].range
        let first = firstToken(of: mention)
        // A name covers whole tokens (`BI` in `BI-Rate` names a rate, not the bank), or is one of
        // two names joined by a hyphen (`Korea Utara-Rusia`).
        guard first < tokens.count else { return false }
        var last = first
        while last + 1 < tokens.count, tokens[last + 1].start < range.end { last += 1 }
        let hyphen = UInt8(ascii: "-")
        if tokens[first].start != range.start {
            guard range.start > 0, bytes[range.start - 1] == hyphen,
                mentions.contains(where: { $0.range.end == range.start - 1 })
            else { return false }
        }
        if tokens[last].end != range.end {
            guard range.end < bytes.count, bytes[range.end] == hyphen,
                mentions.contains(where: { $0.range.start == range.end + 1 })
            else { return false }
        }
        for other in mentions(at: first) where other != mention {
            let outer = mentions[other].range
            if outer.start <= range.start, outer.end >= range.end, outer != range { return false }
        }
        if first > 0, let (cue, _) = cue(at: first - 1, before: first), cue == .attribution { return false }
        if !adjacent, inPlacePhrase(token: first, apposition: type == .geopolitical) { return false }
        if type != .person, isModifier(mention) { return false }
        if type == .geopolitical, isCity(entities[mentions[mention].entity]), followsTitle(first) { return false }
        if restatesName(mention) { return false }
        return true
    }

    /// Whether a title (`gubernur`, `wakil gubernur`, `Wali Kota`) ends right before token `index`.
    func followsTitle(_ index: Int) -> Bool {
        guard index > 0, !commaBefore(index), let options = words.titles[lower[index - 1]] else { return false }
        return options.contains { title in
            let start = index - title.count
            return start >= 0 && title.indices.allSatisfy { lower[start + $0] == title[$0] }
        }
    }

    /// Whether a mention is an abbreviation in brackets right after another name (`(RIDO)` after
    /// `Ridwan Kamil-Suswono`, `(KPU DKI Jakarta)`): it restates that name.
    func restatesName(_ mention: Int) -> Bool {
        let range = mentions[mention].range
        var before = range.start - 1
        while before >= 0, bytes[before] == 0x20 { before -= 1 }
        guard before > 0, bytes[before] == UInt8(ascii: "("), range.end < bytes.count,
            bytes[range.end] == UInt8(ascii: ")")
        else { return false }
        var end = before - 1
        while end >= 0, bytes[end] == 0x20 { end -= 1 }
        return mentions.contains { $0.range.end == end + 1 }
    }

    /// Whether token `first` stands in a place or setting phrase.
    ///
    /// Walking back from it within its noun phrase (at most six tokens, no comma, verb, trigger
    /// or cue other than a partner word between) reaches `di`, `ke`, `dari` or `dalam`: `di sela KTT ke-46 ASEAN`,
    /// `dalam Rapat Dewan Gubernur (RDG)`. With `apposition`, a name right after a comma that
    /// follows such a phrase is in it too: `di Istana Merdeka, Jakarta`.
    func inPlacePhrase(token first: Int, apposition: Bool, depth: Int = 0) -> Bool {
        var k = first - 1
        var steps = 0
        while k >= 0, steps < 6, !sentenceBreak(before: k + 1) {
            if commaBefore(k + 1) {
                guard apposition, steps == 0, depth < 3, isCapitalised(k) else { return false }
                return inPlacePhrase(token: k, apposition: true, depth: depth + 1)
            }
            if let (cue, _) = cue(at: k, before: first) {
                // `dalam konferensi pers bersama X`: a partner inside the setting is in it too.
                if cue != .partner { return cue == .place || cue == .setting }
            }
            if isTriggerHead[k] || isCue(k, .relative) { return false }
            if mentionAt[k] < 0, isVerbLike(k) { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// Whether token `index` begins with a capital letter (ASCII).
    func isCapitalised(_ index: Int) -> Bool {
        guard let first = bytes[tokens[index].start...].first else { return false }
        return first >= 0x41 && first <= 0x5A
    }

    /// A lowercase word with a verbal prefix (``EventWords/verbPrefixes``) and at least five letters.
    func isVerbLike(_ index: Int) -> Bool {
        let word = lower[index].utf8
        guard word.count >= 5, !isCapitalised(index) else { return false }
        return words.verbPrefixes.contains { word.starts(with: $0) }
    }

    /// Whether sentence-ending or clause punctuation (`.`, `!`, `?`, `;`, `:`, a quotation mark)
    /// stands between tokens `index - 1` and `index`.
    func sentenceBreak(before index: Int) -> Bool {
        guard index > 0 else { return true }
        for offset in tokens[index - 1].end..<tokens[index].start {
            switch bytes[offset] {
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"), UInt8(ascii: ":"),
                UInt8(ascii: "\""), 0xE2:
                return true
            default: continue
            }
        }
        return false
    }

    /// The token where a mention starts (the token holding its first byte).
    func firstToken(of mention: Int) -> Int {
        let start = mentions[mention].range.start
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < start { low = mid + 1 } else { high = mid }
        }
        // A name starting inside a token (`Rusia` in `Utara-Rusia`) belongs to that token.
        if low > 0, tokens[low - 1].end > start { return low - 1 }
        return low
    }

    /// `Presiden AS Joe Biden`, `Gubernur Bank Indonesia (BI) Perry Warjiyo`: a country or
    /// organisation right before a person's name (up to three capitalised words, or the same
    /// name abbreviated, between) names that person's office.
    func isModifier(_ mention: Int) -> Bool {
        var index = firstToken(of: mention)
        while index < tokens.count, mentionAt[index] == mention { index += 1 }
        var skipped = 0
        while index < tokens.count, skipped <= 3, !commaBefore(index) {
            let other = mentionAt[index]
            if other >= 0, other != mention, mentions[other].entity == mentions[mention].entity {
                index += 1
                continue
            }
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
    /// Walks back past a list (`A, B, dan C`) and drops relative clauses (`, yang …,`, also
    /// when a clause word stands inside one: `Blinken, yang bertemu Presiden sementara Korea
    /// Selatan Choi Sang-mok sebelumnya, mengutuk …`); stops at a comma or clause word once an
    /// actor is found, and after one clause word otherwise. A name right before the trigger is
    /// its subject: a verb or trigger word before that name heads another clause and ends the
    /// walk (`buka suara soal keputusan bank sentral memangkas`: the bank cuts; prepositions
    /// shaped like verbs, `melalui`, do not count). A pronoun right before the trigger in its clause
    /// (`sejak ia kembali menjabat`, `…, ia mengatakan`) is the subject: the walk ends at the
    /// clause's comma or clause word.
    ///
    /// - Returns: The actors' mentions in text order, the pronoun's cue and its token.
    func subjects(
        before index: Int,
        sentence: Range<Int>,
        type: String? = nil
    ) -> (mentions: [Int], pronoun: EventWords.Cue?, pronounAt: Int?) {
        var found: [Int] = []
        var segment: [Int] = []
        var pronoun: EventWords.Cue?
        var pronounAt: Int?
        var sawList = false
        var boundaries = 0
        let start = relativeClauseStart(before: index, sentence: sentence)
        var k = start - 1
        // A name ending right before the trigger: its subject.
        let adjacent = k >= sentence.lowerBound && mentionAt[k] >= 0
        while k >= sentence.lowerBound {
            let named = !found.isEmpty || !segment.isEmpty
            let cueHere = cue(at: k, before: index)
            if adjacent, named, cueHere == nil, mentionAt[k] < 0, isVerbLike(k) || isTriggerHead[k] {
                break
            }
            // `bank sentral memangkas BI-Rate`: a trigger of the same type before this one names the
            // same event, and the subject before it is that trigger's.
            if let type, isTrigger(k, of: type) { break }
            for mention in mentions(at: k).reversed()
            where !segment.contains(mention) && !found.contains(mention) && isActor(mention) {
                segment.append(mention)
            }
            if let (cue, _) = cueHere {
                switch cue {
                case .boundary, .purpose, .following, .preceding, .temporal:
                    found += segment
                    segment = []
                    boundaries += 1
                    if !found.isEmpty || boundaries > 1 || pronoun != nil {
                        return (found.reversed(), pronoun, pronounAt)
                    }
                case .list: sawList = true
                case .person, .pair:
                    if found.isEmpty, segment.isEmpty, pronoun == nil {
                        pronoun = cue
                        pronounAt = k
                    }
                default: break
                }
            }
            if commaBefore(k) {
                if !isCue(k, .relative) { found += segment }
                segment = []
                if !found.isEmpty, !sawList { return (found.reversed(), pronoun, pronounAt) }
                if found.isEmpty, pronoun != nil { return ([], pronoun, pronounAt) }
            }
            k -= 1
        }
        found += segment
        return (found.reversed(), pronoun, pronounAt)
    }

    /// Whether token `index` is a trigger word of `type`, as written or by its stem.
    func isTrigger(_ index: Int, of type: String) -> Bool {
        if let options = words.triggers[lower[index]], options.contains(where: { $0.type == type }) { return true }
        if let stem = stems[index], stem != lower[index], let options = words.triggers[stem] {
            return options.contains { $0.type == type }
        }
        return false
    }

    /// Where the walk back for a subject starts: `index`, or the `yang` opening a relative clause
    /// set off by commas that ends right before token `index` (at most two words between:
    /// `Blinken, yang bertemu Choi sebelumnya, kemudian mengutuk`).
    func relativeClauseStart(before index: Int, sentence: Range<Int>) -> Int {
        var close = index
        while close > sentence.lowerBound, close >= index - 2, !commaBefore(close) {
            if mentionAt[close - 1] >= 0 { return index }
            close -= 1
        }
        guard close > sentence.lowerBound, commaBefore(close) else { return index }
        var open = close - 1
        while open > sentence.lowerBound, !commaBefore(open) { open -= 1 }
        guard open > sentence.lowerBound, isCue(open, .relative) else { return index }
        return open
    }

    /// Actors after token `index`: targets of the clause, the agent of a passive (`oleh X`),
    /// recipients (`kepada X`, `dengan X`), and the names in a role phrase (`sebagai pelatih
    /// Timnas Indonesia`), which are targets too.
    func objects(
        after index: Int,
        sentence: Range<Int>
    ) -> (targets: [Int], agents: [Int], recipients: [Int], roles: [Int]) {
        var targets: [Int] = []
        var agents: [Int] = []
        var recipients: [Int] = []
        var roles: [Int] = []
        var mode = 0  // 0 target, 1 agent, 2 recipient, 3 role
        var boundaries = 0
        var k = index + 1
        while k < sentence.upperBound {
            if commaBefore(k), !targets.isEmpty || !agents.isEmpty || !recipients.isEmpty {
                // A list goes on (`AS, Korea Selatan, dan Ukraina`); anything else ends the clause.
                let listed =
                    (mentionAt[k] >= 0) || (k + 1 < sentence.upperBound && cueAt[k] >= 0 && words.cueLists[Int(cueAt[k])].first?.cue == .list)
                if !listed { break }
            }
            if let (cue, _) = cue(at: k, before: sentence.upperBound) {
                switch cue {
                case .boundary, .purpose, .following, .preceding, .temporal:
                    boundaries += 1
                    if !targets.isEmpty || !agents.isEmpty || !recipients.isEmpty || boundaries > 1 {
                        return (targets, agents, recipients, roles)
                    }
                case .agent: mode = 1
                case .recipient: mode = 2
                case .role: mode = 3
                default: break
                }
            }
            for mention in mentions(at: k)
            where isActor(mention, adjacent: k == index + 1 && firstToken(of: mention) == k)
                && !targets.contains(mention) && !agents.contains(mention) && !recipients.contains(mention)
            {
                switch mode {
                case 1: agents.append(mention)
                case 2: recipients.append(mention)
                case 3:
                    roles.append(mention)
                    targets.append(mention)
                default: targets.append(mention)
                }
            }
            k += 1
        }
        return (targets, agents, recipients, roles)
    }

    /// The actors right after a noun trigger (`kunjungan Belousov`, `klaim AS, Korea Selatan, dan Ukraina`),
    /// past at most two lowercase words (`kunjungan kenegaraan Presiden Macron`).
    func genitives(after index: Int, sentence: Range<Int>) -> [Int] {
        var k = index + 1
        var skipped = 0
        var titles = 0
        while k < sentence.upperBound, mentionAt[k] < 0, skipped < 2, titles < 3, !commaBefore(k) {
            if cue(at: k, before: sentence.upperBound) != nil { return [] }
            // a title before the name (`kunjungan kenegaraan Presiden Prancis Emmanuel Macron`)
            if isCapitalised(k) {
                titles += 1
            } else {
                guard let first = bytes[tokens[k].start...].first, first >= 0x61, first <= 0x7A else { break }
                skipped += 1
            }
            k += 1
        }
        guard k < sentence.upperBound, mentionAt[k] >= 0, !commaBefore(k) || skipped == 0 else { return [] }
        var found: [Int] = []
        while k < sentence.upperBound {
            if mentionAt[k] >= 0 {
                for mention in mentions(at: k) where isActor(mention) && !found.contains(mention) {
                    found.append(mention)
                }
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

    /// The speaker of the quote nearest a speech trigger in its sentence, as a mention of that entity
    /// (or the description naming the speaker in its reporting clause, ``reportingDescription(after:)``).
    func speaker(near match: Match, sentence: Range<Int>) -> Int? {
        let span = TextRange(start: tokens[sentence.lowerBound].start, end: tokens[sentence.upperBound - 1].end)
        let trigger = tokens[match.first].start
        var best: (distance: Int, quote: Quote)?
        for quote in quotes where quote.kind == .statement && quote.range.overlaps(span) && quote.speaker != nil {
            let distance = abs(quote.range.start - trigger)
            if best == nil || distance < best!.distance { best = (distance, quote) }  // best checked non-nil first
        }
        if let quote = best?.quote, let described = reportingDescription(after: quote) { return described }
        guard let id = best?.quote.speaker?.id, let entity = entities.firstIndex(where: { $0.id == id }) else { return nil }
        // The mention of that entity nearest the trigger, for a stable role and order.
        var chosen: Int?
        for (index, mention) in mentions.enumerated() where mention.entity == entity {
            if chosen == nil || abs(mention.range.start - trigger) < abs(mentions[chosen!].range.start - trigger) {
                chosen = index  // chosen checked non-nil first
            }
        }
        return chosen
    }

    /// The entities a pronoun stands for.
    ///
    /// A person pronoun (`ia`, `dia`, `-nya`) stands for the last person named before `offset`
    /// in its own sentence; else for the topic, the first person among the sources of the last
    /// of the three sentences before that had one (`Blinken, yang bertemu Presiden Choi,
    /// mengutuk …. Kunjungannya … setelah Presiden Yoon dimakzulkan. Ia mengatakan …`: Blinken);
    /// else for the last person named. A pair stands for the last two persons named (two
    /// countries for `kedua negara`).
    func antecedents(_ pronoun: EventWords.Cue, before offset: Int, sentence: Range<Int>, cue match: Match) -> [Int] {
        if pronoun == .person {
            let start = tokens[sentence.lowerBound].start
            var k = mentions.count - 1
            while k >= 0, mentions[k].range.start >= start {
                if mentions[k].range.end <= offset, entities[mentions[k].entity].type == .person { return [mentions[k].entity] }
                k -= 1
            }
            if let topic, sentenceNumber - topic.sentence <= 3 { return [topic.entity] }
        }
        let wanted = pronoun == .pair ? 2 : 1
        var countries = false
        if pronoun == .pair {
            // `kedua negara` names countries; the other pair cues name people.
            for index in max(0, match.first - 4)..<match.first
            where lower[index] == "negara" && index > 0
                && lower[index - 1] == "kedua"
            {
                countries = true
            }
        }
        var found: [Int] = []
        var k = mentions.count - 1
        while k >= 0, found.count < wanted {
            let mention = mentions[k]
            if mention.range.end <= offset, !found.contains(mention.entity) {
                let type = entities[mention.entity].type
                let id = entities[mention.entity].id
                let isCountry = countryNames.isEmpty ? (affiliations[id] ?? id) == id : countryNames[id] != nil
                let country = type == .geopolitical && !isModifier(k) && isCountry
                if countries ? country : type == .person { found.append(mention.entity) }
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
