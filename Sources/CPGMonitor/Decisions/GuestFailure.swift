import Libvirt

/// The guest failures the daemon reports; every other event is ignored. The raw values are the
/// names the logs, the status and the protocol model use.
enum GuestFailure: String, Sendable, CaseIterable {
    /// The emulator died (`STOPPED_FAILED`, e.g. kill -9 of QEMU) or the guest crashed
    /// (`STOPPED_CRASHED`, `CRASHED`).
    case crashed
    /// The watchdog device fired (the guest hung).
    case watchdog
    /// Paused on an I/O error (`SUSPENDED_IOERROR`, `IO_ERROR` with action pause).
    case ioErrorPause = "io-error-pause"
    /// libvirt lost control of the emulator.
    case controlError = "control-error"

    /// The failure an event means, nil for an event that is no failure (a stop, a start, a pause
    /// on request, a migration…).
    init?(_ kind: DomainEventKind) {
        switch kind {
        case .lifecycle(.stopped, let detail):
            switch StoppedDetail(rawValue: detail) {
            case .crashed, .failed: self = .crashed
            default: return nil
            }
        case .lifecycle(.crashed, _): self = .crashed
        case .lifecycle(.suspended, let detail):
            switch SuspendedDetail(rawValue: detail) {
            case .ioError: self = .ioErrorPause
            case .watchdog: self = .watchdog
            default: return nil
            }
        case .lifecycle: return nil
        case .watchdog: self = .watchdog
        case .ioError(_, _, let action):
            // VIR_DOMAIN_EVENT_IO_ERROR_PAUSE: the guest is stopped; REPORT/NONE leave it running.
            guard action == 1 else { return nil }
            self = .ioErrorPause
        case .controlError: self = .controlError
        }
    }
}
