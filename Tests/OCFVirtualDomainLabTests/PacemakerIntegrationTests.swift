import Foundation
import KVMHATestSupport
import Testing

/// ocf:kvmha:VirtualDomain under the lab's real Pacemaker.
@Suite(.serialized) struct PacemakerIntegrationTests {
    func primitive(_ id: String, config: String, monitor: String = "2s", stopTimeout: String = "20s") async throws {
        try await Cluster.crm([
            "configure", "primitive", id, "ocf:kvmha:VirtualDomain", "params", "config=\(config)",
            "hypervisor=qemu:///system", "op", "monitor", "interval=\(monitor)", "timeout=20s", "op", "start",
            "timeout=30s", "op", "stop", "timeout=\(stopTimeout)",
        ])
    }

    @Test func startKillRecoverAndStopAGuestThatIgnoresACPI() async throws {
        let lab = try Lab.current()
        let config = try GuestConfig(lab: lab, name: "kvmha-test-pcmk")
        let id = "kvmha-test-pcmk"
        try await primitive(id, config: config.path)
        #expect(try await Cluster.wait(.seconds(60)) { try await Cluster.isMonitoredRunning(id) })
        #expect(try await Cluster.location(of: id) == "node1")
        let first = try #require(LabControl.emulatorPID(config.name))

        // kill -9 of its qemu: Pacemaker's next monitor sees it and recovers it.
        _ = kill(first, SIGKILL)
        let recovered = await Cluster.wait(.seconds(40)) {
            guard let pid = LabControl.emulatorPID(config.name), pid != first else { return false }
            return LabControl.isAlive(pid)
        }
        #expect(recovered, "guest not running again after kill -9")
        #expect(try await Cluster.wait(.seconds(20)) { try await Cluster.isMonitoredRunning(id) })
        #expect(try await Cluster.status().contains("kvmha-test-pcmk_monitor_2000"), "no failed monitor recorded")

        // crm resource stop: the guest ignores ACPI, the agent escalates to destroy within the timeout.
        let started = ContinuousClock.now
        try await Cluster.crm(["resource", "stop", id])
        let stopped = try await Cluster.wait(.seconds(25)) { try await Cluster.location(of: id) == nil }
        #expect(stopped)
        #expect(ContinuousClock.now - started < .seconds(22))
        #expect(LabControl.emulatorPID(config.name) == nil)
        try await Cluster.remove(id)
    }

    @Test func badConfigGetsAClearExitReason() async throws {
        let id = "kvmha-test-badconfig"
        try await primitive(id, config: "/nonexistent/kvmha-bad.xml")
        let reported = try await Cluster.wait(.seconds(60)) {
            try await Cluster.status().contains("exitreason=\"config /nonexistent/kvmha-bad.xml")
        }
        #expect(reported, "no exit reason for the bad config in crm_mon")
        #expect(try await Cluster.location(of: id) == nil)
        try await Cluster.remove(id)
    }
}
