import KVMHACore
import Synchronization

/// The daemon's state for `kvmha-cpgmonitor status`: set and written to the status file by the loop
/// (what it decided is in the events file, which `status` reads too).
final class StatusBoard: Sendable {
    struct Snapshot: Sendable {
        var node = ""
        var group = ""
        var members: [String] = []
        var managedDomains: [String] = []
        var libvirt = "connecting"
        var quorate = false
        /// Corosync's name for this node where it differs from the one the daemon reports under.
        var corosyncName: String?
        /// How peers' heartbeats are checked: `key PATH`, or `none (why)`.
        var authentication = "none"
        var version = 0
    }

    private let state = Mutex(Snapshot())

    func update(_ change: (inout Snapshot) -> Void) {
        state.withLock {
            change(&$0)
            $0.version += 1
        }
    }

    var snapshot: Snapshot { state.withLock { $0 } }

    /// The status file: `key: value` lines, members and managed domains indented under theirs.
    static func render(_ snapshot: Snapshot, pid: Int32) -> String {
        var lines = [
            "updated: \(Timestamp.epochMilliseconds())",
            "updated_boottime: \(Timestamp.bootMilliseconds())",
            "pid: \(pid)",
            "node: \(snapshot.node)",
            "group: \(snapshot.group)",
            "quorate: \(snapshot.quorate ? "yes" : "no")",
            "libvirt: \(snapshot.libvirt)",
            "authentication: \(snapshot.authentication)",
        ]
        if let corosyncName = snapshot.corosyncName { lines.append("corosync_name: \(corosyncName)") }
        lines.append("members: \(snapshot.members.count)")
        lines += snapshot.members.map { "  \($0)" }
        lines.append("managed domains: \(snapshot.managedDomains.count)")
        lines += snapshot.managedDomains.map { "  \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }
}
