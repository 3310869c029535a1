import Foundation
import LinimasaIndonesian
import Testing

struct StemmerDumpTmp {
    @Test func dump() throws {
        let pack = try IndonesianPack()
        let out = StemmerTests.cases.map { "\($0.word)\t\(pack.stem($0.word))" }.joined(separator: "\n") + "\n"
        try out.write(toFile: "/tmp/stem/ours.tsv", atomically: true, encoding: .utf8)
    }
}
