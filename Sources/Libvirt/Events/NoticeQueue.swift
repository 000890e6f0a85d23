import KVMHACore
import Synchronization

/// Where libvirt's callbacks (on the event-loop thread) leave notices for the daemon's loop: a
/// Mutex-guarded list, and a wake pipe that the loop polls.
public final class NoticeQueue: Sendable {
    private let notices = Mutex<[LibvirtNotice]>([])
    private let wakePipe: WakePipe

    public init(waking wakePipe: WakePipe) {
        self.wakePipe = wakePipe
    }

    func append(_ notice: LibvirtNotice) {
        notices.withLock { $0.append(notice) }
        wakePipe.wake()
    }

    /// Everything queued so far, oldest first.
    public func drain() -> [LibvirtNotice] {
        notices.withLock { list in
            defer { list = [] }
            return list
        }
    }
}
