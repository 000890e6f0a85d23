import Corosync
import KVMHACore

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
