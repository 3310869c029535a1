internal import LinimasaCore

/// Speakers named by a title and a name the entity extractor may not know
/// (`kata anggota KPU Divisi Teknis Rizky Pratama`, `Kepala ekonom sebuah bank, Dimas Hardiansyah,
/// menyebut`, `ujar Kepala Negara`).
extension QuoteAttribution {
    /// Number of tokens of the longest title (`quote-names`) starting at token `i`, before `end`; 0 if none.
    func titleLength(at i: Int, end: Int) -> Int {
        for title in words.titles where i + title.count <= end {
            if zip(title, document.lower[i..<(i + title.count)]).allSatisfy({ $0 == $1 }) {
                return title.count
            }
        }
        return 0
    }

    /// Whether tokens `run` are titles only (`Kepala Negara`, `Wakil Menteri`).
    func isTitleRun(_ run: Range<Int>) -> Bool {
        var i = run.lowerBound
        while i < run.upperBound {
            let length = titleLength(at: i, end: run.upperBound)
            guard length > 0 else { return false }
            i += length
        }
        return !run.isEmpty
    }

    /// A run of capitalised words from token `m` that holds no entity mention, crossing
    /// connectors between capitalised words (`Pusat Data dan Informasi`).
    func nameRun(from m: Int, end: Int) -> Range<Int> {
        var j = m + 1
        while j < end, !document.breakBefore(j), !parenthesisBefore(j), !document.tokenQuoted[j],
            document.tokenMention[j] < 0
        {
            if document.isCapitalized(j) {
                j += 1
            } else if words.connectors.contains(document.lower[j]), j + 1 < end,
                !document.breakBefore(j + 1), document.isCapitalized(j + 1),
                document.tokenMention[j + 1] < 0
            {
                j += 2
            } else {
                break
            }
        }
        return m..<j
    }

    /// The person's name inside a capitalised run: leading titles dropped, and when the name's
    /// short form stands alone elsewhere in the article, the run cut to start at that name
    /// (`Divisi Teknis Rizky Pratama` with a later `Rizky menjelaskan` → `Rizky Pratama`;
    /// `Timnas Patrick Kluivert` with a later `bagi Kluivert,` → `Patrick Kluivert`); with no
    /// such evidence, the last two words when titles stood before three or more words (inside
    /// the run, or before it when `titled`: `juru bicara Kementerian Perhubungan Rudi Hartono`).
    /// `nil` when the run is titles only.
    func personName(in run: Range<Int>, titled: Bool = false) -> Range<Int>? {
        var start = run.lowerBound
        while start < run.upperBound {
            let length = titleLength(at: start, end: run.upperBound)
            guard length > 0 else { break }
            start += length
        }
        guard start < run.upperBound else { return nil }
        let rest = start..<run.upperBound
        guard rest.count > 1 else { return rest }
        let last = rest.upperBound - 1
        if document.loneWords.contains(document.lower[last]) {
            // A family name used alone: the name is the word before it and the family name.
            return (last - 1)..<rest.upperBound
        }
        if let given = rest.dropLast().last(where: { document.loneWords.contains(document.lower[$0]) }) {
            return given..<rest.upperBound
        }
        if start > run.lowerBound || titled, rest.count >= 3 {
            // Titles go on (`Menteri Pertanian Joko Prasetyo`): a name is most often two words.
            return (rest.upperBound - 2)..<rest.upperBound
        }
        return rest
    }

    /// A reference for the name in tokens `name`; a single word that is part of a name already
    /// speaking in the article (`Hendra` after `Hendra Wibisono`) refers to that speaker.
    func personReference(_ name: Range<Int>) -> EntityReference {
        let ref = nameReference(name)
        guard name.count == 1 else { return ref }
        let word = document.lower[name.lowerBound]
        for working in output.reversed() {
            guard let speaker = working.quote.speaker, speaker.id.hasPrefix("name:") else { continue }
            if speaker.id.dropFirst(5).split(separator: " ").contains(where: { $0 == word }) {
                return speaker
            }
        }
        return ref
    }

