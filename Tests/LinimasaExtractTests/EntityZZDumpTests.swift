import Foundation
import LinimasaCore
import LinimasaExtract
import LinimasaTestSupport
import Testing

struct EntityZZDumpTests {
    @Test func dump() throws {
        guard let shared = Corpus.shared else { return }
        let data = try Data(contentsOf: shared.appendingPathComponent("seeds_gold.json"))
        let gold = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var out = ""
        for name in gold.keys.sorted() {
            let seed = try #require(gold[name] as? [String: Any])
            let text = try Corpus.text(shared.appendingPathComponent("seeds/\(name).txt"))
            let body = EntitySeedsTests.body(text, seed: seed)
            out += "===== \(name)\n"
            for e in EntityTestSupport.entities(body, on: seed["published"] as? String) {
                out += "\(e.id)\t\(e.type.rawValue)\t\(e.name)\t" + e.mentions.map { "\($0.text)@\($0.range.start)" }.joined(separator: " | ") + "\n"
            }
        }
        try out.write(toFile: "/tmp/ent-dump.txt", atomically: true, encoding: .utf8)
    }
}
