/// A word being stemmed: up to two rewritten letters (`head`), then `word[start..<end]` of the original.
///
/// Every step of the algorithm either cuts letters off the end (a suffix),
/// or cuts letters off the front and puts back at most two (a prefix and its
/// recoding: `memukul` -> `p` + `ukul`), so a word in progress never needs
/// its own buffer.
struct WordState: Equatable {
    var head0: UInt8 = 0
    var head1: UInt8 = 0
    var headCount = 0
    var start: Int
    var end: Int

    var count: Int { headCount + end - start }
}

/// One run of Enhanced Confix Stripping over one word, as Sastrawi orders it.
///
/// 1. A root is returned as is.
/// 2. Words with a confix that takes precedence (`be-an`, `me-i`, …) first lose
///    their prefixes, then their suffixes; if that finds no root, start again.
///    Here a prefix reading counts as found when it is a root once its suffixes
///    go (`mengunjungi`: `kunjungi` → `kunjung`), where Sastrawi needs the
///    reading itself to be a root and would take the last one.
/// 3. Remove the particle (`-lah`), the possessive (`-nya`), then the
///    derivational suffix (`-kan`, `-an`, `-i`).
/// 4. Remove up to three prefixes, one rule group at a time; a nasal prefix is
///    recoded (`meny-` -> `s`), preferring the reading that gives a root.
///    A first prefix that cannot go with the removed suffix (`ke-i`, `me-an`) stops this step.
/// 5. If still no root, put the suffixes back one by one, innermost first
///    (trying `-an` for `-kan`), and remove prefixes again.
/// The result is the root found, or `nil` if there is none.
struct ConfixStripper {
    struct SuffixRemoval {
        var subject: WordState
        var result: WordState
        /// Index in `rules.suffixes` for a derivational suffix, else -1.
        var suffix: Int
    }

    let word: UnsafeBufferPointer<UInt8>
    let rules: AffixRules
    let roots: RootDictionary
    private(set) var current: WordState
    private let original: WordState
    private var prefixRemovals = 0
    private var particle: SuffixRemoval?
    private var possessive: SuffixRemoval?
    private var derivational: SuffixRemoval?
    /// The derivational suffix currently removed, for the disallowed-confix check.
    private var activeSuffix: Int?
    /// Prefix-first mode (step 2): a candidate counts as found if it is a root once its suffixes go.
    private var prefixFirst = false
    /// A disallowed confix stopped prefix removal for this attempt.
    private var blocked = false

    init(word: UnsafeBufferPointer<UInt8>, rules: AffixRules, roots: RootDictionary) {
        self.word = word
        self.rules = rules
        self.roots = roots
        self.original = WordState(start: 0, end: word.count)
        self.current = original
    }

    /// Runs the algorithm; the root found, or `nil`.
    mutating func run() -> WordState? {
        if isRoot(current) { return current }
        if matchesPrecedence(original) {
            prefixFirst = true
            removePrefixes()
            prefixFirst = false
            if isRoot(current) { return current }
            removeSuffixes()
            if isRoot(current) { return current }
            current = original
            prefixRemovals = 0
            particle = nil
            possessive = nil
            derivational = nil
            activeSuffix = nil
            blocked = false
        }
        removeSuffixes()
        if isRoot(current) { return current }
        removePrefixes()
        if isRoot(current) { return current }
        restoreSuffixes()
        return isRoot(current) ? current : nil
    }

    // MARK: Steps

    private mutating func removeSuffixes() {
        if let (result, _) = removeParticle(current) {
            particle = SuffixRemoval(subject: current, result: result, suffix: -1)
            current = result
        }
        if isRoot(current) { return }
        if let (result, _) = removePossessive(current) {
            possessive = SuffixRemoval(subject: current, result: result, suffix: -1)
            current = result
        }
        if isRoot(current) { return }
        if let (result, index) = removeDerivational(current) {
            derivational = SuffixRemoval(subject: current, result: result, suffix: index)
            current = result
            activeSuffix = index
        }
    }

