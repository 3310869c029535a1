public import LinimasaCore

/// Which timeline entries to show: by entity, date span and story.
public struct TimelineQuery: Sendable, Hashable {
    /// An entity's id or name (case-insensitive); an entry matches when one of its actors has it,
    /// or its place does. `nil` matches every entry.
    public var entity: String?
    /// More ids the entity is known by (a store resolves an alias to them); an actor or place
    /// with one of them matches too.
    public var entityIDs: [String]
    /// The first day shown: entries whose date range ends before it are left out.
    public var from: CalendarDate?
    /// The last day shown: entries whose date range starts after it are left out.
    public var to: CalendarDate?
    /// A story id: entries with a report from that story.
    public var story: String?
    /// An outlet (case-insensitive): entries with a report from that outlet.
    public var outlet: String?
    /// Leave out entries with no date. The default is `false`; undated entries are always left
    /// out when `from` or `to` is set, as they cannot be placed in the range.
    public var datedOnly: Bool

    public init(
        entity: String? = nil,
        entityIDs: [String] = [],
        from: CalendarDate? = nil,
        to: CalendarDate? = nil,
        story: String? = nil,
        outlet: String? = nil,
        datedOnly: Bool = false
    ) {
        self.entity = entity
        self.entityIDs = entityIDs
        self.from = from
        self.to = to
        self.story = story
        self.outlet = outlet
        self.datedOnly = datedOnly
    }

    /// Whether `entry` matches every condition set.
    public func matches(_ entry: TimelineEntry) -> Bool {
        if let entity {
            let wanted = entity.lowercased()
            let ids = Set(entityIDs)
            func named(_ id: String, _ name: String) -> Bool {
                ids.contains(id) || id.lowercased() == wanted || name.lowercased() == wanted
            }
            let found = entry.actors.contains { named($0.id, $0.name) } || entry.place.map { named($0.id, $0.name) } == true
            guard found else { return false }
        }
        if let story, !entry.storyIDs.contains(story) { return false }
        if let outlet {
            let wanted = outlet.lowercased()
            guard entry.sources.contains(where: { $0.outlet?.lowercased() == wanted }) else { return false }
        }
        guard let interval = entry.date.flatMap({ DayInterval(iso: $0) }) else {
            return !datedOnly && from == nil && to == nil
        }
        if let from, interval.upper < from.daysSinceEpoch { return false }
        if let to, interval.lower > to.daysSinceEpoch { return false }
        return true
    }

    /// The entries that match, in their order.
    public func apply(to entries: [TimelineEntry]) -> [TimelineEntry] { entries.filter(matches) }
}
