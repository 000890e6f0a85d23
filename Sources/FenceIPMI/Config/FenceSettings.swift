import FreeIPMI
import KVMHACore

/// The options, typed and checked: what a session, the timeouts and the action need.
struct FenceSettings: Sendable {
    let values: ParameterValues
    /// The name the agent was started as; its defaults are already in `values`' table.
    var name: AgentName = .ipmi

    /// nil for an action fence_ipmi does not know.
    var action: FenceAction? { values[FenceKeys.action] }
    var method: RebootMethod { values.value(FenceKeys.method) }
    var delay: Duration { seconds(FenceKeys.delay) }
    var loginTimeout: Duration { seconds(FenceKeys.loginTimeout) }
    var powerTimeout: Duration { seconds(FenceKeys.powerTimeout) }
    var powerWait: Duration { seconds(FenceKeys.powerWait) }
    var statusInterval: Duration { seconds(FenceKeys.statusInterval) }
    var retryOn: Int { max(1, values.value(FenceKeys.retryOn)) }
    var verbose: Bool { values.isOn(FenceKeys.verbose) }
    var atca: Bool { values.isOn(FenceKeys.atca) }
    var hotswapSensor: UInt8 { UInt8(clamping: values.value(FenceKeys.hotswapSensor)) }
    /// power_wait is the least time before a reported state is trusted when it was set, by the user or
    /// by a name whose BMCs answer early (fence_ilo3); otherwise the verified state is trusted at once.
    var powerWaitIsSet: Bool { values.isGiven(FenceKeys.powerWait) || name.defaults[FenceKeys.powerWait.name] != nil }

    /// A seconds option as a duration, clamped to a day: hostile values (1e300) must not trap.
    func seconds(_ key: ParameterKey<Double>) -> Duration {
        .milliseconds(Int((min(values.value(key), 86_400) * 1000).rounded()))
    }

    /// The longest `delay`: past any fencing timeout, so a larger one is a mistake to report, not to sleep.
    static let longestDelay = 3600.0

    /// Ranges the types cannot say: refused with a reason instead of trapping or sleeping for hours.
    func checkRanges() throws(FenceError) {
        if let delay = values[FenceKeys.delay], delay > Self.longestDelay {
            throw .invalid(
                "delay \(ParameterValues.printable(values.text(of: FenceKeys.delay) ?? "")) is longer than \(Int(Self.longestDelay)) s"
            )
        }
    }

    /// The whole run must end by this: delay, login, two power changes with their polling.
    var overallDeadline: Deadline {
        .after(delay + loginTimeout * 2 + powerTimeout * 2 + powerWait * 2 + .seconds(5))
    }

    /// IPMB address to bridge to (`target`), e.g. 0x82.
    func bridgeTarget() throws(FenceError) -> UInt8? {
        guard let text = values.nonEmpty(FenceKeys.target) else { return nil }
        let value = text.hasPrefix("0x") ? UInt8(text.dropFirst(2), radix: 16) : UInt8(text)
        guard let value else { throw .invalid("target must be an IPMB address such as 0x82") }
        return value
    }
}
