import Corosync
import KVMHACore
import Logging

extension Daemon {
    func handle(_ event: CPGEvent) {
        let now = clock()
        switch event {
        case .configurationChange(_, let members, let left, let joined):
            for (member, _) in joined where member != state.peers.me && state.membershipLog.allows(now: now) {
                events.emit(.peerJoined, "member \(member) joined", level: .info) { $0.member = "\(member)" }
            }
            refreshNodeNames()
            var departed: [(PeerState?, CPGMember, CPGReason)] = []
            for (member, _) in left { state.refusalLogged[member] = nil }
            for (member, reason) in left where member != state.peers.me {
                departed.append((state.peers.remove(member), member, reason))
            }
            state.peers.setMembers(members, now: now)
            state.peers.restartDeadlines(now: now)
            for (state, member, reason) in departed { memberLeft(member, state: state, reason: reason, now: now) }
            board.update { $0.members = self.memberLines(now: now) }
        case .message(_, let sender, let payload):
            guard sender != state.peers.me else {
                return state.peers.ownHeartbeatDelivered(interval: settings.heartbeatInterval, now: now)
            }
            var message: PeerMessage
            switch authentication.open(payload, from: sender) {
            case .refused(let reason, let what): return refused(sender, reason, what, now: now)
            case .authentic(let opened): message = opened
            }
            if let why = state.peers.replay(sender, message) {
                return refused(sender, .replayed, "a replayed message: \(why)", peer: message.node, now: now)
            }
            if case .refused(let why) = state.claims.check(message, from: sender) {
                return refused(
                    sender, .impersonation, "a message claiming node \(message.node): \(why)", peer: message.node,
                    now: now)
            }
            // A resource not of this daemon's clone (or any, for a daemon a service manager runs) is
            // never failed on a peer's word: the peer is watched, its resource forgotten.
            if !state.claims.isOwnClone(message.resource) { message.resource = "" }
            if state.peers.heard(sender, message, now: now) {
                events.emit(.peerHeard, "member \(sender) (\(message.node)) is heard again", level: .info) {
                    $0.member = "\(sender)"
                    $0.peer = message.node
                }
            }
            checkDoubleRun(from: sender, message, now: now)
        case .totemChange:
            break
        }
    }

    /// Joins and leaves not logged in the minute past, said once (a member joining in a loop).
    func summariseMembershipFlood(now: ContinuousClock.Instant) {
        guard let count = state.membershipLog.summary(now: now) else { return }
        events.emit(
            .membershipFlood, "\(count) joins and leaves of group members in the last minute not logged one by one",
            level: .warning
        ) { $0.count = Int64(count) }
    }

    /// Says how peers are checked: at start, in the log, the events and the status.
    func announceAuthentication() {
        guard let key = authentication.key else {
            let why = authentication.missing ?? "no key"
            board.update { $0.authentication = "none (\(why))" }
            events.emit(
                .keyMissing,
                "no heartbeat key (\(why)): peers' heartbeats are refused and no peer is reported; this node's "
                    + "guests are still watched. Create Corosync's authkey (corosync-keygen, pcs, crm) or set key_file",
                level: .error
            ) { $0.detail = why }
            return
        }
        board.update { $0.authentication = "key \(key.path)" }
        if key.exposed {
            events.emit(
                .keyExposed,
                "heartbeat key \(key.path) is readable by group or others: they can forge heartbeats (chmod 0400)",
                level: .warning
            ) { $0.detail = key.path }
        }
    }

    /// A message nothing is done with: logged once a minute per member (a rogue member sending
    /// thousands must not flood the log), never acted on.
    func refused(
        _ sender: CPGMember, _ reason: DaemonEvent.Reason, _ what: String, peer: String? = nil,
        now: ContinuousClock.Instant
    ) {
        events.metrics.refusedMessage(reason)
        if let last = state.refusalLogged[sender], now - last < .seconds(60) { return }
        state.refusalLogged[sender] = now
        events.emit(
            .refused, "refused \(what) from member \(sender) (further refusals from it logged once a minute)",
            level: .warning
        ) {
            $0.member = "\(sender)"
            $0.peer = peer
            $0.reason = reason
        }
    }

    func memberLeft(_ member: CPGMember, state: PeerState?, reason: CPGReason, now: ContinuousClock.Instant) {
        let who = "\(member) (\(state?.node ?? "node unknown"))"
        let silence = state.map { "\((now - $0.lastHeard).wholeMilliseconds) ms after its last heartbeat" } ?? ""
        func left(
            _ kind: DaemonEvent.Kind, _ text: String, level: Logger.Level, why: DaemonEvent.Reason? = nil,
            detail: String? = nil
        ) {
            // An authenticated peer's death is always said; a stranger's comings and goings within budget.
            guard kind == .nodeDown || state?.authenticated == true || self.state.membershipLog.allows(now: now) else {
                return
            }
            events.emit(kind, text, level: level) {
                $0.member = "\(member)"
                $0.peer = state?.node
                $0.resource = state.flatMap { $0.resource.isEmpty ? nil : $0.resource }
                $0.reason = why
                $0.detail = detail
            }
        }
        switch reason {
        case .processDown:
            left(.peerDown, "member \(who) PROCDOWN: the daemon died, its node did not; \(silence)", level: .warning)
            failPeer(state, member: member, because: "kvmha-cpgmonitor PROCDOWN", detected: now)
        case .nodeDown:
            left(.nodeDown, "member \(who) NODEDOWN: left to Pacemaker's fencing; \(silence)", level: .warning)
        case .leave:
            left(.peerLeft, "member \(who) left the group", level: .info, why: .leave)
        default:
            left(
                .peerLeft, "member \(who) left (reason \(reason.rawValue))", level: .info, detail: "\(reason.rawValue)")
        }
    }

