import Dispatch
import Glibc
import Synchronization

/// Turns SIGTERM/SIGINT/SIGHUP into a flag and a wake-up of the daemon's loop (a Dispatch signal
/// source: the handler runs on a queue, not in signal context).
public final class SignalWatch: @unchecked Sendable {
    private let first = FirstSignal()
    /// Kept only so the sources live as long as the watch; never touched after init.
    private let sources: [any DispatchSourceSignal]

    public init(_ signals: [Int32] = [SIGTERM, SIGINT, SIGHUP], waking wakePipe: WakePipe) {
        let first = first
        sources = signals.map { number in
            _ = Glibc.signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                first.value.withLock { $0 = $0 ?? number }
                wakePipe.wake()
            }
            source.resume()
            return source
        }
    }

    /// The first signal that arrived, nil while none did.
    public var received: Int32? { first.value.withLock { $0 } }
}

private final class FirstSignal: Sendable {
    let value = Mutex<Int32?>(nil)
}
