import Corosync
import KVMHACore

/// What the daemon needs of Corosync: its CPG group, the quorum question and the node list.
/// `CorosyncLink` is the real one; `DaemonTests` hand the daemon a scripted one.
protocol ClusterLink: AnyObject {
    func localNodeID() throws(CorosyncError) -> UInt32
    func join(_ group: String) throws(CorosyncError)
    func leave(_ group: String, deadline: Deadline) throws
    func fileDescriptor() throws(CorosyncError) -> Int32
    func dispatchPending(limit: Int) throws(CorosyncError) -> [CPGEvent]
    func multicast(_ payload: [UInt8]) throws(CorosyncError)
    /// Whether this partition has quorum, answered within `deadline`; throws when Corosync does not.
    func isQuorate(deadline: Deadline) throws -> Bool
    /// Readable when quorum changed, while Corosync tells of changes; nil when it does not (then the
    /// daemon asks every `quorumCheckInterval`).
    var quorumDescriptor: Int32? { get }
    /// Quorum as Corosync last told it (reading what it sent, never blocking); nil when it does not tell.
    func trackedQuorum() -> Bool?
    /// Corosync's node list, read within `deadline`; `previous` when it fails or does not answer.
    func nodeList(previous: NodeList, deadline: Deadline) -> NodeList
}

/// The daemon's way to Pacemaker (`ClusterReporter`: crm_resource and attrd_updater).
protocol FailureReporting: Sendable {
    /// `origin`: this node's guests' reports go before peer-derived ones; `unsent` runs when the
    /// report is dropped or fails.
    func fail(
        _ resource: String, on node: String, because why: String, detected: ContinuousClock.Instant,
        origin: ReportOrigin, unsent: (@Sendable () -> Void)?)
    /// `done`: whether Pacemaker took the attribute.
    func setHealth(_ colour: String, on node: String, because why: String, done: @escaping @Sendable (Bool) -> Void)
    /// Says once, off the loop, when Pacemaker will count each report twice.
    func checkFailureCounting()
}

extension FailureReporting {
    func checkFailureCounting() {}
}

/// What the daemon needs of libvirt (`LibvirtLink`): one connection, opened off the loop.
protocol HypervisorLink: AnyObject {
    var isConnected: Bool { get }
    /// When the connection was lost (or never made); nil while connected.
    var lostSince: ContinuousClock.Instant? { get }
    var nextAttemptDue: ContinuousClock.Instant? { get }
    /// What ran when a connection was just made; nil otherwise. Never blocks.
    func poll(now: ContinuousClock.Instant) -> [(uuid: String, name: String)]?
    func lost(now: ContinuousClock.Instant)
    /// libvirt says the domain runs at this moment; false when it cannot tell within 250 ms.
    func runsNow(_ uuid: String) -> Bool
}

extension ClusterReporter: FailureReporting {}

/// Corosync through its client libraries: CPG, the quorum service (tracked: Corosync tells of each
/// change; asked, one bounded question at a time, only if tracking fails: Corosync's IPC has no
/// timeout of its own) and cmap's node list.
final class CorosyncLink: ClusterLink {
    private let group: ProcessGroup
    private var tracker: QuorumTracker?
    private var quorum: QuorumService?
    private let quorumQuestions = SingleFlight()
    private(set) var quorumDescriptor: Int32?

    /// Connects (CPG, then quorum tracking) unless Corosync does not answer by `deadline`.
    init(deadline: Deadline) throws(CorosyncError) {
        group = try ProcessGroup.connect(deadline: deadline)
        tracker = try? QuorumTracker.connect(deadline: deadline)
        quorumDescriptor = try? tracker?.fileDescriptor()
        if quorumDescriptor == nil { tracker = nil }
    }

    /// How long a question at start (node id, join) may wait for Corosync's answer.
    static let answerTimeout: Duration = .seconds(5)

    func localNodeID() throws(CorosyncError) -> UInt32 { try group.localNodeID(deadline: .after(Self.answerTimeout)) }
    func join(_ name: String) throws(CorosyncError) { try group.join(name, deadline: .after(Self.answerTimeout)) }
    func leave(_ name: String, deadline: Deadline) throws { try group.leave(name, deadline: deadline) }
    func fileDescriptor() throws(CorosyncError) -> Int32 { try group.fileDescriptor() }
    func dispatchPending(limit: Int) throws(CorosyncError) -> [CPGEvent] { try group.dispatchPending(limit: limit) }
    func multicast(_ payload: [UInt8]) throws(CorosyncError) { try group.multicast(payload) }

    func trackedQuorum() -> Bool? {
        guard let tracker else { return nil }
        do { return try tracker.dispatchPending() } catch {
            (self.tracker, quorumDescriptor) = (nil, nil)  // asked from now on
            return nil
        }
    }

    func isQuorate(deadline: Deadline) throws -> Bool {
        // While tracking, a question is rare (Corosync not delivering): its connection is not kept.
        let keep = tracker == nil
        let service = quorum
        do {
            let asked = try quorumQuestions.call("quorum_getquorate", deadline: deadline) {
                () throws(CorosyncError) -> (QuorumService?, Bool) in
                let connection: QuorumService
                if let service { connection = service } else { connection = try QuorumService() }
                // One not kept is finalized here, on the bounded thread: finalizing is a round trip too.
                return (keep ? connection : nil, try connection.isQuorate())
            }
            guard let asked else { throw DeadlineExceeded(what: "an earlier quorum question") }
            quorum = asked.0
            return asked.1
        } catch {
            quorum = nil
            throw error
        }
    }

    func nodeList(previous: NodeList, deadline: Deadline) -> NodeList {
        // A cmap error must not become an empty list: the list peers' claims are checked against
        // would then be whatever Corosync failed to say.
        let list = try? Bounded.call("reading Corosync's node list", deadline: deadline) {
            () throws(CorosyncError) -> NodeList in try ConfigurationMap().nodeList()
        }
        return list ?? previous
    }
}
