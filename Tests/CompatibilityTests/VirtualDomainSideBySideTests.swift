import Foundation
import KVMHATestSupport
import Testing

/// ocf:heartbeat:VirtualDomain and ocf:kvmha:VirtualDomain with the same parameters on the lab's
/// libvirtd and a real TCG guest: the same exit codes.
@Suite(.serialized) struct VirtualDomainSideBySideTests {
    static let agents = [
        "stock": "/usr/lib/ocf/resource.d/heartbeat/VirtualDomain",
        "kvmha": Installed.virtualDomain,
    ]

    /// A monitor script fails the monitor with no OCF_CHECK_LEVEL set, as Pacemaker runs a plain
    /// `op monitor`: in-guest health checks keep working after the class change.
    @Test(arguments: ["stock", "kvmha"]) func aFailingMonitorScriptFailsThePlainMonitor(_ which: String) async throws {
        let lab = try Lab.current()
        let agent = try #require(Self.agents[which])
        let config = try GuestConfig(lab: lab, name: "kvmha-test-compat-script-\(which)")
        defer { try? FileManager.default.removeItem(atPath: config.directory) }
        let flag = config.directory + "/unhealthy"
        let script = config.directory + "/check-service"
        try "#!/bin/sh\necho checking\n[ ! -e \(flag) ]\n".write(toFile: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        let environment = [
            "OCF_ROOT": "/usr/lib/ocf", "OCF_RESKEY_config": config.path, "OCF_RESKEY_hypervisor": "qemu:///system",
            "OCF_RESKEY_monitor_scripts": script, "OCF_RESKEY_force_stop": "true",
            "OCF_RESOURCE_INSTANCE": "compat-\(which)", "OCF_RESKEY_CRM_meta_timeout": "30000",
            "OCF_RESKEY_CRM_meta_interval": "10000", "PATH": "/usr/sbin:/usr/bin:/sbin:/bin",
        ]
        func action(_ name: String) async throws -> RunResult {
            try await run(agent, [name], environment: environment, timeout: .seconds(45))
        }
        let start = try await action("start")
        #expect(start.status == 0, "\(which) start: \(start.stderr)")
        #expect(try await action("monitor").status == 0)
        #expect(FileManager.default.createFile(atPath: flag, contents: Data()))
        let failing = try await action("monitor")
        #expect(failing.status == 1, "\(which) monitor with a failing script: \(failing.status) \(failing.stderr)")
        #expect(failing.stderr.contains(script), "the reason names the script: \(failing.stderr)")
        try FileManager.default.removeItem(atPath: flag)
        #expect(try await action("monitor").status == 0)
        let stop = try await action("stop")
        #expect(stop.status == 0, "\(which) stop: \(stop.stderr)")
    }
}
