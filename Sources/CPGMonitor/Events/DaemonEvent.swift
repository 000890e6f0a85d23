import KVMHACore

/// One decision of the daemon, as data. Written as a JSON line to the events file, logged with the
/// same fields as swift-log metadata beside the human sentence (`text`). Consumers — `events`, the
/// metrics, the lab's runner, the tests — match on `kind` and the fields, never on `text`.
struct DaemonEvent: Decodable, Sendable, Equatable {
    /// Raised when a field changes meaning or goes; a new kind or field keeps it.
    static let schema = 1

    enum Kind: String, Codable, Sendable, CaseIterable {
        case started, stopping
        /// The node name given is not Corosync's for this node: peers refuse its heartbeats.
        case nameMismatch = "name-mismatch"
        /// No heartbeat key (`reason` says why): peers are not acted on; said at start.
        case keyMissing = "key-missing"
        /// The heartbeat key's file is readable by group or others (`reason` its path); said at start.
        case keyExposed = "key-exposed"
        case libvirtConnected = "libvirt-connected"
        case libvirtLost = "libvirt-lost"
        /// A connection attempt failed (`reason`: libvirt's error), logged when the error changes.
        case libvirtUnreachable = "libvirt-unreachable"
        /// A connection attempt has had no answer for 5 s (a hung libvirtd); the attempt goes on.
        case libvirtUnanswered = "libvirt-unanswered"
        /// A failure of a guest the cluster runs here (`failure`), to be reported against `resource`.
        case detected
        /// A guest failure not reported, `reason` says why.
        case ignored
        /// Records read again after a reconnect or regained quorum: `count` guests found gone.
        case rescan
        /// Pacemaker took the report (`crm_resource --fail`); `latency_ms` from the detection.
        case reported
        /// crm_resource refused or failed (after its retries), or the report gate dropped it.
        case reportFailed = "report-failed"
        case reportDropped = "report-dropped"
        /// A peer's message nothing is done with (`reason`), logged once a minute per member.
        case refused
        case peerJoined = "peer-joined"
        /// More than 20 joins and leaves in a minute: `count` of them not logged one by one.
        case membershipFlood = "membership-flood"
        /// A peer daemon left cleanly (`reason` leave) or for another reason Corosync gave.
        case peerLeft = "peer-left"
        /// A peer daemon died (PROCDOWN) while its node did not.
        case peerDown = "peer-down"
        /// A peer's node left the membership (NODEDOWN): fencing's case, not the daemon's.
        case nodeDown = "node-down"
        case peerSilent = "peer-silent"
        case peerHeard = "peer-heard"
        case quorumLost = "quorum-lost"
        /// Corosync did not answer the quorum question (`reason`): counted as no quorum; once per loss.
        case quorumUnanswered = "quorum-unanswered"
        case quorumRegained = "quorum-regained"
        /// `#health-kvmha` set (`health` green or red).
        case healthChanged = "health-changed"
        /// A guest recorded running here is also listed by `peer` (`target`).
        case doubleRun = "double-run"
        /// This Pacemaker (`reason`: its version) counts a reported failure twice toward
        /// migration-threshold; said once at start.
        case failuresCountedTwice = "failures-counted-twice"
    }

    /// Why a guest failure or a peer was not reported.
    enum Reason: String, Sendable, CaseIterable {
        case notManaged = "not-managed"
        case beingStopped = "being-stopped"
        case beingMigrated = "being-migrated"
        case stoppedByCluster = "stopped-by-cluster"
        /// A late STOPPED of an earlier QEMU: the guest runs again.
        case runsAgain = "runs-again"
        case noQuorum = "no-quorum"
        /// The peer runs under no cluster resource: nothing to fail.
        case noResource = "no-resource"
        case malformed
        case impersonation
        /// No tag (a daemon without the key, kvmha 0.2, not a daemon), or this daemon has no key.
        case unauthenticated
        /// A tag that does not verify.
        case forged
        /// An authentic message seen before, or of a daemon that left.
        case replayed
        /// A peer daemon left the group cleanly (SIGTERM).
        case leave
        /// A double run: the peer runs the guest for the cluster too, or outside it.
        case managedThere = "managed-there"
        case unmanagedThere = "unmanaged-there"

        /// The reasons something is not acted on (an `ignored` or `refused` event), which the metrics
        /// count; a clean leave and a double run's kind are reasons of other events.
        static let notActedOn = allCases.filter { ![.leave, .managedThere, .unmanagedThere].contains($0) }
    }

    var v = DaemonEvent.schema
    /// Wall clock, milliseconds since the epoch.
    var time: Int64
    /// The node this daemon runs on.
    var node: String
    var kind: Kind
    var text: String
    var domain: String?
    var uuid: String?
    var resource: String?
    /// The node a report or a double run is about.
    var target: String?
    var failure: DetectedFailure?
    /// A CPG member, `nodeid:pid`.
    var member: String?
    /// The peer daemon's node.
    var peer: String?
    var reason: Reason?
    /// Free text where no `Reason` names the why (an error, a version, a report's cause); the line
    /// carries it under `reason` too.
    var detail: String?
    var health: String?
    var latencyMs: Int64?
    var count: Int64?

