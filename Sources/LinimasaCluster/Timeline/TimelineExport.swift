internal import Foundation
internal import LinimasaCore

/// Renders timeline entries for people and tools: a readable chronology, JSON, CSV and
/// TimelineJS (https://timeline.knightlab.com) JSON. Pure functions of the entries.
public enum TimelineExport {
    /// A readable chronology, one block per entry:
    ///
    /// ```
    /// 2019-04     MEET  Kim Jong Un, Vladimir Putin · Vladivostok
    ///             “Kim dan Putin pertama kali bertemu pada April 2019 di Vladivostok, Rusia.”
    ///             sources: ILLINI NEWS 2024-10-08 (first) · 1 independent · confidence 0.59
    /// ```
    ///
    /// A date only known from publication is shown as `~2024-10-08` (reported on); conflicts
    /// get a line each.
    public static func text(_ entries: [TimelineEntry]) -> String {
        var out = ""
        for entry in entries {
            let date = entry.date.map { entry.dateStated ? $0 : "~" + $0 } ?? "undated"
            out += pad(date, 12) + headline(entry) + "\n"
            if let sentence = entry.sources.first?.sentence {
                out += String(repeating: " ", count: 12) + "“" + sentence + "”\n"
            }
            // One label per article: an entry can hold several sentences of the same report.
            var seen = Set<String>()
            let reports = entry.sources.filter { seen.insert($0.article).inserted }.map { source in
                var label = source.outlet ?? (source.source as NSString?)?.lastPathComponent ?? source.article
                if let published = source.published { label += " " + published.iso }
                if source.firstReported { label += " (first)" }
                if source.duplicateOf != nil { label += " (copy)" }
                return label
            }
            out += String(repeating: " ", count: 12) + "sources: " + reports.joined(separator: "; ")
            if entry.sourceCount > entry.sources.count { out += " … (\(entry.sourceCount) reports)" }
            out += " · \(entry.independentSources) independent · confidence " + fixed(entry.confidence) + "\n"
            for conflict in entry.conflicts {
                let values = conflict.values.map { "\($0.value) (\($0.articles.count))" }.joined(separator: " vs ")
                out += String(repeating: " ", count: 12) + "conflict on \(conflict.kind.rawValue): " + values + "\n"
            }
        }
        return out
    }

    /// One line: type, actors (sources, then `→` targets), place.
    public static func headline(_ entry: TimelineEntry) -> String {
        let sources = entry.actors.filter { $0.role == .source }.map(\.name)
        let targets = entry.actors.filter { $0.role == .target }.map(\.name)
        var line = entry.type
        if !sources.isEmpty { line += "  " + sources.joined(separator: ", ") }
        if !targets.isEmpty { line += (sources.isEmpty ? "  → " : " → ") + targets.joined(separator: ", ") }
        if let place = entry.place { line += " · " + place.name }
        return line
    }

    /// `{"entries": [...]}` with every field of ``TimelineEntry``, keys in snake case, sorted.
    ///
    /// - Throws: An `EncodingError` only if a value cannot be encoded (a NaN confidence).
    public static func json(_ entries: [TimelineEntry]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .custom { path in SnakeCaseKey(path.last!.stringValue) }
        return String(decoding: try encoder.encode(["entries": entries]), as: UTF8.self)
    }

    /// The CSV header.
    public static let csvColumns = [
        "id", "date", "date_stated", "date_from", "date_to", "type", "cameo", "source_actors", "target_actors",
        "place", "outlets", "articles", "independent_sources", "confidence", "first_reported", "conflicts", "sentence",
    ]

