internal import Foundation
internal import LinimasaCore

/// Title, outlet, publication date and authors of a page, from its metadata tags.
///
/// Sources, first found wins:
/// - title: `og:title`, JSON-LD `headline`, `twitter:title`, `<title>`, the first `h1`;
///   a ` - Outlet` / ` | Outlet` suffix is cut when it names the outlet or a domain.
/// - outlet: `og:site_name`, JSON-LD `publisher.name`, `application-name`.
/// - published: `article:published_time`, JSON-LD `datePublished`, other date `<meta>`s,
///   `<time datetime>`, then text a class marked as a date, each read by the date parser.
/// - authors: JSON-LD `author` (a person, or an array), `<meta name="author">`,
///   `article:author` (unless a URL), then text a class marked as a byline.
struct HTMLMetadata {
    var title: String?
    var outlet: String?
    var published: PublishedDate?
    var authors: [String] = []

    /// The article object of the page's JSON-LD, if any.
    struct LinkedData {
        var headline: String?
        var datePublished: String?
        var authors: [String] = []
        var publisher: String?
    }

    static let dateKeys = [
        "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
        "publish-date", "publish_date", "dc.date.issued", "dc.date", "date", "parsely-pub-date", "sailthru.date",
        "content_publisheddate", "dtk:publishdate",
    ]

    init(page: HTMLPage, text: HTMLMainText, dates: any DateLineParsing) {
        func meta(_ key: String) -> String? {
            page.metas.first { $0.key == key && !$0.value.isEmpty }?.value
        }
        let linked = page.jsonLD.lazy.compactMap(HTMLMetadata.linkedData).first

        outlet = meta("og:site_name") ?? linked?.publisher ?? meta("application-name")

        let rawTitle = meta("og:title") ?? linked?.headline ?? meta("twitter:title")
            ?? page.documentTitle.flatMap { $0.isEmpty ? nil : $0 } ?? text.firstHeading
        title = rawTitle.map { HTMLMetadata.strippingOutlet($0, outlet: outlet, heading: text.firstHeading) }

        var candidates: [String] = []
        if let value = meta("article:published_time") { candidates.append(value) }
        if let value = linked?.datePublished { candidates.append(value) }
        for key in HTMLMetadata.dateKeys.dropFirst() { if let value = meta(key) { candidates.append(value) } }
        candidates += page.timeValues
        candidates += text.dateLines
        for candidate in candidates {
            if var date = HTMLMetadata.date(candidate, dates: dates) {
                date.source = .stated
                published = date
                break
            }
        }

        var names = linked?.authors ?? []
        if names.isEmpty, let value = meta("author") ?? meta("dc.creator") ?? meta("parsely-author") {
            names = HTMLMetadata.splitNames(value)
        }
        if names.isEmpty, let value = meta("article:author"), !HTMLMetadata.isURL(value) {
            names = HTMLMetadata.splitNames(value)
        }
        if names.isEmpty, let line = text.bylines.first, line.utf8.count <= 80 {
            names = HTMLMetadata.splitNames(line)
        }
        for name in names {
            let cleaned = HTMLMetadata.cleanName(name, outlet: outlet)
            if let cleaned, !authors.contains(cleaned) { authors.append(cleaned) }
        }
    }

    // MARK: Dates

    /// The date `value` states: as written, else in canonical ISO form (`2024/10/21 16:42:10.000Z` →
    /// `2024-10-21T16:42:10+00:00`).
    static func date(_ value: String, dates: any DateLineParsing) -> PublishedDate? {
        let trimmed = value.trimmingSpaces()
        guard !trimmed.isEmpty, trimmed.utf8.count <= 120 else { return nil }
        if let date = dates.publishedDate(inLine: trimmed) { return date }
        if let iso = canonicalISO(trimmed), iso != trimmed { return dates.publishedDate(inLine: iso) }
        return nil
    }

