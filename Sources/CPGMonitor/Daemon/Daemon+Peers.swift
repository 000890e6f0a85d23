import Corosync
import KVMHACore
import Logging

extension Daemon {
    func handle(_ event: CPGEvent) {
        let now = clock()
        switch event {
        case .configurationChange(_, let members, let left, let joined):
            for (member, _) in joined where member != peers.me {
                events.emit(.peerJoined, "member \(member) joined", level: .info) { $0.member = "\(member)" }
            }
            refreshNodeNames()
            var departed: [(PeerState?, CPGMember, CPGReason)] = []
            for (member, _) in left { refusalLogged[member] = nil }
            for (member, reason) in left where member != peers.me {
                departed.append((peers.remove(member), member, reason))
            }
            peers.setMembers(members, now: now)
            peers.restartDeadlines(now: now)
            for (state, member, reason) in departed { memberLeft(member, state: state, reason: reason, now: now) }
            board.update { $0.members = self.memberLines(now: now) }
        case .message(_, let sender, let payload):
            guard sender != peers.me else {
                return peers.ownHeartbeatDelivered(interval: settings.heartbeatInterval, now: now)
            }
            guard let message = PeerMessage(decoding: payload) else {
                return refused(sender, .malformed, "a malformed message of \(payload.count) bytes", now: now)
            }
            if case .refused(let why) = claims.check(message, from: sender) {
                return refused(
                    sender, .impersonation, "a message claiming node \(message.node): \(why)", peer: message.node,
                    now: now)
            }
            if peers.heard(sender, message, now: now) {
                events.emit(.peerHeard, "member \(sender) (\(message.node)) is heard again", level: .info) {
                    $0.member = "\(sender)"
                    $0.peer = message.node
                }
            }
            checkDoubleRun(from: sender, message)
        case .totemChange:
            break
        }
    }

    /// A message nothing is done with: logged once a minute per member (a rogue member sending
    /// thousands must not flood the log), never acted on.
    func refused(
        _ sender: CPGMember, _ reason: DaemonEvent.Reason, _ what: String, peer: String? = nil,
        now: ContinuousClock.Instant
    ) {
        if let last = refusalLogged[sender], now - last < .seconds(60) { return }
        refusalLogged[sender] = now
        events.emit(
            .refused, "refused \(what) from member \(sender) (further refusals from it logged once a minute)",
            level: .warning
        ) {
            $0.member = "\(sender)"
            $0.peer = peer
            $0.reason = reason.rawValue
        }
    }

    func memberLeft(_ member: CPGMember, state: PeerState?, reason: CPGReason, now: ContinuousClock.Instant) {
        let who = "\(member) (\(state?.node ?? "node unknown"))"
        let silence = state.map { "\((now - $0.lastHeard).wholeMilliseconds) ms after its last heartbeat" } ?? ""
        func left(_ kind: DaemonEvent.Kind, _ text: String, level: Logger.Level, why: String? = nil) {
            events.emit(kind, text, level: level) {
                $0.member = "\(member)"
                $0.peer = state?.node
                $0.resource = state.flatMap { $0.resource.isEmpty ? nil : $0.resource }
                $0.reason = why
            }
        }
        switch reason {
        case .processDown:
            left(.peerDown, "member \(who) PROCDOWN: the daemon died, its node did not; \(silence)", level: .warning)
            failPeer(state, member: member, because: "kvmha-cpgmonitor PROCDOWN", detected: now)
        case .nodeDown:
            left(.nodeDown, "member \(who) NODEDOWN: left to Pacemaker's fencing; \(silence)", level: .warning)
        case .leave:
            left(.peerLeft, "member \(who) left the group", level: .info, why: "leave")
        default:
            left(.peerLeft, "member \(who) left (reason \(reason.rawValue))", level: .info, why: "\(reason.rawValue)")
        }
    }

