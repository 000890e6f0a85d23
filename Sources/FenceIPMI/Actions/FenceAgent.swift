import FreeIPMI
import KVMHACore
import Logging

/// One invocation of fence_ipmi: options from argv, or `key=value` lines on stdin without arguments.
struct FenceAgent {
    let program: String
    let arguments: [String]
    let readStandardInput: () throws(ParameterError) -> String

    static let ignoredOptions = [
        FenceKeys.ipmitoolPath.name, FenceKeys.ipmitoolTimeout.name, FenceKeys.useSudo.name, FenceKeys.sudoPath.name,
        FenceKeys.shellTimeout.name,
    ]

    var name: AgentName { AgentName(program: program) }

    func run() -> FenceExitCode {
        let values: ParameterValues
        do {
            if arguments.isEmpty {
                values = try name.table.values(keyValueText: readStandardInput()) { warning in
                    StandardError.write(line: "WARNING: \(warning)")
                }
            } else {
                values = try name.table.values(arguments: arguments)
            }
        } catch {
            StandardError.write(line: "ERROR: \(error.reason)")
            return .failure
        }
        if values.isOn(FenceKeys.help) {
            print(
                HelpText.usage(
                    program: program, summary: name.shortDescription, synopsis: "\(program) [options]",
                    table: name.table))
            return .success
        }
        if values.isOn(FenceKeys.version) {
            print("\(program) \(KVMHAVersion.described)")
            return .success
        }
        let settings = FenceSettings(values: values, name: name)
        switch settings.action {
        case .metadata, .metaData:
            print(FenceParameters.metadata(name).xml, terminator: "")
            return .success
        case .manpage:
            print(HelpText.fenceManPage(FenceParameters.metadata(name)), terminator: "")
            return .success
        case let action? where action.isListing && !settings.atca:
            // As fence_ipmilan: not advertised, answered without a failure.
            StandardError.write(line: "NOTICE: List option is not working on this device yet")
            return .success
        case let action? where name.actions.contains(action) || action.isListing:
            return perform(action, settings)
        default:
            StandardError.write(
                line: "ERROR: unknown action '\(ParameterValues.printable(values.text(of: FenceKeys.action) ?? ""))'")
            return .failure
        }
    }

    func perform(_ action: FenceAction, _ settings: FenceSettings) -> FenceExitCode {
        let logger = AgentLogging.bootstrap(
            ident: program, debug: settings.verbose || (settings.values[FenceKeys.verboseLevel] ?? 0) > 0,
            toSyslog: true, toStandardError: !settings.values.isOn(FenceKeys.quiet),
            debugFile: settings.values.nonEmpty(FenceKeys.debugFile))
        do throws(FenceError) {
            do { try settings.values.validate() } catch { throw .invalid(error.reason) }
            try settings.checkRanges()
            for name in Self.ignoredOptions where settings.values.given[name] != nil {
                logger.notice("\(name) is accepted for compatibility and ignored: fence_ipmi speaks IPMI itself")
            }
            let plan = try SessionPlan(settings)
            if action == .validateAll { return .success }
            let deadline = settings.overallDeadline
            if action == .off || action == .reboot, settings.delay > .zero {
                logger.info("waiting \(settings.delay) (delay) before \(action)")
                nap(min(settings.delay, deadline.remaining))
            }
            let session = try open(plan, settings, deadline: deadline, logger: logger)
            if action.isListing {
                return try list(session, settings, withStatus: action == .listStatus, until: deadline)
            }
            let device = try powerDevice(session, settings)
            if action == .diag {
                do { try session.chassisControl(.diagnosticInterrupt) } catch { throw .bmc(error) }
                print("Success: Diagnostic interrupt sent")
                return .success
            }
            return Self.run(
                action, on: PowerControl(device: device, settings: settings, logger: logger, deadline: deadline))
        } catch {
            logger.error("\(error.description)")
            return .failure
        }
    }

