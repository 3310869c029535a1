internal import GRDB
public import LinimasaCore

/// An event's key in `events`: its article's number and its position there.
struct EventKey: Hashable {
    var article: Int64
    var position: Int
}

/// The kept timeline (`timeline_*` tables, see ``SQLiteStore/schemaV2Timeline``).
///
/// `timeline_keys` holds what finds an entry: `e:` an entity id of its actors or place, `o:` an
/// outlet (lowercased), `s:` a story, and `j:` a key under which later mentions can join it.
extension SQLiteStore {
    /// Pending articles and stale entries: what the kept timeline does not reflect yet.
    static let pendingCount = "SELECT (SELECT count(*) FROM timeline_pending) + (SELECT count(*) FROM timeline_stale)"

    public func timelinePending() async throws -> Int? {
        try await reading("cannot read the timeline of") { db in
            try Int.fetchOne(db, sql: Self.pendingCount)
        }
    }

    /// Fuses the mentions of the pending articles with the members of every entry they can
    /// join (found by join key), and of the stale entries, and replaces those entries with the
    /// result. An article whose story or original changed is pending again, so its entries are
    /// fused again too.
    ///
    /// This reaches one step: an entry none of the new mentions can join keeps its members,
    /// even if the new entries would now chain to it. A full rebuild
    /// (``rebuildTimeline(using:)``) fuses everything again.
    public func refreshTimeline(using materializer: any TimelineMaterializer) async throws -> TimelineRefresh? {
        try await writing("cannot update the timeline of") { db in try SQLiteStore.refreshTimeline(materializer, in: db) }
    }

    /// Throws the kept timeline away and fuses every stored mention again.
    public func rebuildTimeline(using materializer: any TimelineMaterializer) async throws -> TimelineRefresh {
        try await writing("cannot rebuild the timeline of") { db in
            try SQLiteStore.discardTimeline(in: db)
            return try SQLiteStore.refreshTimeline(materializer, in: db)
        }
    }

    /// Drops every kept entry and makes every stored article pending.
    static func discardTimeline(in db: Database) throws {
        try db.execute(sql: "DELETE FROM timeline_entries")
        try db.execute(sql: "DELETE FROM timeline_stale")
        try db.execute(sql: "INSERT OR IGNORE INTO timeline_pending(article) SELECT number FROM articles")
    }

    /// Fuses again what the pending articles and stale entries reach, one type family at a
    /// time (mentions of different families never fuse), so that only one family's mentions
    /// are in memory at once.
    static func refreshTimeline(_ materializer: any TimelineMaterializer, in db: Database) throws -> TimelineRefresh {
        if try String.fetchOne(db, sql: "SELECT version FROM timeline_version") != materializer.version {
            // Entries made under another version: fuse everything again.
            try discardTimeline(in: db)
            try db.execute(sql: "DELETE FROM timeline_version")
            try db.execute(sql: "INSERT INTO timeline_version(version) VALUES (?)", arguments: [materializer.version])
        }
        let articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM timeline_pending") ?? 0
        let stale = try Int.fetchOne(db, sql: "SELECT count(*) FROM timeline_stale") ?? 0
        guard articles + stale > 0 else { return TimelineRefresh() }
        // Event types of the pending articles, and entry types of the stale entries, by family.
        let pendingTypes = try String.fetchAll(
            db,
            sql: "SELECT DISTINCT type FROM events WHERE article IN (SELECT article FROM timeline_pending)"
        )
        let staleTypes = try String.fetchAll(
            db,
            sql: "SELECT DISTINCT type FROM timeline_entries WHERE number IN (SELECT entry FROM timeline_stale)"
        )
        var families: [String: (pending: [String], stale: [String])] = [:]
        for type in pendingTypes { families[materializer.family(of: type), default: ([], [])].pending.append(type) }
        for type in staleTypes { families[materializer.family(of: type), default: ([], [])].stale.append(type) }

        try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS timeline_affected (entry INTEGER PRIMARY KEY)")
        var refresh = TimelineRefresh(articles: articles)
        for family in families.keys.sorted() {
            let (pending, staleOnes) = families[family]!  // a key of families
            let done = try refreshTimeline(materializer, pendingTypes: pending, staleTypes: staleOnes, in: db)
            refresh.mentions += done.mentions
            refresh.removed += done.removed
            refresh.written += done.written
        }
        try db.execute(sql: "DELETE FROM timeline_pending")
        try db.execute(sql: "DELETE FROM timeline_stale")
        return refresh
    }

