public import LinimasaCore

/// Links the candidates of one article into entities (see ``EntityExtractor`` for the rules).
struct DocumentLinker {
    let kb: KnowledgeBase
    let lexicons: EntityLexicons
    let recognizer: EntityRecognizer
    let units: UnsafeBufferPointer<TextUnit>
    let bytes: UnsafeBufferPointer<UInt8>
    let reference: CalendarDate?

    /// An entity being built.
    private struct Group {
        var entry: Int32?
        var type: EntityType
        var name: String
        var compact: [UInt8]
        var mentions: [EntityMention] = []
        var roles: Set<String> = []
        /// Names written in the text (not roles like "Presiden AS"), for short names.
        var names: Set<String> = []
    }

    private var groups: [Group] = []
    private var groupByEntry: [Int32: Int] = [:]
    private var groupByCompact: [[UInt8]: Int] = [:]

    init(
        kb: KnowledgeBase,
        lexicons: EntityLexicons,
        recognizer: EntityRecognizer,
        units: UnsafeBufferPointer<TextUnit>,
        bytes: UnsafeBufferPointer<UInt8>,
        reference: CalendarDate?
    ) {
        self.kb = kb
        self.lexicons = lexicons
        self.recognizer = recognizer
        self.units = units
        self.bytes = bytes
        self.reference = reference
    }

    private func text(_ start: Int, _ end: Int) -> String { String(decoding: bytes[start..<end], as: UTF8.self) }

    mutating func link(_ candidates: [EntityCandidate]) -> [LinkedEntity] {
        var covered = [Bool](repeating: false, count: units.count)
        var uncued: [EntityCandidate] = []
        // 1. Cued candidates make entities.
        for candidate in candidates {
            guard candidate.isCued else {
                uncued.append(candidate)
                continue
            }
            let group = groupFor(candidate)
            add(candidate.start, candidate.end, to: group)
            if let role = candidate.role { groups[group].roles.insert(role) }
            if !candidate.isRole { groups[group].names.insert(text(candidate.start, candidate.end)) }
            if candidate.endUnit > candidate.firstUnit {
                for u in candidate.firstUnit..<candidate.endUnit { covered[u] = true }
            }
        }
        // 2. Short names: the first and last word of every multi-word person name of the article.
        var shortNames: [UInt64: Int] = [:]
        var ambiguous: Set<UInt64> = []
        var shortCompacts: [(compact: [UInt8], group: Int)] = []
        for (index, group) in groups.enumerated() where group.type == .person {
            var names = group.names
            names.insert(group.name)
            if let entry = group.entry { names.formUnion(kb.entries[Int(entry)].aliases) }
            for name in names {
                let words = name.split(whereSeparator: { $0 == " " })
                guard words.count >= 2 else { continue }
                for word in [words.first!, words.last!] where word.utf8.count >= 3 {  // split gave >= 2 words
                    let key = NameKey.of(String(word))
                    if let other = shortNames[key], other != index { ambiguous.insert(key) }
                    shortNames[key] = index
                    shortCompacts.append((NameKey.compact(String(word)), index))
                }
            }
        }
        for key in ambiguous { shortNames[key] = nil }
        // 3. Uncued runs that repeat a name of the article, and lone words that are a short name.
        for candidate in uncued {
            let compact = NameKey.compact(text(candidate.start, candidate.end))
            if let group = groupByCompact[compact] {
                add(candidate.start, candidate.end, to: group)
                for u in candidate.firstUnit..<candidate.endUnit { covered[u] = true }
            }
        }
        var u = 0
        while u < units.count {
            defer { u += 1 }
            let unit = units[u]
            guard !covered[u], unit.isCapitalized, unit.flags & TextUnit.tokenContinuation == 0,
                !lexicons.isAlwaysStopword(unit)
            else { continue }
            // A lone word: not glued by a hyphen to the next one ("Kim Jong-un" stays whole).
            if u + 1 < units.count, units[u + 1].flags & TextUnit.tokenContinuation != 0 { continue }
            // A title is never a short name, even when an alias starts with it ("Presiden Jokowi").
            if lexicons.title(at: u, units: units, bytes: bytes) != nil { continue }
            if let group = shortNames[unit.key] {
                add(Int(unit.start), Int(unit.end), to: group)
                covered[u] = true
                continue
            }
            let length = unit.range.count
            guard length >= 6, !shortCompacts.isEmpty else { continue }
            let compact = NameKey.compact(text(Int(unit.start), Int(unit.end)))
            let limit = allowedEdits(forLength: compact.count)
            var match: Int?
            for short in shortCompacts where short.compact.first == compact.first {
                if ambiguous.contains(NameKey.of(String(decoding: short.compact, as: UTF8.self))) { continue }
                if editDistance(compact, short.compact, limit: limit) <= limit {
                    if match != nil && match != short.group {
                        match = nil
                        break
                    }
                    match = short.group
                }
            }
            if let group = match {
                add(Int(unit.start), Int(unit.end), to: group)
                covered[u] = true
            }
        }
        // 4. "sang presiden": the one person of the article with that role.
        if !lexicons.anaphora.isEmpty {
            var k = 0
            while k < units.count {
                guard let phrase = lexicons.anaphoraPhrase(at: k, units: units, bytes: bytes),
                    let role = phrase.fields.first
                else {
                    k += 1
                    continue
                }
                let holders = groups.indices.filter { groups[$0].type == .person && holds(groups[$0], role) }
                if holders.count == 1 {
                    add(Int(units[k].start), Int(units[phrase.end - 1].end), to: holders[0])
                }
                k = phrase.end
            }
        }
        return groups.map { group in
            let entry = group.entry.map { kb.entries[Int($0)] }
            let id = entry?.linkID ?? "name:" + NameKey.slug(group.name)
            return LinkedEntity(
                id: id,
                name: group.name,
                type: group.type,
                wikidata: entry?.qid,
                mentions: group.mentions.sorted { $0.range < $1.range }
            )
        }
    }

