internal import LinimasaCore

/// The main text of a page: the blocks of the container that holds the article, and what was dropped.
///
/// The idea of readability and jusText/trafilatura, on the flattened page:
///
/// 1. Every block of 25 bytes or more outside page furniture scores
///    `(1 + commas + min(bytes / 100, 3)) × (1 − link density)`, added in full
///    to its nearest container (`div`, `section`, `article`, `main`, `td`,
///    `blockquote`, `body`), half to the next, `1/(3k)` to the `k`-th above
///    (up to six), never past an element whose class marks it as furniture.
/// 2. A container's score, plus 25 or 50 for a body-like class, times one minus
///    its link density, ranks it; the best one is the article.
/// 3. Its siblings join when they score at least a fifth of it (or 10), or are
///    paragraphs of more than 80 bytes with little link text, or shorter ones
///    without links that end a sentence.
/// 4. In that region a block is kept unless a class on the way up marks it
///    (furniture, caption, standfirst, byline, date), it is a `figcaption` or
///    `h1`, or more than half its text is links. Everything not kept that has
///    visible text is reported, a line per source line, deduplicated and cut
///    to 200 bytes.
struct HTMLMainText {
    /// Kept blocks, in reading order.
    var paragraphs: [String] = []
    /// Dropped blocks with visible text, in reading order, deduplicated.
    var boilerplate: [BoilerplateLine] = []
    /// The text of the first `h1` of the page.
    var firstHeading: String?
    /// Dropped blocks that a class marked as a date, for the published date when metadata has none.
    var dateLines: [String] = []
    /// Dropped blocks that a class marked as a byline.
    var bylines: [String] = []

    /// At most this many boilerplate lines are reported per page.
    static let maxReported = 300
    /// Reported lines are cut to this many UTF-8 bytes.
    static let maxReportedBytes = 200

    init(page: HTMLPage, title: String?) {
        let elements = page.elements
        let count = elements.count
        var score = [Double](repeating: 0, count: count)
        var textBytes = [Int](repeating: 0, count: count)
        var linkBytes = [Int](repeating: 0, count: count)
        var firstBlock = [Int32](repeating: -1, count: count)

        for (index, block) in page.blocks.enumerated() {
            if block.tag == .h1, firstHeading == nil { firstHeading = block.flatText }
            guard block.furnitureTag == nil, block.element >= 0 else { continue }
            if firstBlock[Int(block.element)] < 0 { firstBlock[Int(block.element)] = Int32(index) }
            let bytes = Int(block.textBytes)
            let density = Double(block.linkBytes) / Double(max(bytes, 1))
            let scorable = bytes >= 25 && !block.tag.isHeading && block.tag != .figcaption && block.tag != .figure
                && block.tag != .caption
            let content = scorable ? (1 + Double(block.commas) + min(Double(bytes) / 100, 3)) * (1 - density) : 0
            var level = 0
            var e = Int(block.element)
            while e >= 0 {
                textBytes[e] += bytes
                linkBytes[e] += Int(block.linkBytes)
                let element = elements[e]
                if element.tag.isCandidate {
                    if scorable, level < 6 {
                        let weight = level == 0 ? 1 : level == 1 ? 0.5 : 1 / Double(level * 3)
                        score[e] += content * weight
                    }
                    level += 1
                }
                if element.hints.drop != nil { break }
                e = Int(element.parent)
            }
        }

        func finalScore(_ e: Int) -> Double {
            let element = elements[e]
            guard element.tag.isCandidate, element.hints.drop == nil, score[e] > 0 else { return 0 }
            let density = Double(linkBytes[e]) / Double(max(textBytes[e], 1))
            // A body-like class at most doubles what the text earned: utility classes (`text-sm`) are everywhere.
            return (score[e] + min(Double(element.hints.bonus), score[e])) * (1 - density)
        }

        var top = -1
        var topScore = 0.0
        for e in 0..<count {
            let value = finalScore(e)
            if value > topScore {
                top = e
                topScore = value
            }
        }

        // The region: the top container and the siblings that belong with it.
        var isRoot = [Bool](repeating: false, count: count)
        if top >= 0 {
            isRoot[top] = true
            let parent = elements[top].parent
            if parent >= 0 {
                let threshold = max(10, topScore * 0.2)
                for e in (Int(parent) + 1)..<count where elements[e].parent == parent && e != top {
                    let element = elements[e]
                    guard element.hints.drop == nil, element.tag.role != .furniture else { continue }
                    if element.tag.isCandidate {
                        if finalScore(e) >= threshold { isRoot[e] = true }
                    } else if element.tag == .p, textBytes[e] > 0 {
                        let density = Double(linkBytes[e]) / Double(textBytes[e])
                        if textBytes[e] > 80 {
                            isRoot[e] = density < 0.25
                        } else if linkBytes[e] == 0, firstBlock[e] >= 0 {
                            isRoot[e] = HTMLMainText.endsSentence(page.blocks[Int(firstBlock[e])].text)
                        }
                    }
                }
            }
        }

        var reported = Set<String>()
        for block in page.blocks {
            let text = block.flatText
            if let furniture = block.furnitureTag {
                let reason: BoilerplateLine.Reason = furniture == .header && text == title ? .title : .pageFurniture
                report(block, reason, &reported)
                continue
            }
            // Walk up to the region, noting the first class that marks the block.
            var drop: HTMLClassHints.Drop? = nil
            var inRegion = top < 0
            var e = Int(block.element)
            while e >= 0 {
                if isRoot[e] {
                    inRegion = true
                    break
                }
                if drop == nil { drop = elements[e].hints.drop }
                e = Int(elements[e].parent)
            }
            let reason: BoilerplateLine.Reason
            if block.tag == .h1 || text == title {
                reason = .title
            } else if let drop {
                switch drop {
                case .furniture: reason = .pageFurniture
                case .caption: reason = .caption
                case .summary: reason = .summary
                case .byline:
                    reason = .byline
                    if bylines.count < 4 { bylines.append(text) }
                case .dateLine:
                    reason = .dateLine
                    if dateLines.count < 4 { dateLines.append(text) }
                }
            } else if block.tag == .figcaption || block.tag == .figure || block.tag == .caption {
                reason = .caption
            } else if block.isTime {
                reason = .dateLine
                if dateLines.count < 4 { dateLines.append(text) }
            } else if !inRegion || Int(block.linkBytes) * 2 > Int(block.textBytes) {
                reason = .pageFurniture
            } else {
                if paragraphs.count == 1, let last = paragraphs.last, HTMLMainText.isOpeningDateline(last) {
                    // `<strong>Jakarta, CNN Indonesia</strong> --` standing before the first paragraph.
                    paragraphs[paragraphs.count - 1] = last + " " + text
                } else {
                    paragraphs.append(text)
                }
                continue
            }
            report(block, reason, &reported)
        }
    }

