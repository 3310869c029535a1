/// A set of root words looked up by UTF-8 bytes, without making `String`s.
///
/// All words sit in one byte array; an open-addressing table of word
/// numbers, twice the word count rounded up to a power of two, is probed
/// linearly from an FNV-1a hash. A lookup hashes the bytes once and compares
/// lengths, then bytes, of the few words it probes: no allocation.
struct RootDictionary: Sendable {
    private var storage: [UInt8] = []
    /// Word `i` is `storage[offsets[i]..<offsets[i + 1]]`.
    private var offsets: [Int32] = [0]
    /// Word number + 1 per slot; 0 marks an empty slot.
    private var slots: [Int32]
    private var mask: Int

    /// The number of words.
    var count: Int { offsets.count - 1 }

    /// Reads a word list: one word a line; empty lines and lines starting with `#` are skipped.
    ///
    /// Words are kept byte for byte (the list is expected lowercase and NFC). Duplicates are kept once.
    init(wordList text: String) {
        var words: [ArraySlice<UInt8>] = []
        var text = text
        text.withUTF8 { bytes in
            var lineStart = 0
            for i in 0...bytes.count {
                guard i == bytes.count || bytes[i] == UInt8(ascii: "\n") else { continue }
                var lineEnd = i
                while lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D || bytes[lineEnd - 1] == 0x20 { lineEnd -= 1 }
                if lineEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#") {
                    words.append(ArraySlice(bytes[lineStart..<lineEnd]))
                }
                lineStart = i + 1
            }
        }
        var size = 16
        while size < words.count * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        for word in words {
            word.withUnsafeBufferPointer { insert($0) }
        }
    }

    private mutating func insert(_ word: UnsafeBufferPointer<UInt8>) {
        if contains(word) { return }
        var slot = Int(truncatingIfNeeded: Self.hash(word)) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        storage.append(contentsOf: word)
        offsets.append(Int32(storage.count))
        slots[slot] = Int32(offsets.count - 1)
    }

    /// Whether `word` is in the set.
    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        contains(hash: Self.hash(word), count: word.count) { index in word[index] }
    }

    /// Whether the concatenation of `head` (its first `headCount` bytes) and `body[range]` is in the set.
    func contains(head: (UInt8, UInt8), headCount: Int, body: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Bool {
        var hash = Self.offsetBasis
        if headCount > 0 { hash = (hash ^ UInt64(head.0)) &* Self.prime }
        if headCount > 1 { hash = (hash ^ UInt64(head.1)) &* Self.prime }
        for i in range { hash = (hash ^ UInt64(body[i])) &* Self.prime }
        return contains(hash: hash, count: headCount + range.count) { index in
            index < headCount ? (index == 0 ? head.0 : head.1) : body[range.lowerBound + index - headCount]
        }
    }

    @inline(__always)
    private func contains(hash: UInt64, count: Int, byte: (Int) -> UInt8) -> Bool {
        var slot = Int(truncatingIfNeeded: hash) & mask
        return storage.withUnsafeBufferPointer { storage in
            slots.withUnsafeBufferPointer { slots in
                offsets.withUnsafeBufferPointer { offsets in
                    while true {
                        let entry = Int(slots[slot])
                        if entry == 0 { return false }
                        let start = Int(offsets[entry - 1])
                        let end = Int(offsets[entry])
                        if end - start == count {
                            var same = true
                            for k in 0..<count where storage[start + k] != byte(k) {
                                same = false
                                break
                            }
                            if same { return true }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for b in bytes { hash = (hash ^ UInt64(b)) &* prime }
        return hash
    }
}
