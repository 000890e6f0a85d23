import KVMHACore
import Libvirt

/// Every libvirt call of an action, bounded. libvirt's remote calls have no timeout of their own, and
/// keepalive needs an event loop the agent does not run: a libvirtd that accepted the connection and
/// then hangs (SIGSTOP, a stuck driver) would hold the action until Pacemaker's SIGKILL. A quick call
/// (lookup, state, destroy …) gets at most `quick`; a long one (create, save, migrate) the action's
/// deadline. One that does not answer fails as a connection failure, so the actions fall back to the
/// recorded emulator as they do when libvirtd is down.
struct BoundedCalls: Sendable {
    static let quick: Duration = .seconds(5)
    let deadline: Deadline

    func run<T: Sendable>(
        _ function: String, long: Bool = false, _ work: @escaping @Sendable () throws(LibvirtError) -> T
    ) throws(LibvirtError) -> T {
        let limit = long ? deadline : deadline.capped(at: .after(Self.quick))
        let within = limit.remaining
        do { return try Bounded.call(function, deadline: limit, work) } catch {
            switch error {
            case .failed(let error): throw error
            case .timedOut: throw .unanswered(function, within: within)
            }
        }
    }
}

final class BoundedConnection: HypervisorConnection {
    let inner: any HypervisorConnection
    let calls: BoundedCalls

    init(_ inner: any HypervisorConnection, calls: BoundedCalls) {
        self.inner = inner
        self.calls = calls
    }

    func guest(named name: String) throws(LibvirtError) -> (any Guest)? {
        let inner = inner
        return try calls.run("virDomainLookupByName") { () throws(LibvirtError) in try inner.guest(named: name) }
            .map { BoundedGuest($0, calls: calls) }
    }
    func guest(uuid: String) throws(LibvirtError) -> (any Guest)? {
        let inner = inner
        return try calls.run("virDomainLookupByUUIDString") { () throws(LibvirtError) in try inner.guest(uuid: uuid) }
            .map { BoundedGuest($0, calls: calls) }
    }
    func createTransient(xml: String) throws(LibvirtError) -> any Guest {
        let inner = inner
        let guest = try calls.run("virDomainCreateXML", long: true) { () throws(LibvirtError) in
            try inner.createTransient(xml: xml)
        }
        return BoundedGuest(guest, calls: calls)
    }
    func restore(from path: String) throws(LibvirtError) {
        let inner = inner
        try calls.run("virDomainRestore", long: true) { () throws(LibvirtError) in try inner.restore(from: path) }
    }
    func ensureNetworkActive(_ name: String) throws(LibvirtError) {
        let inner = inner
        try calls.run("virNetworkCreate", long: true) { () throws(LibvirtError) in try inner.ensureNetworkActive(name) }
    }
    func ensureStoragePoolActive(_ name: String) throws(LibvirtError) {
        let inner = inner
        try calls.run("virStoragePoolCreate", long: true) { () throws(LibvirtError) in
            try inner.ensureStoragePoolActive(name)
        }
    }
}

final class BoundedGuest: Guest {
    let inner: any Guest
    let calls: BoundedCalls
    var name: String { inner.name }
    var uuid: String { inner.uuid }

    init(_ inner: any Guest, calls: BoundedCalls) {
        self.inner = inner
        self.calls = calls
    }

    func status() throws(LibvirtError) -> DomainStatus {
        let inner = inner
        return try calls.run("virDomainGetState") { () throws(LibvirtError) in try inner.status() }
    }
    func info() throws(LibvirtError) -> DomainInfo {
        let inner = inner
        return try calls.run("virDomainGetInfo") { () throws(LibvirtError) in try inner.info() }
    }
    func shutdown(modes: ShutdownModes) throws(LibvirtError) {
        let inner = inner
        try calls.run("virDomainShutdownFlags") { () throws(LibvirtError) in try inner.shutdown(modes: modes) }
    }
    func destroy() throws(LibvirtError) {
        let inner = inner
        try calls.run("virDomainDestroy") { () throws(LibvirtError) in try inner.destroy() }
    }
    func undefine() throws(LibvirtError) {
        let inner = inner
        try calls.run("virDomainUndefine") { () throws(LibvirtError) in try inner.undefine() }
    }
    func isPersistent() throws(LibvirtError) -> Bool {
        let inner = inner
        return try calls.run("virDomainIsPersistent") { () throws(LibvirtError) in try inner.isPersistent() }
    }
    func save(to path: String) throws(LibvirtError) {
        let inner = inner
        try calls.run("virDomainSave", long: true) { () throws(LibvirtError) in try inner.save(to: path) }
    }
    func xml(secure: Bool, inactive: Bool) throws(LibvirtError) -> String {
        let inner = inner
        return try calls.run("virDomainGetXMLDesc") { () throws(LibvirtError) in
            try inner.xml(secure: secure, inactive: inactive)
        }
    }
    func abortJob() throws(LibvirtError) {
        let inner = inner
        try calls.run("virDomainAbortJob") { () throws(LibvirtError) in try inner.abortJob() }
    }
    func guestAgentCommand(_ json: String, timeoutSeconds: Int32) throws(LibvirtError) -> String {
        let inner = inner
        return try calls.run("virDomainQemuAgentCommand", long: true) { () throws(LibvirtError) in
            try inner.guestAgentCommand(json, timeoutSeconds: timeoutSeconds)
        }
    }
    func setMigrationMaxDowntime(milliseconds: UInt64) throws(LibvirtError) {
        let inner = inner
        try calls.run("virDomainMigrateSetMaxDowntime") { () throws(LibvirtError) in
            try inner.setMigrationMaxDowntime(milliseconds: milliseconds)
        }
    }
    /// Migration already has its own deadline (the job is aborted at it), and runs on its worker:
    /// passed through, with the destination unwrapped for the bindings.
    func migrate(
        to destination: (any HypervisorConnection)?, destinationURI: String, parameters: MigrationParameters,
        flags: MigrationFlags
    ) throws(LibvirtError) {
        let target = (destination as? BoundedConnection)?.inner ?? destination
        try inner.migrate(to: target, destinationURI: destinationURI, parameters: parameters, flags: flags)
    }
}
