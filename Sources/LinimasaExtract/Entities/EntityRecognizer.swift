internal import Foundation
public import LinimasaCore

/// A name found in a body, before document-level linking.
struct EntityCandidate {
    enum Target {
        /// A knowledge-base entry, by index.
        case entry(Int32)
        /// Not in the knowledge base; named by its text.
        case unknown(EntityType)
        /// Not in the knowledge base; named by the recogniser (`North Korean television`, `KTT APEC`).
        case named(EntityType, String)
    }

    var start: Int
    var end: Int
    var firstUnit: Int
    var endUnit: Int
    var target: Target
    /// `false` for a capitalised run with no cue: kept only to be linked to a name met elsewhere in the article.
    var isCued: Bool
    /// The role of a title written before this person (`president` for "Presiden AS Joe Biden").
    var role: String?
    /// A title naming the office holder ("Presiden AS"), not a name.
    var isRole = false
}

/// Finds names in a body: knowledge-base aliases, and capitalised runs with Indonesian cues.
///
/// Rules, in order at each word:
/// 1. A title (`Presiden`, `Menteri Pertahanan`, `Anggota Parlemen`) opens a slot for a country
///    (`Presiden AS`) and a person's name. A role with a country and no name after it names the
///    office holder on the reference date.
/// 2. The longest knowledge-base alias, matching case where the alias has capitals and all
///    capitals where it is an acronym (`AS` but not `as`).
/// 3. A head word (`Kementerian`, `Universitas`, `KTT`, `kantor berita`, `TV`) and the capitalised
///    words after it.
/// 4. A run of capitalised words: a person after a title or before `, <title>`, a place after
///    `di`/`ke`/`dari`, a spelling variant of a known person (`Andrei Beloussov`); otherwise
///    uncued. Stop words (sentence-initial function words, months, days) never start or join a run.
struct EntityRecognizer {
    let kb: KnowledgeBase
    let lexicons: EntityLexicons

