import KVMHACore

/// kvmha-cpgmonitor(8): generated like every other page, from the parameter table plus what only
/// the daemon's page says (its commands, exit statuses, signals and files).
enum ManualPage {
    static let synopsis = [
        "kvmha-cpgmonitor run [OPTIONS]",
        "kvmha-cpgmonitor status [--output-as=text|json] [--status-file FILE] [--events-file FILE]",
        "kvmha-cpgmonitor events [--since EPOCH_MS|AGE|ISO8601] [--follow] [--events-file FILE]",
        "kvmha-cpgmonitor check-fencing [--sbd-config FILE]",
        "kvmha-cpgmonitor manpage | --version | --help",
    ]

    static let description =
        MonitorParameters.metadata.longDescription
        + " One daemon runs per node: run by the ocf:kvmha:CPGMonitor clone (the usual way) or by "
        + "kvmha-cpgmonitor.service, never both; a second one exits at once naming the first."

    static let sections = [
        ManSection(
            "COMMANDS",
            [
                (
                    "run",
                    "The daemon. It joins its CPG group, tells systemd it is ready (Type=notify), and runs until "
                        + "SIGTERM or SIGINT, when it leaves the group cleanly (peers see a LEAVE, not a failure)."
                ),
                (
                    "status",
                    "The daemon's state (node, group, quorum, libvirt, members, managed domains) and what it "
                        + "decided since it started, from its status and events files; readable by root and the "
                        + "haclient group. --output-as=json prints one JSON object."
                ),
                (
                    "events",
                    "The daemon's decisions as JSON lines, the rotated file's first. --since takes epoch "
                        + "milliseconds, an age (90s, 15m, 2h, 3d) or an ISO 8601 time (2026-12-07T12:30Z; local "
                        + "time without a zone); --follow waits for new ones."
                ),
                (
                    "check-fencing",
                    "Checks this node's watchdog fencing level, the second level behind fence_ipmi for a host that "
                        + "dies with its BMC: sbd's settings (/etc/default/sbd or --sbd-config), its watchdog device, "
                        + "each SBD_DEVICE's header (sbd dump: msgwait at least twice the watchdog timeout), or "
                        + "without disks stonith-watchdog-timeout (longer than SBD_WATCHDOG_TIMEOUT, twice it as "
                        + "documented; 3 or more nodes), stonith-timeout longer than the watchdog level's wait, and "
                        + "Pacemaker's have-watchdog. One line per finding (ok, warning, error)."
                ),
                ("manpage", "Prints this page."),
            ]),
        ManSection(
            "ROLLING UPGRADE",
            [
                (
                    "",
                    "Rolling upgrade from 0.2: 0.2 daemons read 0.3 heartbeats (they skip the tag); 0.3 daemons refuse "
                        + "0.2 heartbeats as unauthenticated. Until every node runs 0.3, a 0.2 daemon's death is seen by "
                        + "Pacemaker's monitor of the clone, not at once by its peers."
                )
            ]),
        ManSection(
            "EXIT STATUS",
            [
                ("", "status:"),
                ("0", "running and healthy: in quorum, libvirt connected, its node name Corosync's."),
                (
                    "1",
                    "running but degraded: no quorum, libvirt lost, no heartbeat key, or a node-name mismatch "
                        + "(said on stderr)."
                ),
                ("2", "bad options."),
                ("3", "not running: no status file, or none written within 5 s."),
                ("4", "the status cannot be read (permission denied: run as root or as a member of haclient)."),
                (
                    "",
                    "run: 0 after SIGTERM or SIGINT; 1 when it cannot run (another daemon on this node, "
                        + "Corosync unreachable); 2 bad options or a key_file given that cannot be read. events: 0, "
                        + "2 bad options, 3 no events file. check-fencing: 0 nothing wrong, 1 a rule is broken "
                        + "(the error lines say which), 2 bad options."
                ),
            ]),
        ManSection(
            "SIGNALS",
            [
                ("SIGTERM, SIGINT", "Leave the CPG group and exit 0."),
                ("SIGHUP", "Reopen the log file the OCF agent started the daemon with (logrotate's postrotate)."),
            ]),
        ManSection(
            "FILES",
            [
                ("/run/kvmha/cpgmonitor.status", "The daemon's state, rewritten every second (0640 root:haclient)."),
                ("/run/kvmha/cpgmonitor.lock", "One daemon per node: locked by the running one, holding its pid."),
                (
                    "/var/log/kvmha/cpgmonitor.events",
                    "Its events, one JSON line each, kept to 4 MiB plus the older .1, across reboots and fences."
                ),
                ("/run/kvmha/domains/", "The VirtualDomain agent's records of the domains it runs."),
                ("/etc/corosync/authkey", "Corosync's key: the heartbeats' key is derived from it (key_file)."),
                ("/var/log/kvmha-cpgmonitor.log", "The log of a daemon the OCF agent started (rotated by logrotate)."),
                ("/etc/default/kvmha-cpgmonitor", "Options of the daemon kvmha-cpgmonitor.service runs."),
            ]),
        ManSection(
            "SEE ALSO",
            [
                (
                    "",
                    "ocf_kvmha_CPGMonitor(7), ocf_kvmha_VirtualDomain(7), fence_ipmi(8), crm_mon(8), "
                        + "crm_resource(8), corosync.conf(5), systemd.service(5), /usr/share/doc/kvmha/"
                )
            ]),
    ]

    static var text: String {
        HelpText.manPage(
            program: "kvmha-cpgmonitor", section: 8, summary: "kvmha failure detector", synopsis: synopsis,
            description: description, table: MonitorParameters.table,
            behaviour: MonitorBehaviour.notes, sections: sections)
    }
}
