import CLibvirt
import KVMHACore

// Non-capturing C callbacks (a capturing one crashes the Swift 6.3 compiler): each finds its
// NoticeQueue through the opaque pointer and only enqueues. They run on the event-loop thread.

private func queue(_ opaque: UnsafeMutableRawPointer?) -> NoticeQueue? {
    opaque.map { Unmanaged<NoticeQueue>.fromOpaque($0).takeUnretainedValue() }
}

private func event(_ domain: virDomainPtr?, _ kind: DomainEventKind) -> LibvirtNotice {
    var buffer = [CChar](repeating: 0, count: Int(VIR_UUID_STRING_BUFLEN))
    var uuid = ""
    if let domain, virDomainGetUUIDString(domain, &buffer) == 0 {
        uuid = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
    let name = domain.flatMap { virDomainGetName($0) }.map { String(cString: $0) } ?? ""
    return .domain(DomainEvent(uuid: uuid, name: name, kind: kind))
}

typealias LifecycleCallback =
    @convention(c) (
        virConnectPtr?, virDomainPtr?, Int32, Int32, UnsafeMutableRawPointer?
    ) -> Int32
typealias WatchdogCallback = @convention(c) (virConnectPtr?, virDomainPtr?, Int32, UnsafeMutableRawPointer?) -> Void
typealias IOErrorCallback =
    @convention(c) (
        virConnectPtr?, virDomainPtr?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32, UnsafeMutableRawPointer?
    ) -> Void

let lifecycleCallback: LifecycleCallback = { _, domain, type, detail, opaque in
    if let type = LifecycleEvent(rawValue: type) {
        queue(opaque)?.append(event(domain, .lifecycle(type, detail: detail)))
    }
    return 0
}

let watchdogCallback: WatchdogCallback = { _, domain, action, opaque in
    queue(opaque)?.append(event(domain, .watchdog(action: action)))
}

let ioErrorCallback: IOErrorCallback = { _, domain, path, alias, action, opaque in
    let path = path.map { String(cString: $0) } ?? ""
    let alias = alias.map { String(cString: $0) } ?? ""
    queue(opaque)?.append(event(domain, .ioError(path: path, alias: alias, action: action)))
}

let controlErrorCallback: virConnectDomainEventGenericCallback = { _, domain, opaque in
    queue(opaque)?.append(event(domain, .controlError))
}

let closeCallback: virConnectCloseFunc = { _, reason, opaque in
    queue(opaque)?.append(.connectionClosed(reason: CloseReason(reason)))
}

let releaseQueue: virFreeCallback = { opaque in
    if let opaque { Unmanaged<NoticeQueue>.fromOpaque(opaque).release() }
}