    private struct PendingTitle {
        var role: String?
        var start: Int
        var startUnit: Int
        var endUnit: Int
        var country: Int32?
        /// A plural or a former holder ("para pemimpin", "mantan presiden"): names no one by date.
        var isBlocked: Bool
    }

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    func candidates(
        units: UnsafeBufferPointer<TextUnit>,
        bytes: UnsafeBufferPointer<UInt8>,
        reference: CalendarDate?
    ) -> [EntityCandidate] {
        var out: [EntityCandidate] = []
        var pending: PendingTitle?
        var pendingType: (type: EntityType, endUnit: Int)?
        var i = 0
        let n = units.count

        func flushTitle() {
            guard let title = pending else { return }
            pending = nil
            guard let role = title.role, let country = title.country, let date = reference, !title.isBlocked else {
                return
            }
            if let holder = resolveRole(role, country: country, on: date) {
                out.append(
                    EntityCandidate(
                        start: title.start,
                        end: Int(units[title.endUnit - 1].end),
                        firstUnit: title.startUnit,
                        endUnit: title.endUnit,
                        target: .entry(holder),
                        isCued: true,
                        role: role,
                        isRole: true
                    )
                )
            }
        }

        // Keeps a title open over the body it belongs to ("Direktur Yayasan Mitra, Budi Santoso"), else closes it.
        func keepTitle(_ adjacent: Bool, to end: Int) {
            if adjacent, var title = pending, title.country == nil {
                title.endUnit = end
                title.role = nil
                pending = title
            } else {
                flushTitle()
            }
        }

        var sentenceHasTitle = false
        // The end of the last name read as an appositive ("..., Ri Chol Min dan Kang Song Il, ...").
        var lastAppositiveEnd = -1
        while i < n {
            let unit = units[i]
            if unit.isSentenceStart && unit.flags & TextUnit.quoted == 0 {
                flushTitle()
                pendingType = nil
            }
            if unit.isSentenceStart { sentenceHasTitle = false }
            let adjacentToTitle = pending.map { adjacent($0.endUnit, i, units, bytes) } ?? false
            if pending != nil && !adjacentToTitle { flushTitle() }
            let afterCue = pendingType.map { $0.endUnit == i && units[i].joinsPrevious } ?? false
            if !afterCue { pendingType = nil }

            let kbMatch = knowledgeBaseMatch(at: i, units: units, bytes: bytes)

            // 1. Titles.
            if let title = lexicons.title(at: i, units: units, bytes: bytes),
                kbMatch.map({ $0.end <= title.end }) ?? true
            {
                flushTitle()
                let role = title.fields.first.flatMap { $0 == "-" ? nil : $0 }
                // A title in lower case is the office in general ("hari pemilihan presiden AS"), not its holder.
                let blocked =
                    (i > 0 && lexicons.roleBlockers.fields(ofUnitKey: units[i - 1].key) != nil) || !unit.isCapitalized
                let end = portfolioEnd(at: title.end, units: units, bytes: bytes) ?? title.end
                pending = PendingTitle(
                    role: role,
                    start: Int(unit.start),
                    startUnit: i,
                    endUnit: end,
                    country: nil,
                    isBlocked: blocked
                )
                sentenceHasTitle = true
                // A title ending in a known body ("anggota DPR", "Ketua KPK") still mentions the body.
                var k = i + 1
                while k < title.end {
                    if let inner = knowledgeBaseMatch(at: k, units: units, bytes: bytes), inner.end == title.end,
                        kb.entries[Int(inner.entry)].type == .organization
                    {
                        out.append(candidate(k, inner.end, units, .entry(inner.entry)))
                        break
                    }
                    k += 1
                }
                i = end
                continue
            }

            // 2. Knowledge-base aliases.
            if let match = kbMatch {
                let entry = kb.entries[Int(match.entry)]
                // A generic body of another country: "Kementerian Perdagangan" + "Jepang" is Japan's ministry.
                if entry.type == .organization, let country = foreignCountry(after: match.end, of: entry, units, bytes),
                    lexicons.head(at: i, units: units, bytes: bytes)?.fields.first == "ORG"
                {
                    out.append(candidate(i, country.end, units, .unknown(.organization)))
                    out.append(candidate(match.end, country.end, units, .entry(country.entry)))
                    keepTitle(adjacentToTitle, to: country.end)
                    i = country.end
                    continue
                }
                if adjacentToTitle, var title = pending {
                    // The country, or the same country again in brackets ("Korea Utara (Korut)").
                    if title.country == nil || title.country == match.entry, entry.type != .person {
                        title.country = match.entry
                        title.endUnit = match.end
                        pending = title
                        out.append(candidate(i, match.end, units, .entry(match.entry)))
                        i = match.end
                        continue
                    }
                    if entry.type == .person {
                        var c = candidate(i, match.end, units, .entry(match.entry))
                        c.role = title.role
                        out.append(c)
                        pending = nil
                        i = match.end
                        continue
                    }
                }
                flushTitle()
                out.append(candidate(i, match.end, units, .entry(match.entry)))
                i = match.end
                continue
            }

            // 3. Head words.
            if let head = lexicons.head(at: i, units: units, bytes: bytes),
                let type = head.fields.first.flatMap({ EntityType(rawValue: $0) })
            {
                if unit.isCapitalized, head.end < n, units[head.end].joinsPrevious {
                    if let next = knowledgeBaseMatch(at: head.end, units: units, bytes: bytes) {
                        let entry = kb.entries[Int(next.entry)]
                        if type == .event {
                            flushTitle()
                            let short = shortName(entry)
                            let headText = String(decoding: bytes[units[i].range], as: UTF8.self)
                            out.append(candidate(head.end, next.end, units, .entry(next.entry)))
                            out.append(candidate(i, next.end, units, .named(.event, headText + " " + short)))
                            i = next.end
                            continue
                        }
                        // "Pemerintah Kabupaten Sukabumi": Government of Sukabumi Regency.
                        if head.fields.count > 1, entry.type == .geopolitical,
                            head.fields.count < 3 || lexicons.head(at: head.end, units: units, bytes: bytes)?.fields.first == "GPE",
                            let name = Self.fill(head.fields[1], entry: entry.name)
                        {
                            keepTitle(adjacentToTitle, to: next.end)
                            out.append(candidate(i, next.end, units, .named(type, name)))
                            i = next.end
                            continue
                        }
                        // "pemerintah Tokyo" without an administrative word is the place acting (Japan's government).
                        if head.fields.count > 2, entry.type == .geopolitical {
                            flushTitle()
                            out.append(candidate(head.end, next.end, units, .entry(next.entry)))
                            i = next.end
                            continue
                        }
                        if head.fields.count > 1, entry.type == .geopolitical, entry.country == nil,
                            let demonym = lexicons.demonyms[entry.id]
                        {
                            flushTitle()
                            let name = head.fields[1].replacingOccurrences(of: "{demonym}", with: demonym)
                            out.append(candidate(head.end, next.end, units, .entry(next.entry)))
                            out.append(candidate(i, next.end, units, .named(type, name)))
                            i = next.end
                            continue
                        }
                    }
                    // Places do not run over "dan": "Kecamatan Ciemas dan Simpenan" is two places.
                    let isPlace = type == .geopolitical || type == .location
                    let end = run(
                        from: head.end,
                        units: units,
                        bytes: bytes,
                        allowKnown: true,
                        connectors: isPlace ? "-" : "ORG"
                    )
                    if end > head.end {
                        keepTitle(adjacentToTitle, to: end)
                        let template = head.fields.count > 1 ? head.fields[1] : nil
                        out.append(candidate(i, end, units, target(type, template, head.end, end, units, bytes)))
                        var after = end
                        if isPlace, end + 1 < n, lexicons.connectors.fields(ofUnitKey: units[end].key)?.first == "ORG",
                            units[end].joinsPrevious, units[end + 1].joinsPrevious, units[end + 1].isCapitalized,
                            knowledgeBaseMatch(at: end + 1, units: units, bytes: bytes) == nil
                        {
                            let second = run(
                                from: end + 1, units: units, bytes: bytes, allowKnown: false, connectors: "-")
                            if second > end + 1 {
                                out.append(
                                    candidate(end + 1, second, units, target(type, template, end + 1, second, units, bytes))
                                )
                                after = second
                            }
                        }
                        // "Institut Kajian Ekonomi Nusantara (IKEN)": the acronym in brackets is the same body.
                        if !isPlace, let acronym = bracketedAcronym(after: end, units: units, bytes: bytes) {
                            let name = String(decoding: bytes[Int(units[i].start)..<Int(units[end - 1].end)], as: UTF8.self)
                            out.append(candidate(acronym, acronym + 1, units, .named(type, name)))
                            keepTitle(adjacentToTitle, to: acronym + 1)
                            after = acronym + 1
                        }
                        // Known names inside ("Kementerian Luar Negeri Jepang") are mentions too.
                        var k = head.end
                        while k < end {
                            if let inner = knowledgeBaseMatch(at: k, units: units, bytes: bytes), inner.end <= end {
                                // Only a country keeps its own mention inside a longer name
                                // ("Kementerian Luar Negeri Jepang"); a place or body inside it is part of the name.
                                let innerEntry = kb.entries[Int(inner.entry)]
                                if innerEntry.type == .geopolitical && innerEntry.country == nil {
                                    out.append(candidate(k, inner.end, units, .entry(inner.entry)))
                                }
                                k = inner.end
                            } else {
                                k += 1
                            }
                        }
                        i = after
                        continue
                    }
                } else if !unit.isCapitalized {
                    pendingType = (type, head.end)
                    i = head.end
                    continue
                }
            }

            // Prepositions announce places.
            if !unit.isCapitalized, let place = lexicons.preposition(unit),
                let type = place.first.flatMap({ EntityType(rawValue: $0) })
            {
                flushTitle()
                pendingType = (type, i + 1)
                i += 1
                continue
            }

            // 4. Capitalised runs. Amounts ("Rp900", "US$5") are never names.
            guard unit.isCapitalized, !lexicons.isStopword(unit), !containsDigit(unit, bytes) else {
                i += 1
                continue
            }
            // A portfolio after a title ("Menteri Koordinator Bidang Perekonomian ...") belongs to the title.
            if adjacentToTitle, var title = pending, let end = portfolioEnd(at: i, units: units, bytes: bytes) {
                title.endUnit = end
                title.role = nil
                pending = title
                i = end
                continue
            }
            let end = run(from: i, units: units, bytes: bytes, allowKnown: false, connectors: "PERSON")
            guard end > i else {
                i += 1
                continue
            }
            // A unit of a body between a title and the body ("Ketua Tim Pemenangan RIDO, ...",
            // "Direktur Gempabumi dan Tsunami BMKG, ...") is part of the title, not a person.
            if adjacentToTitle, var title = pending, let body = organizationAhead(from: end, units: units, bytes: bytes) {
                title.endUnit = body
                title.role = nil
                pending = title
                i = body
                continue
            }
            var target: EntityCandidate.Target?
            var role: String?
            let isAcronym = end == i + 1 && unit.isAllCaps
            if let variant = spellingVariant(i, end, units, bytes) {
                target = .entry(variant)
            } else if adjacentToTitle, let title = pending, !isAcronym {
                target = .unknown(.person)
                role = title.role
            } else if afterCue, let cue = pendingType {
                target = .unknown(cue.type)
            } else if isAppositive(end, units, bytes) {
                target = .unknown(.person)
            } else if !isAcronym, sentenceHasTitle || lastAppositiveEnd >= 0,
                isEnclosedAppositive(i, end, afterName: lastAppositiveEnd, units, bytes)
            {
                // "Pengamat dari Universitas X, Sekar Ayuningtyas, menilai ...": a name set off by commas
                // in a clause that has a title; "Ri Chol Min dan Kang Song Il" both.
                target = .unknown(.person)
                lastAppositiveEnd = end
            } else if isAcronym, adjacentToTitle || afterCue {
                // An acronym is a body, not a person ("Ekonom IKEN").
                target = .unknown(.organization)
            }
            if adjacentToTitle {
                if target == nil { flushTitle() } else { pending = nil }
            }
            pendingType = nil
            let quoted = unit.flags & TextUnit.quoted != 0
            if let target, !(quoted && !adjacentToTitle && end - i > 1 && !isKnownTarget(target)) {
                var c = candidate(i, end, units, target)
                c.role = role
                out.append(c)
            } else {
                var c = candidate(i, end, units, .unknown(.person))
                c.isCued = false
                out.append(c)
            }
            i = end
        }
        flushTitle()
        return out
    }

