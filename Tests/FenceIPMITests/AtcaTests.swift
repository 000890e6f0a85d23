import Foundation
import FreeIPMI
import KVMHATestSupport
import Testing

@testable import FenceIPMI

/// Plays an ATCA blade's IPMC at the command seam: what ipmi_sim cannot emulate (Set FRU Activation
/// Policy, activation from M1) is checked here.
final class FakeBlade: IPMICommandChannel {
    var state: HotSwapState = .m1
    var locked = true
    var sent: [(UInt8, UInt8, [UInt8])] = []

    func command(netFn: UInt8, command: UInt8, data: [UInt8], lun: UInt8) throws(IPMIError) -> [UInt8] {
        sent.append((netFn, command, data))
        switch (netFn, command) {
        case (0x04, 0x2D): return [0x00, 0xC0, UInt8(1 << state.rawValue), 0x00]
        case (0x2C, 0x0A):
            locked = data.count >= 4 && data[3] & 1 == 1
            return [0x00]
        case (0x2C, 0x0C):
            if data[2] == 1 {
                guard !locked else { throw .completionCode(netFn: netFn, command: command, code: 0xCC) }
                state = .m4
            } else {
                state = .m1
            }
            return [0x00]
        default: throw .completionCode(netFn: netFn, command: command, code: 0xC1)
        }
    }
}

@Suite struct AtcaSeamTests {
    @Test func activationClearsTheLockFirst() throws {
        let blade = FakeBlade()
        let device = AtcaBlade(session: blade, sensor: 0)
        #expect(try device.state() == .off)
        try device.request(.on)
        #expect(try device.state() == .on)
        let picmg = blade.sent.filter { $0.0 == 0x2C }.map(\.1)
        #expect(picmg == [0x0A, 0x0C])
        #expect(blade.sent.last { $0.1 == 0x0A }?.2 == [0x00, 0x00, 0x01, 0x00])
    }

    /// A hot-swap sensor that says its reading is unavailable (byte 2, bit 5) is not read as a state.
    @Test func anUnavailableReadingIsNoState() {
        final class Unavailable: IPMICommandChannel {
            func command(netFn: UInt8, command: UInt8, data: [UInt8], lun: UInt8) throws(IPMIError) -> [UInt8] {
                [0x00, 0x20, 0x10, 0x00]  // "M4", but the reading is flagged unavailable
            }
        }
        #expect(throws: FenceError.bmc(.readingUnavailable(sensor: 0))) {
            try AtcaBlade(session: Unavailable(), sensor: 0).state()
        }
    }

    /// Control characters from a host name never reach a log line raw.
    @Test func hostNamesAreEscapedInMessages() {
        #expect(!IPMIError.unreachable(host: "bmc\n\u{1b}[2J").description.contains("\u{1b}"))
        #expect(!IPMIError.invalidHost("a\nb").description.contains("\n"))
    }

    @Test func m7AndTransitionsAreNotOnOrOff() {
        let blade = FakeBlade()
        blade.state = .m7
        #expect(throws: FenceError.self) { try AtcaBlade(session: blade, sensor: 0).state() }
        blade.state = .m6
        #expect(throws: FenceError.transitioning("M6")) { try AtcaBlade(session: blade, sensor: 0).state() }
    }
}

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