    private func holds(_ group: Group, _ role: String) -> Bool {
        if group.roles.contains(role) { return true }
        guard let entry = group.entry else { return false }
        return kb.entries[Int(entry)].offices.contains { office in
            office.role == role && (reference.map { office.isHeld(on: $0) } ?? (office.to == nil))
        }
    }

    private mutating func add(_ start: Int, _ end: Int, to group: Int) {
        let range = TextRange(start: start, end: end)
        if groups[group].mentions.contains(where: { $0.range == range }) { return }
        groups[group].mentions.append(EntityMention(text: text(start, end), range: range))
    }

    /// The group of a cued candidate: by knowledge-base entry, by exact name, or by a spelling variant of a name.
    private mutating func groupFor(_ candidate: EntityCandidate) -> Int {
        switch candidate.target {
        case .entry(let entry):
            if let group = groupByEntry[entry] { return group }
            let e = kb.entries[Int(entry)]
            groups.append(Group(entry: entry, type: e.type, name: e.name, compact: NameKey.compact(e.name)))
            groupByEntry[entry] = groups.count - 1
            for alias in [e.name] + e.aliases { groupByCompact[NameKey.compact(alias)] = groups.count - 1 }
            return groups.count - 1
        case .unknown(let type), .named(let type, _):
            var name = text(candidate.start, candidate.end)
            if case .named(_, let given) = candidate.target { name = given }
            let compact = NameKey.compact(name)
            if let group = groupByCompact[compact] { return group }
            let limit = allowedEdits(forLength: compact.count)
            if limit > 0 {
                for (index, group) in groups.enumerated() where group.type == type && group.entry == nil {
                    if editDistance(compact, group.compact, limit: limit) <= limit {
                        groupByCompact[compact] = index
                        return index
                    }
                }
            }
            groups.append(Group(entry: nil, type: type, name: name, compact: compact))
            groupByCompact[compact] = groups.count - 1
            return groups.count - 1
        }
    }
}
