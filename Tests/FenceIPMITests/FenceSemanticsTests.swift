import FreeIPMI
import KVMHACore
import KVMHATestSupport
import Logging
import Synchronization
import Testing

@testable import FenceIPMI

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
