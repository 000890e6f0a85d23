import Dispatch
import KVMHACore
import Libvirt
import Logging
import Synchronization

/// The daemon's one persistent libvirt connection: keepalive on, events subscribed, reopened with
/// back-off (0.25 s doubling to 5 s) after it closes. `lostSince` drives the health attribute.
///
/// The loop never waits for libvirt: opening, subscribing and listing run on a thread of their own
/// and wake the loop when done (a libvirtd that accepts and then hangs would otherwise hold the
/// heartbeat past the peers' timeout); one attempt at a time, so a hung libvirtd costs one thread.
final class LibvirtLink: HypervisorLink {
    static let keepAliveInterval: Int32 = 1
    static let keepAliveCount: UInt32 = 3
    /// An attempt unanswered this long is logged; it is not abandoned (libvirt has no way to cancel
    /// `virConnectOpen`), and the health deadline runs meanwhile.
    static let slowAttempt: Duration = .seconds(5)

    /// What a finished attempt hands the loop: the connection, its subscription and what ran then.
    struct Opened: Sendable {
        let connection: Connection
        let watch: EventWatch
        let active: [(uuid: String, name: String)]
    }

    let uri: String
    let notices: NoticeQueue
    let wake: WakePipe
    let events: EventSink
    private(set) var connection: Connection?
    private var watch: EventWatch?
    /// When the connection was last lost (or the daemon started without one); nil while connected.
    private(set) var lostSince: ContinuousClock.Instant? = .now
    private var nextAttempt: ContinuousClock.Instant = .now
    private var backoff = Backoff(first: .milliseconds(250), cap: .seconds(5))
    private var lastError = ""
    /// When the attempt in flight started; nil when none is.
    private var attemptStarted: ContinuousClock.Instant?
    private var slowLogged = false
    private let finished = Mailbox<Result<Opened, LibvirtError>>()

    init(uri: String, notices: NoticeQueue, wake: WakePipe, events: EventSink) {
        self.uri = uri
        self.notices = notices
        self.wake = wake
        self.events = events
    }

    var isConnected: Bool { connection != nil }

    func runsNow(_ uuid: String) -> Bool {
        guard let connection else { return false }
        let state = try? Bounded.call("domain state", deadline: .after(.milliseconds(250))) {
            () throws(LibvirtError) -> DomainState? in try connection.domain(uuid: uuid)?.status().state
        }
        return state == .running
    }

    /// When the loop must next look at the link: an attempt due, or a slow one to log.
    var nextAttemptDue: ContinuousClock.Instant? {
        guard connection == nil else { return nil }
        if let attemptStarted { return slowLogged ? nil : attemptStarted + Self.slowAttempt }
        return nextAttempt
    }

    /// Takes a finished attempt or starts one if it is time, never blocking; the connection and what
    /// ran when it was made once one was just adopted.
    func poll(now: ContinuousClock.Instant) -> [(uuid: String, name: String)]? {
        if let result = finished.take() {
            attemptStarted = nil
            slowLogged = false
            switch result {
            case .success(let opened):
                connection = opened.connection
                watch = opened.watch
                backoff.reset()
                lostSince = nil
                lastError = ""
                return opened.active
            case .failure(let error):
                let text = "\(error)"
                if text != lastError {
                    events.emit(
                        .libvirtUnreachable, "libvirt \(uri) unreachable: \(text); retrying with back-off",
                        level: .warning
                    ) { $0.detail = text }
                }
                lastError = text
                nextAttempt = now + backoff.take()
                return nil
            }
        }
        if let started = attemptStarted {
            if !slowLogged, now - started >= Self.slowAttempt {
                slowLogged = true
                events.emit(
                    .libvirtUnanswered,
                    "libvirt \(uri) has not answered a connection attempt for \(Self.slowAttempt): still waiting",
                    level: .warning)
            }
            return nil
        }
        guard connection == nil, now >= nextAttempt else { return nil }
        attemptStarted = now
        let (uri, notices, wake, finished) = (uri, notices, wake, finished)
        DispatchQueue.global().async {
            let result = Result { () throws(LibvirtError) -> Opened in
                let connection = try Connection(uri: uri)
                try connection.setKeepAlive(interval: Self.keepAliveInterval, count: Self.keepAliveCount)
                let watch = try EventWatch(connection: connection, queue: notices)
                return Opened(connection: connection, watch: watch, active: try connection.activeDomains())
            }
            finished.put(result)
            wake.wake()
        }
        return nil
    }

    /// The connection closed (close callback or a failed call): drop it and reconnect at once.
    /// Deregistering and closing are RPCs: they run off the loop.
    func lost(now: ContinuousClock.Instant) {
        let dropped = Handoff(watch, connection)
        watch = nil
        connection = nil
        DispatchQueue.global().async { dropped.release() }
        if lostSince == nil { lostSince = now }
        nextAttempt = now
    }
}

/// Carries the last references of a connection to another thread, which releases them there.
private final class Handoff: @unchecked Sendable {
    private var watch: EventWatch?
    private var connection: Connection?

    init(_ watch: EventWatch?, _ connection: Connection?) {
        self.watch = watch
        self.connection = connection
    }

    func release() {
        watch = nil
        connection = nil
    }
}

/// One value handed from a thread to the loop.
private final class Mailbox<Value: Sendable>: Sendable {
    private let value = Mutex<Value?>(nil)
    func put(_ new: Value) { value.withLock { $0 = new } }
    func take() -> Value? { value.withLock { $0.take() } }
}