    /// Whether the bytes between two units are exactly ", " (a list inside a name:
    /// "Badan Meteorologi, Klimatologi, dan Geofisika").
    @inline(__always)
    private func isCommaSpace(_ from: Int, _ to: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        to - from == 2 && bytes[from] == UInt8(ascii: ",") && bytes[from + 1] == 0x20
    }

    /// Whether the comma list starting at unit `j` ends with "dan" and a capitalised word within a few words.
    private func listClosesWithAnd(from j: Int, _ units: UnsafeBufferPointer<TextUnit>) -> Bool {
        var k = j
        while k < units.count, k - j < 6 {
            if !units[k].isCapitalized {
                return lexicons.connectors.fields(ofUnitKey: units[k].key)?.first == "ORG" && k + 1 < units.count
                    && units[k + 1].isCapitalized
            }
            k += 1
        }
        return false
    }

    /// Whether a unit has a digit in it ("Rp900", "US$5", "G20").
    private func containsDigit(_ unit: TextUnit, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = Int(unit.start)
        while k < Int(unit.end) {
            if bytes[k] >= 0x30 && bytes[k] <= 0x39 { return true }
            k += 1
        }
        return false
    }

    /// One past a portfolio that starts at `i` (`Bidang Perekonomian`, `Divisi Teknis Penyelenggaraan`),
    /// or `nil` when no portfolio word (`entity-portfolios`) is there.
    ///
    /// The portfolio runs over capitalised words up to a known name; when the run goes on with no known
    /// name, its last two words are taken as the person's name ("Divisi Teknis Rizky Pratama").
    func portfolioEnd(at i: Int, units: UnsafeBufferPointer<TextUnit>, bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard i < units.count, units[i].isCapitalized, units[i].joinsPrevious,
            lexicons.portfolios.fields(ofUnitKey: units[i].key) != nil
        else { return nil }
        let end = run(from: i + 1, units: units, bytes: bytes, allowKnown: false, connectors: "ORG")
        guard end > i + 1 else { return i + 1 }
        let reachesName = end < units.count && units[end].joinsPrevious
            && knowledgeBaseMatch(at: end, units: units, bytes: bytes) != nil
        if reachesName || end - (i + 1) < 3 { return end }
        return end - 2
    }

