import Foundation
import KVMHACore
import KVMHATestSupport
import Libvirt
import Logging
import Synchronization
import Testing

@testable import OCFVirtualDomain

/// The actions' decisions against a fake hypervisor: no daemon, no guest, milliseconds each.
@Suite(.ownThread) struct AgentLogicTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kvmha-unit-\(UUID().uuidString)")
        .path

    func context(
        _ guests: [FakeGuest], reachable: Bool = true, timeoutMs: Int = 6000, extra: [String: String] = [:],
        cluster: CountingCluster = CountingCluster(), byHand: Bool = false
    ) throws -> Context {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let config = directory + "/vm.xml"
        try "<domain type='qemu'><name>vm-a</name><uuid>11111111-2222-3333-4444-555555555555</uuid></domain>"
            .write(toFile: config, atomically: true, encoding: .utf8)
        var environment = [
            "OCF_RESKEY_config": config, "OCF_RESOURCE_INSTANCE": "vm", "OCF_RESKEY_CRM_meta_timeout": "\(timeoutMs)",
            "OCF_RESKEY_CRM_meta_interval": "10000",
        ]
        environment.merge(extra) { $1 }
        if byHand { environment = environment.filter { !$0.key.hasPrefix("OCF_RESKEY_CRM_meta_") } }
        return Context(
            settings: Settings(values: VirtualDomainParameters.table.values(ocfEnvironment: environment)),
            environment: environment, deadline: .ocfAction(environment: environment), logger: Logger(label: "test"),
            hypervisor: FakeHypervisor(connection: FakeConnection(guests), reachable: reachable),
            records: RecordStore(directory: directory + "/records"), cluster: cluster,
            emulators: EmulatorLocator(runDirectory: directory + "/run"))
    }

    @Test func monitorMapsEveryState() throws {
        let guest = FakeGuest(name: "vm-a")
        let ctx = try context([guest])
        #expect(try ctx.monitor() == .success)
        guest.set(.paused, reason: 1)  // paused by a user: still running as far as the cluster cares
        #expect(try ctx.monitor() == .success)
        guest.set(.paused, reason: Int32(5))  // VIR_DOMAIN_PAUSED_IOERROR
        #expect(throws: AgentError.failed("domain vm-a is paused after an I/O error")) { try ctx.monitor() }
        guest.set(.crashed)
        #expect(throws: AgentError.self) { try ctx.monitor() }
        guest.set(.pmSuspended)
        #expect(throws: AgentError.self) { try ctx.monitor() }
        guest.set(.shutoff)
        #expect(try ctx.monitor() == .notRunning)
        #expect(try context([]).monitor() == .notRunning)
    }

    /// monitor_scripts run on every monitor, with no OCF_CHECK_LEVEL, as the stock agent runs them.
    @Test func aFailingMonitorScriptFailsEveryMonitor() async throws {
        let guest = FakeGuest(name: "vm-a")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let script = directory + "/unhealthy"
        try "#!/bin/sh\necho service down\nexit 3\n".write(toFile: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        let ctx = try context([guest], extra: ["OCF_RESKEY_monitor_scripts": script])
        #expect(ctx.checkLevel == 0)
        let outcome = try await onOwnThread { Result { () throws(AgentError) in try ctx.monitor() } }
        #expect(throws: AgentError.failed("monitor script \(script) failed (exit 3) with output: service down")) {
            try outcome.get()
        }
    }

    /// libvirtd answers the connection and then hangs: each call ends at its bound as a connection
    /// failure, and monitor decides from the recorded emulator inside its deadline.
    @Test func aLibvirtdThatHangsAfterConnectingIsBounded() async throws {
        let guest = FakeGuest(name: "vm-a")
        let ctx = try context([guest], timeoutMs: 9000)
        #expect(try ctx.start() == .success)
        var record = try #require(ctx.records.load("vm"))
        record.emulator = ProcessIdentity.current(pid: getpid())  // a live process stands in for QEMU
        try ctx.records.save(record)
        guest.state.withLock { $0.hangs = .seconds(60) }
        let started = ContinuousClock.now
        let result = try await onOwnThread { Result { () throws(AgentError) in try ctx.monitor() } }
        #expect(try result.get() == .success)
        #expect(ContinuousClock.now - started < .seconds(7), "bounded by BoundedCalls.quick, not the hang")
    }

    /// A stale pid file naming a process that is not this domain's QEMU (here: the test itself) is
    /// not the guest: stop would SIGKILL it and monitor would call a dead guest running.
    @Test func aStalePidFileIsNotTheEmulator() throws {
        try FileManager.default.createDirectory(atPath: directory + "/run", withIntermediateDirectories: true)
        try "\(getpid())\n".write(toFile: directory + "/run/vm-a.pid", atomically: true, encoding: .utf8)
        #expect(EmulatorLocator(runDirectory: directory + "/run").emulator(of: "vm-a") == nil)
        let qemu = ["/usr/bin/qemu-system-x86_64", "-name", "guest=vm-a,debug-threads=on", "-S"]
        #expect(EmulatorLocator.isEmulator(qemu, of: "vm-a"))
        #expect(!EmulatorLocator.isEmulator(qemu, of: "vm"))
        #expect(!EmulatorLocator.isEmulator(["qemu", "-name", "guest=a,,b,debug-threads=on"], of: "a"))
        #expect(EmulatorLocator.isEmulator(["qemu", "-name", "guest=a,,b,debug-threads=on"], of: "a,b"))
        #expect(!EmulatorLocator.isEmulator(["sleep", "guest=vm-a,"], of: "vm-a"))
    }

    @Test func stopEscalatesToDestroyWithinTheDeadline() throws {
        let guest = FakeGuest(name: "vm-a")
        let ctx = try context([guest], timeoutMs: 4000)
        let started = ContinuousClock.now
        #expect(try ctx.stop() == .success)
        let elapsed = ContinuousClock.now - started
        #expect(guest.state.withLock { ($0.shutdowns, $0.destroys) } == (1, 1))
        #expect(elapsed < .milliseconds(4000))
        #expect(ctx.records.load("vm")?.intent == .stopped, "kept for its utilization, as stopped")
    }

    /// libvirtd killed (and back a moment later) while a stop waits for the guest to shut down: the
    /// broken connection is not a failed stop — a failed stop fences the node. The stop connects again,
    /// asks once more within the same shutdown window, and destroys the guest (found by bench/soak).
    @Test func libvirtdLostDuringAStopIsReconnectedNotAFailedStop() throws {
        let guest = FakeGuest(name: "vm-a")
        guest.state.withLock { $0.libvirtdDiesAtShutdown = true }
        let ctx = try context([guest], timeoutMs: 4000)
        let started = ContinuousClock.now
        #expect(try ctx.stop() == .success)
        #expect(ContinuousClock.now - started < .milliseconds(4000))
        #expect(guest.state.withLock { ($0.shutdowns, $0.destroys) } == (1, 1))
        #expect(guest.state.withLock { $0.status.state } == .shutoff)
    }

    @Test func forceStopDestroysAtOnce() throws {
        let guest = FakeGuest(name: "vm-a")
        let ctx = try context([guest], extra: ["OCF_RESKEY_force_stop": "true"])
        #expect(try ctx.stop() == .success)
        #expect(guest.state.withLock { ($0.shutdowns, $0.destroys) } == (0, 1))
    }

    /// kvmha-cpgmonitor reported the guest's QEMU crashed or hung: the stop destroys it without a
    /// shutdown request; a note about another (or a dead) QEMU changes nothing, and the stop removes it.
    @Test func aGuestTheDaemonReportedIsDestroyedAtOnce() throws {
        let me = try #require(ProcessIdentity.current(pid: getpid()))  // a live process stands in for QEMU
        let guest = FakeGuest(name: "vm-a")
        let ctx = try context([guest], timeoutMs: 4000)
        let record = DomainRecord(resource: "vm", domainName: "vm-a", uuid: "u", intent: .running, emulator: me)
        try ctx.records.save(record)
        try ctx.records.saveReported(ReportedFailure(resource: "vm", failure: "watchdog", emulator: me))
        let started = ContinuousClock.now
        #expect(try ctx.stop() == .success)
        #expect(guest.state.withLock { ($0.shutdowns, $0.destroys) } == (0, 1))
        // No shutdown wait (the counts prove no request was sent); 2 s leaves room for a parallel run.
        #expect(ContinuousClock.now - started < .seconds(2))
        #expect(ctx.records.reported("vm") == nil, "the stop removes the note")

        let later = FakeGuest(name: "vm-a")
        let next = try context([later], timeoutMs: 4000)
        try next.records.save(record)
        let older = ProcessIdentity(pid: me.pid, startTime: me.startTime + 1)  // not alive: an earlier QEMU
        try next.records.saveReported(ReportedFailure(resource: "vm", failure: "crashed", emulator: older))
        #expect(try next.stop() == .success)
        #expect(later.state.withLock { ($0.shutdowns, $0.destroys) } == (1, 1))
    }

    /// A note whose recovery never came (the report dropped, on-fail=ignore, maintenance), while the
    /// same QEMU now runs normally: a planned stop much later asks the guest to shut down like any
    /// other, and drops the note. Still failed (paused on an I/O error), the note holds.
    @Test func aStaleNoteMakesNoDestroyOfARecoveredGuest() throws {
        let me = try #require(ProcessIdentity.current(pid: getpid()))
        let record = DomainRecord(resource: "vm", domainName: "vm-a", uuid: "u", intent: .running, emulator: me)
        let stale = Timestamp.bootMilliseconds() - ReportedFailure.window - 60_000
        let guest = FakeGuest(name: "vm-a")
        guest.state.withLock { $0.ignoresShutdown = false }
        let ctx = try context([guest], timeoutMs: 4000)
        try ctx.records.save(record)
        try ctx.records.saveReported(ReportedFailure(resource: "vm", failure: "paused", emulator: me, written: stale))
        #expect(try ctx.stop() == .success)
        #expect(guest.state.withLock { ($0.shutdowns, $0.destroys) } == (1, 0), "a graceful stop")
        #expect(ctx.records.reported("vm") == nil)

        let paused = FakeGuest(name: "vm-a")
        paused.set(.paused, reason: 5)  // VIR_DOMAIN_PAUSED_IOERROR
        let next = try context([paused], timeoutMs: 4000)
        try next.records.save(record)
        try next.records.saveReported(ReportedFailure(resource: "vm", failure: "paused", emulator: me, written: stale))
        #expect(try next.stop() == .success)
        #expect(paused.state.withLock { ($0.shutdowns, $0.destroys) } == (0, 1), "still failed: destroyed")

        // The monitor drops a stale note of a guest that runs normally; a recent one stays.
        let running = FakeGuest(name: "vm-a")
        let monitored = try context([running])
        try monitored.records.save(record)
        try monitored.records.saveReported(ReportedFailure(resource: "vm", failure: "x", emulator: me, written: stale))
        #expect(try monitored.monitor() == .success)
        #expect(monitored.records.reported("vm") == nil)
        try monitored.records.saveReported(ReportedFailure(resource: "vm", failure: "x", emulator: me))
        #expect(try monitored.monitor() == .success)
        #expect(monitored.records.reported("vm") != nil)
    }

    @Test func aCrashedGuestIsDestroyedWithoutAShutdownRequest() throws {
        let guest = FakeGuest(name: "vm-a")
        guest.set(.crashed, reason: 1)
        #expect(try context([guest]).stop() == .success)
        #expect(guest.state.withLock { ($0.shutdowns, $0.destroys) } == (0, 1))
    }

    @Test func reportedNotesAreNoRecords() throws {
        let store = RecordStore(directory: directory + "/notes")
        let me = try #require(ProcessIdentity.current(pid: getpid()))
        try store.save(DomainRecord(resource: "vm", domainName: "vm-a", uuid: "u", intent: .running, emulator: me))
        let note = ReportedFailure(resource: "vm", failure: "hung", emulator: me)
        try store.saveReported(note)
        #expect(store.all().map(\.resource) == ["vm"])
        #expect(store.reported("vm") == note)
        // A note of kvmha 0.2 (no time): read, and never recent.
        let old = ReportedFailure(decoding: "resource=vm\nfailure=x\nemulator_pid=4\nemulator_start=1\n")
        #expect(old?.written == nil && old?.isRecent() == false)
        #expect(store.reported("other") == nil)
        #expect(ReportedFailure(decoding: "resource=vm\nfailure=x\nemulator_pid=-4\nemulator_start=1\n") == nil)
    }

    /// OCF_CHECK_LEVEL 20 fails a guest whose agent answered since its start and then stopped; a guest
    /// whose agent has not answered yet (booting) passes, and a new QEMU starts that over.
    @Test func level20FailsOnlyAnAgentThatHadAnswered() throws {
        let guest = FakeGuest(name: "vm-a")
        let ctx = try context([guest], extra: ["OCF_CHECK_LEVEL": "20"])
        try """
        <domain type='qemu'><name>vm-a</name><uuid>11111111-2222-3333-4444-555555555555</uuid><devices>\
        <channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0'/></channel></devices></domain>
        """.write(toFile: directory + "/vm.xml", atomically: true, encoding: .utf8)
        guest.state.withLock { $0.agentAnswers = false }
        #expect(try ctx.start() == .success)
        #expect(try ctx.monitor() == .success, "booting: no agent yet")
        #expect(ctx.records.load("vm")?.agentAnswered == false)
        guest.state.withLock { $0.agentAnswers = true }
        #expect(try ctx.monitor() == .success)
        #expect(ctx.records.load("vm")?.agentAnswered == true)
        guest.state.withLock { $0.agentAnswers = false }
        #expect(throws: AgentError.failed("guest agent of vm-a did not answer: QEMU guest agent is not connected")) {
            try ctx.monitor()
        }
        let plain = try context([guest])
        #expect(try plain.monitor() == .success, "level 0 does not ask the agent")
        var record = try #require(ctx.records.load("vm"))
        record.agentAnswered = false
        record.emulator = ProcessIdentity.current(pid: getpid())
        try ctx.records.save(record)
        #expect(DomainRecord(decoding: record.encoded) == record)
    }

    /// A probe that finds nothing where the record still says `running` (a crash whose failure a cleanup
    /// wiped before any stop ran) leaves the record saying stopped: Pacemaker runs no stop after a
    /// probe, and the daemon took the guest's later arrival by migration for a double run. A recurring
    /// monitor's "not running" is a failure that a stop follows, and leaves the record to that stop.
    @Test func aProbeThatFindsNothingRetiresAStaleRunningRecord() throws {
        let stale = DomainRecord(resource: "vm", domainName: "vm-a", uuid: "u", intent: .running)
        let monitor = try context([])
        try monitor.records.save(stale)
        #expect(try monitor.monitor() == .notRunning)
        #expect(monitor.records.load("vm")?.intent == .running)
        let probe = try context([], extra: ["OCF_RESKEY_CRM_meta_interval": "0"])
        #expect(try probe.monitor() == .notRunning)
        #expect(probe.records.load("vm")?.intent == .stopped)
        let shutOff = FakeGuest(name: "vm-a")
        shutOff.set(.shutoff)
        let again = try context([shutOff], extra: ["OCF_RESKEY_CRM_meta_interval": "0"])
        try again.records.save(stale)
        #expect(try again.monitor() == .notRunning)
        #expect(again.records.load("vm")?.intent == .stopped)
    }

    @Test func stopOfAMissingDomainSucceeds() throws {
        #expect(try context([]).stop() == .success)
    }

    @Test func unreachableLibvirtDecidesFromTheRecordedEmulator() throws {
        let ctx = try context([], reachable: false)
        let me = try #require(ProcessIdentity.current(pid: getpid()))
        try ctx.records.save(
            DomainRecord(resource: "vm", domainName: "vm-a", uuid: "u", intent: .running, emulator: me))
        #expect(try ctx.monitor() == .success)
        try ctx.records.save(
            DomainRecord(
                resource: "vm", domainName: "vm-a", uuid: "u", intent: .running,
                emulator: ProcessIdentity(pid: getpid(), startTime: me.startTime + 1)))
        #expect(try ctx.monitor() == .notRunning)
    }

    @Test func aStoppedEmulatorIsHungAndStopKillsIt() throws {
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
        sleeper.arguments = ["60"]
        try sleeper.run()
        defer { if sleeper.isRunning { kill(sleeper.processIdentifier, SIGKILL) } }
        let emulator = try #require(ProcessIdentity.current(pid: sleeper.processIdentifier))
        let guest = FakeGuest(name: "vm-a")
        let ctx = try context([guest], timeoutMs: 4000)
        try ctx.records.save(
            DomainRecord(resource: "vm", domainName: "vm-a", uuid: "u", intent: .running, emulator: emulator))
        #expect(try ctx.monitor() == .success)
        kill(sleeper.processIdentifier, SIGSTOP)
        #expect(poll(until: .after(.seconds(5)), { emulator.isStopped }))
        #expect(throws: AgentError.self) { try ctx.monitor() }
        #expect(try ctx.stop() == .success)
        sleeper.waitUntilExit()
        #expect(sleeper.terminationReason == .uncaughtSignal && sleeper.terminationStatus == SIGKILL)
    }

    @Test func unreachableLibvirtWithoutAnyRecordIsAnErrorNotStopped() throws {
        #expect(throws: AgentError.self) { try context([], reachable: false).monitor() }
    }

    @Test func probeWithoutConfigOrRecordIsNotRunning() throws {
        let ctx = try context(
            [], extra: ["OCF_RESKEY_config": "/nonexistent/vm.xml", "OCF_RESKEY_CRM_meta_interval": "0"])
        #expect(try ctx.monitor() == .notRunning)
    }

    @Test func unreadableConfigFallsBackToTheRecord() throws {
        let guest = FakeGuest(name: "vm-a")
        let ctx = try context([guest], extra: ["OCF_RESKEY_config": "/nonexistent/vm.xml"])
        try ctx.records.save(DomainRecord(resource: "vm", domainName: "vm-a", uuid: guest.uuid, intent: .running))
        #expect(try ctx.monitor() == .success)
        #expect(try ctx.stop() == .success)
        #expect(guest.state.withLock { $0.destroys } == 1)
    }

    @Test func utilizationIsWrittenOnlyWhenItChanges() throws {
        let guest = FakeGuest(name: "vm-a")
        let cluster = CountingCluster()
        let ctx = try context([guest], cluster: cluster)
        #expect(try ctx.monitor() == .success)
        #expect(cluster.calls.withLock { $0.count } == 3)
        for _ in 0..<5 { #expect(try ctx.monitor() == .success) }
        #expect(cluster.calls.withLock { $0.count } == 3)
        guest.state.withLock { $0.vcpus = 4 }
        #expect(try ctx.monitor() == .success)
        #expect(cluster.calls.withLock { $0.last } == "set cpu=4")
    }

    @Test func startCreatesAndRecords() throws {
        let ctx = try context([])
        #expect(try ctx.start() == .success)
        let record = try #require(ctx.records.load("vm"))
        #expect(record.domainName == "vm-a" && record.intent == .running)
    }

    @Test func settingsValidation() throws {
        #expect(throws: AgentError.notConfigured("force_stop and snapshot cannot be used together")) {
            try context([], extra: ["OCF_RESKEY_force_stop": "1", "OCF_RESKEY_snapshot": "/var/lib/snap"]).settings
                .validate()
        }
        #expect(throws: AgentError.self) {
            try context([], extra: ["OCF_RESKEY_shutdown_mode": "acpi,telepathy"]).settings.validate()
        }
        #expect(
            try context([], extra: ["OCF_RESKEY_shutdown_mode": "acpi, agent"]).settings.shutdownModes() == [
                .acpi, .agent,
            ])
    }
}
