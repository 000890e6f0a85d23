import Corosync
import Foundation
import KVMHACore
import KVMHATestSupport
import Synchronization
import Testing

@testable import CPGMonitor

/// What a group member may make this daemon do: speak for its own node and its own clone only.
@Suite(.ownThread) struct PeerClaimsTests {
    let claims = PeerClaims(nodeNames: [1: "n1", 2: "n2", 3: "n3"], ownResource: "cpgmon:0")
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
        let unnamed = PeerClaims(nodeNames: [:], ownResource: "cpgmon:0")
        #expect(unnamed.check(message(node: "h1"), from: n2) == .accepted)
        let partly = PeerClaims(nodeNames: [1: "n1"], ownResource: "cpgmon:0")
        #expect(partly.check(message(node: "n1"), from: n2) != .accepted)
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
}
