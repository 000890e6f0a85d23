import KVMHACore

/// The values kvmha sets `#health-kvmha` to: Pacemaker's node-health colours (red moves guests away
/// under `migrate-on-red`).
enum HealthColour: String, Sendable {
    case green, red
}

/// `#health-kvmha` as the daemon drives it: the colour it wants (green once libvirt answers, red
/// after `libvirt_health_deadline` without it), the colour attrd last took, and one update in flight.
/// A failed update is sent again after 1, 2, 4 … 30 s: one failed "green" never leaves a node red.
struct HealthAttribute: Sendable {
    private(set) var wanted: HealthColour?
    private(set) var why = ""
    private(set) var taken: HealthColour?
    private(set) var inFlight = false
    private(set) var retryAt: ContinuousClock.Instant?
    private var backoff = Backoff(first: Self.firstRetry, cap: Self.lastRetry)

    static let firstRetry: Duration = .seconds(1)
    static let lastRetry: Duration = .seconds(30)

    mutating func want(_ colour: HealthColour, because reason: String) {
        guard wanted != colour else { return }
        (wanted, why) = (colour, reason)
        retryAt = nil
        backoff.reset()
    }

    /// The colour to send now, if one is wanted, not taken, and none is in flight or waiting to retry.
    func due(now: ContinuousClock.Instant) -> (HealthColour, String)? {
        guard let wanted, wanted != taken, !inFlight, retryAt.map({ now >= $0 }) ?? true else { return nil }
        return (wanted, why)
    }

    mutating func sent(now: ContinuousClock.Instant) { (inFlight, retryAt) = (true, nil) }

    mutating func finished(_ colour: HealthColour, taken wasTaken: Bool, now: ContinuousClock.Instant) {
        inFlight = false
        if wasTaken {
            taken = colour
            backoff.reset()
        } else if colour == wanted {
            retryAt = now + backoff.take()
        }
    }
}

/// One answer of attrd to an update of `#health-kvmha`.
struct HealthOutcome: Sendable {
    let colour: HealthColour
    let taken: Bool
}
