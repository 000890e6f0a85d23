import Corosync
import Foundation
import KVMHACore
import Libvirt
import Logging
import Synchronization
import Testing

@testable import CPGMonitor

/// A real `Daemon` whose peers are scripted: Corosync (membership, messages, quorum, node names),
/// libvirt (connected or not, what runs) and Pacemaker (the reports it is asked for), with a clock
/// the test moves. Feeding it what the loop would feed it and reading the events it emits tests a
/// rule in milliseconds, without a lab.
final class DaemonHarness {
    final class Cluster: ClusterLink {
        var nodeID: UInt32
        var quorate = true
        var names: [UInt32: String] = [1: "n1", 2: "n2", 3: "n3"]
        var sent: [PeerMessage] = []
        init(nodeID: UInt32) { self.nodeID = nodeID }
        func localNodeID() -> UInt32 { nodeID }
        func join(_ group: String) {}
        func leave(_ group: String, deadline: Deadline) {}
        func fileDescriptor() -> Int32 { -1 }
        func dispatchPending(limit: Int) -> [CPGEvent] { [] }
        func multicast(_ payload: [UInt8]) { PeerMessage(decoding: payload).map { sent.append($0) } }
        /// How often quorum was asked.
        var questions = 0
        /// Whether a question is answered (a stopped Corosync answers none).
        var answers = true
        func isQuorate(deadline: Deadline) throws -> Bool {
            questions += 1
            guard answers else { throw DeadlineExceeded(what: "quorum_getquorate") }
            return quorate
        }
        /// Whether Corosync tells of quorum's changes (the real one does; then `quorumDescriptor` is set).
        var tracking = false
        var quorumDescriptor: Int32? { tracking ? 0 : nil }
        func trackedQuorum() -> Bool? { tracking ? quorate : nil }
        /// Whether cmap answers (a failing one leaves the list as it was).
        var cmapAnswers = true
        func nodeList(previous: NodeList, deadline: Deadline) -> NodeList {
            cmapAnswers ? NodeList(names: names) : previous
        }
    }

    final class Hypervisor: HypervisorLink {
        var isConnected = true
        var lostSince: ContinuousClock.Instant?
        var nextAttemptDue: ContinuousClock.Instant? { nil }
        var running: Set<String> = []
        func poll(now: ContinuousClock.Instant) -> [(uuid: String, name: String)]? { nil }
        func lost(now: ContinuousClock.Instant) {
            isConnected = false
            lostSince = lostSince ?? now
        }
        func runsNow(_ uuid: String) -> Bool { running.contains(uuid) }
    }

    struct Report: Equatable, Sendable {
        let resource: String
        let node: String
        let why: String
    }

    final class Pacemaker: FailureReporting {
        let reports = Mutex<[Report]>([])
        let health = Mutex<[String]>([])
        /// Whether attrd takes an attribute update (a failing one answers false).
        let attrdTakes = Mutex(true)
        func fail(
            _ resource: String, on node: String, because why: String, detected: ContinuousClock.Instant,
            origin: ReportOrigin, unsent: (@Sendable () -> Void)?
        ) {
            reports.withLock { $0.append(Report(resource: resource, node: node, why: why)) }
        }
        func setHealth(
            _ colour: HealthColour, on node: String, because why: String, done: @escaping @Sendable (Bool) -> Void
        ) {
            let taken = attrdTakes.withLock { $0 }
            health.withLock { $0.append("\(colour.rawValue)@\(node)\(taken ? "" : " (refused)")") }
            done(taken)
        }
    }

    final class Clock: Sendable {
        private let instant = Mutex(ContinuousClock.now)
        var now: ContinuousClock.Instant { instant.withLock { $0 } }
        func advance(_ amount: Duration) { instant.withLock { $0 += amount } }
    }

    let directory: String
    let cluster: Cluster
    let hypervisor = Hypervisor()
    let pacemaker = Pacemaker()
    let clock = Clock()
    let daemon: Daemon
    /// The heartbeat sequence at the last `checkSchedule`.
    private var lastSequence: UInt64 = 0
    let records: RecordStore
    static let group = "kvmha-test"

