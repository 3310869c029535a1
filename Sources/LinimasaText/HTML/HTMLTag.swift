/// The HTML elements the reader tells apart, and what each means for the text walk.
///
/// Names are matched on the lower-case bytes libxml2 gives (its HTML parser
/// folds tag names to lower case); an unknown name is ``other``, read as an
/// inline element.
enum HTMLTag: UInt8, Sendable {
    case other
    case html, head, body, title, meta, link, base
    case script, style, noscript, iframe, svg, template, object, embed, video, audio, canvas, math
    case select, option, textarea, input, img, picture, source
    case form, button, nav, footer, header, aside, menu, dialog, label, fieldset
    case article, main, div, section, p, pre, blockquote, address, center, details, summary
    case h1, h2, h3, h4, h5, h6
    case ul, ol, li, dl, dt, dd
    case table, thead, tbody, tfoot, tr, td, th, caption
    case figure, figcaption, hr, br, a, time

    /// How the walk treats an element.
    enum Role {
        /// Skipped with its content, never reported (scripts, media, form controls).
        case skip
        /// Page furniture by its tag (nav, footer, header, aside, forms): its text is reported, never kept.
        case furniture
        /// Starts and ends a text block.
        case block
        /// A table cell: separates its text from its neighbours' by a space.
        case cell
        /// A line break: ends the current block.
        case lineBreak
        /// Text flows through it into the enclosing block.
        case inline
    }

    var role: Role {
        switch self {
        case .script, .style, .noscript, .iframe, .svg, .template, .object, .embed, .video, .audio, .canvas, .math,
            .select, .option, .textarea, .input, .img, .picture, .source, .link, .base, .meta, .title:
            return .skip
        case .form, .button, .nav, .footer, .header, .aside, .menu, .dialog, .label, .fieldset:
            return .furniture
        case .html, .head, .body, .article, .main, .div, .section, .p, .pre, .blockquote, .address, .center, .details,
            .summary, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .table, .thead, .tbody, .tfoot, .tr,
            .caption, .figure, .figcaption, .hr:
            return .block
        case .td, .th:
            return .cell
        case .br:
            return .lineBreak
        case .other, .a, .time:
            return .inline
        }
    }

    /// Whether the element may be chosen as the container of the main text.
    var isCandidate: Bool {
        switch self {
        case .body, .article, .main, .div, .section, .td, .blockquote: return true
        default: return false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }

    /// The tag named by `count` bytes at `name`, compared exactly (case-sensitive: libxml2 folds HTML names).
    static func lookup(_ name: UnsafePointer<UInt8>) -> HTMLTag {
        var key = Key()
        var count = 0
        while name[count] != 0 {
            guard count < 16 else { return .other }
            key.set(byte: name[count], at: count)
            count += 1
        }
        return byName[key] ?? .other
    }

    /// Up to 16 name bytes packed into two words: an exact, allocation-free dictionary key.
    struct Key: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        mutating func set(byte: UInt8, at index: Int) {
            if index < 8 {
                low |= UInt64(byte) << UInt64(index * 8)
            } else {
                high |= UInt64(byte) << UInt64((index - 8) * 8)
            }
        }

        init() {}

        init(_ name: String) {
            for (index, byte) in name.utf8.enumerated() { set(byte: byte, at: index) }
        }
    }

    static let names: [(String, HTMLTag)] = [
        ("html", .html), ("head", .head), ("body", .body), ("title", .title), ("meta", .meta), ("link", .link),
        ("base", .base), ("script", .script), ("style", .style), ("noscript", .noscript), ("iframe", .iframe),
        ("svg", .svg), ("template", .template), ("object", .object), ("embed", .embed), ("video", .video),
        ("audio", .audio), ("canvas", .canvas), ("math", .math), ("select", .select), ("option", .option),
        ("textarea", .textarea), ("input", .input), ("img", .img), ("picture", .picture), ("source", .source),
        ("form", .form), ("button", .button), ("nav", .nav), ("footer", .footer), ("header", .header),
        ("aside", .aside), ("menu", .menu), ("dialog", .dialog), ("label", .label), ("fieldset", .fieldset),
        ("article", .article), ("main", .main), ("div", .div), ("section", .section), ("p", .p), ("pre", .pre),
        ("blockquote", .blockquote), ("address", .address), ("center", .center), ("details", .details),
        ("summary", .summary), ("h1", .h1), ("h2", .h2), ("h3", .h3), ("h4", .h4), ("h5", .h5), ("h6", .h6),
        ("ul", .ul), ("ol", .ol), ("li", .li), ("dl", .dl), ("dt", .dt), ("dd", .dd), ("table", .table),
        ("thead", .thead), ("tbody", .tbody), ("tfoot", .tfoot), ("tr", .tr), ("td", .td), ("th", .th),
        ("caption", .caption), ("figure", .figure), ("figcaption", .figcaption), ("hr", .hr), ("br", .br),
        ("a", .a), ("time", .time),
    ]

    static let byName: [Key: HTMLTag] = Dictionary(uniqueKeysWithValues: names.map { (Key($0.0), $0.1) })
}
