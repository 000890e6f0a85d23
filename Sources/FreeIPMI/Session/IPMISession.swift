import CFreeIPMI
import KVMHACore

/// An open out-of-band session with a BMC (`ipmi_ctx_t`), closed and destroyed on deinit.
/// One session belongs to one thread at a time.
public final class IPMISession {
    let context: OpaquePointer
    public let options: SessionOptions

    /// Takes ownership of an opened context: from here on only `deinit` closes and destroys it.
    private init(context: OpaquePointer, options: SessionOptions) {
        self.context = context
        self.options = options
    }

    /// Opens the session; the whole handshake, retransmissions included, ends by `deadline`.
    /// A failed open destroys its context before it throws, so no session object ever holds it.
    public convenience init(_ options: SessionOptions, deadline: Deadline) throws(IPMIError) {
        self.init(context: try Self.open(options, deadline: deadline), options: options)
    }

    private static func open(_ options: SessionOptions, deadline: Deadline) throws(IPMIError) -> OpaquePointer {
        guard let context = ipmi_ctx_create() else { throw .library(code: -1, message: "ipmi_ctx_create failed") }
        let sessionTimeout = UInt32(clamping: max(1, deadline.remainingMilliseconds))
        let retransmit = UInt32(
            clamping: max(1, min(Int(sessionTimeout), options.retransmissionTimeout.wholeMilliseconds)))
        let result: Int32
        switch options.ipmiProtocol {
        case .lan15(let authentication):
            result = ipmi_ctx_open_outofband(
                context, options.endpoint, options.username, options.password, authentication.code,
                options.privilege.code, sessionTimeout, retransmit,
                options.workarounds.flags(for: options.ipmiProtocol), 0)
        case .lan20(let cipherSuite):
            result = options.kg.withUnsafeBufferPointer { kg in
                ipmi_ctx_open_outofband_2_0(
                    context, options.endpoint, options.username, options.password,
                    kg.isEmpty ? nil : kg.baseAddress, UInt32(kg.count), options.privilege.code,
                    UInt8(truncatingIfNeeded: cipherSuite), sessionTimeout, retransmit,
                    options.workarounds.flags(for: options.ipmiProtocol), 0)
            }
        }
        guard result < 0 else { return context }
        let error = lastError(context, options, opening: true)
        ipmi_ctx_destroy(context)
        throw error
    }

    deinit {
        ipmi_ctx_close(context)
        ipmi_ctx_destroy(context)
    }

    /// Sends one command and returns the response data after the completion code.
    /// A non-zero completion code becomes `IPMIError.completionCode`.
    public func command(netFn: UInt8, command: UInt8, data: [UInt8] = [], lun: UInt8 = 0) throws(IPMIError) -> [UInt8] {
        let request = [command] + data
        var response = [UInt8](repeating: 0, count: 256)
        let length = request.withUnsafeBytes { rq in
            response.withUnsafeMutableBytes { rs in
                ipmi_cmd_raw(context, lun, netFn, rq.baseAddress, UInt32(rq.count), rs.baseAddress, UInt32(rs.count))
            }
        }
        guard length >= 0 else { throw lastError() }
        // Response layout from ipmi_cmd_raw: command byte, completion code, data.
        guard length >= 2 else { throw .shortResponse(command: command, length: Int(length)) }
        // 0xD4: insufficient privilege level for the command (IPMI 2.0 table 5-2).
        guard response[1] != 0xD4 else { throw .privilegeRefused }
        guard response[1] == 0 else { throw .completionCode(netFn: netFn, command: command, code: response[1]) }
        return Array(response[2..<Int(length)])
    }

    private func lastError() -> IPMIError { Self.lastError(context, options, opening: false) }

    private static func lastError(_ context: OpaquePointer, _ options: SessionOptions, opening: Bool) -> IPMIError {
        var cipher = 0
        var name = "IPMI 2.0"
        switch options.ipmiProtocol {
        case .lan20(let suite): cipher = suite
        case .lan15(let authentication): name = authentication.rawValue
        }
        let error = IPMIError.last(context, host: options.endpoint, cipherSuite: cipher, protocolName: name)
        // libfreeipmi reports an RMCP+ Open Session rejection (status 0x04-0x11: the BMC does not
        // support the suite's algorithms) only as a generic IPMI error; at open time that is the cipher.
        if opening, case .lan20(let suite) = options.ipmiProtocol, case .library(let code, _) = error,
            code == Int32(IPMI_ERR_IPMI_ERROR.rawValue) || code == Int32(IPMI_ERR_BAD_RMCPPLUS_STATUS_CODE.rawValue)
        {
            return .cipherSuiteRefused(suite)
        }
        return error
    }
}

extension IPMISession {
    /// Sends every following command bridged to `address` on IPMB `channel` (`ipmi_ctx_set_target`):
    /// one level of bridging, enough for a blade behind a shelf manager.
    public func bridge(to address: UInt8, channel: UInt8 = 0) throws(IPMIError) {
        var channelNumber = channel
        var target = address
        guard ipmi_ctx_set_target(context, &channelNumber, &target) == 0 else { throw lastBridgeError() }
    }

    private func lastBridgeError() -> IPMIError {
        let message = ipmi_ctx_errormsg(context).map { String(cString: $0) } ?? "unknown error"
        return .library(code: ipmi_ctx_errnum(context), message: message)
    }
}
