import LinimasaCore
import LinimasaText
import Testing

struct TextDecodingTests {
    func message(_ bytes: [UInt8], limit: Int = 1 << 20) -> String? {
        do {
            _ = try TextDecoding.decode(bytes, source: "in.txt", limit: limit)
            return nil
        } catch let error as LinimasaError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    @Test func emptyBinaryLargeAndUTF16AreRefused() {
        #expect(message([]) == "cannot read 'in.txt': it is empty")
        #expect(message(Array(" \n\t ".utf8)) == "cannot read 'in.txt': it is empty")
        #expect(message([0x41, 0x00, 0x42]) == "cannot read 'in.txt': binary data (a NUL byte at byte 1), not text")
        #expect(message([UInt8](repeating: 0x41, count: 11), limit: 10)
            == "cannot read 'in.txt': 11 bytes is over the limit of 10 bytes; raise --max-bytes or split the file")
        #expect(message([0xFF, 0xFE, 0x41, 0x00]) == "cannot read 'in.txt': it is UTF-16; re-save it as UTF-8")
        #expect(message([0x01, 0x02, 0x03, 0x04, 0x41]) == "cannot read 'in.txt': binary data (mostly control bytes), not text")
    }

    @Test func windows1252IsReadWithAWarning() throws {
        // "Café “baru”" in Windows-1252.
        let bytes: [UInt8] = [0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x62, 0x61, 0x72, 0x75, 0x94]
        let result = try TextDecoding.decode(bytes, source: "in.txt", limit: 100)
        #expect(result.text == "Café “baru”")
        #expect(result.warnings == ["'in.txt' is not UTF-8 (byte 3); read as Windows-1252"])
    }

    @Test func bomCRLFAndNFC() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Cafe\u{301}\r\nbaru\r".utf8)
        let result = try TextDecoding.decode(bytes, source: "in.txt", limit: 100)
        #expect(result.text == "Caf\u{E9}\nbaru\n")
        #expect(Array(result.text.utf8) == Array("Caf\u{E9}\nbaru\n".utf8))
        #expect(result.warnings.isEmpty)
    }
}
