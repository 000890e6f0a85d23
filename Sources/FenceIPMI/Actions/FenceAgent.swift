import FreeIPMI
import Glibc
import KVMHACore
import Logging

/// One invocation of fence_ipmi: options from argv, or `key=value` lines on stdin without arguments.
struct FenceAgent {
    let program: String
    let arguments: [String]
    let readStandardInput: () -> String

    static let ignoredOptions = ["ipmitool_path", "ipmitool_timeout", "use_sudo", "sudo_path", "shell_timeout"]

    func run() -> FenceExitCode {
        let values: ParameterValues
        do {
            if arguments.isEmpty {
                values = try FenceParameters.table.values(keyValueText: readStandardInput()) { warning in
                    StandardError.write(line: "WARNING: \(warning)")
                }
            } else {
                values = try FenceParameters.table.values(arguments: arguments)
            }
        } catch {
            StandardError.write(line: "ERROR: \(error.reason)")
            return .failure
        }
        if values.bool("help") {
            print(
                HelpText.usage(
                    program: program, summary: "IPMI fence agent", synopsis: "\(program) [options]",
                    table: FenceParameters.table))
            return .success
        }
        if values.bool("version") {
            print("\(program) 0.1.0")
            return .success
        }
        let settings = FenceSettings(values: values)
        switch settings.action {
        case "metadata", "meta-data":
            print(FenceParameters.metadata(name: program).xml, terminator: "")
            return .success
        case "manpage":
            print(
                HelpText.manPage(
                    program: program, section: 8, summary: "IPMI fence agent",
                    description: FenceParameters.metadata(name: program).longDescription, table: FenceParameters.table),
                terminator: "")
            return .success
        case let action where FenceParameters.actions.contains(action):
            return perform(action, settings)
        case let action:
            StandardError.write(line: "ERROR: unknown action '\(ParameterValues.printable(action))'")
            return .failure
        }
    }

    /// The chassis behind the BMC (bridged with `target`), or in ATCA mode the blade named by `plug`
    /// (IPMB address like 0x82, or slot number) behind the shelf manager.
    func powerDevice(_ session: IPMISession, _ settings: FenceSettings, atca: Bool) throws(FenceError)
        -> any PowerDevice
    {
        guard atca else {
            if let target = try settings.bridgeTarget() {
                do { try session.bridge(to: target) } catch { throw .bmc(error) }
            }
            return Chassis(session: session)
        }
        do { _ = try session.picmgProperties() } catch {
            throw .unsupported("\(session.options.host) is not an ATCA shelf manager (Get PICMG Properties: \(error))")
        }
        guard let plug = settings.values.string("plug") else {
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
        do { try session.bridge(to: address) } catch { throw .bmc(error) }
        let sensor = UInt8(clamping: settings.values.integer("hotswap_sensor") ?? 0)
        return AtcaBlade(session: session, sensor: sensor)
    }

    func perform(_ action: String, _ settings: FenceSettings) -> FenceExitCode {
        let logger = AgentLogging.bootstrap(
            ident: program, debug: settings.verbose || (settings.values.integer("verbose_level") ?? 0) > 0,
            toSyslog: true, toStandardError: !settings.values.bool("quiet"),
            debugFile: settings.values.string("debug_file"))
        do throws(FenceError) {
            do { try settings.values.validate() } catch { throw .invalid(error.reason) }
            for name in Self.ignoredOptions where settings.values.isGiven(name) {
                logger.notice("\(name) is accepted for compatibility and ignored: fence_ipmi speaks IPMI itself")
            }
            if action == "validate-all" {
                _ = try settings.sessionOptions(password: "")
                return .success
            }
            if action == "list" || action == "list-status" { return .success }  // one device, no plugs
            let deadline = settings.overallDeadline
            if action == "off" || action == "reboot", settings.delay > .zero {
                logger.info("waiting \(settings.delay) (delay) before \(action)")
                usleep(UInt32(min(settings.delay, deadline.remaining).wholeMilliseconds * 1000))
            }
            let password = try PasswordSource.password(settings.values, deadline: deadline)
            let options = try settings.sessionOptions(password: password)
            let session: IPMISession
            do {
                session = try IPMISession(options, deadline: Deadline.after(settings.loginTimeout).capped(at: deadline))
            } catch {
                throw .bmc(error)
            }
            let device = try powerDevice(session, settings, atca: settings.atca || program == "fence_atca")
            let power = PowerControl(device: device, settings: settings, logger: logger)
            switch action {
            case "status":
                let state = try power.status()
                print("Status: \(state == .on ? "ON" : "OFF")")
                return state == .on ? .success : .statusOff
            case "monitor":
                _ = try power.status()
                return .success
            case "on":
                try power.set(.on)
                print("Success: Powered ON")
            case "off":
                try power.set(.off)
                print("Success: Powered OFF")
            case "reboot":
                try power.reboot()
                print("Success: Rebooted")
            case "diag":
                do { try session.chassisControl(.diagnosticInterrupt) } catch { throw .bmc(error) }
                print("Success: Diagnostic interrupt sent")
            default:
                throw .unsupported("action \(action) is not supported")
            }
            return .success
        } catch {
            logger.error("\(error.description)")
            return .failure
        }
    }
}
