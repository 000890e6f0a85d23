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
    func identity() -> DomainIdentity {
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
                return DomainIdentity(
                    config: config, name: config.name, uuid: config.uuid ?? record?.uuid, problem: nil, record: record)
            } catch {
                return DomainIdentity(recorded: record, problem: "config \(settings.config): \(error)")
            }
        } catch {
            return DomainIdentity(recorded: record, problem: "config \(error)")
        }
    }

    /// Opens the hypervisor connection, bounded by `until`.
    func connect(until: Deadline) throws(BoundedFailure<LibvirtError>) -> any HypervisorConnection {
        let connection = try hypervisor.connect(uri: settings.hypervisorURI, until: until)
        return BoundedConnection(connection, calls: BoundedCalls(deadline: until))
    }
}

/// The domain a resource manages, as `Context.identity()` found it.
struct DomainIdentity {
    /// The parsed config; nil when the file is missing or unreadable (`problem` says why).
    let config: DomainConfig?
    /// The domain's name: the config's, else the one recorded at start.
    let name: String?
    let uuid: String?
    let problem: String?
    let record: DomainRecord?
}

extension DomainIdentity {
    /// Without a config: what the record made at start says.
    init(recorded record: DomainRecord?, problem: String) {
        self.init(config: nil, name: record?.domainName, uuid: record?.uuid, problem: problem, record: record)
    }
}

extension Hypervisor {
    /// A connection opened within `until` (libvirt's open has no timeout of its own).
    func connect(uri: String, until: Deadline) throws(BoundedFailure<LibvirtError>) -> any HypervisorConnection {
        try Bounded.call("connecting to \(uri)", deadline: until) { () throws(LibvirtError) in try connect(uri: uri) }
    }
}
