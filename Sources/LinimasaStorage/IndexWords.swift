internal import Foundation
package import LinimasaCore
internal import Synchronization

/// The words a search index holds: the language pack's tokens, lowercased, and their stems.
///
/// Shared by the SQLite tokenizer and the PostgreSQL store, so both index and
/// query exactly the same terms. News vocabulary repeats a lot and the stemmer
/// is much slower than a dictionary lookup, so stems are cached; the cache is
/// cleared when it grows past `cacheLimit`.
package final class IndexWords: Sendable {
    package let pack: any LanguagePack
    private let cache = Mutex<[String: String]>([:])
    private let cacheLimit = 200_000

    package init(pack: any LanguagePack) {
        self.pack = pack
    }

    /// The stem of a lowercased word, from the cache when seen before.
    package func stem(_ lowered: String) -> String {
        if let known = cache.withLock({ $0[lowered] }) { return known }
        var stem = pack.stem(lowered)
        if stem.isEmpty { stem = lowered }
        cache.withLock { table in
            if table.count >= cacheLimit { table.removeAll(keepingCapacity: true) }
            table[lowered] = stem
        }
        return stem
    }

    /// Calls `body` with each word's byte range, lowercased form and stem, in order.
    ///
    /// - Parameter stemming: `false` passes the lowercased form as the stem too (a prefix query).
    package func forEachWord(
        in text: String,
        stemming: Bool = true,
        _ body: (_ range: TextRange, _ lowered: String, _ stem: String) -> Void
    ) {
        let utf8 = Array(text.utf8)
        for range in pack.tokenRanges(in: text) where range.start >= 0 && range.end <= utf8.count && range.length > 0 {
            let lowered = IndexWords.lowercase(utf8[range.start..<range.end])
            body(range, lowered, stemming ? stem(lowered) : lowered)
        }
    }

    /// Lowercases a word's bytes: ASCII by arithmetic, anything else through `String`.
    package static func lowercase(_ bytes: ArraySlice<UInt8>) -> String {
        guard !bytes.contains(where: { $0 >= 0x80 }) else {
            return String(decoding: bytes, as: UTF8.self).lowercased()
        }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var index = 0
            for byte in bytes {
                buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                index += 1
            }
            return index
        }
    }
}
