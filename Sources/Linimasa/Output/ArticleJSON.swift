internal import Foundation
public import LinimasaCore

/// The JSON shape of an analysed article, as `linimasa analyze --json` prints it and
/// `docs/article.schema.json` describes it.
///
/// Field names are stable: later versions add fields, never rename them.
/// Optional values are written as `null`, not left out.
public struct ArticleJSON: Encodable, Sendable {
    let analyzed: AnalyzedArticle

    public init(_ analyzed: AnalyzedArticle) {
        self.analyzed = analyzed
    }

    enum Key: String, CodingKey {
        case id, source, title, outlet, dateline, dateline_text, authors, editors, published, published_precision
        case published_from, language, body, boilerplate, paragraphs, sentences, times, entities, quotes, events
        case warnings
        case text, reason, start, end, type, value, precision, anchor, confidence, note, name, wikidata, mentions
        case direct, kind, speaker, via, cameo, date, time, actors, role, place, sentence, trigger, negated
        case modality, reported, affiliation
    }

    public func encode(to encoder: any Encoder) throws {
        let article = analyzed.article
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(article.id, forKey: .id)
        try c.encode(article.source, forKey: .source)
        try c.encode(article.title, forKey: .title)
        try c.encode(article.outlet, forKey: .outlet)
        try c.encode(article.dateline, forKey: .dateline)
        try c.encode(article.datelineText, forKey: .dateline_text)
        try c.encode(article.authors, forKey: .authors)
        try c.encode(article.editors, forKey: .editors)
        try c.encode(article.published?.iso, forKey: .published)
        try c.encode(article.published?.precision.rawValue, forKey: .published_precision)
        try c.encode(article.published?.source.rawValue, forKey: .published_from)
        try c.encode(article.language, forKey: .language)
        try c.encode(article.body, forKey: .body)
        var boilerplate = c.nestedUnkeyedContainer(forKey: .boilerplate)
        for line in article.boilerplate {
            var item = boilerplate.nestedContainer(keyedBy: Key.self)
            try item.encode(line.text, forKey: .text)
            try item.encode(line.reason.rawValue, forKey: .reason)
        }
        var paragraphs = c.nestedUnkeyedContainer(forKey: .paragraphs)
        for range in article.paragraphs {
            var item = paragraphs.nestedContainer(keyedBy: Key.self)
            try item.encode(range.start, forKey: .start)
            try item.encode(range.end, forKey: .end)
        }
        var sentences = c.nestedUnkeyedContainer(forKey: .sentences)
        for range in article.sentences {
            var item = sentences.nestedContainer(keyedBy: Key.self)
            try item.encode(article.text(range), forKey: .text)
            try item.encode(range.start, forKey: .start)
            try item.encode(range.end, forKey: .end)
        }
        var times = c.nestedUnkeyedContainer(forKey: .times)
        for time in analyzed.times {
            var item = times.nestedContainer(keyedBy: Key.self)
            try item.encode(time.text, forKey: .text)
            try item.encode(time.range.start, forKey: .start)
            try item.encode(time.range.end, forKey: .end)
            try item.encode(time.kind.rawValue, forKey: .type)
            try item.encode(time.value, forKey: .value)
            try item.encode(time.precision, forKey: .precision)
            try item.encode(time.anchor.rawValue, forKey: .anchor)
            try item.encode(Self.rounded(time.confidence), forKey: .confidence)
            try item.encode(time.note, forKey: .note)
        }
        var entities = c.nestedUnkeyedContainer(forKey: .entities)
        for entity in analyzed.entities {
            var item = entities.nestedContainer(keyedBy: Key.self)
            try item.encode(entity.id, forKey: .id)
            try item.encode(entity.name, forKey: .name)
            try item.encode(entity.type.rawValue, forKey: .type)
            try item.encode(entity.wikidata, forKey: .wikidata)
            var mentions = item.nestedUnkeyedContainer(forKey: .mentions)
            for mention in entity.mentions {
                var m = mentions.nestedContainer(keyedBy: Key.self)
                try m.encode(mention.text, forKey: .text)
                try m.encode(mention.range.start, forKey: .start)
                try m.encode(mention.range.end, forKey: .end)
            }
        }
        var quotes = c.nestedUnkeyedContainer(forKey: .quotes)
        for quote in analyzed.quotes {
            var item = quotes.nestedContainer(keyedBy: Key.self)
            try item.encode(quote.text, forKey: .text)
            try item.encode(quote.range.start, forKey: .start)
            try item.encode(quote.range.end, forKey: .end)
            try item.encode(quote.direct, forKey: .direct)
            try item.encode(quote.kind.rawValue, forKey: .kind)
            try encodeReference(quote.speaker, in: &item, key: .speaker)
            var via = item.nestedUnkeyedContainer(forKey: .via)
            for relay in quote.via {
                var r = via.nestedContainer(keyedBy: Key.self)
                try r.encode(relay.id, forKey: .id)
                try r.encode(relay.name, forKey: .name)
            }
            try item.encode(quote.note, forKey: .note)
        }
        var events = c.nestedUnkeyedContainer(forKey: .events)
        for event in analyzed.events {
            var item = events.nestedContainer(keyedBy: Key.self)
            try item.encode(event.type, forKey: .type)
            try item.encode(event.cameo, forKey: .cameo)
            try item.encode(event.date, forKey: .date)
            try item.encode(event.time, forKey: .time)
            var actors = item.nestedUnkeyedContainer(forKey: .actors)
            for actor in event.actors {
                var a = actors.nestedContainer(keyedBy: Key.self)
                try a.encode(actor.id, forKey: .id)
                try a.encode(actor.name, forKey: .name)
                try a.encode(actor.role.rawValue, forKey: .role)
                try a.encode(actor.affiliation, forKey: .affiliation)
            }
            try encodeReference(event.place, in: &item, key: .place)
            try item.encode(article.text(event.sentence), forKey: .sentence)
            try item.encode(event.sentence.start, forKey: .start)
            try item.encode(event.sentence.end, forKey: .end)
            var trigger = item.nestedContainer(keyedBy: Key.self, forKey: .trigger)
            try trigger.encode(article.text(event.trigger), forKey: .text)
            try trigger.encode(event.trigger.start, forKey: .start)
            try trigger.encode(event.trigger.end, forKey: .end)
            try item.encode(event.negated, forKey: .negated)
            try item.encode(event.modality.rawValue, forKey: .modality)
            try item.encode(event.reported, forKey: .reported)
            try item.encode(Self.rounded(event.confidence), forKey: .confidence)
        }
        try c.encode(analyzed.warnings, forKey: .warnings)
    }

    private func encodeReference(
        _ reference: EntityReference?, in container: inout KeyedEncodingContainer<Key>, key: Key
    ) throws {
        guard let reference else {
            try container.encodeNil(forKey: key)
            return
        }
        var r = container.nestedContainer(keyedBy: Key.self, forKey: key)
        try r.encode(reference.id, forKey: .id)
        try r.encode(reference.name, forKey: .name)
    }

    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    /// One line of JSON for `analyzed`, without a trailing newline.
    public static func line(_ analyzed: AnalyzedArticle) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: try encoder.encode(ArticleJSON(analyzed)), as: UTF8.self)
    }
}
