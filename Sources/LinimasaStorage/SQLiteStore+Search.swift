internal import GRDB
internal import GRDBSQLite
public import LinimasaCore

extension SQLiteStore {
    /// BM25 column weights: a hit in the title counts three times a hit in the body.
    static let rankFunction = "bm25(articles_fts, 3.0, 1.0)"

    /// Searches in steps, none of which reads article text for more than the page of hits:
    ///
    /// 1. Each filter (dates and outlet; entity) is counted on its index. Those
    ///    of at most 25 × ``Configuration/rankWindow`` articles become one bit
    ///    set of article numbers, tested per full-text match by `linimasa_in_set`
    ///    (a bit test, where `rowid IN (SELECT …)` costs a b-tree probe); a larger
    ///    one is a lookup per match.
    /// 2. When the smallest filter holds at most 10 × the window, every survivor
    ///    is ranked. Otherwise only the newest window of matches is scored, in
    ///    one pass newest first that stops after the window (FTS5 walks rowids
    ///    in either direction without sorting), and the best are picked here;
    ///    with fewer matches than the window, that is all of them.
    /// 3. BM25 orders the candidates (ties: storage order); snippets and metadata
    ///    are read for the page only.
    public func search(_ query: SearchQuery) async throws -> [SearchHit] {
        let tokenizer = self.tokenizer
        let window = rankWindow
        let syntax = try SearchSyntax(query.text) { !tokenizer.terms(in: $0, prefix: true).isEmpty }
        let match = syntax.expression
        guard query.limit > 0 else { return [] }
        let wanted = query.limit + max(0, query.offset)
        return try await reading("cannot search") { db in
            var sets: [String] = []
            var setArguments: [StatementArguments] = []
            var lookups: [String] = []
            var lookupArguments: [StatementArguments] = []
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
                setArguments.append(datedArguments)
                lookups.append("EXISTS (SELECT 1 FROM articles a WHERE a.number = f.rowid AND \(conditions))")
                lookupArguments.append(datedArguments)
            }
            if let entity = query.entity {
                let ids = try SQLiteStore.entityIDs(named: entity, in: db)
                if ids.isEmpty { return [] }
                let list = SQLiteStore.placeholders(ids.count)
                sets.append("SELECT article FROM article_entities WHERE entity_id IN (\(list))")
                setArguments.append(StatementArguments(ids))
                lookups.append(
                    "EXISTS (SELECT 1 FROM article_entities ae WHERE ae.entity_id IN (\(list)) AND ae.article = f.rowid)"
                )
                lookupArguments.append(StatementArguments(ids))
            }

            // Candidates: (rowid, score), best first, at least the page.
            var ranked: [(number: Int64, score: Double)] = []
            var members: RowSet?
            var exhaustive = false
            if !sets.isEmpty {
                var counts: [Int] = []
                for (set, arguments) in zip(sets, setArguments) {
                    counts.append(
                        try Int.fetchOne(
                            db.cachedStatement(sql: "SELECT count(*) FROM (\(set))"),
                            arguments: arguments
                        ) ?? 0
                    )
                }
                let smallest = counts.min() ?? 0
                if smallest == 0 { return [] }
                exhaustive = smallest <= 10 * window
                // Sets up to 25 windows become bits (smallest first: the others only clear
                // bits); a larger one stays a lookup per match, which the window bounds.
                var kept: [String] = []
                var keptArguments: StatementArguments = []
                for index in counts.indices.sorted(by: { counts[$0] < counts[$1] }) {
                    if counts[index] <= 25 * window {
                        let numbers = try db.cachedStatement(sql: sets[index])
                        members = try RowSet.fetch(numbers, arguments: setArguments[index], within: members)
                        if members?.isEmpty ?? true { return [] }
                    } else {
                        kept.append(lookups[index])
                        keptArguments += lookupArguments[index]
                    }
                }
                lookups = kept
                filterArguments = keptArguments
            }
            var filter = lookups.map { " AND \($0)" }.joined()
            var arguments: StatementArguments = [match]
            if let members {
                filter = " AND linimasa_in_set(f.rowid, ?)" + filter
                arguments += [members.blob]
            }
            arguments += filterArguments
            if exhaustive {
                // Every survivor of a small filter is ranked.
                let statement = try db.cachedStatement(
                    sql: """
                        SELECT f.rowid, \(SQLiteStore.rankFunction) AS score FROM articles_fts f
                        WHERE articles_fts MATCH ?\(filter) ORDER BY score LIMIT ?
                        """
                )
                ranked = try SQLiteStore.scores(statement, arguments: arguments + [wanted])
            } else {
                // The newest window of matches (all of them when fewer), scored in one pass.
                let statement = try db.cachedStatement(
                    sql: """
                        SELECT f.rowid, \(SQLiteStore.rankFunction) FROM articles_fts f
                        WHERE articles_fts MATCH ?\(filter) ORDER BY f.rowid DESC LIMIT ?
                        """
                )
                ranked = try SQLiteStore.scores(statement, arguments: arguments + [window])
                ranked.sort { $0.score < $1.score || ($0.score == $1.score && $0.number < $1.number) }
            }
            let page = ranked.dropFirst(max(0, query.offset)).prefix(query.limit)
            guard !page.isEmpty else { return [] }
            return try SQLiteStore.hits(
                Array(page),
                match: match,
                query: query,
                // Within the window, the page's rowid range holds few other matches.
                evaluatesOnce: syntax.hasPrefix || !exhaustive,
                in: db
            )
        }
    }

    /// Runs `statement` with `arguments`, calling `row` with the raw statement at each row,
    /// without GRDB's row objects (for loops over thousands of rows).
    static func step(
        _ statement: Statement,
        arguments: StatementArguments,
        row: (OpaquePointer) throws -> Void
    ) throws {
        try statement.setArguments(arguments)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: code),
                    message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))),
                    sql: statement.sql
                )
            }
            try row(handle)
        }
    }

    /// Steps a ranking statement: (rowid, score) per row, in its order.
    static func scores(
        _ statement: Statement,
        arguments: StatementArguments
    ) throws -> [(number: Int64, score: Double)] {
        var rows: [(number: Int64, score: Double)] = []
        try step(statement, arguments: arguments) { handle in
            rows.append((sqlite3_column_int64(handle, 0), sqlite3_column_double(handle, 1)))
        }
        return rows
    }

    /// The page's hits: metadata by article number, snippets from FTS5.
    ///
    /// A snippet needs the match evaluated on its row. Usually that is one probe
    /// per hit (`rowid = ?`: cheap), but a prefix query rebuilds the merged
    /// doclist of every word with the prefix at each evaluation, so then one
    /// pass over the page's rowid range picks out the page's rows instead.
    static func hits(
        _ page: [(number: Int64, score: Double)],
        match: String,
        query: SearchQuery,
        evaluatesOnce: Bool,
        in db: Database
    ) throws -> [SearchHit] {
        let words = min(64, max(1, query.snippetWords))
        let (open, close) = query.marks
        let snippets = "snippet(articles_fts, 1, ?, ?, '…', ?), snippet(articles_fts, 0, ?, ?, '…', ?)"
        let snippetArguments: StatementArguments = [open, close, words, open, close, words]
        var found: [Int64: (body: String?, title: String?)] = [:]
        if evaluatesOnce {
            let numbers = page.map(\.number)
            let set = RowSet(numbers)
            let rows = try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT f.rowid, \(snippets) FROM articles_fts f
                        WHERE articles_fts MATCH ? AND f.rowid BETWEEN ? AND ? AND linimasa_in_set(f.rowid, ?)
                        """
                ),
                arguments: snippetArguments + [match, numbers.min()!, numbers.max()!, set.blob]
            )
            for row in rows { found[row[0]] = (row[1], row[2]) }
        } else {
            let probe = try db.cachedStatement(
                sql: "SELECT \(snippets) FROM articles_fts f WHERE articles_fts MATCH ? AND f.rowid = ?"
            )
            for hit in page {
                if let row = try Row.fetchOne(probe, arguments: snippetArguments + [match, hit.number]) {
                    found[hit.number] = (row[0], row[1])
                }
            }
        }
        let details = try db.cachedStatement(
            sql: """
                SELECT id, source, title, outlet, published_date, published_minute, published_offset,
                    published_precision, published_source, story_id
                FROM articles WHERE number = ?
                """
        )
        var hits: [SearchHit] = []
        hits.reserveCapacity(page.count)
        for hit in page {
            guard let snippet = found[hit.number], let row = try Row.fetchOne(details, arguments: [hit.number])
            else { continue }
            let body = snippet.body ?? ""
            let title = snippet.title
            let shown = !open.isEmpty && !body.contains(open) && (title?.contains(open) ?? false) ? title! : body
            hits.append(
                SearchHit(
                    articleID: row[0],
                    source: row[1],
                    title: row[2],
                    outlet: row[3],
                    published: SQLiteStore.publishedDate(row, at: 4),
                    snippet: shown,
                    score: -hit.score,
                    storyID: row[9]
                )
            )
        }
        return hits
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
