import Foundation
import FreeIPMI
import KVMHATestSupport
import Testing

@testable import FenceIPMI

/// fence_atca against the lab's ATCA shelf manager (ipmi_sim in ATCA mode, blade at IPMB 0x82, slot 1).
@Suite(.serialized) struct AtcaLabIntegrationTests {
    /// The package's fence_atca (a link to fence_ipmi, which answers to the name it is called by).
    func atca() throws -> String { Installed.fenceATCA }

    func options(_ lab: Lab, _ action: String, plug: String, port: String? = nil) throws -> String {
        [
            "action=\(action)", "ip=\(try lab.require("KVMHA_LAB_BMC_ADDR"))",
            "ipport=\(try port ?? lab.require("KVMHA_LAB_ATCA_PORT"))", "username=admin",
            "password=\(try lab.bmcPassword())", "lanplus=1", "plug=\(plug)",
        ].joined(separator: "\n") + "\n"
    }

    @Test func statusAndOffThroughTheShelfManager() async throws {
        let lab = try Lab.current()
        let reset = try await run(LabControl.repository + "/scripts/lab", ["atca-reset"], timeout: .seconds(30))
        #expect(reset.status == 0, "\(reset.stderr)")
        let agent = try atca()
        let byAddress = try await run(agent, stdin: try options(lab, "status", plug: "0x82"))
        #expect(byAddress.status == 0 && byAddress.stdout.contains("Status: ON"), "\(byAddress.stderr)")
        let bySlot = try await run(agent, stdin: try options(lab, "status", plug: "1"))
        #expect(bySlot.status == 0, "\(bySlot.stderr)")
        let off = try await run(agent, stdin: try options(lab, "off", plug: "0x82"))
        #expect(off.status == 0 && off.stdout.contains("Powered OFF"), "\(off.stderr)")
        #expect(try await run(agent, stdin: try options(lab, "status", plug: "1")).status == 2)
        _ = try await run(LabControl.repository + "/scripts/lab", ["atca-reset"], timeout: .seconds(30))
    }

    /// A shelf lists its blades (slot, IPMB address, hot-swap state), fields joined by plug_separator;
    /// list-status says ON/OFF as fencing.py does.
    @Test func listsTheShelfsBlades() async throws {
        let lab = try Lab.current()
        let reset = try await run(LabControl.repository + "/scripts/lab", ["atca-reset"], timeout: .seconds(30))
        #expect(reset.status == 0, "\(reset.stderr)")
        let agent = try atca()
        let list = try await run(agent, stdin: try options(lab, "list", plug: ""))
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout == "1,0x82,M4\n", "\(list.stdout)")
        let status = try await run(agent, stdin: try options(lab, "list-status", plug: "") + "plug_separator=;\n")
        #expect(status.stdout == "1;0x82;ON\n", "\(status.stdout) \(status.stderr)")
        let metadata = try await run(agent, ["-o", "metadata"])
        #expect(metadata.stdout.contains("<action name=\"list\"/>"))
    }

    @Test func aPlainBMCIsNotATCA() async throws {
        let lab = try Lab.current()
        let result = try await run(
            try atca(), stdin: try options(lab, "status", plug: "1", port: lab.require("KVMHA_LAB_BMC_PORT")))
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not an ATCA shelf manager"))
    }

    @Test func noBladeInAnEmptySlot() async throws {
        let lab = try Lab.current()
        let result = try await run(try atca(), stdin: try options(lab, "status", plug: "7"))
        #expect(result.status == 1)
        #expect(result.stderr.contains("slot 7"), "\(result.stderr)")
    }
}