    /// Fails a dead or hung peer's clone instance, once (by the lowest surviving member), with quorum.
    func failPeer(_ state: PeerState?, member: CPGMember, because why: String, detected: ContinuousClock.Instant) {
        guard self.state.peers.isReporter(about: member, inClone: self.state.claims.isOwnClone) else { return }
        guard let state, let node = state.node, !state.resource.isEmpty else {
            events.emit(.ignored, "member \(member) runs under no cluster resource: nothing to fail", level: .info) {
                $0.member = "\(member)"
                $0.peer = state?.node
                $0.reason = .noResource
            }
            return
        }
        guard quorate() else {
            events.emit(.ignored, "member \(member): not reported: this partition has no quorum", level: .warning) {
                $0.member = "\(member)"
                $0.peer = node
                $0.resource = state.resource
                $0.reason = .noQuorum
            }
            return
        }
        reportForPeer(state.resource, on: node, because: why, detected: detected)
    }

    /// A report a peer's message or silence led to: at most one per peer node per heartbeat_timeout,
    /// behind this node's own guests' reports in the gate.
    func reportForPeer(_ resource: String, on node: String, because why: String, detected: ContinuousClock.Instant) {
        guard takePeerReport(about: node) else {
            events.emit(
                .reportDropped,
                "report of \(resource) on \(node) (\(why)) dropped: one report about \(node) per heartbeat_timeout",
                level: .warning
            ) {
                $0.resource = resource
                $0.target = node
                $0.detail = why
            }
            return
        }
        reporter.fail(resource, on: node, because: why, detected: detected, origin: .peer, unsent: nil)
    }

    /// Whether a peer-derived report about `node` may be made now (and counts it).
    func takePeerReport(about node: String) -> Bool {
        let now = clock()
        if let last = state.peerReported[node], now - last < settings.heartbeatTimeout { return false }
        if state.peerReported.count >= 1024 {
            state.peerReported = state.peerReported.filter { now - $0.value < settings.heartbeatTimeout }
        }
        state.peerReported[node] = now
        return true
    }

    func checkDoubleRun(from sender: CPGMember, _ message: PeerMessage, now: ContinuousClock.Instant) {
        // Two daemons of one node share its libvirtd (tests, a restart overlap): never a double run.
        guard message.node != settings.nodeName else { return }
        // What runs here is unknown while libvirtd is unreachable: accuse nobody on a stale list.
        guard link.isConnected else { return }
        func accuses(_ record: DomainRecord?, _ uuid: String, managed: Bool) -> Bool {
            ReportRule.doubleRun(
                record: record, runningHere: state.guests.isActive(uuid), peerManaged: managed,
                localNodeID: state.peers.me.nodeID, peerNodeID: sender.nodeID)
        }
        // Every peer's heartbeat comes here (5 a second each at the default interval), listing all
        // its domains: the cached records find candidates, allocating nothing when there are none.
        var claimed: [String] = []
        for (uuid, managed) in message.domains
        where accuses(state.recordCache.byUUID[uuid.lowercased()], uuid, managed: managed) {
            claimed.append(uuid)
        }
        let ripe = state.doubleRuns.heartbeat(
            from: message.node, claimed: claimed, hold: settings.heartbeatTimeout, now: now)
        for uuid in ripe {
            let managed = message.domains[uuid] ?? false
            // The record as it is now decides (a migration changes it from running to migrating-away
            // while the guest runs on both hosts): read from disk only for a claim that held.
            // Not now when a report about that node was just made: the claim ripens again after it.
            guard let record = record(uuid: uuid), accuses(record, uuid, managed: managed), quorate(),
                takePeerReport(about: message.node)
            else {
                state.doubleRuns.settled(uuid, node: message.node, now: now, reported: false)
                continue
            }
            state.doubleRuns.settled(uuid, node: message.node, now: now, reported: true)
            events.emit(
                .doubleRun,
                "domain \(record.domainName) (\(uuid)) runs here for \(record.resource) AND on \(message.node) "
                    + "(\(managed ? "managed" : "not managed") there): double run", level: .error
            ) {
                $0.domain = record.domainName
                $0.uuid = uuid
                $0.resource = record.resource
                $0.target = message.node
                $0.peer = message.node
                $0.member = "\(sender)"
                $0.reason = managed ? .managedThere : .unmanagedThere
            }
            reporter.fail(
                record.resource, on: message.node, because: "double run", detected: now, origin: .peer, unsent: nil)
        }
    }

    func memberLines(now: ContinuousClock.Instant) -> [String] {
        state.peers.members.map { member in
            if member == state.peers.me { return "\(member) \(settings.nodeName) (this daemon)" }
            let peer = state.peers.peers[member]
            let heard = peer.map { "heard \(( now - $0.lastHeard).wholeMilliseconds) ms ago" } ?? ""
            return "\(member) \(peer?.node ?? "?") \(peer?.resource ?? "") \(heard)"
        }
    }
}
