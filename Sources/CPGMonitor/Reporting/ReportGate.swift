import Synchronization

/// Bounds what the daemon asks of Pacemaker, whatever its inputs: one report per resource and node
/// a second at most, and at most `limit` crm_resource processes at once. A flood of failures (or of
/// lies from a peer) costs a few processes, not one per message.
final class ReportGate: Sendable {
    static let interval: Duration = .seconds(1)
    static let limit = 8

    private struct State {
        var last: [String: ContinuousClock.Instant] = [:]
        var running = 0
    }
    private let state = Mutex(State())

    enum Decision: Equatable {
        case go
        case tooSoon
        case busy
    }

    /// Whether a report of `key` may start now; a `.go` must be followed by `finished()`.
    func enter(_ key: String, now: ContinuousClock.Instant = .now) -> Decision {
        state.withLock { state in
            if let last = state.last[key], now - last < Self.interval { return .tooSoon }
            guard state.running < Self.limit else { return .busy }
            // Forget keys that can no longer hold anything back: the table stays as small as a second's reports.
            if state.last.count > 1024 { state.last = state.last.filter { now - $0.value < Self.interval } }
            state.last[key] = now
            state.running += 1
            return .go
        }
    }

    func finished() { state.withLock { $0.running -= 1 } }
}
