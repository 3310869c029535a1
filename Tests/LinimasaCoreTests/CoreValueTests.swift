import LinimasaCore
import Testing

struct CoreValueTests {
    @Test func slicesAreByteRanges() {
        let text = "Café “baru” di Jakarta"
        let start = Array(text.utf8).firstIndex(of: UInt8(ascii: "J"))!  // the text holds a J
        let range = TextRange(start: start, end: start + 7)
        #expect(text.slice(range) == "Jakarta")
        #expect(text.slice(TextRange(start: 0, end: 5)) == "Café")
        #expect(TextRange(start: 2, end: 5).overlaps(TextRange(start: 4, end: 9)))
        #expect(!TextRange(start: 2, end: 5).overlaps(TextRange(start: 5, end: 9)))
        #expect(TextRange(start: 0, end: 9).contains(TextRange(start: 2, end: 5)))
    }

    @Test func contentHashFoldsWhiteSpace() {
        #expect(ContentHash.normalizedBodyID("a  b\n\nc ") == ContentHash.normalizedBodyID(" a b c"))
        #expect(ContentHash.normalizedBodyID("a b") != ContentHash.normalizedBodyID("ab"))
        // FNV-1a 64 of "a", a published test vector.
        #expect(ContentHash.hex(ContentHash.fnv1a(Array("a".utf8))) == "af63dc4c8601ec8c")
    }

    @Test func lexiconParsing() throws {
        let lexicon = try Lexicon(name: "test", tsv: "# comment\nKemarin Lusa\t-2\n\nbesok\t1\textra\n")
        #expect(lexicon.count == 2)
        #expect(lexicon.value("kemarin lusa") == "-2")
        #expect(lexicon["BESOK"] == ["1", "extra"])
        #expect(lexicon.maxWords == 2)
        #expect(throws: LinimasaError.self) { try Lexicon(name: "bad", tsv: "\tvalue\n") }
    }

    @Test func errorsNameTheirInputAndKeepTheCause() {
        struct Cause: Error, CustomStringConvertible { var description: String { "disk full" } }
        let error = LinimasaError(.storage, "cannot save story 7", cause: Cause())
        #expect(error.description == "cannot save story 7 (disk full)")
        #expect(error.code == .storage)
        #expect(error.location.hasPrefix("LinimasaCoreTests/CoreValueTests.swift:"))
    }
}
