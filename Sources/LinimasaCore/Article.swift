/// One news article as read from its source, cleaned, before analysis.
///
/// `body` is NFC-normalised text with paragraphs separated by one blank line
/// (`"\n\n"`). Every annotation (`paragraphs`, `sentences`, and the
/// extractors' output) is a ``TextRange`` of UTF-8 byte offsets into `body`.
public struct Article: Sendable, Codable, Hashable {
    /// Stable id: ``ContentHash/normalizedBodyID(_:)`` of `body`.
    public var id: String
    /// Where it came from: a file path, `-` for standard input, a URL, or `path:line` for JSON Lines.
    public var source: String
    /// The headline, if the source has one.
    public var title: String?
    /// The outlet as the article names itself (`Tribunnews.com`, `ILLINI NEWS`).
    public var outlet: String?
    /// The city of the dateline (`Jakarta`), if any.
    public var dateline: String?
    /// The dateline as written (`Jakarta, ILLINI NEWS –`), if any.
    public var datelineText: String?
    /// Writers, as credited.
    public var authors: [String]
    /// Editors, as credited.
    public var editors: [String]
    /// When it was published, and how we know.
    public var published: PublishedDate?
    /// ISO 639-1 code of the language, `id` for Indonesian.
    public var language: String
    /// The cleaned article text.
    public var body: String
    /// Every line removed from the source, with the reason.
    public var boilerplate: [BoilerplateLine]
    /// Paragraph spans in `body`.
    public var paragraphs: [TextRange]
    /// Sentence spans in `body`, filled by the language pack's splitter.
    public var sentences: [TextRange]

    public init(
        id: String? = nil,
        source: String,
        title: String? = nil,
        outlet: String? = nil,
        dateline: String? = nil,
        datelineText: String? = nil,
        authors: [String] = [],
        editors: [String] = [],
        published: PublishedDate? = nil,
        language: String = "id",
        body: String,
        boilerplate: [BoilerplateLine] = [],
        paragraphs: [TextRange] = [],
        sentences: [TextRange] = []
    ) {
        self.id = id ?? ContentHash.normalizedBodyID(body)
        self.source = source
        self.title = title
        self.outlet = outlet
        self.dateline = dateline
        self.datelineText = datelineText
        self.authors = authors
        self.editors = editors
        self.published = published
        self.language = language
        self.body = body
        self.boilerplate = boilerplate
        self.paragraphs = paragraphs
        self.sentences = sentences
    }

    /// The text of one annotation.
    public func text(_ range: TextRange) -> String { body.slice(range) }
}

/// A publication date-time with its precision and where it came from.
public struct PublishedDate: Sendable, Codable, Hashable {
    /// Where a publication date came from.
    public enum Source: String, Sendable, Codable, Hashable {
        /// A date line or metadata of the article itself.
        case stated
        /// A date in the lede (`Jumat (29/11/2024)`), taken for want of a stated one.
        case lede
        /// Given by the user (`--published`) or the feed (JSON Lines `published`).
        case given
        /// Lent by the story the article belongs to.
        case story
    }

    /// How much of the value is known.
    public enum Precision: String, Sendable, Codable, Hashable {
        case year, month, day, minute, second
    }

    /// The day.
    public var date: CalendarDate
    /// Minutes after local midnight, if a time of day is known.
    public var minuteOfDay: Int?
    /// Offset from UTC in minutes, if known (WIB is +420).
    public var utcOffsetMinutes: Int?
    public var precision: Precision
    public var source: Source

    public init(
        date: CalendarDate,
        minuteOfDay: Int? = nil,
        utcOffsetMinutes: Int? = nil,
        precision: Precision? = nil,
        source: Source
    ) {
        self.date = date
        self.minuteOfDay = minuteOfDay
        self.utcOffsetMinutes = utcOffsetMinutes
        self.precision = precision ?? (minuteOfDay == nil ? .day : .minute)
        self.source = source
    }

    /// ISO 8601: `2024-11-18`, `2024-11-18T17:10`, or `2024-11-18T17:10+07:00`.
    public var iso: String {
        guard let minutes = minuteOfDay, precision == .minute || precision == .second else { return date.iso }
        var text = date.iso + "T" + CalendarDate.pad(minutes / 60, 2) + ":" + CalendarDate.pad(minutes % 60, 2)
        if let offset = utcOffsetMinutes {
            let sign = offset < 0 ? "-" : "+"
            let magnitude = abs(offset)
            text += sign + CalendarDate.pad(magnitude / 60, 2) + ":" + CalendarDate.pad(magnitude % 60, 2)
        }
        return text
    }
}

/// A line removed from the source because it is not article text.
public struct BoilerplateLine: Sendable, Codable, Hashable {
    /// Why a line was removed.
    public enum Reason: String, Sendable, Codable, Hashable {
        /// The headline (kept in `title`).
        case title
        /// A standfirst or caption repeating or introducing the body.
        case summary
        /// A date line (kept in `published`).
        case dateLine
        /// A byline, writer or editor credit.
        case byline
        /// A pattern of the language pack (`Baca juga:`, `Kirim Komentar`, `(luc/luc)`).
        case pattern
        /// A photo caption or credit.
        case caption
        /// Repeats across many articles of the same outlet.
        case repeated
        /// Navigation, comments, related links or other page furniture (HTML).
        case pageFurniture
        /// A copy of a line kept elsewhere.
        case duplicate
    }

    /// The line as it was, trimmed.
    public var text: String
    public var reason: Reason

    public init(_ text: String, reason: Reason) {
        self.text = text
        self.reason = reason
    }
}
