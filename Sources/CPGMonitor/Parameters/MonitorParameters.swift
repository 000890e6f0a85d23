import KVMHACore

/// The daemon's settings: the same table serves `kvmha-cpgmonitor` options and `ocf:kvmha:CPGMonitor`.
enum MonitorParameters {
    static let table = ParameterTable([
        Parameter(
            "group", default: "kvmha", long: "group", shortDescription: "CPG group name",
            longDescription: "Name of the Corosync CPG group every node's daemon joins."),
        Parameter(
            "hypervisor", default: "qemu:///system", long: "hypervisor", shortDescription: "libvirt URI",
            longDescription: "libvirt URI whose lifecycle events the daemon watches."),
        Parameter(
            "heartbeat_interval", type: .integer, default: "200", long: "heartbeat-interval",
            shortDescription: "Heartbeat interval (ms)",
            longDescription: "How often each daemon multicasts a heartbeat over CPG, in milliseconds."),
        Parameter(
            "heartbeat_timeout", type: .integer, default: "1000", long: "heartbeat-timeout",
            shortDescription: "Heartbeat deadline (ms)",
            longDescription: "A peer silent for this long is treated as hung, like a PROCDOWN."),
        Parameter(
            "libvirt_health_deadline", type: .integer, default: "30", long: "libvirt-health-deadline",
            shortDescription: "Seconds before libvirtd loss turns node health red",
            longDescription: "After libvirtd has been unreachable this long, #health-kvmha is set red."),
    ])

    static let metadata = OCFMetadata(
        name: "CPGMonitor",
        agentVersion: "0.1.0",
        shortDescription: "Runs kvmha-cpgmonitor, the event-driven failure detector",
        longDescription:
            "Starts and watches kvmha-cpgmonitor on this node: it joins a Corosync CPG group, listens to libvirt "
            + "lifecycle events and reports crashed guests and dead peer daemons to Pacemaker at once. Clone it.",
        parameters: table,
        actions: [
            OCFAction("start", timeout: 20),
            OCFAction("stop", timeout: 20),
            OCFAction("monitor", timeout: 20, interval: 10, depth: 0),
            OCFAction("meta-data", timeout: 5),
            OCFAction("validate-all", timeout: 5),
        ])
}
