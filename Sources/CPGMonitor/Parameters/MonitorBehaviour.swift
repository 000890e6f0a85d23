import KVMHACore

/// What kvmha-cpgmonitor and ocf:kvmha:CPGMonitor do beyond their parameters: the agent's meta-data
/// longdesc, both man pages' BEHAVIOUR sections, and docs/reference/cpgmonitor.md a copy kept equal
/// by `ReferenceBehaviourTests` (edit here, then `KVMHA_UPDATE_GOLDEN=1` rewrites the copies).
enum MonitorBehaviour {
    static let notes: [BehaviourNote] = [
        BehaviourNote(
            "Guest events",
            "One libvirt connection with keepalive (1 s × 3), libvirt's event loop on its own thread. "
                + "Lifecycle STOPPED (FAILED, CRASHED), CRASHED, SUSPENDED (IOERROR, WATCHDOG), WATCHDOG, "
                + "IO_ERROR with action pause and CONTROL_ERROR of a domain that `ocf:kvmha:VirtualDomain` "
                + "recorded on this node with intent `running` → `crm_resource --fail --resource R --node N` at "
                + "once (argument array, 10 s deadline, exit status checked and logged). A domain being stopped "
                + "or migrated by the cluster, or not managed by it, is logged and never reported; one failure "
                + "of one QEMU incarnation is reported once. A guest that shuts itself down (STOPPED_SHUTDOWN) "
                + "is left to the monitor. At start the daemon asks `crm_resource --version` and warns when "
                + "that Pacemaker (before 2.1.6) counts each report twice toward `migration-threshold` (see "
                + "\"Switching from the stock agents\")."),
        BehaviourNote(
            "Peer watch",
            "Every daemon joins one CPG group (`group`, default `kvmha`) and multicasts a heartbeat "
                + "(`heartbeat_interval`, 200 ms) naming its node, its resource and the domains it runs. A "
                + "member that leaves with PROCDOWN (the daemon died, its node did not) or misses "
                + "`heartbeat_timeout` (1000 ms; a SIGSTOPped daemon keeps its CPG socket) is reported by the "
                + "lowest surviving member only (silence counts only while the daemon's own heartbeats come "
                + "back through the ring: while totem re-forms after a node loss nothing is delivered for "
                + "seconds, and then every deadline starts again — without that rule every survivor accused "
                + "every other one after each node loss, which the three-node lab showed): `crm_resource "
                + "--fail` of its clone instance on its node, so Pacemaker restarts it now. NODEDOWN is logged "
                + "with its timing and left to Pacemaker's fencing; a clean stop (SIGTERM) is a LEAVE and no "
                + "failure."),
        BehaviourNote(
            "Authenticated peers",
            "Every heartbeat ends in `mac=`, the hex HMAC-SHA256 (libgcrypt) of a context string, the "
                + "sender's Corosync node id and pid as Corosync delivers them, and the text; the key is "
                + "HMAC-SHA256 of a kvmha label under `key_file` (Corosync's `/etc/corosync/authkey` by "
                + "default: root's alone and already on every node). The text carries a sequence and a random "
                + "incarnation per daemon run: an older sequence, another incarnation for the same member, or "
                + "the incarnation of a member that left is a replay. Only an authentic, fresh message of a "
                + "member whose Corosync node it names (a `name:` of the nodelist; an address-only `ring0_addr` "
                + "names nothing, as in Pacemaker) and whose resource is an instance of this daemon's clone is "
                + "acted on; only such members count as alive when the reporter is elected, and only their "
                + "silence or death is reported. Without a key the daemon says `key-missing` at start, its "
                + "status says `authentication: none`, and it acts on nothing its peers send or fail to send. A "
                + "peer-derived report is made at most once per peer node per `heartbeat_timeout`, and this "
                + "node's own guests' reports go first."),
        BehaviourNote(
            "Hung guest",
            "A managed domain whose QEMU is stopped (SIGSTOP, state T) for longer than "
                + "`heartbeat_timeout` sends no event; the daemon checks the recorded emulators once a second "
                + "and reports it like a crash. `ocf:kvmha:VirtualDomain`'s monitor fails such a guest too, and "
                + "its stop SIGKILLs a stopped QEMU at once (neither ACPI nor libvirt's SIGTERM reaches it)."),
        BehaviourNote(
            "Double run",
            "A domain that this node runs for the cluster and a peer lists as running there is reported "
                + "against the peer (unmanaged there; when both claim it, the lower node id accuses), once the "
                + "claim held in every heartbeat of that peer for three of them spanning `heartbeat_timeout`; "
                + "the same claim is then not reported again for five minutes."),
        BehaviourNote(
            "libvirtd health",
            "A closed connection is reopened with back-off (0.25 s doubling to 5 s), events "
                + "re-registered, and what died meanwhile is reported from the records. Unreachable for "
                + "`libvirt_health_deadline` (30 s) → `attrd_updater` sets `#health-kvmha=red` on the node "
                + "(with a `node-health-strategy`, Pacemaker moves the guests away); green again when it is "
                + "back. Give the clone `allow-unhealthy-nodes=true`: otherwise `migrate-on-red` evicts the "
                + "daemon too, and nothing is left on the node to turn it green (the three-node lab found "
                + "that)."),
        BehaviourNote(
            "Quorum",
            "The daemon tracks Corosync's quorum (`quorum_trackstart`: Corosync tells it of each change "
                + "through a descriptor its loop polls) and looks at it before any report or attribute change. "
                + "While its own heartbeats do not come back through the ring within `heartbeat_timeout` (a "
                + "stopped or re-forming Corosync tells nothing) it asks instead, once a second and before each "
                + "report, and a question unanswered after 500 ms is no quorum. A member of a partition without "
                + "quorum logs what it saw and reports nothing; when quorum comes back it reports the domains "
                + "recorded `running` that died meanwhile (a dead peer is then left to the clone's own "
                + "monitor)."),
        BehaviourNote(
            "Restart",
            "The daemon keeps no state of its own: on start it reads libvirt and the records, and reports "
                + "a domain recorded `running` whose QEMU is gone."),
        BehaviourNote(
            "Timeline",
            "One line per decision with a UTC timestamp (stderr, the OCF agent's `log_file`, syslog), the "
                + "event's fields appended as `key=value` metadata. `kvmha-cpgmonitor status` prints the state "
                + "from the status file (quorum, libvirt, members, managed domains), then reads the events "
                + "file: the count of each kind since the daemon last started, detection-to-report latency (n, "
                + "median, max) and the last 30 events (the file's last 256 KiB; a line cut short or of another "
                + "schema is passed over)."),
        BehaviourNote(
            "Events, as data",
            "Every decision is also a typed event (`DaemonEvent`, schema version `v`), one JSON line in "
                + "the events file (`/var/log/kvmha/cpgmonitor.events`, kept across a reboot or a fence, or "
                + "`events_file`; 4 MiB, then `.1`). Kinds: `detected` (with `failure`: crashed, watchdog, "
                + "io-error-pause, control-error, hung, gone), `ignored` (with `reason`: not-managed, "
                + "being-stopped, being-migrated, stopped-by-cluster, runs-again, no-quorum, no-resource), "
                + "`reported` (with `latency_ms`), `report-failed`, `report-dropped`, `refused` (malformed, "
                + "impersonation, unauthenticated, forged, replayed), `key-missing`, `key-exposed`, "
                + "`membership-flood`, `peer-joined`, `peer-left`, `peer-down`, `node-down`, `peer-silent`, "
                + "`peer-heard`, `quorum-lost`, `quorum-regained`, `quorum-unanswered`, `health-changed`, "
                + "`double-run`, `rescan`, `libvirt-connected`, `libvirt-lost`, `libvirt-unreachable`, "
                + "`libvirt-unanswered`, `name-mismatch`, `started`, `stopping`. `kvmha-cpgmonitor events` "
                + "prints them (`--since`, `--follow`)."),
        BehaviourNote(
            "Metrics",
            "With `metrics_file` set (e.g. `/var/lib/prometheus/node-exporter/kvmha.prom`, the directory "
                + "Debian's node_exporter reads with `--collector.textfile.directory`), the daemon replaces "
                + "that file every 5 s (atomically, 0644) with gauges of its state (up, quorate, libvirt "
                + "connected, peers, managed domains, build info, start time) and counters kept from the same "
                + "events — no HTTP server of its own; every metric in docs/admin/daemon.md (in "
                + "/usr/share/doc/kvmha)."),
        BehaviourNote(
            "The OCF agent",
            "ocf:kvmha:CPGMonitor starts the daemon detached (own session, log to `log_file`), is running "
                + "once the daemon has joined its group and written its status; monitor fails a daemon that is "
                + "gone, stopped (SIGSTOP) or has not refreshed its status for 5 s; stop sends SIGTERM, then "
                + "SIGKILL at the deadline."),
    ]
}
