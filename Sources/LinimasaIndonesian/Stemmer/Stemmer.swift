public import LinimasaCore
import Synchronization

/// Reduces an Indonesian word to its root with a dictionary: `mengunjungi` → `kunjung`.
///
/// The algorithm is Enhanced Confix Stripping (Arifin, Mahendra and
/// Ciptaningtyas 2009) in the order Sastrawi gives it: remove the particle,
/// the possessive and the derivational suffix, then up to three prefixes with
/// their nasal recodings (`menyerang` → `serang`, `memasok` → `pasok`,
/// `mengecam` → `kecam`), stopping as soon as the word is a root; words with
/// a confix that takes precedence (`be-an`, `me-i`, `di-i`, `pe-i`, `ter-i`,
/// `be-lah`) try their prefix first; a first prefix that does not go with the
/// removed suffix (`ke-i`, `me-an`, …) stops the prefixes; and if nothing is
/// found the suffixes are put back one by one and the prefixes tried again.
/// A reduplication (`anak-anak`, `berbalas-balasan`, `kata-katanya`) stems to
/// the root of its halves when they share one, and stays whole otherwise
/// (`bolak-balik`). The affixes and rules are data (`stemmer-affixes` table);
/// the roots are a word list (`stemmer/root-words.txt`).
///
/// Beyond Sastrawi: the disallowed confixes, a look past the suffixes when the
/// prefix goes first, and no `-tah` or `-is` (see the table's header).
///
/// A word that is a root, of three bytes or fewer, or for which no root is
/// found is returned unchanged (`jakarta`, `covid`). Input should be one
/// lowercase NFC word; other bytes never match a rule or a root.
/// Results are cached; the cache is shared by all threads and cleared when full.
public final class Stemmer: Sendable {
    private let rules: AffixRules
    private let roots: RootDictionary
    private let cache: Mutex<[String: String]>
    private let cacheCapacity: Int
    /// Particles and possessives, which may follow a reduplication after a hyphen (`buku-buku-nya`).
    private let inflections: Set<String>

    /// Makes a stemmer.
    ///
    /// - Parameters:
    ///   - rootWords: The root list: one lowercase word a line; empty lines and lines starting with `#` are skipped.
    ///   - affixes: The `stemmer-affixes` table (see its header for the rows).
    ///   - cacheCapacity: How many stemmed words to remember before the cache is cleared; 0 turns the cache off.
    ///     The default is 100,000.
    /// - Throws: ``LinimasaError/Code/invalidData`` if the root list is empty or the table cannot be read.
    public init(rootWords: String, affixes: Lexicon, cacheCapacity: Int = 100_000) throws {
        self.rules = try AffixRules(affixes)
        self.roots = RootDictionary(wordList: rootWords)
        guard roots.count > 0 else {
            throw LinimasaError(.invalidData, "the stemmer's root-word list is empty; restore stemmer/root-words.txt")
        }
        self.cache = Mutex([:])
        self.cacheCapacity = cacheCapacity
        self.inflections = Set((rules.particles + rules.possessives).map { String(decoding: $0, as: UTF8.self) })
    }

    /// The number of root words.
    public var rootWordCount: Int { roots.count }

    /// Whether `word` is in the root list, as is.
    public func isRootWord(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { roots.contains($0) }
    }

    /// The root of one lowercase word, or the word itself if it has none.
    ///
    /// - Complexity: O(1) for a root or a word seen before; otherwise a few
    ///   hundred root lookups at most, each O(*n*) in the word's UTF-8 length.
    public func stem(_ word: String) -> String {
        if word.utf8.count <= 3 || isRootWord(word) { return word }
        guard cacheCapacity > 0 else { return stemUncached(word) }
        if let known = cache.withLock({ $0[word] }) { return known }
        let result = stemUncached(word)
        cache.withLock { cache in
            if cache.count >= cacheCapacity { cache.removeAll(keepingCapacity: true) }
            cache[word] = result
        }
        return result
    }

    /// ``stem(_:)`` without the cache.
    func stemUncached(_ word: String) -> String {
        guard word.utf8.contains(UInt8(ascii: "-")) else { return stemSingle(word) }
        let (left, right) = Self.splitAtLastHyphen(word)
        // `nikmat-ku` is one word with a possessive; `buku-buku-nya` a reduplication with one.
        if inflections.contains(right), !left.utf8.contains(UInt8(ascii: "-")) {
            return stemSingle(word)
        }
        return stemReduplication(word)
    }

    /// Asian (2007)'s plural rule: both halves must stem to the same root.
    private func stemReduplication(_ word: String) -> String {
        var (first, second) = Self.splitAtLastHyphen(word)
        if inflections.contains(second), first.utf8.contains(UInt8(ascii: "-")) {
            let (a, b) = Self.splitAtLastHyphen(first)
            first = a
            second = b + "-" + second
        }
        let root = stemSingle(first)
        var other = stemSingle(second)
        // `meniru-nirukan`: the second half may have lost its prefix's first letters.
        if other == second, !isRootWord(second) { other = stemSingle("me" + second) }
        return root == other ? root : word
    }

    private static func splitAtLastHyphen(_ word: String) -> (String, String) {
        let bytes = Array(word.utf8)
        let hyphen = bytes.lastIndex(of: UInt8(ascii: "-")) ?? bytes.count
        let left = String(decoding: bytes[..<hyphen], as: UTF8.self)
        let right = hyphen < bytes.count ? String(decoding: bytes[(hyphen + 1)...], as: UTF8.self) : ""
        return (left, right)
    }

    /// One word, hyphens treated as letters (the particle and possessive rules remove a hyphen before them).
    private func stemSingle(_ word: String) -> String {
        if word.utf8.count <= 3 { return word }
        var word = word
        return word.withUTF8 { bytes -> String? in
            var stripper = ConfixStripper(word: bytes, rules: rules, roots: roots)
            guard let root = stripper.run() else { return nil }
            if root.headCount == 0 {
                if root.start == 0, root.end == bytes.count { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[root.start..<root.end]), as: UTF8.self)
            }
            return String(unsafeUninitializedCapacity: root.count) { buffer in
                buffer[0] = root.head0
                if root.headCount > 1 { buffer[1] = root.head1 }
                for k in root.start..<root.end { buffer[root.headCount + k - root.start] = bytes[k] }
                return root.count
            }
        } ?? word
    }
}
