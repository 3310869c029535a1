import Foundation
import LinimasaCore
import LinimasaExtract
import LinimasaIndonesian
import LinimasaTestSupport
import Testing

/// Scores the tagger on the shared seeds and runs it over the IndoTimex articles, when `../shared` exists.
struct TimeCorpusTests {
    static let tagger: TimeTagger = {
        // The bundled pack is part of the build; failing to load it is a build error.
        try! TimeTagger(pack: IndonesianPack())
    }()

    /// Gold `times` of every seed, found in the seed's text tagged with its gold `published` date.
    @Test func findsSeedGoldTimes() throws {
        guard let shared = Corpus.shared else { return }
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: shared.appendingPathComponent("seeds_gold.json")))
        let seeds = try #require(gold as? [String: [String: Any]])
        var expected = 0
        var found = 0
        var valued = 0
        var extra = 0
        for (name, seed) in seeds.sorted(by: { $0.key < $1.key }) {
            let text = try Corpus.text(shared.appendingPathComponent("seeds/\(name).txt"))
            let published = try #require((seed["published"] as? String).flatMap { CalendarDate(iso: $0) })
            var times = Self.tagger.tag(text, reference: ReferenceDate(date: published, source: .given))
            let goldTimes = seed["times"] as? [[String: Any]] ?? []
            for g in goldTimes {
                expected += 1
                let span = g["text"] as? String
                let value = g["value"] as? String
                if let index = times.firstIndex(where: { $0.text == span && $0.value == value }) {
                    found += 1
                    times.remove(at: index)
                } else {
                    Issue.record("\(name): missed \(span ?? "?") = \(value ?? "nil")")
                }
            }
            valued += times.filter { $0.value != nil }.count
            extra += times.count
        }
        #expect(expected > 0)
        #expect(Double(found) >= 0.95 * Double(expected), "found \(found) of \(expected)")
        // Beyond the gold: date lines left in the raw seed text, vague durations, PAST_REF.
        #expect(extra <= expected / 2, "\(extra) expressions beyond the gold, \(valued) with values")
    }

    /// Every IndoTimex article (Kompas, 2013-2014) tagged against its creation date: spans are
    /// exact, values well formed, and the Kompas lede date `Hari (d/m/yyyy)` is read.
    @Test func readsIndoTimexArticles() throws {
        guard let folder = Corpus.shared?.appendingPathComponent("external/indotimex-dev"),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return }
        var ledes = 0
        var articles = 0
        for name in names.sorted() where name.hasSuffix(".tml") {
            let tml = try Corpus.text(folder.appendingPathComponent(name))
            guard let (dct, body) = Self.dctAndText(tml) else { continue }
            articles += 1
            let times = Self.tagger.tag(body, reference: ReferenceDate(date: dct, source: .given))
            var previous = -1
            for t in times {
                #expect(body.slice(t.range) == t.text, "\(name): span \(t.range)")
                #expect(t.range.start >= previous, "\(name): out of order at \(t.text)")
                previous = t.range.end
                if let value = t.value, t.kind == .date, value.first?.isNumber == true, value.count == 10 {
                    #expect(CalendarDate(iso: value) != nil, "\(name): \(t.text) = \(value)")
                }
            }
            if times.contains(where: { $0.anchor == .absolute && $0.text.contains("/") && $0.value?.count == 10 }) { ledes += 1 }
        }
        #expect(articles == 0 || ledes * 10 >= articles * 8, "lede dates in \(ledes) of \(articles) articles")
    }

    /// The creation date and the text of a TimeML file, tags removed.
    static func dctAndText(_ tml: String) -> (CalendarDate, String)? {
        guard let dctRange = tml.range(of: "value=\""), let textStart = tml.range(of: "<TEXT>"),
            let textEnd = tml.range(of: "</TEXT>")
        else { return nil }
        let parts = tml[dctRange.upperBound...].prefix(while: { $0 != "\"" }).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let dct = CalendarDate(year: parts[0], month: parts[1], day: parts[2]) else { return nil }
        var text = ""
        var inTag = false
        for ch in tml[textStart.upperBound..<textEnd.lowerBound] {
            if ch == "<" { inTag = true } else if ch == ">" { inTag = false } else if !inTag { text.append(ch) }
        }
        return (dct, text)
    }
}
