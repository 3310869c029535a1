internal import Foundation
public import LinimasaCore

/// Removes boilerplate from a draft and fills its metadata from what it removes.
///
/// In order: blank and `&nbsp;` lines go; plain-text soft wraps are joined;
/// front matter (title, standfirst, captions, date and byline lines before the
/// dateline or the first date line) becomes metadata; the dateline of the
/// first body paragraph is read and cut off; then every paragraph is matched
/// against the language pack's boilerplate patterns, editor codes
/// (`(luc/luc)`, `(*)`), credit lines and captions. Every removed line is kept
/// in `boilerplate` with its reason.
public struct ArticleCleaner: Sendable {
    let rules: BoilerplateRules
    let dates: any DateLineParsing
    /// How far down a dateline or date line may stand and still end the front matter.
    static let frontMatterWindow = 8

    public init(pack: any LanguagePack, dates: any DateLineParsing) throws {
        self.rules = try BoilerplateRules(pack: pack)
        self.dates = dates
    }

    /// The draft with boilerplate removed and metadata filled in.
    public func clean(_ input: ArticleDraft) -> ArticleDraft {
        var draft = input
        var lines = ArticleCleaner.normalizedLines(draft.paragraphs, joinSoftWraps: draft.mayHaveFrontMatter)
        if draft.mayHaveFrontMatter {
            let count = frontMatterCount(lines)
            for line in lines.prefix(count) { classifyFrontMatter(line, into: &draft) }
            lines.removeFirst(count)
        }
        if let first = lines.first, let dateline = Dateline.parse(first, isBlocked: rules.blocksDateline) {
            draft.dateline = draft.dateline ?? dateline.city
            draft.datelineText = dateline.text
            if let outlet = dateline.outlet { draft.outlet = draft.outlet ?? outlet }
            lines[0] = String(decoding: Array(first.utf8.dropFirst(dateline.length)), as: UTF8.self)
        }
        var body: [String] = []
        var takeNext = false
        for (index, line) in lines.enumerated() {
            // After a bare "Baca juga:" or "Simak … di sini:", the linked headlines and tags that follow.
            if takeNext, ArticleCleaner.isLinkLine(line) {
                draft.boilerplate.append(BoilerplateLine(line, reason: .pattern))
                continue
            }
            takeNext = false
            if let kept = cleanBodyLine(line, index: index, draft: &draft, takeNext: &takeNext) {
                body.append(kept)
            }
        }
        draft.paragraphs = body
        if draft.outlet == nil { draft.outlet = ArticleCleaner.outletFromBoilerplate(draft.boilerplate) }
        if let outlet = draft.outlet { draft.outlet = ArticleCleaner.preferredSpelling(of: outlet, in: input.paragraphs) }
        return draft
    }

    // MARK: Lines

    /// Trimmed non-blank lines; with `joinSoftWraps`, a line that ends mid-sentence is joined to a
    /// following line that starts in lower case.
    static func normalizedLines(_ paragraphs: [String], joinSoftWraps: Bool) -> [String] {
        var lines: [String] = []
        for paragraph in paragraphs {
            for raw in paragraph.nonEmptyLines() {
                let line = collapseSpaces(raw)
                if line.isEmpty || line == "&nbsp;" { continue }
                if joinSoftWraps, let last = lines.last, !endsSentence(last), startsLowercase(line) {
                    lines[lines.count - 1] = last + " " + line
                } else {
                    lines.append(line)
                }
            }
        }
        return lines
    }

