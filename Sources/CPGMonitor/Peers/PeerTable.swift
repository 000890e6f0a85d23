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
    /// The sender's incarnation and the last sequence taken from it: a replay carries an older one.
    var incarnation: UInt64 = 0
    var sequence: UInt64 = 0

    /// Heard with a valid tag at least once: only such a member's silence or death is acted on.
    var authenticated: Bool { node != nil }
}

/// The group as this daemon sees it. Membership comes from CPG (agreed, the same on every member);
/// freshness from heartbeats (local).
struct PeerTable: Sendable {
    let me: CPGMember
    private(set) var peers: [CPGMember: PeerState] = [:]
    /// When one of this daemon's own heartbeats last came back through the ring.
    private(set) var lastOwnDelivery: ContinuousClock.Instant?
    /// Incarnations of members that left: their messages replayed later are refused.
    private var retired = RetiredIncarnations()

    init(me: CPGMember) { self.me = me }

    var members: [CPGMember] { ([me] + peers.keys).sorted(by: Self.order) }

    mutating func setMembers(_ members: [CPGMember], now: ContinuousClock.Instant) {
        let others = Set(members).subtracting([me])
        for gone in Set(peers.keys).subtracting(others) { peers[gone] = nil }
        for member in others where peers[member] == nil { peers[member] = PeerState(member: member, lastHeard: now) }
    }

    @discardableResult
    mutating func remove(_ member: CPGMember) -> PeerState? {
        let state = peers.removeValue(forKey: member)
        if let incarnation = state?.incarnation, incarnation != 0 { retired.insert(incarnation) }
        return state
    }

    /// Why an authentic message is still not taken: a sequence not above the last one of its
    /// incarnation, another incarnation for the same member, or the incarnation of one that left.
    func replay(_ member: CPGMember, _ message: PeerMessage) -> String? {
        guard message.incarnation != 0 else { return "it carries no incarnation" }
        if let state = peers[member], state.incarnation != 0 {
            guard message.incarnation == state.incarnation else {
                return "incarnation \(String(message.incarnation, radix: 16)) is not the member's"
            }
            guard message.sequence > state.sequence else {
                return "sequence \(message.sequence) is not after \(state.sequence)"
            }
            return nil
        }
        return retired.contains(message.incarnation) ? "its incarnation ended" : nil
    }

    /// Records a heartbeat; says whether the peer had been declared silent (it came back).
    @discardableResult
    mutating func heard(_ member: CPGMember, _ message: PeerMessage, now: ContinuousClock.Instant) -> Bool {
        guard member != me else { return false }
        var state = peers[member] ?? PeerState(member: member, lastHeard: now)
        let wasSilent = state.silenceHandled
        state.node = message.node
        state.resource = message.resource
        state.domains = message.domains
        state.incarnation = message.incarnation
        state.sequence = message.sequence
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
        for (member, state) in peers where !state.silenceHandled { peers[member]?.lastHeard = now }
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
        for (member, state) in peers where state.authenticated && !state.silenceHandled && state.lastHeard < limit {
            peers[member]?.silenceHandled = true
            silent.append(state)
        }
        if silent.count > 1 { silent.sort { Self.order($0.member, $1.member) } }
        return silent
    }

    /// The earliest instant a peer could become silent.
    func nextSilenceDeadline(timeout: Duration) -> ContinuousClock.Instant? {
        var earliest: ContinuousClock.Instant?
        for state in peers.values
        where state.authenticated && !state.silenceHandled && earliest.map({ state.lastHeard < $0 }) ?? true {
            earliest = state.lastHeard
        }
        return earliest.map { $0 + timeout }
    }

    /// Whether this daemon is the one that reports about `subject`: the lowest member (node id, then
    /// pid) among the authenticated instances of its clone still alive, so a failure is reported
    /// once, not by every survivor — and a member without the key, or of another clone, cannot be
    /// elected to report nothing.
    func isReporter(about subject: CPGMember, inClone: (String) -> Bool) -> Bool {
        let alive = members.filter { member in
            guard member != subject else { return false }
            guard member != me else { return true }
            guard let state = peers[member] else { return false }
            return state.authenticated && !state.silenceHandled && inClone(state.resource)
        }
        return alive.first == me
    }

    static func order(_ a: CPGMember, _ b: CPGMember) -> Bool {
        (a.nodeID, a.pid) < (b.nodeID, b.pid)
    }
}
