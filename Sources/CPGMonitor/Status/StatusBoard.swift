import KVMHACore
import Synchronization

/// The daemon's view for `kvmha-cpgmonitor status`: set by the loop, appended to by report tasks,
/// written to the status file by the loop.
final class StatusBoard: Sendable {
    struct Snapshot: Sendable {
        var node = ""
        var group = ""
        var members: [String] = []
        var managedDomains: [String] = []
        var libvirt = "connecting"
        var quorate = false
        var events: [String] = []
        var version = 0
    }

    static let keptEvents = 30
    private let state = Mutex(Snapshot())
    /// Woken on every new event, so that the loop rewrites the status file at once.
    private let wakePipe: WakePipe?

    init(waking wakePipe: WakePipe? = nil) {
        self.wakePipe = wakePipe
    }

    func update(_ change: (inout Snapshot) -> Void) {
        state.withLock {
            change(&$0)
            $0.version += 1
        }
    }

    /// One timeline line (also logged by the caller), newest last.
    func event(_ line: String) {
        update { snapshot in
            snapshot.events.append("\(Timestamp.now()) \(line)")
            if snapshot.events.count > Self.keptEvents { snapshot.events.removeFirst() }
        }
        wakePipe?.wake()
    }

    var snapshot: Snapshot { state.withLock { $0 } }

    /// The status file: `key: value` lines, then the last events.
    static func render(_ snapshot: Snapshot, pid: Int32) -> String {
        var lines = [
            "updated: \(Timestamp.epochMilliseconds())",
            "updated_boottime: \(Timestamp.bootMilliseconds())",
            "pid: \(pid)",
            "node: \(snapshot.node)",
            "group: \(snapshot.group)",
            "quorate: \(snapshot.quorate ? "yes" : "no")",
            "libvirt: \(snapshot.libvirt)",
            "members: \(snapshot.members.count)",
        ]
        lines += snapshot.members.map { "  \($0)" }
        lines.append("managed domains: \(snapshot.managedDomains.count)")
        lines += snapshot.managedDomains.map { "  \($0)" }
        lines.append("last events:")
        lines += snapshot.events.map { "  \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }
}
