public import LinimasaCore

extension TimeExpression {
    /// For an expression the tagger dated from its sentence (`dua hari setelah ...` read as
    /// `2025-03-15`), the count it moves by: the ISO duration (`P2D`, `P5W`, `P3M`) and whether the
    /// dated day is after (`setelah`) or before (`sebelum`) the event of the clause it opens.
    ///
    /// The event after the preposition is then on the value moved back by the duration
    /// (`setelah`) or forward (`sebelum`). `nil` for every other expression.
    public var linkedOffset: (duration: String, isAfter: Bool)? {
        guard anchor == .mention, kind == .date, let note, note.utf8.first == UInt8(ascii: "P") else { return nil }
        let words = note.split(separator: " ", maxSplits: 2)
        guard words.count == 3, words[2].hasPrefix("the event of the clause") else { return nil }
        switch words[1] {
        case "after": return (String(words[0]), true)
        case "before": return (String(words[0]), false)
        default: return nil
        }
    }
}
