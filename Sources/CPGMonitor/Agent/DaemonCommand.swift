import Corosync
import KVMHACore
import Logging

/// `kvmha-cpgmonitor run [options]`: the daemon, one per node.
enum DaemonCommand {
    static func run(_ arguments: [String], environment: [String: String]) -> CommandExit {
        let values: ParameterValues
        let settings: DaemonSettings
        do {
            values = try MonitorParameters.table.values(arguments: arguments)
            settings = try DaemonSettings(
                values, nodeName: NodeName.resolve(given: values[MonitorKeys.nodeName], environment: environment))
        } catch {
            StandardError.write(line: "kvmha-cpgmonitor: \(error.reason)")
            return .usage
        }
        // Under systemd stderr is the journal, which syslog's lines reach already.
        let logger = AgentLogging.bootstrap(
            ident: "kvmha-cpgmonitor", debug: values.isOn(MonitorKeys.debug),
            toStandardError: !StandardError.isJournal(environment: environment), timestamps: true)
        let lock: InstanceLock
        do {
            try? Files.makeDirectories(Files.directory(of: settings.lockFile))
            lock = try InstanceLock.acquire(settings.lockFile)
        } catch {
            logger.critical("\(Self.refusal(error, settings: settings))")
            return .cannotRun
        }
        // The daemon only: `events --follow | head` must still end by SIGPIPE.
        BrokenPipe.ignore()
        defer { withExtendedLifetime(lock) {} }
        // The key is read after this: no core file, no ptrace by another user, no /proc/PID/mem.
        CoreDumps.forbid()
        let authentication: PeerAuthentication
        do { authentication = try PeerAuthentication.load(settings) } catch {
            logger.critical("key_file: \(error)")
            return .usage
        }
        // The group is looked up here, not at the first status write on the loop (an NSS lookup
        // can block on LDAP).
        _ = Files.Ownership.clusterReadable
        do {
            return try compose(settings: settings, logger: logger, authentication: authentication).run()
        } catch {
            logger.critical("corosync: \(error)")
            return .cannotRun
        }
    }

    /// The composition root: the daemon as it runs, with Corosync, libvirt and Pacemaker's CLIs.
    static func compose(
        settings: DaemonSettings, logger: Logger, authentication: PeerAuthentication
    ) throws(CorosyncError) -> Daemon {
        let channels = LoopChannels(settings: settings, logger: logger)
        let cluster = try CorosyncLink(deadline: .after(Daemon.connectTimeout))
        let libvirt = LibvirtLink(
            uri: settings.hypervisor, notices: channels.notices, wake: channels.wake, events: channels.events)
        return try Daemon(
            settings: settings, logger: logger, authentication: authentication, channels: channels, cluster: cluster,
            hypervisor: libvirt, reporter: ClusterReporter(logger: logger, events: channels.events))
    }

    /// Why this daemon does not run: another holds the node's lock (the unit and the clone, or one by hand).
    static func refusal(_ failure: InstanceLock.Failure, settings: DaemonSettings) -> String {
        switch failure {
        case .held(let pid):
            "another kvmha-cpgmonitor runs on this node (\(pid.map { "pid \($0)" } ?? "pid unknown"), lock "
                + "\(settings.lockFile)): one daemon per node, run by the ocf:kvmha:CPGMonitor clone or by "
                + "kvmha-cpgmonitor.service, never both"
        case .unusable(let error):
            "cannot take the one-daemon-per-node lock: \(error)"
        }
    }
}
