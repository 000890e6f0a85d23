import KVMHACore

/// `fence_ipmi`'s options: every option of fence_ipmilan, with its stdin name, old aliases, getopt
/// spellings and defaults, so an existing stonith device switches agents by its type alone.
enum FenceParameters {
    static let table = ParameterTable([
        Parameter(
            FenceKeys.action, type: .string, default: "reboot", required: true, short: "o", long: "action",
            shortDescription: "Fencing action"),
        Parameter(
            FenceKeys.authentication, short: "A", long: "auth",
            shortDescription: "IPMI 1.5 authentication type"),
        Parameter(FenceKeys.cipher, short: "C", long: "cipher", shortDescription: "RMCP+ cipher suite id (IPMI 2.0)"),
        Parameter(
            FenceKeys.hexadecimalKg, secret: true, long: "hexadecimal-kg", valueName: "key",
            shortDescription: "Hexadecimal-encoded Kg key for IPMI 2.0 authentication"),
        Parameter(
            FenceKeys.ip, aliases: ["ipaddr"], short: "a", long: "ip",
            shortDescription: "IP address or host name of the BMC (the shelf manager with atca)"),
        Parameter(
            FenceKeys.port, default: "623", short: "u", long: "ipport", valueName: "port",
            shortDescription: "UDP port of the BMC"),
        Parameter(
            FenceKeys.lanplus, default: "0", short: "P", long: "lanplus",
            shortDescription: "Use IPMI 2.0 (RMCP+, lanplus)"),
        Parameter(
            FenceKeys.username, aliases: ["login"], short: "l", long: "username", valueName: "name",
            shortDescription: "Login name"),
        Parameter(
            FenceKeys.method, default: "onoff", short: "m", long: "method",
            shortDescription: "How to reboot: off then on, or a power cycle"),
        Parameter(
            FenceKeys.password, secret: true, aliases: ["passwd"], short: "p", long: "password",
            shortDescription: "Login password or passphrase"),
        Parameter(
            FenceKeys.passwordScript, aliases: ["passwd_script"], short: "S", long: "password-script",
            valueName: "script",
            shortDescription: "Program whose first output line is the password (run without a shell)"),
        Parameter(
            FenceKeys.plug, aliases: ["port"], short: "n", long: "plug", valueName: "id",
            shortDescription: "The node's BMC with port_as_ip, or the ATCA blade (IPMB address or slot)"),
        Parameter(
            FenceKeys.privilege, default: "administrator",
            short: "L", long: "privlvl", valueName: "level", shortDescription: "Privilege level on the BMC"),
        Parameter(
            FenceKeys.target, long: "target", valueName: "targetaddress",
            shortDescription: "Bridge IPMI requests to this IPMB address"),
        Parameter(
            FenceKeys.atca, default: "0", long: "atca",
            shortDescription: "ATCA mode: ip is the shelf manager, plug the blade"),
        Parameter(
            FenceKeys.hotswapSensor, default: "0", long: "hotswap-sensor", valueName: "number",
            shortDescription: "ATCA: number of the blade's FRU hot-swap sensor (type 0xF0)"),
        Parameter(
            FenceKeys.workarounds, default: "", long: "workarounds",
            shortDescription: "libfreeipmi workarounds, comma separated (opensesspriv, intel20, supermicro20, sun20 …)"),
        Parameter(FenceKeys.quiet, short: "q", long: "quiet", shortDescription: "No log lines on stderr"),
        Parameter(FenceKeys.verbose, short: "v", long: "verbose", shortDescription: "Verbose mode"),
        Parameter(
            FenceKeys.verboseLevel, long: "verbose-level", shortDescription: "Level of debugging detail"),
        Parameter(
            FenceKeys.debugFile, aliases: ["debug"], short: "D", long: "debug-file", valueName: "debugfile",
            shortDescription: "Write debug information to this file"),
        Parameter(
            FenceKeys.version, short: "V", long: "version", shortDescription: "Print the version and exit"),
        Parameter(FenceKeys.help, short: "h", long: "help", shortDescription: "Print this help and exit"),
        Parameter(
            FenceKeys.plugSeparator, default: ",", long: "plug-separator", valueName: "char",
            shortDescription: "Separator between several plugs"),
        Parameter(
            FenceKeys.delay, default: "0", long: "delay", valueName: "seconds",
            shortDescription: "Wait this long before off or reboot"),
        Parameter(
            FenceKeys.disableTimeout, long: "disable-timeout", valueName: "true/false",
            shortDescription: "Accepted for compatibility"),
        Parameter(
            FenceKeys.ipmitoolPath, default: "/usr/bin/ipmitool", long: "ipmitool-path", valueName: "path",
            shortDescription: "Accepted and ignored: fence_ipmi speaks IPMI itself"),
        Parameter(
            FenceKeys.loginTimeout, default: "5", long: "login-timeout", valueName: "seconds",
            shortDescription: "Session set-up timeout"),
        Parameter(
            FenceKeys.portAsIp, long: "port-as-ip", shortDescription: "plug names the BMC's address"),
        Parameter(
            FenceKeys.powerTimeout, default: "20", long: "power-timeout", valueName: "seconds",
            shortDescription: "How long to wait for the power state to change"),
        Parameter(
            FenceKeys.powerWait, default: "2", long: "power-wait", valueName: "seconds",
            shortDescription: "Minimum time after on/off before the state is trusted"),
        Parameter(
            FenceKeys.shellTimeout, default: "3", long: "shell-timeout", valueName: "seconds",
            shortDescription: "Per-command timeout"),
        Parameter(
            FenceKeys.statusInterval, default: "1", long: "stonith-status-sleep", valueName: "seconds",
            shortDescription: "Longest interval between status polls"),
        Parameter(
            FenceKeys.ipmitoolTimeout, default: "2", long: "ipmitool-timeout", valueName: "timeout",
            shortDescription: "Accepted and ignored: fence_ipmi speaks IPMI itself"),
        Parameter(
            FenceKeys.retryOn, default: "1", long: "retry-on", valueName: "attempts",
            shortDescription: "Count of attempts to power on"),
        Parameter(
            FenceKeys.useSudo, aliases: ["sudo"], long: "use-sudo",
            shortDescription: "Accepted and ignored: no third-party program is run"),
        Parameter(
            FenceKeys.sudoPath, default: "/usr/bin/sudo", long: "sudo-path", valueName: "path",
            shortDescription: "Accepted and ignored"),
        Parameter(FenceKeys.nodename, shortDescription: "The node to fence (set by Pacemaker's fencer)"),
    ])

    static let longDescription =
        "fence_ipmi powers a node off and on through its BMC, speaking IPMI 1.5 or 2.0 in process with "
        + "libfreeipmi. fence_ipmilan-compatible options and names (fence_ipmilanplus, fence_idrac, fence_ilo3, "
        + "fence_ilo4, fence_ilo5, fence_imm with fence-agents' defaults for each); as fence_atca (or atca=1) it "
        + "fences ATCA blades through the shelf manager."

    static func metadata(_ name: AgentName) -> FenceMetadata {
        var metadata = FenceMetadata(
            name: name.rawValue,
            shortDescription: name.shortDescription,
            longDescription: longDescription,
            vendorURL: "https://www.gnu.org/software/freeipmi/",
            symlinks: AgentName.allCases.filter { $0 != .ipmi }.map { ($0.rawValue, $0.shortDescription) },
            parameters: name.table,
            actions: name.actions.map(\.rawValue))
        metadata.behaviour = FenceBehaviour.notes
        return metadata
    }
}
