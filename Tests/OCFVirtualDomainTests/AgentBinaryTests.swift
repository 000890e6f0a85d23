import Foundation
import KVMHATestSupport
import Testing

/// The built agent, run as Pacemaker runs it.
@Suite struct AgentBinaryTests {
    let agent = productPath("VirtualDomain")

    @Test func metaDataIsValidOCF10() async throws {
        let result = try await run(agent, ["meta-data"], environment: [:])
        #expect(result.status == 0)
        let lint = try await xmllint(result.stdout, ["--dtdvalid", "/usr/share/resource-agents/ra-api-1.dtd"])
        #expect(lint.status == 0, "\(lint.stderr)")
    }

    @Test func ocf11MetaDataWhenPacemakerAsks() async throws {
        let result = try await run(
            agent, ["meta-data"], environment: ["OCF_RA_VERSION_MAJOR": "1", "OCF_RA_VERSION_MINOR": "1"])
        #expect(result.stdout.contains("<version>1.1</version>"))
        #expect(result.stdout.contains("reload-agent"))
    }

    @Test func sameParametersAsTheStockAgent() async throws {
        let stock = try await run(
            "/usr/lib/ocf/resource.d/heartbeat/VirtualDomain", ["meta-data"], environment: ["OCF_ROOT": "/usr/lib/ocf"])
        #expect(stock.status == 0)
        let ours = try await run(agent, ["meta-data"], environment: [:])
        #expect(parameterNames(ours.stdout) == parameterNames(stock.stdout))
        #expect(parameterNames(ours.stdout).count >= 27)
    }

    @Test func usageAndUnknownActions() async throws {
        #expect(try await run(agent, ["usage"], environment: [:]).status == 0)
        #expect(try await run(agent, [], environment: [:]).status == 3)
        #expect(try await run(agent, ["frobnicate"], environment: [:]).status == 3)
    }

    @Test func validateAllWithoutConfigIsNotConfigured() async throws {
        let result = try await run(agent, ["validate-all"], environment: [:])
        #expect(result.status == 6)
        #expect(result.stderr.contains("ocf-exit-reason:required parameter 'config' is not set"))
    }

    @Test func garbageParameterGetsAClearReason() async throws {
        let result = try await run(
            agent, ["validate-all"],
            environment: ["OCF_RESKEY_config": "/etc/x.xml", "OCF_RESKEY_migration_speed": "fast\n$(reboot)"])
        #expect(result.status == 6)
        let reason = result.stderr.split(separator: "\n").last { $0.hasPrefix("ocf-exit-reason:") } ?? ""
        #expect(reason.contains("migration_speed") && reason.contains("\\xa"))
    }

    func parameterNames(_ xml: String) -> [String] {
        let pattern = try! Regex(#"<parameter name="([^"]+)""#)
        return xml.matches(of: pattern).compactMap { $0.output[1].substring.map(String.init) }.sorted()
    }
}
