import Synchronization

/// At most one bounded call of a kind at a time. A call abandoned at its deadline (`Bounded.call`)
/// keeps its thread until the C library returns; against a daemon that hangs for good, a new attempt
/// every few seconds would pile up blocked threads. While one is still out, the next is not made.
public final class SingleFlight: Sendable {
    private let busy = Mutex(false)

    public init() {}

    /// Runs `work` bounded by `deadline` unless an earlier call is still running; nil then.
    public func call<T: Sendable, E: Error>(
        _ what: String, deadline: Deadline, _ work: @escaping @Sendable () throws(E) -> T
    ) throws(BoundedFailure<E>) -> T? {
        let started = busy.withLock { busy in
            if busy { return false }
            busy = true
            return true
        }
        guard started else { return nil }
        return try Bounded.call(what, deadline: deadline) { () throws(E) -> T in
            defer { self.busy.withLock { $0 = false } }
            return try work()
        }
    }

    public var isBusy: Bool { busy.withLock { $0 } }
}
