internal import Foundation
public import LinimasaCore

/// Named things linimasa knows: countries, places, people with their offices, institutions, outlets.
///
/// Loaded from tab-separated files (format in `Resources/kb/README.md` of the
/// language pack): the pack's bundled files, listed in order in its
/// `entity-kb-files` word table, then the user's. Rows with the same id merge:
/// aliases add up, non-empty fields replace earlier ones. When two entries
/// share an alias, the one loaded first wins in text (curated before generated).
public struct KnowledgeBase: Sendable {
    /// One known entity.
    public struct Entry: Sendable, Hashable {
        /// Knowledge-base id (`kim-jong-un`, `kp` for a country, `id-jk` for a province).
        public var id: String
        /// Wikidata QID (`Q56226`), where certain.
        public var qid: String?
        /// What kind of thing it is; a capital stays `GPE` when it stands for its government.
        public var type: EntityType
        /// Canonical name, as English Wikipedia spells it (`North Korea`).
        public var name: String
        /// Other names, Indonesian ones first (`Korea Utara`, `Korut`).
        public var aliases: [String]
        /// A short description for people (`Defence Minister of Russia since May 2024`).
        public var description: String
        /// Knowledge-base id of the country it belongs to, if any.
        public var country: String?
        /// Offices held, with their periods (people only).
        public var offices: [Office]

        /// The id entities carry: the QID when known, else `kb:` and the knowledge-base id.
        public var linkID: String { qid ?? "kb:" + id }
    }

    /// An office held for a period: `defence-minister` of `ru` from 2024-05-14.
    public struct Office: Sendable, Hashable {
        /// Role key, as in the pack's `entity-titles` table (`president`, `prime-minister`, `leader`).
        public var role: String
        /// Knowledge-base id of the country or body (`us`, `un`).
        public var country: String
        /// First day in office, if known.
        public var from: CalendarDate?
        /// First day out of office; `nil` while in office.
        public var to: CalendarDate?

        /// Whether the office was held on `date`.
        public func isHeld(on date: CalendarDate) -> Bool {
            (from.map { $0 <= date } ?? true) && (to.map { date < $0 } ?? true)
        }
    }

    /// One spelling of an entry as indexed for text: which entry, which of its names, how it is written.
    struct AliasRef: Sendable {
        var entry: Int32
        var alias: Int32
        var units: Int8
        /// Bit *i*: unit *i* is capitalised in the alias, so it must be in the text.
        var capitalMask: UInt32
        /// Bit *i*: unit *i* is an acronym (`AS`), so it must be all capitals in the text.
        var acronymMask: UInt32
    }

    struct Node: Sendable {
        var aliases: [AliasRef] = []
        /// Some longer alias starts with these words.
        var isPrefix = false
    }

    /// Every entry, in load order.
    public private(set) var entries: [Entry]
    var nodes: [UInt64: Node]
    /// Multi-word person names by the key of their first and of their last unit, for spelling variants.
    var personNamesByUnit: [UInt64: [(entry: Int32, compact: [UInt8], units: Int)]]
    /// Office holders by `role@country`.
    var holders: [String: [(entry: Int32, office: Office)]]
    var indexByID: [String: Int]
    /// National teams (entries with id `team-` + a country id) by their country's id.
    var teamByCountry: [String: Int32]

    /// The number of entries.
    public var count: Int { entries.count }

