import Dispatch
import Glibc
import Synchronization

/// Turns SIGTERM/SIGINT into a stop flag and SIGHUP into a "reopen your log" request, each with a
/// wake-up of the daemon's loop (a Dispatch signal source: the handler runs on a queue, not in
/// signal context). SIGHUP never stops a daemon: logrotate sends it after every rotation.
public final class SignalWatch: @unchecked Sendable {
    private let state = SignalState()
    /// Kept only so the sources live as long as the watch; never touched after init.
    private let sources: [any DispatchSourceSignal]

    public init(stopping: [Int32] = [SIGTERM, SIGINT], hangup: Int32 = SIGHUP, waking wakePipe: WakePipe) {
        let state = state
        sources = (stopping + [hangup]).map { number in
            _ = Glibc.signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if number == hangup {
                    state.hangups.add(1, ordering: .relaxed)
                } else {
                    state.first.withLock { $0 = $0 ?? number }
                }
                wakePipe.wake()
            }
            source.resume()
            return source
        }
    }

    /// The first stopping signal that arrived, nil while none did.
    public var received: Int32? { state.first.withLock { $0 } }

    /// Whether SIGHUP arrived since the last call.
    public func takeHangup() -> Bool { state.hangups.exchange(0, ordering: .relaxed) > 0 }
}

private final class SignalState: Sendable {
    let first = Mutex<Int32?>(nil)
    let hangups = Atomic<Int>(0)
}
