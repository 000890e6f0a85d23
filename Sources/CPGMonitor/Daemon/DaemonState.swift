import Corosync
import KVMHACore

/// Everything the daemon's loop decides from and changes, in one value: who its peers are and what
/// they may claim, the guests libvirt runs, when each periodic job is next due, quorum as last seen,
/// node health, the claims and reports it holds back, and what it last said. The `Daemon` owns the
/// links and the clock; this is its memory (`DaemonHarness` asserts on it).
struct DaemonState {
    var peers: PeerTable
    /// What peers may say about themselves (Corosync's node list, this daemon's clone).
    var claims: PeerClaims
    var guests = GuestView()
    var schedule: Schedule
    var quorum = QuorumView()
    /// `#health-kvmha`: the colour wanted, the one attrd took, and the update in flight.
    var health = HealthAttribute()
    /// Double-run claims held over heartbeats before they are reported, and those reported.
    var doubleRuns = DoubleRunWatch()
    /// The records as last read by `refreshManaged` (heartbeats and peers' messages use these).
    var recordCache = RecordCache()
    /// When a report was last made about each peer node on a peer's word (one per heartbeat_timeout).
    var peerReported: [String: ContinuousClock.Instant] = [:]
    /// Joins and leaves logged one by one: 20 a minute, the rest counted (`membership-flood`).
    var membershipLog = MembershipLogBudget()
    /// When a refused or malformed message from a member was last logged: one line a minute each.
    var refusalLogged: [CPGMember: ContinuousClock.Instant] = [:]
    /// Managed domains whose emulator was first seen stopped (SIGSTOP), by UUID.
    var stoppedSince: [String: ContinuousClock.Instant] = [:]
    /// The status board's version last written to the status file; nil before the first write.
    var writtenVersion: Int?
    /// The last metrics write failed (said once at warning until one succeeds).
    var metricsFailing = false

    init(me: CPGMember, claims: PeerClaims, now: ContinuousClock.Instant) {
        peers = PeerTable(me: me)
        self.claims = claims
        schedule = Schedule(now: now)
    }

    /// When each periodic job of the loop is next due, and the heartbeat's sequence.
    struct Schedule {
        var sequence: UInt64 = 0
        var nextHeartbeat: ContinuousClock.Instant
        var nextStatusWrite: ContinuousClock.Instant
        var nextMetricsWrite: ContinuousClock.Instant
        var nextQuorumCheck: ContinuousClock.Instant

        init(now: ContinuousClock.Instant) {
            (nextHeartbeat, nextStatusWrite, nextMetricsWrite, nextQuorumCheck) = (now, now, now, now)
        }
    }

    /// Quorum as last seen: told by Corosync when it changes, or asked every `quorumCheckInterval`
    /// where it cannot be tracked (and looked at again before every report).
    struct QuorumView {
        var quorate = false
        /// Whether the last timers' turn trusted what Corosync told of quorum (`quorumTold`).
        var wasTold = false
        /// Quorum came back since the records were last looked at for what died meanwhile.
        var regained = false
    }

    /// The records as last read, and by lowercased UUID as `record(uuid:)` picks them: every peer's
    /// heartbeat looks up each domain it lists, which must not cost a scan of the records each.
    struct RecordCache {
        var all: [DomainRecord] = [] { didSet { byUUID = Self.index(all) } }
        private(set) var byUUID: [String: DomainRecord] = [:]

        /// The records by lowercased UUID: for each UUID its `running` record, else its first.
        static func index(_ list: [DomainRecord]) -> [String: DomainRecord] {
            var index: [String: DomainRecord] = [:]
            for record in list {
                let key = record.uuid.lowercased()
                if let chosen = index[key], chosen.intent == .running || record.intent != .running { continue }
                index[key] = record
            }
            return index
        }
    }
}
