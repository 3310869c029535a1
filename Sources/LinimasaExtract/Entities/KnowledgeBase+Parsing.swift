public import LinimasaCore

extension KnowledgeBase {
    /// One row of a knowledge-base file; empty fields are `nil` so that rows can merge.
    struct Row {
        var id: String
        var qid: String?
        var type: EntityType?
        var name: String?
        var aliases: [String]
        var description: String?
        var country: String?
        var offices: [Office]
    }

    /// Parses a knowledge-base file, calling `body` with each row and its line number.
    ///
    /// Fields: id, qid, type, name, aliases (`|`), description, country, offices
    /// (`role@country:from/to`, `;` between offices). Blank lines and lines
    /// starting with `#` are skipped; missing trailing fields are empty.
    ///
    /// - Throws: ``LinimasaError/Code/invalidData`` naming `file` and the line.
    static func parse(_ text: String, file: String, _ body: (Row, Int) throws -> Void) throws {
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.first == "#" { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            func field(_ i: Int) -> String? {
                guard i < fields.count else { return nil }
                let value = fields[i].trimmingSpaces()
                return value.isEmpty ? nil : value
            }
            func fail(_ what: String) -> LinimasaError {
                LinimasaError(.invalidData, "knowledge-base file '\(file)' line \(lineNumber): \(what)")
            }
            guard let id = field(0) else { throw fail("empty id") }
            var type: EntityType?
            if let raw = field(2) {
                guard let parsed = EntityType(rawValue: raw.uppercased()) else {
                    throw fail("unknown type '\(raw)'; use PERSON, ORG, GPE, LOC, MEDIA or EVENT")
                }
                type = parsed
            }
            var qid = field(1)
            if qid == "-" { qid = nil }
            if let q = qid, !(q.hasPrefix("Q") && q.dropFirst().allSatisfy(\.isNumber) && q.count > 1) {
                throw fail("'\(q)' is not a Wikidata QID (Q followed by digits)")
            }
            let aliases = (field(4) ?? "").split(separator: "|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            var offices: [Office] = []
            for spec in (field(7) ?? "").split(separator: ";") {
                guard let office = Office(spec: spec.trimmingSpaces()) else {
                    throw fail("office '\(spec)' is not role@country:from/to (dates YYYY-MM-DD, either may be empty)")
                }
                offices.append(office)
            }
            try body(
                Row(
                    id: id,
                    qid: qid,
                    type: type,
                    name: field(3),
                    aliases: aliases,
                    description: field(5),
                    country: field(6),
                    offices: offices
                ),
                lineNumber
            )
        }
    }
}

extension KnowledgeBase.Entry {
    mutating func merge(_ row: KnowledgeBase.Row) {
        if let qid = row.qid { self.qid = qid }
        if let type = row.type { self.type = type }
        if let newName = row.name, newName != name {
            if !aliases.contains(name) { aliases.append(name) }
            name = newName
        }
        for alias in row.aliases where !aliases.contains(alias) { aliases.append(alias) }
        aliases.removeAll { $0 == name }
        if let description = row.description { self.description = description }
        if let country = row.country { self.country = country }
        offices += row.offices
    }
}

extension KnowledgeBase.Office {
    /// Parses `president@us:2021-01-20/2025-01-20` (either date may be empty).
    init?(spec: String) {
        guard let at = spec.firstIndex(of: "@"), let colon = spec.firstIndex(of: ":"), at < colon else { return nil }
        let role = String(spec[..<at])
        let country = String(spec[spec.index(after: at)..<colon])
        let period = spec[spec.index(after: colon)...].split(separator: "/", omittingEmptySubsequences: false)
        guard !role.isEmpty, !country.isEmpty, period.count == 2 else { return nil }
        func date(_ text: Substring) -> CalendarDate?? {
            if text.isEmpty { return .some(nil) }
            let parts = text.split(separator: "-")
            guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
                let value = CalendarDate(year: y, month: m, day: d)
            else { return nil }
            return .some(value)
        }
        guard let from = date(period[0]), let to = date(period[1]) else { return nil }
        self.init(role: role, country: country, from: from, to: to)
    }
}
