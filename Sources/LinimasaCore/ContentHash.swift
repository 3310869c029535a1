/// A 64-bit FNV-1a hash of bytes, as 16 lowercase hex digits.
///
/// Used for article ids (over the normalised body) and for exact-copy
/// detection. Not cryptographic; stable across runs and platforms.
public enum ContentHash {
    /// The FNV-1a 64-bit hash of `bytes`.
    public static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The hash of `text` with runs of white space folded to one space and the ends trimmed,
    /// so a body re-wrapped or re-indented keeps its id.
    public static func normalizedBodyID(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var pendingSpace = false
        var started = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                pendingSpace = started
                continue
            }
            if pendingSpace {
                hash ^= 0x20
                hash = hash &* 0x0000_0100_0000_01b3
                pendingSpace = false
            }
            started = true
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hex(hash)
    }

    /// 16 lowercase hex digits.
    public static func hex(_ value: UInt64) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8](repeating: 0, count: 16)
        var v = value
        for i in stride(from: 15, through: 0, by: -1) {
            out[i] = digits[Int(v & 0xF)]
            v >>= 4
        }
        return String(decoding: out, as: UTF8.self)
    }
}
