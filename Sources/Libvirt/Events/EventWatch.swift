import CLibvirt

/// The daemon's subscription on one connection: lifecycle, watchdog, I/O error and control error
/// events for every domain, plus the close callback, all delivered to a `NoticeQueue`. Deregisters
/// on deinit. Needs `EventLoop.start()` before the connection was opened.
public final class EventWatch: @unchecked Sendable {
    private let connection: Connection
    private var callbackIDs: [Int32] = []
    private var closeRegistered = false

    public init(connection: Connection, queue: NoticeQueue) throws(LibvirtError) {
        self.connection = connection
        let generic = virConnectDomainEventGenericCallback.self
        let subscriptions: [(virDomainEventID, virConnectDomainEventGenericCallback)] = [
            (VIR_DOMAIN_EVENT_ID_LIFECYCLE, unsafeBitCast(lifecycleCallback, to: generic)),
            (VIR_DOMAIN_EVENT_ID_WATCHDOG, unsafeBitCast(watchdogCallback, to: generic)),
            (VIR_DOMAIN_EVENT_ID_IO_ERROR, unsafeBitCast(ioErrorCallback, to: generic)),
            (VIR_DOMAIN_EVENT_ID_CONTROL_ERROR, controlErrorCallback),
        ]
        for (id, callback) in subscriptions {
            // One retain per registration, released by libvirt through releaseQueue once it can no
            // longer call back.
            let opaque = Unmanaged.passRetained(queue).toOpaque()
            let registered = virConnectDomainEventRegisterAny(
                connection.handle, nil, Int32(id.rawValue), callback, opaque, releaseQueue)
            guard registered >= 0 else {
                let error = LibvirtError.last("virConnectDomainEventRegisterAny")
                Unmanaged<NoticeQueue>.fromOpaque(opaque).release()
                deregister()
                throw error
            }
            callbackIDs.append(registered)
        }
        let opaque = Unmanaged.passRetained(queue).toOpaque()
        guard virConnectRegisterCloseCallback(connection.handle, closeCallback, opaque, releaseQueue) == 0 else {
            let error = LibvirtError.last("virConnectRegisterCloseCallback")
            Unmanaged<NoticeQueue>.fromOpaque(opaque).release()
            deregister()
            throw error
        }
        closeRegistered = true
    }

    deinit { deregister() }

    private func deregister() {
        for id in callbackIDs { _ = virConnectDomainEventDeregisterAny(connection.handle, id) }
        callbackIDs = []
        if closeRegistered { _ = virConnectUnregisterCloseCallback(connection.handle, closeCallback) }
        closeRegistered = false
        virResetLastError()
    }
}
