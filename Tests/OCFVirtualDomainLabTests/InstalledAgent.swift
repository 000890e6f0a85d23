import Foundation
import KVMHATestSupport

/// The installed `ocf:kvmha:VirtualDomain`, run by hand as ocf-tester runs it: one action, an OCF
/// environment, the process's result.
struct InstalledAgent {
    static let path = Installed.virtualDomain

    static func environment(_ config: GuestConfig, resource: String, _ extra: [String: String] = [:]) -> [String:
        String]
    {
        var environment = [
            "OCF_ROOT": "/usr/lib/ocf", "OCF_RESKEY_config": config.path, "OCF_RESKEY_hypervisor": "qemu:///system",
            "OCF_RESOURCE_INSTANCE": resource, "OCF_RESKEY_CRM_meta_timeout": "20000",
            "PATH": "/usr/sbin:/usr/bin:/sbin:/bin",
        ]
        environment.merge(extra) { $1 }
        return environment
    }

    static func run(_ action: String, _ environment: [String: String]) async throws -> RunResult {
        try await KVMHATestSupport.run(path, [action], environment: environment, timeout: .seconds(40))
    }
}
