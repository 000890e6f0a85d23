import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

@testable import CPGMonitor

/// Two daemons in one CPG group on the lab's real Corosync: a killed or hung peer is noticed.
@Suite(.serialized) struct PeerWatchIntegrationTests {
    func group(_ test: String) -> String { "kvmha-test-\(getpid())-\(test)" }

    @Test func aKilledPeerIsReportedWithinMilliseconds() async throws {
        _ = try Lab.current()
        // The killed daemon "runs under" a Dummy resource, so the report has a real target.
        let dummy = "kvmha-test-cpg-peer"
        try await Cluster.crm(["configure", "primitive", dummy, "ocf:pacemaker:Dummy", "op", "monitor", "interval=60s"])
        #expect(try await Cluster.wait(.seconds(30)) { try await Cluster.location(of: dummy) == "node1" })
        let name = group("procdown")
        // Both "instances" of it: a daemon fails only its own clone's instances on a peer's word.
        let watcher = try TestDaemon.start(group: name, name: "watcher", arguments: ["--resource", dummy])
        let victim = try TestDaemon.start(group: name, name: "victim", arguments: ["--resource", dummy])
        defer {
            watcher.stop()
            victim.stop()
        }
        #expect(watcher.waitForMembers(2))

        let killed = Timestamp.epochMilliseconds()
        victim.identity.send(SIGKILL)
        let detection = try #require(watcher.event(.peerDown), "no PROCDOWN in \(watcher.timeline)")
        #expect(detection.time - killed < 100, "PROCDOWN logged \(detection.time - killed) ms after kill -9")
        let report = watcher.event(.reported) { $0.resource == dummy && $0.target == "node1" }
        #expect(report != nil, "\(watcher.timeline)")
        if let report { #expect(report.time - killed < 100, "reported \(report.time - killed) ms after kill -9") }
        let failureRecorded = try await Cluster.wait(.seconds(10)) {
            try await run("/usr/sbin/crm_mon", ["-1"]).stdout.contains("\(dummy) asyncmon")
        }
        #expect(failureRecorded, "Pacemaker has no failure of \(dummy)")
        try await Cluster.remove(dummy)
    }

    @Test func aStoppedPeerIsDetectedByItsMissingHeartbeat() throws {
        _ = try Lab.current()
        let name = group("hung")
        let timing = ["--heartbeat-interval", "100", "--heartbeat-timeout", "500"]
        let watcher = try TestDaemon.start(group: name, name: "watcher", arguments: timing)
        let victim = try TestDaemon.start(group: name, name: "victim", arguments: timing)
        defer {
            watcher.stop()
            victim.identity.send(SIGCONT)
            victim.stop()
        }
        #expect(watcher.waitForMembers(2))
        let stopped = Timestamp.epochMilliseconds()
        victim.identity.send(SIGSTOP)
        let silent = try #require(watcher.event(.peerSilent), "\(watcher.timeline)")
        let latency = silent.time - stopped
        // The deadline counts from the last heartbeat, up to one interval before the SIGSTOP.
        #expect(latency <= 500 + 50, "hang noticed \(latency) ms after SIGSTOP")
        #expect(latency >= 500 - 100 - 10)
        victim.identity.send(SIGCONT)
        #expect(watcher.event(.peerHeard) != nil, "\(watcher.timeline)")
    }

    @Test func aCleanStopIsALeaveNotAFailure() throws {
        _ = try Lab.current()
        let name = group("leave")
        let watcher = try TestDaemon.start(group: name, name: "watcher")
        let other = try TestDaemon.start(group: name, name: "other", arguments: ["--resource", "kvmha-test-none"])
        defer { watcher.stop() }
        #expect(watcher.waitForMembers(2))
        other.stop()
        #expect(watcher.event(.peerLeft) { $0.reasonText == "leave" } != nil, "\(watcher.timeline)")
        #expect(!watcher.has(.peerDown) && !watcher.has(.reported), "\(watcher.timeline)")
    }
}