    /// The power actions on a device, with fence-agents' output and exit codes (status: 0 on, 2 off,
    /// a failure 1 with its reason logged).
    static func run(_ action: FenceAction, on power: PowerControl) -> FenceExitCode {
        do {
            return try powerAction(action, on: power)
        } catch {
            power.logger.error("\(error.description)")
            return .failure
        }
    }

    private static func powerAction(_ action: FenceAction, on power: PowerControl) throws(FenceError) -> FenceExitCode {
        switch action {
        case .status:
            let state = try power.status()
            print("Status: \(state == .on ? "ON" : "OFF")")
            return state == .on ? .success : .statusOff
        case .monitor:
            _ = try power.status()
        case .on:
            try power.set(.on)
            print("Success: Powered ON")
        case .off:
            try power.set(.off)
            print("Success: Powered OFF")
        case .reboot:
            try power.reboot()
            print("Success: Rebooted")
        default:
            throw .unsupported("action \(action.rawValue) is not supported")
        }
        return .success
    }

    /// Opens the session as ipmitool would succeed with the same options (SessionNegotiation).
    func open(_ plan: SessionPlan, _ settings: FenceSettings, deadline: Deadline, logger: Logger)
        throws(FenceError) -> IPMISession
    {
        let login = Deadline.after(settings.loginTimeout).capped(at: deadline)
        let options = try plan.resolved(deadline: deadline, login: login)
        do {
            return try SessionNegotiation.open(
                options, ciphers: plan.ciphers, deadline: login,
                log: { logger.debug("\($0)") },
                using: { (options, deadline) throws(IPMIError) in
                    try IPMISession(options, deadline: deadline)
                }
            ).session
        } catch {
            throw .bmc(error)
        }
    }

    /// The chassis behind the BMC (bridged with `target`), or in ATCA mode the blade named by `plug`
    /// (IPMB address like 0x82, or slot number) behind the shelf manager.
    func powerDevice(_ session: IPMISession, _ settings: FenceSettings) throws(FenceError) -> any PowerDevice {
        guard settings.atca else {
            if let target = try settings.bridgeTarget() {
                do { try session.bridge(to: target) } catch { throw .bmc(error) }
            }
            return Chassis(session: session)
        }
        let shelf = try AtcaShelf(session: session, sensor: settings.hotswapSensor)
        guard let plug = settings.values.nonEmpty(FenceKeys.plug) else {
            throw .invalid("ATCA mode needs plug: the blade's IPMB address (0x82) or slot number")
        }
        let address: UInt8
        if plug.lowercased().hasPrefix("0x"), let value = UInt8(plug.dropFirst(2), radix: 16) {
            address = value
        } else if let site = UInt8(plug) {
            do { address = try session.ipmbAddress(site: site) } catch {
                throw .unsupported("no blade in slot \(site) (Get Address Info: \(error))")
            }
        } else {
            throw .invalid("plug '\(ParameterValues.printable(plug))' is neither an IPMB address nor a slot number")
        }
        return try shelf.blade(at: address)
    }

    /// ATCA: one line per blade in the shelf, fields separated by plug_separator: slot, IPMB address,
    /// then the hot-swap state (list) or ON/OFF as fencing.py's list-status prints it.
    func list(_ session: IPMISession, _ settings: FenceSettings, withStatus: Bool, until deadline: Deadline)
        throws(FenceError) -> FenceExitCode
    {
        let shelf = try AtcaShelf(session: session, sensor: settings.hotswapSensor)
        let separator = settings.values.value(FenceKeys.plugSeparator)
        for blade in shelf.blades(until: deadline) {
            let state = withStatus ? blade.powerWord : blade.state.map(\.description) ?? "unknown"
            print(["\(blade.slot)", "0x" + String(blade.address, radix: 16), state].joined(separator: separator))
        }
        return .success
    }
}
