import KVMHACore
import Synchronization

/// The events file: one JSON line per event, appended; at `limit` bytes it becomes `<path>.1`
/// (replacing the previous one) and a new file starts, so it never holds more than twice the limit.
final class EventLog: Sendable {
    let path: String
    let limit: Int
    private let lock = Mutex(())

    static let defaultLimit = 4 << 20

    init(path: String, limit: Int = EventLog.defaultLimit) {
        self.path = path
        self.limit = limit
    }

    func append(_ event: DaemonEvent) {
        lock.withLock { _ in
            if let size = Files.size(path), size >= limit { Files.rename(path, to: path + ".1") }
            Files.append(path, event.line + "\n", ownership: .clusterReadable)
        }
    }

    /// Where a daemon with the default status file keeps its events: under /var, so that a node that
    /// was fenced or rebooted still has its own story (/run does not survive either).
    static let defaultPath = "/var/log/kvmha/cpgmonitor.events"

    /// The events file the parameters name: `events_file`; else the default, or, for a daemon given
    /// a status file of its own, the one beside it.
    static func path(_ values: ParameterValues) -> String {
        if let given = values[MonitorKeys.eventsFile] { return given }
        guard let status = values[MonitorKeys.statusFile] else { return defaultPath }
        return path(besideStatus: status)
    }

    /// The events file beside a status file: `x.status` → `x.events`.
    static func path(besideStatus statusFile: String) -> String {
        (statusFile.hasSuffix(".status") ? String(statusFile.dropLast(".status".count)) : statusFile) + ".events"
    }
}
