import FreeIPMI
import KVMHACore

/// Why a fence action failed; each cause has its own message (fence_ipmilan says "failed" for all).
enum FenceError: Error, Equatable, CustomStringConvertible {
    case invalid(String)
    case bmc(IPMIError)
    case powerStateNotReached(wanted: PowerState, seconds: Double)
    case passwordScript(String)
    case unsupported(String)
    /// An ATCA FRU between M1 and M4: not yet the state asked for.
    case transitioning(String)

    var description: String {
        switch self {
        case .invalid(let text): "invalid options: \(text)"
        case .bmc(let error): error.description
        case .powerStateNotReached(let wanted, let seconds):
            "power state \(wanted.rawValue) not reached within \(seconds) s (power_timeout)"
        case .passwordScript(let text): "password_script failed: \(text)"
        case .unsupported(let text): text
        case .transitioning(let state): "the blade is in hot-swap state \(state), between off and on"
        }
    }
}
