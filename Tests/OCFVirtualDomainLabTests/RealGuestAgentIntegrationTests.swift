import Foundation
import KVMHACore
import KVMHATestSupport
import Libvirt
import Testing

/// The installed agent with the lab's guest with an OS (lab/guest-image): the guest-agent check of
/// OCF_CHECK_LEVEL 20, `shutdown_mode=agent`, and `backingfile`/`stateless` on a real qcow2 disk the
/// guest writes to — the parameters a diskless, agentless guest could not prove.
@Suite(.serialized) struct RealGuestAgentIntegrationTests {
    /// Starts `config` with the agent and waits for the ready marker and the guest agent.
    func startReady(
        _ config: GuestConfig, _ environment: [String: String], boots: Int = 1
    ) async throws -> Domain {
        let lab = try Lab.current()
        let start = try await InstalledAgent.run("start", environment)
        guard start.status == 0 else { throw Lab.NotUp(description: "start failed: \(start.stderr)") }
        guard waitUntil(.seconds(60), { RealGuest.readyCount(console: config.console) >= boots }) else {
            throw Lab.NotUp(description: "\(config.name) not ready in 60 s")
        }
        let domain = try #require(try Connection(uri: lab.libvirtURI).domain(named: config.name))
        let answers = waitUntil(.seconds(10)) {
            (try? domain.guestAgentCommand(#"{"execute":"guest-ping"}"#, timeoutSeconds: 2)) != nil
        }
        guard answers else { throw Lab.NotUp(description: "the guest agent of \(config.name) never answered") }
        return domain
    }

    func inGuest(_ domain: Domain, _ command: String) {
        let escaped = command.replacingOccurrences(of: "\"", with: "\\\"")
        _ = try? domain.guestAgentCommand(
            #"{"execute":"guest-exec","arguments":{"path":"/bin/sh","arg":["-c",""# + escaped + #""]}}"#,
            timeoutSeconds: 5)
    }

    func console(_ config: GuestConfig) -> String {
        (try? String(contentsOfFile: config.console, encoding: .utf8)) ?? ""
    }

    @Test func level20PingsTheGuestAgentAndFailsAGuestWhoseAgentIsGone() async throws {
        let config = try GuestConfig(realGuestNamed: "kvmha-test-rg-ping")
        let env = InstalledAgent.environment(config, resource: "rg-ping", ["OCF_RESKEY_CRM_meta_interval": "10000"])
        let domain = try await startReady(config, env)
        let deep = env.merging(["OCF_CHECK_LEVEL": "20"]) { $1 }
        let healthy = try await InstalledAgent.run("monitor", deep)
        #expect(healthy.status == 0, "\(healthy.stderr)")
        inGuest(domain, "kill -9 $(pidof qemu-ga)")
        // guest-exec returns before its command ran: wait until libvirt sees the agent's port closed.
        #expect(
            waitUntil(.seconds(10)) {
                (try? domain.guestAgentCommand(#"{"execute":"guest-ping"}"#, timeoutSeconds: 2)) == nil
            })
        let started = ContinuousClock.now
        let silent = try await InstalledAgent.run("monitor", deep)
        #expect(silent.status == 1, "\(silent.stderr) \(silent.stdout)")
        #expect(silent.stderr.contains("ocf-exit-reason:guest agent of kvmha-test-rg-ping did not answer"))
        #expect(ContinuousClock.now - started < .seconds(15), "the ping is bounded")
        // The QEMU runs, the guest is up: the plain monitor says so.
        #expect(try await InstalledAgent.run("monitor", env).status == 0)
        let stop = try await InstalledAgent.run("stop", env)
        #expect(stop.status == 0)
        #expect(console(config).contains("KVMHA-GUEST-POWEROFF acpi"), "the ACPI button, agent or not: \(stop.stderr)")
    }

    /// kvmha-cpgmonitor reported this QEMU hung ten minutes ago, the report never led to a recovery
    /// (dropped, on-fail=ignore, maintenance) and the same QEMU runs on: the monitor drops the stale
    /// note, and a planned stop that still finds one shuts the guest down gracefully (its agent or
    /// ACPI, as `shutdown_mode` says) — at 52a1d6d any note of a live QEMU made the stop destroy the
    /// guest at once.
    @Test func aStaleNoteOfARecoveredGuestGetsAGracefulStop() async throws {
        let config = try GuestConfig(realGuestNamed: "kvmha-test-rg-stale")
        let env = InstalledAgent.environment(config, resource: "rg-stale")
        _ = try await startReady(config, env)
        let records = RecordStore(directory: RecordStore.defaultDirectory)
        let emulator = try #require(records.load("rg-stale")?.emulator, "no record of the started guest")
        kill(emulator.pid, SIGSTOP)  // hung for a moment, as the daemon saw it …
        kill(emulator.pid, SIGCONT)  // … and the same QEMU resumed
        let stale = Timestamp.bootMilliseconds() - 600_000
        let note = ReportedFailure(resource: "rg-stale", failure: "hung", emulator: emulator, written: stale)
        try records.saveReported(note)
        #expect(try await InstalledAgent.run("monitor", env).status == 0)
        #expect(records.reported("rg-stale") == nil, "the monitor drops the stale note")
        try records.saveReported(note)  // one the monitor has not seen yet
        let stop = try await InstalledAgent.run("stop", env)
        #expect(stop.status == 0, "\(stop.stderr)")
        #expect(!stop.stderr.contains("destroying it at once"), "\(stop.stderr)")
        #expect(console(config).contains("KVMHA-GUEST-POWEROFF"), "not shut down: \(console(config).suffix(400))")
        #expect(records.reported("rg-stale") == nil)
    }

    @Test func shutdownModeAgentStopsTheGuestThroughItsAgent() async throws {
        let config = try GuestConfig(realGuestNamed: "kvmha-test-rg-agentstop")
        let env = InstalledAgent.environment(config, resource: "rg-agentstop", ["OCF_RESKEY_shutdown_mode": "agent"])
        _ = try await startReady(config, env)
        let started = ContinuousClock.now
        let stop = try await InstalledAgent.run("stop", env)
        #expect(stop.status == 0, "\(stop.stderr)")
        #expect(ContinuousClock.now - started < .seconds(8), "a guest that powers off is not waited out")
        #expect(!stop.stderr.contains("destroying"), "\(stop.stderr)")
        #expect(console(config).contains("KVMHA-GUEST-POWEROFF agent"), "\(console(config).suffix(400))")
        #expect(!console(config).contains("KVMHA-GUEST-POWEROFF acpi"))
    }

    /// backingfile: the agent makes the qcow2 overlay the domain's vda names, the guest writes its
    /// heartbeat into it and never into the base; kept across starts, re-made by each stateless start.
    @Test func backingfileAndStatelessOnADiskTheGuestWrites() async throws {
        let config = try GuestConfig(realGuestNamed: "kvmha-test-rg-overlay", overlay: true)
        let base = config.directory + "/base.qcow2"
        try await tool("/usr/bin/qemu-img", ["create", "-q", "-f", "qcow2", base, "8M"])
        chmod(base, 0o644)
        var env = InstalledAgent.environment(config, resource: "rg-overlay", ["OCF_RESKEY_backingfile": base])
        _ = try await startReady(config, env)
        #expect(FileManager.default.fileExists(atPath: config.overlay))
        let first = try await heartbeat(config.overlay)
        #expect(first != nil, "the guest wrote no heartbeat to its disk")
        #expect(try await stop(env))
        #expect(try await sector(base, 0).allSatisfy { $0 == 0 }, "the base image was written to")
        try await tool("/usr/bin/qemu-io", ["-f", "qcow2", "-c", "write -q -P 0x41 4096 512", config.overlay])

        // Not stateless: the same overlay again (the marker stays), the guest writes a new boot id.
        _ = try await startReady(config, env, boots: 2)
        let second = try await heartbeat(config.overlay, not: first?.bootID)
        #expect(second != nil && second?.bootID != first?.bootID)
        #expect(try await sector(config.overlay, 4096).allSatisfy { $0 == 0x41 }, "the kept overlay lost its data")
        #expect(try await stop(env))

        // Stateless: a fresh overlay on every start, the earlier writes are gone.
        env["OCF_RESKEY_stateless"] = "true"
        _ = try await startReady(config, env, boots: 3)
        #expect(try await sector(config.overlay, 4096).allSatisfy { $0 == 0 }, "stateless kept the old overlay")
        #expect(try await heartbeat(config.overlay, not: second?.bootID) != nil)
        #expect(try await stop(env))
    }

    func stop(_ env: [String: String]) async throws -> Bool { try await InstalledAgent.run("stop", env).status == 0 }

    @discardableResult
    func tool(_ path: String, _ arguments: [String]) async throws -> RunResult {
        let result = try await run(path, arguments, environment: ["PATH": "/usr/bin:/bin"], timeout: .seconds(30))
        guard result.status == 0 else { throw Lab.NotUp(description: "\(path) \(arguments): \(result.stderr)") }
        return result
    }

    /// 512 bytes of a qcow2 image at `offset`, read with a shared lock (QEMU may hold it).
    func sector(_ image: String, _ offset: Int) async throws -> Data {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("kvmha-sector-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: out) }
        try await tool(
            "/usr/bin/qemu-img",
            [
                "dd", "-U", "-f", "qcow2", "-O", "raw", "bs=512", "skip=\(offset / 512)", "count=1", "if=\(image)",
                "of=\(out)",
            ])
        return try Data(contentsOf: URL(fileURLWithPath: out))
    }

    /// The guest's heartbeat on the disk, waited for (up to 10 s) to come from a boot other than `not`.
    func heartbeat(_ image: String, not earlier: String? = nil) async throws -> (bootID: String, sequence: Int)? {
        for _ in 0..<50 {
            if let beat = RealGuest.diskHeartbeat(try await sector(image, 0)), beat.bootID != earlier { return beat }
            try await Task.sleep(for: .milliseconds(200))
        }
        return nil
    }
}
