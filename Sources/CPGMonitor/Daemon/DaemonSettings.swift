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

    init(_ values: ParameterValues, nodeName: String) throws(ParameterError) {
        try values.validate()
        group = values["group"] ?? "kvmha"
        hypervisor = values["hypervisor"] ?? "qemu:///system"
        let interval = values.integer("heartbeat_interval") ?? 200
        let timeout = values.integer("heartbeat_timeout") ?? 1000
        guard (10...60_000).contains(interval) else {
            throw .invalidValue(name: "heartbeat_interval", shown: "\(interval)", expected: "10 to 60000 ms")
        }
        guard timeout >= 2 * interval, timeout <= 600_000 else {
            throw .invalidValue(
                name: "heartbeat_timeout", shown: "\(timeout)", expected: "at least twice heartbeat_interval")
        }
        let health = values.integer("libvirt_health_deadline") ?? 30
        guard (0...86_400).contains(health) else {
            throw .invalidValue(name: "libvirt_health_deadline", shown: "\(health)", expected: "0 to 86400 s")
        }
        heartbeatInterval = .milliseconds(interval)
        heartbeatTimeout = .milliseconds(timeout)
        libvirtHealthDeadline = .seconds(health)
        self.nodeName = nodeName
        resource = values["resource"] ?? ""
        recordDirectory = values["record_dir"] ?? RecordStore.defaultDirectory
        statusFile = values["status_file"] ?? "/run/kvmha/cpgmonitor.status"
        eventsFile = values["events_file"] ?? EventLog.path(besideStatus: statusFile)
        metricsFile = values["metrics_file"].flatMap { $0.isEmpty ? nil : $0 }
        guard PeerMessage.isSafeName(nodeName), PeerMessage.isSafeName(resource) else {
            throw .invalidValue(name: "node_name", shown: "(control characters)", expected: "a node or resource name")
        }
    }
}