    /// One family's pass: the pending mentions of `pendingTypes`, the stale entries of
    /// `staleTypes`, and every entry they reach.
    static func refreshTimeline(
        _ materializer: any TimelineMaterializer,
        pendingTypes: [String],
        staleTypes: [String],
        in db: Database
    ) throws -> TimelineRefresh {
        let columns = mentionColumns(sentences: false)
        let pendingMarks = placeholders(pendingTypes.count)
        var keys: [EventKey] = []
        var mentions: [EventMention] = []
        if !pendingTypes.isEmpty {
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT \(columns) FROM events e JOIN articles a ON a.number = e.article
                    WHERE e.article IN (SELECT article FROM timeline_pending) AND e.type IN (\(pendingMarks))
                    """,
                arguments: StatementArguments(pendingTypes)
            ) {
                keys.append(mentionKey(row))
                mentions.append(mention(row))
            }
        }

        // The entries the pending mentions can join, the stale ones, and those holding them now.
        try db.execute(sql: "DELETE FROM temp.timeline_affected")
        if !staleTypes.isEmpty {
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO temp.timeline_affected
                    SELECT number FROM timeline_entries
                    WHERE number IN (SELECT entry FROM timeline_stale) AND type IN (\(placeholders(staleTypes.count)))
                    """,
                arguments: StatementArguments(staleTypes)
            )
        }
        if !pendingTypes.isEmpty {
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO temp.timeline_affected
                    SELECT m.entry FROM timeline_members m JOIN events e ON e.article = m.article AND e.position = m.position
                    WHERE m.article IN (SELECT article FROM timeline_pending) AND e.type IN (\(pendingMarks))
                    """,
                arguments: StatementArguments(pendingTypes)
            )
        }
        let joined = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO temp.timeline_affected SELECT entry FROM timeline_keys WHERE key = ?"
        )
        var seen: Set<String> = []
        for mention in mentions {
            for key in materializer.joinKeys(of: mention) where seen.insert(key).inserted {
                try joined.execute(arguments: ["j:" + key])
            }
        }
        seen = []
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT \(columns) FROM timeline_members m
                JOIN events e ON e.article = m.article AND e.position = m.position
                JOIN articles a ON a.number = e.article
                WHERE m.entry IN (SELECT entry FROM temp.timeline_affected)
                    AND m.article NOT IN (SELECT article FROM timeline_pending)
                """
        ) {
            keys.append(mentionKey(row))
            mentions.append(mention(row))
        }

        // The same mentions fuse the same way whatever order the rows came in.
        let order = keys.indices.sorted { (keys[$0].article, keys[$0].position) < (keys[$1].article, keys[$1].position) }
        keys = order.map { keys[$0] }
        mentions = order.map { mentions[$0] }
        let entries = try materializer.entries(fusing: mentions)
        let fused = mentions.count
        mentions = []