    /// The line trimmed, with NBSP turned into spaces and runs of spaces folded.
    static func collapseSpaces(_ raw: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.utf8.count)
        var pendingSpace = false
        var bytes = Array(raw.utf8)
        var i = 0
        // NBSP (C2 A0) and the other Unicode spaces used by CMSs count as spaces.
        while i < bytes.count {
            var b = bytes[i]
            var width = 1
            if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 {
                b = 0x20
                width = 2
            } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, (0x80...0x8B).contains(bytes[i + 2]) || bytes[i + 2] == 0xAF {
                b = 0x20
                width = 3
            }
            if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                if width == 1 { out.append(b) } else { out.append(contentsOf: bytes[i..<(i + width)]) }
            }
            i += width
        }
        bytes = out
        return String(decoding: bytes, as: UTF8.self)
    }

    static func endsSentence(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last else { return true }
        return ".!?:;\"”’)…".unicodeScalars.contains(last)
    }

    static func startsLowercase(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first else { return false }
        return first.properties.isLowercase
    }

    /// Whether `line` reads like a headline: 2 to 30 words, starting with a capital or digit,
    /// not ending in sentence punctuation.
    static func isTitleLike(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first, first.properties.isUppercase || ("0"..."9").contains(first)
        else { return false }
        let words = line.split(separator: " ").count
        guard words >= 2, words <= 30 else { return false }
        return !endsSentence(line) || line.hasSuffix("?") || line.hasSuffix("!")
    }

    // MARK: Front matter

    /// How many lines at the top are front matter.
    func frontMatterCount(_ lines: [String]) -> Int {
        let window = lines.prefix(ArticleCleaner.frontMatterWindow)
        if let k = window.indices.first(where: {
            Dateline.parse(lines[$0], isBlocked: rules.blocksDateline) != nil && !isDateOrByline(lines[$0])
        }) {
            return k
        }
        // No dateline: everything up to the last date or byline line near the top, then what classifies.
        var count = 0
        if let last = window.indices.last(where: { isDateOrByline(lines[$0]) }), last < 6 { count = last + 1 }
        var title: String? = nil
        while count < lines.count - 1 {
            let line = lines[count]
            if isDateOrByline(line) || line == title || captionCredit(line) != nil {
                count += 1
            } else if count == 0, ArticleCleaner.isTitleLike(line) {
                title = line
                count += 1
            } else {
                break
            }
        }
        return count
    }

    func isDateOrByline(_ line: String) -> Bool {
        if dateLine(line) != nil || ArticleCleaner.bylineWithOutlet(line) != nil { return true }
        if case .byline = rules.match(line) { return true }
        return false
    }

    /// What a date line says: the date, any byline names beside it, and an outlet named in it.
    struct DateLine {
        var date: PublishedDate
        var names: [String]
        var outlet: String?
    }

    /// Separators between a date and a byline or outlet on one line.
    static let lineSeparators = ["•", "|", "·", " - ", " – ", " — "]
    static let lineSeparatorBytes = lineSeparators.map { ($0, Array($0.utf8)) }

    /// The date of a date line (`18 November 2024 17:10`), also with byline names or an outlet beside it
    /// (`Siti Aminah • 3 Desember 2024 09:15`, `Kompas.com - 21/10/2024, 12:05 WIB`).
    func dateLine(_ line: String) -> DateLine? {
        guard line.utf8.count <= 120 else { return nil }
        if let date = dates.publishedDate(inLine: line) { return DateLine(date: date, names: [], outlet: nil) }
        let bytes = Array(line.utf8)
        for (separator, key) in ArticleCleaner.lineSeparatorBytes {
            guard BoilerplateRules.firstIndex(of: key, in: bytes) != nil else { continue }
            let parts = line.parts(separatedBy: separator).map { $0.trimmingSpaces() }
            guard let k = parts.firstIndex(where: { dates.publishedDate(inLine: $0) != nil }) else { continue }
            // The date may run on past the separator (`18 November 2024 | 17:10 WIB`).
            let tail = parts[k...].joined(separator: " ")
            let date = dates.publishedDate(inLine: tail) ?? dates.publishedDate(inLine: parts[k])!  // k was found by this test
            var names: [String] = []
            var outlet: String? = nil
            for part in parts[..<k] where !part.isEmpty {
                if Dateline.looksLikeOutlet(part), !part.contains(" ") { outlet = outlet ?? part } else { names.append(part) }
            }
            return DateLine(date: date, names: names.count <= 3 ? names : [], outlet: outlet)
        }
        return nil
    }

    /// A byline naming its outlet: `Siti Fatimah - detikJabar`, `Arief Nugraha - Bisnis.com`.
    static func bylineWithOutlet(_ line: String) -> (name: String, outlet: String)? {
        guard line.utf8.count <= 120 else { return nil }
        for separator in [" - ", " – ", " — ", " | "] {
            let parts = line.parts(separatedBy: separator)
            guard parts.count == 2 else { continue }
            let name = parts[0].trimmingSpaces()
            let outlet = parts[1].trimmingSpaces()
            let words = name.split(separator: " ")
            guard (1...5).contains(words.count), !outlet.contains(" "), Dateline.looksLikeOutlet(outlet),
                words.allSatisfy({ $0.first?.isUppercase == true })
            else { continue }
            return (name, outlet)
        }
        return nil
    }

    /// Records a date line's date, names and outlet in `draft`.
    func record(_ dateLine: DateLine, _ line: String, into draft: inout ArticleDraft) {
        if draft.published == nil { draft.published = dateLine.date }
        draft.authors.append(contentsOf: dateLine.names.filter { !draft.authors.contains($0) })
        if draft.outlet == nil { draft.outlet = dateLine.outlet }
        draft.boilerplate.append(BoilerplateLine(line, reason: .dateLine))
    }

    func classifyFrontMatter(_ line: String, into draft: inout ArticleDraft) {
        if let found = dateLine(line) {
            record(found, line, into: &draft)
        } else if let (name, outlet) = ArticleCleaner.bylineWithOutlet(line) {
            draft.authors.append(name)
            if draft.outlet == nil { draft.outlet = outlet }
            draft.boilerplate.append(BoilerplateLine(line, reason: .byline))
        } else if let match = rules.match(line) {
            record(match, line, into: &draft)
        } else if line == draft.title {
            draft.boilerplate.append(BoilerplateLine(line, reason: .duplicate))
        } else if captionCredit(line) != nil {
            draft.boilerplate.append(BoilerplateLine(line, reason: .caption))
        } else if draft.title == nil, ArticleCleaner.isTitleLike(line) {
            draft.title = line
            draft.boilerplate.append(BoilerplateLine(line, reason: .title))
        } else {
            draft.boilerplate.append(BoilerplateLine(line, reason: .summary))
        }
    }

    func record(_ match: BoilerplateRules.Match, _ line: String, into draft: inout ArticleDraft) {
        switch match {
        case .whole(let reason, _), .tail(_, let reason):
            draft.boilerplate.append(BoilerplateLine(line, reason: reason))
        case .byline(let role, let names):
            if role == "editor" {
                draft.editors.append(contentsOf: names)
            } else {
                draft.authors.append(contentsOf: names)
            }
            draft.boilerplate.append(BoilerplateLine(line, reason: .byline))
        }
    }

    // MARK: Body

    /// The body text of one line, or `nil` when all of it is boilerplate (recorded in `draft`).
    func cleanBodyLine(_ input: String, index: Int, draft: inout ArticleDraft, takeNext: inout Bool) -> String? {
        var line = input
        if let code = ArticleCleaner.leadingEditorCode(line) {
            // An editor code opens the page furniture after the last paragraph: the whole line goes.
            _ = code
            draft.boilerplate.append(BoilerplateLine(line, reason: .pattern))
            return nil
        }
        if let match = rules.match(line) {
            switch match {
            case .whole(_, let next):
                takeNext = next
                record(match, line, into: &draft)
                return nil
            case .tail(let offset, let reason):
                takeNext = rules.tailTakesNextLine(line)
                let bytes = Array(line.utf8)
                let tail = String(decoding: bytes[offset...], as: UTF8.self)
                draft.boilerplate.append(BoilerplateLine(tail.trimmingSpaces(), reason: reason))
                line = String(decoding: bytes[..<offset], as: UTF8.self).trimmingSpaces()
            case .byline:
                record(match, line, into: &draft)
                return nil
            }
        }
        if ArticleCleaner.isCreditLine(line) {
            draft.boilerplate.append(BoilerplateLine(line, reason: .byline))
            return nil
        }
        if line == draft.title {
            draft.boilerplate.append(BoilerplateLine(line, reason: .duplicate))
            return nil
        }
        if index < 10, let found = dateLine(line) {
            record(found, line, into: &draft)
            return nil
        }
        if captionCredit(line) != nil {
            draft.boilerplate.append(BoilerplateLine(line, reason: .caption))
            return nil
        }
        if let (kept, code) = ArticleCleaner.trailingEditorCode(line) {
            draft.boilerplate.append(BoilerplateLine(code, reason: .pattern))
            line = kept
        }
        return line.isEmpty ? nil : line
    }

    /// A headline or tag line that a "read more" lead-in links to: at most 15 words, no sentence punctuation at the end.
    static func isLinkLine(_ line: String) -> Bool {
        line.split(separator: " ").count <= 15 && (!endsSentence(line) || line.hasSuffix("?") || line.hasSuffix("!"))
    }

    /// `(luc/luc)` or `(*)` at the start of a line, followed by a space or nothing.
    static func leadingEditorCode(_ line: String) -> String? {
        let bytes = Array(line.utf8)
        guard bytes.first == UInt8(ascii: "("), let close = bytes.firstIndex(of: UInt8(ascii: ")")) else { return nil }
        guard isEditorCode(bytes[1..<close]), close + 1 == bytes.count || bytes[close + 1] == 0x20 else { return nil }
        return String(decoding: bytes[0...close], as: UTF8.self)
    }

    /// The line without a final editor code (`... negara. (luc/luc)`, `...nya.(*)`), and the code.
    static func trailingEditorCode(_ line: String) -> (String, String)? {
        let bytes = Array(line.utf8)
        guard bytes.last == UInt8(ascii: ")"), let open = bytes.lastIndex(of: UInt8(ascii: "(")), open > 0 else {
            return nil
        }
        guard isEditorCode(bytes[(open + 1)..<(bytes.count - 1)]) else { return nil }
        let before = bytes[open - 1]
        // Only after the end of a sentence, so "(ant)" inside a sentence is left alone.
        guard before == UInt8(ascii: ".") || before == 0x20 && open >= 2 && ".\"!?".utf8.contains(bytes[open - 2])
            || before == 0x9D  // ” (last byte)
        else { return nil }
        let kept = String(decoding: bytes[..<open], as: UTF8.self).trimmingSpaces()
        return (kept, String(decoding: bytes[open...], as: UTF8.self))
    }

    /// Lowercase letters with slashes (`luc/luc`, `ant`, `nvl/ega`) or `*`: at most 15 bytes.
    static func isEditorCode(_ inner: ArraySlice<UInt8>) -> Bool {
        guard !inner.isEmpty, inner.count <= 15 else { return false }
        if inner.count == 1, inner.first == UInt8(ascii: "*") { return true }
        var letters = 0
        for b in inner {
            if b >= 0x61 && b <= 0x7A {
                letters += 1
            } else if b != UInt8(ascii: "/") && b != UInt8(ascii: ",") && b != UInt8(ascii: "-") && b != 0x20 {
                return false
            }
        }
        return letters >= 2 && letters <= 12
    }

    /// A line that is nothing but a parenthesised credit: `(Tribunnews.com/Garudea Prabawati)`, `(Marcheilla A)`.
    static func isCreditLine(_ line: String) -> Bool {
        let bytes = Array(line.utf8)
        guard bytes.count >= 3, bytes.count <= 100, bytes.first == UInt8(ascii: "("), bytes.last == UInt8(ascii: ")")
        else { return false }
        return !bytes[1..<(bytes.count - 1)].contains(UInt8(ascii: "(")) && !bytes.contains(UInt8(ascii: "."))
            || line.contains("/") || line.lowercased().contains(".com")
    }

    /// The credit of a photo caption: a line ending in a parenthesised credit such as `(KCNA)`,
    /// `(ANTARA FOTO/Nama)`, `(Foto: Dok. Kemlu)`, with no sentence punctuation after it.
    func captionCredit(_ line: String) -> String? {
        let bytes = Array(line.utf8)
        guard bytes.last == UInt8(ascii: ")"), let open = bytes.lastIndex(of: UInt8(ascii: "(")), open > 0 else {
            return nil
        }
        guard !ArticleCleaner.isEditorCode(bytes[(open + 1)..<(bytes.count - 1)]) else { return nil }
        let inner = String(decoding: bytes[(open + 1)..<(bytes.count - 1)], as: UTF8.self)
        guard inner.utf8.count >= 2, inner.utf8.count <= 60,
            inner.unicodeScalars.contains(where: { $0.properties.isAlphabetic })
        else { return nil }
        let lower = inner.lowercased()
        let creditWords = ["foto", "dok", "ist.", "istimewa", "sumber:", "antara", "reuters", "afp", "ap photo"]
        let isAllCaps = inner == inner.uppercased() && inner.utf8.count <= 30
        let credit = inner.contains("/") || creditWords.contains(where: { lower.hasPrefix($0) }) || isAllCaps
        // A caption's credit follows the caption's last word or period directly, or a space after a period.
        let before = bytes[open - 1]
        let glued = before == UInt8(ascii: ".") || before != 0x20
        guard credit, glued || inner.contains("/") || lower.hasPrefix("foto") else { return nil }
        return inner
    }

    // MARK: Outlet

    /// An outlet named in removed lines: a credit `(Tribunnews.com/…)` or a domain (`Google News Metrotvnews.com`).
    static func outletFromBoilerplate(_ lines: [BoilerplateLine]) -> String? {
        for line in lines {
            for word in line.text.split(whereSeparator: { " (/)".contains($0) }) {
                let lower = word.lowercased()
                if lower.hasSuffix(".com") || lower.hasSuffix(".co.id") || lower.hasSuffix(".id") {
                    guard word.utf8.count > 5, word.first?.isLetter == true else { continue }
                    return String(word)
                }
            }
        }
        return nil
    }

    /// The outlet as spelled elsewhere in the source when it is written in capitals here
    /// (`TRIBUNNEWS.COM` → `Tribunnews.com`); a domain in capitals alone becomes `Nusadaily.com`.
    static func preferredSpelling(of outlet: String, in paragraphs: [String]) -> String {
        // `KOMPAS.com`: a brand in capitals before its domain counts as capitals.
        let name = outlet.split(separator: ".").first.map(String.init) ?? outlet
        guard name == name.uppercased() else { return outlet }
        let key = Array(outlet.lowercased().utf8)
        // Another spelling stands in a credit or byline line, never in a long paragraph.
        for paragraph in paragraphs where paragraph.utf8.count < 200 {
            var bytes = Array(paragraph.utf8)
            while let start = BoilerplateRules.firstIndex(of: key, in: bytes) {
                let end = start + key.count
                let candidate = String(decoding: bytes[start..<end], as: UTF8.self)
                let isWord = (start == 0 || !ArticleCleaner.isWordByte(bytes[start - 1]))
                    && (end == bytes.count || !ArticleCleaner.isWordByte(bytes[end]))
                if isWord, candidate != outlet, candidate.first?.isUppercase == true, candidate != candidate.uppercased() {
                    return candidate
                }
                bytes.removeFirst(end)
            }
        }
        guard outlet.contains(".") else { return outlet }
        return outlet.prefix(1) + outlet.dropFirst().lowercased()
    }

    static func isWordByte(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x80 || (b >= 0x30 && b <= 0x39) }
}
