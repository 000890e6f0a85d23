import Foundation
import KVMHATestSupport
import Testing

/// The built agent, run as Pacemaker runs it.
@Suite struct AgentBinaryTests {
    let agent = productPath("VirtualDomain")

    @Test func metaDataIsValidOCF10() throws {
        let result = try run(agent, ["meta-data"], environment: [:])
        #expect(result.status == 0)
        let lint = try xmllint(result.stdout, ["--dtdvalid", "/usr/share/resource-agents/ra-api-1.dtd"])
        #expect(lint.status == 0, "\(lint.stderr)")
    }

    @Test func ocf11MetaDataWhenPacemakerAsks() throws {
        let result = try run(
            agent, ["meta-data"], environment: ["OCF_RA_VERSION_MAJOR": "1", "OCF_RA_VERSION_MINOR": "1"])
        #expect(result.stdout.contains("<version>1.1</version>"))
        #expect(result.stdout.contains("reload-agent"))
    }

    @Test func sameParametersAsTheStockAgent() throws {
        let stock = try run(
            "/usr/lib/ocf/resource.d/heartbeat/VirtualDomain", ["meta-data"], environment: ["OCF_ROOT": "/usr/lib/ocf"])
        #expect(stock.status == 0)
        let ours = try run(agent, ["meta-data"], environment: [:])
        #expect(parameterNames(ours.stdout) == parameterNames(stock.stdout))
        #expect(parameterNames(ours.stdout).count >= 27)
    }

    @Test func usageAndUnknownActions() throws {
        #expect(try run(agent, ["usage"], environment: [:]).status == 0)
        #expect(try run(agent, [], environment: [:]).status == 3)
        #expect(try run(agent, ["frobnicate"], environment: [:]).status == 3)
    }

    @Test func validateAllWithoutConfigIsNotConfigured() throws {
        let result = try run(agent, ["validate-all"], environment: [:])
        #expect(result.status == 6)
        #expect(result.stderr.contains("ocf-exit-reason:required parameter 'config' is not set"))
    }

    @Test func garbageParameterGetsAClearReason() throws {
        let result = try run(
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
