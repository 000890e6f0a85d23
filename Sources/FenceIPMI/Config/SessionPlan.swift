import FreeIPMI
import KVMHACore

/// Everything a session with the BMC needs, read from the options once and checked before anything
/// is sent (validate-all builds it and stops there): where the BMC is, how to log in, which cipher
/// suites to try and where the password comes from. `resolved` reads the password and resolves the
/// host; nothing else reads these options again.
struct SessionPlan: Sendable {
    /// The session options with the host as given (a name until `resolved`) and no password yet.
    let options: SessionOptions
    /// The RMCP+ cipher suites to try in order (IPMI 2.0), as current ipmitool does.
    let ciphers: [Int]
    let password: PasswordSource

    init(_ settings: FenceSettings) throws(FenceError) {
        let values = settings.values
        let host =
            values.isOn(FenceKeys.portAsIp)
            ? (values.nonEmpty(FenceKeys.plug) ?? "") : (values.nonEmpty(FenceKeys.ip) ?? "")
        guard !host.isEmpty else { throw .invalid("no BMC address: set ip (or plug with port_as_ip)") }
        guard let port = UInt16(exactly: values.value(FenceKeys.port)), port > 0 else {
            throw .invalid("ipport must be 1-65535")
        }
        let ciphers = try Self.cipherSuites(values)
        options = SessionOptions(
            host: host, port: port, username: values[FenceKeys.username] ?? "", password: "",
            kg: try Self.kg(values), privilege: try Self.privilege(values),
            ipmiProtocol: values.isOn(FenceKeys.lanplus) ? .lan20(cipherSuite: ciphers[0]) : Self.lan15(values),
            workarounds: try Self.workarounds(values))
        self.ciphers = ciphers
        password = try PasswordSource(values)
    }

    /// The options to log in with: the password read within the action's `deadline`, then the host
    /// resolved to an address within the `login` deadline (a name no resolver answers for in time is
    /// an unreachable BMC, said so).
    func resolved(deadline: Deadline, login: Deadline) throws(FenceError) -> SessionOptions {
        var resolved = options
        resolved.password = try password.read(deadline: deadline)
        do { resolved.host = try HostLookup.numericAddress(options.host, deadline: login) } catch {
            throw .bmc(error == .timedOut(options.host) ? .unreachable(host: options.host) : .invalidHost(options.host))
        }
        return resolved
    }

    static func privilege(_ values: ParameterValues) throws(FenceError) -> PrivilegeLevel {
        switch values.value(FenceKeys.privilege) {
        case .user: .user
        case .operator: .operator
        case .administrator: .administrator
        case .callback: throw .unsupported("privilege level callback cannot control power")
        }
    }

    /// IPMI 1.5; no `auth` given: MD5, as ipmitool without -A (the table gives no default, as fence_ipmilan's).
    static func lan15(_ values: ParameterValues) -> IPMIProtocol {
        switch values[FenceKeys.authentication] ?? .md5 {
        case .none: .lan15(.none)
        case .password: .lan15(.password)
        case .md5: .lan15(.md5)
        }
    }

    static func workarounds(_ values: ParameterValues) throws(FenceError) -> Workarounds {
        switch Workarounds.parse(values[FenceKeys.workarounds] ?? "") {
        case .success(let parsed): return parsed
        case .failure(let unknown): throw .invalid("unknown workaround '\(ParameterValues.printable(unknown.name))'")
        }
    }

    /// The one given (0-255, `-C abc` is refused rather than read as a default), else 17 then 3.
    static func cipherSuites(_ values: ParameterValues) throws(FenceError) -> [Int] {
        guard let text = values.nonEmpty(FenceKeys.cipher) else { return SessionNegotiation.cipherSuites(given: nil) }
        guard let cipher = Int(text), (0...255).contains(cipher) else {
            throw .invalid("cipher '\(ParameterValues.printable(text))' is not a cipher suite id (0-255)")
        }
        return SessionNegotiation.cipherSuites(given: cipher)
    }

    /// `hexadecimal_kg`, two hex digits a byte (an optional 0x prefix), at most 20 bytes.
    static func kg(_ values: ParameterValues) throws(FenceError) -> [UInt8] {
        guard var text = values.nonEmpty(FenceKeys.hexadecimalKg) else { return [] }
        if text.hasPrefix("0x") || text.hasPrefix("0X") { text.removeFirst(2) }
        let digits = Array(text)
        guard digits.count % 2 == 0, digits.count <= 40 else {
            throw .invalid("hexadecimal_kg must be up to 40 hex digits")
        }
        var bytes: [UInt8] = []
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(digits[index...index + 1]), radix: 16) else {
                throw .invalid("hexadecimal_kg is not hexadecimal")
            }
            bytes.append(byte)
        }
        return bytes
    }
}
