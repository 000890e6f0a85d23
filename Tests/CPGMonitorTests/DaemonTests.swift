import Corosync
import Foundation
import KVMHACore
import KVMHATestSupport
import Libvirt
import Synchronization
import Testing

@testable import CPGMonitor

/// The daemon's rules (README's kvmha-cpgmonitor section, and the properties model/kvmha.pml checks)
/// on a real `Daemon` with scripted peers: what it is fed, what events it emits, what it asks of
/// Pacemaker. No lab, no Corosync, no libvirtd; each runs in milliseconds.
@Suite(.ownThread) struct DaemonTests {
    static let vm = "6c0f9a2e-1111-4000-8000-000000000001"
    static let crashed = DomainEventKind.lifecycle(.stopped, detail: StoppedDetail.failed.rawValue)

    // MARK: guests

    @Test func aManagedGuestsCrashIsReportedAtOnceAndOnce() throws {
        let lab = try DaemonHarness(running: [(Self.vm, "kvmha-vm1")])
        try lab.record("vm1", uuid: Self.vm)
        lab.libvirt(Self.crashed, uuid: Self.vm, name: "kvmha-vm1")
        lab.libvirt(.lifecycle(.crashed, detail: 0), uuid: Self.vm, name: "kvmha-vm1")
        let detected = lab.events(.detected)
        #expect(detected.count == 1, "\(lab.timeline)")
        #expect(detected.first?.failure?.rawValue == "crashed" && detected.first?.resource == "vm1")
        #expect(detected.first?.target == "n1")
        #expect(lab.reports == [.init(resource: "vm1", node: "n1", why: "domain crashed")])
    }

    @Test(arguments: [
        (DomainEventKind.watchdog(action: 0), "watchdog"),
        (.lifecycle(.suspended, detail: SuspendedDetail.ioError.rawValue), "io-error-pause"),
        (.controlError, "control-error"),
    ])
    func everyFailureKindIsReported(_ kind: DomainEventKind, _ failure: String) throws {
        let lab = try DaemonHarness(running: [(Self.vm, "kvmha-vm1")])
        try lab.record("vm1", uuid: Self.vm)
        lab.libvirt(kind, uuid: Self.vm, name: "kvmha-vm1")
        #expect(lab.events(.detected).map { $0.failure?.rawValue } == [failure], "\(lab.timeline)")
        #expect(lab.reports.count == 1)
    }

    @Test func anUnmanagedDomainIsIgnored() throws {
        let lab = try DaemonHarness(running: [(Self.vm, "stray")])
        lab.libvirt(Self.crashed, uuid: Self.vm, name: "stray")
        #expect(lab.events(.ignored).map(\.reasonText) == ["not-managed"], "\(lab.timeline)")
        #expect(lab.reports.isEmpty)
    }

    /// model: BROKEN_NO_INTENT. A failure event is judged on the intent the agent recorded.
    @Test(arguments: [
        (DomainIntent.stopping, "being-stopped"), (.migratingAway, "being-migrated"), (.migratingIn, "being-migrated"),
        (.stopped, "stopped-by-cluster"),
    ])
    func whatTheClusterDoesOnPurposeIsIgnored(_ intent: DomainIntent, _ reason: String) throws {
        let lab = try DaemonHarness(running: [(Self.vm, "kvmha-vm1")])
        try lab.record("vm1", uuid: Self.vm, intent: intent)
        lab.libvirt(Self.crashed, uuid: Self.vm, name: "kvmha-vm1")
        #expect(lab.events(.ignored).map(\.reasonText) == [reason], "\(lab.timeline)")
        #expect(lab.reports.isEmpty)
    }

    /// model: BROKEN_NO_STATE_CHECK. A STOPPED that libvirtd delivers late, after the guest was started
    /// again (its recorded emulator lives), is no failure.
    @Test func aLateStoppedOfAnEarlierQEMUIsIgnored() throws {
        let lab = try DaemonHarness(running: [(Self.vm, "kvmha-vm1")])
        let alive = try #require(ProcessIdentity.current(pid: ProcessIdentity.ownPID))
        try lab.record("vm1", uuid: Self.vm, emulator: alive)
        lab.libvirt(Self.crashed, uuid: Self.vm, name: "kvmha-vm1")
        #expect(lab.events(.ignored).map(\.reasonText) == ["runs-again"], "\(lab.timeline)")
        #expect(lab.reports.isEmpty)
    }

