import KVMHACore
import Libvirt

/// Where and how a migration goes, computed from the stock agent's parameters for a target node.
struct MigrationPlan: Sendable, Equatable {
    let destinationURI: String
    let parameters: MigrationParameters
    let flags: MigrationFlags
    let ignoredOptions: [String]

    init(settings: Settings, target: String) {
        let values = settings.values
        let host = Self.withSuffix(target, values.nonEmpty(VirtualDomainKeys.migrationNetworkSuffix))
        if let remote = values.nonEmpty(VirtualDomainKeys.remoteuri) {
            destinationURI = remote.replacing("%n", with: target)
        } else {
            destinationURI = Self.remoteURI(
                hypervisor: settings.hypervisorURI, host: host,
                transport: values.nonEmpty(VirtualDomainKeys.migrationTransport),
                user: values.nonEmpty(VirtualDomainKeys.migrationUser))
        }
        var flags: MigrationFlags = [.live]
        var dataURI: String?
        var ignored: [String] = []
        let options = values[VirtualDomainKeys.migrateOptions] ?? []
        var index = 0
        while index < options.count {
            switch options[index] {
            case "--migrateuri" where index + 1 < options.count:
                dataURI = options[index + 1].replacing("%n", with: target)
                index += 1
            case "--live": break
            case "--p2p": flags.insert(.peerToPeer)
            case "--tunnelled": flags.insert(.tunnelled)
            case "--unsafe": flags.insert(.unsafe)
            case "--compressed": flags.insert(.compressed)
            case "--auto-converge": flags.insert(.autoConverge)
            case "--abort-on-error": flags.insert(.abortOnError)
            default: ignored.append(options[index])
            }
            index += 1
        }
        if let uri = values.nonEmpty(VirtualDomainKeys.migrateuri) {
            dataURI = uri.replacing("%n", with: target)
        } else if dataURI == nil, let port = values[VirtualDomainKeys.migrateport] {
            dataURI = "tcp:\(host):\(port)"
        } else if dataURI == nil, values.nonEmpty(VirtualDomainKeys.migrationNetworkSuffix) != nil {
            dataURI = "tcp:\(host)"
        }
        let speed = settings.migrationSpeed
        self.parameters = MigrationParameters(dataURI: dataURI, bandwidthMiBs: speed > 0 ? UInt64(speed) : nil)
        self.flags = flags
        self.ignoredOptions = ignored
    }

    /// `node.example.com` + `-mig` → `node-mig.example.com` (the suffix goes before the first dot).
    static func withSuffix(_ node: String, _ suffix: String?) -> String {
        guard let suffix else { return node }
        guard let dot = node.firstIndex(of: ".") else { return node + suffix }
        return node[..<dot] + suffix + node[dot...]
    }

    /// `qemu:///system` → `qemu+tcp://user@host/system`.
    static func remoteURI(hypervisor: String, host: String, transport: String?, user: String?) -> String {
        let scheme = hypervisor.prefix { $0 != ":" }.split(separator: "+").first.map(String.init) ?? "qemu"
        let path =
            hypervisor.firstRange(of: "://").map { range in
                String(hypervisor[range.upperBound...].drop { $0 != "/" })
            } ?? "/system"
        let userPart = user.map { "\($0)@" } ?? ""
        return "\(scheme)\(transport.map { "+\($0)" } ?? "")://\(userPart)\(host)\(path.isEmpty ? "/system" : path)"
    }
}
