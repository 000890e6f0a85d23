import KVMHACore
import Logging

/// `kvmha-cpgmonitor run [options]` and `kvmha-cpgmonitor status [--status-file F]`.
enum DaemonCommand {
    static func run(_ arguments: [String], environment: [String: String]) -> Int32 {
        let values: ParameterValues
        let settings: DaemonSettings
        do {
            values = try MonitorParameters.table.values(arguments: arguments)
            settings = try DaemonSettings(
                values, nodeName: NodeName.resolve(given: values["node_name"], environment: environment))
        } catch {
            StandardError.write(line: "kvmha-cpgmonitor: \(error.reason)")
            return 2
        }
        let logger = AgentLogging.bootstrap(ident: "kvmha-cpgmonitor", debug: values.bool("debug"), timestamps: true)
        // The daemon only: `events --follow | head` must still end by SIGPIPE.
        BrokenPipe.ignore()
        do {
            return try Daemon(settings: settings, logger: logger).run()
        } catch {
            logger.critical("corosync: \(error)")
            return 1
        }
    }

    /// Prints the status file and the events file's summary; exit 0 when the daemon that wrote the
    /// status runs and wrote it lately, 3 when not.
    static func status(_ arguments: [String]) -> Int32 {
        let values: ParameterValues
        do { values = try MonitorParameters.table.values(arguments: arguments) } catch {
            StandardError.write(line: "kvmha-cpgmonitor: \(error.reason)")
            return 2
        }
        let path = values.value(MonitorKeys.statusFile)
        guard let text = try? Files.readText(path, limit: 1 << 20) else {
            StandardError.write(line: "kvmha-cpgmonitor is not running (no \(path))")
            return 3
        }
        let events = (try? Files.lastLines(EventLog.path(values))) ?? []
        print(StatusReport.render(status: text, eventLines: events), terminator: "")
        return StatusFile(text).isFresh(within: .seconds(5)) ? 0 : 3
    }
}
