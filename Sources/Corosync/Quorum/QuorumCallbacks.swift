import CCorosync

// Non-capturing, like CPG's: finds its box through the handle's context and only stores.
let quorumNotification: quorum_notification_fn_t = { handle, quorate, _, _, _ in
    var context: UnsafeRawPointer?
    guard quorum_context_get(handle, &context) == CS_OK, let context else { return }
    Unmanaged<QuorumState>.fromOpaque(context).takeUnretainedValue().set(quorate != 0)
}
