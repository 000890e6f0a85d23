import KVMHATestSupport
import Testing

@testable import CPGMonitor

/// The idle loop's cost is its wake-ups (each one a poll, a context switch and the loop's checks), so
/// the once-a-second work must ride on the heartbeat's wake-ups instead of adding its own.
@Suite(.ownThread) struct DaemonWakeUpTests {
    @Test func theOnceASecondWorkWakesTheLoopNoMoreThanTheHeartbeatDoes() throws {
        let harness = try DaemonHarness()
        let peer = DaemonHarness.member(2)
        harness.membership([harness.me, peer], joined: [peer])
        for _ in 0..<100 {
            harness.heartbeat(from: peer, node: "n2")
            harness.run(for: .milliseconds(100))
            let now = harness.clock.now
            #expect(harness.daemon.nextWakeUp(now: now) == harness.daemon.state.schedule.nextHeartbeat)
        }
    }

    /// A peer whose heartbeats arrive 20 ms before this daemon's are due (the 100 ms interval's slack
    /// is 50 ms): this daemon's heartbeats go out on those deliveries, so after the first round no
    /// wake-up of the loop is its heartbeat timer alone, and the rate stays one per interval.
    @Test func heartbeatsFallInStepWithAPeersAndLoseTheirOwnWakeUp() throws {
        let harness = try DaemonHarness()
        let peer = DaemonHarness.member(2)
        harness.membership([harness.me, peer], joined: [peer])
        let start = harness.clock.now
        var nextPeer = start + .milliseconds(80)
        var sentOnTimerAlone: [Duration] = []
        var sentAt: [ContinuousClock.Instant] = []
        harness.daemon.timers(now: start)
        while harness.clock.now < start + .seconds(10) {
            let now = harness.clock.now
            let wake = min(harness.daemon.nextWakeUp(now: now), nextPeer)
            harness.clock.advance(wake - now)
            let sent = harness.cluster.sent.count
            let peerDelivered = wake == nextPeer
            if peerDelivered {
                harness.heartbeat(from: peer, node: "n2")
                nextPeer += .milliseconds(100)
            }
            harness.daemon.timers(now: wake)
            if harness.cluster.sent.count > sent {
                harness.ownHeartbeatDelivered()
                sentAt.append(wake)
                if !peerDelivered { sentOnTimerAlone.append(wake - start) }
            }
        }
        #expect(sentOnTimerAlone == [], "\(sentOnTimerAlone)")
        let gaps = Set(zip(sentAt, sentAt.dropFirst()).map { $1 - $0 })
        #expect(gaps == [.milliseconds(100)] && sentAt.count >= 100, "\(gaps) over \(sentAt.count)")
    }

    /// However often peers' messages wake the loop, a heartbeat goes out at most once per half
    /// interval (how early the slack lets it go).
    @Test func aChattyPeerCannotMakeHeartbeatsFasterThanTheSlackAllows() throws {
        let harness = try DaemonHarness()
        let peer = DaemonHarness.member(2)
        harness.membership([harness.me, peer], joined: [peer])
        harness.daemon.timers(now: harness.clock.now)
        for _ in 0..<1000 {
            harness.clock.advance(.milliseconds(10))
            harness.heartbeat(from: peer, node: "n2")
            harness.ownHeartbeatDelivered()
            harness.daemon.timers(now: harness.clock.now)
        }
        // 10 s at one per 50 ms at most, plus the one at the start.
        #expect(harness.cluster.sent.count <= 201, "\(harness.cluster.sent.count)")
    }

    @Test func workRunEarlyKeepsItsCadence() throws {
        let harness = try DaemonHarness()
        harness.run(for: .seconds(1))  // the first answer is a regain, which asks again
        let asked = harness.cluster.questions
        harness.run(for: .seconds(10))
        // Ten seconds of 100 ms heartbeats: quorum asked once a second (run up to 100 ms early, the
        // next one still a second after the one it replaced), not once every 900 ms.
        #expect((10...11).contains(harness.cluster.questions - asked), "\(harness.cluster.questions - asked)")
    }

    /// The status is written at once when it changes; that must not push the once-a-second write on
    /// (`HostsIntegrationTests` found a daemon's status 2.8 s old after the changes of its start).
    @Test func aStatusWrittenForAChangeKeepsTheOnceASecondWrite() throws {
        let harness = try DaemonHarness()
        let start = harness.clock.now
        harness.daemon.timers(now: start)
        let due = harness.daemon.state.schedule.nextStatusWrite
        for change in 0..<3 {
            harness.clock.advance(.milliseconds(10))
            harness.daemon.board.update { $0.group = "changed \(change)" }
            harness.daemon.timers(now: harness.clock.now)
        }
        #expect(harness.daemon.state.schedule.nextStatusWrite == due)
        #expect(due <= start + .seconds(1))
    }

    @Test func theNextRunIsOnePeriodOnUnlessTheLoopWasHeldUp() {
        let start = ContinuousClock.now
        #expect(Daemon.following(start, every: .seconds(1), now: start - .milliseconds(200)) == start + .seconds(1))
        #expect(Daemon.following(start, every: .seconds(1), now: start + .seconds(3)) == start + .seconds(4))
    }
}
