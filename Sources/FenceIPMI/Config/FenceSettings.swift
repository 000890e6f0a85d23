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
    var verbose: Bool { values.bool("verbose") }
    var atca: Bool { values.bool("atca") }
    var hotswapSensor: UInt8 { UInt8(clamping: values.value(FenceKeys.hotswapSensor)) }
    /// power_wait is the least time before a reported state is trusted when it was set, by the user or
    /// by a name whose BMCs answer early (fence_ilo3); otherwise the verified state is trusted at once.
    var powerWaitIsSet: Bool { values.isGiven("power_wait") || name.defaults["power_wait"] != nil }

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
                "delay \(ParameterValues.printable(values["delay"] ?? "")) is longer than \(Int(Self.longestDelay)) s")
        }
    }

    /// The whole run must end by this: delay, login, two power changes with their polling.
    var overallDeadline: Deadline {
        .after(delay + loginTimeout * 2 + powerTimeout * 2 + powerWait * 2 + .seconds(5))
    }

    /// The session options; the password comes from `password` or `password_script`, never argv.
    func sessionOptions(password: String) throws(FenceError) -> SessionOptions {
        let host = values.bool("port_as_ip") ? (values.string("plug") ?? "") : (values.string("ip") ?? "")
        guard !host.isEmpty else { throw .invalid("no BMC address: set ip (or plug with port_as_ip)") }
        guard let port = UInt16(exactly: values.value(FenceKeys.port)), port > 0 else {
            throw .invalid("ipport must be 1-65535")
        }
        let privilege: PrivilegeLevel
        switch values.value(FenceKeys.privilege) {
        case .user: privilege = .user
        case .operator: privilege = .operator
        case .administrator: privilege = .administrator
        case .callback: throw .unsupported("privilege level callback cannot control power")
        }
        let ipmiProtocol: IPMIProtocol
        if values.bool("lanplus") {
            ipmiProtocol = .lan20(cipherSuite: try cipherSuites()[0])
        } else {
            // No `auth` given: MD5, as ipmitool without -A (the table gives no default, as fence_ipmilan's).
            let auth: AuthenticationType =
                switch values[FenceKeys.authentication] ?? .md5 {
                case .none: .none
                case .password: .password
                case .md5: .md5
                }
            ipmiProtocol = .lan15(auth)
        }
        let workarounds: Workarounds
        switch Workarounds.parse(values["workarounds"] ?? "") {
        case .success(let parsed): workarounds = parsed
        case .failure(let unknown): throw .invalid("unknown workaround '\(ParameterValues.printable(unknown.name))'")
        }
        return SessionOptions(
            host: host, port: port, username: values["username"] ?? "", password: password, kg: try kg(),
            privilege: privilege, ipmiProtocol: ipmiProtocol, workarounds: workarounds)
    }

    /// The RMCP+ cipher suites to try: the one given (0-255, `-C abc` is refused rather than read as a
    /// default), else 17 then 3 as current ipmitool does.
    func cipherSuites() throws(FenceError) -> [Int] {
        guard let text = values.string("cipher") else { return SessionNegotiation.cipherSuites(given: nil) }
        guard let cipher = Int(text), (0...255).contains(cipher) else {
            throw .invalid("cipher '\(ParameterValues.printable(text))' is not a cipher suite id (0-255)")
        }
        return SessionNegotiation.cipherSuites(given: cipher)
    }

    /// `hexadecimal_kg`, two hex digits a byte (an optional 0x prefix), at most 20 bytes.
    func kg() throws(FenceError) -> [UInt8] {
        guard var text = values.string("hexadecimal_kg") else { return [] }
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

    /// IPMB address to bridge to (`target`), e.g. 0x82.
    func bridgeTarget() throws(FenceError) -> UInt8? {
        guard let text = values.string("target") else { return nil }
        let value = text.hasPrefix("0x") ? UInt8(text.dropFirst(2), radix: 16) : UInt8(text)
        guard let value else { throw .invalid("target must be an IPMB address such as 0x82") }
        return value
    }
}
