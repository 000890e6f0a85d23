import KVMHACore

/// The daemon's way to Pacemaker (`ClusterReporter`: crm_resource and attrd_updater).
protocol FailureReporting: Sendable {
    /// `origin`: this node's guests' reports go before peer-derived ones; `unsent` runs when the
    /// report is dropped or fails.
    func fail(
        _ resource: String, on node: String, because why: String, detected: ContinuousClock.Instant,
        origin: ReportOrigin, unsent: (@Sendable () -> Void)?)
    /// `done`: whether Pacemaker took the attribute.
    func setHealth(
        _ colour: HealthColour, on node: String, because why: String, done: @escaping @Sendable (Bool) -> Void)
    /// Says once, off the loop, when Pacemaker will count each report twice.
    func checkFailureCounting()
}

extension FailureReporting {
    func checkFailureCounting() {}
}
