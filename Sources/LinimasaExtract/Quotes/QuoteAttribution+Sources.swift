internal import LinimasaCore

/// What a source cue names.
enum RelayName {
    /// An outlet: a relay.
    case media(EntityReference)
    /// A person, organisation or other name: a speaker (`menurut Kim`) or an upstream source.
    case other(EntityReference, anchor: Int)
}

/// A source cue found in a sentence.
struct FoundCue {
    var token: Int
    var relay: EntityReference
    var isOrigin: Bool
}

extension QuoteAttribution {
    /// The name after a source cue, within its clause: the first outlet, or else the first
    /// person or name, skipping descriptors (`media pemerintah Korea Utara KCNA`,
    /// `rekaman yang disiarkan di TV Rusia`). With `mediaOnly`, a name is an outlet only if
    /// it is a MEDIA entity or holds an outlet word; otherwise any name that is not a person
    /// or a place is taken for one.
    func relay(after start: Int, mediaOnly: Bool) -> RelayName? {
        guard start < document.tokens.count else { return nil }
        let s = document.tokenSentence[start]
        let end = min(start + 8, document.tokens(ofSentence: s).upperBound)
        var m = start
        while m < end {
            if m > start, document.breakBefore(m) { break }
            if document.tokenQuoted[m] { break }
            let mention = document.tokenMention[m]
            if mention >= 0 {
                let entity = document.entities[document.mentions[mention].entity]
                let lastToken = document.mentions[mention].lastToken
                let nameWords = (m...lastToken).map { document.lower[$0] }
                switch entity.type {
                case .media:
                    return .media(reference(entity))
                case .organization where words.isMediaName(nameWords):
                    return .media(reference(entity))
                case .person, .organization:
                    return .other(reference(entity), anchor: m)
                default:
                    // A place inside a description (`media pemerintah Korea Utara`): look further,
                    // unless it opens a name with an outlet word (`TV Rusia`).
                    let run = capitalizedRun(from: m, end: end)
                    if run.count > lastToken - m + 1, words.isMediaName(run.map { document.lower[$0] }) {
                        return .media(nameReference(run))
                    }
                    m = lastToken + 1
                    continue
                }
            }
            if document.isCapitalized(m) {
                let run = capitalizedRun(from: m, end: end)
                let runWords = run.map { document.lower[$0] }
                if words.isMediaName(runWords) { return .media(nameReference(run)) }
                // Not an outlet: a person's name when it ends in a person mention, else a plain name.
                if run.contains(where: { document.mentionType($0) == .person }) {
                    let personToken = run.first { document.mentionType($0) == .person } ?? m
                    let entity = document.entities[
                        document.mentions[document.tokenMention[personToken]].entity
                    ]
                    return .other(reference(entity), anchor: personToken)
                }
                return mediaOnly ? .other(nameReference(run), anchor: m) : .media(nameReference(run))
            }
            m += 1
        }
        return nil
    }

    /// Source cues of sentence `s` that name an outlet, in text order.
    func sourceCues(in s: Int) -> [FoundCue] {
        var cues: [FoundCue] = []
        let range = document.tokens(ofSentence: s)
        var j = range.lowerBound
        while j < range.upperBound {
            defer { j += 1 }
            guard !document.tokenQuoted[j], let candidates = words.sourceCues[document.lower[j]] else {
                continue
            }
            for cue in candidates where j + cue.words.count <= range.upperBound {
                guard zip(cue.words, document.lower[j..<(j + cue.words.count)]).allSatisfy({ $0 == $1 })
                else {
                    continue
                }
                var found: RelayName?
                if cue.nameBefore {
                    found = mediaBefore(j)
                } else {
                    found = relay(after: j + cue.words.count, mediaOnly: cue.mediaOnly)
                }
                if !cue.mediaOnly, case .other(let ref, let anchor)? = found,
                    document.mentionType(anchor) == .organization
                {
                    // `dikutip dari siaran pers Sekretariat Presiden`: any organisation relays.
                    found = .media(ref)
                }
                if case .media(let ref)? = found {
                    cues.append(FoundCue(token: j, relay: ref, isOrigin: cue.isOrigin))
                }
                j += cue.words.count - 1
                break
            }
        }
        return cues
    }

