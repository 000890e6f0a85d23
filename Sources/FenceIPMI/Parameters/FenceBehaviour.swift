import KVMHACore

/// What fence_ipmi and fence_atca do beyond their options: the metadata's longdesc and the man
/// page's BEHAVIOUR section carry these, and docs/reference/fence_ipmi.md a copy kept equal by
/// `ReferenceBehaviourTests` (edit here, then `KVMHA_UPDATE_GOLDEN=1` rewrites the copies).
enum FenceBehaviour {
    static let notes: [BehaviourNote] = [
        BehaviourNote(
            "Protocol",
            "Speaks IPMI 1.5 and 2.0 (RMCP+) in process through libfreeipmi: no `ipmitool`, no "
                + "subprocess, the password never in an argv (`password_script` or stdin)."),
        BehaviourNote(
            "Options",
            "Options are fence_ipmilan's: stdin names, getopt spellings, defaults, and the deprecated "
                + "names (`ipaddr`, `login`, `passwd`…) in the metadata with `deprecated=\"1\"`/`obsoletes`, so "
                + "pcs accepts them as it does for fence_ipmilan; plus `workarounds` (libfreeipmi's named "
                + "workarounds, for the rare BMC that needs one) and `atca`. Where fence_ipmilan succeeds with "
                + "a set of options, fence_ipmi succeeds with the same ones. `quiet`, `verbose`/`verbose_level` "
                + "and `debug_file` (created 0600) work as in fence-agents."),
        BehaviourNote(
            "State changes",
            "Verified by polling the chassis; `power_wait`, when set, is the least time after a request "
                + "before the reported state is trusted, never a blind sleep. Reboot is off, verified, then on; "
                + "a failing power on after a verified off is logged and the action still succeeds (the node is "
                + "fenced)."),
        BehaviourNote(
            "Failures",
            "Each says which: BMC unreachable, authentication refused, privilege refused, cipher suite "
                + "refused, power state not reached in time."),
        BehaviourNote(
            "ATCA",
            "As `fence_atca` (or `atca=1`), `ip` is the shelf manager; `list` prints one line per blade "
                + "(slot, IPMB address, hot-swap state) and `list-status` (slot, address, ON/OFF/UNKNOWN), "
                + "fields joined by `plug_separator` (default `,`); `plug` names the blade by IPMB address "
                + "(`0x82`) or slot number (mapped with PICMG Get Address Info). Get PICMG Properties tells a "
                + "shelf manager from a plain BMC (\"… is not an ATCA shelf manager\"). Off is Set FRU Activation "
                + "(deactivate) until the hot-swap sensor reads M1; on clears the activation-policy lock "
                + "(ignored where the shelf does not support it) and activates until M4; M7 is an error; reboot "
                + "is off+on, or FRU Control cold reset with `method=cycle`. The hot-swap sensor number is "
                + "`hotswap_sensor` (default 0)."),
    ]
}
