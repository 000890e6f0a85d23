import KVMHACore

/// Every option of fence_ipmi as the type it is read as: the table's rows are built from these, and
/// the agent reads its values only through them.
enum FenceKeys {
    static let action = ParameterKey<FenceAction>.choice("action")
    static let authentication = ParameterKey<AuthenticationChoice>.choice("auth")
    static let cipher = ParameterKey<String>.text("cipher")
    static let hexadecimalKg = ParameterKey<String>.text("hexadecimal_kg")
    static let ip = ParameterKey<String>.text("ip")
    static let port = ParameterKey<Int>.integer("ipport")
    static let lanplus = ParameterKey<Bool>.flag("lanplus")
    static let username = ParameterKey<String>.text("username")
    static let method = ParameterKey<RebootMethod>.choice("method")
    static let password = ParameterKey<String>.text("password")
    static let passwordScript = ParameterKey<String>.text("password_script")
    static let plug = ParameterKey<String>.text("plug")
    static let privilege = ParameterKey<PrivilegeChoice>.choice("privlvl")
    static let target = ParameterKey<String>.text("target")
    static let atca = ParameterKey<Bool>.flag("atca")
    static let hotswapSensor = ParameterKey<Int>.integer("hotswap_sensor")
    static let workarounds = ParameterKey<String>.text("workarounds")
    static let quiet = ParameterKey<Bool>.flag("quiet")
    static let verbose = ParameterKey<Bool>.flag("verbose")
    static let verboseLevel = ParameterKey<Int>.integer("verbose_level")
    static let debugFile = ParameterKey<String>.text("debug_file")
    static let version = ParameterKey<Bool>.flag("version")
    static let help = ParameterKey<Bool>.flag("help")
    static let plugSeparator = ParameterKey<String>.text("plug_separator")
    static let delay = ParameterKey<Double>.seconds("delay")
    static let disableTimeout = ParameterKey<String>.text("disable_timeout")
    static let ipmitoolPath = ParameterKey<String>.text("ipmitool_path")
    static let loginTimeout = ParameterKey<Double>.seconds("login_timeout")
    static let portAsIp = ParameterKey<Bool>.flag("port_as_ip")
    static let powerTimeout = ParameterKey<Double>.seconds("power_timeout")
    static let powerWait = ParameterKey<Double>.seconds("power_wait")
    static let shellTimeout = ParameterKey<Double>.seconds("shell_timeout")
    static let statusInterval = ParameterKey<Double>.seconds("stonith_status_sleep")
    static let ipmitoolTimeout = ParameterKey<String>.text("ipmitool_timeout")
    static let retryOn = ParameterKey<Int>.integer("retry_on")
    static let useSudo = ParameterKey<Bool>.flag("use_sudo")
    static let sudoPath = ParameterKey<String>.text("sudo_path")
    static let nodename = ParameterKey<String>.text("nodename")

    /// The keys read with the table's default behind them (`ParameterValues.value`).
    static let seconds = [delay, loginTimeout, powerTimeout, powerWait, statusInterval]
    static let integers = [retryOn, port, hotswapSensor]
}