    /// The outlet named right before token `j` (`KCNA` in `KCNA melaporkan`).
    func mediaBefore(_ j: Int) -> RelayName? {
        guard j > 0, !document.breakBefore(j) else { return nil }
        let mention = document.tokenMention[j - 1]
        guard mention >= 0 else { return nil }
        let entity = document.entities[document.mentions[mention].entity]
        let mentionWords = (document.mentions[mention].firstToken...(j - 1)).map { document.lower[$0] }
        guard entity.type == .media || (entity.type == .organization && words.isMediaName(mentionWords))
        else {
            return nil
        }
        return .media(reference(entity))
    }

    /// Applies the source cues of sentence `s` to the chains of their speaker and gives the
    /// quotes of `s` (`output[newQuotes]`) their relays.
    ///
    /// The cues bind to the speaker of the sentence's first attributed quote, else to the
    /// person the sentence is about, else to the article. Cues before that speaker's name
    /// relay from further away (`Menurut Yonhap, mengutip KCNA, Kim …`: KCNA then Yonhap);
    /// cues after it in text order (`kata Kim, menurut KCNA, dikutip oleh UPI`). A chain
    /// opening with an origin cue (`menurut`) replaces the speaker's chain; otherwise it
    /// extends it.
    mutating func applySourceCues(in s: Int, newQuotes: Range<Int>) {
        let cues = sourceCues(in: s)
        if !cues.isEmpty {
            var key = ""
            var anchor: Int
            if let first = output[newQuotes].first(where: {
                $0.quote.speaker != nil && $0.quote.kind == .statement
            }),
                let ref = first.quote.speaker
            {
                key = ref.id
                anchor = first.speakerAnchor ?? document.tokens(ofSentence: s).lowerBound
            } else if let subject = subject(
                inSentence: s,
                before: document.tokens(ofSentence: s).upperBound,
                personOnly: true
            ) {
                key = subject.ref.id
                anchor = subject.anchor
            } else {
                anchor = cues[cues.count - 1].token + 1
            }
            let before = cues.filter { $0.token < anchor }.reversed()
            let after = cues.filter { $0.token >= anchor }
            let ordered = Array(before) + after
            var chain: [EntityReference] = []
            for cue in ordered where !chain.contains(where: { $0.id == cue.relay.id }) {
                chain.append(cue.relay)
            }
            let isOrigin = ordered.first?.isOrigin ?? false
            if !isOrigin {
                var base = chains[key] ?? chains[""] ?? []
                base.removeAll { ref in chain.contains { $0.id == ref.id } }
                chain = base + chain
            }
            if !key.isEmpty || !isOrigin {
                // `Menurut KCNA, rudal itu terbang …` sources one fact; only a relay about no one
                // (`Dilansir dari Antara, …`) is how the whole article came.
                chains[key] = chain
            }
            let ownQuotes = output[newQuotes].contains { $0.quote.speaker?.id == key && !key.isEmpty }
            if !isOrigin, !ownQuotes, !key.isEmpty {
                // A trailing relay covers this speaker's quotes since their last cue.
                let since = lastCueOutput[key] ?? -1
                for index in output.indices where index > since && output[index].quote.speaker?.id == key {
                    output[index].quote.via = chain
                }
            }
            lastCueOutput[key] = output.count - 1
        }
        for index in newQuotes where output[index].quote.kind == .statement {
            guard let id = output[index].quote.speaker?.id else { continue }
            output[index].quote.via = chains[id] ?? chains[""] ?? []
        }
    }
}