    private mutating func removePrefixes() {
        for _ in 0..<3 {
            removeOnePrefix()
            if blocked || found(current) { return }
        }
    }

    /// Tries the plain prefixes, then each rule group, until one removes something or a root is found.
    ///
    /// Sastrawi checks the dictionary after every rule group too, but a group that removes
    /// nothing leaves the word (and the answer) as it was, and one that removes something ends
    /// this round either way; the caller checks the result.
    private mutating func removeOnePrefix() {
        let before = prefixRemovals
        removePlainPrefix()
        if blocked || found(current) || prefixRemovals > before { return }
        let first = byte(current, 0)
        for (index, start) in rules.prefixGroupStarts.enumerated() where start.contains(first) {
            apply(rules.prefixGroups[index])
            if blocked || prefixRemovals > before { return }
        }
    }

    private mutating func removePlainPrefix() {
        for prefix in rules.plainPrefixes where current.count > prefix.count && starts(current, with: prefix) {
            let result = dropping(prefix.count, from: current)
            if isDisallowed(current, result) {
                blocked = true
                return
            }
            current = result
            prefixRemovals += 1
            return
        }
    }

    private mutating func apply(_ group: [AffixRules.PrefixRule]) {
        var result: WordState?
        var rule = group[0]
        for candidate in group {
            rule = candidate
            result = apply(candidate, to: current)
            if let result, found(result) { break }
        }
        guard let result else { return }
        if rule.removesPrefix, isDisallowed(current, result) {
            blocked = true
            return
        }
        current = result
        prefixRemovals += 1
    }

    /// ECS's "loop pengembalian akhiran": put suffixes back, innermost first, and remove prefixes again.
    private mutating func restoreSuffixes() {
        current = original
        for removal in [derivational, possessive, particle] {
            guard let removal else { continue }
            prefixRemovals = 0
            blocked = false
            if removal.suffix >= 0, removal.suffix == rules.kanIndex {
                // `-kan` may have been `k` + `-an`: try the root ending in k.
                var withK = removal.result
                withK.end += 1
                current = withK
                activeSuffix = rules.anIndex
                removePrefixes()
                if isRoot(current) { return }
                prefixRemovals = 0
                blocked = false
            }
            current = removal.subject
            activeSuffix = nil
            removePrefixes()
            if isRoot(current) { return }
            current = original
        }
    }

    // MARK: Affixes

    private func matchesPrecedence(_ s: WordState) -> Bool {
        rules.precedence.contains { confix in
            s.count >= confix.prefix.count + confix.suffix.count && starts(s, with: confix.prefix)
                && ends(s, with: confix.suffix)
        }
    }

    /// Whether removing a first prefix from `s`, leaving `result`, makes a disallowed confix with the removed suffix.
    private func isDisallowed(_ s: WordState, _ result: WordState) -> Bool {
        guard prefixRemovals == 0, let suffix = activeSuffix else { return false }
        for confix in rules.disallowedBySuffix[suffix] where starts(s, with: confix.prefix) {
            if confix.exceptions.contains(where: { equals(result, $0) }) { continue }
            return true
        }
        return false
    }

    /// `s` without a particle and the hyphens before it (`apa-kah` -> `apa`).
    private func removeParticle(_ s: WordState) -> (WordState, Int)? {
        removeInflection(rules.particles, from: s)
    }

    private func removePossessive(_ s: WordState) -> (WordState, Int)? {
        removeInflection(rules.possessives, from: s)
    }

    private func removeInflection(_ affixes: [[UInt8]], from s: WordState) -> (WordState, Int)? {
        for (index, affix) in affixes.enumerated() where ends(s, with: affix) {
            var result = s
            result.end -= affix.count
            while result.end > result.start, word[result.end - 1] == UInt8(ascii: "-") { result.end -= 1 }
            return result.count > 0 ? (result, index) : nil
        }
        return nil
    }