    /// The subject named right before verb token `v` (past adverbs), when it is not a
    /// known person: a name ending a description (`Kepala Ekonom PT Bank Maju Rendra Kusuma
    /// mengatakan`), a name in commas (`Kepala ekonom sebuah bank, Dimas Hardiansyah, menyebut`),
    /// an organisation after a description (`Juru bicara Kementerian Luar Negeri menyatakan`:
    /// an unnamed spokesperson speaks for the organisation), or a title alone (`Kepala Negara
    /// menegaskan`: the person last spoken of).
    ///
    /// A single capitalised word opening a clause counts as a name only if the article also
    /// writes it capitalised inside a clause.
    func nameBeforeVerb(_ v: Int, from lowerBound: Int) -> FoundSpeaker? {
        var k = v - 1
        while k > lowerBound, !document.breakBefore(k + 1) {
            if words.adverbs.contains(document.lower[k]) {
                k -= 1
            } else if let preposition = prepositionalPhrase(endingAt: k, from: lowerBound) {
                // `Asim Jihad pada Minggu mengatakan`: the day is no subject.
                k = preposition - 1
            } else {
                break
            }
        }
        guard k >= lowerBound, k < document.tokens.count, !document.tokenQuoted[k] else { return nil }
        let inCommas = document.breakBefore(k + 1)
        if inCommas, !document.gapBefore(k + 1, contains: UInt8(ascii: ",")) { return nil }
        let mention = document.tokenMention[k]
        if mention >= 0 {
            let first = document.mentions[mention].firstToken
            let entity = document.entities[document.mentions[mention].entity]
            guard !inCommas, entity.type == .organization || entity.type == .media,
                first > lowerBound, !document.breakBefore(first)
            else { return nil }
            return FoundSpeaker(ref: reference(entity), anchor: first)
        }
        guard document.isCapitalized(k) else { return nil }
        var start = k
        while start > lowerBound, !document.breakBefore(start), !parenthesisBefore(start),
            document.tokenMention[start - 1] < 0, !document.tokenQuoted[start - 1]
        {
            if document.isCapitalized(start - 1) {
                start -= 1
            } else if words.connectors.contains(document.lower[start - 1]), start - 1 > lowerBound,
                !document.breakBefore(start - 1), document.isCapitalized(start - 2),
                document.tokenMention[start - 2] < 0
            {
                start -= 2
            } else {
                break
            }
        }
        if inCommas, !(start > lowerBound && document.gapBefore(start, contains: UInt8(ascii: ","))) {
            return nil
        }
        let run = start..<(k + 1)
        if isTitleRun(run) { return salient.map { FoundSpeaker(ref: $0.ref, anchor: start) } }
        let titled = (1...3).contains { n in
            start - n >= lowerBound && titleLength(at: start - n, end: start) == n
        }
        guard let name = personName(in: run, titled: titled) else { return nil }
        if name.count == 1, document.breakBefore(name.lowerBound),
            !document.properWords.contains(document.lower[name.lowerBound])
        {
            return nil
        }
        return FoundSpeaker(ref: personReference(name), anchor: name.lowerBound)
    }

    /// Whether a parenthesis separates tokens `i - 1` and `i` (`PT Pertamina (Persero) Ali`).
    func parenthesisBefore(_ i: Int) -> Bool {
        document.gapBefore(i, contains: UInt8(ascii: "(")) || document.gapBefore(i, contains: UInt8(ascii: ")"))
    }

    /// The first token of a short phrase opened by a preposition (`quote-fronting`) and ending
    /// at token `k` with capitalised words or digits only (`pada Minggu`, `di Jakarta`), if any.
    func prepositionalPhrase(endingAt k: Int, from lowerBound: Int) -> Int? {
        var i = k
        while i > lowerBound, k - i < 3, !document.breakBefore(i) {
            let first = document.bytes[document.tokens[i].start]
            guard document.isCapitalized(i) || (first >= 0x30 && first <= 0x39) else { return nil }
            if words.fronting.contains(document.lower[i - 1]) { return i - 1 }
            i -= 1
        }
        return nil
    }

    /// The first name standing right before a before-form reporting verb in sentence `s`
    /// (`Kluivert menilai …`), for who the sentence is about when no known person is.
    func namedSubject(inSentence s: Int) -> FoundSpeaker? {
        let range = document.tokens(ofSentence: s)
        for j in range where j > range.lowerBound && !document.tokenQuoted[j] {
            guard let verb = words.verb(document.lower[j]), verb.form == .before else { continue }
            if let found = nameBeforeVerb(j, from: range.lowerBound) { return found }
        }
        return nil
    }
}
