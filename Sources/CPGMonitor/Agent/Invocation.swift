import KVMHACore

/// The binary is both the daemon (`kvmha-cpgmonitor`) and its OCF agent (`CPGMonitor`, a symlink
/// in the OCF tree): the name it was started as decides.
enum Invocation {
    static let usage = """
        usage: kvmha-cpgmonitor run [--group NAME] [--hypervisor URI] [options]
               kvmha-cpgmonitor status [--output-as=text|json] [--status-file FILE]
               kvmha-cpgmonitor events [--since EPOCH_MS|AGE|ISO8601] [--follow] [--events-file FILE]
               kvmha-cpgmonitor check-fencing [--sbd-config FILE]
               kvmha-cpgmonitor manpage
               CPGMonitor {start|stop|monitor|meta-data|validate-all}   (as an OCF agent)
        """

    static func run(arguments: [String], environment: [String: String]) -> Int32 {
        let name = ProgramName.of(arguments.first ?? "kvmha-cpgmonitor")
        let rest = Array(arguments.dropFirst())
        if name == "CPGMonitor" { return ocf(rest, environment: environment).rawValue }
        switch rest.first {
        case "--help", "-h", "help":
            return help()
        case "--version":
            print("kvmha-cpgmonitor \(KVMHAVersion.described)")
            return CommandExit.success.rawValue
        case "manpage":
            print(ManualPage.text, terminator: "")
            return CommandExit.success.rawValue
        case "run":
            let options = Array(rest.dropFirst())
            if options.contains(where: { $0 == "-h" || $0 == "--help" }) { return help() }
            return DaemonCommand.run(options, environment: environment).rawValue
        case "status":
            return StatusCommand.run(Array(rest.dropFirst()))
        case "events":
            return EventsCommand.run(Array(rest.dropFirst())).rawValue
        case "check-fencing":
            return CheckFencingCommand.run(Array(rest.dropFirst()))
        default:
            StandardError.write(line: usage)
            return CommandExit.usage.rawValue
        }
    }

    static func help() -> Int32 {
        print(usage)
        print(
            HelpText.usage(
                program: "kvmha-cpgmonitor", summary: "kvmha failure detector",
                synopsis: "kvmha-cpgmonitor run [options]", table: MonitorParameters.table))
        return CommandExit.success.rawValue
    }

    static func ocf(_ arguments: [String], environment: [String: String]) -> OCFExitCode {
        switch arguments.first {
        case "meta-data":
            print(
                MonitorParameters.metadata.xml(ocf11: OCFMetadata.wantsOCF11(environment: environment)), terminator: "")
            return .success
        case "validate-all":
            do {
                try MonitorParameters.table.values(ocfEnvironment: environment).validate()
                return .success
            } catch {
                ExitReason.report(error.reason)
                return error.ocfExitCode
            }
        case "usage", "help":
            print(usage)
            return .success
        case "manpage":  // not an OCF action: how the install makes ocf_kvmha_CPGMonitor(7)
            print(HelpText.ocfManPage(MonitorParameters.metadata, provider: "kvmha"), terminator: "")
            return .success
        case "start", "stop", "monitor":
            return agentAction(arguments[0], environment: environment)
        default:
            ExitReason.report("action \(ParameterValues.printable(arguments.first ?? "(none)")) is not supported")
            return .unimplemented
        }
    }

    static func agentAction(_ action: String, environment: [String: String]) -> OCFExitCode {
        let logger = AgentLogging.bootstrapOCF(agent: "CPGMonitor", environment: environment)
        let values = MonitorParameters.table.values(ocfEnvironment: environment)
        // stop needs only the pid file: a daemon is stopped even under a configuration that broke.
        if action != "stop" {
            do { try values.validate() } catch {
                ExitReason.report(error.reason)
                return error.ocfExitCode
            }
        }
        let agent = MonitorAgent(
            values: values, environment: environment, deadline: .ocfAction(environment: environment), logger: logger)
        switch action {
        case "start":
            do { return try agent.start() } catch {
                ExitReason.report(error.reason)
                return error.ocfExitCode
            }
        case "stop": return agent.stop()
        default: return agent.monitor()
        }
    }
}
