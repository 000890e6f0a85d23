/// A doubling wait between attempts, from `first` up to `cap`: the one back-off of the tree, for a
/// blocking poll (`poll(until:backoff:)`) and for a loop's retry schedule (libvirt reconnects, health
/// updates) alike.
public struct Backoff: Sendable, Equatable {
    public let first: Duration
    public let cap: Duration
    /// The wait the next `take()` returns.
    public private(set) var next: Duration

    public init(first: Duration, cap: Duration) {
        self.first = first
        self.cap = cap
        next = first
    }

    /// The wait to use now; the one after it is twice as long, up to `cap`.
    public mutating func take() -> Duration {
        defer { next = min(next * 2, cap) }
        return next
    }

    /// Back to `first` (the thing answered).
    public mutating func reset() { next = first }

    /// The agents' default for states nothing announces: 10 ms doubling to 250 ms.
    public static let quick = Backoff(first: .milliseconds(10), cap: .milliseconds(250))
}

/// Polls `condition` with a growing interval until it holds or `deadline` passes; for states nothing
/// announces (libvirt without an event loop, a process ending, a BMC's power state), so this is a
/// poll, not a blind sleep. No wait is shorter than `floor` or longer than what is left.
public func poll<E: Error>(
    until deadline: Deadline, backoff: Backoff = .quick, floor: Duration = .milliseconds(1),
    _ condition: () throws(E) -> Bool
) throws(E) -> Bool {
    var backoff = backoff
    while true {
        if try condition() { return true }
        if deadline.hasPassed { return false }
        nap(max(floor, min(backoff.take(), deadline.remaining)))
    }
}
