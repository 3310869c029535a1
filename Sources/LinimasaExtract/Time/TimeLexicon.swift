internal import LinimasaCore

/// A calendar or clock unit as the time tables name it (`time-units.tsv`).
enum TimeUnit: UInt8, Sendable {
    case day, week, month, year, hour, minute, second, decade, century, quarter, half

    init?(code: String) {
        switch code {
        case "D": self = .day
        case "W": self = .week
        case "M": self = .month
        case "Y": self = .year
        case "H": self = .hour
        case "MIN": self = .minute
        case "S": self = .second
        case "DE": self = .decade
        case "CE": self = .century
        case "Q": self = .quarter
        case "HALF": self = .half
        default: return nil
        }
    }

    /// Whether durations in this unit are written after `T` (`PT3H`).
    var isClock: Bool { self == .hour || self == .minute || self == .second }

    /// The ISO 8601 duration designator, with the count a decade or century multiplies by.
    var designator: (letter: String, factor: Int) {
        switch self {
        case .day: return ("D", 1)
        case .week: return ("W", 1)
        case .month: return ("M", 1)
        case .year: return ("Y", 1)
        case .hour: return ("H", 1)
        case .minute: return ("M", 1)
        case .second: return ("S", 1)
        case .decade: return ("Y", 10)
        case .century: return ("Y", 100)
        case .quarter: return ("M", 3)
        case .half: return ("M", 6)
        }
    }

    /// The precision name used in ``TimeExpression/precision``.
    var name: String {
        switch self {
        case .day: return "day"
        case .week: return "week"
        case .month: return "month"
        case .year: return "year"
        case .hour: return "hour"
        case .minute: return "minute"
        case .second: return "second"
        case .decade: return "decade"
        case .century: return "century"
        case .quarter: return "quarter"
        case .half: return "half"
        }
    }
}

/// What one lowercased word can mean to the time grammar; every table it appears in adds to it.
struct TimeWord: Sendable {
    var month: Int = 0
    var monthIsFull = false
    var weekday: Int = 0
    var weekdayIsFull = false
    /// A number word's value (`tiga` 3); -1 when not one.
    var number: Int = -1
    /// `belas` (teen), `puluh`/`ratus`/`ribu` (multipliers).
    var numberMultiplier: Int = 0
    var isTeen = false
    var isVagueNumber = false
    /// For a vague number of tens or hundreds (`puluhan` 10, `ratusan` 100): the scale, else 0.
    var vagueScale = 0
    var ordinal: Int = 0
    var unit: TimeUnit?
    /// The count packed into a unit word (`setahun`), 0 when none.
    var unitCount: Int = 0
    var zoneMinutes: Int?
    /// A place's UTC offset in minutes (`Pyongyang` 540), read only for `waktu setempat`.
    var placeZoneMinutes: Int?
    var role: TimeRole?
    /// Whether some phrase of `time-words` starts with this word.
    var startsPhrase = false
}

/// The role of a word or phrase in `time-words.tsv`.
enum TimeRole: Sendable, Equatable {
    case day(Int)
    case ref(String)
    case guardedRef(String)
    case licence
    case anaphor(TimeUnit?)
    case shift(Int)
    case mention(Int)
    case last
    case ahead
    case position(String)
    case future
    case set
    case part(String)
    case clock
    case weekend
    case dayName
    case noDate
    case noCount
    case noPart
    case range
    case that
    case on
    case decade
    case linked(Int)
    case qualifier
    case noon(Int)
    case local
}

/// The word tables of the time grammar, read once from a language pack and keyed by a hash of
/// the lowercased UTF-8 bytes, so the scanner looks words up without making strings.
struct TimeLexicon: Sendable {
    /// Word id to meaning.
    private(set) var words: [TimeWord] = []
    /// Lowercased word bytes hash to word id.
    private var ids: [UInt64: Int32] = [:]
    /// Phrases of two or three words, keyed by ``phraseKey(_:)`` of their word ids.
    private(set) var phrases: [UInt64: TimeRole] = [:]
    /// The longest phrase, in words.
    private(set) var maxPhraseWords = 1

