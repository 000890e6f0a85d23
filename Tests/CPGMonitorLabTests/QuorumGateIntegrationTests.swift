import Foundation
import KVMHACore
import KVMHATestSupport
import Libvirt
import Testing

@testable import CPGMonitor

/// A member of a partition without quorum reports nothing. The lab's one-node cluster loses quorum
/// when its expected votes are raised to 2 at runtime (cmap), and gets it back with
/// `corosync-quorumtool -e 1`.
@Suite(.serialized) struct QuorumGateIntegrationTests {
    func quorate() async throws -> Bool {
        try await run("/usr/sbin/corosync-quorumtool", ["-s"]).stdout.contains("Quorate:          Yes")
    }

    func loseQuorum() async throws {
        _ = try await run("/usr/sbin/corosync-cmapctl", ["-s", "quorum.expected_votes", "u32", "2"])
        guard try await Cluster.wait(.seconds(5), { try await !quorate() }) else {
            throw Lab.NotUp(description: "could not take quorum away from the lab cluster")
        }
    }

    func restoreQuorum() async throws {
        _ = try await run("/usr/sbin/corosync-cmapctl", ["-d", "quorum.expected_votes"])
        _ = try await run("/usr/sbin/corosync-quorumtool", ["-e", "1"])
        guard try await Cluster.wait(.seconds(5), { try await quorate() }) else {
            throw Lab.NotUp(description: "the lab cluster did not get quorum back")
        }
    }

    @Test func noReportWithoutQuorum() async throws {
        let lab = try Lab.current()
        let records = RecordStore(directory: "/tmp/kvmha-test-records-\(getpid())")
        defer { try? FileManager.default.removeItem(atPath: records.directory) }
        let config = try GuestConfig(lab: lab, name: "kvmha-test-cpg-noquorum")
        let domain = try Connection(uri: lab.libvirtURI).createTransient(
            xml: try String(contentsOfFile: config.path, encoding: .utf8))
        try records.save(
            DomainRecord(
                resource: "kvmha-test-cpg-noquorum", domainName: domain.name, uuid: domain.uuid, intent: .running))
        let group = "kvmha-test-\(getpid())-quorum"
        // Both instances of one clone: a daemon fails only its own clone's instances on a peer's word.
        let watcher = try TestDaemon.start(
            group: group, name: "watcher",
            arguments: ["--record-dir", records.directory, "--resource", "kvmha-test-none"])
        let victim = try TestDaemon.start(group: group, name: "victim", arguments: ["--resource", "kvmha-test-none"])
        defer { watcher.stop() }
        #expect(watcher.waitForMembers(2))

        try await loseQuorum()
        do {
            let pid = try #require(LabControl.emulatorPID(config.name))
            _ = kill(pid, SIGKILL)
            let noQuorum = DaemonEvent.Reason.noQuorum.rawValue
            #expect(
                watcher.event(.ignored) {
                    $0.resource == "kvmha-test-cpg-noquorum" && $0.failure?.rawValue == "crashed"
                        && $0.reasonText == noQuorum
                } != nil, "\(watcher.timeline)")
            victim.identity.send(SIGKILL)
            let member = "1:\(victim.identity.pid)"
            #expect(
                watcher.event(.ignored, within: .seconds(5)) { $0.member == member && $0.reasonText == noQuorum }
                    != nil,
                "\(watcher.timeline)")
            #expect(!watcher.has(.detected) && !watcher.has(.reported), "\(watcher.timeline)")
        } catch {
            try await restoreQuorum()
            throw error
        }
        try await restoreQuorum()
        // Quorum back: what died meanwhile is reported now (the resource does not exist in this
        // lab's CIB, so crm_resource refuses; the decision is what this shows).
        #expect(watcher.has(.quorumLost), "\(watcher.timeline)")
        #expect(
            watcher.event(.detected, within: .seconds(5)) {
                $0.resource == "kvmha-test-cpg-noquorum" && $0.failure?.rawValue == "gone"
            } != nil, "\(watcher.timeline)")
    }
}
