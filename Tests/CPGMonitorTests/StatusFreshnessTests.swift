import Corosync
import KVMHACore
import KVMHATestSupport
import Libvirt
import Testing

@testable import CPGMonitor

/// The OCF monitor's hang check ages the status file on the boot-time clock: a wall-clock step
/// neither fakes nor hides a hang.
@Suite(.ownThread) struct StatusFreshnessTests {
    @Test func theWallClockDoesNotDecide() {
        let now = Timestamp.bootMilliseconds()
        let stepped = StatusFile("pid: 1\nupdated: 0\nupdated_boottime: \(now)\n")
        #expect(stepped.isFresh(within: .seconds(5)), "a wall clock far off, a fresh write")
        let hung = StatusFile("pid: 1\nupdated: \(Timestamp.epochMilliseconds())\nupdated_boottime: \(now - 60_000)\n")
        #expect(!hung.isFresh(within: .seconds(5)), "a wall clock that looks fresh, a write a minute old")
    }
}