    /// Loads the pack's bundled kb files plus optional user files (same TSV format).
    ///
    /// - Parameters:
    ///   - pack: The language pack; its `entity-kb-files` table lists the bundled files under `kb/`.
    ///   - userFiles: Paths of the user's own files, loaded after the bundled ones.
    /// - Throws: ``LinimasaError/Code/invalidData`` naming the file and line of a malformed row;
    ///   ``LinimasaError/Code/notFound`` when a file cannot be read.
    public init(pack: any LanguagePack, userFiles: [String] = []) throws {
        var sources: [(name: String, text: String)] = []
        let list = (try? pack.lexicon("entity-kb-files"))?.orderedKeys ?? []
        for file in list { sources.append((file, try pack.resourceText("kb/" + file))) }
        for path in userFiles {
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                sources.append((path, String(decoding: data, as: UTF8.self)))
            } catch {
                throw LinimasaError(
                    .notFound,
                    "cannot read knowledge-base file '\(path)'; check the path given to --kb",
                    cause: error
                )
            }
        }
        try self.init(pack: pack, sources: sources)
    }

    /// Loads entries from TSV texts, in order.
    ///
    /// - Parameter sources: File names (for error messages) and their text.
    /// - Throws: ``LinimasaError/Code/invalidData`` naming the file and line of a malformed row.
    public init(pack: any LanguagePack, sources: [(name: String, text: String)]) throws {
        var entries: [Entry] = []
        var indexByID: [String: Int] = [:]
        for source in sources {
            try KnowledgeBase.parse(source.text, file: source.name) { row, line in
                if let index = indexByID[row.id] {
                    entries[index].merge(row)
                } else {
                    guard let type = row.type, let name = row.name else {
                        throw LinimasaError(
                            .invalidData,
                            "knowledge-base file '\(source.name)' line \(line): new id '\(row.id)' needs a type and a name"
                        )
                    }
                    indexByID[row.id] = entries.count
                    entries.append(
                        Entry(
                            id: row.id,
                            qid: row.qid,
                            type: type,
                            name: name,
                            aliases: row.aliases.filter { $0 != name },
                            description: row.description ?? "",
                            country: row.country,
                            offices: row.offices
                        )
                    )
                }
            }
        }
        self.entries = entries
        self.indexByID = indexByID
        self.nodes = [:]
        self.personNamesByUnit = [:]
        self.holders = [:]
        self.teamByCountry = [:]
        nodes.reserveCapacity(entries.count * 6)
        for (position, entry) in entries.enumerated() {
            let names = [entry.name] + entry.aliases
            for (aliasIndex, alias) in names.enumerated() {
                addAlias(alias, entry: Int32(position), aliasIndex: Int32(aliasIndex), type: entry.type, pack: pack)
            }
            if entry.id.hasPrefix("team-"), let country = entry.country { teamByCountry[country] = Int32(position) }
            for office in entry.offices {
                holders[office.role + "@" + office.country, default: []].append((Int32(position), office))
            }
        }
    }

    private mutating func addAlias(
        _ alias: String,
        entry: Int32,
        aliasIndex: Int32,
        type: EntityType,
        pack: any LanguagePack
    ) {
        let units = TextUnits.units(of: alias, tokens: pack.tokenRanges(in: alias), sentences: [])
        guard !units.isEmpty, units.count <= 32 else { return }
        var capitalMask: UInt32 = 0
        var acronymMask: UInt32 = 0
        var key = NameKey.seed
        var alias = alias
        alias.withUTF8 { bytes in
            for (i, unit) in units.enumerated() {
                if unit.isCapitalized && unit.flags & TextUnit.tokenContinuation == 0 { capitalMask |= 1 << UInt32(i) }
                if unit.isAllCaps { acronymMask |= 1 << UInt32(i) }
                key = NameKey.extend(key, bytes, unit.range)
                if i < units.count - 1 { nodes[key, default: Node()].isPrefix = true }
            }
        }
        nodes[key, default: Node()].aliases.append(
            AliasRef(
                entry: entry,
                alias: aliasIndex,
                units: Int8(units.count),
                capitalMask: capitalMask,
                acronymMask: acronymMask
            )
        )
        if type == .person, units.count >= 2 {
            let compact = NameKey.compact(alias)
            let value = (entry: entry, compact: compact, units: units.count)
            personNamesByUnit[units[0].key, default: []].append(value)
            personNamesByUnit[units[units.count - 1].key, default: []].append(value)
        }
    }

    /// Entries whose alias matches `name` (normalised: case, hyphens and spacing ignored), with the alias that matched.
    ///
    /// - Returns: Matches in load order (curated entries first); empty when nothing matches.
    public func lookup(_ name: String) -> [(entry: KnowledgeBase.Entry, alias: String)] {
        guard let node = nodes[NameKey.of(name)] else { return [] }
        var seen: Set<Int32> = []
        var out: [(entry: KnowledgeBase.Entry, alias: String)] = []
        for ref in node.aliases.sorted(by: { $0.entry < $1.entry }) where seen.insert(ref.entry).inserted {
            let entry = entries[Int(ref.entry)]
            out.append((entry, ref.alias == 0 ? entry.name : entry.aliases[Int(ref.alias) - 1]))
        }
        return out
    }

    /// The entry with knowledge-base id `id`.
    public func entry(id: String) -> Entry? { indexByID[id].map { entries[$0] } }

    /// Who held `role` of `country` on `date` (`president`, `us`, 2024-11-18 → Joe Biden).
    ///
    /// - Returns: The holders on that date, usually one; several when the data overlap.
    public func holders(of role: String, country: String, on date: CalendarDate) -> [Entry] {
        (holders[role + "@" + country] ?? []).filter { $0.office.isHeld(on: date) }.map { entries[Int($0.entry)] }
    }

    func holderIndices(of role: String, country: String) -> [(entry: Int32, office: Office)] {
        holders[role + "@" + country] ?? []
    }
}
