/// The working state of one thread: stories linked over months by their entities.
struct ThreadState: Sendable {
    var serial: Int
    var id: String
    /// Sum of the member stories' unit entity vectors (their heaviest entities).
    var profile = Centroid()
    /// Member stories still in the window.
    var storySerials: Set<Int> = []
    var firstDay: Int?
    var lastDay: Int?
    /// Entity keys under which the thread is indexed.
    var keys: Set<Int32> = []

    init(serial: Int, id: String) {
        self.serial = serial
        self.id = id
    }

    /// Days between the span `first...last` and the thread's span, 0 when they overlap or either is unknown.
    func gap(first: Int?, last: Int?) -> Int {
        guard let first, let last, let mine = firstDay, let theirs = lastDay else { return 0 }
        if last < mine { return mine - last }
        if first > theirs { return first - theirs }
        return 0
    }

    mutating func widen(first: Int?, last: Int?) {
        if let first { firstDay = min(firstDay ?? first, first) }
        if let last { lastDay = max(lastDay ?? last, last) }
    }
}
