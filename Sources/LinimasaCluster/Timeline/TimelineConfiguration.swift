/// How event mentions are fused into timeline entries.
public struct TimelineConfiguration: Sendable, Hashable {
    /// Groups of types that may fuse into one entry. The default joins `MEET` and `VISIT`:
    /// a visit and the talks held during it are one happening.
    public var kindredTypes: [Set<String>]
    /// Two day-precise dates this many days apart or fewer still fuse, listed as a date
    /// conflict. The default is 2.
    public var conflictWindowDays: Int
    /// A mention dated only by its article's publication day stands for the days from this
    /// many days before that day up to it. The default is 7.
    public var reportedLookbackDays: Int
    /// Keep negated mentions (`tidak berniat menyerang`). The default is `false`.
    public var includeNegated: Bool
    /// Keep conditional and hypothetical mentions. The default is `false`.
    public var includeUnasserted: Bool
    /// Keep announced, planned mentions (`akan`, `dijadwalkan`). The default is `true`.
    public var includeFuture: Bool

    public init(
        kindredTypes: [Set<String>] = [["MEET", "VISIT"]],
        conflictWindowDays: Int = 2,
        reportedLookbackDays: Int = 7,
        includeNegated: Bool = false,
        includeUnasserted: Bool = false,
        includeFuture: Bool = true
    ) {
        self.kindredTypes = kindredTypes
        self.conflictWindowDays = conflictWindowDays
        self.reportedLookbackDays = reportedLookbackDays
        self.includeNegated = includeNegated
        self.includeUnasserted = includeUnasserted
        self.includeFuture = includeFuture
    }
}
