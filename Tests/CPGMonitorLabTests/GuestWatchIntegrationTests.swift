import Foundation
import KVMHACore
import KVMHATestSupport
import Libvirt
import Testing

@testable import CPGMonitor

/// kvmha-cpgmonitor against the lab's libvirtd and Pacemaker, with guests under ocf:kvmha:VirtualDomain
/// whose monitor runs only every 60 s: every fast recovery here is the daemon's doing.
@Suite(.serialized) struct GuestWatchIntegrationTests {
    /// The events of the daemon whose status file is `statusFile`, through `kvmha-cpgmonitor events`.
    static func events(statusFile: String) async throws -> [DaemonEvent] {
        let result = try await run(Installed.daemon, ["events", "--status-file", statusFile])
        return try result.stdout.split(separator: "\n").map {
            try JSONDecoder().decode(DaemonEvent.self, from: Data($0.utf8))
        }
    }

    func group(_ test: String) -> String { "kvmha-test-\(getpid())-\(test)" }

    /// Under Pacemaker, as operators run it: the CPGMonitor clone.
    @Test func theClonedDaemonReportsACrashAndNotAnIntentionalStopOrAnUnmanagedDomain() async throws {
        let lab = try Lab.current()
        let status = "/run/kvmha/kvmha-test-cpgmon.status"
        let metrics = "/run/kvmha/kvmha-test-cpgmon.prom"
        try? FileManager.default.removeItem(atPath: EventLog.path(besideStatus: status))
        try await Cluster.crm([
            "configure", "primitive", "kvmha-test-cpgmon", "ocf:kvmha:CPGMonitor", "params", "status_file=\(status)",
            "metrics_file=\(metrics)", "op", "monitor", "interval=10s", "timeout=20s",
        ])
        try await Cluster.crm(["configure", "clone", "kvmha-test-cpgmon-clone", "kvmha-test-cpgmon"])
        #expect(try await Cluster.wait(.seconds(30)) { try await Cluster.isMonitoredRunning("kvmha-test-cpgmon") })
        let guest = try await ClusterGuest.start("kvmha-test-cpg-crash")
        defer { Task { try? await Cluster.remove("kvmha-test-cpgmon-clone") } }

        // kill -9 of the guest's QEMU: reported at once, running again long before the 60 s monitor.
        let old = try guest.crash()
        #expect(guest.recovered(from: old, within: .seconds(10)), "not running again 10 s after kill -9")
        // `kvmha-cpgmonitor events` has the report as soon as Pacemaker took it; status says it runs.
        func reports() async throws -> [DaemonEvent] {
            try await Self.events(statusFile: status).filter {
                $0.kind == .reported && $0.resource == "kvmha-test-cpg-crash" && $0.target == "node1"
            }
        }
        #expect(try await Cluster.wait(.seconds(2)) { try await reports().count == 1 })
        let shown = try await run(Installed.daemon, ["status", "--status-file", status])
        #expect(shown.status == 0)
        // `status` reads the events file: the report is among its last events and counted.
        let report = try #require(try await reports().first)
        #expect(shown.stdout.contains(" reported: \(report.text)\n"), "\(shown.stdout)")
        #expect(shown.stdout.contains("detection to report: n="), "\(shown.stdout)")
        #expect(try await Cluster.wait(.seconds(20)) { try await Cluster.isMonitoredRunning(guest.id) })

        // A domain nobody manages crashes: logged, not reported.
        let connection = try Connection(uri: lab.libvirtURI)
        let stray = try GuestConfig(lab: lab, name: "kvmha-test-cpg-stray")
        _ = try connection.createTransient(xml: try String(contentsOfFile: stray.path, encoding: .utf8))
        let strayPID = try #require(LabControl.emulatorPID(stray.name))
        _ = kill(strayPID, SIGKILL)
        #expect(
            try await Cluster.wait(.seconds(10)) {
                try await Self.events(statusFile: status).contains {
                    $0.kind == .ignored && $0.domain == stray.name && $0.failure?.rawValue == "crashed"
                        && $0.reason == .notManaged
                }
            })

