import CCorosync
import Glibc
import KVMHACore

/// A CPG connection (`cpg_handle_t`), finalized on deinit. Callbacks run inside `dispatch` on the
/// caller's thread and only enqueue; `dispatch` returns what they enqueued.
public final class ProcessGroup {
    let handle: cpg_handle_t
    private let queue: CPGEventQueue
    private let context: Unmanaged<CPGEventQueue>
    public private(set) var joinedGroups: [String] = []

    /// `cpg_model_initialize` with the v1 model (confchg, deliver and totem callbacks); callers go
    /// through `connect(deadline:)`.
    init() throws(CorosyncError) {
        let queue = CPGEventQueue()
        var model = cpg_model_v1_data_t()
        model.model = CPG_MODEL_V1
        model.cpg_deliver_fn = cpgDeliver
        model.cpg_confchg_fn = cpgConfigurationChange
        model.cpg_totem_confchg_fn = cpgTotemChange
        model.flags = 0
        var handle: cpg_handle_t = 0
        let result = withUnsafeMutablePointer(to: &model) { pointer in
            pointer.withMemoryRebound(to: cpg_model_data_t.self, capacity: 1) {
                cpg_model_initialize(&handle, CPG_MODEL_V1, $0, nil)
            }
        }
        try check(result, "cpg_model_initialize")
        let context = Unmanaged.passRetained(queue)
        let set = cpg_context_set(handle, context.toOpaque())
        guard set == CS_OK else {
            cpg_finalize(handle)
            context.release()
            throw CorosyncError(set, "cpg_context_set")
        }
        self.handle = handle
        self.queue = queue
        self.context = context
        IPCRings.populate()
    }

    deinit {
        let handle = handle
        BoundedFinalize.run("cpg_finalize", releasing: context) { cpg_finalize(handle) }
    }

    /// Connects unless Corosync does not answer by `deadline` (`CS_ERR_TIMEOUT`): a daemon started
    /// under a stopped Corosync used to wait in `cpg_model_initialize` forever, saying nothing.
    public static func connect(deadline: Deadline) throws(CorosyncError) -> ProcessGroup {
        try BoundedCall.take("cpg_model_initialize", deadline) { () throws(CorosyncError) -> sending ProcessGroup in
            try ProcessGroup()
        }
    }

    /// Joins `group` (at most 128 bytes) unless Corosync does not answer by `deadline`; the call runs
    /// on another thread, on the handle's number only.
    public func join(_ group: String, deadline: Deadline) throws(CorosyncError) {
        let handle = handle
        let name = try Self.name(group)
        try BoundedCall.run("cpg_join", deadline) { () throws(CorosyncError) in
            var copy = name
            try check(cpg_join(handle, &copy), "cpg_join")
        }
        joinedGroups.append(group)
    }

    /// Leaves `group` (the others see a LEAVE, not a PROCDOWN) unless Corosync does not answer by
    /// `deadline`: a stopped Corosync would hold a daemon's exit forever.
    public func leave(_ group: String, deadline: Deadline) throws(CorosyncError) {
        let handle = handle
        let name = try Self.name(group)
        try BoundedCall.run("cpg_leave", deadline) { () throws(CorosyncError) in
            var copy = name
            try check(cpg_leave(handle, &copy), "cpg_leave")
        }
        joinedGroups.removeAll { $0 == group }
    }

    /// This node's id (`cpg_local_get`), unless Corosync does not answer by `deadline`.
    public func localNodeID(deadline: Deadline) throws(CorosyncError) -> UInt32 {
        let handle = handle
        return try BoundedCall.run("cpg_local_get", deadline) { () throws(CorosyncError) -> UInt32 in
            var id: UInt32 = 0
            try check(cpg_local_get(handle, &id), "cpg_local_get")
            return id
        }
    }

    /// Multicasts `payload` to every group joined on this handle, in agreed order.
    public func multicast(_ payload: [UInt8]) throws(CorosyncError) {
        var copy = payload
        let result = copy.withUnsafeMutableBytes { bytes in
            var vector = iovec(iov_base: bytes.baseAddress, iov_len: bytes.count)
            return cpg_mcast_joined(handle, CPG_TYPE_AGREED, &vector, 1)
        }
        try check(result, "cpg_mcast_joined")
    }

    /// The descriptor that becomes readable when callbacks are pending.
    public func fileDescriptor() throws(CorosyncError) -> Int32 {
        var fd: Int32 = -1
        try check(cpg_fd_get(handle, &fd), "cpg_fd_get")
        return fd
    }

    /// Runs pending callbacks without blocking and returns the events they produced: all of them,
    /// or at most `limit` (one callback at a time), so a flood of messages is never held in memory at
    /// once and the caller's timers run between batches.
    public func dispatchPending(limit: Int? = nil) throws(CorosyncError) -> [CPGEvent] {
        guard let limit else {
            let result = cpg_dispatch(handle, CS_DISPATCH_ALL)
            if result != CS_OK && result != CS_ERR_TRY_AGAIN { throw CorosyncError(result, "cpg_dispatch") }
            return queue.drain()
        }
        var count = 0
        while count < limit {
            let result = cpg_dispatch(handle, CS_DISPATCH_ONE_NONBLOCKING)
            if result == CS_ERR_TRY_AGAIN { break }
            if result != CS_OK { throw CorosyncError(result, "cpg_dispatch") }
            let now = queue.count
            if now == count { break }  // nothing was pending
            count = now
        }
        return queue.drain()
    }

    /// Waits (poll on the CPG descriptor) until at least one event arrived or `deadline` passed.
    public func events(until deadline: Deadline) throws(CorosyncError) -> [CPGEvent] {
        let fd = try fileDescriptor()
        while true {
            let events = try dispatchPending()
            if !events.isEmpty || deadline.hasPassed { return events }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            _ = poll(&poller, 1, Int32(clamping: max(1, deadline.remainingMilliseconds)))
        }
    }

    static func name(_ group: String) throws(CorosyncError) -> cpg_name {
        let bytes = Array(group.utf8)
        guard !bytes.isEmpty, bytes.count <= Int(CPG_MAX_NAME_LENGTH) else {
            throw CorosyncError(CS_ERR_NAME_TOO_LONG, "cpg_name")
        }
        var name = cpg_name()
        name.length = UInt32(bytes.count)
        withUnsafeMutableBytes(of: &name.value) { raw in
            for (index, byte) in bytes.enumerated() { raw[index] = byte }
        }
        return name
    }
}