    /// Where a known organisation starts after capitalised words and connectors from `end`, if one does
    /// before anything else ("Tim Pemenangan RIDO", "Gempabumi dan Tsunami BMKG").
    private func organizationAhead(
        from end: Int,
        units: UnsafeBufferPointer<TextUnit>,
        bytes: UnsafeBufferPointer<UInt8>
    ) -> Int? {
        var k = end
        while k < units.count, k - end < 6, units[k].joinsPrevious {
            if let match = knowledgeBaseMatch(at: k, units: units, bytes: bytes) {
                let type = kb.entries[Int(match.entry)].type
                return type == .organization || type == .media ? k : nil
            }
            if !units[k].isCapitalized && lexicons.connectors.fields(ofUnitKey: units[k].key)?.first != "ORG" {
                return nil
            }
            k += 1
        }
        return nil
    }

    /// Whether the run `i..<end` is set off like an appositive name: after ", " (or after " dan " right
    /// after another appositive name) and before ",", " (52),", or " dan " and another capitalised word.
    private func isEnclosedAppositive(
        _ i: Int,
        _ end: Int,
        afterName previous: Int,
        _ units: UnsafeBufferPointer<TextUnit>,
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard i > 0, end < units.count, end - i <= 4 else { return false }
        let before = bytes[Int(units[i - 1].end)..<Int(units[i].start)]
        let afterComma = before.elementsEqual(", ".utf8)
        let afterAnd = previous == i - 1 && lexicons.connectors.fields(ofUnitKey: units[i - 1].key)?.first == "ORG"
        guard afterComma || afterAnd else { return false }
        var k = Int(units[end - 1].end)
        // An age in brackets: "Enah (52),".
        if k + 1 < bytes.count, bytes[k] == 0x20, bytes[k + 1] == UInt8(ascii: "(") {
            var j = k + 2
            while j < bytes.count, bytes[j] >= 0x30 && bytes[j] <= 0x39 { j += 1 }
            guard j > k + 2, j < bytes.count, bytes[j] == UInt8(ascii: ")") else { return false }
            k = j + 1
        }
        guard k < bytes.count else { return false }
        if bytes[k] == UInt8(ascii: ",") { return true }
        // "X dan Y,": the next name decides.
        return lexicons.connectors.fields(ofUnitKey: units[end].key)?.first == "ORG" && end + 1 < units.count
            && units[end].joinsPrevious && units[end + 1].joinsPrevious && units[end + 1].isCapitalized
    }

