import CCorosync
import KVMHACore

/// Finalizing a Corosync handle is a round trip to Corosync: a stopped one must not hold its owner's
/// exit. The callbacks' context is released only once finalized (until then Corosync's library may
/// still call back into it); abandoned, it is leaked on purpose.
enum BoundedFinalize {
    static let timeout: Duration = .milliseconds(500)

    static func run<Context: AnyObject>(
        _ name: String, releasing context: Unmanaged<Context>, _ finalize: @escaping @Sendable () -> cs_error_t
    ) {
        let finalized = try? Bounded.call(name, deadline: .after(timeout)) { () throws(Never) -> Bool in
            finalize() == CS_OK
        }
        if finalized != nil { context.release() }
    }
}
