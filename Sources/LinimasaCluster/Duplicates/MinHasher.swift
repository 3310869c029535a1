import LinimasaCore

/// MinHash signatures of word shingles, and the exact-copy hash, of an article body.
///
/// A shingle is `shingleLength` consecutive tokens, lowercased (ASCII letters
/// folded on bytes). Each of the `count` hash functions is a multiply-shift of
/// the shingle's 64-bit hash, so a signature costs one multiply per shingle and
/// function. The fraction of equal entries in two signatures estimates the
/// Jaccard similarity of the two shingle sets.
struct MinHasher: Sendable {
    let count: Int
    let shingleLength: Int
    private let multipliers: [UInt64]
    private let increments: [UInt64]

    init(count: Int, shingleLength: Int) {
        self.count = max(1, count)
        self.shingleLength = max(1, shingleLength)
        var state: UInt64 = 0x6c69_6e69_6d61_7361  // "linimasa": fixed, so signatures are stable across runs
        var multipliers: [UInt64] = []
        var increments: [UInt64] = []
        for _ in 0..<self.count {
            multipliers.append(MinHasher.splitMix(&state) | 1)
            increments.append(MinHasher.splitMix(&state))
        }
        self.multipliers = multipliers
        self.increments = increments
    }

    /// The signature and exact hash of `text`.
    ///
    /// - Parameter ranges: The token ranges of `text`.
    /// - Returns: `count` minimum values, and a hash of the lowercased token sequence
    ///   (equal for bodies that differ only in case, punctuation or spacing).
    /// - Complexity: O(*t* · `count`) for *t* tokens.
    func signature(of text: String, ranges: [TextRange]) -> (signature: [UInt32], exactHash: UInt64) {
        var tokenHashes: [UInt64] = []
        tokenHashes.reserveCapacity(ranges.count)
        var exact: UInt64 = 0xcbf2_9ce4_8422_2325
        var copy = text
        copy.withUTF8 { bytes in
            for range in ranges where range.end <= bytes.count {
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for i in range.start..<range.end {
                    var b = bytes[i]
                    if b >= 0x41 && b <= 0x5A { b += 0x20 }
                    hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01b3
                    exact = (exact ^ UInt64(b)) &* 0x0000_0100_0000_01b3
                }
                exact = (exact ^ 0x20) &* 0x0000_0100_0000_01b3
                tokenHashes.append(hash)
            }
        }
        var minimums = [UInt32](repeating: .max, count: count)
        guard !tokenHashes.isEmpty else { return (minimums, exact) }
        let k = min(shingleLength, tokenHashes.count)
        for start in 0...(tokenHashes.count - k) {
            var shingle: UInt64 = 0x9e37_79b9_7f4a_7c15
            for j in start..<(start + k) {
                shingle = (shingle ^ tokenHashes[j]) &* 0xff51_afd7_ed55_8ccd
                shingle ^= shingle >> 29
            }
            for f in 0..<count {
                let value = UInt32(truncatingIfNeeded: (shingle &* multipliers[f] &+ increments[f]) >> 32)
                if value < minimums[f] { minimums[f] = value }
            }
        }
        return (minimums, exact)
    }

    /// The fraction of equal entries: the estimated Jaccard similarity.
    static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
        let n = min(a.count, b.count)
        guard n > 0 else { return 0 }
        var equal = 0
        for i in 0..<n where a[i] == b[i] { equal += 1 }
        return Double(equal) / Double(n)
    }

    static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