    /// model: BROKEN_NO_QUORUM_GATE. No report without quorum; what died meanwhile is reported once
    /// quorum is back.
    @Test func withoutQuorumNothingIsReportedAndWhatDiedIsReportedWhenItIsBack() throws {
        let lab = try DaemonHarness(running: [(Self.vm, "kvmha-vm1")])
        try lab.record("vm1", uuid: Self.vm)
        lab.cluster.quorate = false
        lab.run(for: .seconds(2))
        #expect(lab.events(.quorumLost).count == 1, "\(lab.timeline)")
        #expect(!lab.daemon.state.quorum.quorate)
        lab.libvirt(Self.crashed, uuid: Self.vm, name: "kvmha-vm1")
        #expect(lab.events(.ignored).map(\.reasonText) == ["no-quorum"], "\(lab.timeline)")
        #expect(lab.reports.isEmpty)
        lab.cluster.quorate = true
        lab.run(for: .seconds(2))
        #expect(lab.daemon.state.quorum.quorate && !lab.daemon.state.quorum.regained, "the rescan was made")
        #expect(lab.events(.quorumRegained).count == 2)  // at start, and now
        #expect(lab.events(.detected).map { $0.failure?.rawValue } == ["gone"], "\(lab.timeline)")
        #expect(lab.reports.map(\.resource) == ["vm1"])
    }

    /// Where Corosync tells of quorum's changes, nothing asks it while this daemon's own heartbeats
    /// come back, and a change it is told of gates reports as an answer would. When they stop coming
    /// back (a stopped Corosync tells nothing), quorum is asked again, and no answer is no quorum.
    @Test func trackedQuorumIsNotAskedWhileCorosyncDeliversAndIsWhenItStops() throws {
        let lab = try DaemonHarness(running: [(Self.vm, "kvmha-vm1")])
        lab.cluster.tracking = true
        try lab.record("vm1", uuid: Self.vm)
        let asked = lab.cluster.questions
        lab.run(for: .seconds(10))
        #expect(lab.cluster.questions == asked)
        lab.cluster.quorate = false
        lab.daemon.checkQuorum(now: lab.clock.now)  // the loop, its quorum descriptor readable
        #expect(lab.events(.quorumLost).count == 1, "\(lab.timeline)")
        lab.libvirt(Self.crashed, uuid: Self.vm, name: "kvmha-vm1")
        #expect(lab.events(.ignored).map(\.reasonText) == ["no-quorum"], "\(lab.timeline)")
        lab.cluster.quorate = true
        lab.daemon.checkQuorum(now: lab.clock.now)
        #expect(lab.events(.detected).map { $0.failure?.rawValue } == ["gone"], "\(lab.timeline)")
        #expect(lab.reports.map(\.resource) == ["vm1"])
        #expect(lab.cluster.questions == asked)

        lab.cluster.answers = false
        lab.run(for: .milliseconds(400), ringLive: false)  // within heartbeat_timeout (500 ms)
        #expect(lab.cluster.questions == asked)
        lab.run(for: .milliseconds(700), ringLive: false)
        #expect(lab.cluster.questions > asked)
        #expect(lab.events(.quorumLost).count == 2, "\(lab.timeline)")
        lab.cluster.answers = true
        lab.run(for: .seconds(2))
        #expect(lab.events(.quorumRegained).count == 3, "\(lab.timeline)")  // at start, told, delivering again
    }

    /// model: BROKEN_NO_RESCAN. A restarted daemon finds on connect what is recorded running but is
    /// not, and reports it.
    @Test func onConnectWhatIsRecordedRunningButIsNotIsReported() throws {
        let lab = try DaemonHarness(running: [])
        try lab.record("vm1", uuid: Self.vm)
        lab.daemon.connected(now: lab.clock.now, active: [])
        #expect(lab.events(.detected).map { $0.failure?.rawValue } == ["gone"], "\(lab.timeline)")
        #expect(lab.events(.rescan).last?.count == 1)
        #expect(lab.reports.map(\.resource) == ["vm1"])
    }

    // MARK: peers

