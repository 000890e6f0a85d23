import KVMHACore
import Logging
import Synchronization

/// Tells Pacemaker through its CLIs (argument array, deadline, checked exit status), off the
/// daemon's loop so heartbeats and detection go on while a report runs.
struct ClusterReporter: FailureReporting {
    static let crmResource = "/usr/sbin/crm_resource"
    static let attrdUpdater = "/usr/sbin/attrd_updater"
    static let healthAttribute = "#health-kvmha"
    static let callTimeout: Duration = .seconds(10)

    let logger: Logger
    let events: EventSink
    let gate = ReportGate()
    /// crm_resource; `DaemonTests` gives a program that answers as Pacemaker would.
    var crmResourceProgram = ClusterReporter.crmResource
    /// Waits before the second and third attempt of a report whose crm_resource failed.
    static let retryWaits: [Duration] = [.milliseconds(500), .seconds(1)]

    /// `--name=VALUE`, never `--name VALUE`: crm_resource would read a value starting with `-` as
    /// another option. (Names starting with `-` are refused before this as well.)
    static func failArguments(resource: String, node: String) -> [String] {
        ["--fail", "--resource=\(resource)", "--node=\(node)"]
    }

    /// crm_resource's exit status for a resource or node Pacemaker does not know (CRM_EX_NOSUCH):
    /// asking again cannot help.
    static let noSuchObject: Int32 = 105

    /// How long a report may hold its gate slot: its three calls and waits, and a margin. A child
    /// that outlives its deadline (unkillable, in D state) no longer keeps others waiting.
    static var slotDeadline: Duration {
        callTimeout * (retryWaits.count + 1) + retryWaits.reduce(.zero, +) + .seconds(5)
    }

    /// `crm_resource --fail`: Pacemaker records a failed operation of `resource` on `node` and
    /// recovers it as for a failed monitor (on-fail and migration-threshold apply). A failed call is
    /// tried twice more (not when Pacemaker knows no such resource); a report of the same resource
    /// and node within a second is dropped (logged); one beyond `ReportGate.limit` running waits for
    /// a free slot, this node's own guests first. `unsent` runs when the report is dropped or fails.
    func fail(
        _ resource: String, on node: String, because why: String, detected: ContinuousClock.Instant,
        origin: ReportOrigin, unsent: (@Sendable () -> Void)?
    ) {
        let logger = logger
        let events = events
        let gate = gate
        let program = crmResourceProgram
        let fill: @Sendable (inout DaemonEvent) -> Void = {
            $0.resource = resource
            $0.target = node
            $0.detail = why
        }
        let job: ReportGate.Job = {
            let slot = SlotRelease(gate)
            Task.detached {
                try? await Task.sleep(for: Self.slotDeadline)
                if slot.release() { logger.error("report of \(resource) on \(node) outlived its deadline: slot freed") }
            }
            Task.detached {
                let arguments = Self.failArguments(resource: resource, node: node)
                var result = await ChildProcess.run(program, arguments, deadline: .after(Self.callTimeout))
                for wait in Self.retryWaits {
                    if case .success(let done) = result, done.succeeded || done.exitCode == Self.noSuchObject { break }
                    logger.warning("report of \(resource) on \(node) failed; trying again in \(wait)")
                    try? await Task.sleep(for: wait)
                    result = await ChildProcess.run(program, arguments, deadline: .after(Self.callTimeout))
                }
                let latency = (ContinuousClock.now - detected).wholeMilliseconds
                switch result {
                case .success(let done) where done.succeeded:
                    events.emit(
                        .reported, "reported \(resource) failed on \(node) (\(why)); detection to report \(latency) ms"
                    ) {
                        fill(&$0)
                        $0.latencyMs = Int64(latency)
                    }
                case .success(let done):
                    unsent?()
                    let exit = done.exitCode.map(String.init) ?? "signal"
                    events.emit(
                        .reportFailed,
                        "report of \(resource) on \(node) (\(why)) refused: crm_resource exit \(exit): "
                            + done.output.trimmingWhitespace().replacing("\n", with: " / "), level: .error, fill)
                case .failure(let error):
                    unsent?()
                    events.emit(
                        .reportFailed, "report of \(resource) on \(node) (\(why)) failed: \(error)", level: .error, fill
                    )
                }
                slot.release()
            }
        }
        switch gate.enter("\(resource)@\(node)", origin: origin, job: job) {
        case .go: job()
        case .queued:
            logger.notice("report of \(resource) on \(node) (\(why)) waits: \(ReportGate.limit) reports are running")
        case .tooSoon:
            unsent?()
            events.emit(
                .reportDropped, "report of \(resource) on \(node) (\(why)) dropped: reported less than a second ago",
                fill)
        case .full:
            unsent?()
            events.emit(
                .reportDropped,
                "report of \(resource) on \(node) (\(why)) dropped: \(ReportGate.waitingLimit) reports are waiting already",
                level: .error, fill)
        }
    }

    /// `attrd_updater -n #health-kvmha -U red|green -N node`: with a node-health-strategy, red
    /// moves the node's guests away. `done` says whether attrd took it.
    func setHealth(
        _ colour: HealthColour, on node: String, because why: String, done: @escaping @Sendable (Bool) -> Void
    ) {
        let logger = logger
        let events = events
        Task.detached {
            let result = await ChildProcess.run(
                Self.attrdUpdater, ["--name=\(Self.healthAttribute)", "--update=\(colour.rawValue)", "--node=\(node)"],
                deadline: .after(Self.callTimeout))
            switch result {
            case .success(let finished) where finished.succeeded:
                events.emit(.healthChanged, "\(Self.healthAttribute)=\(colour.rawValue) on \(node) (\(why))") {
                    $0.target = node
                    $0.health = colour.rawValue
                    $0.detail = why
                }
                done(true)
            case .success(let finished):
                logger.error(
                    "attrd_updater exit \(finished.exitCode.map(String.init) ?? "signal"): \(finished.output.trimmingWhitespace())"
                )
                done(false)
            case .failure(let error):
                logger.error("setting \(Self.healthAttribute) failed: \(error)")
                done(false)
            }
        }
    }
}

/// A report's gate slot, handed back once: by the report when it ends, or by its deadline.
final class SlotRelease: Sendable {
    private let gate: ReportGate
    private let released = Mutex(false)

    init(_ gate: ReportGate) { self.gate = gate }

    /// Frees the slot (starting the next waiting report) unless that was done; says whether it did.
    @discardableResult
    func release() -> Bool {
        let first = released.withLock { released in
            defer { released = true }
            return !released
        }
        if first { gate.finished()?() }
        return first
    }
}
