import Corosync
import Foundation
import KVMHACore
import KVMHATestSupport
import Synchronization
import Testing

@testable import CPGMonitor

/// What a group member may make this daemon do: speak for its own node and its own clone only.
@Suite(.ownThread) struct PeerClaimsTests {
    let claims = PeerClaims(nodes: NodeList(names: [1: "n1", 2: "n2", 3: "n3"]), ownResource: "cpgmon:0")
    let n2 = CPGMember(nodeID: 2, pid: 4242)

    func message(node: String, resource: String = "cpgmon:1") -> PeerMessage {
        PeerMessage(sequence: 1, node: node, resource: resource, domains: [:])
    }

    @Test func aPeerSpeaksForItsOwnNode() {
        #expect(claims.check(message(node: "n2"), from: n2) == .accepted)
    }

    @Test func aPeerClaimingAnotherNodeIsRefused() {
        guard case .refused(let why) = claims.check(message(node: "n1"), from: n2) else {
            Issue.record("a claim of n1 from node 2 was accepted")
            return
        }
        #expect(why.contains("Corosync node 2 is n2"))
    }

    @Test func optionLikeNamesAndOtherResourcesAreRefused() {
        #expect(claims.check(message(node: "-n2"), from: n2) != .accepted)
        #expect(claims.check(message(node: "n2", resource: "--cleanup"), from: n2) != .accepted)
        #expect(claims.check(message(node: "n2", resource: "vm-database"), from: n2) != .accepted)
        #expect(claims.check(message(node: "n2", resource: "cpgmon"), from: n2) == .accepted)
    }

    /// A name Corosync does not know may be a Pacemaker Remote node's: a named node may claim only its
    /// own name. Only a nodelist without names (Pacemaker then uses uname) leaves an unknown name open.
    @Test func aNamedNodeClaimsOnlyItsName() {
        guard case .refused(let why) = claims.check(message(node: "remote-db1"), from: n2) else {
            Issue.record("a claim of an unknown name from named node 2 was accepted")
            return
        }
        #expect(why.contains("Corosync node 2 is n2"))
        let unnamed = PeerClaims(nodes: NodeList(ids: [1, 2, 3]), ownResource: "cpgmon:0")
        #expect(unnamed.check(message(node: "h1"), from: n2) == PeerClaims.Verdict.accepted)
        let partly = PeerClaims(nodes: NodeList(ids: [1, 2], names: [1: "n1"]), ownResource: "cpgmon:0")
        #expect(partly.check(message(node: "n1"), from: n2) != .accepted)
        #expect(partly.check(message(node: "n2"), from: n2) == .accepted)
    }

    /// No node list (cmap never answered, no nodelist) checks nothing, so it takes nothing; a node id
    /// not in the list is no cluster node.
    @Test func anUnknownListOrNodeRefusesEveryClaim() {
        let none = PeerClaims(nodes: NodeList(), ownResource: "cpgmon:0")
        #expect(none.check(message(node: "n2"), from: n2) != .accepted)
        #expect(claims.check(message(node: "n9"), from: CPGMember(nodeID: 9, pid: 1)) != .accepted)
    }

    /// Pacemaker's rule: a `ring0_addr` that is an address names no node (uname does).
    @Test func addressesAreNotNames() {
        #expect(NodeList.isAddress("192.168.122.1") && NodeList.isAddress("fe80::1") && NodeList.isAddress("::1"))
        #expect(!NodeList.isAddress("node1") && !NodeList.isAddress("node1.example.com") && !NodeList.isAddress(""))
    }

    /// A daemon a service manager runs names no resource: it keeps a peer's liveness, never the
    /// resource the peer names (that would let a member get any primitive failed by dying).
    @Test func withoutOwnResourceNoPeerResourceCounts() {
        let unit = PeerClaims(nodes: NodeList(names: [1: "n1", 2: "n2"]), ownResource: "")
        #expect(unit.check(message(node: "n2", resource: "vm-database"), from: n2) == .accepted)
        #expect(!unit.isOwnClone("vm-database") && !unit.isOwnClone("cpgmon:1") && !unit.isOwnClone(""))
        #expect(claims.isOwnClone("cpgmon:1") && !claims.isOwnClone("vm-database"))
    }

