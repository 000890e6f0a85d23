import Corosync
import KVMHACore
import KVMHATestSupport
import Libvirt
import Testing

@testable import CPGMonitor

/// The daemon's rules at the seam: which events are failures, which failures are reported, who reports.
@Suite(.ownThread) struct DecisionTests {
    @Test(arguments: [
        (DomainEventKind.lifecycle(.stopped, detail: StoppedDetail.failed.rawValue), GuestFailure.crashed),
        (.lifecycle(.stopped, detail: StoppedDetail.crashed.rawValue), .crashed),
        (.lifecycle(.crashed, detail: 0), .crashed),
        (.lifecycle(.suspended, detail: SuspendedDetail.ioError.rawValue), .ioErrorPause),
        (.lifecycle(.suspended, detail: SuspendedDetail.watchdog.rawValue), .watchdog),
        (.watchdog(action: 2), .watchdog),
        (.ioError(path: "/d", alias: "vda", action: 1), .ioErrorPause),
        (.controlError, .controlError),
    ])
    func failures(kind: DomainEventKind, expected: GuestFailure) {
        #expect(GuestFailure(kind) == expected)
    }

    @Test(arguments: [
        DomainEventKind.lifecycle(.stopped, detail: StoppedDetail.shutdown.rawValue),
        .lifecycle(.stopped, detail: StoppedDetail.destroyed.rawValue),
        .lifecycle(.stopped, detail: StoppedDetail.migrated.rawValue),
        .lifecycle(.stopped, detail: StoppedDetail.saved.rawValue),
        .lifecycle(.suspended, detail: SuspendedDetail.paused.rawValue),
        .lifecycle(.suspended, detail: SuspendedDetail.migrated.rawValue),
        .lifecycle(.started, detail: 0), .lifecycle(.shutdown, detail: 0), .lifecycle(.undefined, detail: 0),
        .ioError(path: "/d", alias: "vda", action: 2), .ioError(path: "/d", alias: "vda", action: 0),
    ])
    func noFailures(kind: DomainEventKind) {
        #expect(GuestFailure(kind) == nil)
    }

    func record(_ intent: DomainIntent) -> DomainRecord {
        DomainRecord(resource: "vm1", domainName: "vm1", uuid: "6c0f9a2e-0000-4000-8000-000000000001", intent: intent)
    }

    /// The records by UUID: the running record of a UUID, in any case and any position, else the first.
    @Test func theRecordIndexPicksTheRunningRecordElseTheFirst() {
        let (a, b) = ("6c0f9a2e-0000-4000-8000-00000000000a", "6c0f9a2e-0000-4000-8000-00000000000b")
        func entry(_ resource: String, _ uuid: String, _ intent: DomainIntent) -> DomainRecord {
            DomainRecord(resource: resource, domainName: resource, uuid: uuid, intent: intent)
        }
        let list = [
            entry("a-stopped", a, .stopped), entry("a-running", a.uppercased(), .running),
            entry("a-late", a, .running), entry("b-first", b, .stopping), entry("b-second", b, .migratingIn),
        ]
        let index = DaemonState.RecordCache.index(list)
        #expect(index[a]?.resource == "a-running" && index[b]?.resource == "b-first")
        #expect(DaemonState.RecordCache.index(list.reversed())[a]?.resource == "a-late")
        #expect(index.count == 2 && index["6c0f9a2e-0000-4000-8000-00000000000c"] == nil)
    }

    @Test func onlyADomainTheClusterRunsHereOnPurposeIsReported() {
        #expect(ReportRule.verdict(.crashed, record: record(.running)) == .report(resource: "vm1"))
        let reasons: [DomainIntent: DaemonEvent.Reason] = [
            .stopping: .beingStopped, .migratingAway: .beingMigrated, .migratingIn: .beingMigrated,
            .stopped: .stoppedByCluster,
        ]
        for (intent, reason) in reasons {
            guard case .ignore(let given, _) = ReportRule.verdict(.crashed, record: record(intent)) else {
                Issue.record("\(intent) reported")
                continue
            }
            #expect(given == reason, "\(intent)")
        }
        guard case .ignore(.notManaged, _) = ReportRule.verdict(.watchdog, record: nil) else {
            Issue.record("an unmanaged domain's failure was not ignored as not managed")
            return
        }
    }

