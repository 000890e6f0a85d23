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

    func status() throws(FenceError) -> PowerState { try device.state() }

    /// A state read while polling; a blade between M1 and M4 is simply not there yet.
    func polledState() throws(FenceError) -> PowerState? {
        do { return try device.state() } catch .transitioning { return nil }
    }

    func set(_ wanted: PowerState) throws(FenceError) {
        var lastError: FenceError = .powerStateNotReached(wanted: wanted, seconds: settings.powerTimeout.seconds)
        for attempt in 1...(wanted == .on ? settings.retryOn : 1) {
            if try polledState() == wanted { return }
            try device.request(wanted)
            logger.debug("power \(wanted.rawValue) requested (attempt \(attempt))")
            do {
                try waitFor(wanted)
                return
            } catch { lastError = error }
        }
        throw lastError
    }

    /// Polls the chassis (every stonith_status_sleep at most, 50 ms at first) until it reports
    /// `wanted`, or power_timeout passes. An explicitly set power_wait is the least time after the
    /// request before that report is trusted (for BMCs that answer early); by default the verified
    /// state is trusted at once instead of sleeping blind.
    func waitFor(_ wanted: PowerState) throws(FenceError) {
        let earliest = settings.values.isGiven("power_wait") ? Deadline.after(settings.powerWait) : .now
        let latest = Deadline.after(settings.powerTimeout)
        var interval = Duration.milliseconds(50)
        while true {
            if try polledState() == wanted && earliest.hasPassed { return }
            if latest.hasPassed { throw .powerStateNotReached(wanted: wanted, seconds: settings.powerTimeout.seconds) }
            let cap = settings.statusInterval
            let nap = min(interval, cap, max(.milliseconds(1), latest.remaining))
            usleep(UInt32(nap.wholeMilliseconds * 1000))
            interval = interval * 2
        }
    }

    func reboot() throws(FenceError) {
        if settings.method == "cycle" {
            try device.cycle()
            try waitFor(.on)
            return
        }
        try set(.off)
        try set(.on)
    }
}

extension Duration {
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