    @Test func reportsUseTheEqualsFormAndAreBounded() {
        #expect(ClusterReporter.failArguments(resource: "-x", node: "n1") == ["--fail", "--resource=-x", "--node=n1"])
        let gate = ReportGate()
        let now = ContinuousClock.now
        let decisions = (0..<1000).map { _ in gate.enter("vm@n1", now: now, job: {}) }
        #expect(decisions.filter { $0 == .go }.count == 1, "1,000 claims of one resource: one report")
        let started = ReportGate.limit - 1
        let many = (0..<1000).map { gate.enter("vm\($0)@n1", now: now, job: {}) }
        #expect(many.filter { $0 == .go }.count == started, "at most \(ReportGate.limit) at once")
        #expect(many.filter { $0 == .queued }.count == ReportGate.waitingLimit, "then a bounded queue")
        #expect(many.filter { $0 == .full }.count == 1000 - started - ReportGate.waitingLimit)
        // Each report that ends hands its slot to the next waiting one, in order; then the slots free.
        let ran = Mutex(0)
        let order = (0..<3).map { index in gate.enter("w\(index)@n2", now: now, job: {}) }
        #expect(order == [.full, .full, .full], "the queue is full")
        for _ in 0..<ReportGate.waitingLimit { gate.finished()?() }
        for index in 0..<3 {
            #expect(gate.enter("x\(index)@n2", now: now, job: { ran.withLock { $0 += 1 } }) == .queued)
        }
        for _ in 0..<3 { gate.finished()?() }
        #expect(ran.withLock { $0 } == 3)
        for _ in 0..<ReportGate.limit { _ = gate.finished() }
        #expect(gate.enter("vm@n1", now: now + .seconds(2), job: {}) == .go)
    }

    /// A flood of peer-derived reports never holds back this node's own: a waiting local report takes
    /// the next free slot, and each origin has a waiting list of its own.
    @Test func localReportsGoBeforeWaitingPeerReports() {
        let gate = ReportGate()
        let now = ContinuousClock.now
        for index in 0..<ReportGate.limit {
            #expect(gate.enter("p\(index)@n2", origin: .peer, now: now, job: {}) == .go)
        }
        let order = Mutex<[String]>([])
        for index in 0..<ReportGate.waitingLimit {
            _ = gate.enter("q\(index)@n2", origin: .peer, now: now, job: { order.withLock { $0.append("peer") } })
        }
        #expect(gate.enter("extra@n2", origin: .peer, now: now, job: {}) == .full)
        #expect(
            gate.enter("vm@n1", origin: .local, now: now, job: { order.withLock { $0.append("local") } }) == .queued)
        gate.finished()?()
        gate.finished()?()
        #expect(order.withLock { $0 } == ["local", "peer"])
    }

    /// Bounded calls are capped: past the pool's limit of calls still out, the next fails at once.
    @Test func boundedCallsFailFastWhenTheirPoolIsFull() throws {
        let release = DispatchSemaphore(value: 0)
        let pool = Bounded.Pool(limit: 3)
        let hung = pool.limit
        for _ in 0..<hung {
            _ = try? Bounded.call("hung", deadline: .after(.milliseconds(1)), pool: pool) { () throws(Never) in
                release.wait()
            }
        }
        let started = ContinuousClock.now
        #expect(throws: BoundedFailure<Never>.self) {
            try Bounded.call("one more", deadline: .after(.seconds(5)), pool: pool) { () throws(Never) in 1 }
        }
        #expect(ContinuousClock.now - started < .seconds(1), "it waited instead of failing at once")
        for _ in 0..<hung { release.signal() }
    }
}
