import KVMHACore

/// The binary is both the daemon (`kvmha-cpgmonitor`) and its OCF agent (`CPGMonitor`, a symlink
/// in the OCF tree): the name it was started as decides.
enum Invocation {
    static let usage = """
        usage: kvmha-cpgmonitor run [--group NAME] [--hypervisor URI] [options]
               kvmha-cpgmonitor status [--status-file FILE]
               kvmha-cpgmonitor events [--since EPOCH_MS|AGE] [--follow] [--events-file FILE]
               kvmha-cpgmonitor manpage
               CPGMonitor {start|stop|monitor|meta-data|validate-all}   (as an OCF agent)
        """

    static let daemonDescription =
        "run: the daemon (SIGTERM leaves the group cleanly). status: members, managed domains and the last "
        + "events with their detection-to-report latency; exit 0 when the daemon runs, 3 when not. events: the "
        + "daemon's decisions as JSON lines (--since, --follow)."

    static func run(arguments: [String], environment: [String: String]) -> Int32 {
        let name = ProgramName.of(arguments.first ?? "kvmha-cpgmonitor")
        let rest = Array(arguments.dropFirst())
        if name == "CPGMonitor" { return ocf(rest, environment: environment).rawValue }
        switch rest.first {
        case "--help", "-h", "help":
            print(usage)
            print(
                HelpText.usage(
                    program: "kvmha-cpgmonitor", summary: "kvmha failure detector",
                    synopsis: "kvmha-cpgmonitor run [options]", table: MonitorParameters.table))
            return 0
        case "--version":
            print("kvmha-cpgmonitor \(KVMHAVersion.current)")
            return 0
        case "manpage":
            print(
                HelpText.manPage(
                    program: "kvmha-cpgmonitor", section: 8, summary: "kvmha failure detector",
                    description: MonitorParameters.metadata.longDescription + " " + daemonDescription,
                    table: MonitorParameters.table),
                terminator: "")
            return 0
        case "run":
            return DaemonCommand.run(Array(rest.dropFirst()), environment: environment)
        case "status":
            return DaemonCommand.status(Array(rest.dropFirst()))
        case "events":
            return EventsCommand.run(Array(rest.dropFirst()))
        default:
            StandardError.write(line: usage)
            return 2
        }
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
