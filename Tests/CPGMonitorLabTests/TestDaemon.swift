import Foundation
import KVMHACore
import KVMHATestSupport

@testable import CPGMonitor

/// A kvmha-cpgmonitor started by a test (not by Pacemaker): its own group, status file and log.
/// `namespaceOf` runs it in a migration host's mount namespace (that host's libvirtd and records;
/// Corosync is still reached, its IPC lives in the shared network namespace).
struct TestDaemon {
    let identity: ProcessIdentity
    let log: String
    let statusFile: String

    static func start(
        group: String, name: String, arguments: [String] = [], namespaceOf hostPID: Int32? = nil,
        ready: String = "libvirt: connected", environment: [String: String] = [:]
    ) throws -> TestDaemon {
        let directory = "/tmp/kvmha-test-daemons"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let log = "\(directory)/\(group)-\(name).log"
        let statusFile = "\(directory)/\(group)-\(name).status"
        try? FileManager.default.removeItem(atPath: log)
        try? FileManager.default.removeItem(atPath: statusFile)
        let binary = Installed.daemon
        // env(1) and nsenter(1) exec what follows: the pid spawned is the daemon's.
        let command =
            (hostPID.map { ["/usr/bin/nsenter", "-t", "\($0)", "--mount"] } ?? [])
            + (environment.isEmpty
                ? [] : ["/usr/bin/env"] + environment.sorted { $0.key < $1.key }.map { "\($0)=\($1)" })
            + [binary, "run", "--group", group, "--status-file", statusFile] + arguments
        let identity = try Detached.spawn(command[0], Array(command.dropFirst()), logFile: log)
        let daemon = TestDaemon(identity: identity, log: log, statusFile: statusFile)
        guard
            waitUntil(
                .seconds(10),
                {
                    (try? String(contentsOfFile: statusFile, encoding: .utf8))?.contains(ready) ?? false
                })
        else { throw Lab.NotUp(description: "kvmha-cpgmonitor \(name) not ready: \(daemon.logText)") }
        return daemon
    }

    var logText: String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }
    var status: String { (try? String(contentsOfFile: statusFile, encoding: .utf8)) ?? "" }
    var eventsFile: String { EventLog.path(besideStatus: statusFile) }

    /// The daemon's events so far, decoded as any consumer decodes them; a line that does not
    /// decode is a defect, reported as an event of its own kind-less text.
    var events: [DaemonEvent] {
        let text = (try? String(contentsOfFile: eventsFile, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map { line in
            (try? JSONDecoder().decode(DaemonEvent.self, from: Data(line.utf8)))
                ?? DaemonEvent(kind: .refused, node: "?", text: "UNDECODABLE: \(line)", time: 0)
        }
    }

    /// The events, one sentence each: what a failed expectation shows.
    var timeline: String { events.map { "\($0.time) \($0.kind.rawValue): \($0.text)" }.joined(separator: "\n") }

    /// The first event of `kind` that matches, waiting up to `timeout`.
    func event(
        _ kind: DaemonEvent.Kind, within timeout: Duration = .seconds(10),
        where match: (DaemonEvent) -> Bool = { _ in true }
    ) -> DaemonEvent? {
        var found: DaemonEvent?
        _ = waitUntil(timeout) {
            found = events.first { $0.kind == kind && match($0) }
            return found != nil
        }
        return found
    }

    /// Whether an event of `kind` that matches is there now (no waiting).
    func has(_ kind: DaemonEvent.Kind, where match: (DaemonEvent) -> Bool = { _ in true }) -> Bool {
        events.contains { $0.kind == kind && match($0) }
    }

    func waitForMembers(_ count: Int) -> Bool {
        waitUntil(.seconds(10)) { status.contains("members: \(count)\n") }
    }

    func stop() {
        identity.send(SIGTERM)
        if !waitUntil(.seconds(5), { !identity.isAlive }) { identity.send(SIGKILL) }
    }
}

/// A guest under Pacemaker with ocf:kvmha:VirtualDomain and a slow monitor: only the daemon can
/// notice its crash quickly.
struct ClusterGuest {
    let id: String
    let config: GuestConfig

    static func start(
        _ id: String, monitor: String = "60s", stopTimeout: String = "10s", config given: GuestConfig? = nil
    ) async throws -> ClusterGuest {
        let lab = try Lab.current()
        let config = try given ?? GuestConfig(lab: lab, name: id)
        try await Cluster.crm([
            "configure", "primitive", id, "ocf:kvmha:VirtualDomain", "params", "config=\(config.path)",
            "hypervisor=qemu:///system", "op", "monitor", "interval=\(monitor)", "timeout=20s", "op", "start",
            "timeout=30s", "op", "stop", "timeout=\(stopTimeout)",
        ])
        guard try await Cluster.wait(.seconds(60), { try await Cluster.isMonitoredRunning(id) }) else {
            throw Lab.NotUp(description: "\(id) did not start under Pacemaker")
        }
        return ClusterGuest(id: id, config: config)
    }

    var emulator: Int32? { LabControl.emulatorPID(config.name).flatMap { LabControl.isAlive($0) ? $0 : nil } }

    /// kill -9 of its QEMU; returns the pid killed.
    func crash() throws -> Int32 {
        guard let pid = emulator else { throw Lab.NotUp(description: "\(id) has no QEMU to kill") }
        _ = kill(pid, SIGKILL)
        return pid
    }

    /// Running again with a new QEMU within `timeout`.
    func recovered(from old: Int32, within timeout: Duration) -> Bool {
        waitUntil(timeout) { emulator.map { $0 != old } ?? false }
    }

    func remove() async throws { try await Cluster.remove(id) }
}
