import Corosync

/// What a peer's heartbeat says about itself is checked against what Corosync says about the sender
/// before the daemon acts on it: a group member may speak only for its own node, and only about this
/// daemon's own clone. Anything else is refused and logged, never reported.
struct PeerClaims: Sendable {
    /// Corosync's node list, re-read on every membership change.
    var nodes: NodeList
    /// This daemon's resource (e.g. `cpgmon:0`); peers run instances of the same clone. Empty when a
    /// service manager runs the daemon: then no peer-named resource is ever acted on.
    var ownResource: String

    enum Verdict: Equatable, Sendable {
        case accepted
        case refused(String)
    }

    func check(_ message: PeerMessage, from sender: CPGMember) -> Verdict {
        for (what, name) in [("node", message.node), ("resource", message.resource)] where name.hasPrefix("-") {
            return .refused("its \(what) name starts with '-'")
        }
        // No list (cmap never answered, or no nodelist): no claim can be checked, so none is taken.
        guard !nodes.ids.isEmpty else { return .refused("Corosync's node list is unknown: no claim can be checked") }
        guard nodes.ids.contains(sender.nodeID) else {
            return .refused("Corosync node \(sender.nodeID) is not in Corosync's node list")
        }
        // Where Corosync names the sender's node, that is the only name it may claim. A node given by
        // address alone (Pacemaker names it by uname) may claim any name no other node has.
        if let own = nodes.names[sender.nodeID] {
            guard message.node == own else {
                return .refused("it claims node \(message.node), but Corosync node \(sender.nodeID) is \(own)")
            }
        } else if let id = nodes.names.first(where: { $0.value == message.node })?.key {
            return .refused("it claims node \(message.node), which is Corosync node \(id), not \(sender.nodeID)")
        }
        if !ownResource.isEmpty, !message.resource.isEmpty, !isOwnClone(message.resource) {
            return .refused("its resource \(message.resource) is not an instance of \(Self.clone(of: ownResource))")
        }
        return .accepted
    }

    /// Whether `resource` is an instance of this daemon's clone (never, without a resource of its own:
    /// a daemon a service manager runs keeps a peer's liveness and domains, never the resource it names).
    func isOwnClone(_ resource: String) -> Bool {
        !ownResource.isEmpty && Self.clone(of: resource) == Self.clone(of: ownResource)
    }

    /// `cpgmon:2` → `cpgmon`: the clone an instance belongs to.
    static func clone(of resource: String) -> Substring {
        resource.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    }
}
