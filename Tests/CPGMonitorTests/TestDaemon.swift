import Foundation
import KVMHACore
import KVMHATestSupport

/// A kvmha-cpgmonitor started by a test (not by Pacemaker): its own group, status file and log.
/// `namespaceOf` runs it in a migration host's mount namespace (that host's libvirtd and records;
/// Corosync is still reached, its IPC lives in the shared network namespace).
struct TestDaemon {
    let identity: ProcessIdentity
    let log: String
    let statusFile: String

    static func start(
        group: String, name: String, arguments: [String] = [], namespaceOf hostPID: Int32? = nil,
        ready: String = "libvirt: connected"
    ) throws -> TestDaemon {
        let directory = "/tmp/kvmha-test-daemons"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let log = "\(directory)/\(group)-\(name).log"
        let statusFile = "\(directory)/\(group)-\(name).status"
        try? FileManager.default.removeItem(atPath: log)
        try? FileManager.default.removeItem(atPath: statusFile)
        let binary = Installed.daemon
        let daemonArguments = ["run", "--group", group, "--status-file", statusFile] + arguments
        let identity =
            if let hostPID {
                try Detached.spawn(
                    "/usr/bin/nsenter", ["-t", "\(hostPID)", "--mount", binary] + daemonArguments, logFile: log)
            } else {
                try Detached.spawn(binary, daemonArguments, logFile: log)
            }
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

    /// The first log line containing `text`, waiting up to `timeout`.
    func line(containing text: String, within timeout: Duration = .seconds(10)) -> String? {
        var found: String?
        _ = waitUntil(timeout) {
            found = logText.split(separator: "\n").first { $0.contains(text) }.map(String.init)
            return found != nil
        }
        return found
    }

    /// Milliseconds since the epoch at which a timeline line was logged.
    static func time(of line: String) -> Int64? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let stamp = line.split(separator: " ").first, let date = formatter.date(from: String(stamp)) else {
            return nil
        }
        return Int64((date.timeIntervalSince1970 * 1000).rounded())
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
