import Foundation

/// The lab's two migration hosts (own network and mount namespaces, own libvirtd on TCP): run a
/// command inside one, and the environment the VirtualDomain agent gets for a migration h1 → h2.
public enum MigrationHosts {
    public static let agent = Installed.virtualDomain

    /// Runs `arguments` in host `host`'s network and mount namespaces.
    public static func run(_ host: Int, _ arguments: [String], _ environment: [String: String]? = nil) async throws
        -> RunResult
    {
        let pid = try LabControl.pid(of: "mig-libvirtd-h\(host)")
        return try await KVMHATestSupport.run(
            "/usr/bin/nsenter", ["-t", "\(pid)", "--net", "--mount"] + arguments, environment: environment,
            timeout: .seconds(60))
    }

    /// OCF environment for `instance`, migrating to h2 over the lab's private network.
    public static func agentEnvironment(
        _ lab: Lab, config: GuestConfig, instance: String, _ extra: [String: String] = [:]
    ) throws -> [String: String] {
        let target = try lab.require("KVMHA_LAB_MIG_H2_ADDR")
        var environment = [
            "OCF_ROOT": "/usr/lib/ocf", "OCF_RESKEY_config": config.path, "OCF_RESOURCE_INSTANCE": instance,
            "OCF_RESKEY_CRM_meta_timeout": "30000", "OCF_RESKEY_CRM_meta_migrate_target": "h2",
            "OCF_RESKEY_remoteuri": "qemu+tcp://\(target)/system", "OCF_RESKEY_migrateuri": "tcp:\(target):49152",
            "PATH": "/usr/sbin:/usr/bin:/sbin:/bin",
        ]
        environment.merge(extra) { $1 }
        return environment
    }
}
