import KVMHACore
import Logging

/// Tells Pacemaker through its CLIs (argument array, deadline, checked exit status), off the
/// daemon's loop so heartbeats and detection go on while a report runs.
struct ClusterReporter: Sendable {
    static let crmResource = "/usr/sbin/crm_resource"
    static let attrdUpdater = "/usr/sbin/attrd_updater"
    static let healthAttribute = "#health-kvmha"
    static let callTimeout: Duration = .seconds(10)

    let logger: Logger
    let board: StatusBoard
    let gate = ReportGate()
    /// Waits before the second and third attempt of a report whose crm_resource failed.
    static let retryWaits: [Duration] = [.milliseconds(500), .seconds(1)]

    /// `--name=VALUE`, never `--name VALUE`: crm_resource would read a value starting with `-` as
    /// another option. (Names starting with `-` are refused before this as well.)
    static func failArguments(resource: String, node: String) -> [String] {
        ["--fail", "--resource=\(resource)", "--node=\(node)"]
    }

    /// `crm_resource --fail`: Pacemaker records a failed operation of `resource` on `node` and
    /// recovers it as for a failed monitor (on-fail and migration-threshold apply). A failed call is
    /// tried twice more; a report of the same resource and node within a second is dropped (logged).
    func fail(_ resource: String, on node: String, because why: String, detected: ContinuousClock.Instant) {
        let logger = logger
        let board = board
        let gate = gate
        switch gate.enter("\(resource)@\(node)") {
        case .go: break
        case .tooSoon:
            logger.notice("report of \(resource) on \(node) (\(why)) dropped: reported less than a second ago")
            return
        case .busy:
            logger.error(
                "report of \(resource) on \(node) (\(why)) dropped: \(ReportGate.limit) reports already running")
            return
        }
        Task.detached {
            defer { gate.finished() }
            var result = await ChildProcess.run(
                Self.crmResource, Self.failArguments(resource: resource, node: node), deadline: .after(Self.callTimeout)
            )
            for wait in Self.retryWaits {
                if case .success(let done) = result, done.succeeded { break }
                logger.warning("report of \(resource) on \(node) failed; trying again in \(wait)")
                try? await Task.sleep(for: wait)
                result = await ChildProcess.run(
                    Self.crmResource, Self.failArguments(resource: resource, node: node),
                    deadline: .after(Self.callTimeout))
            }
            let latency = (ContinuousClock.now - detected).wholeMilliseconds
            switch result {
            case .success(let done) where done.succeeded:
                let line = "reported \(resource) failed on \(node) (\(why)); detection to report \(latency) ms"
                logger.notice("\(line)")
                board.event(line)
            case .success(let done):
                let line =
                    "report of \(resource) on \(node) (\(why)) refused: crm_resource exit \(done.exitCode.map(String.init) ?? "signal"): \(done.output.trimmingWhitespace().replacing("\n", with: " / "))"
                logger.error("\(line)")
                board.event(line)
            case .failure(let error):
                logger.error("report of \(resource) on \(node) (\(why)) failed: \(error)")
                board.event("report of \(resource) on \(node) failed: \(error)")
            }
        }
    }

    /// `attrd_updater -n #health-kvmha -U red|green -N node`: with a node-health-strategy, red
    /// moves the node's guests away.
    func setHealth(_ colour: String, on node: String, because why: String) {
        let logger = logger
        let board = board
        Task.detached {
            let result = await ChildProcess.run(
                Self.attrdUpdater, ["--name=\(Self.healthAttribute)", "--update=\(colour)", "--node=\(node)"],
                deadline: .after(Self.callTimeout))
            switch result {
            case .success(let done) where done.succeeded:
                logger.notice("\(Self.healthAttribute)=\(colour) on \(node) (\(why))")
                board.event("\(Self.healthAttribute)=\(colour) on \(node) (\(why))")
            case .success(let done):
                logger.error(
                    "attrd_updater exit \(done.exitCode.map(String.init) ?? "signal"): \(done.output.trimmingWhitespace())"
                )
            case .failure(let error):
                logger.error("setting \(Self.healthAttribute) failed: \(error)")
            }
        }
    }
}
