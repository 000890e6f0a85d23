import FreeIPMI
import Glibc
import KVMHACore
import Logging

/// The fence actions on one power device: state changes are verified by polling it, power_timeout
/// is the longest wait.
struct PowerControl {
    let device: any PowerDevice
    let settings: FenceSettings
    let logger: Logger
    /// The whole action's end: no wait, and no retry_on attempt, goes past it.
    var deadline: Deadline = .after(.seconds(86_400))

    func status() throws(FenceError) -> PowerState { try device.state() }

    /// A state read while polling; a blade between M1 and M4 is simply not there yet.
    func polledState() throws(FenceError) -> PowerState? {
        do { return try device.state() } catch .transitioning { return nil }
    }

    func set(_ wanted: PowerState) throws(FenceError) {
        var lastError: FenceError = .powerStateNotReached(wanted: wanted, seconds: settings.powerTimeout.seconds)
        for attempt in 1...(wanted == .on ? settings.retryOn : 1) {
            if try polledState() == wanted { return }
            guard !deadline.hasPassed else { break }
            try device.request(wanted)
            logger.debug("power \(wanted.rawValue) requested (attempt \(attempt))")
            do {
                try waitFor(wanted)
                return
            } catch { lastError = error }
        }
        throw lastError
    }

    static let shortestPoll: Duration = .milliseconds(50)

    /// Polls the chassis (every stonith_status_sleep at most, 50 ms at first and at least) until it reports
    /// `wanted`, or power_timeout passes. An explicitly set power_wait is the least time after the
    /// request before that report is trusted (for BMCs that answer early); by default the verified
    /// state is trusted at once instead of sleeping blind.
    func waitFor(_ wanted: PowerState) throws(FenceError) {
        let earliest = settings.powerWaitIsSet ? Deadline.after(settings.powerWait) : .now
        let latest = Deadline.after(settings.powerTimeout).capped(at: deadline)
        // stonith_status_sleep=0 would poll the BMC back to back: 50 ms is the floor.
        let backoff = Backoff(first: Self.shortestPoll, cap: max(settings.statusInterval, Self.shortestPoll))
        let reached = try poll(until: latest, backoff: backoff) { () throws(FenceError) in
            try polledState() == wanted && earliest.hasPassed
        }
        if !reached { throw .powerStateNotReached(wanted: wanted, seconds: settings.powerTimeout.seconds) }
    }

    /// Reboot as fence-agents define it: the node is fenced once it is verified off, so a power-on
    /// that fails afterwards is logged and the action still succeeds (fencing.py does the same).
    func reboot() throws(FenceError) {
        if settings.method == .cycle {
            // A chassis that is off refuses a power cycle ("not supported in present state"):
            // it is already fenced, so bring it back instead of failing on every retry.
            if try polledState() == .off {
                logger.info("the node is already off: powering it on instead of a power cycle")
                powerOnAfterFencing()
                return
            }
            try device.cycle()
            try waitFor(.on)
            return
        }
        try set(.off)
        powerOnAfterFencing()
    }

    private func powerOnAfterFencing() {
        do { try set(.on) } catch {
            logger.error("power on after a verified power off failed (\(error.description)); the node is fenced")
        }
    }
}

extension Duration {
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
