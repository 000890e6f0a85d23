import CLibvirt

/// `virDomainState`, with the reason code libvirt gives beside it.
public enum DomainState: Int32, Sendable, CaseIterable, CustomStringConvertible {
    case noState = 0
    case running = 1
    case blocked = 2
    case paused = 3
    case shutdown = 4
    case shutoff = 5
    case crashed = 6
    case pmSuspended = 7

    public var description: String {
        switch self {
        case .noState: "no state"
        case .running: "running"
        case .blocked: "blocked"
        case .paused: "paused"
        case .shutdown: "shutting down"
        case .shutoff: "shut off"
        case .crashed: "crashed"
        case .pmSuspended: "pmsuspended"
        }
    }
}

/// A state with its reason (`VIR_DOMAIN_PAUSED_IOERROR`, `VIR_DOMAIN_SHUTOFF_CRASHED`, …).
public struct DomainStatus: Sendable, Equatable {
    public let state: DomainState
    public let reason: Int32

    public init(state: DomainState, reason: Int32) {
        self.state = state
        self.reason = reason
    }

    /// Paused because a disk reported an I/O error (`VIR_DOMAIN_PAUSED_IOERROR`).
    public var isPausedOnIOError: Bool {
        state == .paused && reason == Int32(VIR_DOMAIN_PAUSED_IOERROR.rawValue)
    }

    /// What a failure leaves: crashed, or paused by an I/O error, the watchdog or a guest panic.
    public var isFailed: Bool {
        let failedPauses = [VIR_DOMAIN_PAUSED_IOERROR, VIR_DOMAIN_PAUSED_WATCHDOG, VIR_DOMAIN_PAUSED_CRASHED]
        return state == .crashed || (state == .paused && failedPauses.map { Int32($0.rawValue) }.contains(reason))
    }
}
