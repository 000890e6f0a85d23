import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

/// resource-agents' own conformance checker against the installed agent and a real lab guest.
@Suite struct OCFTesterIntegrationTests {
    @Test func ocfTesterPassesInUnderAMinute() async throws {
        let lab = try Lab.current()
        let config = try GuestConfig(lab: lab, name: "kvmha-test-ocftester")
        let started = ContinuousClock.now
        let result = try await run(
            "/usr/sbin/ocf-tester",
            [
                "-n", "kvmha-test-ocftester", "-o", "config=\(config.path)", "-o", "hypervisor=qemu:///system",
                Installed.virtualDomain,
            ], timeout: .seconds(90))
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("passed all tests"))
        #expect(ContinuousClock.now - started < .seconds(60))
        #expect(LabControl.emulatorPID(config.name) == nil)
        // Run by hand, outside Pacemaker: nothing left that kvmha-cpgmonitor would take for a cluster
        // guest and report once it is gone (at cb74da8 its monitors left a "running" record).
        let left = (try? FileManager.default.contentsOfDirectory(atPath: RecordStore.defaultDirectory)) ?? []
        #expect(!left.contains { $0.hasPrefix("kvmha-test-ocftester") }, "records left: \(left)")
    }
}
