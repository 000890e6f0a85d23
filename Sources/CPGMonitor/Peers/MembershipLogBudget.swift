/// How many join and leave events of group members a minute are logged one by one: a member that
/// joins and leaves in a loop (a rogue, a crash-looping daemon) must not flood the log and the events
/// file. Beyond `perMinute`, they are counted and said once, when the minute is over.
struct MembershipLogBudget: Sendable {
    static let perMinute = 20
    static let window: Duration = .seconds(60)

    private var windowStart: ContinuousClock.Instant?
    private var logged = 0
    private(set) var suppressed = 0

    /// Whether one more event may be logged now (counted either way).
    mutating func allows(now: ContinuousClock.Instant) -> Bool {
        if windowStart.map({ now - $0 >= Self.window }) ?? true { (windowStart, logged) = (now, 0) }
        guard logged < Self.perMinute else {
            suppressed += 1
            return false
        }
        logged += 1
        return true
    }

    /// The events not logged, once their minute is over (then counted afresh); nil before.
    mutating func summary(now: ContinuousClock.Instant) -> Int? {
        guard suppressed > 0, let start = windowStart, now - start >= Self.window else { return nil }
        defer { suppressed = 0 }
        return suppressed
    }
}
