import Libvirt

/// The seam between the agent and libvirt: what the actions need, nothing more. Production uses
/// the Libvirt bindings; unit tests play the hypervisor with a fake.
protocol Hypervisor: Sendable {
    func connect(uri: String) throws(LibvirtError) -> any HypervisorConnection
}

protocol HypervisorConnection: AnyObject, Sendable {
    func guest(named name: String) throws(LibvirtError) -> (any Guest)?
    func guest(uuid: String) throws(LibvirtError) -> (any Guest)?
    func createTransient(xml: String) throws(LibvirtError) -> any Guest
    func restore(from path: String) throws(LibvirtError)
    func ensureNetworkActive(_ name: String) throws(LibvirtError)
    func ensureStoragePoolActive(_ name: String) throws(LibvirtError)
}

protocol Guest: AnyObject, Sendable {
    var name: String { get }
    var uuid: String { get }
    func status() throws(LibvirtError) -> DomainStatus
    func info() throws(LibvirtError) -> DomainInfo
    func shutdown(modes: ShutdownModes) throws(LibvirtError)
    func destroy() throws(LibvirtError)
    func undefine() throws(LibvirtError)
    func isPersistent() throws(LibvirtError) -> Bool
    func save(to path: String) throws(LibvirtError)
    func xml(secure: Bool, inactive: Bool) throws(LibvirtError) -> String
    func abortJob() throws(LibvirtError)
    func guestAgentCommand(_ json: String, timeoutSeconds: Int32) throws(LibvirtError) -> String
    func setMigrationMaxDowntime(milliseconds: UInt64) throws(LibvirtError)
    func migrate(
        to destination: (any HypervisorConnection)?, destinationURI: String, parameters: MigrationParameters,
        flags: MigrationFlags) throws(LibvirtError)
}
