/// What the daemon needs of libvirt (`LibvirtLink`): one connection, opened off the loop.
protocol HypervisorLink: AnyObject {
    var isConnected: Bool { get }
    /// When the connection was lost (or never made); nil while connected.
    var lostSince: ContinuousClock.Instant? { get }
    var nextAttemptDue: ContinuousClock.Instant? { get }
    /// What ran when a connection was just made; nil otherwise. Never blocks.
    func poll(now: ContinuousClock.Instant) -> [(uuid: String, name: String)]?
    func lost(now: ContinuousClock.Instant)
    /// libvirt says the domain runs at this moment; false when it cannot tell within 250 ms.
    func runsNow(_ uuid: String) -> Bool
}
