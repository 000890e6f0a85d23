import FreeIPMI
import KVMHACore

@testable import FenceIPMI

/// A chassis at the PowerDevice seam: `onWorks` false makes every power-on request do nothing (a BMC
/// that refuses or a host that never comes up); `offWorks` false likewise for power-off.
final class FakeChassis: PowerDevice, @unchecked Sendable {
    var power: PowerState
    var onWorks = true
    var offWorks = true
    var requests: [String] = []

    init(_ power: PowerState) { self.power = power }

    var polls = 0
    func state() throws(FenceError) -> PowerState {
        polls += 1
        return power
    }

    func request(_ wanted: PowerState) throws(FenceError) {
        requests.append(wanted.rawValue)
        if wanted == .on, onWorks { power = .on }
        if wanted == .off, offWorks { power = .off }
    }

    func cycle() throws(FenceError) {
        requests.append("cycle")
        // As a real BMC: "Command not supported in present state" (0xD5) on a chassis that is off.
        guard power == .on else {
            throw .bmc(.completionCode(netFn: 0x00, command: 0x02, code: 0xD5))
        }
    }
}
