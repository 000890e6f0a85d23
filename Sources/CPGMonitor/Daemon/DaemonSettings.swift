import KVMHACore

/// The daemon's settings, checked once at start from the parameter table.
struct DaemonSettings: Sendable {
    var group: String
    var hypervisor: String
    var heartbeatInterval: Duration
    var heartbeatTimeout: Duration
    var libvirtHealthDeadline: Duration
    var nodeName: String
    var resource: String
    var recordDirectory: String
    var statusFile: String
    var eventsFile: String
    var metricsFile: String?
    /// Where the heartbeats' key comes from; `keyFileGiven`: named by the admin (then it must load).
    var keyFile: String
    var keyFileGiven: Bool
    /// The log the OCF agent started the daemon with (its stdout and stderr), reopened on SIGHUP;
    /// nil under systemd, where the journal takes them.
    var logFile: String?
    /// One daemon per node: the lock beside the status file (`x.status` → `x.lock`).
    var lockFile: String {
        (statusFile.hasSuffix(".status") ? String(statusFile.dropLast(".status".count)) : statusFile) + ".lock"
    }

    init(_ values: ParameterValues, nodeName: String) throws(ParameterError) {
        try values.validate()
        group = values.value(MonitorKeys.group)
        hypervisor = values.value(MonitorKeys.hypervisor)
        let interval = values.value(MonitorKeys.heartbeatInterval)
        let timeout = values.value(MonitorKeys.heartbeatTimeout)
        guard (10...60_000).contains(interval) else {
            throw .invalidValue(
                name: MonitorKeys.heartbeatInterval.name, shown: "\(interval)", expected: "10 to 60000 ms")
        }
        guard timeout >= 2 * interval, timeout <= 600_000 else {
            throw .invalidValue(
                name: MonitorKeys.heartbeatTimeout.name, shown: "\(timeout)",
                expected: "at least twice heartbeat_interval")
        }
        let health = values.value(MonitorKeys.libvirtHealthDeadline)
        guard (0...86_400).contains(health) else {
            throw .invalidValue(
                name: MonitorKeys.libvirtHealthDeadline.name, shown: "\(health)", expected: "0 to 86400 s")
        }
        heartbeatInterval = .milliseconds(interval)
        heartbeatTimeout = .milliseconds(timeout)
        libvirtHealthDeadline = .seconds(health)
        self.nodeName = nodeName
        resource = values[MonitorKeys.resource] ?? ""
        recordDirectory = values.value(MonitorKeys.recordDirectory)
        statusFile = values.value(MonitorKeys.statusFile)
        eventsFile = EventLog.path(values)
        metricsFile = values.nonEmpty(MonitorKeys.metricsFile)
        logFile = values.nonEmpty(MonitorKeys.logFile)
        keyFile = values.value(MonitorKeys.keyFile)
        keyFileGiven = values.isGiven(MonitorKeys.keyFile)
        guard PeerMessage.isSafeName(nodeName), PeerMessage.isSafeName(resource) else {
            throw .invalidValue(
                name: MonitorKeys.nodeName.name, shown: "(control characters)", expected: "a node or resource name")
        }
    }
}
