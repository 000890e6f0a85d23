import CCorosync

/// A votequorum-agnostic quorum connection (`quorum_handle_t`), finalized on deinit. Sendable: the
/// handle is a number and Corosync's library locks its handle table, so a call may run on another
/// thread (bounded by the caller); one call at a time is the caller's rule.
public final class QuorumService: Sendable {
    let handle: quorum_handle_t

    public init() throws(CorosyncError) {
        var handle: quorum_handle_t = 0
        var type: UInt32 = 0
        try check(quorum_initialize(&handle, nil, &type), "quorum_initialize")
        self.handle = handle
        IPCRings.populate()
    }

    deinit { quorum_finalize(handle) }

    /// Whether this node's partition has quorum now (`quorum_getquorate`).
    public func isQuorate() throws(CorosyncError) -> Bool {
        var quorate: Int32 = 0
        try check(quorum_getquorate(handle, &quorate), "quorum_getquorate")
        return quorate != 0
    }
}
