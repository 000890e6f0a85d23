import CFreeIPMI

/// A FRU's hot-swap state (PICMG 3.0 §3.2.4): M1 inactive, M4 active, M7 communication lost.
public enum HotSwapState: Int, Sendable, CustomStringConvertible {
    case m0 = 0
    case m1, m2, m3, m4, m5, m6, m7

    public var description: String { "M\(rawValue)" }
}

/// Anything that sends one IPMI command and returns its response data: the session, or a test's fake.
public protocol IPMICommandChannel {
    func command(netFn: UInt8, command: UInt8, data: [UInt8], lun: UInt8) throws(IPMIError) -> [UInt8]
}

extension IPMISession: IPMICommandChannel {}

let picmgNetFn: UInt8 = 0x2C
let picmgIdentifier: UInt8 = 0x00

/// PICMG 3.0 (ATCA) commands, network function 0x2C; every request starts with the PICMG identifier 0.
extension IPMICommandChannel {
    func command(netFn: UInt8, command: UInt8, data: [UInt8]) throws(IPMIError) -> [UInt8] {
        try self.command(netFn: netFn, command: command, data: data, lun: 0)
    }

    /// Get PICMG Properties (§3.1.2): answers only on a PICMG (ATCA) controller.
    public func picmgProperties() throws(IPMIError) -> (major: UInt8, minor: UInt8) {
        let data = try command(netFn: picmgNetFn, command: 0x00, data: [picmgIdentifier])
        guard data.count >= 2, data[0] == picmgIdentifier else {
            throw .shortResponse(command: 0x00, length: data.count)
        }
        return (data[1] & 0x0F, data[1] >> 4)
    }

    /// Get Address Info (§3.1.3) by physical site: the IPMB-0 address of the board in `site`.
    public func ipmbAddress(site: UInt8, siteType: UInt8 = 0x00) throws(IPMIError) -> UInt8 {
        let data = try command(
            netFn: picmgNetFn, command: 0x01, data: [picmgIdentifier, 0x00, 0x03, site, siteType])
        guard data.count >= 3 else { throw .shortResponse(command: 0x01, length: data.count) }
        return data[2]
    }

    /// Set FRU Activation (§3.2.4.2.2): activate (toward M4) or deactivate (toward M1).
    public func setFRUActivation(fru: UInt8 = 0, activate: Bool) throws(IPMIError) {
        _ = try command(netFn: picmgNetFn, command: 0x0C, data: [picmgIdentifier, fru, activate ? 1 : 0])
    }

    /// Set FRU Activation Policy (§3.2.4.2.3): clears the Locked bit so an M1 FRU may be activated.
    public func clearActivationLock(fru: UInt8 = 0) throws(IPMIError) {
        _ = try command(netFn: picmgNetFn, command: 0x0A, data: [picmgIdentifier, fru, 0x01, 0x00])
    }

    /// FRU Control (§3.2.5.1) cold reset.
    public func fruColdReset(fru: UInt8 = 0) throws(IPMIError) {
        _ = try command(netFn: picmgNetFn, command: 0x04, data: [picmgIdentifier, fru, 0x00])
    }

    /// The hot-swap state from Get Sensor Reading of the FRU's hot-swap sensor (type 0xF0).
    public func hotSwapState(sensor: UInt8) throws(IPMIError) -> HotSwapState {
        let data = try command(netFn: 0x04, command: 0x2D, data: [sensor])
        guard data.count >= 3 else { throw .shortResponse(command: 0x2D, length: data.count) }
        // Byte 2 bit 5: "reading/state unavailable" (IPMI 2.0 §35.14); the mask then means nothing.
        guard data[1] & 0x20 == 0 else { throw .readingUnavailable(sensor: sensor) }
        let mask = data[2]
        guard mask != 0, let state = HotSwapState(rawValue: mask.trailingZeroBitCount) else {
            throw .shortResponse(command: 0x2D, length: data.count)
        }
        return state
    }
}

extension IPMISession {
    /// Back to the shelf manager itself after `bridge(to:)`.
    public func clearBridge() throws(IPMIError) {
        guard ipmi_ctx_set_target(context, nil, nil) == 0 else {
            let message = ipmi_ctx_errormsg(context).map { String(cString: $0) } ?? "unknown error"
            throw .library(code: ipmi_ctx_errnum(context), message: message)
        }
    }
}
