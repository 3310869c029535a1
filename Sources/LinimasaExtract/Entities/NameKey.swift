/// Normalised keys of names: case, hyphens, apostrophes and spacing folded away.
///
/// `Kim Jong-un`, `Kim Jong Un` and `KIM JONG UN` have the same key. A key is
/// a 64-bit FNV-1a hash of the name's letters and digits, lowercased (ASCII and
/// Latin-1 capitals), with everything else left out; hashes of a longer name
/// continue those of its first words, so a matcher can extend a name one word
/// at a time without building strings.
enum NameKey {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Continues `hash` with the letters and digits of `bytes[range]`.
    @inline(__always)
    static func extend(_ hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h = hash
        var i = range.lowerBound
        while i < range.upperBound {
            var b = bytes[i]
            if b < 0x80 {
                if b >= 0x41 && b <= 0x5A {
                    b |= 0x20
                } else if !((b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)) {
                    i += 1
                    continue
                }
            } else if b == 0xE2, i + 2 < range.upperBound, bytes[i + 1] == 0x80,
                bytes[i + 2] >= 0x90 && bytes[i + 2] <= 0x9F
            {
                // General punctuation: dashes and curly quotes (’ inside Ma’ruf) are not part of a key.
                i += 3
                continue
            } else if b == 0xC3, i + 1 < range.upperBound {
                // Latin-1 capitals À..Þ (except ×) fold to their small letters.
                let next = bytes[i + 1]
                h = (h ^ UInt64(b)) &* 0x100_0000_01b3
                let folded = (next >= 0x80 && next <= 0x9E && next != 0x97) ? next | 0x20 : next
                h = (h ^ UInt64(folded)) &* 0x100_0000_01b3
                i += 2
                continue
            }
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
            i += 1
        }
        return h
    }

    /// The key of a whole string.
    static func of(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { extend(seed, $0, 0..<$0.count) }
    }

    /// The compact normal form as a string (`kimjongun`), for edit distances and ids.
    static func compact(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var text = text
        text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    if b >= 0x41 && b <= 0x5A {
                        out.append(b | 0x20)
                    } else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                        out.append(b)
                    }
                    i += 1
                } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80,
                    bytes[i + 2] >= 0x90 && bytes[i + 2] <= 0x9F
                {
                    i += 3
                } else if b == 0xC3, i + 1 < bytes.count {
                    let next = bytes[i + 1]
                    out.append(b)
                    out.append((next >= 0x80 && next <= 0x9E && next != 0x97) ? next | 0x20 : next)
                    i += 2
                } else {
                    out.append(b)
                    i += 1
                }
            }
        }
        return out
    }

    /// A readable id part: lowercase ASCII letters and digits, words joined by `-` (`jeffrey-lewis`).
    static func slug(_ text: String) -> String {
        var out: [UInt8] = []
        var pendingDash = false
        for b in text.utf8 {
            let lower = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) || lower >= 0x80 {
                if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(lower)
            } else if lower != UInt8(ascii: "'") {
                pendingDash = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Levenshtein distance of two byte strings, giving up above `limit`.
///
/// - Returns: The distance, or `limit + 1` when it is larger than `limit`.
/// - Complexity: O(*m* × *n*) time, O(*n*) space.
func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        var rowMin = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            rowMin = min(rowMin, current[j])
        }
        if rowMin > limit { return limit + 1 }
        swap(&previous, &current)
    }
    return previous[b.count]
}

/// How many edits two names of this length may differ by and still be one spelling (`Beloussov` ~ `Belousov`).
///
/// None below 6 letters (`Kim`/`Kin` are different people), one up to 11, two from 12.
func allowedEdits(forLength length: Int) -> Int {
    length < 6 ? 0 : (length < 12 ? 1 : 2)
}
