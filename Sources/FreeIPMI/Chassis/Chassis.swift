/// Chassis power as the BMC reports it.
public enum PowerState: String, Sendable {
    case on, off
}

/// Chassis Control (IPMI 2.0 §28.3) requests.
public enum ChassisControl: UInt8, Sendable {
    case powerDown = 0x00
    case powerUp = 0x01
    case powerCycle = 0x02
    case hardReset = 0x03
    case diagnosticInterrupt = 0x04
    case softShutdown = 0x05
}

extension IPMISession {
    static let chassisNetFn: UInt8 = 0x00

    /// Get Chassis Status (§28.2): bit 0 of the current power state byte.
    public func chassisPower() throws(IPMIError) -> PowerState {
        let data = try command(netFn: Self.chassisNetFn, command: 0x01)
        guard let current = data.first else { throw .shortResponse(command: 0x01, length: 0) }
        return current & 0x01 == 1 ? .on : .off
    }

    /// Chassis Control (§28.3).
    public func chassisControl(_ request: ChassisControl) throws(IPMIError) {
        _ = try command(netFn: Self.chassisNetFn, command: 0x02, data: [request.rawValue])
    }
}
