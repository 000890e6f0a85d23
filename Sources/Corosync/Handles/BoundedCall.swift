import CCorosync
import KVMHACore

/// Corosync's IPC has no timeout of its own: a hung Corosync accepts the connection and never
/// answers. These run a call on another thread until a deadline and turn a missed one into
/// `CS_ERR_TIMEOUT` from that call.
enum BoundedCall {
    static func run<T: Sendable>(
        _ function: String, _ deadline: Deadline, _ work: @escaping @Sendable () throws(CorosyncError) -> T
    ) throws(CorosyncError) -> T {
        do { return try Bounded.call(function, deadline: deadline, work) } catch {
            throw typed(error, function)
        }
    }

    /// For a handle's owner made on the other thread and handed over whole.
    static func take<T>(
        _ function: String, _ deadline: Deadline, _ work: @escaping @Sendable () throws(CorosyncError) -> sending T
    ) throws(CorosyncError) -> sending T {
        do { return try Bounded.take(function, deadline: deadline, work) } catch {
            throw typed(error, function)
        }
    }

    /// The call's own error, or `CS_ERR_TIMEOUT` from it for the deadline's.
    private static func typed(_ failure: BoundedFailure<CorosyncError>, _ function: String) -> CorosyncError {
        switch failure {
        case .failed(let error): error
        case .timedOut: CorosyncError(CS_ERR_TIMEOUT, function)
        }
    }
}
