import Corosync
import KVMHACore
import Libvirt
import Logging
import Systemd

/// kvmha-cpgmonitor's loop: one thread polls the CPG descriptor and a wake pipe (libvirt events,
/// signals); heartbeats, silence deadlines, reconnects and the status file are timers of the same
/// loop. Reports run as tasks, so detection never waits for Pacemaker.
final class Daemon {
    let settings: DaemonSettings
    let logger: Logger
    let wake: WakePipe
    let board: StatusBoard
    let events: EventSink
    let reporter: any FailureReporting
    let records: RecordStore
    let link: any HypervisorLink
    let notices: NoticeQueue
    let cluster: any ClusterLink
    /// The monotonic clock every decision reads (DaemonTests move it by hand).
    let clock: @Sendable () -> ContinuousClock.Instant
    /// Everything the loop decides from and changes.
    var state: DaemonState
    /// Where setHealth's answers come back to the loop from their tasks.
    let healthOutcomes: WakingQueue<HealthOutcome>
    /// When the daemon was made (its own heartbeats cannot have come back before).
    let started: ContinuousClock.Instant
    /// This daemon's key and incarnation: its heartbeats are tagged, its peers' checked.
    let authentication: PeerAuthentication

    /// How long the daemon waits at start for Corosync to take its connections (CPG, quorum):
    /// a hung Corosync makes it exit with CS_ERR_TIMEOUT, so the agent's start fails with a reason.
    static let connectTimeout: Duration = .seconds(10)

