import Synchronization

/// Bounds what the daemon asks of Pacemaker, whatever its inputs: one report per resource and node
/// a second at most, at most `limit` crm_resource processes at once, and the reports beyond that
/// waiting their turn (up to `waitingLimit` each for this node's own guests and for what peers'
/// messages led to) rather than dropped — eleven guests of one node crashing together must all be
/// reported (bench/scale found three of eleven dropped), while a flood of lies from a peer still
/// costs a few processes, not one per message. This node's own guests go first: a queue of
/// peer-derived reports never holds back a crash seen here.
final class ReportGate: Sendable {
    static let interval: Duration = .seconds(1)
    static let limit = 8
    /// Distinct resources waiting for a free slot, per origin; more than this at once is a flood.
    static let waitingLimit = 256

    typealias Job = @Sendable () -> Void

    private struct State {
        var last: [String: ContinuousClock.Instant] = [:]
        var running = 0
        var waitingLocal: [Job] = []
        var waitingPeer: [Job] = []
    }
    private let state = Mutex(State())

    enum Decision: Equatable {
        /// Start it now; `finished()` when done.
        case go
        /// The same resource and node was reported less than a second ago: dropped.
        case tooSoon
        /// `limit` reports are running: it starts when one of them finishes.
        case queued
        /// `waitingLimit` reports of its origin are waiting already: dropped.
        case full
    }

    /// Whether a report of `key` may start now; `job` is kept when it must wait.
    func enter(
        _ key: String, origin: ReportOrigin = .local, now: ContinuousClock.Instant = .now, job: @escaping Job
    ) -> Decision {
        state.withLock { state in
            if let last = state.last[key], now - last < Self.interval { return .tooSoon }
            let waiting = origin == .local ? state.waitingLocal.count : state.waitingPeer.count
            if state.running >= Self.limit, waiting >= Self.waitingLimit { return .full }
            // Forget keys that can no longer hold anything back: the table stays as small as a second's reports.
            if state.last.count > 1024 { state.last = state.last.filter { now - $0.value < Self.interval } }
            state.last[key] = now
            guard state.running < Self.limit else {
                if origin == .local { state.waitingLocal.append(job) } else { state.waitingPeer.append(job) }
                return .queued
            }
            state.running += 1
            return .go
        }
    }

    /// A report ended: the next waiting one, if any (this node's own first), takes its slot and is
    /// returned to be run.
    func finished() -> Job? {
        state.withLock { state in
            if !state.waitingLocal.isEmpty { return state.waitingLocal.removeFirst() }
            if !state.waitingPeer.isEmpty { return state.waitingPeer.removeFirst() }
            state.running -= 1
            return nil
        }
    }
}

/// Where a report comes from: a guest of this node (its events, its records), or a peer's message
/// or silence (a dead daemon, a double run).
enum ReportOrigin: Sendable, Equatable {
    case local
    case peer
}
