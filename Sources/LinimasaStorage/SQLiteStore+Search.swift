internal import GRDB
public import LinimasaCore

extension SQLiteStore {
    /// BM25 column weights: a hit in the title counts three times a hit in the body.
    static let rankFunction = "bm25(articles_fts, 3.0, 1.0)"

    /// Searches in steps, none of which reads article text for more than the page of hits:
    ///
    /// 1. A small filter (dates and outlet; entity) becomes a set of article
    ///    numbers built once from its index; a large one a lookup per match.
    /// 2. Unless a small filter bounds the candidates, when more than
    ///    ``Configuration/rankWindow`` articles match, the rowid of the window's
    ///    oldest match is found by walking the matches newest first (cheap: no
    ///    scores), and only matches from there on are scored.
    /// 3. BM25 orders the rest; snippets and metadata are read for the page only.
    public func search(_ query: SearchQuery) async throws -> [SearchHit] {
        let tokenizer = self.tokenizer
        let window = rankWindow
        let syntax = try SearchSyntax(query.text) { !tokenizer.terms(in: $0, prefix: true).isEmpty }
        let match = syntax.expression
        guard query.limit > 0 else { return [] }
        return try await reading("cannot search") { db in
            // A filter is checked per full-text match in one of two ways. A small one
            // (at most 10 × the window articles) is a set of article numbers built once
            // from its index (`+` keeps SQLite from pushing it into FTS5 as rowid
            // probes, one full query evaluation each), and all survivors are scored.
            // A large one is a lookup per match, and the window applies: walking the
            // matches newest first stops early because survivors are dense.
            var sets: [String] = []
            var lookups: [String] = []
            var filterArguments: StatementArguments = []
            var dated: [String] = []
            var datedArguments: StatementArguments = []
            if let from = query.from {
                dated.append("published_date >= ?")
                datedArguments += [from.iso]
            }
            if let to = query.to {
                dated.append("published_date <= ?")
                datedArguments += [to.iso]
            }
            if let outlet = query.outlet {
                dated.append("outlet = ? COLLATE NOCASE")
                datedArguments += [outlet]
            }
            if !dated.isEmpty {
                let conditions = dated.joined(separator: " AND ")
                sets.append("SELECT number FROM articles WHERE \(conditions)")
                lookups.append("EXISTS (SELECT 1 FROM articles a WHERE a.number = f.rowid AND \(conditions))")
                filterArguments += datedArguments
            }
            if let entity = query.entity {
                let ids = try SQLiteStore.entityIDs(named: entity, in: db)
                if ids.isEmpty { return [] }
                let list = Array(repeating: "?", count: ids.count).joined(separator: ", ")
                sets.append("SELECT article FROM article_entities WHERE entity_id IN (\(list))")
                lookups.append(
                    "EXISTS (SELECT 1 FROM article_entities ae WHERE ae.entity_id IN (\(list)) AND ae.article = f.rowid)"
                )
                filterArguments += StatementArguments(ids)
            }
            var filter = ""
            var small = false
            if !sets.isEmpty {
                let counts = sets.map { "SELECT (SELECT count(*) FROM (\($0))) AS n" }.joined(separator: " UNION ALL ")
                let smallest =
                    try Int.fetchOne(
                        db.cachedStatement(sql: "SELECT min(n) FROM (\(counts))"),
                        arguments: filterArguments
                    ) ?? 0
                if smallest == 0 { return [] }
                small = smallest <= 10 * window
                filter =
                    small
                    ? sets.map { " AND +f.rowid IN (\($0))" }.joined()
                    : lookups.map { " AND \($0)" }.joined()
            }
            let oldest =
                small
                ? nil
                : try Int64.fetchOne(
                    db.cachedStatement(
                        sql: """
                            SELECT f.rowid FROM articles_fts f WHERE articles_fts MATCH ?\(filter)
                            ORDER BY f.rowid DESC LIMIT 1 OFFSET ?
                            """
                    ),
                    arguments: [match] + filterArguments + [window - 1]
                )
            var arguments: StatementArguments = [match] + filterArguments
            var range = ""
            if let oldest {
                range = " AND f.rowid >= ?"
                arguments += [oldest]
            }
            arguments += [query.limit, max(0, query.offset)]
            let ranked = try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT f.rowid, \(SQLiteStore.rankFunction) AS score FROM articles_fts f
                        WHERE articles_fts MATCH ?\(filter)\(range) ORDER BY score LIMIT ? OFFSET ?
                        """
                ),
                arguments: arguments
            )
            let details = try db.cachedStatement(
                sql: """
                    SELECT a.id, a.source, a.title, a.outlet, a.published_date, a.published_minute, a.published_offset,
                        a.published_precision, a.published_source, a.story_id,
                        snippet(articles_fts, 1, ?, ?, '…', ?), snippet(articles_fts, 0, ?, ?, '…', ?)
                    FROM articles_fts f JOIN articles a ON a.number = f.rowid
                    WHERE articles_fts MATCH ? AND f.rowid = ?
                    """
            )
            let words = min(64, max(1, query.snippetWords))
            let (open, close) = query.marks
            var hits: [SearchHit] = []
            hits.reserveCapacity(ranked.count)
            for rank in ranked {
                let number: Int64 = rank[0]
                let score: Double = rank[1]
                guard
                    let row = try Row.fetchOne(
                        details,
                        arguments: [open, close, words, open, close, words, match, number]
                    )
                else { continue }
                let body: String = row[10] ?? ""
                let title: String? = row[11]
                let snippet = !open.isEmpty && !body.contains(open) && (title?.contains(open) ?? false) ? title! : body
                hits.append(
                    SearchHit(
                        articleID: row[0],
                        source: row[1],
                        title: row[2],
                        outlet: row[3],
                        published: SQLiteStore.publishedDate(row, at: 4),
                        snippet: snippet,
                        score: -score,
                        storyID: row[9]
                    )
                )
            }
            return hits
        }
    }

    /// The ids of entities called `name`: an id, a canonical name or an alias seen,
    /// compared case-insensitively (ASCII), most mentioned first.
    static func entityIDs(named name: String, in db: Database) throws -> [String] {
        try String.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT id FROM (
                        SELECT id, 3 AS quality FROM entities WHERE id = ?1
                        UNION ALL SELECT id, 2 FROM entities WHERE name = ?1 COLLATE NOCASE
                        UNION ALL SELECT entity_id, 1 FROM entity_aliases WHERE alias = ?1 COLLATE NOCASE
                    ) found
                    GROUP BY id
                    ORDER BY max(quality) DESC,
                        (SELECT count(*) FROM article_entities ae WHERE ae.entity_id = found.id) DESC, id
                    """
            ),
            arguments: [name]
        )
    }
}
