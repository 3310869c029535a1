/// A sparse vector of weights over term or entity indexes, sorted by index.
///
/// Article vectors are small (a few hundred entries) and immutable once made;
/// story centroids are dictionaries (``Centroid``) because they change on every add.
struct SparseVector: Sendable, Hashable {
    /// Indexes, strictly increasing.
    var indexes: [Int32]
    /// The weight of each index.
    var weights: [Float]

    static let empty = SparseVector(indexes: [], weights: [])

    var isEmpty: Bool { indexes.isEmpty }

    /// Makes a vector from weights by index, scaled to length 1 (an all-zero input stays empty).
    init(unitFrom counts: [Int32: Float]) {
        let sorted = counts.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        var norm: Float = 0
        for (_, w) in sorted { norm += w * w }
        norm = norm.squareRoot()
        indexes = sorted.map(\.key)
        weights = norm > 0 ? sorted.map { $0.value / norm } : []
        if norm == 0 { indexes = [] }
    }

    init(indexes: [Int32], weights: [Float]) {
        self.indexes = indexes
        self.weights = weights
    }

    /// The dot product with another sorted vector, by merging.
    ///
    /// - Complexity: O(*n* + *m*).
    func dot(_ other: SparseVector) -> Float {
        var i = 0
        var j = 0
        var sum: Float = 0
        while i < indexes.count, j < other.indexes.count {
            let a = indexes[i]
            let b = other.indexes[j]
            if a == b {
                sum += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if a < b {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// The `count` indexes with the largest weights, heaviest first.
    func heaviest(_ count: Int) -> [Int32] {
        guard indexes.count > count else {
            return zip(indexes, weights).sorted { $0.1 > $1.1 }.map(\.0)
        }
        return zip(indexes, weights).sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }.prefix(count).map(\.0)
    }
}

/// A running sum of unit vectors: a story's or thread's centre.
///
/// The cosine of a unit vector with the centre is `dot / norm`; the squared
/// norm is kept up to date on every add so no pass over the centre is needed.
struct Centroid: Sendable {
    var weights: [Int32: Float] = [:]
    var normSquared: Float = 0

    /// The dot product with `vector`.
    ///
    /// - Complexity: O(*n*) in the entries of `vector`.
    func dot(_ vector: SparseVector) -> Float {
        var sum: Float = 0
        for (i, index) in vector.indexes.enumerated() {
            if let w = weights[index] { sum += w * vector.weights[i] }
        }
        return sum
    }

    /// The cosine of `vector` (a unit vector) with this centre, 0 when either is empty.
    func cosine(_ vector: SparseVector) -> Float {
        guard normSquared > 0, !vector.isEmpty else { return 0 }
        return dot(vector) / normSquared.squareRoot()
    }

    /// The cosine of `vector` (a unit vector) with this centre after taking `vector` out of it:
    /// how well a member fits the rest of its story. 0 when nothing would be left.
    func cosine(without vector: SparseVector) -> Float {
        guard !vector.isEmpty else { return 0 }
        let dot = dot(vector)
        let rest = normSquared - 2 * dot + 1
        guard rest > 1e-4 else { return 0 }
        return max(0, dot - 1) / rest.squareRoot()
    }

    /// The cosine of two centres, 0 when either is empty.
    ///
    /// - Complexity: O(*n*) in the entries of the smaller centre.
    func cosine(_ other: Centroid) -> Float {
        guard normSquared > 0, other.normSquared > 0 else { return 0 }
        return dot(other) / (normSquared * other.normSquared).squareRoot()
    }

    /// The dot product of two centres.
    ///
    /// - Complexity: O(*n*) in the entries of the smaller centre.
    func dot(_ other: Centroid) -> Float {
        let (small, large) = weights.count <= other.weights.count ? (weights, other.weights) : (other.weights, weights)
        var sum: Float = 0
        for (index, weight) in small { if let w = large[index] { sum += weight * w } }
        return sum
    }

    /// Adds the entries of another centre.
    mutating func add(_ other: Centroid) {
        for (index, weight) in other.weights {
            let old = weights[index] ?? 0
            let new = old + weight
            normSquared += new * new - old * old
            weights[index] = abs(new) < 1e-6 ? nil : new
        }
        if normSquared < 0 { normSquared = 0 }
    }

    /// Adds `vector` scaled by `scale` (−1 removes one added before).
    mutating func add(_ vector: SparseVector, scale: Float = 1) {
        for (i, index) in vector.indexes.enumerated() {
            let w = vector.weights[i] * scale
            let old = weights[index] ?? 0
            let new = old + w
            normSquared += new * new - old * old
            if abs(new) < 1e-6 {
                weights[index] = nil
            } else {
                weights[index] = new
            }
        }
        if normSquared < 0 { normSquared = 0 }
    }

    /// Drops the lightest entries so at most `limit` remain, and recomputes the norm.
    mutating func prune(to limit: Int) {
        guard weights.count > limit else { return }
        let kept = weights.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(limit)
        weights = Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
        normSquared = weights.values.reduce(0) { $0 + $1 * $1 }
    }

    /// The centre as a unit vector.
    var unitVector: SparseVector {
        SparseVector(unitFrom: weights)
    }

    /// The `count` heaviest indexes.
    func heaviest(_ count: Int) -> [Int32] {
        weights.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(count).map(\.key)
    }
}
