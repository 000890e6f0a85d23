/// One member of a CPG group: a process on a node.
public struct CPGMember: Sendable, Hashable, CustomStringConvertible {
    public let nodeID: UInt32
    public let pid: UInt32

    public init(nodeID: UInt32, pid: UInt32) {
        self.nodeID = nodeID
        self.pid = pid
    }

    public var description: String { "\(nodeID):\(pid)" }
}

/// Why a member joined or left (`cpg_reason_t`).
public enum CPGReason: UInt32, Sendable {
    case undefined = 0
    case join = 1
    case leave = 2
    /// The member's node left the membership.
    case nodeDown = 3
    case nodeUp = 4
    /// The member's process went away without leaving (crashed or killed).
    case processDown = 5
}

/// What a CPG callback reported; callbacks only enqueue these.
public enum CPGEvent: Sendable, Equatable {
    case configurationChange(
        group: String, members: [CPGMember], left: [(CPGMember, CPGReason)], joined: [(CPGMember, CPGReason)])
    case message(group: String, sender: CPGMember, payload: [UInt8])
    case totemChange(members: [UInt32])

    public static func == (lhs: CPGEvent, rhs: CPGEvent) -> Bool {
        switch (lhs, rhs) {
        case (
            .configurationChange(let g1, let m1, let l1, let j1), .configurationChange(let g2, let m2, let l2, let j2)
        ):
            g1 == g2 && m1 == m2 && l1.map(\.0) == l2.map(\.0) && l1.map(\.1) == l2.map(\.1)
                && j1.map(\.0) == j2.map(\.0) && j1.map(\.1) == j2.map(\.1)
        case (.message(let g1, let s1, let p1), .message(let g2, let s2, let p2)): g1 == g2 && s1 == s2 && p1 == p2
        case (.totemChange(let a), .totemChange(let b)): a == b
        default: false
        }
    }
}
