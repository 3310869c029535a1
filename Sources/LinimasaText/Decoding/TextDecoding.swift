internal import Foundation
internal import LinimasaCore

/// Turns raw bytes into NFC-normalised text, or says clearly why they are not text.
public enum TextDecoding {
    /// The decoded text and anything a person should know about how it was decoded.
    public struct Result: Sendable {
        public var text: String
        /// For example "not UTF-8 at byte 1024; read as Windows-1252".
        public var warnings: [String]
    }

    /// Decodes `bytes` from `source`.
    ///
    /// UTF-8 (with or without a byte-order mark) is read as is; other bytes are
    /// read as Windows-1252 with a warning. Line breaks become `\n` and the
    /// text is NFC-normalised.
    ///
    /// - Throws: ``LinimasaError/Code/invalidInput`` when the input is empty,
    ///   larger than `limit`, or binary (a NUL byte, or mostly control bytes).
    public static func decode(_ bytes: [UInt8], source: String, limit: Int) throws -> Result {
        guard bytes.count <= limit else {
            throw LinimasaError(
                .invalidInput,
                "cannot read '\(source)': \(bytes.count) bytes is over the limit of \(limit) bytes; raise --max-bytes or split the file"
            )
        }
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        if content.starts(with: [0xFF, 0xFE]) || content.starts(with: [0xFE, 0xFF]) {
            throw LinimasaError(.invalidInput, "cannot read '\(source)': it is UTF-16; re-save it as UTF-8")
        }
        guard content.contains(where: { $0 > 0x20 }) else {
            throw LinimasaError(.invalidInput, "cannot read '\(source)': it is empty")
        }
        var controls = 0
        for (offset, byte) in content.prefix(65_536).enumerated() {
            if byte == 0 {
                throw LinimasaError(
                    .invalidInput, "cannot read '\(source)': binary data (a NUL byte at byte \(offset)), not text")
            }
            if byte < 0x20, byte != 0x0A, byte != 0x0D, byte != 0x09, byte != 0x0C { controls += 1 }
        }
        if controls * 10 > min(content.count, 65_536) {
            throw LinimasaError(.invalidInput, "cannot read '\(source)': binary data (mostly control bytes), not text")
        }
        var warnings: [String] = []
        var text: String
        if let invalid = firstInvalidUTF8(content) {
            text = windows1252(content)
            warnings.append("'\(source)' is not UTF-8 (byte \(invalid)); read as Windows-1252")
        } else {
            text = String(decoding: content, as: UTF8.self)
        }
        if text.utf8.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if text.utf8.contains(where: { $0 >= 0x80 }) {
            text = text.precomposedStringWithCanonicalMapping
        }
        return Result(text: text, warnings: warnings)
    }

    /// Offset of the first byte that is not part of valid UTF-8, or `nil`.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let length: Int
            if b & 0xE0 == 0xC0, b >= 0xC2 {
                length = 2
            } else if b & 0xF0 == 0xE0 {
                length = 3
            } else if b & 0xF8 == 0xF0, b <= 0xF4 {
                length = 4
            } else {
                return i - bytes.startIndex
            }
            guard i + length <= end else { return i - bytes.startIndex }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i - bytes.startIndex }
            i += length
        }
        return nil
    }

    /// Windows-1252, which is Latin-1 with printable characters in 0x80–0x9F.
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        let high: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
            0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
            0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let value = (0x80..<0xA0).contains(b) ? high[Int(b - 0x80)] : UInt32(b)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
