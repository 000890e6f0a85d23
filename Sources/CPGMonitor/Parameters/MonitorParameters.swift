import KVMHACore

/// The daemon's settings: the same table serves `kvmha-cpgmonitor` options and `ocf:kvmha:CPGMonitor`.
enum MonitorParameters {
    static let table = ParameterTable([
        Parameter(
            MonitorKeys.group, default: "kvmha", long: "group", shortDescription: "CPG group name",
            longDescription: "Name of the Corosync CPG group every node's daemon joins."),
        Parameter(
            MonitorKeys.hypervisor, default: "qemu:///system", long: "hypervisor", shortDescription: "libvirt URI",
            longDescription: "libvirt URI whose lifecycle events the daemon watches."),
        Parameter(
            MonitorKeys.heartbeatInterval, default: "200", long: "heartbeat-interval",
            shortDescription: "Heartbeat interval (ms)",
            longDescription: "How often each daemon multicasts a heartbeat over CPG, in milliseconds."),
        Parameter(
            MonitorKeys.heartbeatTimeout, default: "1000", long: "heartbeat-timeout",
            shortDescription: "Heartbeat deadline (ms)",
            longDescription:
                "A peer silent for this long is treated as hung, like a PROCDOWN. Counted only while this "
                + "daemon's own heartbeats go round: a ring re-forming after a node loss delivers nothing, "
                + "and then every peer's deadline starts again."),
        Parameter(
            MonitorKeys.libvirtHealthDeadline, default: "30", long: "libvirt-health-deadline",
            shortDescription: "Seconds before libvirtd loss turns node health red",
            longDescription: "After libvirtd has been unreachable this long, #health-kvmha is set red."),
        Parameter(
            MonitorKeys.keyFile, default: HeartbeatKey.defaultPath, long: "key-file",
            shortDescription: "Key that authenticates the daemons' heartbeats",
            longDescription:
                "Every heartbeat carries an HMAC-SHA256 tag under a key derived from this file, bound to the sender's "
                + "Corosync node id and pid, with a sequence per daemon run: a message without a valid tag, or seen "
                + "before, is refused and counted, never acted on. The default is Corosync's own authkey (root's "
                + "alone, the same on every node: pcs, crm and corosync-keygen put it there), so no new secret is "
                + "distributed; name a file of 16 to 4096 random bytes, the same on every node, to use another. "
                + "Without the default file the daemon says so at start and acts on nothing its peers send or fail "
                + "to send (its own guests are still watched); a file named here must exist."),
        Parameter(
            MonitorKeys.nodeName, long: "node-name", shortDescription: "Pacemaker name of this node",
            longDescription:
                "The node name failures are reported against. Default: the node Pacemaker runs the agent on, "
                + "else `crm_node -n`."),
        Parameter(
            MonitorKeys.resource, long: "resource", shortDescription: "Resource to fail when this daemon dies",
            longDescription:
                "The cluster resource that runs this daemon (set by ocf:kvmha:CPGMonitor from "
                + "OCF_RESOURCE_INSTANCE): peers fail it on this node when the daemon dies or hangs. "
                + "Empty when a service manager restarts the daemon instead."),
        Parameter(
            MonitorKeys.recordDirectory, default: RecordStore.defaultDirectory, long: "record-dir",
            shortDescription: "Directory of the VirtualDomain agent's domain records"),
        Parameter(
            MonitorKeys.statusFile, default: "/run/kvmha/cpgmonitor.status", long: "status-file",
            shortDescription: "Where the daemon keeps its status",
            longDescription:
                "Rewritten every second; `kvmha-cpgmonitor status` prints it, the OCF monitor checks it is fresh."),
        Parameter(
            MonitorKeys.eventsFile, long: "events-file", shortDescription: "Where the daemon writes its events",
            longDescription:
                "One JSON line per decision (detected, reported, ignored and why, peers, quorum, health), kept to "
                + "4 MiB plus one older file (.1); `kvmha-cpgmonitor events` prints them. Default: "
                + "/var/log/kvmha/cpgmonitor.events, kept across a reboot or a fence; with a status_file of "
                + "its own, that file's path with .events for .status."),
        Parameter(
            MonitorKeys.metricsFile, long: "metrics-file", shortDescription: "Prometheus textfile for node_exporter",
            longDescription:
                "When set, the daemon's counters and detection-to-report histogram in Prometheus' text format, "
                + "replaced every 5 s: point node_exporter's textfile collector at its directory (name it *.prom)."),
        Parameter(
            MonitorKeys.logFile, default: "/var/log/kvmha-cpgmonitor.log", long: "log-file",
            shortDescription: "Log file of a daemon started by the OCF agent",
            longDescription:
                "The daemon's timeline (one line per decision) when ocf:kvmha:CPGMonitor starts it; it also logs to syslog."
        ),
        Parameter(
            MonitorKeys.debug, default: "0", long: "debug", shortDescription: "Log every event",
            longDescription: "Also log every libvirt event and every malformed peer message, at debug level."),
        Parameter(
            MonitorKeys.daemon, default: "/usr/sbin/kvmha-cpgmonitor", long: "daemon",
            shortDescription: "Path of the kvmha-cpgmonitor binary the OCF agent starts"),
    ])

    static let metadata: OCFMetadata = {
        var metadata = OCFMetadata(
            name: "CPGMonitor",
            agentVersion: KVMHAVersion.described,
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
        // A clone on every node, kept on a node its own red health evicts guests from (it is what turns
        // it green again), with node health acted on.
        metadata.examples = (
            crm: [
                "primitive kvmha-monitor ocf:kvmha:CPGMonitor \\",
                "  op monitor interval=10s timeout=20s",
                "clone kvmha-monitor-clone kvmha-monitor \\",
                "  meta interleave=true allow-unhealthy-nodes=true",
                "property node-health-strategy=migrate-on-red",
            ],
            pcs: [
                "pcs resource create kvmha-monitor ocf:kvmha:CPGMonitor \\",
                "  op monitor interval=10s timeout=20s \\",
                "  clone interleave=true allow-unhealthy-nodes=true",
                "pcs property set node-health-strategy=migrate-on-red",
            ]
        )
        metadata.behaviour = MonitorBehaviour.notes
        return metadata
    }()
}
