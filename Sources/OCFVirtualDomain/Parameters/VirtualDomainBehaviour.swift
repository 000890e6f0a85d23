import KVMHACore

/// What ocf:kvmha:VirtualDomain does beyond its parameters: the meta-data's longdesc and the man
/// page's BEHAVIOUR section carry these, and docs/reference/virtualdomain.md a copy kept equal by
/// `ReferenceBehaviourTests` (edit here, then `KVMHA_UPDATE_GOLDEN=1` rewrites the copies).
enum VirtualDomainBehaviour {
    static let notes: [BehaviourNote] = [
        BehaviourNote(
            nil,
            "Every action works to a deadline computed once from `OCF_RESKEY_CRM_meta_timeout` (less 1.5 "
                + "s) and ends with a definite answer: stop asks the guest to shut down (with the methods of "
                + "`shutdown_mode`, which the stock agent ignores), keeps up to 15 s (40 % of the timeout on "
                + "short ones) for destroy, and retries destroy while libvirt reports the process busy; "
                + "migrate_to aborts the libvirt job at its deadline and the guest keeps running at home; "
                + "migrate_from waits for the guest with a deadline (the stock one loops forever, so "
                + "`ocf-tester` never finishes on it)."),
        BehaviourNote(
            nil,
            "Monitor never says \"not running\" while the guest's QEMU lives: when libvirtd is down or "
                + "restarting it decides from the emulator recorded at start (pid and kernel start time, never "
                + "a name match) and logs that it did. Paused on an I/O error, crashed and pmsuspended are "
                + "failures with a reason. `monitor_scripts` run on every monitor (as the stock agent runs "
                + "them, whatever `OCF_CHECK_LEVEL`); `OCF_CHECK_LEVEL` 20 also pings the QEMU guest agent when "
                + "the domain has one, and fails the guest once its agent, having answered since its QEMU "
                + "started, stops answering (a guest still booting has no agent yet and is not failed; the "
                + "record keeps `agent_answered` per QEMU)."),
        BehaviourNote(
            nil,
            "A guest the cluster knows is crashed or hung is destroyed at once, never asked to shut down: "
                + "a domain in state crashed, and one whose QEMU kvmha-cpgmonitor reported (crash, watchdog, "
                + "I/O-error pause, hung emulator) — the daemon leaves a note beside the domain record "
                + "(`<record>.reported`, naming that QEMU by pid and start time, so it never applies to a later "
                + "QEMU) before it calls `crm_resource --fail`, and the stop that follows reads it. The note "
                + "carries when it was written (CLOCK_BOOTTIME) and holds for two minutes, or while the guest "
                + "is still failed (crashed, paused on an I/O error, the watchdog or a panic, its QEMU "
                + "stopped); a note whose recovery never came (the report dropped, `on-fail=ignore`, "
                + "maintenance) with the same QEMU now running normally is dropped by the monitor and by the "
                + "stop, which then shuts the guest down gracefully."),
        BehaviourNote(
            nil,
            "With libvirt's lock manager on (`lock_manager = \"lockd\"` or sanlock), a start refused "
                + "because another host holds a disk lease exits 1 with `… another host holds its disk lease "
                + "(libvirt lock manager), so it runs there`, and a migration refused so says the same."),
        BehaviourNote(
            nil,
            "Probe and stop do not trust the config file alone: without it they use the domain name/UUID "
                + "recorded at start. Stop of a domain that does not exist succeeds; with libvirtd unreachable "
                + "for the whole stop, the recorded QEMU process is terminated directly so a successful stop "
                + "never leaves the guest running."),
        BehaviourNote(
            nil,
            "It records, per resource, the domain (name, UUID), its emulator and the intent (`running`, "
                + "`stopping`, `migrating-away`, `migrating-in`, `stopped`) in `/run/kvmha/domains/`, so the "
                + "monitor daemon can tell an intentional stop or migration from a crash."),
        BehaviourNote(
            nil,
            "Meta-data is valid against `ra-api-1.dtd` (what `ocf-tester` checks); when Pacemaker "
                + "announces OCF 1.1 (`OCF_RA_VERSION_MINOR=1`) it adds `reload-agent` and `reloadable` "
                + "parameters and leaves the 1.0 DOCTYPE out (valid against the OCF 1.1 RelaxNG schema pcs "
                + "ships; tested). `hypervisor` is not reloadable: a new URI is another libvirtd, where the "
                + "running domain is not."),
        BehaviourNote(
            nil,
            "Start and migrate_from write the stock agent's systemd drop-ins "
                + "(`/run/systemd/system/resource-agents-deps.target.d/99-VirtualDomain-{libvirt,machines}.conf`: "
                + "`After=libvirtd.service`, `Wants=virt-guest-shutdown.target`) where systemd is PID 1, so a "
                + "node shutdown stops the guests before libvirtd; unlike the stock agent it reloads systemd "
                + "only when a file changed, not on every start."),
        BehaviourNote(
            nil,
            "Logging follows ocf-shellfuncs: syslog with `HA_LOGFACILITY` (`none` or unset: none), "
                + "`HA_LOGFILE` with a date, `HA_DEBUGLOG` gets every line, `HA_debug` (not 0) turns on debug "
                + "lines, the tag is `VirtualDomain(<resource>)[pid]`; stderr gets log lines only when neither "
                + "a facility nor a log file is set (under Pacemaker, execd would otherwise log each one again "
                + "as \"error output\"). The exit reason (`ocf-exit-reason:`) always goes to stderr. The same "
                + "holds for `ocf:kvmha:CPGMonitor`."),
        BehaviourNote(
            nil,
            "Where the stock agent gives no rule: domains are created transient and a persistent "
                + "definition of the same name is undefined first (as the stock agent does); utilization is "
                + "written only when its value differs from what this node last wrote; `migrate_options` takes "
                + "the virsh flags that have a libvirt equivalent (`--migrateuri`, `--p2p`, `--tunnelled`, "
                + "`--unsafe`, `--compressed`, `--auto-converge`, `--abort-on-error`) and logs any other as "
                + "ignored."),
    ]
}
