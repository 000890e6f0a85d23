import FreeIPMI
import KVMHACore
import KVMHATestSupport
import Logging
import Synchronization
import Testing

@testable import FenceIPMI

/// A chassis at the PowerDevice seam: `onWorks` false makes every power-on request do nothing (a BMC
/// that refuses or a host that never comes up); `offWorks` false likewise for power-off.
final class FakeChassis: PowerDevice, @unchecked Sendable {
    var power: PowerState
    var onWorks = true
    var offWorks = true
    var requests: [String] = []

    init(_ power: PowerState) { self.power = power }

    var polls = 0
    func state() throws(FenceError) -> PowerState {
        polls += 1
        return power
    }

    func request(_ wanted: PowerState) throws(FenceError) {
        requests.append(wanted.rawValue)
        if wanted == .on, onWorks { power = .on }
        if wanted == .off, offWorks { power = .off }
    }

    func cycle() throws(FenceError) {
        requests.append("cycle")
        // As a real BMC: "Command not supported in present state" (0xD5) on a chassis that is off.
        guard power == .on else {
            throw .bmc(.completionCode(netFn: 0x00, command: 0x02, code: 0xD5))
        }
    }
}

/// Collects what a PowerControl logs.
final class LogCapture: LogHandler, @unchecked Sendable {
    let lines = Mutex<[String]>([])
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }
    func log(event: LogEvent) { lines.withLock { $0.append("\(event.level): \(event.message)") } }
}

@Suite(.ownThread) struct FenceSemanticsTests {
    func control(_ device: FakeChassis, _ text: String = "") throws -> (PowerControl, LogCapture) {
        let capture = LogCapture()
        let values = try FenceParameters.table.values(
            keyValueText: "power_timeout=0.3\nstonith_status_sleep=0.05\n" + text
        ) { _ in }
        let logger = Logger(label: "test") { _ in capture }
        return (PowerControl(device: device, settings: FenceSettings(values: values), logger: logger), capture)
    }

    @Test func rebootWithAVerifiedOffAndAFailingOnSucceedsAndLogsIt() throws {
        let chassis = FakeChassis(.on)
        chassis.onWorks = false
        let (power, log) = try control(chassis)
        #expect(FenceAgent.run(.reboot, on: power) == .success)
        #expect(chassis.power == .off)
        #expect(log.lines.withLock { $0.contains { $0.hasPrefix("error") && $0.contains("node is fenced") } })
    }

    @Test func offNotReachedFails() throws {
        let chassis = FakeChassis(.on)
        chassis.offWorks = false
        let (power, _) = try control(chassis)
        #expect(FenceAgent.run(.off, on: power) == .failure)
        #expect(FenceAgent.run(.reboot, on: power) == .failure)
        #expect(!chassis.requests.contains("on"), "no power on after an off that was never verified")
    }

    @Test func cycleOnANodeThatIsOffPowersItOn() throws {
        let chassis = FakeChassis(.off)
        let (power, _) = try control(chassis, "method=cycle\n")
        #expect(FenceAgent.run(.reboot, on: power) == .success)
        #expect(chassis.power == .on)
        #expect(!chassis.requests.contains("cycle"))
        chassis.onWorks = false
        chassis.power = .off
        #expect(FenceAgent.run(.reboot, on: power) == .success, "off is fenced, even if it stays off")
    }

    @Test func cycleOnANodeThatIsOnCycles() throws {
        let chassis = FakeChassis(.on)
        let (power, _) = try control(chassis, "method=cycle\n")
        #expect(FenceAgent.run(.reboot, on: power) == .success)
        #expect(chassis.requests == ["cycle"])
    }

    /// retry_on × power_timeout may be far longer than the fence timeout: the attempts stop at the
    /// action's deadline.
    @Test func retriesStopAtTheDeadline() throws {
        let chassis = FakeChassis(.off)
        chassis.onWorks = false
        var (power, _) = try control(chassis, "retry_on=1000\npower_timeout=0.2\nstonith_status_sleep=0.01\n")
        power.deadline = .after(.seconds(1))
        let started = ContinuousClock.now
        #expect(FenceAgent.run(.on, on: power) == .failure)
        #expect(ContinuousClock.now - started < .seconds(2))
        #expect(chassis.requests.count < 10, "\(chassis.requests.count) attempts")
    }

    @Test func statusExitCodesAsFenceAgents() throws {
        let chassis = FakeChassis(.off)
        let (power, _) = try control(chassis)
        #expect(FenceAgent.run(.status, on: power) == .statusOff)
        chassis.power = .on
        #expect(FenceAgent.run(.status, on: power) == .success)
    }

    /// A state that is never reached ends with power_timeout, however many polls that takes: the poll
    /// interval is capped, never doubled into a Duration overflow (a trap after ~70 polls, 1 ms apart here).
    @Test func aNeverReachedStateTimesOutWithoutATrap() throws {
        let chassis = FakeChassis(.on)
        chassis.offWorks = false
        let (power, _) = try control(chassis, "stonith_status_sleep=0.001\npower_timeout=1\n")
        let started = ContinuousClock.now
        #expect(FenceAgent.run(.off, on: power) == .failure)
        #expect(ContinuousClock.now - started < .seconds(3))
    }

