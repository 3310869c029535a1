extension StringProtocol {
    /// The lines of the text, split at `\n` on UTF-8 bytes, empty lines left out.
    ///
    /// `split(separator: "\n")` on a `String` walks grapheme clusters; this walks bytes.
    /// - Complexity: O(*n*) in the UTF-8 length.
    func nonEmptyLines() -> [String] {
        var text = String(self)
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            for index in 0..<bytes.count where bytes[index] == 0x0A {
                if index > start { lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
            if start < bytes.count {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]), as: UTF8.self))
            }
            return lines
        }
    }

    /// The parts of the text between occurrences of `separator`, found on UTF-8 bytes.
    func parts(separatedBy separator: String) -> [String] {
        let bytes = Array(utf8)
        let key = Array(separator.utf8)
        var parts: [String] = []
        var start = 0
        var index = 0
        while index + key.count <= bytes.count {
            if bytes[index] == key[0], Array(bytes[index..<(index + key.count)]) == key {
                parts.append(String(decoding: bytes[start..<index], as: UTF8.self))
                index += key.count
                start = index
            } else {
                index += 1
            }
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        return parts
    }
}
