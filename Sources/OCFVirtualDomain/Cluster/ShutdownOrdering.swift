import KVMHACore
import Logging

/// The systemd drop-ins the stock agent writes on start and migrate_from, so that on a node shutdown
/// Pacemaker (ordered after resource-agents-deps.target) stops its guests before libvirtd goes away.
struct ShutdownOrdering: Sendable {
    /// `/run/systemd/system/resource-agents-deps.target.d` on a host whose PID 1 is systemd.
    let directory: String
    let systemctl: String

    /// The stock agent's two, byte for byte (so the two agents on one node never rewrite each other's),
    /// and one of kvmha's own for modular libvirt, where virtqemud runs the guests and libvirtd may not
    /// exist at all (resource-agents issue 2081).
    static let dropIns = [
        ("99-VirtualDomain-libvirt.conf", "[Unit]\nAfter=libvirtd.service\n"),
        ("99-VirtualDomain-machines.conf", "[Unit]\nWants=virt-guest-shutdown.target\n"),
        ("99-kvmha-VirtualDomain-virtqemud.conf", "[Unit]\nAfter=virtqemud.service\n"),
    ]

    /// nil where systemd is not PID 1 (as ocf-shellfuncs' `systemd_is_running`): nothing to order.
    static func forThisHost() -> ShutdownOrdering? {
        guard (try? Files.readText("/proc/1/comm", limit: 64))?.trimmingWhitespace() == "systemd" else { return nil }
        return ShutdownOrdering(
            directory: "/run/systemd/system/resource-agents-deps.target.d", systemctl: "/usr/bin/systemctl")
    }

    /// Writes the drop-ins that differ (world-readable, as systemd wants them) and reloads systemd
    /// only when one changed; the stock agent reloads on every start. Failures are logged: a guest
    /// runs fine without them, only a node shutdown is less orderly.
    func ensure(until deadline: Deadline, logger: Logger) {
        var changed = false
        for (name, text) in Self.dropIns {
            let path = directory + "/" + name
            if (try? Files.readText(path, limit: 4096)) == text { continue }
            do {
                try Files.makeDirectories(directory)
                try Files.writeAtomically(path, text, mode: Files.readableByAll)
                changed = true
            } catch {
                logger.warning("could not write the shutdown-ordering drop-in \(path): \(error)")
            }
        }
        guard changed else { return }
        for arguments in [["daemon-reload"], ["start", "virt-guest-shutdown.target"]] {
            do {
                let result = try ChildProcess.run(
                    systemctl, arguments, deadline: deadline.capped(at: .after(.seconds(10))))
                if !result.succeeded {
                    logger.warning("systemctl \(arguments.joined(separator: " ")) exited \(result.exitCode ?? -1)")
                }
            } catch {
                logger.warning("systemctl \(arguments.joined(separator: " ")): \(error)")
            }
        }
    }
}
