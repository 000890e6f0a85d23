import Glibc
import KVMHACore
import Logging

/// `ocf:kvmha:CPGMonitor`: starts kvmha-cpgmonitor detached, watches that it runs, is not stopped
/// and keeps its status fresh, and stops it with SIGTERM (it leaves the group cleanly, so peers
/// take it for a LEAVE, not a failure), then SIGKILL at the deadline.
struct MonitorAgent {
    /// A daemon whose status is older than this is hung.
    static let staleAfter: Duration = .seconds(5)

    let values: ParameterValues
    let environment: [String: String]
    let deadline: Deadline
    let logger: Logger

    var instance: String { environment["OCF_RESOURCE_INSTANCE"] ?? "kvmha-cpgmonitor" }
    /// The primitive's name: an anonymous clone's instance suffix (":0") is not part of it.
    var resource: String {
        if let given = values[MonitorKeys.resource], !given.isEmpty { return given }
        guard let colon = instance.lastIndex(of: ":"), instance[instance.index(after: colon)...].allSatisfy(\.isNumber)
        else { return instance }
        return String(instance[..<colon])
    }
    var pidFile: String { "/run/kvmha/cpgmonitor-\(RecordStore.fileName(for: instance)).pid" }
    var statusFile: String { values.value(MonitorKeys.statusFile) }

    func start() throws(AgentError) -> OCFExitCode {
        if monitor() == .success { return .success }
        let daemon = values.value(MonitorKeys.daemon)
        guard Files.isExecutable(daemon) else { throw .notInstalled("\(daemon) is not installed") }
        var arguments = [
            "run", "--resource", resource,
            "--node-name", NodeName.resolve(given: values[MonitorKeys.nodeName], environment: environment),
        ]
        for parameter in MonitorParameters.table.parameters
        where parameter.name != "resource" && parameter.name != "node_name" && parameter.name != "daemon"
            && parameter.name != "log_file"
        {
            if let value = values.given[parameter.name], let long = parameter.longOption {
                arguments.append("--\(long)=\(value)")
            }
        }
        Files.remove(statusFile)
        let logFile = values.value(MonitorKeys.logFile)
        arguments.append("--log-file=\(logFile)")  // reopened on SIGHUP
        try? Files.makeDirectories(Files.directory(of: logFile))
        let identity: ProcessIdentity
        do { identity = try Detached.spawn(daemon, arguments, logFile: logFile) } catch {
            throw .failed("\(error)")
        }
        do {
            try Files.makeDirectories("/run/kvmha")
            try Files.writeAtomically(pidFile, "\(identity.pid) \(identity.startTime)\n")
        } catch {
            identity.send(SIGKILL)
            throw .failed("pid file \(pidFile): \(error)")
        }
        // Running once it has joined the group and written its status.
        let ready = poll(until: deadline) {
            guard identity.isAlive else { return true }
            return (try? Files.readText(statusFile)).map { StatusFile($0).pid == identity.pid } ?? false
        }
        guard identity.isAlive else {
            // Its last line says why (another daemon on this node, a bad option, no Corosync).
            let why = (try? Files.lastLines(logFile, bytes: 4096))?.last.map { ": \(ParameterValues.printable($0))" }
            throw .failed("kvmha-cpgmonitor exited at start\(why ?? ""); see \(logFile)")
        }
        guard ready else { throw .failed("kvmha-cpgmonitor did not report ready before the start timeout") }
        logger.info("kvmha-cpgmonitor started (\(identity))")
        return .success
    }

    func monitor() -> OCFExitCode {
        guard let identity = recorded(), identity.isAlive else { return .notRunning }
        if identity.isStopped {
            ExitReason.report("kvmha-cpgmonitor (\(identity)) is stopped (SIGSTOP)")
            return .genericError
        }
        guard let text = try? Files.readText(statusFile), StatusFile(text).pid == identity.pid,
            StatusFile(text).isFresh(within: Self.staleAfter)
        else {
            ExitReason.report("kvmha-cpgmonitor (\(identity)) has not updated \(statusFile) for 5 s: hung")
            return .genericError
        }
        return .success
    }

    func stop() -> OCFExitCode {
        guard let identity = recorded(), identity.isAlive else {
            Files.remove(pidFile)
            return .success
        }
        identity.send(SIGTERM)
        identity.send(SIGCONT)  // a stopped daemon handles the SIGTERM (leaves its group) once continued
        let graceful = deadline.reserving(.seconds(2))
        if !poll(until: graceful, { !identity.isAlive }) {
            logger.warning("kvmha-cpgmonitor did not exit on SIGTERM: SIGKILL")
            identity.send(SIGKILL)
            _ = poll(until: deadline) { !identity.isAlive }
        }
        Files.remove(pidFile)
        return identity.isAlive ? .genericError : .success
    }

    func recorded() -> ProcessIdentity? {
        guard let text = try? Files.readText(pidFile) else { return nil }
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard parts.count >= 2, let pid = Int32(parts[0]), let start = UInt64(parts[1]) else { return nil }
        return ProcessIdentity(pid: pid, startTime: start)
    }
}