    /// RFC 4180 CSV: a header (``csvColumns``), then one row per entry; lists are joined with `; `.
    public static func csv(_ entries: [TimelineEntry]) -> String {
        var out = csvColumns.joined(separator: ",") + "\r\n"
        for entry in entries {
            let first = entry.sources.first { $0.firstReported }
            let conflicts = entry.conflicts.map { conflict in
                conflict.kind.rawValue + ": " + conflict.values.map(\.value).joined(separator: " vs ")
            }
            let sources: String = entry.actors.filter { $0.role == .source }.map(\.name).joined(separator: "; ")
            let targets: String = entry.actors.filter { $0.role == .target }.map(\.name).joined(separator: "; ")
            let outlets: String = unique(entry.sources.compactMap(\.outlet)).joined(separator: "; ")
            let articles: String = unique(entry.sources.map(\.article)).joined(separator: "; ")
            var reported = ""
            if let first {
                reported = first.outlet ?? first.article
                if let published = first.published { reported += " " + published.iso }
            }
            var row: [String] = [entry.id, entry.date ?? "", entry.dateStated ? "true" : "false"]
            row += [entry.dateFrom ?? "", entry.dateTo ?? "", entry.type, entry.cameo, sources, targets]
            row += [entry.place?.name ?? "", outlets, articles, String(entry.independentSources), fixed(entry.confidence)]
            row += [reported, conflicts.joined(separator: "; "), entry.sources.first?.sentence ?? ""]
            out += row.map(csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// A TimelineJS 3 data file: `{"title": …, "events": [{"start_date", "end_date", "text", "group", "unique_id"}]}`.
    ///
    /// Dated entries only. A day, month or year date fills as many of `year`, `month`, `day`;
    /// a week or range gives its first and last day as `start_date` and `end_date`. The
    /// headline is ``headline(_:)``, the text the first report's sentence and the outlets.
    ///
    /// - Parameter title: The timeline's title slide headline, if any.
    /// - Throws: An `EncodingError` only if a value cannot be encoded.
    public static func timelineJS(_ entries: [TimelineEntry], title: String? = nil) throws -> String {
        var events: [TimelineJSEvent] = []
        for entry in entries {
            guard let date = entry.date, let parts = dateParts(date, entry) else { continue }
            let outlets = unique(entry.sources.map { $0.outlet ?? $0.source ?? $0.article })
            var text = (entry.sources.first?.sentence ?? "") + "<br><small>Sources: " + outlets.joined(separator: ", ")
            if !entry.conflicts.isEmpty {
                text += " · sources disagree on " + entry.conflicts.map(\.kind.rawValue).joined(separator: " and ")
            }
            text += "</small>"
            events.append(
                TimelineJSEvent(
                    start_date: parts.start,
                    end_date: parts.end,
                    text: .init(headline: headline(entry), text: text),
                    group: entry.type,
                    unique_id: entry.id
                )
            )
        }
        let document = TimelineJSDocument(title: title.map { .init(text: .init(headline: $0, text: "")) }, events: events)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }

    struct TimelineJSDate: Encodable {
        var year: String
        var month: String?
        var day: String?
    }

    struct TimelineJSText: Encodable {
        var headline: String
        var text: String
    }

    struct TimelineJSEvent: Encodable {
        var start_date: TimelineJSDate
        var end_date: TimelineJSDate?
        var text: TimelineJSText
        var group: String
        var unique_id: String
    }

    struct TimelineJSSlide: Encodable { var text: TimelineJSText }

    struct TimelineJSDocument: Encodable {
        var title: TimelineJSSlide?
        var events: [TimelineJSEvent]
    }

    static func dateParts(_ date: String, _ entry: TimelineEntry) -> (start: TimelineJSDate, end: TimelineJSDate?)? {
        let bytes = Array(date.utf8)
        let plain = bytes.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-") }
        if plain, [4, 7, 10].contains(bytes.count) {
            let fields = date.split(separator: "-").map { String(Int($0) ?? 0) }
            return (TimelineJSDate(year: fields[0], month: fields.count > 1 ? fields[1] : nil, day: fields.count > 2 ? fields[2] : nil), nil)
        }
        guard let interval = DayInterval(iso: date) else { return nil }
        func day(_ value: Int) -> TimelineJSDate {
            let d = CalendarDate(daysSinceEpoch: value)
            return TimelineJSDate(year: String(d.year), month: String(d.month), day: String(d.day))
        }
        return (day(interval.lower), interval.length > 1 ? day(interval.upper) : nil)
    }

    static func csvField(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func fixed(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return String(hundredths / 100) + "." + CalendarDate.pad(hundredths % 100, 2)
    }

    static func pad(_ text: String, _ width: Int) -> String {
        let count = text.count
        return count >= width ? text + " " : text + String(repeating: " ", count: width - count)
    }

    static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