    /// The unit of an all-capitals acronym in brackets right after unit `end - 1` ("... Nusantara (IKEN)").
    private func bracketedAcronym(
        after end: Int,
        units: UnsafeBufferPointer<TextUnit>,
        bytes: UnsafeBufferPointer<UInt8>
    ) -> Int? {
        guard end < units.count, units[end].isAllCaps, units[end].flags & TextUnit.tokenContinuation == 0,
            end + 1 >= units.count || units[end + 1].flags & TextUnit.tokenContinuation == 0
        else { return nil }
        let before = bytes[Int(units[end - 1].end)..<Int(units[end].start)]
        let close = Int(units[end].end)
        guard before.elementsEqual(" (".utf8), close < bytes.count, bytes[close] == UInt8(ascii: ")") else {
            return nil
        }
        return knowledgeBaseMatch(at: end, units: units, bytes: bytes) == nil ? end : nil
    }

    /// The target of a head-word name: `template` (`{words}`, `{words} Regency`) filled with the words
    /// after the head, less trailing legal forms (`Tbk`); `unknown` by its text without a template.
    private func target(
        _ type: EntityType,
        _ template: String?,
        _ first: Int,
        _ end: Int,
        _ units: UnsafeBufferPointer<TextUnit>,
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> EntityCandidate.Target {
        var last = end
        while last > first + 1, lexicons.stopwords.fields(ofUnitKey: units[last - 1].key)?.first == "suffix" {
            last -= 1
        }
        let words = String(decoding: bytes[Int(units[first].start)..<Int(units[last - 1].end)], as: UTF8.self)
        if let template, template.contains("{words}") {
            return .named(type, template.replacingOccurrences(of: "{words}", with: words))
        }
        if last < end {
            let whole = String(decoding: bytes[Int(units[first - 1].start)..<Int(units[last - 1].end)], as: UTF8.self)
            return .named(type, whole)
        }
        return .unknown(type)
    }

    /// A head template naming a body of a known place: `Government of {name}` with the place's name,
    /// `{base} Regional Disaster Management Agency` with it less `Regency` / `City`; `nil` for other templates.
    static func fill(_ template: String, entry name: String) -> String? {
        if template.contains("{name}") { return template.replacingOccurrences(of: "{name}", with: name) }
        guard template.contains("{base}") else { return nil }
        var base = name
        for suffix in [" Regency", " City"] where base.hasSuffix(suffix) { base.removeLast(suffix.count) }
        return template.replacingOccurrences(of: "{base}", with: base)
    }

    /// Reads bare country names as national teams in an article about a match.
    ///
    /// An article is about a match when it names a national team (`Timnas Indonesia`, an entry with id
    /// `team-…`). Then a country name is its team ("menang 1-0 atas Bahrain", "kiper Bahrain",
    /// "menjamu China"), except right after a place preposition or `asal` ("kembali dari Australia",
    /// "pelatih asal Belanda"); a preposition after a score still names the team ("kalah 1-5 dari Australia").
    func readTeams(
        _ candidates: inout [EntityCandidate],
        units: UnsafeBufferPointer<TextUnit>,
        bytes: UnsafeBufferPointer<UInt8>
    ) {
        guard !kb.teamByCountry.isEmpty else { return }
        let hasTeam = candidates.contains { candidate in
            if case .entry(let e) = candidate.target { return kb.entries[Int(e)].id.hasPrefix("team-") }
            return false
        }
        guard hasTeam else { return }
        for index in candidates.indices where !candidates[index].isRole {
            guard case .entry(let e) = candidates[index].target else { continue }
            let entry = kb.entries[Int(e)]
            guard entry.type == .geopolitical, entry.country == nil, let team = kb.teamByCountry[entry.id] else {
                continue
            }
            let first = candidates[index].firstUnit
            if first > 0, !units[first - 1].isCapitalized, lexicons.preposition(units[first - 1]) != nil {
                let afterScore =
                    first > 1
                    && (units[first - 2].flags & TextUnit.digitStart != 0
                        || lexicons.matchWords.fields(ofUnitKey: units[first - 2].key) != nil)
                if !afterScore { continue }
            }
            candidates[index].target = .entry(team)
        }
    }

    /// A country right after a knowledge-base body that belongs to another country, or to none.
    private func foreignCountry(
        after end: Int,
        of entry: KnowledgeBase.Entry,
        _ units: UnsafeBufferPointer<TextUnit>,
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> (end: Int, entry: Int32)? {
        guard end < units.count, units[end].joinsPrevious,
            let next = knowledgeBaseMatch(at: end, units: units, bytes: bytes)
        else { return nil }
        let country = kb.entries[Int(next.entry)]
        guard country.type == .geopolitical, country.country == nil, country.id != entry.country else { return nil }
        return next
    }

    private func isKnownTarget(_ target: EntityCandidate.Target) -> Bool {
        if case .entry = target { return true }
        return false
    }

    private func candidate(
        _ first: Int,
        _ end: Int,
        _ units: UnsafeBufferPointer<TextUnit>,
        _ target: EntityCandidate.Target
    ) -> EntityCandidate {
        EntityCandidate(
            start: Int(units[first].start),
            end: Int(units[end - 1].end),
            firstUnit: first,
            endUnit: end,
            target: target,
            isCued: true,
            role: nil
        )
    }

    /// The longest knowledge-base alias starting at unit `i`, honouring the alias's capitals.
    func knowledgeBaseMatch(
        at i: Int,
        units: UnsafeBufferPointer<TextUnit>,
        bytes: UnsafeBufferPointer<UInt8>
    ) -> (end: Int, entry: Int32)? {
        guard units[i].words & WordFlags.knowledgeBase != 0, var node = kb.nodes[units[i].key] else { return nil }
        var key = units[i].key
        var j = i
        var best: (end: Int, entry: Int32)?
        while true {
            // Longer matches come later; at one length the first alias loaded wins.
            for alias in node.aliases where Int(alias.units) == j - i + 1 && caseMatches(alias, i, units) {
                best = (j + 1, alias.entry)
                break
            }
            guard node.isPrefix, j + 1 < units.count,
                units[j + 1].joinsPrevious || isCommaSpace(Int(units[j].end), Int(units[j + 1].start), bytes)
            else { break }
            j += 1
            key = NameKey.extend(key, bytes, units[j].range)
            guard let next = kb.nodes[key] else { break }
            node = next
        }
        guard let match = best else { return nil }
        if match.end == i + 1 && lexicons.isStopword(units[i]) { return nil }
        // A common word that is also a name is not one inside a capitalised run ("Konsensus Lima Poin").
        if match.end == i + 1, i > 0, units[i].joinsPrevious, units[i - 1].isCapitalized,
            units[i].words & WordFlags.stopword != 0,
            lexicons.stopwords.fields(ofUnitKey: units[i].key)?.first == "initial"
        {
            return nil
        }
        return match
    }

    @inline(__always)
    private func caseMatches(_ alias: KnowledgeBase.AliasRef, _ i: Int, _ units: UnsafeBufferPointer<TextUnit>) -> Bool
    {
        var k = 0
        while k < Int(alias.units) {
            let bit = UInt32(1) << UInt32(k)
            let unit = units[i + k]
            if alias.capitalMask & bit != 0 && !unit.isCapitalized { return false }
            if alias.acronymMask & bit != 0 && !unit.isAllCaps { return false }
            k += 1
        }
        return true
    }

    /// One past the last unit of the capitalised run starting at `i` (or `i` when there is none).
    ///
    /// A run continues over capitalised words and numbers joined by spaces or hyphens, and over
    /// `connectors` of the given kind between capitalised words; it stops at stop words, at
    /// punctuation, and (unless `allowKnown`) where a knowledge-base alias or a title begins.
    func run(
        from i: Int,
        units: UnsafeBufferPointer<TextUnit>,
        bytes: UnsafeBufferPointer<UInt8>,
        allowKnown: Bool,
        connectors: String
    ) -> Int {
        var j = i
        var end = i
        while j < units.count, j - i < 10 {
            let unit = units[j]
            // "Pusat Data, Informasi, dan Komunikasi": a list inside a name, closed by "dan".
            let listed =
                connectors == "ORG" && j > i && isCommaSpace(Int(units[j - 1].end), Int(unit.start), bytes)
                && listClosesWithAnd(from: j, units)
            if j > i && !unit.joinsPrevious && !listed { break }
            if unit.isCapitalized || (j > i && unit.flags & TextUnit.digitStart != 0) {
                if lexicons.isAlwaysStopword(unit) || (j == i && lexicons.isStopword(unit)) { break }
                if j > i && !allowKnown {
                    if knowledgeBaseMatch(at: j, units: units, bytes: bytes) != nil { break }
                    if lexicons.title(at: j, units: units, bytes: bytes) != nil { break }
                }
                // A body's name ends at the acronym of the body it belongs to ("... Kebencanaan BNPB").
                if j > i, allowKnown, unit.isAllCaps, let known = knowledgeBaseMatch(at: j, units: units, bytes: bytes),
                    known.end == j + 1, kb.entries[Int(known.entry)].type == .organization
                {
                    end = j + 1
                    break
                }
                j += 1
                end = j
            } else if j > i, lexicons.connectors.fields(ofUnitKey: unit.key)?.first == connectors,
                j + 1 < units.count, units[j + 1].isCapitalized, units[j + 1].joinsPrevious
            {
                j += 1
            } else {
                break
            }
        }
        return end
    }

    /// Whether the units from `i` to `end` only have spaces, brackets or commas between them.
    private func adjacent(
        _ end: Int,
        _ next: Int,
        _ units: UnsafeBufferPointer<TextUnit>,
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard end == next, end > 0, next < units.count else { return false }
        if units[next].joinsPrevious { return true }
        var k = Int(units[end - 1].end)
        // "PT Sinar Maju Tbk. Budi": the full stop of a legal form does not end the title.
        let afterSuffix = lexicons.stopwords.fields(ofUnitKey: units[end - 1].key)?.first == "suffix"
        while k < Int(units[next].start) {
            let b = bytes[k]
            if !(b == 0x20 || b == UInt8(ascii: "(") || b == UInt8(ascii: ")") || b == UInt8(ascii: ",")
                || (afterSuffix && b == UInt8(ascii: ".")))
            {
                return false
            }
            k += 1
        }
        return true
    }

    /// Whether a comma and a title follow the run ending before unit `end` ("Jeffrey Lewis, direktur ...").
    private func isAppositive(_ end: Int, _ units: UnsafeBufferPointer<TextUnit>, _ bytes: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard end < units.count, end > 0 else { return false }
        var k = Int(units[end - 1].end)
        var sawComma = false
        while k < Int(units[end].start) {
            let b = bytes[k]
            if b == UInt8(ascii: ",") && !sawComma {
                sawComma = true
            } else if b != 0x20 {
                return false
            }
            k += 1
        }
        return sawComma && lexicons.title(at: end, units: units, bytes: bytes) != nil
    }

    /// A known person whose name differs from the run only in spelling (`Andrei Beloussov` ~ `Andrei Belousov`).
    func spellingVariant(
        _ i: Int,
        _ end: Int,
        _ units: UnsafeBufferPointer<TextUnit>,
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Int32? {
        guard end - i >= 2 else { return nil }
        let first = kb.personNamesByUnit[units[i].key] ?? []
        let last = kb.personNamesByUnit[units[end - 1].key] ?? []
        guard !first.isEmpty || !last.isEmpty else { return nil }
        let text = NameKey.compact(
            String(decoding: bytes[Int(units[i].start)..<Int(units[end - 1].end)], as: UTF8.self)
        )
        var best: (entry: Int32, distance: Int)?
        for name in first + last where name.units == end - i {
            let limit = allowedEdits(forLength: text.count)
            let distance = editDistance(text, name.compact, limit: limit)
            if distance <= limit, best.map({ distance < $0.distance }) ?? true { best = (name.entry, distance) }
        }
        return best?.entry
    }

    /// The holder of `role` of entry `country` on `date`; `leader` falls back to president, then prime minister.
    func resolveRole(_ role: String, country: Int32, on date: CalendarDate) -> Int32? {
        let countryID = kb.entries[Int(country)].id
        let roles = role == "leader" ? ["leader", "president", "prime-minister"] : [role]
        for candidate in roles {
            let holders = kb.holderIndices(of: candidate, country: countryID).filter { $0.office.isHeld(on: date) }
            if holders.count == 1 { return holders[0].entry }
            if holders.count > 1 { return nil }
        }
        return nil
    }

    /// The shortest all-capitals alias of an entry (`APEC`), else its name.
    func shortName(_ entry: KnowledgeBase.Entry) -> String {
        let acronyms = ([entry.name] + entry.aliases).filter { alias in
            alias.utf8.count >= 2 && alias.utf8.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) }
        }
        return acronyms.min { $0.utf8.count < $1.utf8.count } ?? entry.name
    }
}
