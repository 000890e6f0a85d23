import CLibvirt
import Glibc

/// An open connection to a libvirt driver (`virConnectPtr`), closed when the last reference goes.
/// libvirt connections may be used from any thread, hence `@unchecked Sendable`.
public final class Connection: @unchecked Sendable {
    let handle: OpaquePointer
    public let uri: String

    /// Opens `uri` (`virConnectOpen`, or `virConnectOpenReadOnly`).
    public init(uri: String, readOnly: Bool = false) throws(LibvirtError) {
        Silence.install()
        let opened = readOnly ? virConnectOpenReadOnly(uri) : virConnectOpen(uri)
        guard let opened else { throw LibvirtError.last(readOnly ? "virConnectOpenReadOnly" : "virConnectOpen") }
        handle = opened
        self.uri = uri
    }

    deinit { virConnectClose(handle) }

    /// The domain called `name`, or nil when there is none (`virDomainLookupByName`).
    public func domain(named name: String) throws(LibvirtError) -> Domain? {
        guard let pointer = virDomainLookupByName(handle, name) else {
            let error = LibvirtError.last("virDomainLookupByName")
            if error.isNoDomain { return nil }
            throw error
        }
        return Domain(pointer, connection: self)
    }

    /// The domain with this UUID (text form), or nil when there is none (`virDomainLookupByUUIDString`).
    public func domain(uuid: String) throws(LibvirtError) -> Domain? {
        guard let pointer = virDomainLookupByUUIDString(handle, uuid) else {
            let error = LibvirtError.last("virDomainLookupByUUIDString")
            if error.isNoDomain || error.code == Int32(VIR_ERR_INVALID_ARG.rawValue) { return nil }
            throw error
        }
        return Domain(pointer, connection: self)
    }

    /// Probes the daemon every `interval` seconds and closes the connection after `count` unanswered
    /// probes (`virConnectSetKeepAlive`): a hung libvirtd then fails calls instead of blocking them.
    /// Needs `EventLoop.start()`.
    public func setKeepAlive(interval: Int32, count: UInt32) throws(LibvirtError) {
        guard virConnectSetKeepAlive(handle, interval, count) >= 0 else {
            throw LibvirtError.last("virConnectSetKeepAlive")
        }
    }

    /// The UUIDs and names of the running domains (`virConnectListAllDomains`, active only).
    public func activeDomains() throws(LibvirtError) -> [(uuid: String, name: String)] {
        var list: UnsafeMutablePointer<virDomainPtr?>?
        let count = virConnectListAllDomains(handle, &list, UInt32(VIR_CONNECT_LIST_DOMAINS_ACTIVE.rawValue))
        guard count >= 0, let list else { throw LibvirtError.last("virConnectListAllDomains") }
        defer { free(list) }
        return (0..<Int(count)).compactMap { index in
            list[index].map { Domain($0, connection: self) }.map { ($0.uuid, $0.name) }
        }
    }

    /// Defines a persistent domain from XML (`virDomainDefineXML`).
    public func define(xml: String) throws(LibvirtError) -> Domain {
        guard let pointer = virDomainDefineXML(handle, xml) else { throw LibvirtError.last("virDomainDefineXML") }
        return Domain(pointer, connection: self)
    }

    /// Creates and starts a transient domain from XML (`virDomainCreateXML`).
    public func createTransient(xml: String) throws(LibvirtError) -> Domain {
        guard let pointer = virDomainCreateXML(handle, xml, 0) else { throw LibvirtError.last("virDomainCreateXML") }
        return Domain(pointer, connection: self)
    }

    /// Every domain, running or defined (`virConnectListAllDomains`).
    public func allDomains() throws(LibvirtError) -> [Domain] {
        var list: UnsafeMutablePointer<virDomainPtr?>?
        let count = virConnectListAllDomains(handle, &list, 0)
        guard count >= 0, let list else { throw LibvirtError.last("virConnectListAllDomains") }
        defer { free(list) }
        return (0..<Int(count)).compactMap { index in list[index].map { Domain($0, connection: self) } }
    }
}
