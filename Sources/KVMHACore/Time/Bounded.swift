import Dispatch
import Synchronization

/// The deadline passed before a blocking call returned.
public struct DeadlineExceeded: Error, Sendable, CustomStringConvertible {
    public let what: String
    public init(what: String) { self.what = what }
    public var description: String { "\(what) did not return before the deadline" }
}

/// How a bounded call failed: it did not return by its deadline (or was never made, the pool being
/// full), or it returned its own error. Typed, so a caller maps each to its own error without casts.
public enum BoundedFailure<Failure: Error>: Error, CustomStringConvertible {
    case timedOut(DeadlineExceeded)
    case failed(Failure)

    public var description: String {
        switch self {
        case .timedOut(let late): late.description
        case .failed(let error): "\(error)"
        }
    }
}

/// Bounds a blocking C call that has no timeout of its own (a libvirt RPC to a hung daemon): it runs
/// on another thread and the caller stops waiting at the deadline. The abandoned call may finish
/// later; agents exit right after such a failure, which ends it. At most 48 calls are out at once in
/// a process (`Pool.shared`): against a library that hangs for good, the next call fails at once
/// instead of taking one more of Dispatch's threads (64 in all, shared with everything else).
public enum Bounded {
    /// The threads bounded calls may hold at once: a process's own pool (`shared`), or a test's.
    public final class Pool: Sendable {
        public let limit: Int
        private let outstanding = Atomic<Int>(0)

        public init(limit: Int) { self.limit = limit }

        public static let shared = Pool(limit: 48)

        /// Takes a slot; false when `limit` calls are out.
        func enter() -> Bool {
            if outstanding.wrappingAdd(1, ordering: .acquiringAndReleasing).newValue <= limit { return true }
            outstanding.wrappingSubtract(1, ordering: .acquiringAndReleasing)
            return false
        }

        func leave() { outstanding.wrappingSubtract(1, ordering: .acquiringAndReleasing) }

        func full(_ what: String) -> DeadlineExceeded {
            DeadlineExceeded(what: "\(what) (not made: \(limit) earlier calls have not returned)")
        }
    }

    public static func call<T: Sendable, E: Error>(
        _ what: String, deadline: Deadline, pool: Pool = .shared, _ work: @escaping @Sendable () throws(E) -> T
    ) throws(BoundedFailure<E>) -> T {
        guard pool.enter() else { throw .timedOut(pool.full(what)) }
        let box = Mutex<Result<T, E>?>(nil)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            defer { pool.leave() }
            let result: Result<T, E>
            do throws(E) { result = .success(try work()) } catch { result = .failure(error) }
            box.withLock { $0 = result }
            done.signal()
        }
        if done.wait(timeout: deadline.dispatchTime) == .timedOut { throw .timedOut(DeadlineExceeded(what: what)) }
        switch box.withLock({ $0! }) {
        case .success(let value): return value
        case .failure(let error): throw .failed(error)
        }
    }

    /// `call` for a result that is not Sendable but handed over whole (the owner of a C handle, made
    /// on the other thread and used only by the caller after): the caller gets it if it came back by
    /// the deadline; one that comes back later is released on that thread.
    public static func take<T, E: Error>(
        _ what: String, deadline: Deadline, _ work: @escaping @Sendable () throws(E) -> sending T
    ) throws(BoundedFailure<E>) -> sending T {
        let pool = Pool.shared
        guard pool.enter() else { throw .timedOut(pool.full(what)) }
        let box = Mutex<Result<T, E>?>(nil)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            defer { pool.leave() }
            // Made inside the lock so that it is never shared: the caller looks only once it is there.
            box.withLock { slot in
                do throws(E) { slot = .success(try work()) } catch { slot = .failure(error) }
            }
            done.signal()
        }
        if done.wait(timeout: deadline.dispatchTime) == .timedOut { throw .timedOut(DeadlineExceeded(what: what)) }
        switch box.withLock({ $0.take() })! {
        case .success(let value): return value
        case .failure(let error): throw .failed(error)
        }
    }
}

extension Deadline {
    /// The same instant for Dispatch's waits.
    public var dispatchTime: DispatchTime {
        let (seconds, attoseconds) = remaining.components
        return .now() + .nanoseconds(Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000))
    }
}
