import Foundation
import LinimasaCore
import LinimasaExtract
import LinimasaIndonesian
import Testing

/// One line of `Fixtures/time-cases.tsv`.
struct TimeCase: Sendable, CustomTestStringConvertible {
    var line: Int
    var kind: String
    var reference: CalendarDate?
    var sentence: String
    /// The expected span, or `nil` when the sentence must have no time expression at all.
    var span: String?
    /// The expected value; `nil` when the expression is tagged without one.
    var value: String?
    /// Why the case is a known failure, or `nil` when it must pass.
    var gap: String?

    var testDescription: String { "line \(line) [\(kind)]: \(span ?? "no expression") in \"\(sentence)\"" }

    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/time-cases.tsv")

    /// All cases of the fixture file.
    static func load() -> [TimeCase] {
        guard let data = try? Data(contentsOf: file) else { return [] }
        var cases: [TimeCase] = []
        for (index, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 5 else { continue }
            cases.append(
                TimeCase(
                    line: index + 1,
                    kind: f[0],
                    reference: f[1] == "-" ? nil : CalendarDate(iso: f[1]),
                    sentence: f[2],
                    span: f[3] == "NONE" ? nil : f[3],
                    value: f[4] == "nil" || f[4] == "-" ? nil : f[4],
                    gap: f.count > 5 && !f[5].isEmpty ? f[5] : nil
                ))
        }
        return cases
    }

    /// Whether `tagger` gets this case right, and what it found instead when not.
    func check(_ tagger: TimeTagger) -> (passed: Bool, found: String) {
        let times = tagger.tag(sentence, reference: reference.map { ReferenceDate(date: $0, source: .given) })
        let found = times.map { "\($0.text)=\($0.value ?? "nil")" }.joined(separator: ", ")
        guard let span else { return (times.isEmpty, found) }
        let hit = times.first { $0.text == span }
        return (hit != nil && hit?.value == value, found)
    }
}

struct TimeCaseTests {
    static let tagger: TimeTagger = {
        // The bundled pack is part of the build; failing to load it is a build error.
        try! TimeTagger(pack: IndonesianPack())
    }()

    static let cases = TimeCase.load()

    @Test func caseFileIsLarge() {
        #expect(Self.cases.count >= 300)
        let kinds = Set(Self.cases.map(\.kind))
        for kind in ["absolute", "range", "weekday+date", "weekday", "relative", "month", "time", "duration", "set", "ref", "anaphor", "negative"] {
            #expect(kinds.contains(kind), "no case of kind \(kind)")
        }
    }

    @Test(arguments: TimeCaseTests.cases)
    func taggerMatchesCase(_ c: TimeCase) {
        let (passed, found) = c.check(Self.tagger)
        if let gap = c.gap {
            withKnownIssue("known gap: \(gap)") {
                #expect(passed, "found: \(found)")
            }
        } else {
            #expect(passed, "expected \(c.span ?? "nothing") = \(c.value ?? "nil"); found: \(found)")
        }
    }

    /// With `LINIMASA_TIME_REPORT=<path>` set, writes each case's outcome and the tagging time
    /// for `Scripts/compare-dateparser.py`; otherwise does nothing.
    @Test func writesReportWhenAsked() throws {
        guard let path = ProcessInfo.processInfo.environment["LINIMASA_TIME_REPORT"] else { return }
        var lines = ["line\tkind\tpassed\tfound"]
        for c in Self.cases {
            let (passed, found) = c.check(Self.tagger)
            lines.append("\(c.line)\t\(c.kind)\t\(passed ? 1 : 0)\t\(found)")
        }
        let rounds = 200
        let clock = ContinuousClock()
        var bytes = 0
        var count = 0
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                for c in Self.cases {
                    count += Self.tagger.tag(c.sentence, reference: c.reference.map { ReferenceDate(date: $0, source: .given) }).count
                    bytes += c.sentence.utf8.count
                }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        lines.append("# sentences\t\(rounds * Self.cases.count)\tbytes\t\(bytes)\tseconds\t\(seconds)\ttags\t\(count)")
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(count > 0)
    }
}
