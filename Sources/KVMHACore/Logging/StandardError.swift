import SystemPackage

/// Whole lines to stderr, written with one `write(2)` each so concurrent lines never interleave.
public enum StandardError {
    public static func write(line: String) {
        _ = try? FileDescriptor.standardError.writeAll((line + "\n").utf8)
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
