/// A peer's heartbeats listing a guest this node runs for the cluster: reported as a double run only
/// once the claim holds — in every heartbeat of that node for `heartbeats` messages spanning
/// `heartbeat_timeout` (a lie toggled on and off, or one message, never ripens) — and then not again
/// for `quiet`, however often the claim stops and starts (a rogue cannot fail a guest once a second).
struct DoubleRunWatch: Sendable {
    struct Claim: Hashable, Sendable {
        let uuid: String
        let node: String
    }

    static let heartbeats = 3
    static let quiet: Duration = .seconds(300)
    /// More claims at once than any cluster has guests: a bound, not a rule.
    static let limit = 4096

    private var pending: [Claim: (since: ContinuousClock.Instant, count: Int)] = [:]
    private var reported: [Claim: ContinuousClock.Instant] = [:]

    /// One heartbeat of `node` whose listed domains include `claimed` (the UUIDs the cached records
    /// say run here for the cluster): claims it no longer makes end; those that held long enough are
    /// returned, to be checked against the records as they are now.
    mutating func heartbeat(
        from node: String, claimed: [String], hold: Duration, now: ContinuousClock.Instant
    ) -> [String] {
        if claimed.isEmpty, pending.isEmpty { return [] }  // the common case allocates nothing
        let current = Set(claimed)
        pending = pending.filter { $0.key.node != node || current.contains($0.key.uuid) }
        var ripe: [String] = []
        for uuid in claimed {
            let claim = Claim(uuid: uuid, node: node)
            if let last = reported[claim], now - last < Self.quiet { continue }
            guard var entry = pending[claim] ?? (pending.count < Self.limit ? (now, 0) : nil) else { continue }
            entry.count += 1
            pending[claim] = entry
            if entry.count >= Self.heartbeats, now - entry.since >= hold { ripe.append(uuid) }
        }
        return ripe
    }

    /// A ripe claim was reported (or found false): it rests for `quiet`.
    mutating func settled(_ uuid: String, node: String, now: ContinuousClock.Instant, reported wasReported: Bool) {
        let claim = Claim(uuid: uuid, node: node)
        pending[claim] = nil
        guard wasReported else { return }
        if reported.count >= Self.limit { reported = reported.filter { now - $0.value < Self.quiet } }
        reported[claim] = now
    }
}
