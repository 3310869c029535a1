public import LinimasaCore

/// The word tables clustering and source comparison read from a language pack.
///
/// Tables: `cluster-stopwords` (words left out of similarity), `cluster-relations`
/// (relation heads and polarity words), `cluster-units` (units of counted quantities),
/// `cluster-metonyms` (capitals standing for countries) and the pack's `number-words` and `weekdays`.
/// A missing table counts as empty, so a small test pack needs none of them.
public struct ClusterWords: Sendable {
    /// Lowercase words left out of TF-IDF vectors and summaries.
    public var stopWords: Set<String>
    /// Lowercase words that name a relation (`hubungan`).
    public var relationHeads: Set<String>
    /// Lowercase polarity words: `+1` good, `-1` bad.
    public var polarity: [String: Int]
    /// Lowercase words that flip the next polarity word (`tidak`).
    public var negations: Set<String>
    /// Lowercase unit word to its canonical unit and whether it is written before the number.
    public var units: [String: (unit: String, before: Bool)]
    /// Lowercase multiplier words (`juta` 1,000,000) written between a number and its unit.
    public var multipliers: [String: Double]
    /// Lowercase entity name to the canonical name of the country it stands for.
    public var metonyms: [String: String]
    /// Lowercase number words with a plain value (`sembilan` 9).
    public var numberWords: [String: Double]
    /// Lowercase day names read on their own (form `full` in the pack's `weekdays`) to their ISO weekday, 1 Monday.
    public var weekdays: [String: Int]

    /// Reads the tables from `pack`.
    ///
    /// - Throws: Only errors other than ``LinimasaError/Code/notFound`` (a malformed table).
    public init(pack: any LanguagePack) throws {
        func table(_ name: String) throws -> Lexicon? {
            do {
                return try pack.lexicon(name)
            } catch let error as LinimasaError where error.code == .notFound {
                return nil
            }
        }
        stopWords = Set(try table("cluster-stopwords")?.orderedKeys ?? [])
        relationHeads = []
        polarity = [:]
        negations = []
        if let relations = try table("cluster-relations") {
            for key in relations.orderedKeys {
                switch relations.value(key) {
                case "head": relationHeads.insert(key)
                case "positive": polarity[key] = 1
                case "negative": polarity[key] = -1
                case "negation": negations.insert(key)
                default: continue
                }
            }
        }
        units = [:]
        multipliers = [:]
        if let table = try table("cluster-units") {
            for key in table.orderedKeys {
                guard let fields = table[key], let unit = fields.first, !unit.isEmpty else { continue }
                if unit.hasPrefix("x"), let factor = Double(unit.dropFirst()) {
                    multipliers[key] = factor
                } else {
                    units[key] = (unit, fields.count > 1 && fields[1] == "before")
                }
            }
        }
        metonyms = [:]
        if let table = try table("cluster-metonyms") {
            for key in table.orderedKeys { if let value = table.value(key) { metonyms[key] = value } }
        }
        weekdays = [:]
        if let table = try table("weekdays") {
            for key in table.orderedKeys {
                guard let fields = table[key], let first = fields.first, let weekday = Int(first), (1...7).contains(weekday)
                else { continue }
                if fields.count < 2 || fields[1] == "full" { weekdays[key.lowercased()] = weekday }
            }
        }
        numberWords = [:]
        if let table = try table("number-words") {
            for key in table.orderedKeys {
                if let field = table.value(key), let value = Double(field) { numberWords[key] = value }
            }
        }
    }
}
