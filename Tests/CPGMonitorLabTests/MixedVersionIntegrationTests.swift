import Corosync
import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

@testable import CPGMonitor

/// A rolling upgrade from 0.2 puts 0.2 and 0.3 daemons in one group. 0.2's heartbeat code, kept
/// verbatim in lab/compat (compiled here as `heartbeat-0.2`), stands for the 0.2 daemon on the lab's
/// real Corosync: it must read a real 0.3 daemon's tagged heartbeat as before (0.2 nodes keep
/// watching upgraded ones), and a 0.3 daemon must refuse and count 0.2's untagged heartbeats and act
/// on nothing of that member — the rule in docs/admin/upgrade.md.
@Suite(.serialized) struct MixedVersionIntegrationTests {
    static let tool = LabControl.repository + "/.build/lab/heartbeat-0.2"

    static func buildTool() async throws {
        try FileManager.default.createDirectory(
            atPath: LabControl.repository + "/.build/lab", withIntermediateDirectories: true)
        let compat = LabControl.repository + "/lab/compat"
        let built = try await run(
            "/opt/swift/usr/bin/swiftc",
            ["-O", "-o", tool, compat + "/peer-message-0.2.swift", compat + "/main.swift"], timeout: .seconds(300))
        try #require(built.status == 0, "heartbeat-0.2 did not build: \(built.stderr)")
    }

    @Test func oldAndNewDaemonsMeetAsTheUpgradeRuleSays() async throws {
        _ = try Lab.current()
        try await Self.buildTool()
        let group = "kvmha-test-\(getpid())-mixed"
        let new = try TestDaemon.start(group: group, name: "new", arguments: ["--resource", "kvmha-test-mixed:0"])
        defer { new.stop() }
        let old = try ProcessGroup.connect(deadline: .after(.seconds(5)))
        try old.join(group, deadline: .after(.seconds(5)))

        // 0.2 reads 0.3: a real heartbeat of the new daemon, decoded by 0.2's own code.
        let newMember = CPGMember(
            nodeID: try old.localNodeID(deadline: .after(.seconds(5))), pid: UInt32(new.identity.pid))
        var captured: [UInt8]?
        let deadline = ContinuousClock.now + .seconds(5)
        while captured == nil, ContinuousClock.now < deadline {
            for event in try old.events(until: .after(.milliseconds(300))) {
                if case .message(_, let sender, let payload) = event, sender == newMember { captured = payload }
            }
        }
        let heartbeat = try #require(captured, "no heartbeat of the 0.3 daemon in 5 s")
        #expect(String(decoding: heartbeat, as: UTF8.self).contains("\nmac="), "a 0.3 heartbeat carries its tag")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("heartbeat-\(getpid())").path
        try Data(heartbeat).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let decoded = try await run(Self.tool, ["decode", file])
        #expect(decoded.status == 0, "0.2 refused a 0.3 heartbeat: \(decoded.stdout)")
        #expect(decoded.stdout.hasPrefix("node=node1 resource=kvmha-test-mixed:0"), "\(decoded.stdout)")

        // 0.3 refuses 0.2: its untagged heartbeats (as 0.2's code encodes them) are counted and
        // logged once, and the member is never watched, so its death reports nothing.
        let encoded = try await run(Self.tool, ["encode", "node1", "kvmha-test-mixed:1"])
        try #require(encoded.status == 0, "\(encoded.stderr)")
        for _ in 0..<10 {
            try old.multicast(Array(encoded.stdout.utf8))
            try await Task.sleep(for: .milliseconds(200))
        }
        let refusal = new.event(.refused) { $0.reason == .unauthenticated }
        #expect(refusal != nil, "\(new.timeline)")
        try old.leave(group, deadline: .after(.seconds(5)))
        try await Task.sleep(for: .seconds(2))
        #expect(new.events.filter { $0.kind == .refused }.count == 1, "once a minute: \(new.timeline)")
        let acted: [DaemonEvent.Kind] = [.reported, .reportFailed, .reportDropped, .peerSilent, .doubleRun]
        #expect(!new.events.contains { acted.contains($0.kind) }, "\(new.timeline)")
    }
}
