public import LinimasaCore

/// Which timeline entries to show: by entity, date span and story.
public struct TimelineQuery: Sendable, Hashable {
    /// An entity's id or name (case-insensitive); an entry matches when one of its actors has it,
    /// or its place does. `nil` matches every entry.
    public var entity: String?
    /// The first day shown: entries whose date range ends before it are left out.
    public var from: CalendarDate?
    /// The last day shown: entries whose date range starts after it are left out.
    public var to: CalendarDate?
    /// A story id: entries with a report from that story.
    public var story: String?
    /// Leave out entries with no date. The default is `false`.
    public var datedOnly: Bool

    public init(
        entity: String? = nil,
        from: CalendarDate? = nil,
        to: CalendarDate? = nil,
        story: String? = nil,
        datedOnly: Bool = false
    ) {
        self.entity = entity
        self.from = from
        self.to = to
        self.story = story
        self.datedOnly = datedOnly
    }

    /// Whether `entry` matches every condition set.
    public func matches(_ entry: TimelineEntry) -> Bool {
        if let entity {
            let wanted = entity.lowercased()
            let named =
                entry.actors.contains { $0.id.lowercased() == wanted || $0.name.lowercased() == wanted }
                || entry.place.map { $0.id.lowercased() == wanted || $0.name.lowercased() == wanted } == true
            guard named else { return false }
        }
        if let story, !entry.storyIDs.contains(story) { return false }
        guard let interval = entry.date.flatMap({ DayInterval(iso: $0) }) else { return !datedOnly }
        if let from, interval.upper < from.daysSinceEpoch { return false }
        if let to, interval.lower > to.daysSinceEpoch { return false }
        return true
    }

    /// The entries that match, in their order.
    public func apply(to entries: [TimelineEntry]) -> [TimelineEntry] { entries.filter(matches) }
}
