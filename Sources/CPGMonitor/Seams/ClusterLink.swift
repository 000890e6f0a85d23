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
