import KVMHACore

/// What the daemon does with a guest failure, from the VirtualDomain agent's record of the domain on
/// this node. The one rule: report only a domain the cluster runs here on purpose.
enum GuestVerdict: Sendable, Equatable {
    case report(resource: String)
    case ignore(DaemonEvent.Reason, why: String)
}

enum ReportRule {
    static func verdict(_ failure: GuestFailure, record: DomainRecord?) -> GuestVerdict {
        guard let record else { return .ignore(.notManaged, why: "not managed by the cluster on this node") }
        switch record.intent {
        case .running: return .report(resource: record.resource)
        case .stopping: return .ignore(.beingStopped, why: "\(record.resource) is being stopped by the cluster")
        case .migratingAway, .migratingIn:
            return .ignore(.beingMigrated, why: "\(record.resource) is being migrated by the cluster")
        case .stopped: return .ignore(.stoppedByCluster, why: "\(record.resource) was stopped by the cluster")
        }
    }

    /// A running domain of a peer that this node's records say runs here: whom to fail, if anyone.
    /// Only the node with the `running` record accuses; a peer running the domain unmanaged is
    /// failed; two managed copies are reported by the lower node id against the higher one.
    static func doubleRun(
        record: DomainRecord?, runningHere: Bool, peerManaged: Bool, localNodeID: UInt32, peerNodeID: UInt32
    ) -> Bool {
        guard let record, record.intent == .running, runningHere else { return false }
        if !peerManaged { return true }
        return localNodeID < peerNodeID
    }
}