    @Test func doubleRunIsReportedByTheNodeThatRunsItOnPurpose() {
        let running = record(.running)
        #expect(
            ReportRule.doubleRun(record: running, runningHere: true, peerManaged: false, localNodeID: 2, peerNodeID: 1))
        #expect(
            !ReportRule.doubleRun(
                record: running, runningHere: false, peerManaged: false, localNodeID: 1, peerNodeID: 2))
        #expect(
            !ReportRule.doubleRun(record: nil, runningHere: true, peerManaged: false, localNodeID: 1, peerNodeID: 2))
        #expect(
            !ReportRule.doubleRun(
                record: record(.migratingAway), runningHere: true, peerManaged: true, localNodeID: 1, peerNodeID: 2))
        // Both claim it: exactly one of the two accuses the other.
        #expect(
            ReportRule.doubleRun(record: running, runningHere: true, peerManaged: true, localNodeID: 1, peerNodeID: 2))
        #expect(
            !ReportRule.doubleRun(record: running, runningHere: true, peerManaged: true, localNodeID: 2, peerNodeID: 1))
    }

    @Test func aFailureOfOneIncarnationIsReportedOnce() {
        var view = GuestView()
        var running = record(.running)
        running.emulator = ProcessIdentity(pid: 10, startTime: 99)
        let now = ContinuousClock.now
        var answers: [Bool] = []
        func shouldReport(_ record: DomainRecord, now: ContinuousClock.Instant) -> Bool {
            guard view.isNew(record, now: now) else { return false }
            view.markReported(record, now: now)
            return true
        }
        answers.append(shouldReport(running, now: now))
        answers.append(shouldReport(running, now: now + .seconds(100)))
        running.emulator = ProcessIdentity(pid: 11, startTime: 120)
        answers.append(shouldReport(running, now: now + .seconds(1)))
        let anonymous = record(.running)
        answers.append(shouldReport(anonymous, now: now))
        answers.append(shouldReport(anonymous, now: now + .seconds(2)))
        answers.append(shouldReport(anonymous, now: now + .seconds(11)))
        #expect(answers == [true, false, true, true, false, true])
    }

    @Test func theLowestSurvivorReportsAndSilenceIsHandledOnce() {
        let me = CPGMember(nodeID: 2, pid: 50)
        let low = CPGMember(nodeID: 1, pid: 70)
        let high = CPGMember(nodeID: 3, pid: 10)
        let start = ContinuousClock.now
        var table = PeerTable(me: me)
        table.setMembers([me, low, high], now: start)
        let inClone = { (resource: String) in resource.hasPrefix("mon") }
        #expect(table.isReporter(about: high, inClone: inClone), "node 1 never sent an authentic heartbeat")
        let message = PeerMessage(sequence: 1, node: "n3", resource: "mon", domains: [:])
        table.heard(low, message, now: start)
        #expect(!table.isReporter(about: high, inClone: inClone), "node 1 is alive and lower")
        #expect(table.isReporter(about: low, inClone: inClone))
        #expect(table.isReporter(about: high, inClone: { _ in false }), "node 1 is not of this clone")
        table.heard(high, message, now: start + .milliseconds(900))
        let beat = Duration.milliseconds(200)
        table.ownHeartbeatDelivered(interval: beat, now: start + .milliseconds(1400))
        let silent = table.newlySilent(timeout: .seconds(1), interval: beat, now: start + .milliseconds(1500))
        #expect(silent.map(\.member) == [low])
        #expect(table.newlySilent(timeout: .seconds(1), interval: beat, now: start + .milliseconds(1600)).isEmpty)
        #expect(table.isReporter(about: high, inClone: inClone), "the silent node 1 no longer counts as a reporter")
        let cameBack = table.heard(low, message, now: start + .seconds(2))
        #expect(cameBack, "heard again after silence")
        table.setMembers([me, high], now: start + .seconds(3))
        #expect(table.members == [me, high])
    }

    @Test func aRingThatDeliversNothingAccusesNobody() {
        // Totem re-forming after a node loss delivers nothing for seconds, then a burst of every
        // member's queued heartbeats, ours possibly first: no peer is silent because of that.
        let me = CPGMember(nodeID: 1, pid: 1)
        let peer = CPGMember(nodeID: 2, pid: 2)
        let beat = Duration.milliseconds(200)
        let start = ContinuousClock.now
        var table = PeerTable(me: me)
        table.setMembers([me, peer], now: start)
        table.heard(peer, PeerMessage(sequence: 1, node: "n2", resource: "", domains: [:]), now: start)
        table.ownHeartbeatDelivered(interval: beat, now: start)
        #expect(
            table.newlySilent(timeout: .seconds(1), interval: beat, now: start + .seconds(3)).isEmpty, "ring stalled")
        let burst = start + .milliseconds(3600)
        table.ownHeartbeatDelivered(interval: beat, now: burst)
        table.ownHeartbeatDelivered(interval: beat, now: burst + .milliseconds(1))
        #expect(table.newlySilent(timeout: .seconds(1), interval: beat, now: burst + .milliseconds(5)).isEmpty)
        // A peer that stays silent while our heartbeats go round is hung, a timeout after the burst.
        for step in 1...6 { table.ownHeartbeatDelivered(interval: beat, now: burst + beat * step) }
        let silent = table.newlySilent(timeout: .seconds(1), interval: beat, now: burst + .milliseconds(1201))
        #expect(silent.map(\.member) == [peer])
    }

    /// A double-run claim ripens only when it holds in every heartbeat for three of them spanning the
    /// hold, and rests five minutes once reported: a toggled lie never ripens, a held one once.
    @Test func aDoubleRunClaimMustHoldAndIsNotReArmed() {
        var watch = DoubleRunWatch()
        let start = ContinuousClock.now
        let hold = Duration.seconds(1)
        func beat(_ ms: Int, _ claimed: [String], node: String = "n2") -> [String] {
            watch.heartbeat(from: node, claimed: claimed, hold: hold, now: start + .milliseconds(ms))
        }
        // Toggled every message: never three in a row.
        for index in 0..<100 { #expect(beat(index * 200, index % 2 == 0 ? ["u1"] : []).isEmpty) }
        // Three in a row but within the hold: not yet; past the hold: ripe.
        var watch2 = DoubleRunWatch()
        let early = (0..<3).map {
            watch2.heartbeat(from: "n2", claimed: ["u1"], hold: hold, now: start + .milliseconds($0 * 200))
        }
        #expect(early.allSatisfy { $0.isEmpty })
        #expect(watch2.heartbeat(from: "n2", claimed: ["u1"], hold: hold, now: start + .seconds(1)) == ["u1"])
        watch2.settled("u1", node: "n2", now: start + .seconds(1), reported: true)
        // Stopped and started again: quiet for five minutes, then may ripen again.
        _ = watch2.heartbeat(from: "n2", claimed: [], hold: hold, now: start + .seconds(2))
        for second in 3..<300 {
            #expect(watch2.heartbeat(from: "n2", claimed: ["u1"], hold: hold, now: start + .seconds(second)).isEmpty)
        }
        _ = watch2.heartbeat(from: "n2", claimed: ["u1"], hold: hold, now: start + .seconds(302))
        _ = watch2.heartbeat(from: "n2", claimed: ["u1"], hold: hold, now: start + .seconds(303))
        #expect(watch2.heartbeat(from: "n2", claimed: ["u1"], hold: hold, now: start + .seconds(304)) == ["u1"])
        // Another node's heartbeats do not end n2's claim.
        var watch3 = DoubleRunWatch()
        for ms in [0, 600, 1200] {
            _ = watch3.heartbeat(from: "n3", claimed: [], hold: hold, now: start + .milliseconds(ms + 1))
            let ripe = watch3.heartbeat(from: "n2", claimed: ["u9"], hold: hold, now: start + .milliseconds(ms))
            #expect(ripe == (ms == 1200 ? ["u9"] : []))
        }
    }

    @Test func statusFileFreshness() {
        let text = StatusBoard.render(StatusBoard.Snapshot(), pid: 42)
        let status = StatusFile(text)
        #expect(status.pid == 42)
        #expect(status.isFresh(within: .seconds(5)))
        #expect(!StatusFile("updated: \(Timestamp.epochMilliseconds() - 10_000)\n").isFresh(within: .seconds(5)))
        #expect(!StatusFile("garbage").isFresh(within: .seconds(5)))
    }
}
