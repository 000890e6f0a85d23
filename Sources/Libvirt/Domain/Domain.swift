import CLibvirt

/// A libvirt domain handle (`virDomainPtr`), freed with `virDomainFree`. It keeps its connection open.
public final class Domain: @unchecked Sendable {
    let handle: OpaquePointer
    public let connection: Connection

    init(_ handle: OpaquePointer, connection: Connection) {
        self.handle = handle
        self.connection = connection
    }

    deinit { virDomainFree(handle) }

    public var name: String { virDomainGetName(handle).map { String(cString: $0) } ?? "" }

    /// The UUID in its 36-character text form.
    public var uuid: String {
        var buffer = [CChar](repeating: 0, count: Int(VIR_UUID_STRING_BUFLEN))
        guard virDomainGetUUIDString(handle, &buffer) == 0 else { return "" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The running domain's id, nil when it is not running.
    public var id: UInt32? {
        let value = virDomainGetID(handle)
        return value == UInt32.max ? nil : value
    }

    /// State and reason (`virDomainGetState`).
    public func status() throws(LibvirtError) -> DomainStatus {
        var state: Int32 = 0
        var reason: Int32 = 0
        guard virDomainGetState(handle, &state, &reason, 0) == 0 else { throw LibvirtError.last("virDomainGetState") }
        return DomainStatus(state: DomainState(rawValue: state) ?? .noState, reason: reason)
    }

    /// Starts a defined domain (`virDomainCreate`).
    public func start() throws(LibvirtError) {
        guard virDomainCreate(handle) == 0 else { throw LibvirtError.last("virDomainCreate") }
    }

    /// Asks the guest to shut down through ACPI (`virDomainShutdown`); it may ignore it.
    public func shutdown() throws(LibvirtError) {
        guard virDomainShutdown(handle) == 0 else { throw LibvirtError.last("virDomainShutdown") }
    }

    /// Stops the domain at once (`virDomainDestroy`).
    public func destroy() throws(LibvirtError) {
        guard virDomainDestroy(handle) == 0 else { throw LibvirtError.last("virDomainDestroy") }
    }

    /// Removes a persistent definition (`virDomainUndefine`).
    public func undefine() throws(LibvirtError) {
        guard virDomainUndefine(handle) == 0 else { throw LibvirtError.last("virDomainUndefine") }
    }
}