    /// Fails a dead or hung peer's clone instance, once (by the lowest surviving member), with quorum.
    func failPeer(_ state: PeerState?, member: CPGMember, because why: String, detected: ContinuousClock.Instant) {
        guard peers.isReporter(about: member) else { return }
        guard let state, let node = state.node, !state.resource.isEmpty else {
            events.emit(.ignored, "member \(member) runs under no cluster resource: nothing to fail", level: .info) {
                $0.member = "\(member)"
                $0.peer = state?.node
                $0.reason = DaemonEvent.Reason.noResource.rawValue
            }
            return
        }
        guard quorate() else {
            events.emit(.ignored, "member \(member): not reported: this partition has no quorum", level: .warning) {
                $0.member = "\(member)"
                $0.peer = node
                $0.resource = state.resource
                $0.reason = DaemonEvent.Reason.noQuorum.rawValue
            }
            return
        }
        reporter.fail(state.resource, on: node, because: why, detected: detected)
    }

    func checkDoubleRun(from sender: CPGMember, _ message: PeerMessage) {
        // Two daemons of one node share its libvirtd (tests, a restart overlap): never a double run.
        guard message.node != settings.nodeName else { return }
        // What runs here is unknown while libvirtd is unreachable: accuse nobody on a stale list.
        guard link.isConnected else { return }
        // Every peer's heartbeat comes here (5 a second each at the default interval), listing all
        // its domains: the common case, no double run known, allocates nothing per domain.
        if !doubleRuns.isEmpty {
            doubleRuns = Self.forgetEnded(doubleRuns, node: message.node, listed: Array(message.domains.keys))
        }
        for (uuid, peerManaged) in message.domains {
            func accuses(_ record: DomainRecord?) -> Bool {
                ReportRule.doubleRun(
                    record: record, runningHere: guests.isActive(uuid), peerManaged: peerManaged,
                    localNodeID: peers.me.nodeID, peerNodeID: sender.nodeID)
            }
            // The cached records find candidates; the record as it is now decides (a migration
            // changes it from running to migrating-away while the guest runs on both hosts).
            guard accuses(recordIndex[uuid.lowercased()]), let record = record(uuid: uuid), accuses(record) else {
                if !doubleRuns.isEmpty { doubleRuns.remove("\(uuid)@\(message.node)") }
                continue
            }
            let key = "\(uuid)@\(message.node)"
            guard !doubleRuns.contains(key), doubleRuns.count < Self.doubleRunLimit else { continue }
            doubleRuns.insert(key)
            events.emit(
                .doubleRun,
                "domain \(record.domainName) (\(uuid)) runs here for \(record.resource) AND on \(message.node) "
                    + "(\(peerManaged ? "managed" : "not managed") there): double run", level: .error
            ) {
                $0.domain = record.domainName
                $0.uuid = uuid
                $0.resource = record.resource
                $0.target = message.node
                $0.peer = message.node
                $0.member = "\(sender)"
                $0.reason = peerManaged ? "managed-there" : "unmanaged-there"
            }
            guard quorate() else { continue }
            reporter.fail(record.resource, on: message.node, because: "double run", detected: clock())
        }
    }

    /// More double runs at once than any cluster has guests: a bound, not a rule.
    static let doubleRunLimit = 4096

    /// A double run that ended (the peer no longer lists the domain) may happen again: forget it,
    /// so the next one is reported too.
    static func forgetEnded(_ reported: Set<String>, node: String, listed: [String]) -> Set<String> {
        let current = Set(listed.map { "\($0)@\(node)" })
        return reported.filter { !$0.hasSuffix("@\(node)") || current.contains($0) }
    }

    func memberLines(now: ContinuousClock.Instant) -> [String] {
        peers.members.map { member in
            if member == peers.me { return "\(member) \(settings.nodeName) (this daemon)" }
            let state = peers.peers[member]
            let heard = state.map { "heard \(( now - $0.lastHeard).wholeMilliseconds) ms ago" } ?? ""
            return "\(member) \(state?.node ?? "?") \(state?.resource ?? "") \(heard)"
        }
    }
}
