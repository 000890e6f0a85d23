import FreeIPMI
import KVMHACore
import KVMHATestSupport
import Logging
import Synchronization
import Testing

@testable import FenceIPMI

/// What Pacemaker, pcs and the fencer read: names, actions, defaults, input forms.
@Suite(.ownThread) struct FenceCompatibilityUnitTests {
    @Test func deprecatedNamesAreInTheMetadata() {
        let xml = FenceParameters.metadata(.ipmi).xml
        for (name, new) in [
            ("ipaddr", "ip"), ("login", "username"), ("passwd", "password"), ("passwd_script", "password_script"),
            ("port", "plug"),
        ] {
            #expect(xml.contains("<parameter name=\"\(name)\" unique=\"0\" required=\"0\" deprecated=\"1\">"))
            #expect(xml.contains("<parameter name=\"\(new)\" unique=\"0\" required=\"0\" obsoletes=\"\(name)\">"))
        }
    }

    @Test func onlyTheShelfAdvertisesList() {
        #expect(!AgentName.ipmi.actions.contains(.list))
        #expect(!FenceParameters.metadata(.ipmi).xml.contains("name=\"list"))
        #expect(AgentName.atca.actions.contains(.list) && AgentName.atca.actions.contains(.listStatus))
    }

    @Test func aliasesHaveFenceAgentsDefaults() throws {
        let ilo3 = try AgentName(program: "fence_ilo3").table.values(keyValueText: "") { _ in }
        #expect(ilo3.isOn(FenceKeys.lanplus) && ilo3[FenceKeys.powerWait] == 4)
        #expect(FenceSettings(values: ilo3, name: .ilo3).powerWaitIsSet)
        let plus = try AgentName(program: "fence_ipmilanplus").table.values(keyValueText: "") { _ in }
        #expect(plus.isOn(FenceKeys.lanplus) && plus[FenceKeys.powerWait] == 2)
        let ipmi = try AgentName(program: "fence_ipmi").table.values(keyValueText: "") { _ in }
        #expect(!ipmi.isOn(FenceKeys.lanplus) && !FenceSettings(values: ipmi).powerWaitIsSet)
        #expect(AgentName(program: "fi") == .ipmi)
        #expect(FenceParameters.metadata(.imm).xml.contains("<resource-agent name=\"fence_imm\""))
    }

    @Test func crlfInputReadsAsLF() throws {
        let values = try FenceParameters.table.values(keyValueText: "action=off\r\nip=10.0.0.1\r\nlogin=admin\r\n\r\n")
        { _ in }
        #expect(
            values[FenceKeys.action] == .off && values[FenceKeys.ip] == "10.0.0.1"
                && values[FenceKeys.username] == "admin")
    }

    @Test func aBadCipherOnTheCommandLineIsRefused() {
        let agent = FenceAgent(
            program: "fence_ipmi", arguments: ["-o", "status", "-a", "127.0.0.1", "-P", "-C", "abc"]
        ) {
            () throws(ParameterError) in ""
        }
        #expect(agent.run() == .failure)
    }

    @Test func manPageSections() {
        let page = HelpText.fenceManPage(FenceParameters.metadata(.atca))
        for section in ["PARAMETERS", "ACTIONS", "STDIN PARAMETERS"] { #expect(page.contains(".SH \(section)\n")) }
        #expect(page.hasPrefix(".TH FENCE_ATCA 8"))
        #expect(page.contains(".B ipaddr\n"))
    }
}
