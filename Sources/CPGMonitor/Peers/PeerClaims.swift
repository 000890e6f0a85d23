import Corosync

/// What a peer's heartbeat says about itself is checked against what Corosync says about the sender
/// before the daemon acts on it: a group member may speak only for its own node, and only about this
/// daemon's own clone. Anything else is refused and logged, never reported.
struct PeerClaims: Sendable {
    /// Corosync's node list (node id → name), re-read on every membership change.
    var nodeNames: [UInt32: String]
    /// This daemon's resource (e.g. `cpgmon:0`); peers run instances of the same clone.
    var ownResource: String

    enum Verdict: Equatable, Sendable {
        case accepted
        case refused(String)
    }

    func check(_ message: PeerMessage, from sender: CPGMember) -> Verdict {
        for (what, name) in [("node", message.node), ("resource", message.resource)] where name.hasPrefix("-") {
            return .refused("its \(what) name starts with '-'")
        }
        // Where Corosync names the sender's node, that is the only name it may claim (a name of no
        // Corosync node may be a Pacemaker Remote node's). A nodelist without names (Pacemaker then
        // uses uname) ties no name to an id: only a name Corosync gives another node is refused.
        if let own = nodeNames[sender.nodeID] {
            guard message.node == own else {
                return .refused("it claims node \(message.node), but Corosync node \(sender.nodeID) is \(own)")
            }
        } else if let id = nodeNames.first(where: { $0.value == message.node })?.key {
            return .refused("it claims node \(message.node), which is Corosync node \(id), not \(sender.nodeID)")
        }
        if !ownResource.isEmpty, !message.resource.isEmpty,
            Self.clone(of: message.resource) != Self.clone(of: ownResource)
        {
            return .refused("its resource \(message.resource) is not an instance of \(Self.clone(of: ownResource))")
        }
        return .accepted
    }

    /// `cpgmon:2` → `cpgmon`: the clone an instance belongs to.
    static func clone(of resource: String) -> Substring {
        resource.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    }
}
