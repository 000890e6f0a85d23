import CCorosync
import KVMHACore
import Synchronization

/// A quorum connection that Corosync tells of every change (`quorum_trackstart`), finalized on
/// deinit: the owner polls `fileDescriptor()` and calls `dispatchPending()` when it is readable, so
/// knowing quorum costs nothing while it does not change (asking is an IPC round trip each time).
/// One thread uses it (the owner's loop); `isQuorate` is only asked once, at start.
public final class QuorumTracker {
    let handle: quorum_handle_t
    private let state: QuorumState
    private let context: Unmanaged<QuorumState>

    /// Quorum as Corosync last told it: asked once at start, then each notification's.
    public private(set) var isQuorate: Bool

    /// Connects, starts tracking and asks once (`quorum_getquorate`), so `isQuorate` is right before
    /// the first notification is dispatched; callers go through `connect(deadline:)`.
    init() throws(CorosyncError) {
        let state = QuorumState()
        var callbacks = quorum_callbacks_t(quorum_notify_fn: quorumNotification)
        var handle: quorum_handle_t = 0
        var type: UInt32 = 0
        try check(quorum_initialize(&handle, &callbacks, &type), "quorum_initialize")
        let context = Unmanaged.passRetained(state)
        var result = quorum_context_set(handle, context.toOpaque())
        var function = "quorum_context_set"
        if result == CS_OK {
            result = quorum_trackstart(handle, UInt32(CS_TRACK_CHANGES))
            function = "quorum_trackstart"
        }
        var quorate: Int32 = 0
        if result == CS_OK {
            result = quorum_getquorate(handle, &quorate)
            function = "quorum_getquorate"
        }
        guard result == CS_OK else {
            quorum_finalize(handle)
            context.release()
            throw CorosyncError(result, function)
        }
        self.handle = handle
        self.state = state
        self.context = context
        isQuorate = quorate != 0
        IPCRings.populate()
    }

    /// Connects unless Corosync does not answer by `deadline` (`CS_ERR_TIMEOUT`).
    public static func connect(deadline: Deadline) throws(CorosyncError) -> QuorumTracker {
        try BoundedCall.take("quorum_initialize", deadline) { () throws(CorosyncError) -> sending QuorumTracker in
            try QuorumTracker()
        }
    }

    /// Like `ProcessGroup`'s: a stopped Corosync must not hold the owner's exit.
    deinit {
        let handle = handle
        BoundedFinalize.run("quorum_finalize", releasing: context) { quorum_finalize(handle) }
    }

    /// The descriptor that becomes readable when a notification is pending.
    public func fileDescriptor() throws(CorosyncError) -> Int32 {
        var fd: Int32 = -1
        try check(quorum_fd_get(handle, &fd), "quorum_fd_get")
        return fd
    }

    /// Runs the pending notifications without blocking and returns quorum as they leave it. Throws
    /// when the connection is gone (Corosync stopped).
    @discardableResult
    public func dispatchPending() throws(CorosyncError) -> Bool {
        let result = quorum_dispatch(handle, CS_DISPATCH_ALL)
        if result != CS_OK && result != CS_ERR_TRY_AGAIN { throw CorosyncError(result, "quorum_dispatch") }
        if let told = state.take() { isQuorate = told }
        return isQuorate
    }
}

/// The Sendable box the notification callback reaches through the handle's context.
final class QuorumState: Sendable {
    private let latest = Mutex<Bool?>(nil)

    func set(_ quorate: Bool) { latest.withLock { $0 = quorate } }

    func take() -> Bool? {
        latest.withLock { value in
            defer { value = nil }
            return value
        }
    }
}
