import Corosync
import KVMHACore
import Logging

extension Daemon {
    func timers(now: ContinuousClock.Instant) {
        if now + heartbeatSlack >= state.schedule.nextHeartbeat {
            state.schedule.sequence += 1
            let message = PeerMessage(
                sequence: state.schedule.sequence, node: settings.nodeName, resource: settings.resource,
                domains: runningDomains())
            do { try cluster.multicast(authentication.seal(message, from: state.peers.me)) } catch {
                logger.debug("heartbeat not sent: \(error)")
            }
            state.schedule.nextHeartbeat = now + settings.heartbeatInterval
        }
        let told = quorumTold(now: now)
        if told, !state.quorum.wasTold {
            checkQuorum(now: now)  // delivering again: what it told meanwhile counts from now
        } else if !told, isDue(state.schedule.nextQuorumCheck, now: now) {
            state.schedule.nextQuorumCheck = Self.following(
                state.schedule.nextQuorumCheck, every: Self.quorumCheckInterval, now: now)
            checkQuorum(now: now)
        }
        state.quorum.wasTold = told
        for silent in state.peers.newlySilent(
            timeout: settings.heartbeatTimeout, interval: settings.heartbeatInterval, now: now)
        {
            events.emit(
                .peerSilent,
                "member \(silent.member) (\(silent.node ?? "?")) silent for \((now - silent.lastHeard).wholeMilliseconds) ms: hung",
                level: .warning
            ) {
                $0.member = "\(silent.member)"
                $0.peer = silent.node
                $0.resource = silent.resource.isEmpty ? nil : silent.resource
            }
            failPeer(silent, member: silent.member, because: "kvmha-cpgmonitor heartbeat missed", detected: now)
        }
        checkHealth(now: now)
        let statusDue = isDue(state.schedule.nextStatusWrite, now: now)
        if statusDue || board.snapshot.version != state.writtenVersion {
            board.update { $0.members = self.memberLines(now: now) }
            summariseMembershipFlood(now: now)
            refreshManaged()
            reportHungEmulators(now: now)
            let snapshot = board.snapshot
            do {
                try Files.writeAtomically(
                    settings.statusFile, StatusBoard.render(snapshot, pid: ProcessIdentity.ownPID),
                    ownership: .clusterReadable)
            } catch {
                logger.debug("status file: \(error)")
            }
            state.writtenVersion = snapshot.version
            // A write for a change keeps the once-a-second one: three changes at start used to push
            // it three seconds on, and the monitor reads a status older than 5 s as a hung daemon.
            if statusDue {
                state.schedule.nextStatusWrite = Self.following(
                    state.schedule.nextStatusWrite, every: .seconds(1), now: now)
            }
        }
        if settings.metricsFile != nil, isDue(state.schedule.nextMetricsWrite, now: now) {
            events.metrics.update(board.snapshot)
            writeMetrics()
            state.schedule.nextMetricsWrite = Self.following(
                state.schedule.nextMetricsWrite, every: Self.metricsInterval, now: now)
        }
    }

    /// Whether what Corosync told of quorum holds now: it tells of changes and still delivers (this
    /// daemon's own heartbeat came back within `heartbeatTimeout`, or it started that recently).
    /// Then nothing asks it once a second; the loop reads its notifications when they come. A stopped
    /// Corosync tells nothing, so then quorum is asked, and no answer is no quorum.
    func quorumTold(now: ContinuousClock.Instant) -> Bool {
        cluster.quorumDescriptor != nil && now - (state.peers.lastOwnDelivery ?? started) <= settings.heartbeatTimeout
    }

    /// Looks at quorum (asked, or as Corosync told it) and reports what died while it was lost.
    func checkQuorum(now: ContinuousClock.Instant) {
        if quorate(), state.quorum.regained {
            state.quorum.regained = false
            reportRecordedButGone(now: now)
        }
    }

    /// How early a heartbeat may go out on a wake-up the loop has anyway (a peer's heartbeat
    /// delivered): the next one counts from then, so the daemons of a group fall into step behind
    /// the first sender, their heartbeats are delivered together and each round costs two wake-ups
    /// instead of one per member and one more for the timer. Half an interval lets any two members
    /// fall into step; once in step each still sends one per interval (a member sending faster
    /// than that can pull this daemon's rate up to one per half interval, never more).
    var heartbeatSlack: Duration { settings.heartbeatInterval / 2 }

    /// How early the once-a-second work (quorum, status file, metrics) may run: by up to one heartbeat
    /// interval (a second at most), so it rides on a wake-up the loop has anyway (a heartbeat sent or
    /// delivered) instead of waking the loop on its own.
    var timerSlack: Duration { min(settings.heartbeatInterval, .seconds(1)) }

    func isDue(_ instant: ContinuousClock.Instant, now: ContinuousClock.Instant) -> Bool {
        now + timerSlack >= instant
    }

    /// When the loop must wake at the latest: the next heartbeat, a peer's silence deadline, a libvirt
    /// reconnect, the health deadline, and the periodic work when no other wake-up comes in its slack.
    func nextWakeUp(now: ContinuousClock.Instant) -> ContinuousClock.Instant {
        var next = state.schedule.nextHeartbeat
        for deadline in [
            state.schedule.nextStatusWrite, quorumTold(now: now) ? nil : state.schedule.nextQuorumCheck,
            link.nextAttemptDue,
            state.peers.nextSilenceDeadline(timeout: settings.heartbeatTimeout), healthDeadline, state.health.retryAt,
        ] {
            if let deadline, deadline < next { next = deadline }
        }
        return next
    }

    /// The next run of periodic work after the one due at `due`: one period on from `due` (work run
    /// early keeps its cadence), or from `now` when the loop was held up past it.
    static func following(
        _ due: ContinuousClock.Instant, every period: Duration, now: ContinuousClock.Instant
    ) -> ContinuousClock.Instant {
        due + period > now ? due + period : now + period
    }

    /// node_exporter's textfile collector reads the file as another user: 0644 whatever the umask,
    /// replaced atomically. A failing write is said once at warning, and again once it works.
    func writeMetrics() {
        guard let metricsFile = settings.metricsFile else { return }
        do {
            try Files.writeAtomically(metricsFile, events.metrics.text, mode: Files.readableByAll)
            if state.metricsFailing {
                logger.info("metrics file \(metricsFile) written again")
                state.metricsFailing = false
            }
        } catch {
            if !state.metricsFailing { logger.warning("metrics file: \(error) (said once until it works again)") }
            state.metricsFailing = true
        }
    }
}