    init(pack: any LanguagePack) throws {
        let months = try pack.lexicon("months")
        for key in months.orderedKeys {
            let fields = months[key] ?? []
            guard let month = fields.first.flatMap({ Int($0) }), (1...12).contains(month) else {
                throw LinimasaError(.invalidData, "months: '\(key)' needs a month number 1-12")
            }
            update(key) {
                $0.month = month
                $0.monthIsFull = fields.count < 2 || fields[1] != "abbr"
            }
        }
        let weekdays = try pack.lexicon("weekdays")
        for key in weekdays.orderedKeys {
            let fields = weekdays[key] ?? []
            guard let day = fields.first.flatMap({ Int($0) }), (1...7).contains(day) else {
                throw LinimasaError(.invalidData, "weekdays: '\(key)' needs an ISO weekday 1-7")
            }
            update(key) {
                $0.weekday = day
                $0.weekdayIsFull = fields.count < 2 || fields[1] != "abbr"
            }
        }
        let numbers = try pack.lexicon("number-words")
        for key in numbers.orderedKeys {
            let field = numbers.value(key) ?? ""
            update(key) {
                if let value = Int(field) {
                    $0.number = value
                } else if field == "teen" {
                    $0.isTeen = true
                } else if field.hasPrefix("vague") {
                    $0.isVagueNumber = true
                    $0.vagueScale = Int(field.dropFirst(5)) ?? 0
                } else if field.hasPrefix("x"), let factor = Int(field.dropFirst()) {
                    $0.numberMultiplier = factor
                } else if field.hasPrefix("ord"), let ordinal = Int(field.dropFirst(3)) {
                    $0.ordinal = ordinal
                }
            }
        }
        let units = try pack.lexicon("time-units")
        for key in units.orderedKeys {
            let fields = units[key] ?? []
            guard let unit = fields.first.flatMap({ TimeUnit(code: $0) }) else {
                throw LinimasaError(.invalidData, "time-units: '\(key)' has no known unit code")
            }
            update(key) {
                $0.unit = unit
                $0.unitCount = fields.count > 1 ? Int(fields[1]) ?? 0 : 0
            }
        }
        let zones = try pack.lexicon("time-zones")
        for key in zones.orderedKeys {
            let fields = zones[key] ?? []
            guard let minutes = fields.first.flatMap({ Int($0) }) else {
                throw LinimasaError(.invalidData, "time-zones: '\(key)' needs an offset in minutes")
            }
            update(key) {
                if fields.count > 1 && fields[1] == "place" {
                    $0.placeZoneMinutes = minutes
                } else {
                    $0.zoneMinutes = minutes
                }
            }
        }
        let roles = try pack.lexicon("time-words")
        for key in roles.orderedKeys {
            let fields = roles[key] ?? []
            guard let role = TimeLexicon.role(fields) else {
                throw LinimasaError(.invalidData, "time-words: '\(key)' has an unknown role '\(fields.first ?? "")'")
            }
            let parts = key.split(separator: " ")
            guard parts.count <= 3 else {
                throw LinimasaError(.invalidData, "time-words: '\(key)' is longer than three words")
            }
            if parts.count == 1 {
                update(key) { $0.role = role }
            } else {
                var wordIDs: [Int32] = []
                for part in parts {
                    wordIDs.append(intern(String(part)))
                }
                words[Int(wordIDs[0])].startsPhrase = true
                phrases[TimeLexicon.phraseKey(wordIDs)] = role
                maxPhraseWords = max(maxPhraseWords, parts.count)
            }
        }
    }

    private static func role(_ fields: [String]) -> TimeRole? {
        guard let name = fields.first else { return nil }
        let argument = fields.count > 1 ? fields[1] : ""
        switch name {
        case "day": return Int(argument).map { .day($0) }
        case "ref": return .ref(argument)
        case "ref?": return .guardedRef(argument)
        case "licence": return .licence
        case "anaphor": return .anaphor(TimeUnit(code: argument))
        case "shift": return Int(argument).map { .shift($0) }
        case "mention": return Int(argument).map { .mention($0) }
        case "last": return .last
        case "ahead": return .ahead
        case "position": return .position(argument)
        case "future": return .future
        case "set": return .set
        case "part": return .part(argument)
        case "clock": return .clock
        case "weekend": return .weekend
        case "day-name": return .dayName
        case "no-date": return .noDate
        case "no-count": return .noCount
        case "no-part": return .noPart
        case "range": return .range
        case "that": return .that
        case "on": return .on
        case "decade": return .decade
        case "linked": return Int(argument).map { .linked($0) }
        case "qualifier": return .qualifier
        case "noon": return Int(argument).map { .noon($0) }
        case "local": return .local
        default: return nil
        }
    }

    private mutating func intern(_ key: String) -> Int32 {
        let hash = TimeLexicon.hash(Array(key.utf8)[...])
        if let id = ids[hash] { return id }
        let id = Int32(words.count)
        words.append(TimeWord())
        ids[hash] = id
        return id
    }

    private mutating func update(_ key: String, _ change: (inout TimeWord) -> Void) {
        let id = intern(key)
        change(&words[Int(id)])
    }

    /// The id of the word whose bytes are `bytes[range]`, compared without ASCII case.
    @inline(__always)
    func id(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in range {
            var b = bytes[i]
            if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { b |= 0x20 }
            hash ^= UInt64(b)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return ids[hash] ?? -1
    }

    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            hash ^= UInt64(b)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// A key for a phrase of two or three word ids (`third` is -1 for two).
    @inline(__always)
    static func phraseKey(_ first: Int32, _ second: Int32, _ third: Int32 = -1) -> UInt64 {
        var key = UInt64(third < 0 ? 2 : 3) << 60
        key |= UInt64(UInt32(first) & 0xFFFFF) | UInt64(UInt32(second) & 0xFFFFF) << 20
        if third >= 0 { key |= UInt64(UInt32(third) & 0xFFFFF) << 40 }
        return key
    }

    static func phraseKey(_ ids: [Int32]) -> UInt64 {
        phraseKey(ids[0], ids[1], ids.count > 2 ? ids[2] : -1)
    }
}