        try db.execute(sql: "DELETE FROM timeline_entries WHERE number IN (SELECT entry FROM temp.timeline_affected)")
        let removed = db.changesCount
        let insertEntry = try db.cachedStatement(
            sql: """
                INSERT INTO timeline_entries(id, type, date_lower, date_upper, month, source_count)
                VALUES (?, ?, ?, ?, ?, ?)
                """
        )
        let insertJSON = try db.cachedStatement(sql: "INSERT INTO timeline_entry_json(entry, json) VALUES (?, ?)")
        let insertKey = try db.cachedStatement(sql: "INSERT OR IGNORE INTO timeline_keys(key, entry) VALUES (?, ?)")
        let insertMember = try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO timeline_members(article, position, entry, rank) VALUES (?, ?, ?, ?)"
        )
        for entry in entries {
            try insertEntry.execute(arguments: [
                entry.id, entry.type, entry.dateLower, entry.dateUpper, entry.month, entry.members.count,
            ])
            let number = db.lastInsertedRowID
            try insertJSON.execute(arguments: [number, entry.json])
            let found =
                entry.entityIDs.map { "e:" + $0 } + entry.outlets.map { "o:" + $0.lowercased() }
                + entry.storyIDs.map { "s:" + $0 } + entry.joinKeys.map { "j:" + $0 }
            for key in found { try insertKey.execute(arguments: [key, number]) }
            for (rank, member) in entry.members.enumerated() {
                try insertMember.execute(arguments: [keys[member].article, keys[member].position, number, rank])
            }
        }
        try db.execute(sql: "DELETE FROM temp.timeline_affected")
        return TimelineRefresh(mentions: fused, removed: removed, written: entries.count)
    }

    public func materializedTimeline(_ query: MaterializedTimelineQuery) async throws -> MaterializedTimelinePage? {
        try await reading("cannot read the timeline of") { db in
            // Entries of another version, or not yet reflecting every article, are not an answer.
            guard try String.fetchOne(db, sql: "SELECT version FROM timeline_version") == query.version,
                try Int.fetchOne(db, sql: Self.pendingCount) == 0
            else { return nil }
            var conditions: [String] = []
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let ids = query.entityIDs {
                guard !ids.isEmpty else { return MaterializedTimelinePage(items: [], total: 0, months: []) }
                conditions.append("t.number IN (SELECT entry FROM timeline_keys WHERE key IN (\(SQLiteStore.placeholders(ids.count))))")
                arguments += ids.map { "e:" + $0 }
            }
            if let story = query.story {
                conditions.append("t.number IN (SELECT entry FROM timeline_keys WHERE key = ?)")
                arguments.append("s:" + story)
            }
            if let outlet = query.outlet {
                conditions.append("t.number IN (SELECT entry FROM timeline_keys WHERE key = ?)")
                arguments.append("o:" + outlet.lowercased())
            }
            if query.datedOnly || query.fromDay != nil || query.toDay != nil {
                conditions.append("t.date_lower IS NOT NULL")
            }
            if let from = query.fromDay {
                conditions.append("t.date_upper >= ?")
                arguments.append(from)
            }
            if let to = query.toDay {
                conditions.append("t.date_lower <= ?")
                arguments.append(to)
            }
            let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            let bound = StatementArguments(arguments)

            // Entries per month, undated and unmonthed ones in the group without a month: the
            // total is their sum.
            var total = 0
            var months: [(month: String, entries: Int)] = []
            for row in try Row.fetchAll(
                db.cachedStatement(sql: "SELECT t.month, count(*) FROM timeline_entries t" + filter + " GROUP BY t.month ORDER BY t.month"),
                arguments: bound
            ) {
                let count: Int = row[1]
                total += count
                if let month: String = row[0] { months.append((month, count)) }
            }
            let page = try Row.fetchAll(
                db.cachedStatement(
                    sql: "SELECT t.number, (SELECT json FROM timeline_entry_json WHERE entry = t.number), t.source_count"
                        + " FROM timeline_entries t" + filter
                        + " ORDER BY t.date_lower IS NULL, t.date_lower, t.date_upper DESC, t.type, t.id LIMIT ? OFFSET ?"
                ),
                arguments: bound + [min(max(0, query.limit), Int(Int32.max)), max(0, query.offset)]
            )
            let sources = try db.cachedStatement(
                sql: """
                    SELECT \(SQLiteStore.mentionColumns(sentences: true, actors: false)) FROM timeline_members m
                    JOIN events e ON e.article = m.article AND e.position = m.position
                    JOIN articles a ON a.number = e.article
                    WHERE m.entry = ? AND m.rank < ? ORDER BY m.rank
                    """
            )
            let sourceLimit = min(max(0, query.sourceLimit), Int(Int32.max))
            let items = try page.map { row in
                let number: Int64 = row[0]
                return MaterializedTimelinePage.Item(
                    json: row[1],
                    sources: try Row.fetchAll(sources, arguments: [number, sourceLimit]).map { SQLiteStore.mention($0) },
                    sourceCount: row[2]
                )
            }
            return MaterializedTimelinePage(items: items, total: total, months: months)
        }
    }
}