    /// stonith_status_sleep=0 must not poll the BMC back to back: 50 ms apart at the least (a second
    /// of waiting is at most ~20 polls, where it used to be thousands).
    @Test func aZeroStatusSleepStillSpacesThePolls() throws {
        let chassis = FakeChassis(.on)
        chassis.offWorks = false
        let (power, _) = try control(chassis, "stonith_status_sleep=0\npower_timeout=1\n")
        #expect(FenceAgent.run(.off, on: power) == .failure)
        #expect(chassis.polls <= 30, "\(chassis.polls) polls in one second")
    }
}

/// How a session is opened: the order of attempts against BMCs that refuse one thing or another.
@Suite(.ownThread) struct SessionNegotiationTests {
    struct Refusal: Sendable {
        var cipher: Set<Int> = []
        var withoutOpenSessionPrivilege = false
        var privilegeAlways = false
        var unreachable = false
    }

    func attempts(_ options: SessionOptions, ciphers: [Int], _ bmc: Refusal) -> ([String], Result<String, IPMIError>) {
        var tried: [String] = []
        let result = Result { () throws(IPMIError) in
            try SessionNegotiation.open(options, ciphers: ciphers, deadline: .after(.seconds(1))) {
                (attempt, _) throws(IPMIError) -> String in
                tried.append("\(attempt.ipmiProtocol.summary) \(attempt.workarounds.names)")
                if bmc.unreachable { throw .unreachable(host: "bmc") }
                if case .lan20(let suite) = attempt.ipmiProtocol, bmc.cipher.contains(suite) {
                    throw .cipherSuiteRefused(suite)
                }
                if bmc.privilegeAlways { throw .privilegeRefused }
                if bmc.withoutOpenSessionPrivilege, !attempt.workarounds.contains(.openSessionPrivilege) {
                    throw .privilegeRefused
                }
                return "session"
            }.session
        }
        return (tried, result)
    }

    let v2 = SessionOptions(host: "bmc", username: "admin", password: "x", ipmiProtocol: .lan20(cipherSuite: 3))

    @Test func ipmiSimAsItComes() {
        // ipmi_sim: suite 17 refused, and RAKP1 refused unless Open Session named the privilege.
        let (tried, result) = attempts(v2, ciphers: [17, 3], Refusal(cipher: [17], withoutOpenSessionPrivilege: true))
        #expect(
            tried == [
                "IPMI 2.0 cipher suite 17 none", "IPMI 2.0 cipher suite 3 none", "IPMI 2.0 cipher suite 3 opensesspriv",
            ])
        #expect((try? result.get()) == "session")
    }

    @Test func aBMCThatTakesTheDefaultsNeedsOneAttempt() {
        let (tried, result) = attempts(v2, ciphers: [17, 3], Refusal())
        #expect(tried == ["IPMI 2.0 cipher suite 17 none"])
        #expect((try? result.get()) == "session")
    }

    @Test func noAnswerEndsAtOnceWithoutTryingAnotherSuite() {
        let (tried, result) = attempts(v2, ciphers: [17, 3], Refusal(unreachable: true))
        #expect(tried.count == 1)
        #expect(throws: IPMIError.unreachable(host: "bmc")) { try result.get() }
    }

    @Test func aUserWithoutThePrivilegeIsRefusedAfterOneRetry() {
        let (tried, result) = attempts(v2, ciphers: [3], Refusal(privilegeAlways: true))
        #expect(tried.count == 2)
        #expect(throws: IPMIError.privilegeRefused) { try result.get() }
    }

    @Test func theLastRefusedSuiteIsTheError() {
        let (tried, result) = attempts(v2, ciphers: [17], Refusal(cipher: [17]))
        #expect(tried.count == 1)
        #expect(throws: IPMIError.cipherSuiteRefused(17)) { try result.get() }
    }

    @Test func ipmi15IsOneAttempt() {
        var options = v2
        options.ipmiProtocol = .lan15(.md5)
        let (tried, _) = attempts(options, ciphers: [17, 3], Refusal(privilegeAlways: true))
        #expect(tried == ["IPMI 1.5 md5 none"])
    }

    @Test func ciphersFromTheOptions() throws {
        func suites(_ text: String) throws -> [Int] {
            try FenceSettings(values: FenceParameters.table.values(keyValueText: text) { _ in }).cipherSuites()
        }
        #expect(try suites("lanplus=1\n") == [17, 3])
        #expect(try suites("lanplus=1\ncipher=3\n") == [3])
        #expect(throws: FenceError.self) { try suites("cipher=abc\n") }
        #expect(throws: FenceError.self) { try suites("cipher=256\n") }
    }
}

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
        #expect(ilo3.bool("lanplus") && ilo3["power_wait"] == "4")
        #expect(FenceSettings(values: ilo3, name: .ilo3).powerWaitIsSet)
        let plus = try AgentName(program: "fence_ipmilanplus").table.values(keyValueText: "") { _ in }
        #expect(plus.bool("lanplus") && plus["power_wait"] == "2")
        let ipmi = try AgentName(program: "fence_ipmi").table.values(keyValueText: "") { _ in }
        #expect(!ipmi.bool("lanplus") && !FenceSettings(values: ipmi).powerWaitIsSet)
        #expect(AgentName(program: "fi") == .ipmi)
        #expect(FenceParameters.metadata(.imm).xml.contains("<resource-agent name=\"fence_imm\""))
    }

    @Test func crlfInputReadsAsLF() throws {
        let values = try FenceParameters.table.values(keyValueText: "action=off\r\nip=10.0.0.1\r\nlogin=admin\r\n\r\n")
        { _ in }
        #expect(values["action"] == "off" && values["ip"] == "10.0.0.1" && values["username"] == "admin")
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
