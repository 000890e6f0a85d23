/// A domain event as the daemon needs it: which domain, what happened, when it arrived.
public struct DomainEvent: Sendable, Equatable {
    public let uuid: String
    public let name: String
    public let kind: DomainEventKind
    public let received: ContinuousClock.Instant

    public init(uuid: String, name: String, kind: DomainEventKind, received: ContinuousClock.Instant = .now) {
        self.uuid = uuid
        self.name = name
        self.kind = kind
        self.received = received
    }
}

/// The events kvmha-cpgmonitor subscribes to, with libvirt's numbers kept as they are.
public enum DomainEventKind: Sendable, Equatable {
    /// `VIR_DOMAIN_EVENT_ID_LIFECYCLE`: `virDomainEventType` and its detail.
    case lifecycle(LifecycleEvent, detail: Int32)
    /// `VIR_DOMAIN_EVENT_ID_WATCHDOG`: `virDomainEventWatchdogAction`.
    case watchdog(action: Int32)
    /// `VIR_DOMAIN_EVENT_ID_IO_ERROR`: the disk and `virDomainEventIOErrorAction`.
    case ioError(path: String, alias: String, action: Int32)
    /// `VIR_DOMAIN_EVENT_ID_CONTROL_ERROR`: libvirt lost control of the emulator.
    case controlError
}

/// `virDomainEventType`.
public enum LifecycleEvent: Int32, Sendable {
    case defined = 0
    case undefined, started, suspended, resumed, stopped, shutdown, pmSuspended, crashed
}

/// `virDomainEventStoppedDetailType`.
public enum StoppedDetail: Int32, Sendable {
    case shutdown = 0
    case destroyed, crashed, migrated, saved, failed, fromSnapshot
}

/// `virDomainEventSuspendedDetailType` values the daemon tells apart.
public enum SuspendedDetail: Int32, Sendable {
    case paused = 0
    case migrated, ioError, watchdog, restored, fromSnapshot, apiError, postcopy, postcopyFailed
}

/// What reached the daemon from libvirt: a domain event, or the connection closing.
public enum LibvirtNotice: Sendable, Equatable {
    case domain(DomainEvent)
    case connectionClosed(reason: CloseReason)
}

/// Why libvirt closed a connection (`virConnectCloseReason`), as the daemon's events name it.
public enum CloseReason: Sendable, Equatable, CustomStringConvertible {
    case error, endOfFile, keepalive, client
    /// A value this libvirt does not define yet.
    case other(Int32)

    public init(_ raw: Int32) {
        switch raw {
        case 0: self = .error
        case 1: self = .endOfFile
        case 2: self = .keepalive
        case 3: self = .client
        default: self = .other(raw)
        }
    }

    public var description: String {
        switch self {
        case .error: "error"
        case .endOfFile: "end of file"
        case .keepalive: "keepalive timeout"
        case .client: "client"
        case .other(let raw): "reason \(raw)"
        }
    }
}
