import LinimasaCore

/// The stemmer's affixes and prefix rules, read from the `stemmer-affixes` word table.
///
/// The table's header explains each kind of row and the pattern notation.
struct AffixRules: Sendable {
    /// A set of lowercase ASCII letters, one bit each.
    struct LetterSet: Sendable {
        var bits: UInt32 = 0

        init(_ letters: String) {
            for b in letters.utf8 where b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") {
                bits |= 1 << UInt32(b - UInt8(ascii: "a"))
            }
        }

        @inline(__always)
        func contains(_ b: UInt8) -> Bool {
            let k = b &- UInt8(ascii: "a")
            return k < 26 && bits & (1 << UInt32(k)) != 0
        }
    }

    /// One prefix rule: a pattern over the first letters of the word, the letters it removes and what replaces them.
    struct PrefixRule: Sendable {
        /// One set per letter position.
        var letters: [LetterSet] = []
        /// Position and letters that must not follow there (`!er`).
        var notFollowedBy: (position: Int, bytes: [UInt8])?
        /// The word must end right after the pattern (`$`).
        var endsWord = false
        /// The removed letters: `removed.lowerBound..<removed.upperBound`; empty for a rule that removes nothing.
        var removed: Range<Int> = 0..<0
        /// Letters put where the removed ones were (0 to 2 bytes).
        var recode: [UInt8] = []

        /// Whether this rule removes a true prefix (from the first letter), as opposed to an infix or nothing.
        var removesPrefix: Bool { removed.lowerBound == 0 && !removed.isEmpty }
    }

    /// Affix pairs from `precedence` and `disallowed` rows.
    struct Confix: Sendable {
        var prefix: [UInt8]
        var suffix: [UInt8]
        /// For `disallowed`: roots for which the pair is allowed after all.
        var exceptions: [[UInt8]] = []
    }

    var particles: [[UInt8]] = []
    var possessives: [[UInt8]] = []
    /// Derivational suffixes, longest first.
    var suffixes: [[UInt8]] = []
    var plainPrefixes: [[UInt8]] = []
    var precedence: [Confix] = []
    var disallowed: [Confix] = []
    /// Rule groups in file order; each group's rules in file order.
    var prefixGroups: [[PrefixRule]] = []
    /// For each group, the letters its rules can start with, to skip it at a glance.
    var prefixGroupStarts: [LetterSet] = []
    /// For each of `suffixes`, the disallowed confixes it ends.
    var disallowedBySuffix: [[Confix]] = []
    /// Where `kan` and `an` are in `suffixes`, for restoring `-kan` as `k` + `-an`.
    var kanIndex: Int?
    var anIndex: Int?

    /// Reads the rules.
    ///
    /// - Throws: ``LinimasaError/Code/invalidData`` naming the row when a row has an unknown kind,
    ///   missing fields or a pattern that cannot be read, or when the table has no suffix or prefix rules.
    init(_ table: Lexicon) throws {
        var groupIndex: [String: Int] = [:]
        for id in table.orderedKeys {
            let fields = table[id] ?? []
            func field(_ k: Int) throws -> String {
                guard k < fields.count, !fields[k].isEmpty else {
                    throw LinimasaError(.invalidData, "stemmer-affixes row '\(id)': missing field \(k + 2)")
                }
                return fields[k]
            }
            let kind = try field(0)
            switch kind {
            case "particle": particles.append(Array(try field(1).utf8))
            case "possessive": possessives.append(Array(try field(1).utf8))
            case "suffix": suffixes.append(Array(try field(1).utf8))
            case "plain-prefix": plainPrefixes.append(Array(try field(1).utf8))
            case "precedence":
                precedence.append(Confix(prefix: Array(try field(1).utf8), suffix: Array(try field(2).utf8)))
            case "disallowed":
                let exceptions = fields.count > 3 ? fields[3].split(separator: ",") : []
                let roots = exceptions.map { Array($0.trimmingSpaces().utf8) }
                let prefix = Array(try field(1).utf8.prefix(2))
                disallowed.append(Confix(prefix: prefix, suffix: Array(try field(2).utf8), exceptions: roots))
            case "prefix":
                let group = try field(1)
                let rule = try Self.parse(pattern: try field(2), recode: fields.count > 3 ? fields[3] : "", id: id)
                if let index = groupIndex[group] {
                    prefixGroups[index].append(rule)
                } else {
                    groupIndex[group] = prefixGroups.count
                    prefixGroups.append([rule])
                }
            default:
                throw LinimasaError(.invalidData, "stemmer-affixes row '\(id)': unknown kind '\(kind)'")
            }
        }
        suffixes.sort { $0.count > $1.count }
        prefixGroupStarts = prefixGroups.map { group in
            var start = LetterSet("")
            for rule in group { start.bits |= rule.letters.first?.bits ?? ~0 }
            return start
        }
        disallowedBySuffix = suffixes.map { suffix in disallowed.filter { $0.suffix == suffix } }
        kanIndex = suffixes.firstIndex(of: Array("kan".utf8))
        anIndex = suffixes.firstIndex(of: Array("an".utf8))
        guard !suffixes.isEmpty, !prefixGroups.isEmpty else {
            throw LinimasaError(
                .invalidData, "the stemmer-affixes table has no suffix or no prefix rules; restore it from git")
        }
    }

    /// Reads one pattern (`(mem)V`, `C(er)V`, `(ber)CA!er`, `(pel)ajar$`).
    static func parse(pattern: String, recode: String, id: String) throws -> PrefixRule {
        func fail(_ why: String) -> LinimasaError {
            LinimasaError(.invalidData, "stemmer-affixes row '\(id)': pattern '\(pattern)' \(why)")
        }
        var rule = PrefixRule()
        rule.recode = Array(recode.utf8)
        var open: Int?
        var close: Int?
        var chars = Array(pattern.utf8)[...]
        while let c = chars.popFirst() {
            switch c {
            case UInt8(ascii: "("):
                guard open == nil else { throw fail("needs one '(...)' around the removed letters") }
                open = rule.letters.count
            case UInt8(ascii: ")"):
                guard close == nil else { throw fail("needs one '(...)' around the removed letters") }
                close = rule.letters.count
            case UInt8(ascii: "$"): rule.endsWord = true
            case UInt8(ascii: "!"):
                var bytes: [UInt8] = []
                while let next = chars.first, next >= UInt8(ascii: "a"), next <= UInt8(ascii: "z") {
                    bytes.append(next)
                    chars.removeFirst()
                }
                guard !bytes.isEmpty else { throw fail("has '!' without letters") }
                rule.notFollowedBy = (rule.letters.count, bytes)
            case UInt8(ascii: "["):
                var letters = ""
                while let next = chars.popFirst(), next != UInt8(ascii: "]") {
                    letters.unicodeScalars.append(Unicode.Scalar(next))
                }
                rule.letters.append(LetterSet(letters))
            case UInt8(ascii: "V"): rule.letters.append(LetterSet("aiueo"))
            case UInt8(ascii: "C"): rule.letters.append(LetterSet("bcdfghjklmnpqrstvwxyz"))
            case UInt8(ascii: "A"): rule.letters.append(LetterSet("abcdefghijklmnopqrstuvwxyz"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                rule.letters.append(LetterSet(String(Unicode.Scalar(c))))
            default: throw fail("has an unknown sign '\(Unicode.Scalar(c))'")
            }
        }
        switch (open, close) {
        case (nil, nil): break
        case (let open?, let close?) where open < close: rule.removed = open..<close
        default: throw fail("needs one '(...)' around the removed letters")
        }
        // The stemmer keeps a rewritten word as at most two new letters plus a tail of the original:
        // a rule may put back at most two letters and must remove at least two.
        if !rule.removed.isEmpty {
            guard rule.removed.lowerBound + rule.recode.count <= 2, rule.removed.upperBound >= 2 else {
                throw fail("must remove at least two letters and leave at most two new ones before the rest")
            }
        }
        return rule
    }
}
