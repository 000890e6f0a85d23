import Corosync

/// What this daemon knows of each group member, from CPG membership and their heartbeats.
struct PeerState: Sendable {
    let member: CPGMember
    var node: String?
    var resource: String = ""
    var lastHeard: ContinuousClock.Instant
    var domains: [String: Bool] = [:]
    /// Set once a missed heartbeat was handled, cleared when it is heard again.
    var silenceHandled = false
}

/// The group as this daemon sees it. Membership comes from CPG (agreed, the same on every member);
/// freshness from heartbeats (local).
struct PeerTable: Sendable {
    let me: CPGMember
    private(set) var peers: [CPGMember: PeerState] = [:]
    /// When one of this daemon's own heartbeats last came back through the ring.
    private(set) var lastOwnDelivery: ContinuousClock.Instant?

    init(me: CPGMember) { self.me = me }

    var members: [CPGMember] { ([me] + peers.keys).sorted(by: Self.order) }

    mutating func setMembers(_ members: [CPGMember], now: ContinuousClock.Instant) {
        let others = Set(members).subtracting([me])
        for gone in Set(peers.keys).subtracting(others) { peers[gone] = nil }
        for member in others where peers[member] == nil { peers[member] = PeerState(member: member, lastHeard: now) }
    }

    @discardableResult
    mutating func remove(_ member: CPGMember) -> PeerState? { peers.removeValue(forKey: member) }

    /// Records a heartbeat; says whether the peer had been declared silent (it came back).
    @discardableResult
    mutating func heard(_ member: CPGMember, _ message: PeerMessage, now: ContinuousClock.Instant) -> Bool {
        guard member != me else { return false }
        var state = peers[member] ?? PeerState(member: member, lastHeard: now)
        let wasSilent = state.silenceHandled
        state.node = message.node
        state.resource = message.resource
        state.domains = message.domains
        state.lastHeard = now
        state.silenceHandled = false
        peers[member] = state
        return wasSilent
    }

    /// One of our own heartbeats came back. After a gap (totem re-forming after a node loss delivers
    /// nothing, then everyone's queued messages in a burst, ours possibly first) every peer gets a
    /// fresh deadline: the ring was silent, not the peers.
    mutating func ownHeartbeatDelivered(interval: Duration, now: ContinuousClock.Instant) {
        if let last = lastOwnDelivery, now - last > interval + interval { restartDeadlines(now: now) }
        lastOwnDelivery = now
    }

    /// The ring re-formed (a membership change): every peer's silence counts from now.
    mutating func restartDeadlines(now: ContinuousClock.Instant) {
        for member in peers.keys where peers[member]?.silenceHandled == false { peers[member]?.lastHeard = now }
    }

    /// Whether our own heartbeats go round: only then does a peer's silence mean the peer.
    func ringIsLive(interval: Duration, now: ContinuousClock.Instant) -> Bool {
        guard let last = lastOwnDelivery else { return false }
        return now - last <= interval + interval
    }

    /// Peers silent for longer than `timeout` while the ring is live that were not handled yet;
    /// marks them handled.
    mutating func newlySilent(timeout: Duration, interval: Duration, now: ContinuousClock.Instant) -> [PeerState] {
        guard ringIsLive(interval: interval, now: now) else { return [] }
        // Runs on every turn of the loop: a comparison per peer, an allocation only for a silent one.
        let limit = now - timeout
        var silent: [PeerState] = []
        for (member, state) in peers where !state.silenceHandled && state.lastHeard < limit {
            peers[member]?.silenceHandled = true
            silent.append(state)
        }
        if silent.count > 1 { silent.sort { Self.order($0.member, $1.member) } }
        return silent
    }

    /// The earliest instant a peer could become silent.
    func nextSilenceDeadline(timeout: Duration) -> ContinuousClock.Instant? {
        var earliest: ContinuousClock.Instant?
        for state in peers.values where !state.silenceHandled && earliest.map({ state.lastHeard < $0 }) ?? true {
            earliest = state.lastHeard
        }
        return earliest.map { $0 + timeout }
    }

    /// Whether this daemon is the one that reports about `subject`: the lowest member (node id, then
    /// pid) among those still alive, so a failure is reported once, not by every survivor.
    func isReporter(about subject: CPGMember) -> Bool {
        let alive = members.filter { $0 != subject && ($0 == me || peers[$0]?.silenceHandled == false) }
        return alive.first == me
    }

    static func order(_ a: CPGMember, _ b: CPGMember) -> Bool {
        (a.nodeID, a.pid) < (b.nodeID, b.pid)
    }
}
