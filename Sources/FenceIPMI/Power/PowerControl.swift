import FreeIPMI
import Glibc
import KVMHACore
import Logging

/// The fence actions over one BMC session: state changes are verified by polling the chassis,
/// power_wait is the shortest time before a state is trusted, power_timeout the longest.
struct PowerControl {
    let session: IPMISession
    let settings: FenceSettings
    let logger: Logger

    func status() throws(FenceError) -> PowerState {
        do { return try session.chassisPower() } catch { throw .bmc(error) }
    }

    func set(_ wanted: PowerState) throws(FenceError) {
        var lastError: FenceError = .powerStateNotReached(wanted: wanted, seconds: settings.powerTimeout.seconds)
        for attempt in 1...(wanted == .on ? settings.retryOn : 1) {
            if try status() == wanted { return }
            do { try session.chassisControl(wanted == .on ? .powerUp : .powerDown) } catch { throw .bmc(error) }
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
            if try status() == wanted && earliest.hasPassed { return }
            if latest.hasPassed { throw .powerStateNotReached(wanted: wanted, seconds: settings.powerTimeout.seconds) }
            let cap = settings.statusInterval
            let nap = min(interval, cap, max(.milliseconds(1), latest.remaining))
            usleep(UInt32(nap.wholeMilliseconds * 1000))
            interval = interval * 2
        }
    }

    func reboot() throws(FenceError) {
        if settings.method == "cycle" {
            do { try session.chassisControl(.powerCycle) } catch { throw .bmc(error) }
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
