import CFreeIPMI

/// The privilege level a session asks for.
public enum PrivilegeLevel: String, Sendable, CaseIterable {
    case user, `operator`, administrator

    var code: UInt8 {
        switch self {
        case .user: UInt8(IPMI_PRIVILEGE_LEVEL_USER)
        case .operator: UInt8(IPMI_PRIVILEGE_LEVEL_OPERATOR)
        case .administrator: UInt8(IPMI_PRIVILEGE_LEVEL_ADMIN)
        }
    }
}

/// IPMI 1.5 session authentication types.
public enum AuthenticationType: String, Sendable, CaseIterable {
    case none, md2, md5, password

    var code: UInt8 {
        switch self {
        case .none: UInt8(IPMI_AUTHENTICATION_TYPE_NONE)
        case .md2: UInt8(IPMI_AUTHENTICATION_TYPE_MD2)
        case .md5: UInt8(IPMI_AUTHENTICATION_TYPE_MD5)
        case .password: UInt8(IPMI_AUTHENTICATION_TYPE_STRAIGHT_PASSWORD_KEY)
        }
    }
}

/// Which LAN protocol a session speaks.
public enum IPMIProtocol: Sendable, Equatable {
    /// IPMI 1.5 (`lan`).
    case lan15(AuthenticationType)
    /// IPMI 2.0 / RMCP+ (`lanplus`) with a cipher suite.
    case lan20(cipherSuite: Int)
}

/// Everything needed to open an out-of-band session. `password` and `kg` are secrets: the
/// description never shows them.
public struct SessionOptions: Sendable, CustomStringConvertible {
    public var host: String
    public var port: UInt16
    public var username: String
    public var password: String
    public var kg: [UInt8]
    public var privilege: PrivilegeLevel
    public var ipmiProtocol: IPMIProtocol
    /// libfreeipmi workarounds, as real BMCs need them.
    public var workarounds: Workarounds
    /// Time between retransmissions of an unanswered packet.
    public var retransmissionTimeout: Duration

    public init(
        host: String,
        port: UInt16 = 623,
        username: String,
        password: String,
        kg: [UInt8] = [],
        privilege: PrivilegeLevel = .administrator,
        ipmiProtocol: IPMIProtocol = .lan20(cipherSuite: 3),
        workarounds: Workarounds = [],
        retransmissionTimeout: Duration = .milliseconds(250)
    ) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.kg = kg
        self.privilege = privilege
        self.ipmiProtocol = ipmiProtocol
        self.workarounds = workarounds
        self.retransmissionTimeout = retransmissionTimeout
    }

    /// libfreeipmi takes `host:port` in the host name; IPv6 literals go in brackets.
    var endpoint: String {
        let name = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return port == 623 ? name : "\(name):\(port)"
    }

    public var description: String {
        "\(username)@\(endpoint) \(ipmiProtocol) privilege \(privilege.rawValue) (password hidden)"
    }
}
