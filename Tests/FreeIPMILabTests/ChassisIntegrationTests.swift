import FreeIPMI
import KVMHACore
import KVMHATestSupport
import Testing

/// Integration: the lab's ipmi_sim BMC through libfreeipmi.
@Suite(.serialized) struct ChassisIntegrationTests {
    func options(_ lab: Lab, protocol ipmiProtocol: IPMIProtocol, password: String? = nil) throws -> SessionOptions {
        SessionOptions(
            host: try lab.require("KVMHA_LAB_BMC_ADDR"),
            port: UInt16(try lab.require("KVMHA_LAB_BMC_PORT")) ?? 623,
            username: try lab.require("KVMHA_LAB_BMC_USER"),
            password: try password ?? lab.bmcPassword(),
            ipmiProtocol: ipmiProtocol,
            workarounds: [.openSessionPrivilege])
    }

    @Test func chassisPowerOverIPMI20CipherSuite3() throws {
        let lab = try Lab.current()
        let session = try IPMISession(
            try options(lab, protocol: .lan20(cipherSuite: 3)), deadline: .after(.seconds(10)))
        #expect(try session.chassisPower() == .on)
    }

    @Test func chassisPowerOverIPMI15() throws {
        let lab = try Lab.current()
        let session = try IPMISession(try options(lab, protocol: .lan15(.md5)), deadline: .after(.seconds(10)))
        #expect(try session.chassisPower() == .on)
    }

    @Test func wrongPasswordIsRefused() throws {
        let lab = try Lab.current()
        #expect(throws: IPMIError.authenticationRefused) {
            _ = try IPMISession(
                try options(lab, protocol: .lan20(cipherSuite: 3), password: "wrong"), deadline: .after(.seconds(10)))
        }
    }

    @Test func unsupportedCipherSuiteIsNamed() throws {
        let lab = try Lab.current()
        #expect(throws: IPMIError.cipherSuiteRefused(17)) {
            _ = try IPMISession(try options(lab, protocol: .lan20(cipherSuite: 17)), deadline: .after(.seconds(10)))
        }
    }

    @Test func silentBMCIsUnreachableWithinTheDeadline() throws {
        let lab = try Lab.current()
        var silent = try options(lab, protocol: .lan20(cipherSuite: 3))
        silent.port = 9  // discard port on loopback: nothing answers
        let started = ContinuousClock.now
        #expect(throws: IPMIError.unreachable(host: "127.0.0.1:9")) {
            _ = try IPMISession(silent, deadline: .after(.milliseconds(1500)))
        }
        #expect(ContinuousClock.now - started < .seconds(3))
    }

    @Test func passwordNeverInTheDescription() throws {
        let lab = try Lab.current()
        let text = try options(lab, protocol: .lan20(cipherSuite: 3)).description
        #expect(!text.contains(try lab.bmcPassword()))
    }
}
