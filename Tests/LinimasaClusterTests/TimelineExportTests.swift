import Foundation
import LinimasaCluster
import LinimasaCore
import Testing

/// The renderers of fused entries: text, JSON, CSV, TimelineJS.
struct TimelineExportTests {
    static let entries: [TimelineEntry] = {
        let kim = Event.Actor(id: "Q56226", name: "Kim Jong Un", role: .source)
        let putin = Event.Actor(id: "Q7747", name: "Vladimir Putin", role: .target)
        func mention(_ date: String, _ article: String, _ published: String, _ sentence: String) -> EventMention {
            let event = Event(
                type: "MEET", cameo: "04", date: date, time: date, actors: [kim, putin],
                place: EntityReference(id: "kb:vladivostok", name: "Vladivostok"),
                sentence: TextRange(start: 0, end: 1), trigger: TextRange(start: 0, end: 1),
                negated: false, modality: .asserted, reported: false, confidence: 0.9
            )
            return EventMention(
                event: event, article: article, outlet: "Kabar, \"Harian\"", published: CalendarDate(iso: published),
                sentence: sentence
            )
        }
        return TimelineFuser().fuse([
            mention("2019-04", "a", "2024-10-08", "Kim dan Putin bertemu, pertama kali."),
            mention("2024-W46", "b", "2024-11-18", "Keduanya bertemu lagi."),
        ])
    }()

    @Test func textListsDateHeadlineAndSources() {
        let text = TimelineExport.text(Self.entries)
        #expect(text.contains("2019-04     MEET  Kim Jong Un → Vladimir Putin · Vladivostok\n"))
        #expect(text.contains("sources: Kabar, \"Harian\" 2024-10-08 (first) · 1 independent · confidence 0.90"))
    }

    @Test func csvQuotesFieldsAndHasOneRowPerEntry() {
        let csv = TimelineExport.csv(Self.entries)
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 3)
        #expect(lines[0] == TimelineExport.csvColumns.joined(separator: ","))
        #expect(lines[1].contains(",\"Kabar, \"\"Harian\"\"\","))
        #expect(lines[1].hasSuffix(",\"Kim dan Putin bertemu, pertama kali.\""))
    }

    @Test func jsonRoundTrips() throws {
        let json = try TimelineExport.json(Self.entries)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .custom { path in SnakeCaseKey(stringValue: SnakeCaseKey.camelCase(path.last!.stringValue))! }
        let back = try decoder.decode([String: [TimelineEntry]].self, from: Data(json.utf8))
        #expect(back["entries"] == Self.entries)
        #expect(json.contains("\"independent_sources\""))
    }

    @Test func timelineJSHasDatesAsTheirPrecision() throws {
        let json = try TimelineExport.timelineJS(Self.entries, title: "Kim Jong Un")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.count == 2)
        let month = try #require(events[0]["start_date"] as? [String: String])
        #expect(month == ["year": "2019", "month": "4"])
        #expect(events[0]["end_date"] == nil)
        let week = try #require(events[1]["start_date"] as? [String: String])
        #expect(week == ["year": "2024", "month": "11", "day": "11"])
        let weekEnd = try #require(events[1]["end_date"] as? [String: String])
        #expect(weekEnd == ["year": "2024", "month": "11", "day": "17"])
        #expect(events[0]["group"] as? String == "MEET")
        let text = try #require(events[0]["text"] as? [String: String])
        #expect(text["headline"] == "MEET  Kim Jong Un → Vladimir Putin · Vladivostok")
    }
}
