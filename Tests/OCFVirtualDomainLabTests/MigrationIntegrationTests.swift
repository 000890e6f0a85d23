import Foundation
import KVMHATestSupport
import Testing

/// Live migration between the lab's two migration hosts (own network and mount namespaces, own
/// libvirtd on TCP), through migrate_to on the source and migrate_from on the destination.
@Suite(.serialized) struct MigrationIntegrationTests {
    func onHost(_ host: Int, _ action: String, _ environment: [String: String]) async throws -> RunResult {
        try await MigrationHosts.run(host, [MigrationHosts.agent, action], environment)
    }

    func environment(_ lab: Lab, _ config: GuestConfig, _ extra: [String: String] = [:]) throws -> [String: String] {
        try MigrationHosts.agentEnvironment(lab, config: config, instance: "kvmha-test-mig", extra)
    }

    @Test func liveMigrationThroughMigrateToAndMigrateFrom() async throws {
        let lab = try Lab.current()
        let config = try GuestConfig(lab: lab, name: "kvmha-test-migrate")
        let env = try environment(lab, config)
        #expect(try await onHost(1, "start", env).status == 0)
        let migrate = try await onHost(1, "migrate_to", env)
        #expect(migrate.status == 0, "\(migrate.stderr)")
        #expect(try await onHost(2, "migrate_from", env).status == 0)
        #expect(try await onHost(2, "monitor", env).status == 0)
        #expect(try await onHost(1, "monitor", env).status == 7)
        #expect(try await onHost(1, "stop", env).status == 0)  // Pacemaker's stop on the source
        #expect(try await onHost(2, "stop", env.merging(["OCF_RESKEY_force_stop": "1"]) { $1 }).status == 0)
    }

    @Test func migrationIsAbortedAtItsDeadlineAndTheGuestStaysHome() async throws {
        let lab = try Lab.current()
        let config = try GuestConfig(lab: lab, name: "kvmha-test-migabort")
        // 4 GiB of untouched memory at 1 MiB/s: the migration would take far longer than its timeout.
        let xml = try String(contentsOfFile: config.path, encoding: .utf8)
            .replacingOccurrences(of: "<memory unit='MiB'>32</memory>", with: "<memory unit='MiB'>4096</memory>")
        try xml.write(toFile: config.path, atomically: true, encoding: .utf8)
        let env = try environment(
            lab, config, ["OCF_RESKEY_migration_speed": "1", "OCF_RESKEY_CRM_meta_timeout": "8000"])
        #expect(try await onHost(1, "start", env).status == 0)
        let started = ContinuousClock.now
        let migrate = try await onHost(1, "migrate_to", env)
        let elapsed = ContinuousClock.now - started
        #expect(migrate.status == 1)
        #expect(migrate.stderr.contains("ocf-exit-reason:migration of kvmha-test-migabort aborted at its deadline"))
        #expect(elapsed < .seconds(8), "migrate_to overran its 8 s timeout: \(elapsed)")
        #expect(try await onHost(1, "monitor", env).status == 0)
        #expect(try await onHost(2, "monitor", env).status == 7)
        #expect(try await onHost(1, "stop", env.merging(["OCF_RESKEY_force_stop": "1"]) { $1 }).status == 0)
    }

    @Test func migrateFromGivesUpAtItsDeadline() async throws {
        let lab = try Lab.current()
        let config = try GuestConfig(lab: lab, name: "kvmha-test-nevercomes")
        let started = ContinuousClock.now
        let result = try await onHost(
            2, "migrate_from", try environment(lab, config, ["OCF_RESKEY_CRM_meta_timeout": "20000"]))
        #expect(result.status == 1)
        #expect(ContinuousClock.now - started < .seconds(20))
    }
}
