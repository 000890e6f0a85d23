import Corosync
import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

@testable import CPGMonitor

/// A rogue member of the daemon's group on the lab's Corosync: random, oversized, truncated and
/// well-formed-but-lying messages. The daemon stays up, its memory stays flat, nothing is reported.
@Suite(.serialized) struct RogueMemberTests {
    static func residentKiB(_ pid: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") }
        return line.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }
    }

    static func payload(_ index: Int, _ random: inout SeededGenerator) -> [UInt8] {
        let uuid = "11111111-2222-3333-4444-\(String(format: "%012d", index % 1_000_000))"
        let lie = PeerMessage(
            sequence: UInt64(index),
            node: ["node1", "-n", "n\(index % 50)", String(repeating: "x", count: 300)][index % 4],
            resource: ["--cleanup", "vm\(index)", "cpgmon:\(index)", ""][index % 4],
            domains: [uuid: index % 2 == 0]
        ).encoded
        switch index % 5 {
        case 0: return lie
        case 1: return Array(lie.prefix(Int.random(in: 0...lie.count, using: &random)))
        case 2:
            return (0..<Int.random(in: 0...512, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
        case 3 where index % 1000 == 3: return Array(PeerMessage.magic.utf8) + [UInt8](repeating: 0x41, count: 70_000)
        default:
            var many = PeerMessage(sequence: UInt64(index), node: "n9", resource: "cpgmon:9", domains: [:])
            for n in 0..<200 { many.domains["11111111-2222-3333-4444-\(String(format: "%012d", n))"] = true }
            return many.encoded
        }
    }

    /// One multicast; false when Corosync's flow control says try again (after draining our queue).
    static func send(_ bytes: [UInt8], on group: ProcessGroup) throws -> Bool {
        do {
            try group.multicast(bytes)
            return true
        } catch {
            guard error.isTryAgain else { throw error }
            _ = try group.dispatchPending()
            return false
        }
    }

    @Test func aHundredThousandHostileMessages() async throws {
        _ = try Lab.current()
        let group = "kvmha-test-\(getpid())-rogue"
        let daemon = try TestDaemon.start(
            group: group, name: "target", arguments: ["--resource", "kvmha-rogue-clone:0"])
        defer { daemon.stop() }
        let rogue = try ProcessGroup.connect(deadline: .after(.seconds(5)))
        try rogue.join(group, deadline: .after(.seconds(5)))
        var random = SeededGenerator(seed: 0x5eed_0001)
        var rssAtTenThousand: Int?
        for index in 0..<100_000 {
            let bytes = Self.payload(index, &random)
            while try !Self.send(bytes, on: rogue) { try await Task.sleep(for: .milliseconds(2)) }
            if index % 200 == 0 { _ = try rogue.dispatchPending() }
            if index == 10_000 {
                try await Task.sleep(for: .milliseconds(500))
                rssAtTenThousand = Self.residentKiB(daemon.identity.pid)
            }
        }
        try await Task.sleep(for: .seconds(2))
        try rogue.leave(group, deadline: .after(.seconds(5)))
        #expect(daemon.identity.isAlive, "the daemon died: \(daemon.logText.suffix(2000))")
        let before = try #require(rssAtTenThousand)
        let after = try #require(Self.residentKiB(daemon.identity.pid))
        #expect(after - before < 2048, "RSS grew from \(before) to \(after) KiB over 90,000 messages")
        let acted: [DaemonEvent.Kind] = [.detected, .reported, .reportFailed, .reportDropped, .doubleRun]
        #expect(!daemon.events.contains { acted.contains($0.kind) }, "\(daemon.timeline.suffix(2000))")
        let refusals = daemon.events.filter { $0.kind == .refused }.count
        #expect(refusals >= 1 && refusals <= 5, "refusals logged once a minute, not per message: \(refusals)")
    }
}