    /// With its links made by the composition root (`DaemonCommand.compose`, or `DaemonHarness`'s
    /// scripted ones) around the same `channels`.
    init(
        settings: DaemonSettings, logger: Logger, authentication: PeerAuthentication, channels: LoopChannels,
        cluster: any ClusterLink, hypervisor: any HypervisorLink, reporter: any FailureReporting,
        clock: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now }
    ) throws(CorosyncError) {
        self.settings = settings
        self.logger = logger
        self.cluster = cluster
        self.authentication = authentication
        self.clock = clock
        (wake, notices, events) = (channels.wake, channels.notices, channels.events)
        board = StatusBoard()
        self.reporter = reporter
        records = RecordStore(directory: settings.recordDirectory)
        healthOutcomes = WakingQueue(waking: wake)
        link = hypervisor
        let now = clock()
        state = DaemonState(
            me: CPGMember(nodeID: try cluster.localNodeID(), pid: UInt32(ProcessIdentity.ownPID)),
            claims: PeerClaims(
                nodes: cluster.nodeList(previous: NodeList(), deadline: .after(Self.quorumTimeout)),
                ownResource: settings.resource),
            now: now)
        started = now
    }

    static let eventBatch = 64

    /// Corosync's node list, read within `quorumTimeout` like every other Corosync question on the
    /// loop; the last one when Corosync does not answer in time.
    func refreshNodeNames() {
        state.claims.nodes = cluster.nodeList(previous: state.claims.nodes, deadline: .after(Self.quorumTimeout))
    }

    func run() throws(CorosyncError) -> CommandExit {
        let signals = SignalWatch(waking: wake)
        do { try EventLoop.start() } catch { logger.critical("libvirt event loop: \(error)") }
        try cluster.join(settings.group)
        events.emit(.started, "started: node \(settings.nodeName), group \(settings.group), member \(state.peers.me)") {
            $0.member = "\(state.peers.me)"
        }
        announceAuthentication()
        if let corosyncName = state.claims.nodes.names[state.peers.me.nodeID], corosyncName != settings.nodeName {
            board.update { $0.corosyncName = corosyncName }
            events.emit(
                .nameMismatch,
                "node name \(settings.nodeName) is not Corosync's name \(corosyncName) for node \(state.peers.me.nodeID): "
                    + "peers refuse this daemon's heartbeats and cannot report its failure", level: .error
            ) { $0.peer = corosyncName }
        }
        reporter.checkFailureCounting()
        board.update {
            $0.node = settings.nodeName
            $0.group = settings.group
        }
        for file in [settings.statusFile, settings.eventsFile] + (settings.metricsFile.map { [$0] } ?? []) {
            do { try Files.makeDirectories(Files.directory(of: file)) } catch {
                logger.warning("directory of \(file): \(error)")
            }
        }
        let cpg = try cluster.fileDescriptor()
        checkQuorum(now: clock())
        // Type=notify: started once it is in the group, not when its process exists.
        ServiceNotification.ready(status: "in group \(settings.group) as \(state.peers.me), node \(settings.nodeName)")
        while signals.received == nil {
            let now = clock()
            if let active = link.poll(now: now) { connected(now: now, active: active) }
            timers(now: clock())
            let quorum = cluster.quorumDescriptor
            let ready = Readiness.wait(
                [cpg, wake.readDescriptor] + (quorum.map { [$0] } ?? []),
                until: Deadline(max(nextWakeUp(now: now), clock())))
            // Only what poll found readable is read: an idle turn costs one system call, not four.
            if ready.contains(wake.readDescriptor) { wake.drain() }
            if signals.takeHangup() { reopenLog() }
            if let quorum, ready.contains(quorum) {
                // Read even when not trusted now: a descriptor left readable would spin the loop.
                _ = cluster.trackedQuorum()
                checkQuorum(now: clock())
            }
            for notice in notices.drain() { handle(notice) }
            // A batch per turn: a flood from a member is never all in memory, and heartbeats and
            // deadlines still run between batches (the descriptor stays readable, so no wait).
            if ready.contains(cpg) {
                for event in try cluster.dispatchPending(limit: Self.eventBatch) { handle(event) }
            }
        }
        events.emit(.stopping, "signal \(signals.received ?? 0): leaving group \(settings.group) and exiting")
        ServiceNotification.stopping()
        do { try cluster.leave(settings.group, deadline: .after(Self.quorumTimeout)) } catch {
            logger.warning("leaving the group: \(error); exiting anyway (peers see PROCDOWN)")
        }
        Files.remove(settings.statusFile)
        events.metrics.markDown()  // the file outlives the daemon: it must not go on saying "up"
        writeMetrics()
        return .success
    }

    /// SIGHUP (logrotate's postrotate): the log the agent started the daemon with, opened again.
    func reopenLog() {
        guard let logFile = settings.logFile else {
            logger.info("SIGHUP: no log file to reopen (stdout and stderr are the service manager's)")
            return
        }
        do {
            try OutputLog.reopen(logFile)
            logger.info("SIGHUP: log \(logFile) reopened")
        } catch {
            logger.warning("SIGHUP: cannot reopen the log: \(error)")
        }
    }

    /// How often the metrics file is replaced (node_exporter scrapes every 15 s or more).
    static let metricsInterval: Duration = .seconds(5)

    /// How long a quorum question may take: Corosync's IPC has no timeout of its own, and a hung
    /// Corosync must not stop the loop (heartbeats, detection). No answer counts as no quorum.
    static let quorumTimeout: Duration = .milliseconds(500)

    /// How often quorum is asked, where Corosync cannot be made to tell of its changes, without a
    /// report to gate (every report asks afresh): each question is an IPC round trip and a thread
    /// hop; once a second notices quorum coming back soon enough.
    static let quorumCheckInterval: Duration = .seconds(1)

    /// Reports and attribute changes only from a partition with quorum.
    func quorate() -> Bool {
        let answer: Bool
        do {
            if quorumTold(now: clock()), let told = cluster.trackedQuorum() {
                answer = told
            } else {
                answer = try cluster.isQuorate(deadline: .after(Self.quorumTimeout))
            }
        } catch {
            // Once per loss: a stopped Corosync leaves every question of the heartbeat unanswered.
            if state.quorum.quorate {
                events.emit(.quorumUnanswered, "quorum: \(error)", level: .warning) { $0.detail = "\(error)" }
            }
            answer = false
        }
        // Every call observes quorum, so the transitions are logged (and a regain remembered) here.
        if answer != state.quorum.quorate {
            board.update { $0.quorate = answer }
            if answer {
                events.emit(.quorumRegained, "this partition has quorum")
                state.quorum.regained = true
            } else {
                events.emit(.quorumLost, "this partition lost quorum: no reports until it is back", level: .warning)
            }
        }
        state.quorum.quorate = answer
        return answer
    }
}
