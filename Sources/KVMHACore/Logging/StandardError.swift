import Glibc
import SystemPackage

/// Whole lines to stderr, written with one `write(2)` each so concurrent lines never interleave.
public enum StandardError {
    public static func write(line: String) {
        _ = try? FileDescriptor.standardError.writeAll((line + "\n").utf8)
    }

    /// Whether stderr is the journal's stream (systemd sets JOURNAL_STREAM to its "device:inode"):
    /// a daemon that also logs to syslog would put every line into the journal twice.
    public static func isJournal(environment: [String: String]) -> Bool {
        guard let stream = environment["JOURNAL_STREAM"] else { return false }
        let parts = stream.split(separator: ":")
        var info = stat()
        guard parts.count == 2, let device = UInt64(parts[0]), let inode = UInt64(parts[1]),
            fstat(STDERR_FILENO, &info) == 0
        else { return false }
        return UInt64(info.st_dev) == device && UInt64(info.st_ino) == inode
    }
}

/// Pacemaker takes the last stderr line starting `ocf-exit-reason:` as the failure's reason.
public enum ExitReason {
    public static func report(_ reason: String) {
        StandardError.write(line: "ocf-exit-reason:" + singleLine(reason))
    }

    /// A reason is one line; newlines in library messages would split it.
    static func singleLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
