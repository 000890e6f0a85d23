import KVMHACore

/// Every parameter of kvmha-cpgmonitor and ocf:kvmha:CPGMonitor as the type it is read as: the table's
/// rows are built from these, and the daemon and agent read their values only through them.
enum MonitorKeys {
    static let group = ParameterKey<String>.text("group")
    static let hypervisor = ParameterKey<String>.text("hypervisor")
    static let heartbeatInterval = ParameterKey<Int>.integer("heartbeat_interval")
    static let heartbeatTimeout = ParameterKey<Int>.integer("heartbeat_timeout")
    static let libvirtHealthDeadline = ParameterKey<Int>.integer("libvirt_health_deadline")
    static let keyFile = ParameterKey<String>.text("key_file")
    static let nodeName = ParameterKey<String>.text("node_name")
    static let resource = ParameterKey<String>.text("resource")
    static let recordDirectory = ParameterKey<String>.text("record_dir")
    static let statusFile = ParameterKey<String>.text("status_file")
    static let eventsFile = ParameterKey<String>.text("events_file")
    static let metricsFile = ParameterKey<String>.text("metrics_file")
    static let logFile = ParameterKey<String>.text("log_file")
    static let debug = ParameterKey<Bool>.flag("debug")
    static let daemon = ParameterKey<String>.text("daemon")

    /// The keys read with the table's default behind them (`ParameterValues.value`).
    static let texts = [group, hypervisor, recordDirectory, statusFile, logFile, keyFile, daemon]
    static let integers = [heartbeatInterval, heartbeatTimeout, libvirtHealthDeadline]
}
