import CFreeIPMI
import KVMHACore

/// What went wrong talking to a BMC, read from `ipmi_ctx_errnum` right after the failing call.
/// The cases a fence agent must tell apart are named; the rest keep libfreeipmi's code and text.
public enum IPMIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No answer from the BMC within the session timeout (`IPMI_ERR_SESSION_TIMEOUT`, `…CONNECTION_TIMEOUT`).
    case unreachable(host: String)
    /// Username, password or Kg refused (`IPMI_ERR_USERNAME_INVALID`, `…PASSWORD_INVALID`, `…K_G_INVALID`).
    case authenticationRefused
    /// The user may not have the requested privilege level (`IPMI_ERR_PRIVILEGE_LEVEL_*`).
    case privilegeRefused
    /// The BMC does not offer the cipher suite (`IPMI_ERR_CIPHER_SUITE_ID_UNAVAILABLE`).
    case cipherSuiteRefused(Int)
    /// The BMC does not speak IPMI 2.0 (`IPMI_ERR_IPMI_2_0_UNAVAILABLE`), or the authentication type.
    case protocolUnavailable(String)
    /// The host name could not be resolved or is malformed (`IPMI_ERR_HOSTNAME_INVALID`).
    case invalidHost(String)
    /// The BMC answered a command with a non-zero completion code.
    case completionCode(netFn: UInt8, command: UInt8, code: UInt8)
    /// A sensor answered with its "reading unavailable" bit set.
    case readingUnavailable(sensor: UInt8)
    /// The answer was shorter than the command's response.
    case shortResponse(command: UInt8, length: Int)
    /// Any other libfreeipmi error: its number and its message.
    case library(code: Int32, message: String)

    public var description: String {
        switch self {
        case .unreachable(let host):
            "BMC \(ParameterValues.printable(host)) unreachable: no answer within the session timeout"
        case .authenticationRefused: "authentication refused by the BMC (username, password or Kg)"
        case .privilegeRefused: "privilege level refused by the BMC for this user"
        case .cipherSuiteRefused(let id): "cipher suite \(id) refused by the BMC"
        case .protocolUnavailable(let what): "BMC does not support \(what)"
        case .invalidHost(let host): "invalid BMC host name '\(ParameterValues.printable(host))'"
        case .completionCode(let netFn, let command, let code):
            "BMC answered netfn 0x\(hex(netFn)) command 0x\(hex(command)) with completion code 0x\(hex(code))"
        case .readingUnavailable(let sensor): "sensor \(sensor) reading unavailable"
        case .shortResponse(let command, let length): "short response (\(length) bytes) to command 0x\(hex(command))"
        case .library(let code, let message): "libfreeipmi error \(code): \(message)"
        }
    }

    /// Reads the context's error; call it immediately after the call that failed.
    static func last(_ context: OpaquePointer, host: String, cipherSuite: Int, protocolName: String) -> IPMIError {
        let code = ipmi_ctx_errnum(context)
        switch code {
        case Int32(IPMI_ERR_SESSION_TIMEOUT.rawValue), Int32(IPMI_ERR_CONNECTION_TIMEOUT.rawValue),
            Int32(IPMI_ERR_MESSAGE_TIMEOUT.rawValue):
            return .unreachable(host: host)
        case Int32(IPMI_ERR_USERNAME_INVALID.rawValue), Int32(IPMI_ERR_PASSWORD_INVALID.rawValue),
            Int32(IPMI_ERR_K_G_INVALID.rawValue), Int32(IPMI_ERR_PASSWORD_VERIFICATION_TIMEOUT.rawValue):
            return .authenticationRefused
        case Int32(IPMI_ERR_PRIVILEGE_LEVEL_INSUFFICIENT.rawValue),
            Int32(IPMI_ERR_PRIVILEGE_LEVEL_CANNOT_BE_OBTAINED.rawValue):
            return .privilegeRefused
        case Int32(IPMI_ERR_CIPHER_SUITE_ID_UNAVAILABLE.rawValue): return .cipherSuiteRefused(cipherSuite)
        case Int32(IPMI_ERR_IPMI_2_0_UNAVAILABLE.rawValue): return .protocolUnavailable("IPMI 2.0 (lanplus)")
        case Int32(IPMI_ERR_AUTHENTICATION_TYPE_UNAVAILABLE.rawValue):
            return .protocolUnavailable("the \(protocolName) authentication type")
        case Int32(IPMI_ERR_HOSTNAME_INVALID.rawValue): return .invalidHost(host)
        default:
            let message = ipmi_ctx_errormsg(context).map { String(cString: $0) } ?? "unknown error"
            return .library(code: code, message: message)
        }
    }
}

func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16)
    return digits.count == 1 ? "0" + digits : digits
}
