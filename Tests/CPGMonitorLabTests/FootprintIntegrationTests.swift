import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

@testable import CPGMonitor

/// An idle daemon's memory, told apart the way /proc tells it: its private memory (RssAnon) must stay
/// flat; what RSS gains over the first minutes is Corosync's IPC rings (libqb shared memory, 1 MiB a
/// ring) paging in as their write position advances, bounded by their size, not a leak.
@Suite(.serialized) struct FootprintIntegrationTests {
    struct Memory {
        let anon: Int
        let shmem: Int
        init?(_ pid: Int32) {
            guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
            func kib(_ key: String) -> Int? {
                status.split(separator: "\n").first { $0.hasPrefix(key) }
                    .flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }
            }
            guard let anon = kib("RssAnon:"), let shmem = kib("RssShmem:") else { return nil }
            self.anon = anon
            self.shmem = shmem
        }
    }

    /// Two daemons at 20 times the default heartbeat rate (a minute here is 20 minutes of idle
    /// traffic between two nodes): private memory within 2 % between the first and the last sample,
    /// shared memory within the rings' size.
    @Test func anIdleDaemonsPrivateMemoryIsFlat() throws {
        _ = try Lab.current()
        let group = "kvmha-test-\(getpid())-footprint"
        let fast = ["--heartbeat-interval", "10", "--heartbeat-timeout", "2000"]
        let daemon = try TestDaemon.start(group: group, name: "idle", arguments: fast)
        let peer = try TestDaemon.start(group: group, name: "peer", arguments: fast)
        defer {
            daemon.stop()
            peer.stop()
        }
        #expect(daemon.waitForMembers(2))
        Thread.sleep(forTimeInterval: 20)
        let first = try #require(Memory(daemon.identity.pid))
        Thread.sleep(forTimeInterval: 60)
        let last = try #require(Memory(daemon.identity.pid))
        #expect(daemon.identity.isAlive)
        #expect(
            Double(last.anon - first.anon) <= Double(first.anon) * 0.02,
            "private memory grew from \(first.anon) to \(last.anon) KiB in a minute")
        // Six rings of 1 MiB (request, response, event for CPG and for quorum), each mapped twice.
        #expect(last.shmem <= 6 * 2 * 1028, "shared memory \(last.shmem) KiB is more than the IPC rings")
        #expect(!daemon.has(.peerSilent) && !peer.has(.peerSilent), "\(daemon.timeline)\n\(peer.timeline)")
    }
}
