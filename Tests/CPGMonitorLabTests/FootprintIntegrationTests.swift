import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

@testable import CPGMonitor

/// An idle daemon's memory, as /proc tells it: RSS flat from the first minute (Corosync's IPC rings,
/// libqb shared memory that used to page in over the first ~20 minutes as their write positions
/// advanced, are populated at connect), private memory (RssAnon) flat.
@Suite(.serialized) struct FootprintIntegrationTests {
    struct Memory {
        let rss: Int
        let anon: Int
        let shmem: Int
        init?(_ pid: Int32) {
            guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
            func kib(_ key: String) -> Int? {
                status.split(separator: "\n").first { $0.hasPrefix(key) }
                    .flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }
            }
            guard let rss = kib("VmRSS:"), let anon = kib("RssAnon:"), let shmem = kib("RssShmem:") else { return nil }
            self.rss = rss
            self.anon = anon
            self.shmem = shmem
        }
    }

    /// Two daemons at 20 times the default heartbeat rate, so that a minute here is 20 minutes of idle
    /// traffic between two nodes: RSS 5 s after they see each other ("minute 2") and a minute later
    /// ("minute 22") within 2 %; private memory too; the rings resident from the start. Before the
    /// rings were populated at connect, RSS grew by 1.6 MiB (6 %) over this minute.
    @Test func anIdleDaemonsMemoryIsFlat() throws {
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
        Thread.sleep(forTimeInterval: 5)
        let first = try #require(Memory(daemon.identity.pid))
        let rings = Self.ringKiB(daemon.identity.pid)
        Thread.sleep(forTimeInterval: 60)
        let last = try #require(Memory(daemon.identity.pid))
        #expect(daemon.identity.isAlive)
        #expect(
            Double(last.rss - first.rss) <= Double(first.rss) * 0.02,
            "RSS grew from \(first.rss) to \(last.rss) KiB (shared \(first.shmem) to \(last.shmem) KiB) in a minute")
        #expect(
            Double(last.anon - first.anon) <= Double(first.anon) * 0.02,
            "private memory grew from \(first.anon) to \(last.anon) KiB in a minute")
        // The IPC rings (CPG and quorum: request, response, event; 1 MiB of data each and a header)
        // are resident from the start, each once: populated at connect, not paged in over time.
        #expect(first.shmem >= rings * 9 / 10, "shared memory \(first.shmem) KiB, the rings' mappings \(rings) KiB")
        #expect(!daemon.has(.peerSilent) && !peer.has(.peerSilent), "\(daemon.timeline)\n\(peer.timeline)")
    }

    /// KiB of the libqb ring files the process maps (/proc/PID/maps), each file counted once.
    static func ringKiB(_ pid: Int32) -> Int {
        let maps = (try? String(contentsOfFile: "/proc/\(pid)/maps", encoding: .utf8)) ?? ""
        var files: [Substring: Int] = [:]
        for line in maps.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6, fields[5].hasPrefix("/dev/shm/qb-") else { continue }
            let bounds = fields[0].split(separator: "-").compactMap { UInt64($0, radix: 16) }
            guard bounds.count == 2 else { continue }
            files[fields[4]] = Int((bounds[1] - bounds[0]) / 1024)
        }
        return files.values.reduce(0, +)
    }
}
