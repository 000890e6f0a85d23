import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

@testable import CPGMonitor

/// Daemons on the lab's migration hosts (each in that host's mount namespace: its libvirtd, its
/// domain records; Corosync shared, so both are Corosync node 1 and refuse each other's heartbeats):
/// migration is no failure of either daemon's own guest watch, and a daemon naming itself other
/// than Corosync does is refused.
@Suite(.serialized) struct HostsIntegrationTests {
    let agent = MigrationHosts.agent

    func group(_ test: String) -> String { "kvmha-test-\(getpid())-\(test)" }

    func onHost(_ host: Int, _ arguments: [String], _ environment: [String: String]? = nil) async throws -> RunResult {
        try await MigrationHosts.run(host, arguments, environment)
    }

    func daemon(on host: Int, group: String) throws -> TestDaemon {
        try TestDaemon.start(
            group: group, name: "h\(host)", arguments: ["--node-name", "h\(host)"],
            namespaceOf: try LabControl.pid(of: "mig-libvirtd-h\(host)"))
    }

    /// The QEMU pid of a domain on a migration host, read through that host's root.
    func emulator(on host: Int, _ name: String) throws -> Int32? {
        let pid = try LabControl.pid(of: "mig-libvirtd-h\(host)")
        return (try? String(contentsOfFile: "/proc/\(pid)/root/run/libvirt/qemu/\(name).pid", encoding: .utf8))
            .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    @Test func aLiveMigrationIsNoFailureAndTheDestinationWatchesTheGuestAfterIt() async throws {
        let lab = try Lab.current()
        let name = group("mig")
        let source = try daemon(on: 1, group: name)
        let destination = try daemon(on: 2, group: name)
        defer {
            source.stop()
            destination.stop()
        }
        #expect(source.waitForMembers(2))
        let config = try GuestConfig(lab: lab, name: "kvmha-test-cpg-mig")
        let env = try MigrationHosts.agentEnvironment(lab, config: config, instance: "kvmha-test-cpg-mig")
        #expect(try await onHost(1, [agent, "start"], env).status == 0)
        #expect(waitUntil(.seconds(5)) { source.status.contains("managed domains: 1") }, "\(source.status)")
        #expect(try await onHost(1, [agent, "migrate_to"], env).status == 0)
        #expect(try await onHost(2, [agent, "migrate_from"], env).status == 0)
        #expect(try await onHost(1, [agent, "stop"], env).status == 0)
        #expect(waitUntil(.seconds(5)) { destination.status.contains("managed domains: 1") }, "\(destination.status)")
        for daemon in [source, destination] {
            #expect(!daemon.has(.detected) && !daemon.has(.doubleRun), "\(daemon.timeline)")
        }

        // After the migration the destination's daemon owns it: a crash there is its to report.
        let pid = try #require(try emulator(on: 2, config.name))
        _ = kill(pid, SIGKILL)
        #expect(
            destination.event(.detected) {
                $0.resource == "kvmha-test-cpg-mig" && $0.failure?.rawValue == "crashed" && $0.target == "h2"
            } != nil, "\(destination.timeline)")
        #expect(!source.has(.detected), "\(source.timeline)")
        _ = try await onHost(2, [agent, "stop"], env.merging(["OCF_RESKEY_force_stop": "1"]) { $1 })
    }

    /// Both "hosts" are Corosync node 1, which Corosync names node1: a daemon calling itself h1 speaks
    /// for a node that is not its own. Its heartbeats are refused, so even the guest it really runs
    /// beside the cluster's copy is no accusation (a real double run between real nodes is the
    /// three-node cluster's double-start case, detected by the daemon).
    @Test func aDaemonNamingItselfOtherThanCorosyncDoesIsRefused() async throws {
        let node = try Lab.current().require("KVMHA_LAB_NODE")
        let guest = try await ClusterGuest.start("kvmha-test-cpg-double")
        let name = group("double")
        let home = try TestDaemon.start(group: name, name: "node1")
        let other = try daemon(on: 1, group: name)
        defer {
            home.stop()
            other.stop()
        }
        #expect(home.waitForMembers(2))
        let started = try await onHost(
            1, ["/usr/bin/virsh", "-q", "-c", "qemu:///system", "create", guest.config.path])
        #expect(started.status == 0, "\(started.stderr)")
        let refusal = home.event(.refused) { $0.peer == "h1" }
        #expect(refusal?.reason == .impersonation, "\(home.timeline)")
        #expect(other.event(.nameMismatch) { $0.peer == node } != nil, "\(other.timeline)")
        let heartbeats = home.status
        #expect(waitUntil(.seconds(3)) { home.status != heartbeats })
        for daemon in [home, other] {
            #expect(!daemon.has(.doubleRun) && !daemon.has(.detected) && !daemon.has(.reported), "\(daemon.timeline)")
        }
        _ = try await onHost(1, ["/usr/bin/virsh", "-q", "-c", "qemu:///system", "destroy", guest.config.name])
        try await guest.remove()
    }
}