    /// PROCDOWN: the daemon died, its node did not. The lowest surviving member reports its clone
    /// instance on its node; the others say nothing.
    @Test(arguments: [(UInt32(1), true), (3, false)])
    func aDeadPeerDaemonIsReportedByTheLowestSurvivorOnly(_ nodeID: UInt32, reports: Bool) throws {
        let lab = try DaemonHarness(nodeID: nodeID)
        let peer = DaemonHarness.member(2)
        let third = DaemonHarness.member(nodeID == 1 ? 3 : 1)
        lab.membership([lab.me, peer, third].sorted { ($0.nodeID, $0.pid) < ($1.nodeID, $1.pid) })
        lab.heartbeat(from: peer, node: "n2", resource: "cpgmon:2")
        lab.heartbeat(from: third, node: "n\(third.nodeID)", resource: "cpgmon:\(third.nodeID)")
        lab.membership([lab.me, third], left: [(peer, .processDown)])
        #expect(lab.events(.peerDown).map(\.peer) == ["n2"], "\(lab.timeline)")
        #expect(
            lab.reports == (reports ? [.init(resource: "cpgmon:2", node: "n2", why: "kvmha-cpgmonitor PROCDOWN")] : []))
    }

    @Test func aNodeDownIsLeftToFencingAndALeaveIsNoFailure() throws {
        let lab = try DaemonHarness()
        let (two, three) = (DaemonHarness.member(2), DaemonHarness.member(3))
        lab.membership([lab.me, two, three])
        lab.heartbeat(from: two, node: "n2")
        lab.heartbeat(from: three, node: "n3")
        lab.membership([lab.me, three], left: [(two, .nodeDown)])
        lab.membership([lab.me], left: [(three, .leave)])
        #expect(lab.events(.nodeDown).map(\.peer) == ["n2"], "\(lab.timeline)")
        #expect(lab.events(.peerLeft).map(\.reasonText) == ["leave"])
        #expect(lab.reports.isEmpty)
    }

    /// A peer silent past heartbeat_timeout while this daemon's own heartbeats go round is hung.
    @Test func aSilentPeerIsReportedOnceAndHeardAgain() throws {
        let lab = try DaemonHarness()
        let peer = DaemonHarness.member(2)
        lab.membership([lab.me, peer])
        lab.heartbeat(from: peer, node: "n2", resource: "cpgmon:2")
        lab.run(for: .milliseconds(1500))
        #expect(lab.events(.peerSilent).count == 1, "\(lab.timeline)")
        #expect(lab.reports == [.init(resource: "cpgmon:2", node: "n2", why: "kvmha-cpgmonitor heartbeat missed")])
        lab.heartbeat(from: peer, node: "n2", resource: "cpgmon:2")
        #expect(lab.events(.peerHeard).count == 1)
    }

    /// While totem re-forms nothing is delivered, own heartbeats included: silence means nothing then.
    @Test func aRingThatDeliversNothingAccusesNobody() throws {
        let lab = try DaemonHarness()
        let peer = DaemonHarness.member(2)
        lab.membership([lab.me, peer])
        lab.heartbeat(from: peer, node: "n2", resource: "cpgmon:2")
        lab.run(for: .seconds(3), ringLive: false)
        #expect(lab.events(.peerSilent).isEmpty && lab.reports.isEmpty, "\(lab.timeline)")
    }

    /// Peers are untrusted: a member may speak only for its own Corosync node; a malformed message is
    /// refused; refusals from one member are logged once a minute, never acted on.
    @Test func aPeerSpeakingForAnotherNodeOrMalformedIsRefused() throws {
        let lab = try DaemonHarness(running: [(Self.vm, "kvmha-vm1")])
        try lab.record("vm1", uuid: Self.vm)
        let liar = DaemonHarness.member(2)
        lab.membership([lab.me, liar])
        lab.heartbeat(from: liar, node: "n3", domains: [Self.vm: false])
        lab.heartbeat(from: liar, node: "n3", domains: [Self.vm: false])
        let refused = lab.events(.refused)
        #expect(refused.map(\.reasonText) == ["impersonation"], "\(lab.timeline)")
        #expect(refused.first?.peer == "n3")
        let garbage = DaemonHarness.member(3)
        lab.daemon.handle(CPGEvent.message(group: DaemonHarness.group, sender: garbage, payload: [0xff, 0x00]))
        #expect(lab.events(.refused).map(\.reasonText) == ["impersonation", "unauthenticated"])
        #expect(lab.events(.doubleRun).isEmpty && lab.reports.isEmpty)
    }

    /// Only a holder of the key speaks: a message without a tag, under another key, or captured and
    /// sent again by another member or by its own sender, is refused and counted, never acted on.
    @Test func onlyTheKeyHoldersOwnFreshMessagesAreTaken() throws {
        let lab = try DaemonHarness(running: [(Self.vm, "kvmha-vm1")])
        try lab.record("vm1", uuid: Self.vm)
        let (two, three) = (DaemonHarness.member(2), DaemonHarness.member(3))
        lab.membership([lab.me, two, three])
        func deliver(_ payload: [UInt8], from sender: CPGMember) {
            lab.daemon.handle(CPGEvent.message(group: DaemonHarness.group, sender: sender, payload: payload))
        }
        let lie = PeerMessage(
            sequence: 9, incarnation: 77, node: "n2", resource: "cpgmon:2", domains: [Self.vm: false])
        deliver(lie.encoded, from: two)  // kvmha 0.2, or no key
        deliver(DaemonHarness.sealed(lie, two, Array(repeating: 7, count: 64)), from: two)  // another key
        let captured = DaemonHarness.sealed(lie, two)
        deliver(captured, from: three)  // n2's message sent by node 3's member
        deliver(captured, from: DaemonHarness.member(2, pid: 101))  // by another process of node 2
        deliver(captured, from: two)  // taken: the real one
        deliver(captured, from: two)  // the same again
        let reasons = lab.daemon.events.metrics.text
        for (reason, count) in [("unauthenticated", 1), ("forged", 3), ("replayed", 1)] {
            #expect(reasons.contains("peer_messages_refused_total{reason=\"\(reason)\"} \(count)"), "\(reasons)")
        }
        #expect(lab.daemon.state.peers.peers[two]?.sequence == 9)
        // A member that left: its messages are an ended incarnation's, even from a recycled pid.
        lab.membership([lab.me, three], left: [(two, .leave)])
        lab.membership([lab.me, two, three], joined: [two])
        deliver(
            DaemonHarness.sealed(
                PeerMessage(sequence: 10, incarnation: 77, node: "n2", resource: "", domains: [:]), two), from: two)
        #expect(lab.daemon.state.peers.peers[two]?.authenticated == false, "\(lab.timeline)")
        #expect(lab.events(.doubleRun).isEmpty && lab.reports.isEmpty)
    }

    /// Without a key the daemon says so and acts on nothing peers send or fail to send.
    @Test func withoutAKeyNoPeerIsActedOn() throws {
        let lab = try DaemonHarness(running: [(Self.vm, "kvmha-vm1")], key: nil)
        lab.daemon.announceAuthentication()
        #expect(lab.events(.keyMissing).count == 1)
        #expect(lab.daemon.board.snapshot.authentication.hasPrefix("none"))
        try lab.record("vm1", uuid: Self.vm)
        let peer = DaemonHarness.member(2)
        lab.membership([lab.me, peer])
        for _ in 0..<10 {
            lab.heartbeat(from: peer, node: "n2", resource: "cpgmon:2", domains: [Self.vm: false])
            lab.run(for: .milliseconds(100))
        }
        lab.run(for: .seconds(2))
        lab.membership([lab.me], left: [(peer, .processDown)])
        #expect(lab.events(.refused).map(\.reasonText) == ["unauthenticated"], "\(lab.timeline)")
        #expect(lab.events(.peerSilent).isEmpty && lab.events(.doubleRun).isEmpty && lab.reports.isEmpty)
    }

    /// A daemon a service manager runs (no resource of its own) never fails what a peer names.
    @Test func aDaemonWithoutAResourceFailsNoPeerNamedResource() throws {
        let lab = try DaemonHarness(resource: "")
        let peer = DaemonHarness.member(2)
        lab.membership([lab.me, peer])
        lab.heartbeat(from: peer, node: "n2", resource: "vm-database")
        lab.membership([lab.me], left: [(peer, .processDown)])
        #expect(lab.events(.peerDown).count == 1 && lab.reports.isEmpty, "\(lab.timeline)")
        #expect(lab.events(.ignored).map(\.reasonText) == ["no-resource"])
    }

    /// A cmap that fails keeps the list it had: claims stay checked against it.
    @Test func aFailingNodeListKeepsThePreviousOne() throws {
        let lab = try DaemonHarness()
        lab.cluster.cmapAnswers = false
        lab.cluster.names = [:]
        let liar = DaemonHarness.member(2)
        lab.membership([lab.me, liar])
        lab.heartbeat(from: liar, node: "n3")
        #expect(lab.events(.refused).map(\.reasonText) == ["impersonation"], "\(lab.timeline)")
    }

    /// A double-run claim toggled on and off every heartbeat (the lie that used to fail a guest once
    /// a second) never holds long enough to be reported.
    @Test func aToggledDoubleRunClaimIsNeverReported() throws {
        let lab = try DaemonHarness(running: [(Self.vm, "kvmha-vm1")])
        try lab.record("vm1", uuid: Self.vm)
        let peer = DaemonHarness.member(2)
        lab.membership([lab.me, peer])
        for index in 0..<50 {
            lab.heartbeat(from: peer, node: "n2", domains: index % 2 == 0 ? [Self.vm: false] : [:])
            lab.run(for: .milliseconds(100))
        }
        #expect(lab.events(.doubleRun).isEmpty && lab.reports.isEmpty, "\(lab.timeline)")
    }

    /// A guest this node runs for the cluster that a peer lists too: reported against the peer when it
    /// runs it unmanaged; when both manage it, only the lower node id accuses.
    @Test(arguments: [(UInt32(1), false, true), (1, true, true), (3, true, false), (3, false, true)])
    func aDoubleRunIsReportedAgainstThePeer(_ nodeID: UInt32, peerManaged: Bool, accuses: Bool) throws {
        let lab = try DaemonHarness(nodeID: nodeID, running: [(Self.vm, "kvmha-vm1")])
        try lab.record("vm1", uuid: Self.vm)
        let peer = DaemonHarness.member(2)
        lab.membership([lab.me, peer])
        // Held in every heartbeat for longer than heartbeat_timeout (500 ms here): reported once.
        for _ in 0..<10 {
            lab.heartbeat(from: peer, node: "n2", domains: [Self.vm: peerManaged])
            lab.run(for: .milliseconds(100))
        }
        #expect(lab.events(.doubleRun).count == (accuses ? 1 : 0), "\(lab.timeline)")
        #expect(lab.reports == (accuses ? [.init(resource: "vm1", node: "n2", why: "double run")] : []))
    }

    // MARK: libvirt

    /// libvirtd gone: no domain list in heartbeats (a stale one would accuse a guest restarted
    /// elsewhere), health red after the deadline, green again when it is back.
    @Test func libvirtdLossTurnsHealthRedThenGreenAndEmptiesTheHeartbeat() throws {
        let lab = try DaemonHarness(running: [(Self.vm, "kvmha-vm1")])
        try lab.record("vm1", uuid: Self.vm)
        lab.run(for: .milliseconds(300))
        #expect(lab.cluster.sent.last?.domains == [Self.vm: true])
        lab.daemon.handle(LibvirtNotice.connectionClosed(reason: .endOfFile))
        lab.hypervisor.lost(now: lab.clock.now)
        #expect(lab.events(.libvirtLost).count == 1, "\(lab.timeline)")
        lab.run(for: .milliseconds(300))
        #expect(lab.cluster.sent.last?.domains == [:])
        #expect(lab.health == ["green@n1"])
        lab.run(for: .seconds(2))
        #expect(lab.health == ["green@n1", "red@n1"], "\(lab.timeline)")
        #expect(lab.daemon.state.health.wanted == .red && lab.daemon.state.health.taken == .red)
        lab.hypervisor.isConnected = true
        lab.hypervisor.lostSince = nil
        lab.daemon.connected(now: lab.clock.now, active: [(Self.vm, "kvmha-vm1")])
        #expect(lab.health == ["green@n1", "red@n1", "green@n1"])
        lab.run(for: .milliseconds(100))  // attrd's answer is taken on the loop's next turn
        #expect(lab.daemon.state.health.taken == .green)
        #expect(lab.reports.isEmpty, "\(lab.timeline)")
    }

    // MARK: hung guests, the report gate, the heartbeat's domain list

    /// A guest whose QEMU is stopped (SIGSTOP) sends no event: the once-a-second check against the
    /// records reports it after `heartbeat_timeout`, once; one that runs on again before is not reported.
    @Test(arguments: [true, false]) func aStoppedEmulatorIsReportedAsHungOnce(_ staysStopped: Bool) throws {
        let emulator = try StoppedProcess()
        let lab = try DaemonHarness(running: [(Self.vm, "kvmha-vm1")])
        try lab.record("vm1", uuid: Self.vm, emulator: emulator.identity)
        lab.run(for: .milliseconds(400))
        #expect(lab.events(.detected).isEmpty, "stopped for less than heartbeat_timeout: \(lab.timeline)")
        if !staysStopped { try emulator.resume() }
        lab.run(for: .seconds(4))
        if staysStopped {
            #expect(lab.events(.detected).map { $0.failure?.rawValue } == ["hung"], "\(lab.timeline)")
            #expect(lab.reports == [.init(resource: "vm1", node: "n1", why: "guest hung")])
        } else {
            #expect(lab.events(.detected).isEmpty && lab.reports.isEmpty, "\(lab.timeline)")
        }
    }

    /// One report per resource and node a second: the same guest failing again at once (a new QEMU
    /// that crashed too) is detected, and its second report is dropped; a refusing crm_resource is
    /// tried three times and then logged as failed. Through the real `ClusterReporter`.
    @Test func aSecondReportWithinASecondIsDroppedAndARefusedOneFails() async throws {
        let lab = try DaemonHarness(running: [(Self.vm, "kvmha-vm1")], crmResource: "/bin/true")
        try lab.record("vm1", uuid: Self.vm, emulator: ProcessIdentity(pid: 999_001, startTime: 1))
        lab.libvirt(Self.crashed, uuid: Self.vm, name: "kvmha-vm1")
        try lab.record("vm1", uuid: Self.vm, emulator: ProcessIdentity(pid: 999_002, startTime: 2))  // a new QEMU …
        lab.libvirt(.lifecycle(.crashed, detail: 0), uuid: Self.vm, name: "kvmha-vm1")  // … crashed too
        #expect(lab.events(.detected).count == 2, "\(lab.timeline)")
        #expect(lab.events(.reportDropped).map(\.resource) == ["vm1"], "\(lab.timeline)")
        #expect(try await lab.awaitEvents(.reported, count: 1).map(\.resource) == ["vm1"])

        let refused = try DaemonHarness(running: [(Self.vm, "kvmha-vm1")], crmResource: "/bin/false")
        try refused.record("vm1", uuid: Self.vm)
        refused.libvirt(Self.crashed, uuid: Self.vm, name: "kvmha-vm1")
        let failed = try await refused.awaitEvents(.reportFailed, count: 1)
        #expect(failed.map(\.resource) == ["vm1"] && refused.events(.reported).isEmpty, "\(refused.timeline)")
    }

    /// Eleven guests of the node crash at once (bench/scale found three of eleven dropped when more
    /// than `ReportGate.limit` reports were running): every one is reported, the ones beyond the
    /// limit as soon as a slot frees. A crm_resource that takes 0.3 s stands in for Pacemaker's.
    @Test func moreFailuresAtOnceThanReportSlotsAreAllReported() async throws {
        let slow = FileManager.default.temporaryDirectory.appendingPathComponent("crm-\(UUID().uuidString)").path
        try "#!/bin/sh\nsleep 0.3\n".write(toFile: slow, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: slow)
        defer { try? FileManager.default.removeItem(atPath: slow) }
        let guests = (1...11).map { (uuid: String(format: "6c0f9a2e-2222-4000-8000-%012d", $0), name: "kvmha-vm\($0)") }
        let lab = try DaemonHarness(running: guests, crmResource: slow)
        for (index, guest) in guests.enumerated() { try lab.record("vm\(index + 1)", uuid: guest.uuid) }
        for guest in guests { lab.libvirt(Self.crashed, uuid: guest.uuid, name: guest.name) }
        let reported = try await lab.awaitEvents(.reported, count: guests.count)
        #expect(Set(reported.compactMap(\.resource)) == Set((1...11).map { "vm\($0)" }), "\(lab.timeline)")
        #expect(reported.count == guests.count && lab.events(.reportDropped).isEmpty, "\(lab.timeline)")
    }

    /// The heartbeat names every domain running here and whether the cluster runs it here: a peer
    /// compares it with its own records (the double-run rule); a crashed one leaves the list.
    @Test func theHeartbeatListsWhatRunsHereAndWhatTheClusterManages() throws {
        let (stray, leaving) = ("6c0f9a2e-1111-4000-8000-000000000002", "6c0f9a2e-1111-4000-8000-000000000003")
        let lab = try DaemonHarness(
            running: [(Self.vm, "kvmha-vm1"), (stray, "stray"), (leaving, "kvmha-vm3")])
        try lab.record("vm1", uuid: Self.vm)
        try lab.record("vm3", uuid: leaving, intent: .stopping)
        lab.run(for: .milliseconds(300))
        #expect(lab.cluster.sent.last?.domains == [Self.vm: true, stray: false, leaving: false])
        lab.libvirt(Self.crashed, uuid: Self.vm, name: "kvmha-vm1")
        lab.run(for: .milliseconds(300))
        #expect(lab.cluster.sent.last?.domains == [stray: false, leaving: false], "\(lab.timeline)")
    }

    /// `#health-kvmha` changes only when attrd took it: a refused "green" is sent again with back-off
    /// (1 s, 2 s, …) until taken; at cb74da8 one refusal left the node red for good.
    @Test func aRefusedHealthUpdateIsSentAgainUntilTaken() throws {
        let lab = try DaemonHarness(running: [(Self.vm, "kvmha-vm1")])
        #expect(lab.health == ["green@n1"])
        lab.daemon.handle(LibvirtNotice.connectionClosed(reason: .endOfFile))
        lab.hypervisor.lost(now: lab.clock.now)
        lab.pacemaker.attrdTakes.withLock { $0 = false }
        lab.run(for: .milliseconds(2100))
        #expect(lab.health == ["green@n1", "red@n1 (refused)"], "\(lab.timeline)")
        lab.run(for: .milliseconds(1000))
        #expect(lab.health.count == 3, "sent again a second later: \(lab.health)")
        lab.pacemaker.attrdTakes.withLock { $0 = true }
        lab.run(for: .seconds(3))
        #expect(lab.health.last == "red@n1" && lab.daemon.state.health.taken == .red, "\(lab.health)")
        let count = lab.health.count
        lab.run(for: .seconds(5))
        #expect(lab.health.count == count, "taken: not sent again")
    }

    /// A report Pacemaker cannot take because it knows no such resource is not tried again; one
    /// dropped or failed takes back the note that would make the next stop a destroy.
    @Test func noSuchResourceIsNotRetriedAndAnUnsentReportDropsTheNote() async throws {
        let counter = FileManager.default.temporaryDirectory.appendingPathComponent("crm-\(UUID().uuidString)").path
        let calls = counter + ".calls"
        try "#!/bin/sh\necho x >> \(calls)\nexit 105\n".write(toFile: counter, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: counter)
        defer { try? FileManager.default.removeItem(atPath: counter) }
        let lab = try DaemonHarness(running: [(Self.vm, "kvmha-vm1")], crmResource: counter)
        try lab.record("vm1", uuid: Self.vm, emulator: ProcessIdentity(pid: 999_001, startTime: 1))
        lab.libvirt(Self.crashed, uuid: Self.vm, name: "kvmha-vm1")
        #expect(try await lab.awaitEvents(.reportFailed, count: 1).count == 1, "\(lab.timeline)")
        try await Task.sleep(for: .seconds(2))  // the retry waits: 0.5 s and 1 s
        let made = (try? String(contentsOfFile: calls, encoding: .utf8))?.split(separator: "\n").count
        #expect(made == 1, "crm_resource ran \(made ?? 0) times for a resource Pacemaker does not know")
        #expect(lab.records.reported("vm1") == nil, "the note outlived its failed report")
    }

    /// A member joining and leaving in a loop: 20 joins and leaves a minute are logged, the rest
    /// counted and said once the minute is over; an authenticated peer's death is always said.
    @Test func aMemberJoiningInALoopDoesNotFloodTheLog() throws {
        let lab = try DaemonHarness()
        let peer = DaemonHarness.member(2)
        lab.membership([lab.me, peer])
        lab.heartbeat(from: peer, node: "n2", resource: "cpgmon:2")
        for pid in 1000..<1100 {
            let rogue = DaemonHarness.member(3, pid: UInt32(pid))
            lab.membership([lab.me, peer, rogue], joined: [rogue])
            lab.membership([lab.me, peer], left: [(rogue, .processDown)])
        }
        let logged = lab.events(.peerJoined).count + lab.events(.peerDown).count
        #expect(logged == MembershipLogBudget.perMinute, "\(logged) logged")
        lab.membership([lab.me], left: [(peer, .processDown)])
        #expect(lab.events(.peerDown).contains { $0.peer == "n2" }, "the authenticated peer's death is said")
        lab.run(for: .seconds(61))
        #expect(lab.events(.membershipFlood).first?.count == 180, "\(lab.events(.membershipFlood).map(\.count))")
    }
}
