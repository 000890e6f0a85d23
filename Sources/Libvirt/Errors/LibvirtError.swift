import CLibvirt

/// An error reported by libvirt (`virError`), read right after the failing call.
public struct LibvirtError: Error, Sendable, CustomStringConvertible {
    /// `virErrorNumber`, e.g. 42 for `VIR_ERR_NO_DOMAIN`.
    public let code: Int32
    /// `virErrorDomain`: which part of libvirt raised it.
    public let domain: Int32
    public let message: String
    /// The libvirt function that failed, for the log.
    public let function: String

    public var description: String { "\(function): \(message) (code \(code))" }

    public init(code: Int32, domain: Int32, message: String, function: String) {
        self.code = code
        self.domain = domain
        self.message = message
        self.function = function
    }

    /// The domain does not exist (`VIR_ERR_NO_DOMAIN`).
    public var isNoDomain: Bool { code == Int32(VIR_ERR_NO_DOMAIN.rawValue) }

    /// libvirt's lock manager (lockd, sanlock) refused a disk lease another host holds
    /// (`VIR_ERR_RESOURCE_BUSY` from the locking or lockspace code): the guest runs elsewhere.
    public var isLeaseHeldElsewhere: Bool {
        code == Int32(VIR_ERR_RESOURCE_BUSY.rawValue)
            && [VIR_FROM_LOCKING, VIR_FROM_LOCKSPACE].map { Int32($0.rawValue) }.contains(domain)
    }

    /// The daemon cannot be reached or the connection broke (`VIR_ERR_SYSTEM_ERROR`,
    /// `VIR_ERR_NO_CONNECT`, `VIR_ERR_RPC`, `VIR_ERR_INTERNAL_ERROR` from the remote driver).
    public var isConnectionFailure: Bool {
        [VIR_ERR_SYSTEM_ERROR, VIR_ERR_NO_CONNECT, VIR_ERR_RPC, VIR_ERR_INVALID_CONN]
            .map { Int32($0.rawValue) }.contains(code)
    }

    /// A call to libvirtd that did not answer in time (a daemon that accepted the connection and then
    /// hung): a connection failure (`VIR_ERR_RPC`), so callers take their libvirtd-down path.
    public static func unanswered(_ function: String, within: Duration) -> LibvirtError {
        LibvirtError(
            code: Int32(VIR_ERR_RPC.rawValue), domain: 0, message: "libvirtd did not answer within \(within)",
            function: function)
    }

    /// The thread's last libvirt error, consumed (`virGetLastError` + `virResetLastError`).
    static func last(_ function: String) -> LibvirtError {
        Silence.install()
        defer { virResetLastError() }
        guard let error = virGetLastError() else {
            return LibvirtError(code: -1, domain: 0, message: "unknown libvirt error", function: function)
        }
        let text = error.pointee.message.map { String(cString: $0) } ?? "no message"
        return LibvirtError(code: error.pointee.code, domain: error.pointee.domain, message: text, function: function)
    }
}
