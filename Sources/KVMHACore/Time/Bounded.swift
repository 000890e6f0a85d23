import Dispatch
import Synchronization

/// The deadline passed before a blocking call returned.
public struct DeadlineExceeded: Error, Sendable, CustomStringConvertible {
    public let what: String
    public init(what: String) { self.what = what }
    public var description: String { "\(what) did not return before the deadline" }
}

/// Bounds a blocking C call that has no timeout of its own (a libvirt RPC to a hung daemon): it runs
/// on another thread and the caller stops waiting at the deadline. The abandoned call may finish
/// later; agents exit right after such a failure, which ends it.
public enum Bounded {
    public static func call<T: Sendable, E: Error>(
        _ what: String, deadline: Deadline, _ work: @escaping @Sendable () throws(E) -> T
    ) throws -> T {
        let box = Mutex<Result<T, E>?>(nil)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let result: Result<T, E>
            do throws(E) { result = .success(try work()) } catch { result = .failure(error) }
            box.withLock { $0 = result }
            done.signal()
        }
        if done.wait(timeout: deadline.dispatchTime) == .timedOut { throw DeadlineExceeded(what: what) }
        return try box.withLock { $0! }.get()
    }

    /// `call` for a result that is not Sendable but handed over whole (the owner of a C handle, made
    /// on the other thread and used only by the caller after): the caller gets it if it came back by
    /// the deadline; one that comes back later is released on that thread.
    public static func take<T, E: Error>(
        _ what: String, deadline: Deadline, _ work: @escaping @Sendable () throws(E) -> sending T
    ) throws -> sending T {
        let box = Mutex<Result<T, E>?>(nil)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            // Made inside the lock so that it is never shared: the caller looks only once it is there.
            box.withLock { slot in
                do throws(E) { slot = .success(try work()) } catch { slot = .failure(error) }
            }
            done.signal()
        }
        if done.wait(timeout: deadline.dispatchTime) == .timedOut { throw DeadlineExceeded(what: what) }
        let result = box.withLock { $0.take() }
        return try result!.get()
    }
}

extension Deadline {
    /// The same instant for Dispatch's waits.
    public var dispatchTime: DispatchTime {
        let (seconds, attoseconds) = remaining.components
        return .now() + .nanoseconds(Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000))
    }
}
