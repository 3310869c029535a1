/// Exact and near-duplicate lookup over the articles of the window.
///
/// Exact copies are found by a hash of the lowercased token sequence. Near
/// copies by locality-sensitive hashing: the signature is cut into `bands`
/// bands of equal rows; two articles sharing any band are candidates, and a
/// candidate counts when its estimated Jaccard similarity reaches the threshold.
/// With 128 functions in 32 bands of 4 rows, a pair at Jaccard 0.5 becomes a
/// candidate with probability 1 − (1 − 0.5⁴)³² ≈ 0.87, at 0.7 with ≈ 1.
struct DuplicateIndex: Sendable {
    struct Entry: Sendable {
        var articleID: String
        var serial: Int
        var signature: [UInt32]
        var exactHash: UInt64
        var bandKeys: [UInt64]
    }

    let bands: Int
    let threshold: Double
    private var exact: [UInt64: Int] = [:]
    private var buckets: [UInt64: [Int]] = [:]
    private(set) var entries: [Int: Entry] = [:]

    init(bands: Int, threshold: Double) {
        self.bands = max(1, bands)
        self.threshold = threshold
    }

    /// The best earlier match of a signature, if any.
    func match(signature: [UInt32], exactHash: UInt64) -> (serial: Int, match: DuplicateMatch)? {
        if let serial = exact[exactHash], let entry = entries[serial] {
            return (serial, DuplicateMatch(articleID: entry.articleID, kind: .exact, similarity: 1))
        }
        var best: (serial: Int, similarity: Double)?
        var seen = Set<Int>()
        for key in bandKeys(signature) {
            for serial in buckets[key] ?? [] where seen.insert(serial).inserted {
                guard let entry = entries[serial] else { continue }
                let similarity = MinHasher.similarity(signature, entry.signature)
                if similarity >= threshold,
                    best.map({ similarity > $0.similarity || (similarity == $0.similarity && serial < $0.serial) })
                        ?? true
                {
                    best = (serial, similarity)
                }
            }
        }
        guard let best, let entry = entries[best.serial] else { return nil }
        return (best.serial, DuplicateMatch(articleID: entry.articleID, kind: .near, similarity: best.similarity))
    }

    /// Adds an article.
    mutating func insert(articleID: String, serial: Int, signature: [UInt32], exactHash: UInt64) {
        let keys = bandKeys(signature)
        entries[serial] = Entry(
            articleID: articleID,
            serial: serial,
            signature: signature,
            exactHash: exactHash,
            bandKeys: keys
        )
        if exact[exactHash] == nil { exact[exactHash] = serial }
        for key in keys { buckets[key, default: []].append(serial) }
    }

    /// Forgets an article.
    mutating func remove(serial: Int) {
        guard let entry = entries.removeValue(forKey: serial) else { return }
        if exact[entry.exactHash] == serial { exact[entry.exactHash] = nil }
        for key in entry.bandKeys {
            guard var list = buckets[key] else { continue }
            list.removeAll { $0 == serial }
            buckets[key] = list.isEmpty ? nil : list
        }
    }

    private func bandKeys(_ signature: [UInt32]) -> [UInt64] {
        let rows = max(1, signature.count / bands)
        var keys: [UInt64] = []
        keys.reserveCapacity(bands)
        for band in 0..<bands {
            var key: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(band)
            let start = band * rows
            guard start + rows <= signature.count else { break }
            for value in signature[start..<(start + rows)] {
                key = (key ^ UInt64(value)) &* 0x0000_0100_0000_01b3
                key ^= key >> 31
            }
            keys.append(key)
        }
        return keys
    }
}
