internal import LinimasaCore

/// Finds lines that repeat across many articles of one outlet in a batch: page furniture that no
/// fixed pattern knows (`Dapatkan berita pilihan … di WhatsApp`).
///
/// A line counts when it appears in at least `minimumArticles` drafts of the
/// same outlet, in at least a third of that outlet's drafts, and is shorter
/// than 300 bytes (a syndicated paragraph repeated across reprints is longer
/// and is the clusterer's business, not boilerplate).
public struct RepeatedLineFilter: Sendable {
    public var minimumArticles: Int

    public init(minimumArticles: Int = 3) {
        self.minimumArticles = minimumArticles
    }

    /// The drafts with repeated lines moved to their boilerplate.
    public func apply(_ drafts: [ArticleDraft]) -> [ArticleDraft] {
        var byOutlet: [String: [Int]] = [:]
        for (index, draft) in drafts.enumerated() {
            guard let outlet = draft.outlet?.lowercased() else { continue }
            byOutlet[outlet, default: []].append(index)
        }
        var result = drafts
        for (_, indices) in byOutlet where indices.count >= minimumArticles {
            var counts: [String: Int] = [:]
            for index in indices {
                for line in Set(drafts[index].paragraphs) where line.utf8.count < 300 { counts[line, default: 0] += 1 }
            }
            let needed = max(minimumArticles, (indices.count + 2) / 3)
            let repeated = Set(counts.filter { $0.value >= needed }.keys)
            guard !repeated.isEmpty else { continue }
            for index in indices {
                var kept: [String] = []
                for line in result[index].paragraphs {
                    if repeated.contains(line) {
                        result[index].boilerplate.append(BoilerplateLine(line, reason: .repeated))
                    } else {
                        kept.append(line)
                    }
                }
                // Never empty an article this way: a short outlet-wide line could be its only text.
                if !kept.isEmpty { result[index].paragraphs = kept }
            }
        }
        return result
    }
}
