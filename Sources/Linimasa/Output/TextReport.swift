public import LinimasaCore

/// A readable account of an analysed article for a terminal.
public enum TextReport {
    /// Several lines describing `analyzed`: metadata, body size, what was removed, and what was found.
    public static func render(_ analyzed: AnalyzedArticle, maxItems: Int = 12) -> String {
        let article = analyzed.article
        var lines: [String] = []
        lines.append("━━ " + (article.title ?? "(no title)"))
        lines.append("   source     \(article.source)   id \(article.id)")
        var meta: [String] = []
        meta.append("outlet " + (article.outlet ?? "?"))
        if let city = article.dateline { meta.append("dateline \(city)") }
        if let published = article.published {
            meta.append("published \(published.iso) (\(published.source.rawValue))")
        } else {
            meta.append("published unknown")
        }
        lines.append("   " + meta.joined(separator: " · "))
        if !article.authors.isEmpty || !article.editors.isEmpty {
            var people: [String] = []
            if !article.authors.isEmpty { people.append("by " + article.authors.joined(separator: ", ")) }
            if !article.editors.isEmpty { people.append("edited by " + article.editors.joined(separator: ", ")) }
            lines.append("   " + people.joined(separator: " · "))
        }
        lines.append(
            "   body       \(article.paragraphs.count) paragraphs, \(article.sentences.count) sentences, "
                + "\(article.body.utf8.count) bytes; \(article.boilerplate.count) boilerplate lines removed")
        if !analyzed.times.isEmpty {
            lines.append("   times      " + analyzed.times.prefix(maxItems).map { time in
                "\(time.text) → \(time.value ?? "?")"
            }.joined(separator: "; ") + more(analyzed.times.count, maxItems))
        }
        if !analyzed.entities.isEmpty {
            let ranked = analyzed.entities.sorted { $0.mentions.count > $1.mentions.count }
            lines.append("   entities   " + ranked.prefix(maxItems).map { entity in
                "\(entity.name) [\(entity.type.rawValue)]×\(entity.mentions.count)"
            }.joined(separator: ", ") + more(ranked.count, maxItems))
        }
        for quote in analyzed.quotes.prefix(maxItems) where quote.kind == .statement {
            let speaker = quote.speaker?.name ?? "?"
            let via = quote.via.isEmpty ? "" : " via " + quote.via.map(\.name).joined(separator: " → ")
            lines.append("   quote      \(speaker)\(via): “\(clip(quote.text, 90))”")
        }
        for event in analyzed.events.prefix(maxItems) {
            let actors = event.actors.map(\.name).joined(separator: ", ")
            let place = event.place.map { " @ \($0.name)" } ?? ""
            lines.append("   event      \(event.date ?? "undated") \(event.type) \(actors)\(place)")
        }
        for warning in analyzed.warnings { lines.append("   warning    \(warning)") }
        return lines.joined(separator: "\n")
    }

    static func more(_ count: Int, _ shown: Int) -> String { count > shown ? " … (+\(count - shown))" : "" }

    /// `text` cut to at most `limit` characters, with an ellipsis when cut.
    public static func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
