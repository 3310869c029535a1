import LinimasaCore

/// Generates analysed articles in code: stories of one to eight articles over consecutive days,
/// each story with its own entities and topic words, Indonesian function words around them,
/// a date, and one in twenty articles a trimmed copy of another.
///
/// Articles are made on demand (`article(at:)`), so memory measured while clustering is the
/// clusterer's, not the corpus's.
struct GeneratedNews: Sendable {
    static let functionWords = [
        "yang", "dan", "di", "ke", "dari", "itu", "dengan", "untuk", "pada", "ini", "dalam", "tidak", "akan",
        "juga", "oleh", "sebagai", "telah", "karena", "tersebut", "bahwa", "para", "atau", "kata", "ada", "saat",
        "menurut", "kemudian", "setelah", "sementara", "namun",
    ]
    static let newsWords = [
        "pemerintah", "presiden", "menteri", "warga", "kebijakan", "rapat", "keputusan", "laporan", "petugas",
        "wilayah", "harga", "anggaran", "program", "bantuan", "pejabat", "kantor", "pembangunan", "masyarakat",
        "kerja", "sama", "negara", "daerah", "kota", "provinsi", "umum", "tinggi", "baru", "besar",
    ]
    static let syllables = ["ba", "ka", "ra", "ma", "sa", "ta", "la", "na", "pa", "ga", "ri", "ku", "to", "pe", "lu", "di", "so", "ne", "ji", "ho"]

    let count: Int
    let storiesPerDay: Int
    let startDay: Int
    let vocabulary: [String]
    let entities: [(id: String, name: String, type: EntityType)]

    init(count: Int, storiesPerDay: Int = 80) {
        self.count = count
        self.storiesPerDay = storiesPerDay
        self.startDay = CalendarDate(year: 2024, month: 1, day: 1)!.daysSinceEpoch  // a valid date
        var rng = SplitMix(seed: 7)
        var words = Set<String>()
        while words.count < 30_000 {
            var word = ""
            for _ in 0..<(2 + Int(rng.next() % 3)) { word += Self.syllables[Int(rng.next() % UInt64(Self.syllables.count))] }
            words.insert(word)
        }
        vocabulary = words.sorted()
        var made: [(String, String, EntityType)] = []
        let types: [EntityType] = [.person, .organization, .geopolitical, .location]
        for i in 0..<6_000 {
            let first = vocabulary[Int(rng.next() % 30_000)].capitalized
            let second = vocabulary[Int(rng.next() % 30_000)].capitalized
            made.append(("gen:\(i)", first + " " + second, types[i % types.count]))
        }
        entities = made
    }

    /// Story of article `index`: articles are dealt to stories of 1...8 members in arrival order.
    func storyIndex(of index: Int) -> Int { index / 4 + (index % 7 == 0 ? 1 : 0) }

    func article(at index: Int) -> AnalyzedArticle {
        let story = storyIndex(of: index)
        var topic = SplitMix(seed: UInt64(story) &* 0x9e37_79b9 &+ 11)
        var own = SplitMix(seed: UInt64(index) &* 0x85eb_ca6b &+ 3)
        let day = startDay + story / storiesPerDay + Int(own.next() % 2)
        // Entities: two from a popular core, three rarer; topic words: 24 per story.
        let storyEntities = (0..<5).map { i -> Int in
            i < 2 ? Int(topic.next() % 200) : 200 + Int(topic.next() % UInt64(entities.count - 200))
        }
        let topicWords = (0..<24).map { _ in vocabulary[Int(topic.next() % UInt64(vocabulary.count))] }
        let copyOfPrevious = index % 20 == 19
        var body = BodyBuilder()
        var rng = copyOfPrevious ? SplitMix(seed: UInt64(index - 1) &* 0x85eb_ca6b &+ 3) : own
        let date = CalendarDate(daysSinceEpoch: day)
        let sentences = 10 + Int(rng.next() % 6)
        for s in 0..<sentences {
            if copyOfPrevious && s == sentences - 1 { break }
            if s > 0 && s % 4 == 0 { body.paragraph() }
            let length = 12 + Int(rng.next() % 9)
            for w in 0..<length {
                let roll = rng.next() % 100
                if w == 0 {
                    body.entity(storyEntities[Int(rng.next() % 5)], name: entities[storyEntities[Int(rng.next() % 5)]].name)
                } else if roll < 40 {
                    body.word(Self.functionWords[Int(rng.next() % UInt64(Self.functionWords.count))])
                } else if roll < 70 {
                    body.word(topicWords[Int(rng.next() % 24)])
                } else if roll < 85 {
                    body.word(Self.newsWords[Int(rng.next() % UInt64(Self.newsWords.count))])
                } else if roll < 97 {
                    body.word(vocabulary[Int(rng.next() % UInt64(vocabulary.count))])
                } else {
                    let index = storyEntities[Int(rng.next() % 5)]
                    body.entity(index, name: entities[index].name)
                }
            }
            if s == 1 { body.time("\(date.day)/\(date.month)/\(date.year)", value: date.iso) }
            body.endSentence()
        }
        let title = (0..<7).map { _ in topicWords[Int(own.next() % 24)] }.joined(separator: " ").capitalized
        var article = Article(
            source: "generated:\(index)",
            title: title,
            outlet: "Outlet \(index % 40)",
            published: PublishedDate(date: date, source: .stated),
            body: body.text,
            sentences: body.sentences
        )
        article.paragraphs = []
        let linked = body.mentions.map { entry in
            let entity = entities[entry.key]
            return LinkedEntity(
                id: entity.id,
                name: entity.name,
                type: entity.type,
                mentions: entry.value.map { EntityMention(text: entity.name, range: $0) }
            )
        }
        return AnalyzedArticle(article: article, times: body.times, entities: linked.sorted { $0.id < $1.id })
    }
}

/// Builds a body with byte offsets of sentences, entity mentions and times.
struct BodyBuilder {
    var bytes: [UInt8] = []
    var sentences: [TextRange] = []
    var mentions: [Int: [TextRange]] = [:]
    var times: [TimeExpression] = []

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func space() { if !bytes.isEmpty, bytes.last != 0x0A, bytes.last != 0x20 { bytes.append(0x20) } }

    mutating func word(_ word: String) {
        space()
        bytes.append(contentsOf: word.utf8)
    }

    mutating func entity(_ index: Int, name: String) {
        space()
        let start = bytes.count
        bytes.append(contentsOf: name.utf8)
        mentions[index, default: []].append(TextRange(start: start, end: bytes.count))
    }

    mutating func time(_ text: String, value: String) {
        word("pada")
        space()
        let start = bytes.count
        bytes.append(contentsOf: text.utf8)
        times.append(TimeExpression(text: text, range: TextRange(start: start, end: bytes.count), kind: .date, value: value, anchor: .absolute))
    }

    mutating func endSentence() {
        bytes.append(UInt8(ascii: "."))
        let start = sentences.last.map { $0.end } ?? 0
        var s = start
        while s < bytes.count, bytes[s] == 0x20 || bytes[s] == 0x0A { s += 1 }
        sentences.append(TextRange(start: s, end: bytes.count))
    }

    mutating func paragraph() { bytes.append(contentsOf: [0x0A, 0x0A]) }
}

/// A small deterministic generator (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
