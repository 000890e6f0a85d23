import Synchronization

/// Bounds what the daemon asks of Pacemaker, whatever its inputs: one report per resource and node
/// a second at most, at most `limit` crm_resource processes at once, and the reports beyond that
/// waiting their turn (up to `waitingLimit`) rather than dropped — eleven guests of one node
/// crashing together must all be reported (bench/scale found three of eleven dropped), while a
/// flood of lies from a peer still costs a few processes, not one per message.
final class ReportGate: Sendable {
    static let interval: Duration = .seconds(1)
    static let limit = 8
    /// Distinct resources waiting for a free slot; more than this at once is a flood, not a failure.
    static let waitingLimit = 256

    typealias Job = @Sendable () -> Void

    private struct State {
        var last: [String: ContinuousClock.Instant] = [:]
        var running = 0
        var waiting: [Job] = []
    }
    private let state = Mutex(State())

    enum Decision: Equatable {
        /// Start it now; `finished()` when done.
        case go
        /// The same resource and node was reported less than a second ago: dropped.
        case tooSoon
        /// `limit` reports are running: it starts when one of them finishes.
        case queued
        /// `waitingLimit` reports are waiting already: dropped.
        case full
    }

    /// Whether a report of `key` may start now; `job` is kept when it must wait.
    func enter(_ key: String, now: ContinuousClock.Instant = .now, job: @escaping Job) -> Decision {
        state.withLock { state in
            if let last = state.last[key], now - last < Self.interval { return .tooSoon }
            if state.running >= Self.limit, state.waiting.count >= Self.waitingLimit { return .full }
            // Forget keys that can no longer hold anything back: the table stays as small as a second's reports.
            if state.last.count > 1024 { state.last = state.last.filter { now - $0.value < Self.interval } }
            state.last[key] = now
            guard state.running < Self.limit else {
                state.waiting.append(job)
                return .queued
            }
            state.running += 1
            return .go
        }
    }

    /// A report ended: the next waiting one, if any, takes its slot and is returned to be run.
    func finished() -> Job? {
        state.withLock { state in
            guard !state.waiting.isEmpty else {
                state.running -= 1
                return nil
            }
            return state.waiting.removeFirst()
        }
    }
}
