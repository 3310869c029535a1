import Foundation
import LinimasaCore
import LinimasaTestSupport
import Testing

@testable import LinimasaText

struct HTMLReaderDebugTests {
    @Test func dumpSamples() throws {
        var out = ""
        let dir = Corpus.samples.appendingPathComponent("articles")
        let extra = (ProcessInfo.processInfo.environment["HTML_DEBUG_DIR"]).map { URL(fileURLWithPath: $0) }
        for folder in [dir] + (extra.map { [$0] } ?? []) {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".html") {
                let html = try Corpus.text(folder.appendingPathComponent(name))
                out += "=== \(name)\n"
                do {
                    let d = try HTMLReader(dates: ISODates()).draft(html: html, source: name)
                    out += "title: \(d.title ?? "-")\noutlet: \(d.outlet ?? "-")\npublished: \(d.published?.iso ?? "-")\nauthors: \(d.authors)\n"
                    for p in d.paragraphs { out += "P| \(p)\n" }
                    for b in d.boilerplate { out += "B[\(b.reason.rawValue)]| \(b.text)\n" }
                } catch { out += "ERROR \(error)\n" }
            }
        }
        try out.write(toFile: "/tmp/html-debug.txt", atomically: true, encoding: .utf8)
    }
}
