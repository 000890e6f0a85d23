import CSystemd
import Glibc

/// The service manager's readiness protocol (`sd_notify(3)`, libsystemd): a `Type=notify` unit is
/// started once the daemon says READY=1, not when its process exists. Outside such a unit
/// (NOTIFY_SOCKET unset: the OCF clone, a shell) every call does nothing.
public enum ServiceNotification {
    /// READY=1 with a one-line STATUS= that `systemctl status` shows.
    public static func ready(status: String) { send("READY=1\nSTATUS=\(oneLine(status))") }

    /// STOPPING=1: the daemon leaves its group and exits.
    public static func stopping() { send("STOPPING=1") }

    /// Whether a service manager waits for these (for the daemon's start-up log line).
    public static var expected: Bool { getenv("NOTIFY_SOCKET") != nil }

    private static func send(_ state: String) { _ = sd_notify(0, state) }

    private static func oneLine(_ text: String) -> String { String(text.map { $0.isNewline ? " " : $0 }) }
}
