import Foundation
import KVMHATestSupport
import Testing

@Suite(.ownThread) struct MonitorBinaryTests {
    let daemon = productPath("kvmha-cpgmonitor")

    @Test func helpAndVersion() async throws {
        #expect(try await run(daemon, ["--help"]).status == 0)
        #expect(try await run(daemon, ["--version"]).stdout.hasPrefix("kvmha-cpgmonitor "))
    }

    @Test func ocfAgentNameGivesValidMetaData() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ocf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let agent = directory.appendingPathComponent("CPGMonitor").path
        try FileManager.default.createSymbolicLink(atPath: agent, withDestinationPath: daemon)
        let result = try await run(agent, ["meta-data"], environment: [:])
        #expect(result.status == 0)
        let lint = try await xmllint(result.stdout, ["--dtdvalid", "/usr/share/resource-agents/ra-api-1.dtd"])
        #expect(lint.status == 0, "\(lint.stderr)")
        #expect(
            try await run(agent, ["validate-all"], environment: ["OCF_RESKEY_heartbeat_timeout": "soon"]).status == 6)
    }
}
