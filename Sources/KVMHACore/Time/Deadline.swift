/// A point on the monotonic clock by which something must be done (swift-nio's `NIODeadline`):
/// computed once from the action's timeout and handed down to every blocking call.
public struct Deadline: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let instant: ContinuousClock.Instant

    public init(_ instant: ContinuousClock.Instant) { self.instant = instant }

    public static var now: Deadline { Deadline(ContinuousClock.now) }

    /// `amount` from now.
    public static func after(_ amount: Duration) -> Deadline { Deadline(ContinuousClock.now.advanced(by: amount)) }

    /// What is left, never negative.
    public var remaining: Duration {
        let left = ContinuousClock.now.duration(to: instant)
        return left < .zero ? .zero : left
    }

    public var hasPassed: Bool { ContinuousClock.now >= instant }

    /// An earlier deadline for a step that must leave `reserve` for what comes after it.
    public func reserving(_ reserve: Duration) -> Deadline { Deadline(instant.advanced(by: .zero - reserve)) }

    /// The earlier of two deadlines.
    public func capped(at other: Deadline) -> Deadline { self < other ? self : other }

    /// Milliseconds left, rounded down, for C APIs that take an int timeout (never negative).
    public var remainingMilliseconds: Int { remaining.wholeMilliseconds }

    /// Milliseconds left, rounded up, for a wait that must not return before the deadline: rounded
    /// down, the last millisecond before it is a busy loop of zero-timeout polls.
    public var remainingMillisecondsRoundedUp: Int {
        let left = remaining
        let whole = left.wholeMilliseconds
        return left > .milliseconds(whole) ? whole + 1 : whole
    }

    public static func < (lhs: Deadline, rhs: Deadline) -> Bool { lhs.instant < rhs.instant }

    public var description: String { "deadline in \(remainingMilliseconds) ms" }
}

extension Deadline {
    /// The deadline of an OCF action: Pacemaker's `OCF_RESKEY_CRM_meta_timeout` (milliseconds) less a
    /// margin for the agent to report before Pacemaker's SIGKILL; `fallback` when it is missing or bad.
    public static func ocfAction(
        environment: [String: String],
        fallback: Duration = .seconds(20),
        margin: Duration = .milliseconds(1500)
    ) -> Deadline {
        var total = fallback
        if let text = environment["OCF_RESKEY_CRM_meta_timeout"], let ms = Int(text), ms > 0 {
            total = .milliseconds(ms)
        }
        let usable = total - margin
        return .after(usable > total / 2 ? usable : total / 2)
    }
}

extension Duration {
    /// Whole milliseconds, rounded toward zero, for C APIs that count in them.
    public var wholeMilliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