    /// Records a dropped block, one line per source line (a menu written one link a line gives one line a link).
    mutating func report(_ block: HTMLPage.Block, _ reason: BoilerplateLine.Reason, _ reported: inout Set<String>) {
        guard block.hasNewline else { return report(block.text, reason, &reported) }
        for line in block.text.utf8.split(separator: 0x0A) {
            report(String(decoding: line, as: UTF8.self), reason, &reported)
        }
    }

    /// Records a dropped line once, cut to ``maxReportedBytes``, if it has a letter or digit.
    mutating func report(_ text: String, _ reason: BoilerplateLine.Reason, _ reported: inout Set<String>) {
        guard boilerplate.count < HTMLMainText.maxReported else { return }
        guard text.utf8.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || $0 >= 0x80 })
        else { return }
        var line = text
        if text.utf8.count > HTMLMainText.maxReportedBytes {
            var cut = HTMLMainText.maxReportedBytes
            let bytes = Array(text.utf8)
            while cut > 0, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
            line = String(decoding: bytes[..<cut], as: UTF8.self) + "…"
        }
        guard reported.insert(line).inserted else { return }
        boilerplate.append(BoilerplateLine(line, reason: reason))
    }

    /// Whether `text` is a short dateline standing alone: at most 60 bytes ending in a dash (`-`, `--`, `–`, `—`).
    static func isOpeningDateline(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count <= 60, let last = bytes.last else { return false }
        return last == UInt8(ascii: "-") || text.hasSuffix("–") || text.hasSuffix("—")
    }

    /// Whether a short paragraph ends a sentence (`.`, `!`, `?`, optionally before a closing quote).
    static func endsSentence(_ text: String) -> Bool {
        var bytes = text.utf8.reversed().makeIterator()
        guard var last = bytes.next() else { return false }
        if last == 0x9D || last == UInt8(ascii: "\"") {  // ” ends in 0x9D
            if last == 0x9D {
                _ = bytes.next()
                _ = bytes.next()
            }
            guard let previous = bytes.next() else { return false }
            last = previous
        }
        return last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
    }
}
