import Glibc
import SystemPackage

/// Reads what is appended to a file, as `tail -F` does: woken by inotify (no polling), and
/// reopened from its start when the file is replaced or rotated away.
public final class FileTail {
    public let path: String
    private var file: FileDescriptor?
    private let notify: Int32
    private var watch: Int32 = -1
    private var pending: [UInt8] = []

    public init(path: String) {
        self.path = path
        notify = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        // The directory: the file may not exist yet, or be renamed away (rotation) and made anew.
        if notify >= 0 {
            watch = inotify_add_watch(
                notify, Files.directory(of: path), UInt32(IN_MODIFY | IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM))
        }
        reopen()
    }

    deinit {
        try? file?.close()
        if notify >= 0 { close(notify) }
    }

    /// The complete lines appended since the last call (all of them at the first).
    public func newLines() -> [String] {
        if file == nil || replaced() { reopen() }
        guard let file else { return [] }
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = (try? buffer.withUnsafeMutableBytes { try file.read(into: $0) }) ?? 0
            if count <= 0 { break }
            pending += buffer[..<count]
        }
        guard let last = pending.lastIndex(of: UInt8(ascii: "\n")) else { return [] }
        let complete = pending[...last]
        pending.removeSubrange(...last)
        return complete.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Waits until the directory changes or the deadline passes.
    public func wait(until deadline: Deadline) {
        guard notify >= 0 else { return nap(.milliseconds(min(500, max(0, deadline.remainingMilliseconds)))) }
        _ = Readiness.wait([notify], until: deadline)
        var drain = [UInt8](repeating: 0, count: 4096)
        while read(notify, &drain, drain.count) > 0 {}
    }

    /// The path now names another file than the one open (rotated, replaced).
    private func replaced() -> Bool {
        guard let file else { return true }
        var open = stat()
        var named = stat()
        guard fstat(file.rawValue, &open) == 0, stat(path, &named) == 0 else { return false }
        return open.st_ino != named.st_ino || open.st_dev != named.st_dev
    }

    private func reopen() {
        try? file?.close()
        file = try? FileDescriptor.open(FilePath(path), .readOnly, options: [.closeOnExec])
        pending = []
    }
}