    enum CodingKeys: String, CodingKey {
        case v, time, node, kind, text, domain, uuid, resource, target, failure, member, peer, reason, health, count
        case latencyMs = "latency_ms"
    }

    init(kind: Kind, node: String, text: String, time: Int64 = Timestamp.epochMilliseconds()) {
        self.kind = kind
        self.node = node
        self.text = text
        self.time = time
    }

    /// What the line says under `reason`.
    var reasonText: String? { reason?.rawValue ?? detail }

    /// The event's JSON line (no newline).
    var line: String {
        var object = JSONObject()
        object.add(CodingKeys.v.stringValue, Int64(v))
        object.add(CodingKeys.time.stringValue, time)
        object.add(CodingKeys.node.stringValue, node)
        object.add(CodingKeys.kind.stringValue, kind.rawValue)
        for (key, value) in fields { object.add(key.stringValue, value) }
        object.add(CodingKeys.latencyMs.stringValue, latencyMs)
        object.add(CodingKeys.count.stringValue, count)
        object.add(CodingKeys.text.stringValue, text)
        return object.line
    }

    /// The optional string fields that are set, in a fixed order: the JSON line and the log metadata.
    var fields: [(CodingKeys, String)] {
        let all: [(CodingKeys, String?)] = [
            (.domain, domain), (.uuid, uuid), (.resource, resource), (.target, target), (.failure, failure?.rawValue),
            (.member, member), (.peer, peer), (.reason, reasonText), (.health, health),
        ]
        return all.compactMap { key, value in value.map { (key, $0) } }
    }
}

extension DaemonEvent {
    /// An event read back from its line without Foundation (`status`); nil for a line that is not
    /// one of this schema's events (cut short, another version, an unknown kind).
    init?(line: String) {
        guard let members = JSONObject.members(of: line),
            members[CodingKeys.v.stringValue]?.integer == Int64(Self.schema),
            let time = members[CodingKeys.time.stringValue]?.integer,
            let node = members[CodingKeys.node.stringValue]?.string,
            let kind = members[CodingKeys.kind.stringValue]?.string.flatMap(Kind.init(rawValue:)),
            let text = members[CodingKeys.text.stringValue]?.string
        else { return nil }
        self.init(kind: kind, node: node, text: text, time: time)
        func member(_ key: CodingKeys) -> String? { members[key.stringValue]?.string }
        (domain, uuid, resource) = (member(.domain), member(.uuid), member(.resource))
        (target, failure, self.member) = (
            member(.target), member(.failure).flatMap(DetectedFailure.init), member(.member)
        )
        (peer, health) = (member(.peer), member(.health))
        setReason(member(.reason))
        latencyMs = members[CodingKeys.latencyMs.stringValue]?.integer
        count = members[CodingKeys.count.stringValue]?.integer
    }
}

extension DaemonEvent {
    /// A `reason` read back: one of `Reason`'s names, else free text.
    mutating func setReason(_ text: String?) {
        if let text, let known = Reason(rawValue: text) {
            (reason, detail) = (known, nil)
        } else {
            (reason, detail) = (nil, text)
        }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try container.decode(Kind.self, forKey: .kind),
            node: try container.decode(String.self, forKey: .node),
            text: try container.decode(String.self, forKey: .text),
            time: try container.decode(Int64.self, forKey: .time))
        v = try container.decode(Int.self, forKey: .v)
        func optional(_ key: CodingKeys) throws -> String? { try container.decodeIfPresent(String.self, forKey: key) }
        (domain, uuid, resource, target) = (
            try optional(.domain), try optional(.uuid), try optional(.resource), try optional(.target)
        )
        failure = try optional(.failure).flatMap(DetectedFailure.init)
        (member, peer, health) = (try optional(.member), try optional(.peer), try optional(.health))
        setReason(try optional(.reason))
        latencyMs = try container.decodeIfPresent(Int64.self, forKey: .latencyMs)
        count = try container.decodeIfPresent(Int64.self, forKey: .count)
    }
}

/// What the daemon detected: a failure libvirt announced, a QEMU stopped past heartbeat_timeout
/// (`hung`), or a guest recorded running whose QEMU is gone (`gone`, found on a rescan).
enum DetectedFailure: Sendable, Equatable, RawRepresentable {
    case announced(GuestFailure)
    case hung
    case gone

    init?(rawValue: String) {
        switch rawValue {
        case "hung": self = .hung
        case "gone": self = .gone
        default:
            guard let failure = GuestFailure(rawValue: rawValue) else { return nil }
            self = .announced(failure)
        }
    }

    var rawValue: String {
        switch self {
        case .announced(let failure): failure.rawValue
        case .hung: "hung"
        case .gone: "gone"
        }
    }
}