    /// A daemon on Corosync node `nodeID` (named n1, n2, n3 by Corosync), heartbeat 100 ms, silence
    /// after 500 ms, libvirt health red after 2 s; connected to libvirt, which runs `running`.
    /// With `crmResource`, reports go through the real `ClusterReporter` running that program.
    init(
        nodeID: UInt32 = 1, resource: String = "cpgmon:0", running: [(uuid: String, name: String)] = [],
        crmResource: String? = nil, key: [UInt8]? = DaemonHarness.key
    ) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("daemon-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory + "/records", withIntermediateDirectories: true)
        records = RecordStore(directory: directory + "/records")
        cluster = Cluster(nodeID: nodeID)
        if let key { _ = FileManager.default.createFile(atPath: directory + "/authkey", contents: Data(key)) }
        let values = ParameterValues(
            table: MonitorParameters.table,
            given: [
                "status_file": directory + "/cpgmonitor.status", "record_dir": records.directory,
                "heartbeat_interval": "100", "heartbeat_timeout": "500", "libvirt_health_deadline": "2",
                "resource": resource, "key_file": directory + "/authkey",
            ])
        let settings = try DaemonSettings(values, nodeName: "n\(nodeID)")
        var logger = Logger(label: "kvmha-test") { _ in SwiftLogNoOpLogHandler() }
        logger.logLevel = .critical
        let clock = clock
        let channels = LoopChannels(settings: settings, logger: logger)
        let reporter: any FailureReporting =
            crmResource.map { ClusterReporter(logger: logger, events: channels.events, crmResourceProgram: $0) }
            ?? pacemaker
        let authentication =
            key == nil
            ? PeerAuthentication(key: nil, missing: "no key given") : try PeerAuthentication.load(settings)
        daemon = try Daemon(
            settings: settings, logger: logger, authentication: authentication, channels: channels,
            cluster: cluster, hypervisor: hypervisor, reporter: reporter, clock: { clock.now })
        daemon.connected(now: clock.now, active: running)
        daemon.checkQuorum(now: clock.now)  // as `run` does before its loop
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    var events: [DaemonEvent] {
        let text = (try? String(contentsOfFile: daemon.settings.eventsFile, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap {
            try? JSONDecoder().decode(DaemonEvent.self, from: Data($0.utf8))
        }
    }

    func events(_ kind: DaemonEvent.Kind) -> [DaemonEvent] { events.filter { $0.kind == kind } }

    /// Waits (up to 10 s) for `count` events of `kind`: reports run off the loop, in tasks.
    func awaitEvents(_ kind: DaemonEvent.Kind, count: Int) async throws -> [DaemonEvent] {
        let deadline = ContinuousClock.now + .seconds(10)
        while events(kind).count < count, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        return events(kind)
    }
    var reports: [Report] { pacemaker.reports.withLock { $0 } }
    var health: [String] { pacemaker.health.withLock { $0 } }
    var timeline: String { events.map { "\($0.kind.rawValue): \($0.text)" }.joined(separator: "\n") }

    /// A domain the VirtualDomain agent recorded on this node.
    @discardableResult
    func record(
        _ resource: String, uuid: String, intent: DomainIntent = .running, emulator: ProcessIdentity? = nil
    ) throws -> DomainRecord {
        let record = DomainRecord(
            resource: resource, domainName: "kvmha-\(resource)", uuid: uuid, intent: intent, emulator: emulator)
        try records.save(record)
        daemon.refreshManaged()
        return record
    }

    func libvirt(_ kind: DomainEventKind, uuid: String, name: String) {
        daemon.handle(LibvirtNotice.domain(DomainEvent(uuid: uuid, name: name, kind: kind, received: clock.now)))
    }

    static func member(_ node: UInt32, pid: UInt32 = 100) -> CPGMember { CPGMember(nodeID: node, pid: pid) }
    var me: CPGMember { daemon.state.peers.me }

    func membership(_ members: [CPGMember], left: [(CPGMember, CPGReason)] = [], joined: [CPGMember] = []) {
        daemon.handle(
            CPGEvent.configurationChange(
                group: Self.group, members: members, left: left, joined: joined.map { ($0, .join) }))
    }

    /// The key every harness daemon and its scripted peers hold (256 bytes, as corosync-keygen writes).
    static let key = (0..<256).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
    /// Each scripted sender's last sequence.
    var sequences: [CPGMember: UInt64] = [:]

    /// A heartbeat from `sender` naming `node`, its resource and the domains it runs, tagged with the
    /// shared key (`key`: another one) as a peer daemon sends it; each a sequence after its last.
    func heartbeat(
        from sender: CPGMember, node: String, resource: String = "cpgmon:1", domains: [String: Bool] = [:],
        key: [UInt8] = DaemonHarness.key
    ) {
        sequences[sender, default: 0] += 1
        let message = PeerMessage(
            sequence: sequences[sender, default: 1], incarnation: Self.incarnation(of: sender), node: node,
            resource: resource, domains: domains)
        daemon.handle(CPGEvent.message(group: Self.group, sender: sender, payload: Self.sealed(message, sender, key)))
    }

    static func incarnation(of member: CPGMember) -> UInt64 { UInt64(member.nodeID) << 32 | UInt64(member.pid) }

    /// `message` as a daemon holding `key` sends it (untagged if libgcrypt fails: then refused).
    static func sealed(_ message: PeerMessage, _ sender: CPGMember, _ key: [UInt8] = DaemonHarness.key) -> [UInt8] {
        guard let derived = try? HeartbeatKey.derive(key, path: "harness") else { return message.encoded }
        return PeerSeal.seal(message.encoded, from: sender, with: derived.authenticator)
    }

    /// This daemon's own heartbeat coming back through the ring.
    func ownHeartbeatDelivered() {
        let message = PeerMessage(sequence: 1, node: daemon.settings.nodeName, resource: "", domains: [:])
        daemon.handle(CPGEvent.message(group: Self.group, sender: me, payload: message.encoded))
    }

    /// Moves the clock in heartbeat steps, running the loop's timers (and, when `ringLive`, the
    /// delivery of this daemon's own heartbeat) at each.
    func run(for amount: Duration, ringLive: Bool = true) {
        var left = amount
        while left > .zero {
            let step = min(left, .milliseconds(100))
            clock.advance(step)
            left -= step
            if ringLive { ownHeartbeatDelivered() }
            daemon.timers(now: clock.now)
            checkSchedule()
        }
    }

    /// What must hold of the daemon's state after every turn of its timers, whatever a test does: the
    /// next heartbeat and status write are ahead, the status file says the board's latest version, and
    /// no heartbeat sequence went backwards.
    func checkSchedule() {
        let state = daemon.state
        #expect(state.schedule.nextHeartbeat > clock.now, "a heartbeat is overdue after the timers ran")
        #expect(state.schedule.nextStatusWrite > clock.now, "a status write is overdue after the timers ran")
        #expect(state.writtenVersion == daemon.board.snapshot.version, "the status file lags the board")
        #expect(state.schedule.sequence >= lastSequence)
        lastSequence = state.schedule.sequence
    }
}

/// A real process stopped with SIGSTOP (state T), as a hung guest's QEMU is; killed at the end.
final class StoppedProcess {
    let process = Process()
    let identity: ProcessIdentity

    init() throws {
        process.executableURL = URL(fileURLWithPath: "/bin/sleep")
        process.arguments = ["120"]
        try process.run()
        identity = try #require(ProcessIdentity.current(pid: process.processIdentifier))
        kill(process.processIdentifier, SIGSTOP)
        let deadline = ContinuousClock.now + .seconds(5)
        while !identity.isStopped, ContinuousClock.now < deadline { usleep(5_000) }
        try #require(identity.isStopped)
    }

    /// SIGCONT: it runs on, as a guest that was only paused for a moment.
    func resume() throws {
        kill(process.processIdentifier, SIGCONT)
        let deadline = ContinuousClock.now + .seconds(5)
        while identity.isStopped, ContinuousClock.now < deadline { usleep(5_000) }
        try #require(!identity.isStopped)
    }

    deinit {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
