import KVMHACore
import Libvirt
import Logging

/// Everything one invocation works with, built once in `main`.
struct Context: Sendable {
    let settings: Settings
    let environment: [String: String]
    let deadline: Deadline
    let logger: Logger
    let hypervisor: any Hypervisor
    let records: RecordStore
    let cluster: any ClusterCommands
    let emulators: EmulatorLocator
    /// Where systemd runs: the drop-ins that order guest stops before libvirtd's (start, migrate_from).
    var shutdownOrdering: ShutdownOrdering? = nil

    var resource: String { environment["OCF_RESOURCE_INSTANCE"] ?? "VirtualDomain" }
    var interval: Int { environment["OCF_RESKEY_CRM_meta_interval"].flatMap { Int($0) } ?? 0 }
    var checkLevel: Int { environment["OCF_CHECK_LEVEL"].flatMap { Int($0) } ?? 0 }
    /// Pacemaker always passes the action's timeout; ocf-tester and hand runs do not.
    var underPacemaker: Bool { environment["OCF_RESKEY_CRM_meta_timeout"] != nil }

    /// The domain this resource manages: from its config when readable, else from the record made at
    /// start (probe and stop must work without the file).
    func identity() -> (config: DomainConfig?, name: String?, uuid: String?, problem: String?, record: DomainRecord?) {
        let record = records.load(resource)
        do {
            // A hung NFS mount would hold the open or the read past every deadline: bounded, and a FIFO
            // or a device is refused by Files.read itself.
            let path = settings.config
            let text = try Bounded.call("reading \(ParameterValues.printable(path))", deadline: deadline) {
                () throws(FileError) in try Files.readText(path, limit: 4 << 20)
            }
            do {
                let config = try DomainConfig(xml: text)
                return (config, config.name, config.uuid ?? record?.uuid, nil, record)
            } catch {
                return (nil, record?.domainName, record?.uuid, "config \(settings.config): \(error)", record)
            }
        } catch {
            return (nil, record?.domainName, record?.uuid, "config \(error)", record)
        }
    }

    /// Opens the hypervisor connection, bounded by `until`.
    func connect(until: Deadline) throws -> any HypervisorConnection {
        let hypervisor = self.hypervisor
        let uri = settings.hypervisorURI
        let connection = try Bounded.call("connecting to \(uri)", deadline: until) { () throws(LibvirtErrorBox) in
            do throws(LibvirtError) { return try hypervisor.connect(uri: uri) } catch {
                throw LibvirtErrorBox(error: error)
            }
        }
        return BoundedConnection(connection, calls: BoundedCalls(deadline: until))
    }
}
