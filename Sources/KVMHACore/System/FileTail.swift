import Glibc
import SystemPackage

/// Reads what is appended to a file, as `tail -F` does: woken by inotify (no polling), and
/// reopened from its start when the file is replaced or rotated away — after the old file's last
/// lines are read. Only a regular file is read (a FIFO or a device at the path is never opened for
/// good), and at most `readLimit` bytes a call, so a file that never ends cannot take the memory.
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

    /// Bytes read in one call at most; the rest comes at the next.
    public static let readLimit = 8 << 20
    /// A line longer than this is no event: dropped rather than kept growing.
    public static let lineLimit = 1 << 20

    /// The complete lines appended since the last call (all of them at the first).
    public func newLines() -> [String] {
        var lines: [String] = []
        if file != nil, replaced() {
            lines = readAvailable()  // the rotated file's tail, written before the rename
            reopen()
        } else if file == nil {
            reopen()
        }
        return lines + readAvailable()
    }

    private func readAvailable() -> [String] {
        guard let file else { return [] }
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        var total = 0
        while total < Self.readLimit {
            let count = (try? buffer.withUnsafeMutableBytes { try file.read(into: $0) }) ?? 0
            if count <= 0 { break }
            total += count
            pending += buffer[..<count]
            if pending.count > Self.lineLimit, !pending.contains(UInt8(ascii: "\n")) { pending = [] }
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
        file = nil
        pending = []
        // Non-blocking, and only a regular file: a FIFO would block, a device never end.
        guard let opened = try? FileDescriptor.open(FilePath(path), .readOnly, options: [.closeOnExec, .nonBlocking])
        else { return }
        var status = stat()
        guard fstat(opened.rawValue, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            try? opened.close()
            return
        }
        file = opened
    }
}
