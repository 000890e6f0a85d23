import Synchronization

/// Where other threads (C callbacks, report tasks) leave what a poll loop must handle: a
/// Mutex-guarded list, and a wake pipe that the loop polls.
public final class WakingQueue<Element: Sendable>: Sendable {
    private let items = Mutex<[Element]>([])
    private let wakePipe: WakePipe

    public init(waking wakePipe: WakePipe) {
        self.wakePipe = wakePipe
    }

    public func append(_ item: Element) {
        items.withLock { $0.append(item) }
        wakePipe.wake()
    }

    /// Everything queued so far, oldest first.
    public func drain() -> [Element] {
        items.withLock { list in
            defer { list = [] }
            return list
        }
    }
}