        // crm resource stop of a guest that ignores ACPI: the stop escalates to destroy. No report.
        try await Cluster.crm(["resource", "stop", guest.id])
        #expect(try await Cluster.wait(.seconds(30)) { try await Cluster.location(of: guest.id) == nil })
        try await Task.sleep(for: .milliseconds(500))
        #expect(try await reports().count == 1)

        // The metrics file (replaced every 5 s) counts what the events file holds, kind by kind, and
        // Prometheus' own parser reads it.
        var mismatch = "no metrics file"
        let agree = try await Cluster.wait(.seconds(12)) {
            let events = try await Self.events(statusFile: status)
            let samples = try await PrometheusText.parse((try? String(contentsOfFile: metrics, encoding: .utf8)) ?? "")
            mismatch = ""
            for kind in DaemonEvent.Kind.allCases {
                let counted = samples.first {
                    $0.name == "kvmha_cpgmonitor_events_total" && $0.labels == ["kind": kind.rawValue]
                }?.value
                let seen = events.filter { $0.kind == kind }.count
                if counted != Double(seen) {
                    mismatch += "\(kind.rawValue): \(counted ?? -1) counted, \(seen) events; "
                }
            }
            return mismatch.isEmpty
        }
        #expect(agree, "\(mismatch)")
        try await guest.remove()
        try await Cluster.remove("kvmha-test-cpgmon-clone")
        _ = try? await Cluster.crm(["configure", "delete", "--force", "kvmha-test-cpgmon"])
    }

    /// The guest with an OS under Pacemaker (monitor every 60 s), booted and answering its agent, and a
    /// daemon watching it; the caller stops the daemon.
    func readyGuestWithAnOS(_ id: String, stopTimeout: String, test: String) async throws -> (
        ClusterGuest, GuestConfig, Domain, TestDaemon
    ) {
        let lab = try Lab.current()
        let config = try GuestConfig(realGuestNamed: id)
        let guest = try await ClusterGuest.start(id, stopTimeout: stopTimeout, config: config)
        #expect(waitUntil(.seconds(60)) { RealGuest.readyCount(console: config.console) >= 1 })
        let domain = try #require(try Connection(uri: lab.libvirtURI).domain(named: id))
        let ping = #"{"execute":"guest-ping"}"#
        #expect(waitUntil(.seconds(10)) { (try? domain.guestAgentCommand(ping, timeoutSeconds: 2)) != nil })
        return (guest, config, domain, try TestDaemon.start(group: group(test), name: "watcher"))
    }

    /// A kernel panic of the guest with an OS: reported at libvirt's first event (`Crashed Panicked`,
    /// while the paused QEMU still exists), not dismissed as a late event of an earlier QEMU; the
    /// cluster has it ready again.
    @Test func aGuestKernelPanicIsReportedAtItsFirstEvent() async throws {
        let id = "kvmha-test-cpg-panic"
        let (guest, config, domain, daemon) = try await readyGuestWithAnOS(id, stopTimeout: "20s", test: "panic")
        defer { daemon.stop() }
        let triggered = Timestamp.epochMilliseconds()
        _ = try? domain.guestAgentCommand(
            #"{"execute":"guest-exec","arguments":{"path":"/bin/sh","arg":["-c","echo c > /proc/sysrq-trigger"]}}"#,
            timeoutSeconds: 5)
        let report = daemon.event(.detected) {
            $0.resource == id && $0.failure?.rawValue == "crashed" && $0.target == "node1"
        }
        #expect(report != nil, "\(daemon.timeline)")
        if let report {
            #expect(report.time - triggered < 1000, "reported \(report.time - triggered) ms after the panic")
        }
        #expect(!daemon.has(.ignored) { $0.reason == .runsAgain }, "\(daemon.timeline)")
        #expect(waitUntil(.seconds(60)) { RealGuest.readyCount(console: config.console) >= 2 }, "not ready again")
        #expect(try await Cluster.wait(.seconds(20)) { try await Cluster.isMonitoredRunning(id) })
        try await guest.remove()
    }

    /// A hung guest (its watchdog daemon and acpid killed: the watchdog fires, the power button is
    /// ignored): reported on the WATCHDOG event, and the stop Pacemaker runs for it destroys the QEMU at
    /// once on the daemon's note instead of spending its timeout on a shutdown nobody answers.
    @Test func aWatchdogReportedGuestIsDestroyedAtOnceNotAskedToShutDown() async throws {
        let id = "kvmha-test-cpg-watchdog"
        let (guest, config, domain, daemon) = try await readyGuestWithAnOS(id, stopTimeout: "40s", test: "watchdog")
        defer { daemon.stop() }
        let old = try #require(guest.emulator)
        // SIGKILL: a SIGTERMed watchdog daemon would disarm the device.
        _ = try? domain.guestAgentCommand(
            #"{"execute":"guest-exec","arguments":{"path":"/bin/sh","arg":["-c","kill -9 $(pidof acpid) $(pidof watchdog)"]}}"#,
            timeoutSeconds: 5)
        let report = daemon.event(.detected, within: .seconds(20)) {
            $0.resource == id && $0.failure?.rawValue == "watchdog" && $0.target == "node1"
        }
        #expect(report != nil, "\(daemon.timeline)")
        #expect(guest.recovered(from: old, within: .seconds(20)), "no new QEMU 20 s after the watchdog report")
        let restarted = Timestamp.epochMilliseconds()
        if let report {
            // With a shutdown request first, the stop waited ~60 % of its 40 s timeout before destroying.
            #expect(restarted - report.time < 5000, "new QEMU \(restarted - report.time) ms after the report")
        }
        #expect(waitUntil(.seconds(60)) { RealGuest.readyCount(console: config.console) >= 2 }, "not ready again")
        #expect(try await Cluster.wait(.seconds(20)) { try await Cluster.isMonitoredRunning(id) })
        try await guest.remove()
    }

    /// The daemon down while the guest dies: the next daemon finds the record and reports it.
    @Test func aRestartedDaemonReportsWhatDiedWhileItWasDown() async throws {
        _ = try Lab.current()
        let guest = try await ClusterGuest.start("kvmha-test-cpg-restart")
        let first = try TestDaemon.start(group: group("restart"), name: "first")
        first.stop()
        let old = try guest.crash()
        try await Task.sleep(for: .milliseconds(300))
        let second = try TestDaemon.start(group: group("restart"), name: "second")
        defer { second.stop() }
        #expect(
            second.event(.detected) { $0.resource == guest.id && $0.failure?.rawValue == "gone" } != nil,
            "\(second.timeline)")
        #expect(second.has(.rescan) { $0.count == 1 }, "\(second.timeline)")
        #expect(guest.recovered(from: old, within: .seconds(10)))
        #expect(try await Cluster.wait(.seconds(20)) { try await Cluster.isMonitoredRunning(guest.id) })
        try await guest.remove()
    }

    /// libvirtd SIGKILLed: the daemon reconnects when it is back and still reports a crash; kept
    /// down past the health deadline, #health-kvmha turns red, then green when libvirtd returns.
    @Test func libvirtdLossTurnsHealthRedAndTheDaemonReconnects() async throws {
        _ = try Lab.current()
        let guest = try await ClusterGuest.start("kvmha-test-cpg-libvirtd")
        let daemon = try TestDaemon.start(
            group: group("libvirtd"), name: "watcher", arguments: ["--libvirt-health-deadline", "2"])
        defer { daemon.stop() }

        // libvirt writes to its socket: a libvirtd dying under a write must not end the daemon by SIGPIPE.
        #expect(Self.ignoresBrokenPipe(daemon.identity.pid))
        try LabControl.kill("libvirtd")
        #expect(daemon.event(.libvirtLost) != nil, "\(daemon.timeline)")
        let red = daemon.event(.healthChanged, within: .seconds(8)) { $0.health == "red" }
        #expect(red != nil, "\(daemon.timeline)")
        #expect(try await health() == "red")

        try await LabControl.up()
        let reconnected = daemon.event(.healthChanged, within: .seconds(20)) {
            $0.health == "green" && $0.target == "node1" && $0.time > red?.time ?? .max
        }
        #expect(reconnected != nil, "\(daemon.timeline)")
        #expect(try await Cluster.wait(.seconds(10)) { try await health() == "green" })

        let old = try guest.crash()
        #expect(
            daemon.event(.reported) { $0.resource == "kvmha-test-cpg-libvirtd" && $0.target == "node1" } != nil,
            "\(daemon.timeline)")
        #expect(guest.recovered(from: old, within: .seconds(10)))
        #expect(try await Cluster.wait(.seconds(20)) { try await Cluster.isMonitoredRunning(guest.id) })
        try await guest.remove()
    }

    /// SigIgn of /proc/PID/status has SIGPIPE's bit.
    static func ignoresBrokenPipe(_ pid: Int32) -> Bool {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigIgn:") }),
            let mask = UInt64(line.dropFirst("SigIgn:".count).trimmingCharacters(in: .whitespaces), radix: 16)
        else { return false }
        return mask & (1 << (UInt64(SIGPIPE) - 1)) != 0
    }

    func health() async throws -> String? {
        let query = try await run("/usr/sbin/attrd_updater", ["--query", "--name", "#health-kvmha", "--node", "node1"])
        guard let range = query.stdout.range(of: "value=\"") else { return nil }
        return String(query.stdout[range.upperBound...].prefix { $0 != "\"" })
    }

    /// The OCF agent's monitor: a stopped (SIGSTOP) daemon is a failure with a reason, a missing one
    /// is "not running"; stop ends it even while it is stopped.
    @Test func theAgentsMonitorFailsAStoppedDaemon() async throws {
        _ = try Lab.current()
        let agent = Installed.cpgMonitor
        let environment = [
            "OCF_ROOT": "/usr/lib/ocf", "OCF_RESOURCE_INSTANCE": "kvmha-test-agent",
            "OCF_RESKEY_status_file": "/run/kvmha/kvmha-test-agent.status",
            "OCF_RESKEY_log_file": "/tmp/kvmha-test-daemons/kvmha-test-agent.log",
            "OCF_RESKEY_group": group("agent"), "OCF_RESKEY_CRM_meta_timeout": "20000",
            "PATH": "/usr/sbin:/usr/bin:/sbin:/bin",
        ]
        #expect(try await run(agent, ["monitor"], environment: environment).status == 7)
        #expect(try await run(agent, ["start"], environment: environment).status == 0)
        #expect(try await run(agent, ["monitor"], environment: environment).status == 0)
        let status = try String(contentsOfFile: "/run/kvmha/kvmha-test-agent.status", encoding: .utf8)
        let pid = try #require(
            status.split(separator: "\n").first { $0.hasPrefix("pid: ") }.flatMap { Int32($0.dropFirst(5)) })
        _ = kill(pid, SIGSTOP)
        let stopped = try await run(agent, ["monitor"], environment: environment)
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains("is stopped (SIGSTOP)"), "\(stopped.stderr)")
        let stop = try await run(agent, ["stop"], environment: environment)
        #expect(stop.status == 0, "\(stop.stderr)")
        #expect(!LabControl.isAlive(pid))
        #expect(try await run(agent, ["monitor"], environment: environment).status == 7)
    }

    @Test func ocfTesterPassesOnTheCPGMonitorAgent() async throws {
        _ = try Lab.current()
        let result = try await run(
            "/usr/sbin/ocf-tester",
            [
                "-n", "kvmha-test-ocft", "-o", "status_file=/run/kvmha/kvmha-test-ocft.status", "-o",
                "group=\(group("ocft"))", Installed.cpgMonitor,
            ], timeout: .seconds(120))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("passed all tests"))
    }
}