    /// `YYYY[-/]MM[-/]DD[( |T)HH:MM[:SS][.fff]][Z|±HH[:]MM]` rewritten as `YYYY-MM-DD[THH:MM[:SS][±HH:MM]]`; `nil` otherwise.
    static func canonicalISO(_ text: String) -> String? {
        let b = Array(text.utf8)
        func digits(_ from: Int, _ n: Int) -> Bool {
            guard from + n <= b.count else { return false }
            return b[from..<(from + n)].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        func string(_ from: Int, _ n: Int) -> String { String(decoding: b[from..<(from + n)], as: UTF8.self) }
        let dash = [UInt8(ascii: "-"), UInt8(ascii: "/")]
        guard digits(0, 4), b.count >= 10, dash.contains(b[4]), digits(5, 2), dash.contains(b[7]), digits(8, 2)
        else { return nil }
        var out = string(0, 4) + "-" + string(5, 2) + "-" + string(8, 2)
        var i = 10
        if i == b.count { return out }
        guard b[i] == UInt8(ascii: "T") || b[i] == 0x20, digits(i + 1, 2), i + 3 < b.count, b[i + 3] == UInt8(ascii: ":"),
            digits(i + 4, 2)
        else { return nil }
        out += "T" + string(i + 1, 2) + ":" + string(i + 4, 2)
        i += 6
        if i + 2 < b.count || i + 2 == b.count, i < b.count, b[i] == UInt8(ascii: ":"), digits(i + 1, 2) {
            out += ":" + string(i + 1, 2)
            i += 3
        }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        }
        if i < b.count, b[i] == 0x20 { i += 1 }
        if i == b.count { return out }
        if b[i] == UInt8(ascii: "Z"), i + 1 == b.count { return out + "+00:00" }
        guard b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"), digits(i + 1, 2) else { return nil }
        let sign = string(i, 1)
        let hours = string(i + 1, 2)
        i += 3
        if i < b.count, b[i] == UInt8(ascii: ":") { i += 1 }
        guard digits(i, 2), i + 2 == b.count else { return nil }
        return out + sign + hours + ":" + string(i, 2)
    }

    // MARK: Titles and names

    /// `title` without a final ` | Outlet`, ` - Outlet` (or `–`, `—`, `::`, `·`) part naming `outlet`,
    /// a domain, or following the page's `h1`.
    static func strippingOutlet(_ title: String, outlet: String?, heading: String?) -> String {
        var current = title
        for _ in 0..<2 {
            guard let (head, tail) = lastSeparated(current) else { break }
            let tailKey = alphanumericKey(tail)
            let outletKey = outlet.map(alphanumericKey) ?? []
            let namesOutlet =
                !outletKey.isEmpty && !tailKey.isEmpty
                && (HTMLClassHints.contains(outletKey, in: tailKey) || HTMLClassHints.contains(tailKey, in: outletKey))
            if namesOutlet || looksLikeDomain(tail) || head == heading {
                current = head
            } else {
                break
            }
        }
        return current
    }

