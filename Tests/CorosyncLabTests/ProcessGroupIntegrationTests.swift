import Corosync
import Glibc
import KVMHACore
import KVMHATestSupport
import Testing

/// Integration: the lab's running Corosync.
@Suite struct ProcessGroupIntegrationTests {
    @Test func joinAndSeeOwnJoinInAConfigurationChange() throws {
        _ = try Lab.current()
        let cpg = try ProcessGroup.connect(deadline: .after(.seconds(5)))
        let name = "kvmha-test-\(getpid())"
        try cpg.join(name, deadline: .after(.seconds(5)))
        let node = try cpg.localNodeID(deadline: .after(.seconds(5)))
        let me = CPGMember(nodeID: node, pid: UInt32(getpid()))
        let deadline = Deadline.after(.seconds(5))
        var sawJoin = false
        while !sawJoin && !deadline.hasPassed {
            for event in try cpg.events(until: deadline) {
                if case .configurationChange(let g, let members, _, let joined) = event, g == name {
                    sawJoin = members.contains(me) && joined.contains { $0.0 == me && $0.1 == .join }
                }
            }
        }
        #expect(sawJoin, "no confchg with our own join within 5 s")
        try cpg.leave(name, deadline: .after(.seconds(5)))
    }

    @Test func multicastComesBackInAgreedOrder() throws {
        _ = try Lab.current()
        let cpg = try ProcessGroup.connect(deadline: .after(.seconds(5)))
        try cpg.join("kvmha-test-mcast-\(getpid())", deadline: .after(.seconds(5)))
        try cpg.multicast(Array("hello".utf8))
        let deadline = Deadline.after(.seconds(5))
        var delivered: [UInt8]?
        while delivered == nil && !deadline.hasPassed {
            for case .message(_, _, let payload) in try cpg.events(until: deadline) { delivered = payload }
        }
        #expect(delivered == Array("hello".utf8))
    }

    @Test func quorumAndNodeIDFromTheLab() throws {
        _ = try Lab.current()
        #expect(try QuorumService().isQuorate())
        #expect(try ConfigurationMap().uint32("runtime.votequorum.this_node_id") == 1)
        #expect(try ConfigurationMap().string("nodelist.node.0.name") == "node1")
    }

    @Test func quorumTrackerStartsWithTheLabsQuorum() throws {
        _ = try Lab.current()
        let tracker = try QuorumTracker.connect(deadline: .after(.seconds(5)))
        #expect(tracker.isQuorate)
        #expect(try tracker.fileDescriptor() >= 0)
        #expect(try tracker.dispatchPending())  // nothing changed: still quorate, never blocks
    }

    @Test func overlongGroupNameIsATypedError() throws {
        _ = try Lab.current()
        let cpg = try ProcessGroup.connect(deadline: .after(.seconds(5)))
        #expect(throws: CorosyncError.self) {
            try cpg.join(String(repeating: "x", count: 200), deadline: .after(.seconds(5)))
        }
    }
}
