/// What an element's `class` and `id` say about its text.
///
/// News CMSs name their boxes consistently enough that a few hints decide most
/// pages: `related`, `baca-juga`, `komentar` mark page furniture; `caption`
/// marks a photo caption; `read__content`, `detail__body-text` mark the body.
/// These are markup identifiers (CSS class names), not language text, so they
/// live here rather than in a language pack.
struct HTMLClassHints: Sendable {
    /// What a hinted element holds, when it is not body text.
    enum Drop: UInt8, Sendable {
        case furniture, caption, summary, byline, dateLine
    }

    /// Why the element's text is not body text, if it is not.
    var drop: Drop?
    /// Added to the element's score as a container of the main text: 0, 25 (a generic `content`,
    /// `article`, `detail` class) or 50 (a class a known outlet uses for its article body).
    var bonus: Int = 0

    /// Substrings of a lower-cased `class id` string that mark furniture.
    static let furnitureStems = StemSet([
        "related", "terkait", "bacajuga", "baca-juga", "baca_juga", "comment", "komentar", "disqus", "advert",
        "iklan", "adsbygoogle", "newsletter", "subscribe", "langganan", "breadcrumb", "sidebar", "widget",
        "popular", "terpopuler", "populer", "rekomendasi", "recommend", "social", "share", "sharing", "promo",
        "sponsor", "footer", "navbar", "navigation", "menu", "banner", "tweet", "instagram", "tiktok", "pagination",
        "paging", "toolbar", "cookie", "login", "signup", "trending", "terbaru", "most-read", "mostread", "outbrain",
        "taboola", "dable", "embed", "video", "player", "gallery-thumb", "hashtag", "tagcloud", "tagging", "tag-list",
        "taglist", "linksisip", "sisip",
    ])

    /// Whole tokens (split at anything but letters and digits) that mark furniture.
    static let furnitureTokens: Set<String> = [
        "nav", "ads", "ad", "adv", "dfp", "gpt", "tags", "tag", "topik", "topic", "topics", "header", "masthead",
        "logo", "search", "feed", "next", "prev", "nextprev", "rating", "reaction", "reactions", "emoji", "poll",
        "survey", "complementary", "contentinfo", "banner",
    ]

    static let captionStems = StemSet(["caption", "keterangan"])
    /// `credit` is a photo credit next to one of `photoStems`, else a byline (`read__credit`).
    static let credit = Array("credit".utf8)
    static let photoStems = StemSet(["photo", "foto", "image", "img", "pic", "media"])
    static let summaryStems = StemSet(["subtitle", "standfirst", "excerpt", "summary", "deck", "description", "lead-in"])
    static let bylineStems = StemSet(["author", "byline", "penulis", "reporter", "editor", "writer", "contributor"])
    static let dateStems = StemSet(["tanggal", "timestamp", "publish", "pubdate", "datetime", "pubtime"])
    static let dateTokens: Set<String> = ["date", "time", "waktu", "posted", "tgl", "jam"]

    /// Substrings of the body containers of known outlets and CMSs.
    static let bodyStems = StemSet([
        "itp_bodycontent", "detail__body-text", "read__content", "txt-article", "entry-content", "post-content",
        "article-body", "articlebody", "article__body", "article-content", "article__content", "content-article",
        "detail-text", "detail_text", "detail-konten", "detail__body", "body-text", "bodytext", "isi-berita",
        "isiberita", "content-detail", "story-body", "news-content", "artikel",
    ])

    /// Whole tokens that suggest a container of the main text.
    static let bodyTokens: Set<String> = [
        "article", "content", "detail", "body", "post", "entry", "story", "read", "konten", "isi", "berita",
        "main", "news",
    ]

    /// The hints of an element with `classAndID`: its `class`, `id` and `itemprop` values, lower-cased, separated by spaces.
    init(classAndID bytes: [UInt8]) {
        if bytes.isEmpty { return }
        if HTMLClassHints.containsAny(HTMLClassHints.bodyStems, in: bytes) { bonus = 50 }
        var tokens: [String] = []
        var start = 0
        for index in 0...bytes.count {
            let isWord = index < bytes.count && (HTMLClassHints.isAlphanumeric(bytes[index]))
            if !isWord {
                if index > start { tokens.append(String(decoding: bytes[start..<index], as: UTF8.self)) }
                start = index + 1
            }
        }
        // A furniture hint wins over a body hint (`related-content`), except on a known body container.
        // Furniture stems (`comment`, `related`) win over the specific hints, which win over the
        // weak furniture tokens (`header` in `read-page--header--author`).
        if bonus < 50 {
            if HTMLClassHints.containsAny(HTMLClassHints.furnitureStems, in: bytes) {
                drop = .furniture
            } else if HTMLClassHints.containsAny(HTMLClassHints.captionStems, in: bytes) {
                drop = .caption
            } else if HTMLClassHints.contains(HTMLClassHints.credit, in: bytes) {
                drop = HTMLClassHints.containsAny(HTMLClassHints.photoStems, in: bytes) ? .caption : .byline
            } else if HTMLClassHints.containsAny(HTMLClassHints.summaryStems, in: bytes) {
                drop = .summary
            } else if HTMLClassHints.containsAny(HTMLClassHints.bylineStems, in: bytes) {
                drop = .byline
            } else if HTMLClassHints.containsAny(HTMLClassHints.dateStems, in: bytes)
                || tokens.contains(where: { HTMLClassHints.dateTokens.contains($0) })
            {
                drop = .dateLine
            } else if tokens.contains(where: { HTMLClassHints.furnitureTokens.contains($0) }) {
                drop = .furniture
            }
            if drop != nil { return }
        }
        if bonus == 0, tokens.contains(where: { HTMLClassHints.bodyTokens.contains($0) }) { bonus = 25 }
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    static func containsAny(_ stems: StemSet, in bytes: [UInt8]) -> Bool {
        stems.occurs(in: bytes)
    }

    /// Whether `needle` occurs in `haystack` (both short: a class attribute and a hint).
    static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return false }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var k = 1
                while k < needle.count, haystack[index + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}

/// A set of short byte strings indexed by first byte, to test whether any occurs in a class attribute.
struct StemSet: Sendable {
    /// The stems starting with each byte value.
    let byFirstByte: [[[UInt8]]]

    init(_ stems: [String]) {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for stem in stems where !stem.isEmpty {
            let bytes = Array(stem.utf8)
            table[Int(bytes[0])].append(bytes)
        }
        byFirstByte = table
    }

    /// Whether any stem occurs in `bytes`.
    /// - Complexity: O(*n* · *k*) for *n* bytes and *k* stems sharing a first byte (two or three).
    func occurs(in bytes: [UInt8]) -> Bool {
        let count = bytes.count
        for start in 0..<count {
            for stem in byFirstByte[Int(bytes[start])] where stem.count <= count - start {
                var k = 1
                while k < stem.count, bytes[start + k] == stem[k] { k += 1 }
                if k == stem.count { return true }
            }
        }
        return false
    }
}