    /// The text before and after the last title separator.
    static func lastSeparated(_ title: String) -> (String, String)? {
        var best: Range<String.Index>? = nil
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            if let range = title.range(of: separator, options: .backwards), best.map({ range.lowerBound > $0.lowerBound }) ?? true {
                best = range
            }
        }
        guard let best else { return nil }
        let head = String(title[..<best.lowerBound]).trimmingSpaces()
        let tail = String(title[best.upperBound...]).trimmingSpaces()
        guard !head.isEmpty, !tail.isEmpty, tail.utf8.count <= 40 else { return nil }
        return (head, tail)
    }

    /// Lower-case ASCII letters and digits of `text`, for comparing outlet spellings (`Tempo.co`, `tempo.co`, `TEMPO`).
    static func alphanumericKey(_ text: String) -> [UInt8] {
        var key: [UInt8] = []
        for b in text.utf8 {
            let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) { key.append(lower) }
        }
        return key
    }

    static func looksLikeDomain(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard !lower.contains(" ") else { return false }
        return lower.hasSuffix(".com") || lower.hasSuffix(".co") || lower.hasSuffix(".id") || lower.hasSuffix(".net")
            || lower.hasSuffix(".org")
    }

    static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http") || lower.hasPrefix("www.") || lower.hasPrefix("/")
    }

    /// Names in a credit: split at `,`, `;`, `&` and ` dan `.
    static func splitNames(_ text: String) -> [String] {
        let unified = text.replacingOccurrences(of: " dan ", with: ",").replacingOccurrences(of: "&", with: ",")
            .replacingOccurrences(of: ";", with: ",")
        return unified.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// A person's name as credited, or `nil` for an outlet, a URL or something too long to be a name.
    /// A ` - detikNews` style suffix is cut.
    static func cleanName(_ raw: String, outlet: String?) -> String? {
        var name = HTMLPage.collapsed(decodeEntities(raw))
        if let range = name.range(of: " - ") ?? name.range(of: " | ") { name = String(name[..<range.lowerBound]) }
        name = name.trimmingSpaces()
        guard !name.isEmpty, name.utf8.count <= 60, !isURL(name), !looksLikeDomain(name),
            name.unicodeScalars.first?.properties.isAlphabetic == true
        else { return nil }
        if let outlet, alphanumericKey(outlet) == alphanumericKey(name) { return nil }
        return name
    }

    // MARK: JSON-LD

    /// The article object in one JSON-LD script: the first object (in `@graph` or an array too) whose
    /// `@type` contains `Article` or `BlogPosting`.
    static func linkedData(_ script: String) -> LinkedData? {
        // Raw line breaks and tabs inside strings are common and invalid JSON: make them spaces.
        let bytes = script.utf8.map { $0 < 0x20 ? 0x20 : $0 }
        guard let json = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]),
            let object = articleObject(json, depth: 0)
        else { return nil }
        var data = LinkedData()
        data.headline = (object["headline"] as? String).map { HTMLPage.collapsed(decodeEntities($0)) }
        data.datePublished = object["datePublished"] as? String
        data.authors = names(in: object["author"], depth: 0)
        if let publisher = object["publisher"] as? [String: Any], let name = publisher["name"] as? String {
            data.publisher = HTMLPage.collapsed(decodeEntities(name))
        } else if let publisher = object["publisher"] as? String {
            data.publisher = publisher
        }
        return data
    }

    static func articleObject(_ json: Any, depth: Int) -> [String: Any]? {
        guard depth < 6 else { return nil }
        if let object = json as? [String: Any] {
            let types: [String]
            if let type = object["@type"] as? String {
                types = [type]
            } else {
                types = object["@type"] as? [String] ?? []
            }
            if types.contains(where: { $0.contains("Article") || $0.contains("BlogPosting") }) { return object }
            if let graph = object["@graph"] { return articleObject(graph, depth: depth + 1) }
            return nil
        }
        if let array = json as? [Any] {
            for item in array { if let found = articleObject(item, depth: depth + 1) { return found } }
        }
        return nil
    }

    /// Person names in an `author` value: a string, a `{name}` object (not an Organization), or an array of them.
    static func names(in value: Any?, depth: Int) -> [String] {
        guard let value, depth < 3 else { return [] }
        if let name = value as? String { return splitNames(name) }
        if let object = value as? [String: Any] {
            if (object["@type"] as? String) == "Organization" { return [] }
            if let name = object["name"] as? String { return splitNames(name) }
            return []
        }
        if let array = value as? [Any] { return array.flatMap { names(in: $0, depth: depth + 1) } }
        return []
    }

    /// `&amp;`, `&quot;`, `&#39;` and friends decoded (JSON-LD and attribute text sometimes carries them twice-escaped).
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = text
        for (entity, value) in [
            ("&quot;", "\""), ("&#39;", "'"), ("&#039;", "'"), ("&apos;", "'"), ("&lt;", "<"), ("&gt;", ">"),
            ("&nbsp;", " "), ("&amp;", "&"),
        ] {
            out = out.replacingOccurrences(of: entity, with: value)
        }
        return out
    }
}
