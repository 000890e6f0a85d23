import Glibc

/// A self-pipe: any thread (a C callback, a signal handler's queue) calls `wake`, and a loop that
/// polls `readDescriptor` returns. Non-blocking both ways; a full pipe already means "awake".
public final class WakePipe: Sendable {
    public let readDescriptor: Int32
    private let writeDescriptor: Int32

    public init() {
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            for fd in fds {
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            }
        }
        readDescriptor = fds[0]
        writeDescriptor = fds[1]
    }

    deinit {
        close(readDescriptor)
        close(writeDescriptor)
    }

    public func wake() {
        var byte: UInt8 = 1
        _ = write(writeDescriptor, &byte, 1)
    }

    /// Empties the pipe; call before handling what woke the loop.
    public func drain() {
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(readDescriptor, &buffer, buffer.count) > 0 {}
    }
}

/// `poll(2)` on a few descriptors until one is readable or the deadline passes.
public enum Readiness {
    /// The descriptors that are readable (or hung up); empty when the deadline passed first.
    public static func wait(_ descriptors: [Int32], until deadline: Deadline) -> [Int32] {
        var pollers = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        let timeout = Int32(clamping: deadline.remainingMillisecondsRoundedUp)
        guard poll(&pollers, nfds_t(pollers.count), timeout) > 0 else { return [] }
        return pollers.filter { $0.revents != 0 }.map(\.fd)
    }
}
