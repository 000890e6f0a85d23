import KVMHACore
import Libvirt
import Logging

/// The daemon's one persistent libvirt connection: keepalive on, events subscribed, reopened with
/// back-off (0.25 s doubling to 5 s) after it closes. `lostSince` drives the health attribute.
final class LibvirtLink {
    static let keepAliveInterval: Int32 = 1
    static let keepAliveCount: UInt32 = 3
    static let connectTimeout: Duration = .seconds(5)

    let uri: String
    let notices: NoticeQueue
    let logger: Logger
    private(set) var connection: Connection?
    private var watch: EventWatch?
    /// When the connection was last lost (or the daemon started without one); nil while connected.
    private(set) var lostSince: ContinuousClock.Instant? = .now
    private var nextAttempt: ContinuousClock.Instant = .now
    private var backoff: Duration = .milliseconds(250)
    private var lastError = ""
    /// One connection attempt at a time: one blocked in virConnectOpen (a hung libvirtd) is waited
    /// for, not joined by a new thread on every retry.
    private let attempts = SingleFlight()

    init(uri: String, notices: NoticeQueue, logger: Logger) {
        self.uri = uri
        self.notices = notices
        self.logger = logger
    }

    /// When the next connection attempt is due; nil while connected.
    var nextAttemptDue: ContinuousClock.Instant? { connection == nil ? nextAttempt : nil }

    /// Tries to connect if it is time; true when a connection was just made.
    func connectIfDue(now: ContinuousClock.Instant) -> Bool {
        guard connection == nil, now >= nextAttempt else { return false }
        let uri = uri
        do {
            let attempt = try attempts.call("connecting to \(uri)", deadline: .after(Self.connectTimeout)) {
                () throws(LibvirtError) -> Connection in
                let connection = try Connection(uri: uri)
                try connection.setKeepAlive(interval: Self.keepAliveInterval, count: Self.keepAliveCount)
                return connection
            }
            guard let opened = attempt else {
                nextAttempt = now + backoff
                return false
            }
            watch = try EventWatch(connection: opened, queue: notices)
            connection = opened
            backoff = .milliseconds(250)
            lostSince = nil
            lastError = ""
            return true
        } catch {
            let text = "\(error)"
            if text != lastError { logger.warning("libvirt \(uri) unreachable: \(text); retrying with back-off") }
            lastError = text
            nextAttempt = now + backoff
            backoff = min(backoff * 2, .seconds(5))
            return false
        }
    }

    /// The connection closed (close callback or a failed call): drop it and reconnect at once.
    func lost(now: ContinuousClock.Instant) {
        watch = nil
        connection = nil
        if lostSince == nil { lostSince = now }
        nextAttempt = now
    }
}