    /// `s` without its longest derivational suffix.
    private func removeDerivational(_ s: WordState) -> (WordState, Int)? {
        for (index, affix) in rules.suffixes.enumerated() where s.count > affix.count && ends(s, with: affix) {
            var result = s
            result.end -= affix.count
            return (result, index)
        }
        return nil
    }

    /// `s` with its inflectional and derivational suffixes removed, stopping at a root (for prefix-first mode).
    private func strippingSuffixes(_ s: WordState) -> WordState {
        var s = s
        if let (result, _) = removeParticle(s) {
            s = result
            if isRoot(s) { return s }
        }
        if let (result, _) = removePossessive(s) {
            s = result
            if isRoot(s) { return s }
        }
        if let (result, _) = removeDerivational(s) { s = result }
        return s
    }

    private func apply(_ rule: AffixRules.PrefixRule, to s: WordState) -> WordState? {
        let n = s.count
        let length = rule.letters.count
        guard n >= length, !rule.endsWord || n == length else { return nil }
        for i in 0..<length where !rule.letters[i].contains(byte(s, i)) { return nil }
        if let (position, bytes) = rule.notFollowedBy, n >= position + bytes.count {
            var same = true
            for k in 0..<bytes.count where byte(s, position + k) != bytes[k] {
                same = false
                break
            }
            if same { return nil }
        }
        if rule.removed.isEmpty { return s }
        var head: (UInt8, UInt8) = (0, 0)
        var headCount = 0
        for i in 0..<rule.removed.lowerBound {
            if headCount == 0 { head.0 = byte(s, i) } else { head.1 = byte(s, i) }
            headCount += 1
        }
        for b in rule.recode {
            if headCount == 0 { head.0 = b } else { head.1 = b }
            headCount += 1
        }
        let result = dropping(rule.removed.upperBound, from: s, head: head, headCount: headCount)
        return result.count > 0 ? result : nil
    }

    /// `s` without its first `count` letters, with `headCount` (at most two) new letters in front.
    ///
    /// `count` is at least `s.headCount` (rules remove two letters or more; the head has at most two).
    private func dropping(
        _ count: Int, from s: WordState, head: (UInt8, UInt8) = (0, 0), headCount: Int = 0
    ) -> WordState {
        WordState(head0: head.0, head1: head.1, headCount: headCount, start: s.start + count - s.headCount, end: s.end)
    }

    // MARK: Letters

    @inline(__always)
    private func byte(_ s: WordState, _ i: Int) -> UInt8 {
        if i < s.headCount { return i == 0 ? s.head0 : s.head1 }
        let k = s.start + i - s.headCount
        return k < s.end ? word[k] : 0
    }

    private func starts(_ s: WordState, with prefix: [UInt8]) -> Bool {
        guard s.count >= prefix.count else { return false }
        for k in 0..<prefix.count where byte(s, k) != prefix[k] { return false }
        return true
    }

    /// Whether `s` ends with `suffix` within its original letters (suffixes are never cut into the head).
    private func ends(_ s: WordState, with suffix: [UInt8]) -> Bool {
        guard s.end - s.start >= suffix.count else { return false }
        let base = s.end - suffix.count
        for k in 0..<suffix.count where word[base + k] != suffix[k] { return false }
        return true
    }

    private func equals(_ s: WordState, _ bytes: [UInt8]) -> Bool {
        guard s.count == bytes.count else { return false }
        for k in 0..<bytes.count where byte(s, k) != bytes[k] { return false }
        return true
    }

    @inline(__always)
    private func isRoot(_ s: WordState) -> Bool {
        roots.contains(head: (s.head0, s.head1), headCount: s.headCount, body: word, range: s.start..<s.end)
    }

    /// A root, or in prefix-first mode a root once the suffixes go.
    private func found(_ s: WordState) -> Bool {
        isRoot(s) || (prefixFirst && isRoot(strippingSuffixes(s)))
    }
}
