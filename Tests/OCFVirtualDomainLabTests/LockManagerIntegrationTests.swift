import Foundation
import KVMHATestSupport
import Libvirt
import Testing

/// libvirt's lock manager (lockd, virtlockd on each migration host, leases in the lab's shared
/// lockspace) with the guest with an OS on a shared LUN: a second start on another host is refused
/// with a clear reason, a live migration hands the lease over, and the disk check — which sees two
/// writers where the lock manager is missing — finds one writer at a time.
@Suite(.serialized) struct LockManagerIntegrationTests {
    func onHost(_ host: Int, _ action: String, _ environment: [String: String]) async throws -> RunResult {
        try await MigrationHosts.run(host, [MigrationHosts.agent, action], environment)
    }

    /// The lab's migration hosts run with the lock manager unless the lab was started with it off.
    func requireLockManager(_ lab: Lab) throws {
        let mode = lab.values["KVMHA_LAB_LOCK_MANAGER"] ?? "none"
        guard mode == "lockd" else {
            throw Lab.NotUp(description: "the lab runs without libvirt's lock manager (KVMHA_LAB_LOCK_MANAGER=\(mode))")
        }
    }

    /// A LUN and the guest on it, started on `host`, ready, its disk watched; removed after `body`.
    func withGuestOnLUN(
        _ name: String, on host: Int, _ body: (GuestConfig, [String: String], SharedLUN, DiskWatch) async throws -> Void
    ) async throws {
        let lab = try Lab.current()
        try requireLockManager(lab)
        let lun = try await SharedLUN.create(name)
        let config = try GuestConfig(realGuestNamed: name, lun: lun.path)
        let env = try MigrationHosts.agentEnvironment(lab, config: config, instance: name)
        let watch = DiskWatch(image: lun.backing)
        do {
            let start = try await onHost(host, "start", env)
            guard start.status == 0 else { throw Lab.NotUp(description: "start on h\(host): \(start.stderr)") }
            guard waitUntil(.seconds(60), { RealGuest.readyCount(console: config.console) >= 1 }) else {
                throw Lab.NotUp(description: "\(name) not ready on h\(host) in 60 s")
            }
            try await body(config, env, lun, watch)
        } catch {
            await cleanUp(env, lun, watch)
            throw error
        }
        await cleanUp(env, lun, watch)
    }

    func cleanUp(_ env: [String: String], _ lun: SharedLUN, _ watch: DiskWatch) async {
        _ = watch.stop()
        for host in [1, 2] { _ = try? await onHost(host, "stop", env.merging(["OCF_RESKEY_force_stop": "1"]) { $1 }) }
        await lun.remove()
    }

    @Test func aSecondStartOnAnotherHostIsRefusedByTheLeaseHolder() async throws {
        try await withGuestOnLUN("kvmha-test-lease", on: 1) { config, env, _, watch in
            let writer = try #require(watch.waitForWriter())
            let second = try await onHost(2, "start", env)
            #expect(second.status == 1, "\(second.stderr)")
            #expect(
                second.stderr.contains(
                    "ocf-exit-reason:kvmha-test-lease not started: another host holds its disk lease (libvirt lock manager)"
                ),
                "\(second.stderr)")
            #expect(try await onHost(2, "monitor", env).status == 7)
            #expect(try await onHost(1, "monitor", env).status == 0)
            try await Task.sleep(for: .seconds(2))
            let verdict = watch.stop()
            #expect(!verdict.twoWriters && verdict.boots == [writer], "\(verdict)")
            #expect(verdict.longestSilence < .seconds(1), "\(verdict)")
        }
    }

    /// The check can fail: a QEMU started on the same LUN by a libvirtd without the lock manager (the
    /// lab's own, on this machine's loop device for it) writes beside the guest on h1.
    @Test func withoutTheLockManagerTwoWritersAreSeenByTheDiskCheck() async throws {
        try await withGuestOnLUN("kvmha-test-nolease", on: 1) { config, _, lun, watch in
            let first = try #require(watch.waitForWriter())
            let lab = try Lab.current()
            let rogue = try GuestConfig(realGuestNamed: "kvmha-test-nolease", lun: lun.devices[0]!)
            let connection = try Connection(uri: lab.libvirtURI)
            let domain = try connection.createTransient(xml: try String(contentsOfFile: rogue.path, encoding: .utf8))
            defer { try? domain.destroy() }
            #expect(waitUntil(.seconds(60)) { RealGuest.readyCount(console: rogue.console) >= 1 })
            #expect(watch.waitForWriter(not: first) != nil)
            try await Task.sleep(for: .seconds(3))
            let verdict = watch.stop()
            #expect(verdict.twoWriters, "\(verdict)")
        }
    }

    /// Live migration h1 → h2 of the guest writing its disk: lockd moves the lease, the same boot
    /// keeps writing (one writer throughout), and the source may no longer start it.
    @Test func liveMigrationHandsTheLeaseOver() async throws {
        try await withGuestOnLUN("kvmha-test-leasemove", on: 1) { config, env, _, watch in
            let writer = try #require(watch.waitForWriter())
            let migrate = try await onHost(1, "migrate_to", env)
            #expect(migrate.status == 0, "\(migrate.stderr)")
            #expect(try await onHost(2, "migrate_from", env).status == 0)
            #expect(try await onHost(1, "stop", env).status == 0)  // Pacemaker's stop on the source
            #expect(try await onHost(2, "monitor", env).status == 0)
            try await Task.sleep(for: .seconds(2))
            let again = try await onHost(1, "start", env)
            #expect(again.status == 1 && again.stderr.contains("another host holds its disk lease"), "\(again.stderr)")
            let verdict = watch.stop()
            #expect(!verdict.twoWriters && verdict.boots == [writer], "\(verdict)")
            #expect(verdict.longestSilence < .seconds(2), "\(verdict)")
            #expect(RealGuest.readyCount(console: config.console) == 1, "the guest booted again instead of moving")
        }
    }
}
