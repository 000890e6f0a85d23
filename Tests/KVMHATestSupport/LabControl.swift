import Foundation
import KVMHACore

/// Operations on the running lab for fault tests: restart what a test killed, find processes.
public enum LabControl {
    /// The repository root, from this file's place in it.
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// `scripts/lab up`: idempotent, restarts only what is gone.
    public static func up() async throws {
        let result = try await run(repository + "/scripts/lab", ["up"], timeout: .seconds(150))
        guard result.status == 0 else { throw Lab.NotUp(description: "lab up failed: \(result.stderr)") }
    }

    /// The pid the lab recorded for one of its daemons, if that process still runs: the record is
    /// "PID STARTTIME", and a pid whose start time differs was reused by another process, which a
    /// fault test must never signal.
    public static func pid(of daemon: String) throws -> Int32 {
        let text = try String(contentsOfFile: "\(Lab.state)/pids/\(daemon)", encoding: .utf8)
        let fields = text.split(whereSeparator: \.isWhitespace)
        guard fields.count == 2, let pid = Int32(fields[0]) else {
            throw Lab.NotUp(description: "no pid recorded for \(daemon)")
        }
        guard let started = startTime(pid), String(fields[1]) == started else {
            throw Lab.NotUp(description: "\(daemon) (pid \(pid)) no longer runs: run `scripts/lab up`")
        }
        return pid
    }

    /// The start time of a live process (not a zombie), as /proc/PID/stat says it: KVMHACore's
    /// `ProcessIdentity` reads it, the one parser of that file in Swift.
    public static func startTime(_ pid: Int32) -> String? {
        ProcessIdentity.current(pid: pid).flatMap { $0.isAlive ? String($0.startTime) : nil }
    }

    /// Kills a lab daemon with SIGKILL and waits until it is gone.
    public static func kill(_ daemon: String) throws {
        let pid = try pid(of: daemon)
        _ = Foundation.kill(pid, SIGKILL)
        _ = waitUntil(.seconds(10)) { !FileManager.default.fileExists(atPath: "/proc/\(pid)/exe") }
    }

    /// The QEMU pid libvirt recorded for a running domain.
    public static func emulatorPID(_ domain: String) -> Int32? {
        (try? String(contentsOfFile: "/run/libvirt/qemu/\(domain).pid", encoding: .utf8))
            .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    public static func isAlive(_ pid: Int32) -> Bool { ProcessIdentity.current(pid: pid)?.isAlive ?? false }
}

/// Polls `condition` every 50 ms until it holds or `timeout` passes; says whether it held.
public func waitUntil(_ timeout: Duration, _ condition: () throws -> Bool) rethrows -> Bool {
    let end = ContinuousClock.now + timeout
    while ContinuousClock.now < end {
        if try condition() { return true }
        Thread.sleep(forTimeInterval: 0.05)
    }
    return try condition()
}

/// A guest definition file in a fresh directory, for agent tests.
public struct GuestConfig {
    public let name: String
    public let path: String
    public let directory: String

    public init(lab: Lab, name: String) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kvmha-vm-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let escaped = name.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "'", with: "&apos;").replacingOccurrences(of: "\"", with: "&quot;")
        self.name = name
        path = directory + "/guest.xml"
        try lab.guestXML(name: escaped).write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The guest with an OS (`RealGuest`), its serial console logged to `console` in the same directory;
    /// with `overlay`, its vda is the qcow2 file `overlay` (where the agent's backingfile puts it); with
    /// `lun`, the block device at that path.
    public init(realGuestNamed name: String, overlay: Bool = false, lun: String? = nil) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kvmha-vm-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        chmod(directory, 0o755)
        self.name = name
        path = directory + "/guest.xml"
        let disk: RealGuest.Disk? = overlay ? .qcow2(directory + "/guest.qcow2") : lun.map { .block($0) }
        try RealGuest.xml(name: name, console: directory + "/console.log", disk: disk)
            .write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The qcow2 file a guest made by `init(realGuestNamed:overlay: true)` uses as vda: the agent's
    /// overlay for a config named `guest.xml` when `backingfile` is set.
    public var overlay: String { directory + "/guest.qcow2" }

    /// The serial console's log of a guest made by `init(realGuestNamed:)`.
    public var console: String { directory + "/console.log" }
}
