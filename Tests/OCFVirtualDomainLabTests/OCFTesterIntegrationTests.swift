import Foundation
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
    }
}
